// Embedding in the district portal: examples/embed/embed.html (the documented
// example of the portal's page, served at /examples/ by the test server and
// never part of dist/) on another origin frames the app with URL settings; the
// app tells that parent origin, and only it, its height; it ignores messages
// from anyone else; a portal the server does not allow cannot frame it; and it
// runs inside sandbox="allow-scripts allow-forms", without storage or a service
// worker. The portal's script frames only the address its own markup names:
// nothing an attacker puts in the portal page's address runs or is framed.
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { expect, openShare, test, text } from "./support.mjs";

const PORT = Number(process.env.E2E_PORT);
const APP = `http://127.0.0.1:${PORT}`;
// The same server under another name: another origin, which the test server's
// frame-ancestors allows (playwright.config.mjs sets FRAME_ANCESTORS).
const PORTAL = `http://localhost:${PORT}`;

/** The portal's example page, framing the app with these settings. */
function portal(settings = "") {
  return `${PORTAL}/examples/embed/embed.html?app=${encodeURIComponent(`${APP}/`)}${settings}`;
}

const EXAMPLE = new URL("../examples/embed/", import.meta.url);
const exampleFile = (name) => readFileSync(new URL(name, EXAMPLE));

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

/**
 * A careless portal: the example's two files on another origin of this
 * machine (127.0.0.1 on a port of its own, which the app's frame-ancestors
 * does not name), sent with no Content-Security-Policy at all, so nothing but
 * embed.js itself stands between the page's address and the frame.
 */
