// Privacy on personal and shared devices: "clear my answers" empties every
// storage the app uses and says so; kiosk mode stores nothing and, after an
// idle time, warns, then wipes everything for the next person.
import {
  answerInterview,
  axeViolations,
  begin,
  expect,
  expectQuestion,
  remember,
  storedEntries,
  test,
  text,
} from "./support.mjs";

test("'clear my answers' empties local and session storage, forgets the answers and says so", async ({ page }) => {
  await begin(page);
  await remember(page);
  await answerInterview(page, { wulong_tie: "是", enterprise_employee: "是" }, { until: "apprentice" });
  // Something an earlier version of the app left in session storage goes too.
  await page.evaluate(() => sessionStorage.setItem("skillcheck.answers", "1~wulong-2019~ay"));
  await expect.poll(async () => (await storedEntries(page)).length).toBeGreaterThan(2);

  await page.getByRole("button", { name: text("zh", "privacy.clear") }).click();
  await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.cleared") })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  expect(await storedEntries(page)).toEqual([]);
  await expect(page.getByRole("checkbox", { name: text("zh", "privacy.remember") })).not.toBeChecked();
  // The service worker's caches hold the app's files only, never answers.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.filter((url) => url.includes("#") || url.includes("~"))).toEqual([]);

  await page.reload();
  await expect(page.getByRole("button", { name: "开始自查" })).toBeVisible();
  await expect(page.getByRole("button", { name: "继续上次的自查" })).toHaveCount(0);
});

test("kiosk mode stores nothing, warns after the idle time, continues on request, then wipes and says so", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto("/?kiosk=1&idle=30&lang=zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await expect(page.getByText(text("zh", "privacy.kiosk", { minutes: 1 }))).toBeVisible();
  await expect(page.getByRole("checkbox", { name: text("zh", "privacy.remember") })).toHaveCount(0);

  await page.getByRole("button", { name: "开始自查" }).click();
  await answerInterview(page, { wulong_tie: "是", enterprise_employee: "是" }, { until: "apprentice" });
  await page.getByRole("button", { name: "Switch to English" }).click();
  await page.getByRole("button", { name: "Large text" }).click();
  expect(await storedEntries(page)).toEqual([]);

  const warning = page.getByRole("alertdialog", { name: text("en", "kiosk.heading") });
  await page.clock.runFor(29_000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(2_000);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/\d+ s/);
  const seconds = Number(/(\d+) s/.exec(await warning.textContent())[1]);
  expect(seconds, "the warning gives at least 20 seconds").toBeGreaterThanOrEqual(19);
  await expect(warning.getByRole("button", { name: text("en", "kiosk.continue") })).toBeFocused();
  expect(await axeViolations(page), "the page with the kiosk warning").toEqual([]);

  // "Continue" keeps everything.
  await warning.getByRole("button", { name: text("en", "kiosk.continue") }).click();
  await expect(warning).toHaveCount(0);
  await expectQuestion(page, "apprentice", "en");

  // Left alone again: warning, then the wipe.
  await page.clock.runFor(31_000);
  await expect(warning).toBeVisible();
  await page.clock.runFor(21_000);
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.kiosk_wiped") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator("html")).not.toHaveClass(/large-text/);
  await expect(page.getByRole("button", { name: "开始自查" })).toBeVisible();
  await expect(page.getByRole("button", { name: "继续上次的自查" })).toHaveCount(0);
  expect(await storedEntries(page)).toEqual([]);

  // The previous person's answers cannot be reached with the back button.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));

  // An untouched start screen is left alone.
  await page.clock.runFor(120_000);
  await expect(warning).toHaveCount(0);
});

test("kiosk mode waits two minutes by default", async ({ page }) => {
  await page.clock.install();
  await page.goto("/?kiosk=1");
  await expect(page.getByText(text("zh", "privacy.kiosk", { minutes: 2 }))).toBeVisible();
  await page.getByRole("button", { name: "开始自查" }).click();
  await expectQuestion(page, "wulong_tie");
  const warning = page.getByRole("alertdialog", { name: text("zh", "kiosk.heading") });
  await page.clock.runFor(119_000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(2_000);
  await expect(warning).toBeVisible();
});

test("address settings choose the language and large text, and unusable ones are ignored", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.goto("/?lang=en&large=1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("en", "start.heading"));
  await expect(page.locator("html")).toHaveClass(/large-text/);

  await page.goto("/?lang=fr&large=maybe&idle=3");
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("html")).not.toHaveClass(/large-text/);
  expect(warnings.filter((line) => line.startsWith("ignored"))).toHaveLength(3);
});
