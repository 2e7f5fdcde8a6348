// Playwright end-to-end tests (e2e/) against the release build in dist/,
// served by scripts/serve.mjs on a free local port. Uses Debian's Chromium
// (/usr/bin/chromium); never run `npx playwright install`.
import { createServer } from "node:net";
import { defineConfig } from "@playwright/test";

/** Asks the system for a free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The config is evaluated again in every worker; the port chosen by the main
// process reaches the workers through the environment, so all agree on it.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  retries: 0,
  fullyParallel: true,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "playwright-report/results.json" }],
  ],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `node scripts/serve.mjs --host 127.0.0.1 --port ${port} --examples dist`,
    url: `${baseURL}/`,
    // The embedding tests put the portal's example page (examples/embed/,
    // served at /examples/ by --examples; never part of dist/) on
    // http://localhost (another origin, same machine): the app lets only that
    // origin frame it.
    env: { FRAME_ANCESTORS: `'self' http://localhost:${port}` },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
