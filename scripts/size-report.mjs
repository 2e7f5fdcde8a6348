#!/usr/bin/env node
// Size of what the first page load fetches, after a release build:
//
//   node scripts/size-report.mjs [--dist dist] [--budget-kib 150] [--start-budget-kib 10]
//
// Reads dist/index.html and follows what the browser would fetch on the
// first load: index.html itself, <script src> (and the app that boot.js's
// script tag names in data-skillcheck-js / data-skillcheck-wasm), <link
// rel=stylesheet | modulepreload | preload>, modules imported by the inline loader and by
// those modules, and the .wasm files the inline loader names. Prints each file's raw,
// gzip (level 9) and brotli (quality 11) size and the totals.
//
// With --budget-kib N it exits 1 when the brotli total is more than N KiB;
// with --start-budget-kib N, when the start screen alone (everything but the
// app's JS glue and WebAssembly) is N KiB or more (issue 13: "under 10 KiB").
// Exit 2 means the report could not be made (no build, a missing file).

import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

function usage(message) {
  if (message) console.error(`size-report: ${message}`);
  console.error("usage: node scripts/size-report.mjs [--dist dist] [--budget-kib 150] [--start-budget-kib 10]");
  process.exit(2);
}

function parseArguments(argv) {
  const options = { dist: "dist", budgetKib: null, startBudgetKib: null };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--dist") options.dist = argv[++index] ?? usage("--dist needs a folder");
    else if (argument === "--budget-kib") {
      const value = Number(argv[++index]);
      if (!Number.isFinite(value) || value <= 0) usage("--budget-kib needs a positive number");
      options.budgetKib = value;
    } else if (argument === "--start-budget-kib") {
      const value = Number(argv[++index]);
      if (!Number.isFinite(value) || value <= 0) usage("--start-budget-kib needs a positive number");
      options.startBudgetKib = value;
    } else if (argument === "--help" || argument === "-h") usage();
    else usage(`unknown argument ${argument}`);
  }
  return options;
}

