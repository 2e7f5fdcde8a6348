// Servers of their own for the tests that change what is deployed (a new
// sw.js, a replaced catalogue.json, another header) or that serve the build
// through nginx: each gets its own copy of dist/ on its own port, so no other
// test, running at the same time, sees the change. Not a spec file.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "./support.mjs";

export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = path.join(REPO_ROOT, "dist");

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A copy of dist/ in a folder of its own: `file(name)` reads it, `write(name, data)` deploys a change. */
export function copyOfDist() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "skillcheck-site-"));
  cpSync(DIST, dir, { recursive: true });
  return {
    dir,
    file: (name) => readFileSync(path.join(dir, name), "utf8"),
    write: (name, data) => writeFileSync(path.join(dir, name), data),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Runs a server process until `stop()`. Resolves once it is ready: when a line
 * of its output matches `ready`, or, with `ready` null, once `url` answers.
 * Fails with the process's output if it exits first.
 */
async function run(command, args, { env = {}, url, ready = null }) {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exited = null;
  const readyLine = new Promise((resolve) => {
    const watch = (chunk) => {
      output += chunk;
      if (ready !== null && ready.test(output)) resolve();
    };
    child.stdout.on("data", watch);
    child.stderr.on("data", watch);
  });
  const exit = new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      exited = signal ?? code;
      resolve();
    });
  });
  const stop = async () => {
    if (exited === null) {
      child.kill("SIGTERM");
      await exit;
    }
  };
  try {
    if (ready !== null) {
      await Promise.race([readyLine, exit]);
    } else {
      await expect
        .poll(
          async () => {
            if (exited !== null) return "exited";
            return fetch(url).then(
              (response) => response.status,
              () => "not yet",
            );
          },
          { message: `${command} ${args.join(" ")} answers at ${url}`, timeout: 20_000 },
        )
        .not.toBe("not yet");
    }
    if (exited !== null) throw new Error(`${command} ${args.join(" ")} stopped (${exited}):\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { output: () => output, stop };
}

/**
 * A copy of dist/ served by scripts/serve.mjs on a port of its own, with the
 * headers of `env` (FRAME_ANCESTORS). `restart(env)` serves it again on the
 * same port (the same origin, so the same service worker) with other headers.
 */
export async function privateSite(env = {}) {
  const site = copyOfDist();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const start = (environment) =>
    run("node", ["scripts/serve.mjs", "--host", "127.0.0.1", "--port", String(port), site.dir], {
      env: environment,
      url,
      ready: /^Serving .* at http:/m,
    });
  let server = await start(env);
  return {
    ...site,
    url,
    async restart(environment = {}) {
      await server.stop();
      server = await start(environment);
    },
    async close() {
      await server.stop();
      site.remove();
    },
  };
}

/** `dir` served through nginx with the shipped configuration (bash scripts/nginx.sh PORT DIR). */
export async function nginxSite(dir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await run("bash", ["scripts/nginx.sh", String(port), dir], { url });
  const close = async () => {
    await server.stop();
    // scripts/nginx.sh keeps its generated configuration and logs here.
    rmSync(path.join(REPO_ROOT, "target/nginx", String(port)), { recursive: true, force: true });
  };
  return { url, output: server.output, close };
}

/**
 * The headers README.md ("Security headers") tells a deployment to send with
 * every response, as { lower-case name: value }: the one list the test
 * servers and nginx are held to.
 */
export function documentedHeaders() {
  const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Security headers"));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no header block under "### Security headers"');
  return Object.fromEntries(
    block
      .trim()
      .split("\n")
      .map((line) => {
        const at = line.indexOf(": ");
        return [line.slice(0, at).toLowerCase(), line.slice(at + 2)];
      }),
  );
}
