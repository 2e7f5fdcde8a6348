// Access beyond what a scanner sees (issue 17, items 11–16): focus stays with
// the control a person used, in-page jumps add no history, errors are tied to
// their controls, notices are spoken, the kiosk warning is a real modal, and
// the pages reflow at 320px with large text and the browser's own text size.
import {
  answerInterview,
  begin,
  expect,
  expectQuestion,
  fillAnswer,
  literal,
  openStart,
  pressContinue,
  sidewaysOverflow,
  test,
  text,
} from "./support.mjs";

/** The id of the focused element, and its tag. */
function focused(page) {
  return page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id ?? ""}`);
}

/** Every heading's level on the screen, in document order (visible ones). */
function headingLevels(page) {
  return page
    .locator("h1, h2, h3, h4, h5, h6")
    .evaluateAll((headings) =>
      headings.filter((heading) => heading.getClientRects().length > 0).map((heading) => Number(heading.tagName[1])),
    );
}

/** Heading levels never skip on the way down, and the first is the h1. */
function expectNoSkippedHeadings(levels, where) {
  expect(levels[0], `${where}: the first heading is the h1`).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level - levels[index - 1], `${where}: heading ${index} (h${level})`).toBeLessThanOrEqual(1);
  });
}

test("choosing 'received this year' with the arrow keys keeps focus on the option, and the fields are announced as shown", async ({
  page,
}) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes" }, { until: "certificates_this_year" });
  const none = page.locator('input[name="certificates_this_year"][value="none"]');
  const some = page.locator('input[name="certificates_this_year"][value="some"]');
  // GOV.UK's conditional reveal: the option names the fields it shows and says so.
  await expect(some).toHaveAttribute("aria-controls", "certificates_this_year-fields");
  await expect(some).toHaveAccessibleDescription(text("zh", "q.certs.reveal"));
  await none.focus();
  await page.keyboard.press("ArrowDown");
  await expect(some).toBeChecked();
  await expect(some).toBeFocused();
  await expect(page.getByLabel(text("zh", "q.occupation"), { exact: true })).toHaveCount(1);
  // Arrows go on moving between the options, not scrolling the page.
  await page.keyboard.press("ArrowUp");
  await expect(none).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(some).toBeFocused();

  // "Add another" moves focus to the new field the person asked for.
  await page.getByRole("button", { name: text("zh", "q.certs.add") }).click();
  await expect(page.locator("#certificates_this_year-occupation-1")).toBeFocused();
  // "Remove this one" leaves focus on the entry before it.
  await page.getByRole("button", { name: text("zh", "q.certs.remove") }).nth(1).click();
  await expect(page.locator("#certificates_this_year-occupation-0")).toBeFocused();
  expect(await focused(page)).toBe("input#certificates_this_year-occupation-0");
});

test("the skip link and the error summary's link move focus without adding history entries", async ({ page }) => {
  await begin(page);
  const entries = () => page.evaluate(() => history.length);
  const before = await entries();
  const url = page.url();
  await page.getByRole("link", { name: text("zh", "nav.skip") }).focus();
  await page.keyboard.press("Enter");
  expect(await focused(page)).toBe("main#main");
  await page.getByRole("button", { name: text("zh", "q.continue"), exact: true }).click();
  await page.getByRole("alert").getByRole("link").click();
  await expect(page.locator('input[name="wulong_tie"][value="yes"]')).toBeFocused();
  expect(await entries()).toBe(before);
  await expect(page).toHaveURL(url);
  // One "back" goes to the start, as it would have without the jumps.
  await page.getByRole("link", { name: text("zh", "q.back") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "start.heading"));
});

test("an unanswered question marks its options invalid, describes them with the error, and says it again on each try", async ({
  page,
}) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  await expectQuestion(page, "veteran");
  const group = page.locator("main form fieldset.question");
  await expect(page.locator('main form input[aria-invalid="true"]')).toHaveCount(0);
  await page.getByRole("button", { name: text("zh", "q.continue"), exact: true }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  // No heading before the page's h1: the summary's title is not a heading.
  await expect(summary.getByRole("heading")).toHaveCount(0);
  const described = (await group.getAttribute("aria-describedby")).split(" ");
  const message = page.locator(`#${described[0]}`);
  await expect(message).toHaveText(text("zh", "q.error_checklist"));
  await expect(page.locator('main form input[name="veteran"][value="yes"]')).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('main form input[value="none"]')).toHaveAttribute("aria-invalid", "true");
  // Continue again: focus leaves the summary and comes back, so it is read again.
  await page.locator('main form input[name="veteran"][value="yes"]').focus();
  await page.getByRole("button", { name: text("zh", "q.continue"), exact: true }).click();
  await expect(summary).toBeFocused();
  // The summary's link lands on the first item.
  await summary.getByRole("link").click();
  await expect(page.locator('main form input[name="school_leaver"][value="yes"]')).toBeFocused();
});

