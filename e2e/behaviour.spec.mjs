// What people expect of the interview beyond the answers: the browser's
// back, forward and reload; changing an answer; switching language; large
// text; deep links; starting again; a failed download; focus and keyboard.
import {
  test,
  expect,
  begin,
  openStart,
  answerInterview,
  expectQuestion,
  fillAnswer,
  fillPage,
  pressContinue,
  readProgress,
  seeResults,
  smallTargets,
  remember,
  storedEntries,
  text,
  TEXT,
} from "./support.mjs";

/** The radio with this label on the question on screen. */
function radio(page, label) {
  return page.locator("main form").getByRole("radio", { name: label, exact: true });
}

/** The answer control for `fact` with this answer id (the answer contract). */
function control(page, fact, answer) {
  return page.locator(`main form input[name="${fact}"][value="${answer}"]`);
}

/** A checklist's "none of these" box. */
function noneOfThese(page) {
  return page.locator("main form input[type=checkbox][value=none]");
}

test("the browser's back and forward buttons move between questions and keep the answers selected", async ({
  page,
}) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  await control(page, "veteran", "yes").check();
  await pressContinue(page);
  const third = page.url();
  expect(third).not.toMatch(/situation$/);

  await page.goBack();
  await expectQuestion(page, "veteran");
  await expect(control(page, "veteran", "yes")).toBeChecked();
  await expect(noneOfThese(page)).not.toBeChecked();
  await page.goBack();
  await expectQuestion(page, "wulong_tie");
  await expect(radio(page, "是")).toBeChecked();
  await expect(radio(page, "否")).not.toBeChecked();

  await page.goForward();
  await expectQuestion(page, "veteran");
  await expect(control(page, "veteran", "yes")).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(third);
});

test("the back link on a question goes to the previous question", async ({ page }) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  await page.getByRole("link", { name: "上一步" }).click();
  await expectQuestion(page, "wulong_tie");
  await expect(radio(page, "是")).toBeChecked();
});

test("without 'remember my answers' nothing is stored, and a reload starts afresh", async ({ page }) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes", enterprise_employee: "yes" }, { until: "apprentice" });
  await page.getByRole("button", { name: "大字模式" }).click();
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveClass(/large-text/);
  expect(await storedEntries(page)).toEqual([]);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator("html")).not.toHaveClass(/large-text/);
  await expect(page.getByRole("button", { name: "开始自查" })).toBeVisible();
  expect(await storedEntries(page)).toEqual([]);
});

test("with 'remember my answers' ticked, a reload keeps the answers, the question, the language and the text size", async ({
  page,
}) => {
  await begin(page);
  await remember(page);
  await answerInterview(page, { wulong_tie: "yes", enterprise_employee: "yes" }, { until: "apprentice" });
  await page.getByRole("button", { name: "大字模式" }).click();
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect.poll(() => storedEntries(page)).toContain("skillcheck.lang=en");

  await page.reload();
  await expectQuestion(page, "apprentice", "en");
  await expect(page.locator("html")).toHaveClass(/large-text/);
  const { number } = await readProgress(page, "en");
  expect(number, "the work page comes after every page answered before it").toBeGreaterThan(2);
  await expect(page.getByRole("checkbox", { name: text("en", "privacy.remember") })).toBeChecked();
  // Back goes to the page before, with its answers: "none of these" on the health page.
  await page.getByRole("link", { name: text("en", "q.back") }).click();
  await expectQuestion(page, "disabled", "en");
  await expect(noneOfThese(page)).toBeChecked();

  // Unticking erases everything at once; the answers stay on the page.
  await page.getByRole("checkbox", { name: text("en", "privacy.remember") }).uncheck();
  await expect.poll(() => storedEntries(page)).toEqual([]);
  await expect(noneOfThese(page)).toBeChecked();
});

