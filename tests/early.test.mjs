// early.js is the one reader of the page's address: every part of the page
// (boot.js, the app) takes its settings from what it leaves in
// window.skillcheckBoot. This runs the real file against a table of tricky
// addresses and stored choices, in Node's implementation of the same URL
// standard browsers follow. Run by scripts/test.sh (`node --test tests/`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const SOURCE = readFileSync(new URL("../early.js", import.meta.url), "utf8");
const ORIGIN = "https://skillcheck.example.gov.cn";

/** Runs early.js for an address and stored entries; returns what it decided. */
function runEarly(address, stored = {}, { storageThrows = false } = {}) {
  const url = new URL(address, `${ORIGIN}/`);
  const classes = new Set();
  const warnings = [];
  const root = { lang: "zh-CN", classList: { add: (name) => classes.add(name) } };
  const localStorage = {
    getItem(key) {
      if (storageThrows) throw new Error("SecurityError");
      return key in stored ? stored[key] : null;
    },
  };
  const context = {
    location: { search: url.search, hash: url.hash, href: url.href, origin: url.origin },
    URL,
    URLSearchParams,
    localStorage,
    document: { documentElement: root },
    console: { warn: (message) => warnings.push(message) },
  };
  context.window = context;
  vm.runInNewContext(SOURCE, context);
  return { boot: context.skillcheckBoot, lang: root.lang, classes, warnings };
}

const DEFAULTS = {
  lang: null,
  large: null,
  kiosk: false,
  idle: null,
  catalogue: null,
  catalogueRefused: false,
  parent: null,
};

// [address, the settings it gives (beside the defaults), how many warnings]
const ADDRESSES = [
  ["/", {}, 0],
  ["/?kiosk=1", { kiosk: true }, 0],
  ["/?kiosk=%31", { kiosk: true }, 0],
  ["/?%6Biosk=1", { kiosk: true }, 0],
  ["/?kiosk=true", { kiosk: true }, 0],
  ["/?kiosk", { kiosk: true }, 1],
  ["/?kiosk=yes", { kiosk: true }, 1],
  ["/?kiosk=0", { kiosk: false }, 0],
  ["/?kiosk=false", { kiosk: false }, 0],
  ["/?kiosk=1&kiosk=0", { kiosk: true }, 0],
  ["/?kiosk=0&kiosk=1", { kiosk: false }, 0],
  ["/?lang=en", { lang: "en" }, 0],
  ["/?lang=%65%6E", { lang: "en" }, 0],
  ["/?lang=zh", { lang: "zh-CN" }, 0],
  ["/?lang=zh-Hans", { lang: "zh-CN" }, 0],
  ["/?lang=EN", {}, 1],
  ["/?lang=en&lang=zh-CN", { lang: "en" }, 0],
  ["/?lang=fr&lang=en", {}, 1],
  ["/?large=1", { large: true }, 0],
  ["/?large=0", { large: false }, 0],
  ["/?large=yes", {}, 1],
  ["/?kiosk=1&idle=30", { kiosk: true, idle: 30 }, 0],
  ["/?idle=30&kiosk=1", { kiosk: true, idle: 30 }, 0],
  ["/?idle=30", {}, 1],
  ["/?kiosk=1&idle=5", { kiosk: true }, 1],
  ["/?kiosk=1&idle=3601", { kiosk: true }, 1],
  ["/?kiosk=1&idle=1e3", { kiosk: true }, 1],
  ["/?kiosk=1&idle=+30", { kiosk: true }, 1],
  ["/?kiosk=1&idle=30.5", { kiosk: true }, 1],
  ["/?catalogue=list.json", { catalogue: `${ORIGIN}/list.json` }, 0],
  ["/?catalogue=%2Fdata%2Flist.json", { catalogue: `${ORIGIN}/data/list.json` }, 0],
  ["/?catalogue=https://elsewhere.example/list.json", { catalogueRefused: true }, 1],
  ["/?catalogue=//elsewhere.example/list.json", { catalogueRefused: true }, 1],
  ["/?catalogue=javascript:alert(1)", { catalogueRefused: true }, 1],
  ["/?catalogue=data:application/json,{}", { catalogueRefused: true }, 1],
  ["/?parent=https://portal.example.gov.cn", { parent: "https://portal.example.gov.cn" }, 0],
  ["/?parent=https%3A%2F%2Fportal.example.gov.cn%2F", { parent: "https://portal.example.gov.cn" }, 0],
  ["/?parent=https://portal.example.gov.cn/page", {}, 1],
  ["/?parent=javascript:alert(1)", {}, 1],
  ["/?parent=*", {}, 1],
  ["/?unknown=1&lang=en", { lang: "en" }, 0],
];

for (const [address, expected, warnings] of ADDRESSES) {
  test(`the address ${address} means the same to every part of the page`, () => {
    const result = runEarly(address);
    assert.deepEqual({ ...result.boot.settings }, { ...DEFAULTS, ...expected });
    assert.equal(result.warnings.length, warnings, result.warnings.join("\n"));
  });
}

test("the start language and text size come from a remembered choice, then the address, then Chinese", () => {
  const remembered = {
    "skillcheck.remember": "1",
    "skillcheck.lang": "en",
    "skillcheck.large_text": "1",
    "skillcheck.answers": "1~wulong-2019~ay",
  };
  const plain = runEarly("/");
  assert.deepEqual({ ...plain.boot.start }, { lang: "zh-CN", large: false });
  assert.equal(plain.boot.remembered, null);
  assert.equal(plain.lang, "zh-CN");

  const addressed = runEarly("/?lang=en&large=1");
  assert.deepEqual({ ...addressed.boot.start }, { lang: "en", large: true });
  assert.equal(addressed.lang, "en");
  assert.ok(addressed.classes.has("large-text"));

  const rememberedChoice = runEarly("/?lang=zh-CN&large=0", remembered);
  assert.deepEqual({ ...rememberedChoice.boot.start }, { lang: "en", large: true });
  assert.deepEqual({ ...rememberedChoice.boot.remembered }, { answers: "1~wulong-2019~ay" });
  assert.equal(rememberedChoice.boot.begun, false);
});

test("a kiosk reads nothing from storage, and forbidden storage is no error", () => {
  const remembered = { "skillcheck.remember": "1", "skillcheck.lang": "en", "skillcheck.answers": "1~wulong-2019~ay" };
  const kiosk = runEarly("/?kiosk=%31", remembered);
  assert.equal(kiosk.boot.remembered, null);
  assert.equal(kiosk.boot.start.lang, "zh-CN");
  const sandboxed = runEarly("/?lang=en", {}, { storageThrows: true });
  assert.equal(sandboxed.boot.remembered, null);
  assert.equal(sandboxed.boot.start.lang, "en");
});

test("a deep link shows the loading line; the start page and in-page jumps do not", () => {
  assert.ok(runEarly("/#/q/veteran").classes.has("deep-link"));
  for (const address of ["/", "/#", "/#/", "/#main"]) {
    assert.ok(!runEarly(address).classes.has("deep-link"), address);
  }
});
