#!/usr/bin/env node
// Drives one whole interview in Chromium with the CPU slowed 4x (DevTools
// Emulation.setCPUThrottlingRate) and measures the main-thread time each tap
// costs: every answer on every page, each Continue, "see results", opening
// one benefit's details and switching language on the results page; then the
// DOM nodes and JS heap after "see results", and, in a run of its own, the
// results page height of issue 13's rural 两后生 at 360 px in Chinese.
//
//   node scripts/bench/interview.mjs http://127.0.0.1:PORT/   # prints the figures as JSON
//
// scripts/bench/run.mjs imports `measureInterview`.
//
// What "main-thread time per tap" is: the summed duration of the page's
// main-thread tasks (Chromium's top-level "RunTask" trace events: input
// events, script and WebAssembly, style, layout, paint, and Chromium's own
// housekeeping) that start and end inside the tap's window: from the tap
// until the page has been idle for a while (after Continue, the next page is
// on screen). Wall-clock time under the 4x slowdown, so a slow phone's figure, not
// this machine's. Each window is bounded by performance.mark() calls and
// holds nothing but the DevTools touch events of the tap (no Playwright
// script and no DevTools query runs in the page while a window is open); an
// idle window as long as an option's and a Continue's (`idleBaselineMs`) shows what the
// page does when nobody touches it. The longest single task of each tap is
// reported too: that is what a person feels as a stall. Beside the wall-clock
// time, the main thread's CPU time in the same tasks: it includes the 4x
// slowdown (Chromium throttles by busy-waiting on the thread) but not time
// the thread waited while other processes held the CPU, so on a busy machine
// it is the steadier figure; on a quiet one the two agree.
//
// The same two taps are also measured, in the same browser at the same
// slowdown, on two pages without the app (`measureFloors`): the first
// question as static HTML (the app's own markup and stylesheet, its scripts
// removed) and a bare HTML form (a heading, two radio buttons and a button,
// no stylesheet). They show what Chromium spends on a tap whatever the page's
// code does, so the report can say which part of an answer's time is the
// app's own.
//
// The pages are answered through the answer contract (ARCHITECTURE.md): every
// answer control is a radio or checkbox whose name is the fact key and value
// the answer id; a checklist's "none of these" box has the value "none" and the
// page id as its name. The person answers "yes" to the Wulong question
// (otherwise nothing else is asked) and "not sure" to everything that offers
// it, which keeps every outcome open and so shows the most pages: on a
// checklist one tap on each item's "not sure" (and "none of these" for an item
// without it), on a single question its "not sure" radio (a certificate
// question without one: "none"). Each tap is one "option" window, each
// Continue one "next" window. Buttons are found by role and the app's own text
// (src/locales via e2e/support.mjs).

import { writeFile } from "node:fs/promises";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { laidOutHeight, text } from "../../e2e/support.mjs";

const LANG = "zh";
const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen (Moto G Power), so layout work matches the page-load figures. */
const SCREEN = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** The benchmark's person: "yes" to the Wulong question (otherwise nothing else is asked), by answer id. */
const ANSWERS = { wulong_tie: "yes" };
/**
 * Every other fact: "not sure" where it is offered, which keeps every outcome
 * open and so asks the most; else "none" (the certificate question without
 * "not sure"); an item with neither (`woman`) is left for "none of these".
 */
const FALLBACK_ANSWERS = () => ["not_sure", "none"];
/** The rural 两后生 of issue 13, whose results page height is reported. */
const RURAL_SCHOOL_LEAVER = { wulong_tie: "yes", school_leaver: "yes", hukou: "rural" };
/** Everything else the plain "no" ("none of these" on a checklist), as e2e/support.mjs's DEFAULT_ANSWERS. */
const PLAIN_ANSWERS = { employer_kind: "none", sector: "other", hukou: "urban", certificates_this_year: "none", planned_certificate: "not_sure" };
const plainAnswer = (fact) => [PLAIN_ANSWERS[fact] ?? "no"];
/** The phone of issue 13's results-height target. */
const NARROW_SCREEN = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** How long a window stays open after its tap (ms): the work must end well before. */
const SETTLE_MS = { option: 500, next: 1200, results: 2500, details: 700, language: 1500 };
/**
 * A window whose last task of over NOTABLE_TASK_MS ends less than
 * QUIET_TAIL_MS before it closes may have cut work off. (Chromium runs tiny
 * housekeeping tasks every 50 ms even on an idle page; they count in the
 * figures but do not mean the page is busy.)
 */