/** Attributes of every start tag named `tagName` in `html`, as objects. */
function tags(html, tagName) {
  const found = [];
  const tagPattern = new RegExp(`<${tagName}\\b([^>]*)>`, "gi");
  for (const match of html.matchAll(tagPattern)) {
    const attributes = {};
    const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    for (const attribute of match[1].matchAll(attributePattern)) {
      attributes[attribute[1].toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? "";
    }
    found.push({ attributes, end: match.index + match[0].length });
  }
  return found;
}

/** Bodies of inline <script> elements. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => !/\bsrc\s*=/i.test(match[1]))
    .map((match) => match[2]);
}

/** Modules a piece of JavaScript imports statically (always fetched). */
function importsOf(source) {
  const importPattern = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']/g;
  return [...source.matchAll(importPattern)].map((match) => match[1]);
}

/**
 * .wasm files named in the inline loader. Only the loader's names count: the
 * wasm-bindgen glue also names a default `<crate>_bg.wasm`, which is not
 * fetched when the loader passes `module_or_path`.
 */
function wasmNamedIn(source) {
  const wasmPattern = /["'`]([^"'`\s]+\.wasm)["'`]/g;
  return [...source.matchAll(wasmPattern)].map((match) => match[1]);
}

/** Maps a URL found in `fromFile` to a file in dist/, or null if it is not local. */
function localFile(distRoot, fromFile, reference) {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) return null; // data:, https:, //host
  const withoutQuery = reference.split(/[?#]/)[0];
  if (withoutQuery === "") return null;
  const resolved = withoutQuery.startsWith("/")
    ? path.join(distRoot, withoutQuery)
    : path.join(path.dirname(fromFile), withoutQuery);
  return path.normalize(resolved);
}

function firstLoadFiles(distRoot) {
  const indexFile = path.join(distRoot, "index.html");
  if (!existsSync(indexFile)) {
    console.error(`size-report: ${indexFile} not found; build first: trunk build --release --offline`);
    process.exit(2);
  }
  const html = readFileSync(indexFile, "utf8");
  const files = [indexFile];
  const queue = [];
  const add = (fromFile, reference) => {
    const file = localFile(distRoot, fromFile, reference);
    if (file === null || files.includes(file)) return;
    if (!existsSync(file)) {
      console.error(`size-report: ${path.relative(distRoot, fromFile)} refers to ${reference}, which is not in ${distRoot}`);
      process.exit(2);
    }
    files.push(file);
    if (/\.m?js$/.test(file)) queue.push(file);
  };

  for (const { attributes } of tags(html, "script")) {
    if (attributes.src) add(indexFile, attributes.src);
    // boot.js loads the app it names in these attributes (Trunk's pattern_script).
    for (const name of ["data-skillcheck-js", "data-skillcheck-wasm"]) {
      if (attributes[name]) add(indexFile, attributes[name]);
    }
  }
  for (const { attributes } of tags(html, "link")) {
    const relations = (attributes.rel ?? "").toLowerCase().split(/\s+/);
    if (["stylesheet", "modulepreload", "preload"].some((r) => relations.includes(r)) && attributes.href) {
      add(indexFile, attributes.href);
    }
  }
  for (const script of inlineScripts(html)) {
    for (const reference of [...importsOf(script), ...wasmNamedIn(script)]) add(indexFile, reference);
  }
  while (queue.length > 0) {
    const scriptFile = queue.shift();
    for (const reference of importsOf(readFileSync(scriptFile, "utf8"))) add(scriptFile, reference);
  }
  return files;
}

function sizes(file) {
  const content = readFileSync(file);
  const text = !file.endsWith(".wasm");
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  };
}

const bytes = (n) => n.toLocaleString("en-US");
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const options = parseArguments(process.argv.slice(2));
const distRoot = path.resolve(options.dist);
const loaded = firstLoadFiles(distRoot);
// A report that lost track of the app would pass any budget: refuse it.
if (!loaded.some((file) => file.endsWith(".wasm"))) {
  console.error("size-report: nothing in index.html leads to the WebAssembly; teach the report how the app is loaded");
  process.exit(2);
}
const rows = loaded.map((file) => ({ name: path.relative(distRoot, file), ...sizes(file) }));
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

const nameWidth = Math.max(5, ...rows.map((row) => row.name.length));
const line = (name, raw, gzip, brotli) =>
  `${name.padEnd(nameWidth)}  ${raw.padStart(12)}  ${gzip.padStart(12)}  ${brotli.padStart(12)}`;
console.log(`First page load from ${path.relative(process.cwd(), distRoot) || "."}/ (bytes)`);
console.log(line("file", "raw", "gzip -9", "brotli -q11"));
for (const row of rows) console.log(line(row.name, bytes(row.raw), bytes(row.gzip), bytes(row.brotli)));
console.log(line("total", bytes(total.raw), bytes(total.gzip), bytes(total.brotli)));
console.log(line("", kib(total.raw), kib(total.gzip), kib(total.brotli)));
// The start screen is in index.html: it paints, and its buttons respond,
// with these files alone; the app (JS glue and WebAssembly) follows.
const startScreen = rows.filter((row) => !/\.wasm$/.test(row.name) && !/^skillcheck-app-.*\.js$/.test(row.name));
const startBrotli = startScreen.reduce((sum, row) => sum + row.brotli, 0);
console.log(`The start screen alone (${startScreen.map((row) => row.name).join(", ")}): ${kib(startBrotli)} brotli.`);

let failed = false;
if (options.startBudgetKib !== null) {
  if (startBrotli >= options.startBudgetKib * 1024) {
    console.log(`Start-screen budget exceeded: ${kib(startBrotli)} is not under ${options.startBudgetKib} KiB.`);
    failed = true;
  } else {
    console.log(`Start screen under its budget: ${kib(startBrotli)} of ${options.startBudgetKib} KiB.`);
  }
}
if (options.budgetKib !== null) {
  const budgetBytes = options.budgetKib * 1024;
  if (total.brotli > budgetBytes) {
    console.log(`Budget exceeded: brotli total ${kib(total.brotli)} is over the ${options.budgetKib} KiB budget.`);
    failed = true;
  } else {
    console.log(`Within budget: brotli total ${kib(total.brotli)} of ${options.budgetKib} KiB.`);
  }
}
if (failed) process.exit(1);