test("a notice fills a live region that was already on the page, after focus has moved", async ({ page }) => {
  await begin(page);
  await fillAnswer(page, "yes");
  await pressContinue(page);
  // The live region is in the accessibility tree while empty.
  const region = page.locator("main .notices[role=status]");
  await expect(region).toHaveCount(1);
  await expect(region).toBeAttached();
  expect(await region.evaluate((element) => getComputedStyle(element).display)).not.toBe("none");
  await region.evaluate((element) => {
    element.dataset.seen = "before";
  });
  await page.getByRole("button", { name: text("zh", "privacy.clear") }).click();
  await expect(region).toHaveText(text("zh", "notice.cleared"));
  await expect(region, "the same region, not a new one").toHaveAttribute("data-seen", "before");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

for (const [lang, large] of [
  ["zh", false],
  ["en", false],
  ["zh", true],
  ["en", true],
]) {
  test(`the kiosk warning is a modal dialog that fits 400% zoom (${lang}${large ? ", large text" : ""}) and gives focus back`, async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(`/?kiosk=1&idle=30&lang=${lang === "zh" ? "zh-CN" : "en"}&large=${large ? 1 : 0}`);
    await page.getByRole("button", { name: text(lang, "start.button"), exact: true }).click();
    await expectQuestion(page, "wulong_tie", lang);
    const yes = page.locator('input[name="wulong_tie"][value="yes"]');
    await yes.focus();
    // 400% zoom of a 1280 x 800 screen.
    await page.setViewportSize({ width: 320, height: 200 });
    await page.clock.runFor(31_000);
    const warning = page.getByRole("alertdialog", { name: text(lang, "kiosk.heading") });
    await expect(warning).toBeVisible();
    expect(await warning.evaluate((dialog) => dialog.matches(":modal")), "a modal dialog").toBe(true);
    const button = warning.getByRole("button", { name: text(lang, "kiosk.continue") });
    await expect(button).toBeFocused();
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport();
    await button.click();
    await expect(warning).toHaveCount(0);
    await expect(yes, "focus is back where it was").toBeFocused();

    // Any key continues too, and focus comes back the same way.
    await page.clock.runFor(31_000);
    await expect(warning).toBeVisible();
    await page.keyboard.press("Shift");
    await page.clock.runFor(1_000);
    await expect(warning).toHaveCount(0);
    await expect(yes).toBeFocused();
  });
}

test("large-text mode is at least 150% and its skip link at least 60px tall", async ({ page }) => {
  await openStart(page);
  await page.getByRole("button", { name: text("zh", "nav.large_text_on") }).click();
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(base).toBeGreaterThanOrEqual(24);
  const skip = page.getByRole("link", { name: text("zh", "nav.skip") });
  await skip.focus();
  expect((await skip.boundingBox()).height).toBeGreaterThanOrEqual(60);
});

for (const [what, open] of [
  ["the start screen", async (page) => openStart(page)],
  ["a checklist", async (page) => {
    await begin(page);
    await answerInterview(page, { wulong_tie: "yes" }, { until: "veteran" });
  }],
  ["the certificate question", async (page) => {
    await begin(page);
    await answerInterview(page, { wulong_tie: "yes" }, { until: "certificates_this_year" });
    await fillAnswer(page, { choice: "some", certificates: [{ occupation: "电工", level: "junior" }] });
  }],
  ["the catalogue with its filters", async (page) => {
    await page.goto("/#/catalogue");
    await expect(page.locator("#filter-occupation")).toBeVisible();
  }],
]) {
  test(`${what} reflows at 320px with 200% browser text and in large-text mode, with no sideways scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page);
    // The browser's own text size at 200%, then large-text mode on top of it.
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
    expect(await sidewaysOverflow(page), "200% text").toBe(0);
    await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
    await page.evaluate(() => document.documentElement.classList.add("large-text"));
    expect(await sidewaysOverflow(page), "large-text mode").toBe(0);
  });
}

test("heading levels never skip on the question, check, results, catalogue, institution and about screens", async ({
  page,
}) => {
  await begin(page);
  expectNoSkippedHeadings(await headingLevels(page), "the first question");
  await page.getByRole("button", { name: text("zh", "q.continue"), exact: true }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  expectNoSkippedHeadings(await headingLevels(page), "a question with its error summary");
  await answerInterview(page, { wulong_tie: "yes", veteran: "yes" });
  expectNoSkippedHeadings(await headingLevels(page), "check your answers");
  await page.getByRole("button", { name: text("zh", "check.submit"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "results.heading"));
  await expect(page.locator("main .actions")).toBeVisible();
  expectNoSkippedHeadings(await headingLevels(page), "the results");
  await page.goto("/#/catalogue");
  await expect(page.locator("article.institution").first()).toBeVisible();
  expectNoSkippedHeadings(await headingLevels(page), "the catalogue");
  await page.locator("article.institution a").first().click();
  await expect(page.locator("table.projects")).toBeVisible();
  expectNoSkippedHeadings(await headingLevels(page), "an institution");
  await page.goto("/#/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "about.heading"));
  expectNoSkippedHeadings(await headingLevels(page), "about the plan");
});

test("the progress line is read with the question when focus lands on it", async ({ page }) => {
  await begin(page);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  const progress = literal(text("zh", "q.progress", { n: 1, m: "MORE" })).replace("MORE", "\\d+");
  await expect(heading).toHaveAccessibleName(new RegExp(`^${progress}\\s*${literal(text("zh", "q.wulong_tie.title"))}$`));
});