const QUIET_TAIL_MS = 200;
const NOTABLE_TASK_MS = 2;
const MAX_PAGES = 30;
const TRACE_CATEGORIES = ["toplevel", "blink.user_timing"];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The id of the interview page on screen (`#/q/<page id>`), or null on any other screen. */
function currentPageId(page) {
  const match = /#\/q\/(\w+)$/.exec(page.url());
  return match ? match[1] : null;
}

/** The facts the page on screen asks, in order: the names of its answer controls (the answer contract). */
function pageFacts(page, pageId) {
  return page
    .locator("main form input[type=radio], main form input[type=checkbox]")
    .evaluateAll(
      (inputs, pageId) => [
        ...new Set(
          inputs
            // Not a checklist's "none of these" box (a single question's page id may be its fact key).
            .filter((input) => !(input.type === "checkbox" && input.value === "none" && input.name === pageId))
            .map((input) => input.name),
        ),
      ],
      pageId,
    );
}

/** A checklist page has a "none of these" box (value "none", named after the page). */
async function isChecklist(page, pageId) {
  return (await page.locator(`main form input[type=checkbox][name="${pageId}"][value="none"]`).count()) > 0;
}

/** The answer control for `fact` with answer id `value`, if the page has exactly one. */
async function control(page, fact, value) {
  const input = page.locator(`main form input[name="${fact}"][value="${value}"]`);
  return (await input.count()) === 1 ? input : null;
}

/**
 * The taps that answer the page on screen, by the answer contract: [{ fact,
 * answer, input }]. For `answers` ({ fact: answer id }) and `fallback(fact)`
 * (the answer ids to try in turn for any other fact), on a checklist one tap
 * per item whose answer is not "no" (nothing to tick), then "none of these"
 * when an item is left unticked and no item is "yes"; on a single-question
 * page one tap on the first offered answer id (else its first radio).
 */
async function tapsForPage(page, pageId, answers, fallback) {
  const facts = await pageFacts(page, pageId);
  const wanted = (fact) => (answers[fact] ? [answers[fact]] : fallback(fact));
  const taps = [];
  if (await isChecklist(page, pageId)) {
    let anyYes = false;
    let anyUnticked = false;
    for (const fact of facts) {
      let chosen = null;
      for (const answer of wanted(fact)) {
        if (answer === "no") break; // "no" on a checklist is an unticked item
        const input = await control(page, fact, answer);
        if (input) {
          chosen = { fact, answer, input };
          break;
        }
      }
      if (chosen) taps.push(chosen);
      else anyUnticked = true;
      anyYes ||= chosen?.answer === "yes";
    }
    if (anyUnticked && !anyYes) taps.push({ fact: pageId, answer: "none", input: await control(page, pageId, "none") });
    return { facts, checklist: true, taps };
  }
  const fact = facts[0];
  for (const answer of wanted(fact)) {
    const input = await control(page, fact, answer);
    if (input) return { facts, checklist: false, taps: [{ fact, answer, input }] };
  }
  const input = page.locator(`main form input[type=radio][name="${fact}"]`).first();
  return { facts, checklist: false, taps: [{ fact, answer: await input.getAttribute("value"), input }] };
}

