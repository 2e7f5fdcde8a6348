// Writes the start screen into the built index.html (a Trunk post_build hook,
// before make-sw.mjs), so it paints from the HTML alone, before the
// WebAssembly has arrived. The markup mirrors what the app renders for its
// start screen (src/app.rs, src/pages/start.rs), in both languages: each text
// is a pair of spans and early.js shows one of them before the first paint.
// The text comes from src/locales/ and the rule pack's [document] table, the
// same sources the app uses; e2e/first-paint.spec.mjs checks that the app
// takes over with the same text in the same place.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) {
  console.error("make-start: set TRUNK_STAGING_DIR or pass the build folder");
  process.exit(2);
}
const root = new URL("../", import.meta.url);
const MARKER = "<!-- start-screen -->";

/** `key = text` lines, as src/i18n.rs reads them. */
function readLocale(name) {
  const entries = new Map();
  for (const line of readFileSync(new URL(`src/locales/${name}`, root), "utf8").split("\n")) {
    if (line.trimStart().startsWith("#")) continue;
    const at = line.indexOf(" = ");
    if (at > 0) entries.set(line.slice(0, at).trim(), line.slice(at + 3).trim().replaceAll("\\n", "\n"));
  }
  return entries;
}

const TEXT = { zh: readLocale("zh-CN.txt"), en: readLocale("en.txt") };

/** The newest rule pack's [document] table: `key = "text"` and `key = 2021-12-31`. */
function readDocument() {
  const folder = new URL("rulepacks/", root);
  const packs = ["wulong-fubanfa-2019-98.toml"];
  const source = readFileSync(new URL(packs[packs.length - 1], folder), "utf8");
  const table = source.split(/^\[document\]$/m)[1]?.split(/^\[/m)[0] ?? "";
  const fields = {};
  for (const match of table.matchAll(/^(\w+) = (?:"([^"]*)"|(\d{4})-(\d{2})-(\d{2}))$/gm)) {
    fields[match[1]] = match[2] ?? { year: Number(match[3]), month: Number(match[4]), day: Number(match[5]) };
  }
  for (const key of ["number", "title_zh", "title_en", "issuer_zh", "issuer_en", "period_start", "period_end"]) {
    if (!(key in fields)) throw new Error(`make-start: the rule pack's [document] has no ${key}`);
  }
  return fields;
}

const MONTHS = "January February March April May June July August September October November December".split(" ");

function formatDate(lang, date) {
  return lang === "zh" ? `${date.year}年${date.month}月${date.day}日` : `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

function escape(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function text(lang, key, values = {}) {
  const found = TEXT[lang].get(key);
  if (found === undefined) throw new Error(`make-start: no text ${key} in ${lang}`);
  return found.replace(/\{(\w+)\}/g, (placeholder, name) => values[name] ?? placeholder);
}

/** The same text in both languages, one shown at a time. */
function both(key, values = {}) {
  return (
    `<span class="only-zh" lang="zh-CN">${escape(text("zh", key, values.zh ?? values))}</span>` +
    `<span class="only-en" lang="en">${escape(text("en", key, values.en ?? values))}</span>`
  );
}

const documentInfo = readDocument();
const { period_start: start, period_end: end } = documentInfo;
// The app shows the period notice when the device's date is past the period;
// the HTML does when the build's date is (the same, but for a wrong clock).
const today = new Date();
const ended =
  today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate() >
  end.year * 10000 + end.month * 100 + end.day;

const screen = `<div id="boot-start">
      <a class="skip-link" href="#main">${both("nav.skip")}</a>
      <header class="masthead"><a class="brand" href="#/">${both("app.title")}</a><nav aria-label="${escape(text("zh", "nav.settings"))}" data-label-zh="${escape(text("zh", "nav.settings"))}" data-label-en="${escape(text("en", "nav.settings"))}"><a href="#/catalogue">${both("nav.catalogue")}</a><a href="#/about">${both("nav.about")}</a><button type="button" class="toggle only-zh" id="boot-to-en" lang="en" aria-label="${escape(text("zh", "nav.language_label"))}">${escape(text("zh", "nav.language"))}</button><button type="button" class="toggle only-en" id="boot-to-zh" lang="zh-CN" aria-label="${escape(text("en", "nav.language_label"))}">${escape(text("en", "nav.language"))}</button><button type="button" class="toggle" id="boot-large" aria-pressed="false">${both("nav.large_text_on")}</button></nav></header>
      <main id="main" class="page"><div class="notices"></div><h1 id="main-heading" tabindex="-1">${both("start.heading")}</h1><p class="lead">${both("start.lead")}</p><ul class="promises"><li>${both("start.not_decision")}</li><li>${both("start.privacy")}</li><li>${both("start.sensitive")}</li></ul><section class="plan" aria-labelledby="plan-label"><h2 id="plan-label" class="plan-label">${both("start.based_on")}</h2><p class="plan-title">《${escape(documentInfo.title_zh)}》</p><p class="plan-title-en only-en" lang="en">${escape(documentInfo.title_en)}</p><p class="doc-number">${escape(documentInfo.number)}</p><p>${both("start.period", { start: String(start.year), end: String(end.year) })}</p><p class="issuer"><span class="only-zh" lang="zh-CN">${escape(documentInfo.issuer_zh)}</span><span class="only-en" lang="en">${escape(documentInfo.issuer_en)}</span></p></section>${
        ended
          ? `<p class="notice warning" role="note">${both("start.period_ended", { zh: { end: formatDate("zh", end) }, en: { end: formatDate("en", end) } })}</p>`
          : ""
      }<button type="button" class="button primary start" id="boot-begin" data-loading-zh="${escape(text("zh", "boot.opening"))}" data-loading-en="${escape(text("en", "boot.opening"))}">${both("start.button")}</button></main>
    </div>`;

const file = path.join(staging, "index.html");
const html = readFileSync(file, "utf8");
if (!html.includes(MARKER)) {
  console.error(`make-start: ${file} has no ${MARKER}`);
  process.exit(1);
}
writeFileSync(file, html.replace(MARKER, screen));
console.log("make-start: the start screen is in index.html");
