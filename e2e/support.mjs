// Shared helpers for the end-to-end tests: a `test` that watches every page
// for console errors, uncaught errors and requests leaving this machine; the
// interview driver that answers questions until "check your answers"; and
// readers for the results screen. Not a spec file: Playwright runs only
// *.spec.mjs.
import { readFileSync } from "node:fs";
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The app's own text, read from the translation files it is built from. */
function readLocale(file) {
  const text = readFileSync(new URL(`../src/locales/${file}`, import.meta.url), "utf8");
  const entries = new Map();
  for (const line of text.split("\n")) {
    if (line.trimStart().startsWith("#")) continue;
    const at = line.indexOf(" = ");
    if (at > 0) entries.set(line.slice(0, at).trim(), line.slice(at + 3).trim());
  }
  return entries;
}

export const TEXT = { zh: readLocale("zh-CN.txt"), en: readLocale("en.txt") };

/** Every fact key of the interview: a question's title or a checklist item per fact in the locale files. */
export const FACT_KEYS = [
  ...new Set([...TEXT.zh.keys()].filter((key) => /^q\.\w+\.(title|item)$/.test(key)).map((key) => key.split(".")[1])),
];

/** How many questions the interview has in all (one per fact). */
export const TOTAL_QUESTIONS = FACT_KEYS.length;

/** The text of `key` in `lang`; fails loudly if the key is missing. */
export function text(lang, key, values = {}) {
  const found = TEXT[lang].get(key);
  if (found === undefined) throw new Error(`no text ${key} in ${lang}`);
  return found.replace(/\{(\w+)\}/g, (placeholder, name) => (name in values ? String(values[name]) : placeholder));
}

/** A string matched literally inside a RegExp. */
export function literal(string) {
  return string.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * `test` with an automatic watcher on the browser context: every console
 * error, uncaught page error and request to anywhere but this machine
 * (127.0.0.1 or localhost; anything else is also aborted) fails the test when it ends. A test that provokes an error on
 * purpose lists what it expects with `problems.allowConsoleError(pattern)`.
 */
export const test = base.extend({
  problems: [
    async ({ context }, use) => {
      const problems = {
        consoleErrors: [],
        pageErrors: [],
        outsideRequests: [],
        allowed: [],
        allowConsoleError(pattern) {
          this.allowed.push(pattern);
        },
      };
      await context.route(
        (url) => url.protocol !== "data:" && url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
        (route) => {
          problems.outsideRequests.push(route.request().url());
          return route.abort("blockedbyclient");
        },
      );
      context.on("console", (message) => {
        if (message.type() === "error") {
          const location = message.location();
          problems.consoleErrors.push(`${message.text()} (${location.url})`);
        }
      });
      context.on("weberror", (error) => problems.pageErrors.push(String(error.error())));
      await use(problems);
      const unexpected = problems.consoleErrors.filter(
        (message) => !problems.allowed.some((pattern) => pattern.test(message)),
      );
      expect(
        { consoleErrors: unexpected, pageErrors: problems.pageErrors, outsideRequests: problems.outsideRequests },
        "no console errors, page errors or requests off this machine",
      ).toEqual({ consoleErrors: [], pageErrors: [], outsideRequests: [] });
    },
    { auto: true },
  ],
});

/**
 * Opens the start page and waits for the app: the start screen in the HTML
 * shows first, and the app has taken over when that copy (#boot) is gone.
 */
export async function openStart(page, lang = "zh") {
  await page.goto("/");
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: text(lang, "start.heading") })).toBeVisible();
}

/** Opens the start page and presses the start button: the first question shows. */
export async function begin(page, lang = "zh") {
  await openStart(page, lang);
  await page.getByRole("button", { name: text(lang, "start.button"), exact: true }).click();
  await expectQuestion(page, "wulong_tie", lang);
}

/** The answer controls of the page on screen (the answer contract: name = fact key). */
function controls(page, fact) {
  return page.locator(`main form input[name="${fact}"]`);
}