/** Scrolls `locator` into view and returns the centre of what a person would tap (a radio's label). */
async function tapPoint(locator) {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const rect = (element.labels?.[0] ?? element).getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

/**
 * One measured window: marks its start, taps at `point` (nothing if null),
 * waits `settleMs`, marks its end. The marks are read back from the trace.
 */
async function timedWindow(page, name, point, settleMs) {
  await sleep(150); // let the work of finding the target (scrolling) finish outside the window
  await page.evaluate((mark) => performance.mark(mark), `bench:${name}:start`);
  if (point !== null) await page.touchscreen.tap(point.x, point.y);
  await sleep(settleMs);
  await page.evaluate((mark) => performance.mark(mark), `bench:${name}:end`);
  return name;
}

/** A bare HTML form: the least a page can be and still take an answer. */
const BARE_FORM = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bare</title></head>
<body><main><h1>问题</h1><form><label><input type="radio" name="a" value="1"> 是</label>
<label><input type="radio" name="a" value="2"> 否</label>
<button type="button">继续</button></form></main></body></html>`;

/**
 * The page as static HTML: its markup and stylesheet without any script, and
 * the form's submit buttons made plain buttons (a static form would otherwise
 * load a new page).
 */
function staticCopy(page) {
  return page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    root.querySelectorAll("script, link[rel=modulepreload], link[rel=preload]").forEach((element) => element.remove());
    root.querySelectorAll("button[type=submit]").forEach((button) => button.setAttribute("type", "button"));
    return `<!doctype html>${root.outerHTML}`;
  });
}

/** The app's first question as static HTML (see staticCopy), from a context of its own. */
async function firstQuestionAsStaticHtml(browser, origin) {
  const context = await browser.newContext(SCREEN);
  try {
    const page = await context.newPage();
    await page.goto(new URL("/", origin).href, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: text(LANG, "start.button"), exact: true }).click();
    await page.locator("main form input[type=radio]").first().waitFor();
    return await staticCopy(page);
  } finally {
    await context.close();
  }
}

/**
 * Main-thread time of an option tap plus a Continue tap on pages without the
 * app: `{ name: [{ optionMs, continueMs, busyMs, cpuMs }] }` for `pages`
 * ({ name: html }), each served at `origin` (so the stylesheet loads) with no
 * service worker, `rounds` answers each, alternating between the first two
 * radio buttons so that every tap changes the choice.
 */
async function measureFloors(browser, origin, pages, rounds = 8) {
  const context = await browser.newContext({ ...SCREEN, serviceWorkers: "block" });
  try {
    const result = {};
    for (const [name, html] of Object.entries(pages)) {
      const address = new URL(`/bench-floor-${name}.html`, origin).href;
      await context.route(address, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(address, { waitUntil: "networkidle" });
      await sleep(500);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const windows = [];
      const radios = page.locator("form input[type=radio]");
      const button = page.locator("form button").last();
      for (let round = 0; round < rounds; round += 1) {
        windows.push(await timedWindow(page, `option-${round}`, await tapPoint(radios.nth(round % 2)), SETTLE_MS.option));
        windows.push(await timedWindow(page, `next-${round}`, await tapPoint(button), SETTLE_MS.next));
      }
      const measured = windowsFromTrace(JSON.parse((await browser.stopTracing()).toString("utf8")), windows);
      result[name] = Array.from({ length: rounds }, (_, round) => {
        const option = measured[`option-${round}`];
        const next = measured[`next-${round}`];
        return {
          optionMs: option.busyMs,
          continueMs: next.busyMs,
          busyMs: option.busyMs + next.busyMs,
          cpuMs: option.cpuMs + next.cpuMs,
        };
      });
      await page.close();
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * "查看结果" without the app: the check page as static HTML (see staticCopy),
 * whose submit button, when tapped, puts the results page's markup (as the
 * app left it, disclosures closed) in place of the check page's <main>, then
 * focuses the heading and scrolls to the top, as the app does; no app script
 * runs. What Chromium spends to show that page from markup alone is the floor
 * under the app's "查看结果". The results' markup is parsed into a template
 * before the window opens, so the window holds the tap, the insertion, style,
 * layout and paint. Each round is a fresh context, so the results' text is
 * laid out for the first time, as in the app. { rounds: [window figures] }.
 */
async function measureResultsFloor(browser, origin, checkHtml, resultsMain, rounds = 3) {
  const result = [];
  for (let round = 0; round < rounds; round += 1) {
    const context = await browser.newContext({ ...SCREEN, serviceWorkers: "block" });
    try {
      const address = new URL("/bench-floor-results.html", origin).href;
      await context.route(address, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: checkHtml }));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(address, { waitUntil: "networkidle" });
      const submit = page.getByRole("button", { name: text(LANG, "check.submit"), exact: true });
      await submit.evaluate((button, markup) => {
        const template = document.createElement("template");
        template.innerHTML = markup;
        button.addEventListener("click", (event) => {
          event.preventDefault();
          document.querySelector("main").replaceWith(template.content.cloneNode(true));
          document.getElementById("main-heading")?.focus();
          window.scrollTo(0, 0);
        }, { once: true });
      }, resultsMain);
      const point = await tapPoint(submit);
      await sleep(500);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await timedWindow(page, "results", point, SETTLE_MS.results);
      const measured = windowsFromTrace(JSON.parse((await browser.stopTracing()).toString("utf8")), ["results"]);
      if ((await page.locator("main h1#main-heading").count()) !== 1) throw new Error("the static results floor did not show the results' markup");
      result.push(measured.results);
    } finally {
      await context.close();
    }
  }
  return result;
}

/** Bytes of every WebAssembly.Memory in the page (found through the heap: wasm-bindgen keeps it private). */
async function wasmMemoryBytes(cdp) {
  try {
    const { result: prototype } = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
    const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: prototype.objectId });
    const { result } = await cdp.send("Runtime.callFunctionOn", {
      objectId: objects.objectId,
      functionDeclaration: "function () { return this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0); }",
      returnByValue: true,
    });
    return result.value;
  } catch {
    return null;
  }
}

/**
 * Main-thread tasks of each window in a Chrome trace: { name: { busyMs,
 * cpuMs, longestMs, tasks, quietTailMs } }. The page's main thread is the
 * one that recorded the marks; a task counts when it starts after the start
 * mark's task and ends before the end mark's task. busyMs is wall-clock time
 * (`dur`); cpuMs is the thread's CPU time in the same tasks (`tdur`), which
 * includes the slowdown (Chromium throttles by busy-waiting on the thread)
 * but not time spent waiting for a CPU that other processes held.
 */
export function windowsFromTrace(trace, names) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const marks = new Map();
  for (const event of events) {
    if (event.cat === "blink.user_timing" && event.name?.startsWith("bench:") && !marks.has(event.name)) {
      marks.set(event.name, event);
    }
  }
  const anyMark = marks.values().next().value;
  if (!anyMark) throw new Error("the trace holds no bench: marks");
  const { pid, tid } = anyMark;
  // Top-level tasks of that thread, outermost only, in time order.
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask"))
    .sort((a, b) => a.ts - b.ts);
  const outer = [];
  for (const task of tasks) {
    const last = outer[outer.length - 1];
    if (last && task.ts < last.ts + last.dur) continue;
    outer.push(task);
  }
  const result = {};
  for (const name of names) {
    const start = marks.get(`bench:${name}:start`);
    const end = marks.get(`bench:${name}:end`);
    if (!start || !end) throw new Error(`the trace has no marks for window ${name}`);
    // Strictly between the marks: the tasks that hold the marks are the marking, not the page's work.
    const inside = outer.filter((task) => task.ts > start.ts && task.ts + task.dur < end.ts);
    const busy = inside.reduce((sum, task) => sum + task.dur, 0) / 1000;
    const cpu = inside.reduce((sum, task) => sum + (task.tdur ?? task.dur), 0) / 1000;
    const longest = inside.reduce((max, task) => Math.max(max, task.dur), 0) / 1000;
    const lastEnd = Math.max(start.ts, ...inside.filter((task) => task.dur > NOTABLE_TASK_MS * 1000).map((task) => task.ts + task.dur));
    result[name] = { busyMs: busy, cpuMs: cpu, longestMs: longest, tasks: inside.length, quietTailMs: (end.ts - lastEnd) / 1000 };
  }
  return result;
}

/** DOM nodes in the page: Chromium's count (text nodes and any not yet collected included) and the elements in the document. */
async function domNodes(page, cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return {
    nodes: metrics.find((metric) => metric.name === "Nodes")?.value ?? null,
    elements: await page.evaluate(() => document.getElementsByTagName("*").length),
  };
}

/**
 * The results page height (document.documentElement.scrollHeight) of the
 * rural 两后生 (RURAL_SCHOOL_LEAVER, everything else the plain "no") at 360 px
 * wide in Chinese, disclosures as the page opens them; in a context of its
 * own, without CPU slowdown (nothing is timed).
 */
async function measureResultsHeight(browser, origin) {
  const context = await browser.newContext({ ...NARROW_SCREEN, serviceWorkers: "block", locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await page.goto(new URL("/", origin).href, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: text(LANG, "start.button"), exact: true }).click();
    const pages = [];
    for (let pageNumber = 0; pageNumber < MAX_PAGES; pageNumber += 1) {
      await page.waitForURL(/#\/(q\/\w+|check)$/);
      const pageId = currentPageId(page);
      if (pageId === null) break;
      await page.locator("main form legend h1").waitFor();
      const { taps } = await tapsForPage(page, pageId, RURAL_SCHOOL_LEAVER, plainAnswer);
      for (const { input } of taps) await input.check();
      const before = page.url();
      await page.getByRole("button", { name: text(LANG, "q.continue"), exact: true }).click();
      await page.waitForURL((url) => url.href !== before);
      pages.push(`${pageId}: ${taps.map((t) => `${t.fact}=${t.answer}`).join(", ")}`);
    }
    await page.getByRole("button", { name: text(LANG, "check.submit"), exact: true }).click();
    await page.getByRole("heading", { level: 1, name: text(LANG, "results.heading"), exact: true }).waitFor();
    await sleep(500);
    const openDetails = await page.locator("details[open]").count();
    const scrollHeight = await laidOutHeight(page);
    return { scrollHeight, openDetails, width: NARROW_SCREEN.viewport.width, pages };
  } finally {
    await context.close();
  }
}

/**
 * Runs the interview against the app at `origin` and returns
 * { pages: [{ id, facts, checklist, taps }], taps: [{ kind: "option"|"next",
 *   page, fact, answer, busyMs, cpuMs, longestMs }], start, results,
 *   details, language (windows: { busyMs, cpuMs, longestMs, tasks, ... }),
 *   idleBaselineMs, floors: { static, bare } (see measureFloors) and
 *   results (see measureResultsFloor),
 *   heap: { jsHeapUsed, jsHeapTotal, wasmMemory, nodes, elements } (right
 *   after "see results"), resultsHeight (see measureResultsHeight), warnings }.
 * With `traceFile`, the Chrome trace is written there (DevTools' Performance
 * panel opens it).
 */
export async function measureInterview(origin, { log = () => {}, traceFile = null } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    // The floors first, in a context of their own, while the browser has done
    // nothing else yet (measured after the interview, they came out higher).
    log("  the same taps without the app (the first question as static HTML, a bare form)");
    const floors = await measureFloors(browser, origin, { static: await firstQuestionAsStaticHtml(browser, origin), bare: BARE_FORM });

    const context = await browser.newContext(SCREEN);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(new URL("/", origin).href, { waitUntil: "networkidle" });
    const startButton = page.getByRole("button", { name: text(LANG, "start.button"), exact: true });
    await startButton.waitFor();
    await sleep(1000); // the app has started, the service worker installs, the load settles
    // The page load is Lighthouse's business: slow the CPU down only from here.
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });

    const windows = [];
    // What the page does on its own in a window as long as an answer's two.
    windows.push(await timedWindow(page, "idle", null, SETTLE_MS.option + SETTLE_MS.next));
    windows.push(await timedWindow(page, "start", await tapPoint(startButton), SETTLE_MS.next));

    // Each page: one "option" window per tap, then one "next" window for Continue.
    const taps = [];
    const pages = [];
    for (let pageNumber = 0; pageNumber < MAX_PAGES; pageNumber += 1) {
      const pageId = currentPageId(page);
      if (pageId === null) break;
      const { facts, checklist, taps: planned } = await tapsForPage(page, pageId, ANSWERS, FALLBACK_ANSWERS);
      for (const { fact, answer, input } of planned) {
        const name = `option-${taps.length}`;
        windows.push(await timedWindow(page, name, await tapPoint(input), SETTLE_MS.option));
        if (!(await input.isChecked())) throw new Error(`page ${pageId}: tapping ${fact}=${answer} did not tick it`);
        taps.push({ window: name, kind: "option", page: pageId, fact, answer });
      }
      const continueButton = page.getByRole("button", { name: text(LANG, "q.continue"), exact: true });
      const name = `next-${pages.length}`;
      const before = page.url();
      windows.push(await timedWindow(page, name, await tapPoint(continueButton), SETTLE_MS.next));
      if (page.url() === before) throw new Error(`page ${pageId}: Continue did not move on (answers ${planned.map((t) => `${t.fact}=${t.answer}`).join(", ")})`);
      taps.push({ window: name, kind: "next", page: pageId, fact: null, answer: "Continue" });
      pages.push({ id: pageId, facts, checklist, taps: planned.length });
      log(`  page ${pages.length}: ${pageId} (${facts.length} facts): ${planned.map((t) => `${t.fact}=${t.answer}`).join(", ")}`);
    }
    if (pages.length === 0) throw new Error(`no question page was shown; the page is at ${page.url()}`);

    // "Check your answers", then the results.
    const submit = page.getByRole("button", { name: text(LANG, "check.submit"), exact: true });
    await submit.waitFor();
    const checkHtml = await staticCopy(page);
    windows.push(await timedWindow(page, "results", await tapPoint(submit), SETTLE_MS.results));
    await page.getByRole("heading", { level: 1, name: text(LANG, "results.heading"), exact: true }).waitFor();

    // What "see results" left: DOM nodes (Chromium's count, text nodes included; and elements), the heap after GC.
    await cdp.send("Performance.enable");
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const nodesAfterResults = await domNodes(page, cdp);
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    const heap = {
      jsHeapUsed: metric.JSHeapUsedSize,
      jsHeapTotal: metric.JSHeapTotalSize,
      wasmMemory: await wasmMemoryBytes(cdp),
      nodes: nodesAfterResults.nodes,
      elements: nodesAfterResults.elements,
    };
    await sleep(500);
    // The results' markup as the app left it, for the floor under "查看结果" (measureResultsFloor).
    const resultsMain = await page.evaluate(() => document.querySelector("main").outerHTML);

    // On the results page: one benefit's details, then the other language.
    const summary = page.locator("article.benefit details.more summary").first();
    const benefitName = await page.locator("article.benefit").first().getAttribute("data-benefit");
    windows.push(await timedWindow(page, "details", await tapPoint(summary), SETTLE_MS.details));
    if (!(await page.locator("article.benefit details.more").first().evaluate((details) => details.open))) {
      throw new Error("tapping the first benefit's details summary did not open it");
    }
    const languageButton = page.getByRole("button", { name: text(LANG, "nav.language_label"), exact: true });
    windows.push(await timedWindow(page, "language", await tapPoint(languageButton), SETTLE_MS.language));
    await page.getByRole("heading", { level: 1, name: text("en", "results.heading"), exact: true }).waitFor();

    const traceBytes = await browser.stopTracing();
    if (traceFile) await writeFile(traceFile, traceBytes);
    const trace = JSON.parse(traceBytes.toString("utf8"));
    const measured = windowsFromTrace(trace, windows);
    await context.close();

    log("  \"查看结果\" on static HTML: the check page's markup, the tap swaps in the results' markup");
    const resultsFloor = await measureResultsFloor(browser, origin, checkHtml, resultsMain);

    log("  the rural 两后生's results page at 360 px, in Chinese");
    const resultsHeight = await measureResultsHeight(browser, origin);

    const tapFigures = taps.map(({ window, ...tap }) => {
      const figures = measured[window];
      return { ...tap, busyMs: figures.busyMs, cpuMs: figures.cpuMs, longestMs: figures.longestMs };
    });
    const warnings = windows
      .filter((name) => name !== "idle" && measured[name].quietTailMs < QUIET_TAIL_MS)
      .map((name) => `window ${name}: the page was still busy ${measured[name].quietTailMs.toFixed(0)} ms before it closed; its figure may be low`);
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      screen: SCREEN,
      settleMs: SETTLE_MS,
      pages,
      taps: tapFigures,
      start: measured.start,
      results: measured.results,
      details: { ...measured.details, benefit: benefitName },
      language: measured.language,
      idleBaselineMs: measured.idle.busyMs,
      floors: { ...floors, results: resultsFloor },
      heap,
      resultsHeight,
      warnings,
    };
  } finally {
    await browser.close();
  }
}

// Run on its own: print the figures.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const origin = process.argv[2];
  if (!origin) {
    console.error("usage: node scripts/bench/interview.mjs http://127.0.0.1:PORT/");
    process.exit(2);
  }
  const result = await measureInterview(origin, { log: (line) => console.error(line) });
  console.log(JSON.stringify(result, null, 2));
}
