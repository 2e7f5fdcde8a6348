// Embedding in the district portal: embed.html (the documented example) on
// another origin frames the app with URL settings; the app tells that parent
// origin, and only it, its height; it ignores messages from anyone else; a
// portal the server does not allow cannot frame it; and it runs inside
// sandbox="allow-scripts allow-forms", without storage or a service worker.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { expect, test, text } from "./support.mjs";

const PORT = Number(process.env.E2E_PORT);
const APP = `http://127.0.0.1:${PORT}`;
// The same server under another name: another origin, which the test server's
// frame-ancestors allows (playwright.config.mjs sets FRAME_ANCESTORS).
const PORTAL = `http://localhost:${PORT}`;

/** The portal's example page, framing the app with these settings. */
function portal(settings = "") {
  return `${PORTAL}/embed.html?app=${encodeURIComponent(`${APP}/`)}${settings}`;
}

/** Records, in the portal page, every message it receives: its origin, type and height. */
async function recordMessages(page) {
  await page.addInitScript(() => {
    if (location.hostname !== "localhost") return;
    window.received = [];
    window.addEventListener("message", (event) => {
      const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === event.source);
      window.received.push({ origin: event.origin, frame: frame?.id ?? null, ...event.data });
    });
  });
}

const received = (page) => page.evaluate(() => window.received);

test("the portal frames the app with its settings and gets the height from the app's origin only", async ({ page }) => {
  await recordMessages(page);
  await page.goto(portal("&lang=en&large=1"));
  const app = page.frameLocator("#skillcheck");
  await expect(app.getByRole("heading", { level: 1 })).toHaveText(text("en", "start.heading"));
  await expect(app.locator("html")).toHaveClass(/large-text/);

  // The frame takes the height the app reports, and follows it when the screen changes.
  const frame = page.locator("#skillcheck");
  await expect.poll(async () => Number(await frame.getAttribute("data-height"))).toBeGreaterThan(300);
  const startHeight = Number(await frame.getAttribute("data-height"));
  expect(Math.abs((await frame.boundingBox()).height - startHeight)).toBeLessThanOrEqual(1);
  await app.getByRole("button", { name: text("en", "start.button"), exact: true }).click();
  await expect(app.getByRole("heading", { level: 1 })).toContainText(text("en", "q.wulong_tie.title"));
  await expect.poll(async () => Number(await frame.getAttribute("data-height"))).not.toBe(startHeight);

  const messages = await received(page);
  expect(messages.length).toBeGreaterThan(1);
  for (const message of messages) {
    expect(message).toMatchObject({ origin: APP, frame: "skillcheck", type: "skillcheck:height" });
  }
});

test("the app answers its parent, ignores other senders, and never posts to an origin that is not its parent", async ({
  page,
}) => {
  await recordMessages(page);
  await page.goto(portal());
  const app = page.frameLocator("#skillcheck");
  await expect(app.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await expect.poll(async () => (await received(page)).length).toBeGreaterThan(0);
  const before = (await received(page)).length;

  // A request from inside the frame itself (not the parent window) is ignored;
  // the same request from the parent is answered, once.
  const appFrame = page.frames().find((frame) => frame.url().startsWith(APP));
  await appFrame.evaluate(() => window.postMessage({ type: "skillcheck:height?" }, "*"));
  await page.evaluate(() =>
    document.getElementById("skillcheck").contentWindow.postMessage({ type: "skillcheck:height?" }, "*"),
  );
  await expect.poll(async () => (await received(page)).length).toBe(before + 1);

  // A frame told that its parent is some other origin posts nothing here.
  await page.evaluate((src) => {
    const other = document.createElement("iframe");
    other.id = "misdirected";
    other.src = src;
    document.body.append(other);
  }, `${APP}/?parent=${encodeURIComponent("http://127.0.0.1:9")}`);
  const misdirected = page.frameLocator("#misdirected");
  await expect(misdirected.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await page.evaluate(() =>
    document.getElementById("misdirected").contentWindow.postMessage({ type: "skillcheck:height?" }, "*"),
  );
  // The parent's own frame still answers; the misdirected one never reaches this page.
  await page.evaluate(() =>
    document.getElementById("skillcheck").contentWindow.postMessage({ type: "skillcheck:height?" }, "*"),
  );
  await expect.poll(async () => (await received(page)).length).toBe(before + 2);
  expect((await received(page)).filter((message) => message.frame === "misdirected")).toEqual([]);
});

test("a portal the server does not allow cannot frame the app", async ({ page, problems }) => {
  problems.allowConsoleError(/violates the following Content Security Policy directive: "frame-ancestors/);
  const dist = new URL("../dist/", import.meta.url);
  const server = createServer((request, response) => {
    const name = new URL(request.url, "http://x").pathname.slice(1);
    if (name !== "embed.html" && name !== "embed.js") {
      response.writeHead(404).end();
      return;
    }
    const type = name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
    response.writeHead(200, { "Content-Type": type }).end(readFileSync(new URL(name, dist)));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const other = `http://127.0.0.1:${server.address().port}`;
    await page.goto(`${other}/embed.html?app=${encodeURIComponent(`${APP}/`)}`);
    await expect
      .poll(() => page.frames().find((frame) => frame !== page.mainFrame())?.url())
      .toMatch(/^chrome-error:/);
    await expect(page.frameLocator("#skillcheck").getByRole("heading")).toHaveCount(0);
  } finally {
    server.close();
  }
});

test("inside sandbox=\"allow-scripts allow-forms\" the app runs without storage and still reports its height", async ({
  page,
}) => {
  await recordMessages(page);
  await page.goto(portal("&sandbox=strict"));
  await expect(page.locator("#skillcheck")).toHaveAttribute("sandbox", "allow-scripts allow-forms");
  const app = page.frameLocator("#skillcheck");
  await expect(app.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  // No storage to offer: the privacy controls say so instead of a checkbox.
  await expect(app.getByText(text("zh", "privacy.no_storage"))).toBeVisible();
  await expect(app.getByRole("checkbox", { name: text("zh", "privacy.remember") })).toHaveCount(0);

  await app.getByRole("button", { name: "开始自查" }).click();
  await app.getByRole("radio", { name: "否" }).check();
  await app.getByRole("button", { name: "继续", exact: true }).click();
  await app.getByRole("button", { name: text("zh", "check.submit"), exact: true }).click();
  await expect(app.getByRole("heading", { level: 1 })).toHaveText(text("zh", "results.heading"));
  await expect(app.locator("svg.qr")).toBeVisible();

  const messages = await received(page);
  expect(messages.length).toBeGreaterThan(0);
  // A sandboxed frame has an opaque origin: its messages come from "null".
  for (const message of messages) expect(message).toMatchObject({ origin: "null", frame: "skillcheck" });
});
