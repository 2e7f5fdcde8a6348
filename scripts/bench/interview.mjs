#!/usr/bin/env node
// Drives one whole interview in Chromium with the CPU slowed 4x (DevTools
// Emulation.setCPUThrottlingRate) and measures the main-thread time each
// answer costs, then the JS heap on the results page.
//
//   node scripts/bench/interview.mjs http://127.0.0.1:PORT/   # prints the figures as JSON
//
// scripts/bench/run.mjs imports `measureInterview`.
//
// What "main-thread time per answer" is: the summed duration of the page's
// main-thread tasks (Chromium's top-level "RunTask" trace events: input
// events, script and WebAssembly, style, layout, paint, and Chromium's own
// housekeeping) that start and end inside two windows: from a tap on an
// option until the page has been idle for a while, and from a tap on Continue
// until the next question is on screen and the page has been idle for a
// while. Wall-clock time under the 4x slowdown, so a slow phone's figure, not
// this machine's. Each window is bounded by performance.mark() calls and
// holds nothing but the DevTools touch events of the tap (no Playwright
// script and no DevTools query runs in the page while a window is open); an
// idle window as long as an answer's two (`idleBaselineMs`) shows what the
// page does when nobody touches it. The longest single task of each answer is
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
// The person answers "yes" to the Wulong question (otherwise nothing else is
// asked) and "not sure" (or "not decided yet") to everything else, which keeps
// every outcome open and so asks the most questions. Options and buttons are
// found by role and by the app's own text (src/locales via e2e/support.mjs),
// as the end-to-end tests do, so new controls on a page do not disturb it.

import { writeFile } from "node:fs/promises";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { text } from "../../e2e/support.mjs";

const LANG = "zh";
const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen (Moto G Power), so layout work matches the page-load figures. */
const SCREEN = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** The answers that are not "not sure", by fact key. */
const ANSWERS = { wulong_tie: text(LANG, "q.yes") };
/** The answer to every other question: the first of these it offers (else its first option). */
const FALLBACK_ANSWERS = [text(LANG, "q.not_sure"), text(LANG, "q.planned.undecided")];
/** How long a window stays open after its tap (ms): the work must end well before. */
const SETTLE_MS = { option: 500, next: 900, results: 2500 };
/**
 * A window whose last task of over NOTABLE_TASK_MS ends less than
 * QUIET_TAIL_MS before it closes may have cut work off. (Chromium runs tiny
 * housekeeping tasks every 50 ms even on an idle page; they count in the
 * figures but do not mean the page is busy.)
 */
const QUIET_TAIL_MS = 200;
const NOTABLE_TASK_MS = 2;
const MAX_SCREENS = 80;
const TRACE_CATEGORIES = ["toplevel", "blink.user_timing"];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The fact key of the question on screen, or null. */
function questionKey(page) {
  const match = /#\/q\/(\w+)$/.exec(page.url());
  return match ? match[1] : null;
}

/** The radio button to choose for question `key`, and its label. */
async function optionFor(page, key) {
  const form = page.locator("main form");
  const wanted = ANSWERS[key] ? [ANSWERS[key]] : FALLBACK_ANSWERS;
  for (const label of wanted) {
    const radio = form.getByRole("radio", { name: label, exact: true });
    if ((await radio.count()) === 1) return { radio, label };
  }
  const radio = form.getByRole("radio").first();
  return { radio, label: (await radio.evaluate((input) => input.labels?.[0]?.textContent ?? input.value)).trim() };
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

/**
 * Runs the interview against the app at `origin` and returns
 * { answers: [{ key, label, busyMs, longestMs, ... }], start, results,
 *   idleBaselineMs, floors: { static, bare } (see measureFloors),
 *   heap: { jsHeapUsed, jsHeapTotal, wasmMemory, nodes }, warnings }.
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

    const asked = [];
    for (let screen = 0; screen < MAX_SCREENS; screen += 1) {
      const key = questionKey(page);
      if (key === null) break;
      const { radio, label } = await optionFor(page, key);
      windows.push(await timedWindow(page, `option-${asked.length}`, await tapPoint(radio), SETTLE_MS.option));
      if (!(await radio.isChecked())) throw new Error(`question ${key}: tapping "${label}" did not select it`);
      const continueButton = page.getByRole("button", { name: text(LANG, "q.continue"), exact: true });
      windows.push(await timedWindow(page, `next-${asked.length}`, await tapPoint(continueButton), SETTLE_MS.next));
      if (questionKey(page) === key) throw new Error(`question ${key}: Continue did not move on`);
      asked.push({ key, label });
      log(`  answered ${asked.length}: ${key} = ${label}`);
    }
    if (asked.length === 0) throw new Error(`no question was asked; the page is at ${page.url()}`);

    // "Check your answers", then the results.
    const submit = page.getByRole("button", { name: text(LANG, "check.submit"), exact: true });
    await submit.waitFor();
    windows.push(await timedWindow(page, "results", await tapPoint(submit), SETTLE_MS.results));
    await page.getByRole("heading", { level: 1, name: text(LANG, "results.heading"), exact: true }).waitFor();
    const traceBytes = await browser.stopTracing();
    if (traceFile) await writeFile(traceFile, traceBytes);
    const trace = JSON.parse(traceBytes.toString("utf8"));
    const measured = windowsFromTrace(trace, windows);

    await cdp.send("Performance.enable");
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    const heap = {
      jsHeapUsed: metric.JSHeapUsedSize,
      jsHeapTotal: metric.JSHeapTotalSize,
      wasmMemory: await wasmMemoryBytes(cdp),
      nodes: metric.Nodes,
    };

    const answers = asked.map(({ key, label }, index) => {
      const option = measured[`option-${index}`];
      const next = measured[`next-${index}`];
      return {
        key,
        label,
        busyMs: option.busyMs + next.busyMs,
        cpuMs: option.cpuMs + next.cpuMs,
        longestMs: Math.max(option.longestMs, next.longestMs),
        optionMs: option.busyMs,
        continueMs: next.busyMs,
      };
    });
    const warnings = windows
      .filter((name) => name !== "idle" && measured[name].quietTailMs < QUIET_TAIL_MS)
      .map((name) => `window ${name}: the page was still busy ${measured[name].quietTailMs.toFixed(0)} ms before it closed; its figure may be low`);
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      screen: SCREEN,
      settleMs: SETTLE_MS,
      answers,
      start: measured.start,
      results: measured.results,
      idleBaselineMs: measured.idle.busyMs,
      floors,
      heap,
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
