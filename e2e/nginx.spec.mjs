// The shipped nginx configuration, run by a real nginx: deploy/nginx.conf and
// deploy/skillcheck-headers.conf through scripts/nginx.sh (only the listen
// address, TLS and paths adapted) serving a precompressed copy of dist/, as a
// deployment would (node scripts/precompress.mjs). Every file carries the
// headers README.md documents, with the right caching and type; precompressed
// files are sent; a whole journey runs under it with no policy violation. And
// the configuration itself keeps its headers in one place, and the test
// configuration differs from it only where it must.
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { adaptServerBlock } from "../scripts/lib/nginx-test-config.mjs";
import { copyOfDist, documentedHeaders, nginxSite, REPO_ROOT } from "./sites.mjs";
import { answerInterview, begin, expect, seeResults, test as base, text } from "./support.mjs";

const SHIPPED = readFileSync(path.join(REPO_ROOT, "deploy/nginx.conf"), "utf8");
const HEADERS_FILE = readFileSync(path.join(REPO_ROOT, "deploy/skillcheck-headers.conf"), "utf8");
const YEAR = "public, max-age=31536000, immutable";

// One nginx for this file's tests, in the worker that runs them; the pages
// open it as their base address, so the shared journey helpers drive it.
const test = base.extend({
  nginx: [
    async ({}, use) => {
      const site = copyOfDist();
      execFileSync("node", ["scripts/precompress.mjs", site.dir], { cwd: REPO_ROOT });
      const nginx = await nginxSite(site.dir);
      try {
        await use({ ...nginx, site });
      } finally {
        await nginx.close();
        site.remove();
      }
    },
    { scope: "worker" },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.url),
});
test.describe.configure({ mode: "default" });

/** GET without decoding anything: the status and headers exactly as nginx sent them. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers }));
    })
      .on("error", reject)
      .end();
  });
}

/** The app's files with a content hash in their names, as index.html names them. */
function hashedFiles(site) {
  const html = site.file("index.html");
  const names = [
    /data-skillcheck-js="\/([^"]+)"/.exec(html)?.[1],
    /data-skillcheck-wasm="\/([^"]+)"/.exec(html)?.[1],
    /<link rel="stylesheet" href="\/([^"]+)"/.exec(html)?.[1],
  ];
  expect(names, "index.html names the hashed .js, .wasm and .css").not.toContain(undefined);
  return names;
}

test("nginx sends the documented headers, the right caching and type with index.html, hashed files, sw.js and catalogue.json", async ({
  nginx,
}) => {
  const documented = documentedHeaders();
  const [js, wasm, css] = hashedFiles(nginx.site);
  const files = [
    ["/", "no-cache", "text/html; charset=utf-8"],
    ["/index.html", "no-cache", "text/html; charset=utf-8"],
    [`/${js}`, YEAR, "application/javascript; charset=utf-8"],
    [`/${wasm}`, YEAR, "application/wasm"],
    [`/${css}`, YEAR, "text/css"],
    ["/sw.js", "no-cache", "application/javascript; charset=utf-8"],
    ["/catalogue.json", "no-cache", "application/json"],
    ["/boot.js", "no-cache", "application/javascript; charset=utf-8"],
    ["/manifest.webmanifest", "no-cache", "application/manifest+json"],
  ];
  for (const [file, caching, type] of files) {
    const { status, headers } = await get(`${nginx.url}${file}`);
    expect(status, file).toBe(200);
    for (const [name, value] of Object.entries(documented)) expect(headers[name], `${name} on ${file}`).toBe(value);
    expect(headers["strict-transport-security"], `HSTS on ${file}`).toBe("max-age=31536000");
    expect(headers["access-control-allow-origin"], `CORS on ${file}`).toBe("*");
    expect(headers["cache-control"], `caching of ${file}`).toBe(caching);
    expect(headers["content-type"], `type of ${file}`).toBe(type);
    expect(headers.server, `server on ${file}`).toBe("nginx");
  }
  // A missing file, hashed or not: the same headers, and a 404 nobody caches for a year.
  for (const file of ["/missing.json", "/skillcheck-app-0123456789abcdef.js"]) {
    const { status, headers } = await get(`${nginx.url}${file}`);
    expect(status, file).toBe(404);
    for (const [name, value] of Object.entries(documented)) expect(headers[name], `${name} on ${file}`).toBe(value);
    expect(headers["cache-control"], `caching of ${file}`).toBeUndefined();
  }
});

test("nginx sends the precompressed brotli or gzip file the browser accepts", async ({ nginx }) => {
  const [js, wasm] = hashedFiles(nginx.site);
  for (const file of ["/", `/${js}`, `/${wasm}`, "/catalogue.json"]) {
    const url = `${nginx.url}${file}`;
    expect((await get(url, { "Accept-Encoding": "gzip, deflate, br" })).headers["content-encoding"], file).toBe("br");
    expect((await get(url, { "Accept-Encoding": "gzip" })).headers["content-encoding"], file).toBe("gzip");
    expect((await get(url)).headers["content-encoding"], file).toBeUndefined();
    expect((await get(url, { "Accept-Encoding": "gzip" })).headers.vary, file).toBe("Accept-Encoding");
  }
});

