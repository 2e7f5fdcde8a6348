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

/** How many questions the interview has in all: one title per fact (28). */
export const TOTAL_QUESTIONS = [...TEXT.zh.keys()].filter((key) => /^q\.\w+\.title$/.test(key)).length;

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

/** The question whose address is `#/q/<key>` is on screen. */
export async function expectQuestion(page, key, lang = "zh") {
  await expect(page).toHaveURL(new RegExp(`#/q/${key}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, `q.${key}.title`));
}

/** The fact key of the question on screen, or null on any other screen. */
export function currentQuestion(page) {
  const match = /#\/q\/(\w+)$/.exec(page.url());
  return match ? match[1] : null;
}

/** "第 N 题（最多还剩 M 题）" as a RegExp source: N as given (or any number), M captured. */
function progressPattern(lang, number = "\\d+") {
  return literal(text(lang, "q.progress"))
    .replace("\\{n\\}", number)
    .replace("\\{m\\}", "(\\d+)");
}

/** Reads "第 N 题（最多还剩 M 题）" (or the English line) into numbers. */
export async function readProgress(page, lang = "zh") {
  const pattern = new RegExp(`^${progressPattern(lang, "(\\d+)")}$`);
  const line = await page.getByText(pattern).textContent();
  const [, number, atMostMore] = pattern.exec(line.trim());
  return { number: Number(number), atMostMore: Number(atMostMore) };
}

/** What a person answers when a journey does not say: the plain "no" of each question. */
export const DEFAULT_ANSWERS = {
  zh: {
    employer_kind: "没有雇主",
    sector: "其他",
    hukou: "城镇户籍",
    certificates_this_year: "今年没有享受过",
    planned_certificate: "还没决定",
    other: "否",
  },
  en: {
    employer_kind: "No employer",
    sector: "Another field",
    hukou: "Urban household registration",
    certificates_this_year: "None this year",
    planned_certificate: "Not decided yet",
    other: "No",
  },
};

/**
 * Fills in the question on screen with `answer`: a radio label such as "是",
 * or for the certificate questions `{ choice, certificates: [{ occupation, level }] }`.
 */
export async function fillAnswer(page, answer, lang = "zh") {
  const form = page.locator("main form");
  const choice = typeof answer === "string" ? answer : answer.choice;
  await form.getByRole("radio", { name: choice, exact: true }).check();
  const certificates = typeof answer === "string" ? [] : (answer.certificates ?? []);
  for (const [index, certificate] of certificates.entries()) {
    if (index > 0) await form.getByRole("button", { name: text(lang, "q.certs.add") }).click();
    await form.getByLabel(text(lang, "q.occupation"), { exact: true }).nth(index).fill(certificate.occupation);
    await form
      .getByLabel(text(lang, "q.level"), { exact: true })
      .nth(index)
      .selectOption({ label: certificate.level });
  }
}

/** Presses Continue and waits for the address to move on. */
export async function pressContinue(page, lang = "zh") {
  const before = page.url();
  await page.getByRole("button", { name: text(lang, "q.continue"), exact: true }).click();
  await expect(page, "Continue moves to another screen").not.toHaveURL(before);
}

/**
 * Answers every question the app asks, from `answers` ({ fact_key: label })
 * or the defaults, until the check page (or, with `until`, until that
 * question is on screen, unanswered). Checks on the way that each question is
 * numbered in turn (after `answeredBefore` earlier answers) and that "at most
 * M more" never undercounts. Returns the fact keys asked, in order.
 */
export async function answerInterview(page, answers, { lang = "zh", until = null, answeredBefore = 0 } = {}) {
  const asked = [];
  const promises = [];
  for (;;) {
    await expect(page).toHaveURL(/#\/(q\/\w+|check)$/);
    const key = currentQuestion(page);
    if (key === null || key === until) break;
    expect(asked, `${key} is asked only once`).not.toContain(key);
    // The legend is the progress line and the question: "第 N 题（最多还剩 M 题）<title>".
    const number = answeredBefore + asked.length + 1;
    const progress = progressPattern(lang, String(number));
    const legend = page.locator("main form legend").first();
    await expect(legend, `question ${key} is number ${number}`).toHaveText(
      new RegExp(`^${progress}${literal(text(lang, `q.${key}.title`))}$`),
    );
    promises.push(Number(new RegExp(progress).exec(await legend.textContent())[1]));
    asked.push(key);
    const defaults = DEFAULT_ANSWERS[lang];
    await fillAnswer(page, answers[key] ?? defaults[key] ?? defaults.other, lang);
    await pressContinue(page, lang);
  }
  if (until !== null) {
    await expectQuestion(page, until, lang);
    return asked;
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, "check.heading"));
  // The progress line never lies: after question i, at most M_i more followed.
  promises.forEach((atMostMore, index) => {
    expect(asked.length - index - 1, `"at most ${atMostMore} more" at ${asked[index]}`).toBeLessThanOrEqual(
      atMostMore,
    );
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
}

/** The section of the results for one status: eligible, unknown or not_eligible. */
export function resultGroup(page, status, lang = "zh") {
  return page.getByRole("region", {
    name: new RegExp(`^${literal(text(lang, `results.${status}`))}（\\d+）$`),
  });
}

/** The results show exactly these benefits (by name, in the plan's order) in each group. */
export async function expectGroups(page, groups, lang = "zh") {
  for (const status of ["eligible", "unknown", "not_eligible"]) {
    const names = groups[status] ?? [];
    const group = resultGroup(page, status, lang);
    await expect(group.getByRole("heading", { level: 2 })).toHaveText(
      `${text(lang, `results.${status}`)}（${names.length}）`,
    );
    await expect(group.getByRole("heading", { level: 3 }), `benefits in ${status}`).toHaveText(names);
  }
}

/** The card of one benefit on the results screen, by its name. */
export function benefit(page, name) {
  return page.getByRole("article", { name, exact: true });
}

/** Records how many questions a journey asked, in the report and on the console. */
export function recordQuestionCount(name, asked) {
  const line = `asked ${asked.length} of ${TOTAL_QUESTIONS} questions`;
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
      "header a, header button, main a, main button, main summary, main select, main input:not([type=radio]), main .radio",
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