test("changing an answer on the check page asks the questions it makes relevant, then returns there with the new answer shown", async ({
  page,
}) => {
  await begin(page);
  expect([...(await answerInterview(page, { wulong_tie: "no" }))]).toEqual(["wulong_tie"]);
  // A row of the summary: a checklist item's words or a question's title, then the answer.
  const answerTo = (key) =>
    page
      .locator(".summary-row")
      .filter({ has: page.getByRole("term").filter({ hasText: TEXT.zh.get(`q.${key}.item`) ?? text("zh", `q.${key}.title`) }) })
      .getByRole("definition")
      .first();
  await expect(answerTo("wulong_tie")).toHaveText("否");

  // A tie to Wulong makes every other question matter: they come first.
  await page.getByRole("button", { name: `修改：${text("zh", "q.wulong_tie.title")}` }).click();
  await expectQuestion(page, "wulong_tie");
  await expect(radio(page, "否")).toBeChecked();
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  const more = await answerInterview(page, {}, { answeredBefore: 1 });
  expect(more.length).toBeGreaterThan(5);
  await expect(page.getByRole("button", { name: /^修改：/ })).toHaveCount(more.pages.length + 1);
  await expect(answerTo("wulong_tie")).toHaveText("是");

  // Being a woman opens no new question: straight back to the check page.
  await expect(answerTo("woman")).toHaveText("否");
  await page.getByRole("button", { name: `修改：${text("zh", "page.situation.title")}` }).click();
  await expectQuestion(page, "woman");
  await expect(page.locator("main form legend .progress")).toHaveText(text("zh", "q.progress_changing"));
  await control(page, "woman", "yes").check();
  await expect(noneOfThese(page)).not.toBeChecked();
  await pressContinue(page);
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("检查您的回答");
  await expect(answerTo("woman")).toHaveText("是");
  await seeResults(page);
  const programmes = page.getByRole("region", { name: text("zh", "results.programmes") });
  await expect(programmes.getByRole("heading", { level: 3, name: "妇女职业技能培训" })).toBeVisible();
});

test("switching to English mid-interview keeps the question and the answers", async ({ page }) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  await control(page, "veteran", "yes").check();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectQuestion(page, "veteran", "en");
  await expect(control(page, "veteran", "yes"), "a tick not yet sent survives the switch").toBeChecked();
  await expect(page.getByText("Page 2 (at most", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "切换到中文" })).toHaveText("中文");

  await page.goBack();
  await expectQuestion(page, "wulong_tie", "en");
  await expect(radio(page, "Yes")).toBeChecked();
  await page.goForward();
  await fillPage(page, {}, "en");
  await pressContinue(page, "en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("button", { name: "继续", exact: true })).toBeVisible();
});

test("after switching language the page title is in the new language too", async ({ page }) => {
  await begin(page);
  await expect(page).toHaveTitle(`${text("zh", "q.wulong_tie.title")} — ${text("zh", "app.title")}`);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(`${text("en", "q.wulong_tie.title")} — ${text("en", "app.title")}`);
});