test("a journey, the catalogue and the about page under nginx cause no policy violation, and it then works offline", async ({
  page,
  context,
  nginx,
}) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  await begin(page);
  expect(page.url().startsWith(nginx.url)).toBe(true);
  await answerInterview(page, { wulong_tie: "yes", school_leaver: "yes", hukou: "rural" });
  await seeResults(page);
  await page.locator("details.clause summary").first().click();
  await page.goto("/#/catalogue");
  await expect(page.locator("main article.institution").first()).toBeVisible();
  await page.goto("/#/about");
  await expect(page.locator("table.annex tbody tr")).toHaveCount(26);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  // The page ran under the shipped policy, not a test server's.
  const response = await page.request.get("/");
  expect(response.headers()["content-security-policy"]).toBe(documentedHeaders()["content-security-policy"]);
  // The service worker kept what nginx sent (compressed, with its headers) for offline use.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.reload(); // through the worker: it keeps the page with nginx's latest headers
  await expect(page.locator("table.annex tbody tr")).toHaveCount(26);
  await context.setOffline(true);
  try {
    await page.goto("/");
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
    await page.goto("/#/catalogue");
    await expect(page.locator("main article.institution").first()).toBeVisible();
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  } finally {
    await context.setOffline(false);
  }
});

/** The blocks of an nginx configuration that open with `opener` (e.g. "location"), with their text. */
function blocks(config, opener) {
  const found = [];
  const lines = config.split("\n").map((line) => line.replace(/#.*$/, ""));
  lines.forEach((line, index) => {
    if (!new RegExp(`^\\s*${opener}\\b`).test(line)) return;
    let depth = 0;
    const body = [];
    for (const next of lines.slice(index)) {
      body.push(next);
      depth += (next.match(/\{/g) ?? []).length - (next.match(/\}/g) ?? []).length;
      if (depth === 0 && next.includes("}")) break;
    }
    found.push({ head: line.trim(), body: body.join("\n") });
  });
  return found;
}

test("deploy/nginx.conf keeps its headers in one place: every location includes the headers file, nothing else adds one", () => {
  const locations = blocks(SHIPPED, "location");
  expect(locations.length).toBeGreaterThanOrEqual(2);
  for (const location of locations) {
    expect(location.body, location.head).toContain("include /etc/nginx/snippets/skillcheck-headers.conf;");
  }
  // Outside the headers file, add_header sets Cache-Control only, and only inside a location.
  const code = SHIPPED.split("\n").map((line) => line.replace(/#.*$/, ""));
  const added = code.filter((line) => /\badd_header\b/.test(line)).map((line) => line.trim());
  expect(added.length).toBeGreaterThan(0);
  for (const line of added) expect(line).toMatch(/^add_header Cache-Control "[^"]+";$/);
  const inLocations = locations.map((location) => location.body).join("\n");
  expect((inLocations.match(/\badd_header\b/g) ?? []).length).toBe(added.length);
  // The headers file declares every documented header, each for every status (always).
  const declared = Object.fromEntries(
    [...HEADERS_FILE.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name.toLowerCase(), value]),
  );
  expect(declared).toMatchObject(documentedHeaders());
  expect(declared["cross-origin-opener-policy"]).toBe("same-origin");
});

test("the test configuration is the shipped one with only listen, TLS and paths changed, and a drifted file stops it", () => {
  const options = { port: 8088, root: "/srv/test-dist", brotli: true };
  const adapted = adaptServerBlock(SHIPPED, options).split("\n");
  const shipped = SHIPPED.split("\n");
  // The adaptation keeps the order of the lines and leaves some out entirely.
  const kept = shipped.filter((line) => !isRemoved(line));
  expect(adapted).toHaveLength(kept.length);
  const changed = kept.map((line, index) => [line.trim(), adapted[index].trim()]).filter(([line, after]) => line !== after);
  expect(changed.map(([line, after]) => `${line} -> ${after}`)).toEqual([
    "listen 443 ssl http2; -> listen 127.0.0.1:8088;",
    "root /var/www/skillcheck; -> root /srv/test-dist;",
    ...Array(blocks(SHIPPED, "location").length).fill(
      `include /etc/nginx/snippets/skillcheck-headers.conf; -> include ${path.join(REPO_ROOT, "deploy/skillcheck-headers.conf")};`,
    ),
  ]);
  expect(shipped.filter(isRemoved).map((line) => line.trim().split(" ")[0])).toEqual([
    "listen",
    "ssl_certificate",
    "ssl_certificate_key",
  ]);
  // Without the brotli module, only that line is set aside, and it says so.
  const withoutBrotli = adaptServerBlock(SHIPPED, { ...options, brotli: false });
  expect(withoutBrotli).toMatch(/# brotli_static on; # left out by scripts\/nginx\.sh/);
  // A shipped file whose adapted lines changed form is refused, not half adapted.
  for (const [from, to] of [
    ["listen 443 ssl http2;", "listen 443 ssl;"],
    ["root /var/www/skillcheck;", "root /srv/www/skillcheck;"],
    ["    ssl_certificate_key", "    ssl_certificate_key_typo"],
    ["brotli_static on;", "brotli_static always;"],
    ["    index index.html;", "    index index.html;\n    listen 8443 ssl;"],
  ]) {
    expect(() => adaptServerBlock(SHIPPED.replace(from, to), options), `${from} -> ${to}`).toThrow(
      /could not be adapted/,
    );
  }
});

/** A line of the shipped file the adaptation leaves out entirely. */
function isRemoved(line) {
  return /^\s*(listen \[::\]:443 ssl http2;|ssl_certificate(_key)? \S+;)\s*$/.test(line);
}
