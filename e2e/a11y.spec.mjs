// Accessibility of every screen: an axe scan (WCAG 2.0, 2.1 and 2.2 A and AA)
// reports nothing, in Chinese and in English, at 320px and 1280px wide; at
// 320px nothing scrolls sideways; every tap target is at least 44px tall. One test per screen: it reaches the
// screen once through the interview, then switches language and width on it.
import {
  test,
  expect,
  begin,
  openStart,
  answerInterview,
  fillAnswer,
  seeResults,
  axeViolations,
  sidewaysOverflow,
  smallTargets,
  text,
  literal,
  resultGroup,
  openShare,
} from "./support.mjs";

const LANGUAGES = ["zh", "en"];
const WIDTHS = [320, 1280];

/** Someone whose results have all three groups non-empty (see journeys.spec.mjs). */
const MIXED_ANSWERS = {
  wulong_tie: "yes",
  enterprise_employee: "not_sure",
  school_leaver: "not_sure",
  registered_poor: "prefer_not",
  disabled: "yes",
};

/** Switches the whole app to `lang` with the header button, staying on the same screen. */
async function switchLanguage(page, lang) {
  const html = page.locator("html");
  const wanted = lang === "en" ? "en" : "zh-CN";
  if ((await html.getAttribute("lang")) !== wanted) {
    const other = lang === "en" ? "zh" : "en";
    await page.getByRole("button", { name: text(other, "nav.language_label") }).click();
  }
  await expect(html).toHaveAttribute("lang", wanted);
  await expect(page.getByRole("link", { name: text(lang, "nav.about") })).toBeVisible();
}

/**
 * Scans the screen on show in both languages at both widths; `settle` runs
 * after each language switch to wait for (or restore) what the screen shows.
 */
async function scanEveryWay(page, settle = async () => {}) {
  // Eight axe scans of a whole screen: slow on a busy 2-core machine.
  test.setTimeout(90_000);
  const violations = {};
  const small = {};
  const overflow = {};
  for (const lang of LANGUAGES) {
    await switchLanguage(page, lang);
    await settle(lang);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      violations[`${lang} ${width}px`] = await axeViolations(page);
      small[`${lang} ${width}px`] = await smallTargets(page, 44);
      if (width === 320) overflow[lang] = await sidewaysOverflow(page);
    }
  }
  const clean = { "zh 320px": [], "zh 1280px": [], "en 320px": [], "en 1280px": [] };
  expect(violations, "axe violations per language and width").toEqual(clean);
  expect(small, "tap targets under 44px tall").toEqual(clean);
  expect(overflow, "sideways scroll at 320px").toEqual({ zh: 0, en: 0 });
}

test("the start screen is accessible in both languages at 320px and 1280px", async ({ page }) => {
  await openStart(page);
  await scanEveryWay(page, (lang) =>
    expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, "start.heading")),
  );
});

test("a yes/no question is accessible in both languages at 320px and 1280px", async ({ page }) => {
  await begin(page);
  await scanEveryWay(page, async (lang) => {
    // The options are a group named by its legend: the progress line and the question.
    const group = page.getByRole("group", { name: new RegExp(`${literal(text(lang, "q.wulong_tie.title"))}$`) });
    await expect(group.getByRole("radio", { name: text(lang, "q.yes"), exact: true })).toBeVisible();
    await expect(group.getByRole("radio")).toHaveCount(3);
  });
});

test("a sensitive question with prefer-not-to-say is accessible in both languages at 320px and 1280px", async ({
  page,
}) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes" }, { until: "registered_poor" });
  await scanEveryWay(page, async (lang) => {
    // Each item has its own "prefer not to say", named with the item.
    await expect(page.getByRole("checkbox", { name: new RegExp(`^${literal(text(lang, "q.prefer_not"))}`) }).first()).toBeVisible();
    await expect(page.getByText(text(lang, "page.household.help"))).toBeVisible();
  });
});

test("a 'which of these apply to you' page is accessible in both languages at 320px and 1280px", async ({ page }) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes" }, { until: "veteran" });
  await scanEveryWay(page, async (lang) => {
    // A checklist is a group named by its legend; each item a labelled checkbox.
    const group = page.getByRole("group", { name: new RegExp(`${literal(text(lang, "page.situation.title"))}$`) });
    await expect(group.getByRole("checkbox", { name: text(lang, "q.veteran.item"), exact: true })).toBeVisible();
    await expect(group.getByRole("checkbox", { name: text(lang, "q.none"), exact: true })).toBeVisible();
  });
});

test("a choice question is accessible in both languages at 320px and 1280px", async ({ page }) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes", enterprise_employee: "yes" }, { until: "sector" });
  await scanEveryWay(page, (lang) =>
    expect(page.getByRole("radio", { name: lang === "zh" ? "旅游、住宿和餐饮" : /^tourism, hotels and restaurants$/i })).toBeVisible(),
  );
});

test("the certificates question with its fields shown is accessible in both languages at 320px and 1280px", async ({
  page,
}) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes" }, { until: "certificates_this_year" });
  await fillAnswer(page, { choice: "some", certificates: [{ occupation: "电工", level: "junior" }, { occupation: "", level: "intermediate" }] });
  await scanEveryWay(page, async (lang) => {
    // Each certificate is its own group, "第 1 次补贴" / "Subsidy 1", inside the question's group.
    await expect(page.getByRole("group", { name: text(lang, "q.certs.entry", { n: 2 }) })).toBeVisible();
    await expect(page.getByLabel(text(lang, "q.occupation"), { exact: true })).toHaveCount(2);
    await expect(page.getByRole("button", { name: text(lang, "q.certs.remove") })).toHaveCount(2);
  });
});

test("the check-your-answers screen is accessible in both languages at 320px and 1280px", async ({ page }) => {
  await begin(page);
  await answerInterview(page, MIXED_ANSWERS);
  await scanEveryWay(page, (lang) =>
    expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, "check.heading")),
  );
});

test("the results screen with all three groups and an open clause is accessible in both languages at 320px and 1280px", async ({
  page,
}) => {
  await begin(page);
  await answerInterview(page, MIXED_ANSWERS);
  await seeResults(page);
  await scanEveryWay(page, async (lang) => {
    for (const status of ["eligible", "unknown", "not_eligible"]) {
      await expect(resultGroup(page, status, lang).getByRole("article").first()).toBeVisible();
    }
    // One entry's details open, with a clause's text, and the share section open.
    const details = page.locator("article.benefit details.more").first();
    if (!(await details.evaluate((element) => element.open))) await details.locator("summary").click();
    await openShare(page);
    const clause = page.locator("details.clause").first();
    if (!(await clause.evaluate((details) => details.open))) await clause.locator("summary").click();
    await expect(clause.getByRole("blockquote")).toBeVisible();
    await expect(page.locator("p.declined").first()).toBeVisible();
  });
});

test("the about screen is accessible in both languages at 320px and 1280px", async ({ page }) => {
  await page.goto("/#/about");
  await scanEveryWay(page, (lang) =>
    expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, "about.heading")),
  );
});
