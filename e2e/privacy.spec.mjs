// Privacy on personal and shared devices: "clear my answers" empties every
// storage the app uses and says so; kiosk mode stores nothing and, after an
// idle time, warns, then wipes everything for the next person.
import {
  answerInterview,
  axeViolations,
  begin,
  expect,
  expectQuestion,
  fillAnswer,
  remember,
  storedEntries,
  test,
  text,
} from "./support.mjs";

test("'clear my answers' empties local and session storage, forgets the answers and says so", async ({ page }) => {
  await begin(page);
  await remember(page);
  await answerInterview(page, { wulong_tie: "yes", enterprise_employee: "yes" }, { until: "apprentice" });
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
  await answerInterview(page, { wulong_tie: "yes", enterprise_employee: "yes" }, { until: "apprentice" });
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

  // An untouched start screen is left alone.
  await page.clock.runFor(120_000);
  await expect(warning).toHaveCount(0);

  // The previous person's answers cannot be reached with the back button:
  // the kiosk never added a history entry, so Back leaves the checker.
  await page.goBack();
  expect(page.url()).not.toMatch(/#\/(q|check|results)/);
});

test("a kiosk tab stays a kiosk when its address loses kiosk=1, and forgets what an ordinary visit remembered", async ({ page }) => {
  // Someone ticked "remember" here before the device became a kiosk.
  await begin(page);
  await remember(page);
  await answerInterview(page, { wulong_tie: "yes", enterprise_employee: "yes" }, { until: "apprentice" });
  await expect.poll(async () => (await storedEntries(page)).length).toBeGreaterThan(2);

  await page.clock.install();
  await page.goto("/?kiosk=1&idle=30");
  await expect(page.getByText(text("zh", "privacy.kiosk", { minutes: 1 }))).toBeVisible();
  expect(await storedEntries(page)).toEqual([]);
  // The tab keeps only its own mark: that it is a kiosk, and its idle time.
  expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({ "skillcheck-kiosk-tab": "30" });

  // The address edited, kiosk=0, the app's own share link opened in the tab: still a kiosk.
  for (const address of ["/", "/?kiosk=0", "/#/s/1~wulong-2019~ay"]) {
    await page.goto(address);
    await page.reload();
    await expect(page.getByText(text("zh", "privacy.kiosk", { minutes: 1 })).first()).toBeVisible();
    await expect(page.getByRole("checkbox", { name: text("zh", "privacy.remember") })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "继续上次的自查" })).toHaveCount(0);
  }
  // And it still wipes after its idle time.
  await page.goto("/");
  await page.getByRole("button", { name: "开始自查" }).click();
  await expectQuestion(page, "wulong_tie");
  await page.clock.runFor(52_000);
  await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.kiosk_wiped") })).toBeVisible();
  expect(await storedEntries(page)).toEqual([]);
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

test("a kiosk address written with escapes (?kiosk=%31) is a kiosk to every part of the page", async ({ page }) => {
  await page.clock.install();
  await page.goto("/?kiosk=%31&idle=30");
  await expect(page.getByText(text("zh", "privacy.kiosk", { minutes: 1 }))).toBeVisible();
  await page.getByRole("button", { name: "开始自查" }).click();
  await expectQuestion(page, "wulong_tie");
  await page.clock.runFor(51_000);
  await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.kiosk_wiped") })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
});

test("a kiosk adds no history entries, so nothing of a person is reachable with Back", async ({ page }) => {
  await page.clock.install();
  await page.goto("/?kiosk=1&idle=30");
  const entries = () => page.evaluate(() => history.length);
  const before = await entries();
  await page.getByRole("button", { name: "开始自查" }).click();
  await answerInterview(page, { wulong_tie: "yes", enterprise_employee: "no" }, { until: "sector" });
  await page.getByRole("link", { name: text("zh", "nav.about") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "about.heading"));
  await page.getByRole("link", { name: "跳到主要内容" }).focus();
  await page.keyboard.press("Enter");
  expect(await entries(), "every step replaced the entry").toBe(before);
  await page.clock.runFor(51_000);
  await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.kiosk_wiped") })).toBeVisible();
  expect(await entries()).toBe(before);
  await expect(page).toHaveURL(/\/\?kiosk=1&idle=30#\/$/);
});

// A kiosk that slept past the idle time and the warning (time stands still for
// the page's timers, none fires, while its clock moves on) checks at once when
// it is shown again, before it shows anything of the last person.
const WAKINGS = {
  "a kiosk page restored from the back-forward cache checks the idle time at once": () =>
    window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })),
  "a kiosk device waking from sleep checks the idle time as soon as the page is visible again": () => {
    let hidden = true;
    Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event("visibilitychange"));
    hidden = false;
    document.dispatchEvent(new Event("visibilitychange"));
  },
};