/** A page of the interview that asks the fact `key` is on screen. */
export async function expectQuestion(page, key, lang = "zh") {
  await expect(page).toHaveURL(/#\/q\/\w+$/);
  await expect(controls(page, key).first(), `a question about ${key} is on screen`).toBeVisible();
  // The heading is the progress line, then the page's question.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`${literal(pageTitle(lang, currentPageId(page), [key]))}$`));
}

/** The id of the interview page on screen (`#/q/<id>`), or null on any other screen. */
export function currentPageId(page) {
  const match = /#\/q\/(\w+)$/.exec(page.url());
  return match ? match[1] : null;
}

/** The facts the page on screen asks, in the order it shows them. */
export function pageFacts(page) {
  return page
    .locator("main form input[type=radio], main form input[type=checkbox]")
    .evaluateAll((inputs, facts) => [...new Set(inputs.map((input) => input.name))].filter((name) => facts.includes(name)), FACT_KEYS);
}

/** A page's heading: a checklist's own (page.<id>.title), else its one question's title. */
export function pageTitle(lang, pageId, facts) {
  const own = TEXT[lang].get(`page.${pageId}.title`);
  return own ?? text(lang, `q.${facts[0]}.title`);
}

/** "第 N 页（最多还剩 M 页）" as a RegExp source: N as given (or any number), M captured. */
function progressPattern(lang, number = "\\d+") {
  return literal(text(lang, "q.progress"))
    .replace("\\{n\\}", number)
    .replace("\\{m\\}", "(\\d+)");
}

/** Reads "第 N 页（最多还剩 M 页）" (or the English line) into numbers. */
export async function readProgress(page, lang = "zh") {
  const pattern = new RegExp(`^${progressPattern(lang, "(\\d+)")}$`);
  const line = await page.locator("main form legend .progress").textContent();
  const [, number, atMostMore] = pattern.exec(line.trim());
  return { number: Number(number), atMostMore: Number(atMostMore) };
}

/**
 * What a person answers when a journey does not say: the plain "no" of each
 * question, by answer id (the answer contract).
 */
export const DEFAULT_ANSWERS = {
  employer_kind: "none",
  sector: "other",
  hukou: "urban",
  certificates_this_year: "none",
  planned_certificate: "not_sure",
  other: "no",
};

/** The answer a journey gives to a fact, or the default. */
function answerFor(answers, fact) {
  return answers[fact] ?? DEFAULT_ANSWERS[fact] ?? DEFAULT_ANSWERS.other;
}

/**
 * Fills in one question on a single-question page with `answer`: an answer id
 * such as "yes" or "rural", or for the certificate questions
 * `{ choice: "some", certificates: [{ occupation, level: "junior" }] }`.
 */
export async function fillAnswer(page, answer, lang = "zh") {
  const form = page.locator("main form");
  const choice = typeof answer === "string" ? answer : answer.choice;
  await form.locator(`input[type=radio][value="${choice}"]`).check();
  const certificates = typeof answer === "string" ? [] : (answer.certificates ?? []);
  for (const [index, certificate] of certificates.entries()) {
    if (index > 0) await form.getByRole("button", { name: text(lang, "q.certs.add") }).click();
    await form.getByLabel(text(lang, "q.occupation"), { exact: true }).nth(index).fill(certificate.occupation);
    await form
      .getByLabel(text(lang, "q.level"), { exact: true })
      .nth(index)
      .selectOption(certificate.level);
  }
}

/**
 * Answers the page on screen from `answers` ({ fact: answer id }) and the
 * defaults: radios for a single question; on a checklist, ticks "yes",
 * "not_sure" or "prefer_not" per item, and "none of these" when no item is
 * "yes". Returns the facts the page asked.
 */
export async function fillPage(page, answers, lang = "zh") {
  const facts = await pageFacts(page);
  const checklist = (await page.locator("main form input[type=checkbox][value=none]").count()) > 0;
  if (!checklist) {
    for (const fact of facts) await fillAnswer(page, answerFor(answers, fact), lang);
    return facts;
  }
  let anyYes = false;
  for (const fact of facts) {
    const answer = answerFor(answers, fact);
    if (answer === "no") continue;
    anyYes ||= answer === "yes";
    await page.locator(`main form input[name="${fact}"][value="${answer}"]`).check();
  }
  if (!anyYes && facts.some((fact) => answerFor(answers, fact) === "no")) {
    await page.locator("main form input[type=checkbox][value=none]").check();
  }
  return facts;
}

/** Presses Continue and waits for the address to move on. */
export async function pressContinue(page, lang = "zh") {
  const before = page.url();
  await page.getByRole("button", { name: text(lang, "q.continue"), exact: true }).click();
  await expect(page, "Continue moves to another screen").not.toHaveURL(before);
}

/**
 * Answers every page the app shows, from `answers` ({ fact_key: answer id })
 * or the defaults, until the check page (or, with `until`, until a page that
 * asks that fact is on screen, unanswered). Checks on the way that each page
 * is numbered in turn (after `answeredBefore` earlier pages) and that "at
 * most M more" never undercounts. Returns the facts asked, in order; its
 * `pages` property lists the pages.
 */
export async function answerInterview(page, answers, { lang = "zh", until = null, answeredBefore = 0 } = {}) {
  const asked = [];
  const pages = [];
  const promises = [];
  for (;;) {
    await expect(page).toHaveURL(/#\/(q\/\w+|check)$/);
    const id = currentPageId(page);
    if (id === null) break;
    await expect(page.locator("main form legend h1")).toBeVisible();
    const facts = await pageFacts(page);
    if (until !== null && facts.includes(until)) break;
    expect(pages, `page ${id} is asked only once`).not.toContain(id);
    // The legend is the progress line and the page's heading.
    const number = answeredBefore + pages.length + 1;
    const progress = progressPattern(lang, String(number));
    const legend = page.locator("main form legend").first();
    await expect(legend, `page ${id} is number ${number}`).toHaveText(
      new RegExp(`^${progress}${literal(pageTitle(lang, id, facts))}$`),
    );
    promises.push(Number(new RegExp(progress).exec(await legend.textContent())[1]));
    pages.push(id);
    asked.push(...(await fillPage(page, answers, lang)));
    await pressContinue(page, lang);
  }
  asked.pages = pages;
  if (until !== null) {
    await expectQuestion(page, until, lang);
    return asked;
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, "check.heading"));
  // The progress line never lies: after page i, at most M_i more followed.
  promises.forEach((atMostMore, index) => {
    expect(pages.length - index - 1, `"at most ${atMostMore} more" at ${pages[index]}`).toBeLessThanOrEqual(atMostMore);
  });
  for (const key of Object.keys(answers)) {
    expect(asked, `the journey's answer to ${key} was asked for`).toContain(key);
  }
  return asked;
}

/** Every `skillcheck.*` entry in local and session storage (empty when nothing is stored). */
export function storedEntries(page) {
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((storage) =>
      Object.keys(storage)
        .filter((key) => key.startsWith("skillcheck."))
        .map((key) => `${key}=${storage.getItem(key)}`),
    ),
  );
}

