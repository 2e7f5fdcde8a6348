#!/usr/bin/env node
// Writes the nginx configuration that scripts/nginx.sh runs: the shipped
// deploy/nginx.conf, adapted to serve a folder on this machine over plain
// http, inside a minimal main configuration of its own.
//
//   node scripts/lib/nginx-test-config.mjs --port 8088 --root dist --run-dir DIR \
//     [--mime-types /etc/nginx/mime.types] [--modules /etc/nginx/modules-enabled] \
//     [--user root] [--without-brotli] [--shipped deploy/nginx.conf]
//
// Only these lines change, each of which must appear in the shipped file
// exactly as written in ADAPTATIONS (otherwise this stops with an error, so a
// shipped file that drifted can never be tested half-adapted):
//   - listen 443 ssl http2;        -> listen 127.0.0.1:PORT;   (TLS off)
//   - listen [::]:443 ssl http2;   -> left out (this machine's IPv4 loopback only)
//   - ssl_certificate(_key) ...;   -> left out (no TLS)
//   - root /var/www/skillcheck;    -> root <the folder to serve>;
//   - include /etc/nginx/snippets/skillcheck-headers.conf;
//                                  -> include <repository>/deploy/skillcheck-headers.conf;
//   - brotli_static on;            -> kept; with --without-brotli (an nginx
//                                     without the module) commented out, saying why
// Every other line, every header and every location, is copied as shipped.
// The configuration goes to standard output.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HEADERS_SHIPPED = "/etc/nginx/snippets/skillcheck-headers.conf";

function parseArguments(argv) {
  const options = {
    port: null,
    root: null,
    runDir: null,
    mimeTypes: "/etc/nginx/mime.types",
    modules: "/etc/nginx/modules-enabled",
    user: null,
    brotli: true,
    shipped: path.join(REPO_ROOT, "deploy/nginx.conf"),
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${argument} needs a value`);
      return next;
    };
    if (argument === "--port") options.port = value();
    else if (argument === "--root") options.root = path.resolve(value());
    else if (argument === "--run-dir") options.runDir = path.resolve(value());
    else if (argument === "--mime-types") options.mimeTypes = value();
    else if (argument === "--modules") options.modules = value();
    else if (argument === "--user") options.user = value();
    else if (argument === "--without-brotli") options.brotli = false;
    else if (argument === "--shipped") options.shipped = path.resolve(value());
    else throw new Error(`unknown argument ${argument}`);
  }
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port must be a number from 1 to 65535, got ${JSON.stringify(options.port)}`);
  }
  if (!options.root || !options.runDir) throw new Error("--root and --run-dir are required");
  return { ...options, port };
}

/**
 * The adaptations: each matches whole (trimmed) lines of the shipped file and
 * says how many times it must match, and what each matching line becomes
 * (null: left out).
 */
function adaptations({ port, root, brotli }) {
  const headers = path.join(REPO_ROOT, "deploy/skillcheck-headers.conf");
  return [
    { line: "listen 443 ssl http2;", count: "one", becomes: () => `listen 127.0.0.1:${port};` },
    { line: "listen [::]:443 ssl http2;", count: "one", becomes: () => null },
    { line: /^ssl_certificate \S+;$/, count: "one", becomes: () => null },
    { line: /^ssl_certificate_key \S+;$/, count: "one", becomes: () => null },
    { line: "root /var/www/skillcheck;", count: "one", becomes: () => `root ${quote(root)};` },
    { line: `include ${HEADERS_SHIPPED};`, count: "some", becomes: () => `include ${quote(headers)};` },
    {
      line: "brotli_static on;",
      count: "one",
      becomes: (original) =>
        brotli ? original : `# ${original} # left out by scripts/nginx.sh: this nginx has no brotli module`,
    },
  ];
}

function quote(value) {
  if (/["\\\s;{}$]/.test(value)) throw new Error(`path ${value} has characters nginx would misread`);
  return value;
}

/** The shipped server block with the adaptations applied; throws if one did not apply as expected. */
export function adaptServerBlock(shipped, options) {
  const rules = adaptations(options).map((rule) => ({ ...rule, matched: 0 }));
  const out = [];
  for (const original of shipped.split("\n")) {
    const code = original.trim();
    const rule = rules.find((candidate) =>
      typeof candidate.line === "string" ? candidate.line === code : candidate.line.test(code),
    );
    if (rule === undefined) {
      out.push(original);
      continue;
    }
    rule.matched += 1;
    const replaced = rule.becomes(code);
    if (replaced !== null) out.push(original.replace(code, replaced));
  }
  const problems = [];
  for (const rule of rules) {
    const wanted = rule.count === "one" ? rule.matched === 1 : rule.matched >= 1;
    if (!wanted) {
      problems.push(`expected ${rule.count === "one" ? "exactly one line" : "at least one line"} "${rule.line}", found ${rule.matched}`);
    }
  }
  // Whatever the rules missed must not survive into a plain-http test server.
  const code = out.map((line) => line.replace(/#.*$/, "")).join("\n");
  for (const leftover of [/\bssl\b/, /\b443\b/, /\/var\/www\//, /\/etc\/nginx\/snippets\//, /\bhttp2\b/]) {
    if (leftover.test(code)) problems.push(`after adaptation the configuration still contains ${leftover}`);
  }
  if (problems.length > 0) {
    throw new Error(`deploy/nginx.conf could not be adapted for testing:\n  ${problems.join("\n  ")}`);
  }
  return out.join("\n");
}

/** The whole test configuration: a minimal main configuration around the adapted server block. */
export function testConfig(shipped, options) {
  const run = options.runDir;
  const modules = options.modules && existsSync(options.modules) ? [`include ${quote(options.modules)}/*.conf;`] : [];
  return [
    "# Generated by scripts/nginx.sh from deploy/nginx.conf for testing on this machine only:",
    "# the listen address, TLS and paths are adapted, every header and location is as shipped.",
    "# Do not deploy this file; deploy deploy/nginx.conf.",
    ...modules,
    ...(options.user ? [`user ${quote(options.user)};`] : []),
    "worker_processes 1;",
    `pid ${quote(run)}/nginx.pid;`,
    "error_log stderr warn;",
    "events { worker_connections 128; }",
    "http {",
    `    include ${quote(options.mimeTypes)};`,
    "    default_type application/octet-stream;",
    `    access_log ${quote(run)}/access.log;`,
    `    client_body_temp_path ${quote(run)}/tmp/body;`,
    `    proxy_temp_path ${quote(run)}/tmp/proxy;`,
    `    fastcgi_temp_path ${quote(run)}/tmp/fastcgi;`,
    `    uwsgi_temp_path ${quote(run)}/tmp/uwsgi;`,
    `    scgi_temp_path ${quote(run)}/tmp/scgi;`,
    "    sendfile on;",
    "",
    "# ---- deploy/nginx.conf, adapted ----",
    adaptServerBlock(shipped, options),
    "}",
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const options = parseArguments(process.argv.slice(2));
    process.stdout.write(testConfig(readFileSync(options.shipped, "utf8"), options));
  } catch (error) {
    console.error(`nginx-test-config: ${error.message}`);
    process.exit(1);
  }
}
