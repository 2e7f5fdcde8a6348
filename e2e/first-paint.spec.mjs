// The start screen paints from the HTML before the WebAssembly arrives
// (src/bin/render_start.rs renders the app's own component into index.html), in the language and text
// size the app will use, and the app takes it over with the same text in the
// same place: no layout shift. Its buttons work before the app runs.
import { axeViolations, expect, expectQuestion, test, text } from "./support.mjs";

/** Holds the WebAssembly back until the returned function is called. */
async function holdApp(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/*_bg.wasm", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where the start screen's main parts are. */
function layout(page) {
  return page.evaluate(() =>
    ["#main-heading", "main .lead", "main .promises", "main .plan", "main .notice.warning", "main button.start", ".masthead"].map(
      (selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box ? [selector, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)] : [selector];
      },
    ),
  );
}

/** The cumulative layout shift so far, as Chrome reports it. */
function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, entry) => sum + (entry.hadRecentInput ? 0 : entry.value), 0));
        }).observe({ type: "layout-shift", buffered: true });
        // No shift at all means no entry: report zero after a frame.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
      }),
  );
}

for (const [lang, query] of [
  ["zh", "/"],
  ["en", "/?lang=en&large=1"],
]) {
  test(`the start screen (${lang}) is in the HTML and the app takes it over in place`, async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(query);
    const heading = page.getByRole("heading", { level: 1 });
    // Each text is in both languages; only one shows (innerText is what is shown).
    await expect(heading).toHaveText(text(lang, "start.heading"), { useInnerText: true });
    await expect(page.getByText(text(lang, "start.lead"))).toBeVisible();
    await expect(page.getByRole("button", { name: text(lang, "start.button"), exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", lang === "en" ? "en" : "zh-CN");
    // Not the app yet: its privacy controls are not there.
    await expect(page.locator("footer.privacy")).toHaveCount(0);
    expect(await axeViolations(page), "the HTML start screen on its own").toEqual([]);
    const before = await layout(page);

    release();
    await expect(page.locator("footer.privacy")).toBeVisible();
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(heading).toHaveText(text(lang, "start.heading"));
    expect(await layout(page)).toEqual(before);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
  });
}

test("language, text size and start work before the app arrives, and the app carries them out", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("en", "start.heading"), { useInnerText: true });
  await expect(page.getByRole("button", { name: "切换到中文" })).toBeFocused();
  await page.getByRole("button", { name: text("en", "nav.large_text_on") }).click();
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await page.getByRole("button", { name: text("en", "start.button"), exact: true }).click();
  await expect(page.getByRole("button", { name: text("en", "boot.opening") })).toBeVisible();

  release();
  await expectQuestion(page, "wulong_tie", "en");
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await expect(page.getByRole("button", { name: text("en", "nav.large_text_on") })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("a deep link shows the loading line, not the start screen, until the app arrives", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("/#/about");
  await expect(page.getByText("正在加载自查工具…")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于本方案");
});

test("the app's download starts only after the start screen's paint has been counted", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("footer.privacy")).toBeVisible();
  const { paint, wasm, preloads } = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({
            paint: entries[entries.length - 1].startTime,
            wasm: performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("_bg.wasm"))?.startTime,
            preloads: document.querySelectorAll("link[rel=preload], link[rel=modulepreload]").length,
          });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  // The largest paint is the start screen in the HTML, before the WebAssembly was asked for.
  expect(preloads).toBe(0);
  expect(wasm).toBeGreaterThan(paint);
});

test("a control focused on the start screen keeps focus when the app takes over", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("/");
  const large = page.getByRole("button", { name: text("zh", "nav.large_text_on") });
  await large.focus();
  release();
  await expect(page.locator("footer.privacy")).toBeVisible();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(large).toBeFocused();
  // The language switch is one button per language in the HTML, one in the app.
  const release2 = await holdApp(page);
  await page.reload();
  await page.getByRole("button", { name: "Switch to English" }).focus();
  release2();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Switch to English" })).toBeFocused();
});