async function carelessPortal() {
  const server = createServer((request, response) => {
    const name = new URL(request.url, "http://x").pathname.slice(1);
    if (name !== "embed.html" && name !== "embed.js") {
      response.writeHead(404).end();
      return;
    }
    const type = name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
    response.writeHead(200, { "Content-Type": type }).end(exampleFile(name));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
function recordDialogs(page) {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

/**
 * Resolves at the first sign of what embed.js did with an address: its
 * console error saying it refused it (what must happen), or a dialog, or the
 * frame navigating anywhere (what must not), so that a failure says which.
 */
function outcome(page, problems) {
  const pattern = /^skillcheck embed: refused /;
  problems.allowConsoleError(pattern);
  return Promise.race([
    page.waitForEvent("console", { predicate: (message) => pattern.test(message.text()) }).then(() => "refused"),
    page.waitForEvent("dialog").then((dialog) => `a dialog: ${dialog.message()}`),
    page
      .waitForEvent("framenavigated", { predicate: (frame) => frame !== page.mainFrame() && frame.url() !== "about:blank" })
      .then((frame) => `the frame went to ${frame.url()}`),
  ]);
}

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
  const other = await carelessPortal();
  try {
    await page.goto(`${other.origin}/embed.html?app=${encodeURIComponent(`${APP}/`)}`);
    await expect
      .poll(() => page.frames().find((frame) => frame !== page.mainFrame())?.url())
      .toMatch(/^chrome-error:/);
    await expect(page.frameLocator("#skillcheck").getByRole("heading")).toHaveCount(0);
  } finally {
    other.close();
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
  await openShare(app);

  const messages = await received(page);
  expect(messages.length).toBeGreaterThan(0);
  // A sandboxed frame has an opaque origin: its messages come from "null".
  for (const message of messages) expect(message).toMatchObject({ origin: "null", frame: "skillcheck" });
});

test("the build ships no embedding example: dist/ has no embed.html or embed.js, and the app's server has none", async ({
  page,
}) => {
  for (const name of ["embed.html", "embed.js"]) {
    expect(existsSync(new URL(`../dist/${name}`, import.meta.url)), `dist/${name}`).toBe(false);
    expect((await page.request.get(`${APP}/${name}`)).status(), `/${name}`).toBe(404);
  }
});

test("the example page's own policy lets it frame the checker on this machine and nothing else", async ({ page }) => {
  const response = await page.goto(portal());
  const policy = response.headers()["content-security-policy"];
  const frameSources = /(?:^|;\s*)frame-src ([^;]*)/.exec(policy)?.[1].trim().split(/\s+/);
  expect(frameSources).toEqual([`http://127.0.0.1:${PORT}`, `http://localhost:${PORT}`]);
  await expect(page.frameLocator("#skillcheck").getByRole("heading", { level: 1 })).toHaveText(
    text("zh", "start.heading"),
  );
});

// What an attacker puts in the portal page's address first. On a portal with
// no Content-Security-Policy of its own, embed.js alone must refuse each one:
// no script runs with the portal's origin, no other site is framed, and no
// request leaves this machine (the shared fixture fails the test if one does).
const ATTACKS = [
  ["the javascript: address from the review", "javascript:alert(document.domain)//"],
  ["javascript: in mixed case", "JaVaScRiPt:alert(document.domain)//"],
  ["javascript: behind a tab, which URL parsers strip", "\tjavascript:alert(document.domain)//"],
  ["javascript: split by a newline, which URL parsers remove", "java\nscript:alert(document.domain)//"],
  ["a data: document with a script", "data:text/html,<script>alert(document.domain)</script>"],
  ["another site", "https://elsewhere"],
  ["another site without a scheme", "//elsewhere.example/"],
  ["another site behind a user name that looks like this machine", "http://127.0.0.1@elsewhere.example/"],
  ["another site on plain http", "http://elsewhere.example:8080/"],
];

for (const [name, app] of ATTACKS) {
  test(`?app= with ${name} runs nothing and frames nothing`, async ({ page, problems }) => {
    const dialogs = recordDialogs(page);
    const portal = await carelessPortal();
    try {
      const result = outcome(page, problems);
      await page.goto(`${portal.origin}/embed.html?app=${encodeURIComponent(app)}`);
      expect(await result).toBe("refused");
      await expect(page.locator("#skillcheck")).not.toHaveAttribute("src");
      expect(page.frames()).toHaveLength(2); // the portal page and its empty frame
      expect(page.frames()[1].url()).toBe("about:blank");
      expect(await page.title()).toContain("嵌入示例");
      expect(dialogs).toEqual([]);
    } finally {
      portal.close();
    }
  });
}

/**
 * The example as deployed on a real portal host, https://portal.example.gov.cn,
 * with the checker its markup names at https://skillcheck.example.gov.cn: both
 * answered inside the browser (no request leaves this machine), the portal with
 * the example as shipped or with its markup changed by `markup`, the checker
 * with a stand-in page.
 */
async function productionPortal(page, markup = (html) => html) {
  await page.route("https://portal.example.gov.cn/**", (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === "embed.html") {
      return route.fulfill({ contentType: "text/html; charset=utf-8", body: markup(exampleFile(name).toString()) });
    }
    if (name === "embed.js") return route.fulfill({ contentType: "text/javascript", body: exampleFile(name) });
    return route.fulfill({ status: 404, body: "" });
  });
  await page.route("https://skillcheck.example.gov.cn/**", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>checker</title><h1>checker</h1>" }),
  );
}

test("on a portal's own host the page's address changes nothing: the frame shows the checker its markup names", async ({
  page,
}) => {
  const dialogs = recordDialogs(page);
  await productionPortal(page);
  const named = `https://skillcheck.example.gov.cn/?lang=zh-CN&parent=${encodeURIComponent("https://portal.example.gov.cn")}`;
  for (const query of [
    `app=${encodeURIComponent("javascript:alert(document.domain)//")}`,
    `app=${encodeURIComponent("https://elsewhere")}&lang=en&kiosk=1&sandbox=strict`,
    `app=${encodeURIComponent(`${APP}/`)}&catalogue=${encodeURIComponent("https://elsewhere/list.json")}`,
  ]) {
    await page.goto(`https://portal.example.gov.cn/embed.html?${query}`);
    await expect(page.frameLocator("#skillcheck").getByRole("heading", { level: 1 })).toHaveText("checker");
    await expect(page.locator("#skillcheck")).toHaveAttribute("src", named);
    await expect(page.locator("#skillcheck")).not.toHaveAttribute("sandbox");
  }
  expect(dialogs).toEqual([]);
});

for (const [name, value] of [
  ["a javascript: address", "javascript:alert(document.domain)//"],
  ["a data: address", "data:text/html,<script>alert(document.domain)</script>"],
  ["a relative address", "./"],
  ["no address", null],
]) {
  test(`a portal whose markup gives ${name} as data-app frames nothing`, async ({ page, problems }) => {
    const dialogs = recordDialogs(page);
    await productionPortal(page, (html) =>
      html.replace(
        'data-app="https://skillcheck.example.gov.cn/"',
        value === null ? "" : `data-app="${value.replaceAll("<", "&lt;").replaceAll('"', "&quot;")}"`,
      ),
    );
    const result = outcome(page, problems);
    await page.goto("https://portal.example.gov.cn/embed.html");
    expect(await result).toBe("refused");
    await expect(page.locator("#skillcheck")).not.toHaveAttribute("src");
    expect(page.frames()[1].url()).toBe("about:blank");
    expect(dialogs).toEqual([]);
  });
}
