// ---- The package's API (crates/js/js/wrapper.js), after wasm-bindgen's glue. ----
// The WebAssembly is loaded here, at import (top-level await): in Node from the
// file beside this module, elsewhere with fetch (one request; the browser
// compiles it while it downloads when the server sends application/wasm).

const wasmUrl = new URL('./skillcheck_engine_bg.wasm', import.meta.url);
if (wasmUrl.protocol === 'file:' && typeof process === 'object' && process.versions?.node) {
  const { readFile } = await import('node:fs/promises');
  await __wbg_init({ module_or_path: await readFile(wasmUrl) });
} else {
  await __wbg_init({ module_or_path: fetch(wasmUrl) });
}

/** Thrown for bad input; `message` is the command line's sentence for it. */
export class SkillcheckError extends Error {
  constructor(report) {
    super(report.message);
    this.name = 'SkillcheckError';
    this.kind = report.kind;
    if (report.key !== undefined) this.key = report.key;
    if (report.problems !== undefined) this.problems = report.problems;
  }
}

// The WebAssembly hands its JSON over as UTF-16 code units (crates/js/src/lib.rs).
const utf16 = new TextDecoder('utf-16le');

function unwrap(units) {
  const result = JSON.parse(utf16.decode(units));
  if (result.error !== undefined) throw new SkillcheckError(result.error);
  return result.ok;
}

function optionError(key, message) {
  return new SkillcheckError({ kind: 'option', key, message });
}

function text(value, what) {
  if (typeof value === 'string') return value;
  let written;
  try {
    written = JSON.stringify(value);
  } catch (error) {
    throw new SkillcheckError({ kind: what, message: `the ${what} cannot be written as JSON: ${error.message}` });
  }
  // undefined, a function or a symbol: let the engine say what a profile must be.
  return written === undefined ? 'null' : written;
}

function options(value) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') {
    throw optionError('options', 'options must be an object such as { lang: "en", date: "2020-06-01" }');
  }
  return value;
}

function lang(value) {
  if (value === undefined || value === null) return 'zh';
  if (typeof value !== 'string') throw optionError('lang', 'lang takes zh or en');
  return value;
}

// Today in China (UTC+8), as the command line's default.
function date(value) {
  if (value === undefined || value === null) {
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') throw optionError('date', 'date takes a date such as 2020-06-01');
  return value;
}

export function evaluate(profile, opts) {
  const o = options(opts);
  return unwrap(evaluate_json(text(profile, 'profile'), lang(o.lang), date(o.date)));
}

export function decide(profile, opts) {
  const o = options(opts);
  return unwrap(decide_json(text(profile, 'profile'), lang(o.lang), date(o.date)));
}

export function facts(language) {
  return unwrap(facts_json(lang(language)));
}

export function rulePacks(opts) {
  return unwrap(rule_packs_json(lang(options(opts).lang)));
}

export function decodeShareLink(url) {
  if (typeof url !== 'string') {
    throw new SkillcheckError({ kind: 'share_link', message: 'a share link is a string such as https://…/#/s/1~wulong-2019~ay' });
  }
  return unwrap(decode_share_link_json(url));
}

export function matchInstitutions(catalogue, profile, opts) {
  const o = options(opts);
  return unwrap(
    match_institutions_json(text(catalogue, 'catalogue'), text(profile, 'profile'), lang(o.lang), date(o.date)),
  );
}