test("large-text mode gives 18px text, 1.3 line height and 60px targets, and lasts across pages", async ({ page }) => {
  await begin(page);
  expect(await smallTargets(page, 44), "targets under 44px before large text").toEqual([]);

  const toggle = page.getByRole("button", { name: "大字模式" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveClass(/(^|\s)large-text(\s|$)/);

  const help = page.getByText(text("zh", "q.wulong_tie.help"), { exact: true });
  const { fontSize, lineHeight } = await help.evaluate((element) => {
    const style = getComputedStyle(element);
    return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
  });
  expect(fontSize).toBeGreaterThanOrEqual(18);
  expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.3);
  // Radio options (label and input), Continue, the back link and the header controls.
  await expect(page.locator("main .radio")).toHaveCount(3);
  expect(await smallTargets(page, 60), "targets under 60px in large text").toEqual([]);

  // The next question, the about page and (when remembered) a reload keep large text.
  await remember(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  await expect(page.locator("html")).toHaveClass(/large-text/);
  expect(await smallTargets(page, 60), "targets under 60px on a checklist in large text").toEqual([]);
  await page.getByRole("link", { name: "关于本方案" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于本方案");
  await expect(page.locator("html")).toHaveClass(/large-text/);
  expect(await smallTargets(page, 60), "targets under 60px on the about page").toEqual([]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于本方案");
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await expect(page.getByRole("button", { name: "大字模式" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "大字模式" }).click();
  await expect(page.locator("html")).not.toHaveClass(/large-text/);
  await expect(page.getByRole("button", { name: "大字模式" })).toHaveAttribute("aria-pressed", "false");
});

test("a deep link to a question before starting goes to the start page", async ({ page }) => {
  // Every test has a fresh browser context, so this device's storage is empty.
  await page.goto("/#/q/veteran");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole("button", { name: "开始自查" })).toBeVisible();
  expect(await storedEntries(page)).toEqual([]);
});

test("start again clears every answer and goes back to the start", async ({ page }) => {
  await begin(page);
  await remember(page);
  await answerInterview(page, { wulong_tie: "no" });
  await seeResults(page);
  expect((await storedEntries(page)).some((entry) => entry.startsWith("skillcheck.answers="))).toBe(true);

  await page.getByRole("button", { name: "重新开始（清除全部回答）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await expect(page.getByRole("button", { name: "开始自查" })).toBeVisible();
  await expect(page.getByRole("button", { name: "继续上次的自查" })).toHaveCount(0);
  await expect
    .poll(async () => (await storedEntries(page)).some((entry) => entry.startsWith("skillcheck.answers=")))
    .toBe(false);

  // Nothing is left to come back to: the old results and answers go to the start.
  await page.goto("/#/results");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await page.getByRole("button", { name: "开始自查" }).click();
  await expectQuestion(page, "wulong_tie");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
});

test("if the WebAssembly cannot load, the page shows the message in both languages instead of going blank", async ({
  page,
  problems,
}) => {
  problems.allowConsoleError(/Failed to load resource.*_bg\.wasm/);
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto("/");
  const failed = page.locator("#boot-failed");
  await expect(failed).toBeVisible();
  await expect(failed.getByRole("heading", { level: 1 })).toHaveText("无法打开自查工具 · The checker could not start");
  await expect(failed.getByText(/您的浏览器没能加载本工具/)).toBeVisible();
  await expect(failed.getByText(/Your browser could not load the checker/)).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("The checker could not start");
  await expect(page.getByText("正在加载自查工具… Loading the checker…")).toBeHidden();
});

test("after Continue, focus moves to the new question's heading", async ({ page }) => {
  await begin(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => [document.activeElement.tagName, document.activeElement.id])).toEqual([
    "H1",
    "main-heading",
  ]);
});

test("a question can be answered with the keyboard alone", async ({ page }) => {
  await openStart(page);
  // A freshly loaded page starts at the top: the skip link, then past the
  // header to the main content, where the start button is the first stop.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "开始自查" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectQuestion(page, "wulong_tie");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  await page.keyboard.press("Tab");
  await expect(radio(page, "是")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(radio(page, "是")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "继续", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectQuestion(page, "veteran");

  // A checklist works from the keyboard too: Tab to an item, Space ticks it.
  await page.keyboard.press("Tab");
  await expect(control(page, "school_leaver", "yes")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(control(page, "school_leaver", "yes")).toBeChecked();

  // The answer was recorded as "是": going back shows it selected.
  await page.goBack();
  await expectQuestion(page, "wulong_tie");
  await expect(radio(page, "是")).toBeChecked();
});

test("Continue without an answer shows an error summary that takes focus", async ({ page }) => {
  await begin(page);
  await page.getByRole("button", { name: "继续", exact: true }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.locator(".error-summary-title")).toHaveText("请先回答这个问题");
  await expect(summary.getByRole("link", { name: "请选择一项。" })).toBeVisible();
  await expect(page).toHaveURL(/#\/q\/tie$/);
});

test("a checklist sent with nothing chosen shows the error summary, and nothing becomes 'no' by accident", async ({
  page,
}) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  const url = page.url();
  await page.getByRole("button", { name: "继续", exact: true }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: text("zh", "q.error_checklist") })).toBeVisible();
  await expect(page).toHaveURL(url);
  // "Not sure" about one item is not an answer for the others.
  await control(page, "veteran", "not_sure").check();
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await expect(page).toHaveURL(url);
  await expect(summary).toBeFocused();
  // One tick: the rest are "no", the unsure one stays open, and the next page comes.
  await control(page, "rural_migrant", "yes").check();
  await expect(control(page, "veteran", "not_sure")).toBeChecked();
  await pressContinue(page);
  await page.getByRole("link", { name: "上一步" }).click();
  await expect(control(page, "rural_migrant", "yes")).toBeChecked();
  await expect(control(page, "veteran", "not_sure")).toBeChecked();
  await expect(control(page, "veteran", "yes")).not.toBeChecked();
  await expect(noneOfThese(page)).not.toBeChecked();
});

test("on a checklist each item takes one answer, and 'none of these' takes back every tick", async ({ page }) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await control(page, "veteran", "yes").check();
  await control(page, "veteran", "not_sure").check();
  await expect(control(page, "veteran", "yes")).not.toBeChecked();
  await control(page, "unemployed", "yes").check();
  await noneOfThese(page).check();
  await expect(control(page, "unemployed", "yes")).not.toBeChecked();
  await expect(control(page, "veteran", "not_sure"), "an unsure answer stays").toBeChecked();
  // A person knows whether she is a woman: that item has no "not sure".
  await expect(page.locator('main form input[name="woman"]')).toHaveCount(1);
});

test("the error summary's link moves to the options and stays on the question", async ({ page }) => {
  await begin(page);
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await page.getByRole("alert").getByRole("link", { name: "请选择一项。" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(text("zh", "q.wulong_tie.title"));
  await expect(page.getByRole("radio")).toHaveCount(3);
});

test("the skip link moves past the header and stays on the same screen", async ({ page }) => {
  await begin(page);
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(text("zh", "q.wulong_tie.title"));
  await expect(page.getByRole("radio")).toHaveCount(3);
});

test("after 'clear my answers', Back never leaves a question's address over the start screen", async ({ page }) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  await page.getByRole("button", { name: text("zh", "privacy.clear") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
  // The address says what the screen shows.
  await expect(page).toHaveURL(/#\/$/);
});

test("removing a certificate entry leaves the others showing their own level, the level the check page and the results use", async ({
  page,
}) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes" }, { until: "certificates_this_year" });
  await fillAnswer(page, { choice: "some", certificates: [{ occupation: "养老护理员", level: "senior" }] });
  await page.getByRole("button", { name: text("zh", "q.certs.add") }).click();
  await page.locator('select[name="certificates_this_year-level-1"]').selectOption("technician");
  // The new, last entry goes again: the first keeps the level chosen for it.
  await page.getByRole("button", { name: text("zh", "q.certs.remove") }).last().click();
  await expect(page.locator("main form select")).toHaveCount(1);
  await expect(page.locator('select[name="certificates_this_year-level-0"]')).toHaveValue("senior");
  await expect(page.locator('input[name="certificates_this_year-occupation-0"]')).toHaveValue("养老护理员");
  // The first of two goes: the second keeps its own occupation and level.
  await page.getByRole("button", { name: text("zh", "q.certs.add") }).click();
  await page.locator('input[name="certificates_this_year-occupation-1"]').fill("电工");
  await page.locator('select[name="certificates_this_year-level-1"]').selectOption("junior");
  await page.getByRole("button", { name: text("zh", "q.certs.remove") }).first().click();
  await expect(page.locator('input[name="certificates_this_year-occupation-0"]')).toHaveValue("电工");
  await expect(page.locator('select[name="certificates_this_year-level-0"]')).toHaveValue("junior");
  await expect(page.locator('select[name="certificates_this_year-level-0"] option:checked')).toHaveText(/初级/);
  // What the page shows is what is kept.
  await pressContinue(page);
  await page.goBack();
  await expectQuestion(page, "certificates_this_year");
  await expect(page.locator('input[name="certificates_this_year-occupation-0"]')).toHaveValue("电工");
  await expect(page.locator('select[name="certificates_this_year-level-0"]')).toHaveValue("junior");
});
