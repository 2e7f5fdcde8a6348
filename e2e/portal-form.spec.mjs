// The engine package's example page (examples/portal-form.html) under the
// app's strict Content-Security-Policy: it loads the package (one module, one
// .wasm), decides as the person answers, lists each benefit with its clauses,
// and nothing is blocked. Also the package in a module worker. This spec serves
// examples/ and target/package/ itself (build them with
// `bash scripts/build-package.sh`), with the headers of scripts/serve.mjs.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "@playwright/test";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SERVED = ["examples/", "target/package/"];
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm" };
const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

let server;
let origin;
const requests = [];

test.beforeAll(async () => {
  server = createServer(async (request, response) => {
    const file = decodeURIComponent(new URL(request.url, "http://x").pathname).replace(/^\/+/, "");
    requests.push(file);
    const type = TYPES[path.extname(file)];
    if (!SERVED.some((folder) => file.startsWith(folder)) || file.includes("..") || !type) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path.join(ROOT, file));
      response.writeHead(200, {
        "Content-Type": type,
        "Content-Security-Policy": POLICY,
        "X-Content-Type-Options": "nosniff",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function open(page) {
  const problems = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("worker", (worker) => worker.on("console", (message) => problems.push(`worker: ${message.text()}`)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  requests.length = 0;
  await page.goto(`${origin}/examples/portal-form.html`);
  await expect(page.locator("#results li")).toHaveCount(10);
  return problems;
}

const status = (page, id) => page.locator(`#results li[data-benefit="${id}"]`);

test("the example form decides as the person answers, with clauses, under the strict policy", async ({ page }) => {
  const problems = await open(page);
  // Nothing answered: nothing is decided yet.
  await expect(status(page, "living_allowance")).toHaveAttribute("data-status", "unknown");

  await page.getByLabel("是 yes").check();
  await page.getByLabel(/户籍类型/).selectOption("rural");
  await page.getByLabel(/就业状况/).selectOption("unemployed");
  await expect(status(page, "free_training")).toHaveAttribute("data-status", "eligible");
  await expect(status(page, "free_training")).toContainText("可以享受");
  await expect(status(page, "free_training").locator(".clauses")).toContainText("依据");
  await expect(status(page, "apprenticeship")).toHaveAttribute("data-status", "not_eligible");

  // No tie to Wulong: every benefit is refused and the page says where to ask.
  await page.getByLabel("否 no").check();
  await expect(status(page, "free_training")).toHaveAttribute("data-status", "not_eligible");
  await expect(page.locator("#status")).not.toContainText("项政策");

  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(problems).toEqual([]);
  // The module, the package's module and its .wasm: one request besides the module itself.
  expect(requests.filter((file) => file.startsWith("target/package/"))).toEqual([
    "target/package/index.js",
    "target/package/skillcheck_engine_bg.wasm",
  ]);
});

test("the package runs in a module worker under the strict policy", async ({ page }) => {
  const problems = await open(page);
  const result = await page.evaluate(
    (url) =>
      new Promise((resolve) => {
        const worker = new Worker(url, { type: "module" });
        worker.onmessage = (event) =>
          event.data.ready
            ? worker.postMessage({ profile: { wulong_tie: true, veteran: true }, options: { lang: "en", date: "2020-06-01" } })
            : resolve(event.data);
        worker.onerror = (event) => resolve({ failed: event.message ?? "worker error" });
      }),
    `${origin}/examples/engine-worker.js`,
  );
  expect(result.failed).toBeUndefined();
  expect(result.ok.benefits.find((benefit) => benefit.id === "free_training").status).toBe("eligible");
  const bad = await page.evaluate(
    (url) =>
      new Promise((resolve) => {
        const worker = new Worker(url, { type: "module" });
        worker.onmessage = (event) =>
          event.data.ready ? worker.postMessage({ profile: { hukou: "town" } }) : resolve(event.data);
      }),
    `${origin}/examples/engine-worker.js`,
  );
  expect(bad.error).toEqual({ name: "SkillcheckError", key: "hukou", message: '`hukou` must be one of "rural", "urban" (or null)' });
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(problems).toEqual([]);
});
