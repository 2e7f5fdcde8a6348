// Offline after one visit, updates that never mix builds, and a deployment
// that reaches returning visitors: the service worker serves the page and
// catalogue.json from the network first (the cache when offline) and the
// hashed files from the cache; a new build is offered with a reload button and
// old caches go when it takes over; the kill switch in deploy/ retires the
// worker. Tests that change what is deployed do it on a copy of dist/ served
// on a port of its own (./sites.mjs), never on the shared server's files.
import { readFileSync } from "node:fs";
import { privateSite } from "./sites.mjs";
import { answerInterview, begin, expect, expectQuestion, seeResults, test, text } from "./support.mjs";

const KILL_SWITCH = new URL("../deploy/kill-switch/sw.js", import.meta.url);
const SAMPLE = JSON.parse(readFileSync(new URL("../catalogue/wulong-sample.json", import.meta.url), "utf8"));

/** Opens the app (at `site`, or the shared server) and waits until this build's service worker controls the page. */
async function openControlled(page, site = "") {
  await page.goto(`${site}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const controlled = (page) => page.evaluate(() => navigator.serviceWorker.controller !== null);
const cacheNames = (page) => page.evaluate(() => caches.keys());
const registrations = (page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

/** The app has taken over the start screen (the HTML copy, #boot, is gone). */
async function appStarted(page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
}

/** The first institution's name on the catalogue screen. */
async function firstInstitution(page, site) {
  await page.goto(`${site}/#/catalogue`);
  const first = page.locator("main article.institution").first();
  await expect(first).toBeVisible();
  return first;
}

test("after one visit the whole app works with the network off", async ({ page, context }) => {
  await openControlled(page);
  await context.setOffline(true);
  await page.reload();
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes", school_leaver: "yes", hukou: "rural" });
  await seeResults(page);
  await expect(page.getByRole("article", { name: "培训期间生活费补贴（含交通费）", exact: true })).toBeVisible();
  await page.goto("/#/catalogue");
  await expect(page.locator("main article.institution").first()).toBeVisible();
  await expect(page.getByText(text("zh", "catalogue.fallback"))).toHaveCount(0);
  await context.setOffline(false);
});

test("a new deployment is offered with a reload button and replaces the old cache", async ({ page }) => {
  const site = await privateSite();
  try {
    await openControlled(page, site.url);
    const before = await cacheNames(page);
    expect(before).toHaveLength(1);
    // The next deployment: the same files under a new build version. (The browser
    // fetches service workers itself, past Playwright's routing, so the file is swapped.)
    site.write("sw.js", site.file("sw.js").replace(/const VERSION = "(\w+)";/, 'const VERSION = "$1next";'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByRole("status").filter({ hasText: "A new version is ready" });
    await expect(banner).toBeVisible();
    // Until the person reloads, the running page keeps its own build.
    expect(await cacheNames(page)).toContain(before[0]);
    const reloaded = page.waitForEvent("load");
    await banner.getByRole("button", { name: "刷新 · Reload" }).click();
    await reloaded;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
    await expect.poll(() => cacheNames(page)).toEqual([`${before[0]}next`]);
  } finally {
    await site.close();
  }
});

test("a replaced catalogue.json reaches a returning visitor at once, and the new list stays there offline", async ({
  page,
  context,
}) => {
  const site = await privateSite();
  try {
    await openControlled(page, site.url);
    await expect(await firstInstitution(page, site.url)).toContainText(SAMPLE.institutions[0].name_zh);
    // The district replaces catalogue.json on the server; nothing is rebuilt.
    const district = { ...SAMPLE, institutions: [{ ...SAMPLE.institutions[0], name_zh: "武隆区新目录测试学校" }] };
    site.write("catalogue.json", JSON.stringify(district));
    await page.reload();
    expect(await controlled(page)).toBe(true);
    await expect(await firstInstitution(page, site.url)).toContainText("武隆区新目录测试学校");
    await context.setOffline(true);
    await page.reload();
    await expect(await firstInstitution(page, site.url)).toContainText("武隆区新目录测试学校");
    await expect(page.getByText(text("zh", "catalogue.fallback"))).toHaveCount(0);
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test("a changed Content-Security-Policy reaches a returning visitor at once, offline too after one visit", async ({
  page,
  context,
}) => {
  const site = await privateSite({ FRAME_ANCESTORS: "'self'" });
  try {
    await openControlled(page, site.url);
    // The same build, the server now sending another policy.
    await site.restart({ FRAME_ANCESTORS: "'self' https://portal.example.gov.cn" });
    const online = await page.reload();
    expect(await controlled(page)).toBe(true);
    expect(online.headers()["content-security-policy"]).toContain("frame-ancestors 'self' https://portal.example.gov.cn");
    await appStarted(page);
    // The worker kept that page (the same bytes) with its new headers for offline use.
    await context.setOffline(true);
    const offline = await page.reload();
    expect(offline.headers()["content-security-policy"]).toContain("frame-ancestors 'self' https://portal.example.gov.cn");
    await appStarted(page);
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test("a changed page reaches a returning visitor online; offline they keep the page their cached build came with", async ({
  page,
  context,
}) => {
  const site = await privateSite();
  try {
    await openControlled(page, site.url);
    const description = page.locator('meta[name="description"]');
    const shipped = await description.getAttribute("content");
    // A deployment changes the page without a new service worker (say, its description).
    site.write("index.html", site.file("index.html").replace(`content="${shipped}"`, 'content="武隆区测试描述"'));
    await page.reload();
    expect(await controlled(page)).toBe(true);
    await expect(description).toHaveAttribute("content", "武隆区测试描述");
    // Offline, the cache still pairs this build's page with this build's code.
    await context.setOffline(true);
    await page.reload();
    await expect(description).toHaveAttribute("content", shipped);
    await appStarted(page);
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test("the kill switch in deploy/ retires the worker: it unregisters, clears the caches, and the page still works", async ({
  page,
  context,
}) => {
  const site = await privateSite();
  try {
    await openControlled(page, site.url);
    expect(await cacheNames(page)).toHaveLength(1);
    // The deployment drops the kill switch in as sw.js (README.md, "Deploying").
    site.write("sw.js", readFileSync(KILL_SWITCH, "utf8"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect.poll(() => registrations(page)).toBe(0);
    await expect.poll(() => cacheNames(page)).toEqual([]);
    // The open page keeps working: its requests now go to the network.
    await page.goto(`${site.url}/#/catalogue`);
    await expect(page.locator("main article.institution").first()).toBeVisible();
    // It offered the kill switch as a new version; its reload button loads the
    // page again, from the server, with no worker in between.
    const banner = page.getByRole("status").filter({ hasText: "A new version is ready" });
    await expect(banner).toBeVisible();
    const reloaded = page.waitForEvent("load");
    // The page registers sw.js again on every load: the kill switch starts again...
    const startedAgain = context.waitForEvent("serviceworker");
    await banner.getByRole("button", { name: "刷新 · Reload" }).click();
    await reloaded;
    expect(await controlled(page)).toBe(false);
    await startedAgain;
    // ...and removes itself again.
    await appStarted(page);
    await page.getByRole("button", { name: text("zh", "start.button"), exact: true }).click();
    await expectQuestion(page, "wulong_tie");
    await expect.poll(() => registrations(page)).toBe(0);
    expect(await cacheNames(page)).toEqual([]);
    expect(await controlled(page)).toBe(false);
  } finally {
    await site.close();
  }
});

test("the app is installable: it names a manifest with an icon and a start address", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(href)).json();
  expect(manifest.start_url).toBe("./");
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.length).toBeGreaterThan(0);
});