/** Ticks "remember my answers on this device". */
export async function remember(page, lang = "zh") {
  const box = page.getByRole("checkbox", { name: text(lang, "privacy.remember") });
  await box.check();
  await expect(box).toBeChecked();
}

/** From the check page, to the results. */
export async function seeResults(page, lang = "zh") {
  await page.getByRole("button", { name: text(lang, "check.submit"), exact: true }).click();
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, "results.heading"));
  // The page draws the benefits one can get first and the rest once that is
  // painted: wait for the whole page (its last part, the actions).
  await expect(page.locator("main .actions")).toBeVisible();
}

/**
 * The heading of the results group for one status, as a pattern, from the
 * `results.group` template ("{heading}（{n}）", "{heading} ({n})"): after the
 * plan period (the device's date is later than 2021-12-31) the groups say what
 * the plan's text says ("按方案原文，您符合条件") instead of "您可以享受".
 */
function groupHeading(status, lang, count = null) {
  const words = [text(lang, `results.${status}`)];
  if (TEXT[lang].has(`results.${status}_ended`)) words.push(text(lang, `results.${status}_ended`));
  const heading = `(?:${words.map(literal).join("|")})`;
  return new RegExp(
    `^${literal(text(lang, "results.group"))
      .replace("\\{heading\\}", heading)
      .replace("\\{n\\}", count === null ? "\\d+" : String(count))}$`,
  );
}

