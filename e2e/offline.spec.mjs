// Offline after one visit, and updates that never mix builds: the service
// worker caches the whole build (the catalogue included); a new deployment is
// offered with a reload button, and old caches go when it takes over.
import { readFileSync, writeFileSync } from "node:fs";
import { answerInterview, begin, expect, seeResults, test, text } from "./support.mjs";

// The served build; the update test deploys a "next build" over it and restores it.
const SERVED_WORKER = new URL("../dist/sw.js", import.meta.url);

/** Opens the app and waits until this build's service worker controls the page. */
async function openControlled(page) {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
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

test("a new deployment is offered with a reload button and replaces the old cache", async ({ page, context }) => {
  await openControlled(page);
  const before = await page.evaluate(() => caches.keys());
  expect(before).toHaveLength(1);
  // The next deployment: the same files under a new build version. (The browser
  // fetches service workers itself, past Playwright's routing, so the file is swapped.)
  const original = readFileSync(SERVED_WORKER, "utf8");
  try {
    writeFileSync(SERVED_WORKER, original.replace(/const VERSION = "(\w+)";/, 'const VERSION = "$1next";'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByRole("status").filter({ hasText: "A new version is ready" });
    await expect(banner).toBeVisible();
    // Until the person reloads, the running page keeps its own build.
    expect(await page.evaluate(() => caches.keys())).toContain(before[0]);
    const reloaded = page.waitForEvent("load");
    await banner.getByRole("button", { name: "刷新 · Reload" }).click();
    await reloaded;
  } finally {
    writeFileSync(SERVED_WORKER, original);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`${before[0]}next`]);
});

test("the app is installable: it names a manifest with an icon and a start address", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(href)).json();
  expect(manifest.start_url).toBe("./");
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.length).toBeGreaterThan(0);
});