for (const [name, wake] of Object.entries(WAKINGS)) {
  test(name, async ({ page }) => {
    await page.clock.install();
    await page.goto("/?kiosk=1&idle=30");
    await page.getByRole("button", { name: "开始自查" }).click();
    await answerInterview(page, { wulong_tie: "yes" }, { until: "enterprise_employee" });
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 1_000);
    await page.clock.setSystemTime(now + 10 * 60_000);
    await page.evaluate(wake);
    await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.kiosk_wiped") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  });
}

test("no text field offers the next person what an earlier one typed: every one has autocomplete off", async ({ page }) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes" }, { until: "certificates_this_year" });
  await fillAnswer(page, { choice: "some", certificates: [{ occupation: "电工", level: "junior" }] });
  const textFields = () =>
    page.locator("input:not([type=radio]):not([type=checkbox]):not([type=hidden])").evaluateAll((inputs) =>
      inputs.map((input) => `${input.id || input.name}:${input.getAttribute("autocomplete")}`),
    );
  for (const screen of ["the certificates question", "the catalogue"]) {
    if (screen === "the catalogue") {
      await page.goto("/#/catalogue");
      await expect(page.locator("#filter-search")).toBeVisible();
    }
    const fields = await textFields();
    expect(fields.length, screen).toBeGreaterThan(0);
    expect(fields.filter((field) => !field.endsWith(":off")), screen).toEqual([]);
  }
});

test("a kiosk offers no link to copy: staff scan the QR code", async ({ page }) => {
  await page.goto("/?kiosk=1");
  await page.getByRole("button", { name: "开始自查" }).click();
  await answerInterview(page, { wulong_tie: "no" });
  await page.getByRole("button", { name: text("zh", "check.submit"), exact: true }).click();
  const share = page.getByRole("region", { name: text("zh", "share.heading") });
  await expect(share.getByText(text("zh", "share.kiosk_lead"))).toBeVisible();
  await expect(share.locator("svg.qr")).toBeVisible();
  await expect(share.getByRole("button", { name: text("zh", "share.copy") })).toHaveCount(0);
  await expect(share.getByRole("textbox")).toHaveCount(0);
});

test("'clear my answers' in another tab is honoured here: nothing is saved again", async ({ page, context }) => {
  await begin(page);
  await remember(page);
  await answerInterview(page, { wulong_tie: "yes" }, { until: "enterprise_employee" });
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.getByRole("button", { name: "继续上次的自查" })).toBeVisible();
  await other.getByRole("button", { name: text("zh", "privacy.clear") }).click();
  await expect(other.getByRole("status").filter({ hasText: text("zh", "notice.cleared") })).toBeVisible();

  await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.cleared_elsewhere") })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: text("zh", "privacy.remember") })).not.toBeChecked();
  // This tab goes on without a reload: it saves nothing again.
  await page.getByRole("button", { name: "开始自查" }).click();
  await answerInterview(page, { wulong_tie: "yes" }, { until: "enterprise_employee" });
  expect(await storedEntries(page)).toEqual([]);
});