/** The section of the results for one status: eligible, unknown or not_eligible. */
export function resultGroup(page, status, lang = "zh") {
  return page.getByRole("region", { name: groupHeading(status, lang) });
}

/** The results show exactly these benefits (by name, in the plan's order) in each group. */
export async function expectGroups(page, groups, lang = "zh") {
  for (const status of ["eligible", "unknown", "not_eligible"]) {
    const names = groups[status] ?? [];
    const group = resultGroup(page, status, lang);
    if (names.length === 0) {
      // A group with nothing in it is not shown.
      await expect(group, `no ${status} group`).toHaveCount(0);
      continue;
    }
    await expect(group.getByRole("heading", { level: 2 })).toHaveText(groupHeading(status, lang, names.length));
    await expect(group.getByRole("heading", { level: 3 }), `benefits in ${status}`).toHaveText(names);
  }
}

/** The entry of one benefit on the results screen, by its name. */
export function benefit(page, name) {
  return page.getByRole("article", { name, exact: true });
}

/**
 * The entry of one benefit with its details open (the why, the clauses, what
 * to confirm and the change that would help are rendered only while open).
 */
export async function benefitDetails(page, name) {
  const entry = benefit(page, name);
  const details = entry.locator("details.more");
  if (!(await details.evaluate((element) => element.open))) {
    await details.locator("summary").click();
  }
  await expect(details.locator(".details-body")).toBeVisible();
  return entry;
}

/**
 * The page's full height (document.documentElement.scrollHeight) with every
 * entry laid out: entries off screen are laid out only once near
 * (content-visibility: auto) and count at a guessed height until then.
 */
export function laidOutHeight(page) {
  return page.evaluate(() => {
    for (const element of document.querySelectorAll("main *")) {
      if (getComputedStyle(element).contentVisibility === "auto") element.style.contentVisibility = "visible";
    }
    return document.documentElement.scrollHeight;
  });
}

/** Records how many questions a journey asked, in the report and on the console. */
export function recordQuestionCount(name, asked) {
  const line = `asked ${asked.length} of ${TOTAL_QUESTIONS} questions on ${asked.pages?.length ?? "?"} pages`;
  test.info().annotations.push({ type: "questions asked", description: `${line}: ${asked.join(", ")}` });
  console.log(`journey ${name}: ${line}`);
}

/** An axe scan of the page: the violations, in a readable shape (empty when clean). */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary}`),
  }));
}

/** How far the page scrolls sideways (0 when nothing is wider than the screen). */
export function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Every visible tap target in the header and main content shorter than
 * `minimum` pixels: links, buttons, disclosure summaries, selects, text
 * fields, and each radio option (its label and input together).
 */
export function smallTargets(page, minimum) {
  return page
    .locator(
      "header a, header button, main a, main button, main summary, main select, main input:not([type=radio]):not([type=checkbox]), main .radio, main .checkbox",
    )
    .evaluateAll(
      (elements, minimum) =>
        elements
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => ({
            target: `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 24)}"`,
            height: Math.round(element.getBoundingClientRect().height),
          }))
          .filter((target) => target.height < minimum),
      minimum,
    );
}

/**
 * Opens the results' share section (a disclosure, closed by default except at
 * a kiosk) in a page or a frame; returns the section.
 */
export async function openShare(scope) {
  const details = scope.locator("details.share-details");
  if (!(await details.evaluate((element) => element.open))) {
    await details.locator("summary").click();
  }
  await expect(details.locator("svg.qr")).toBeVisible();
  return details;
}
