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

/**
 * Runs early.js for an address and stored entries (local storage; `session`:
 * the tab's session storage, changed in place); returns what it decided and
 * the local storage left.
 */
function runEarly(address, stored = {}, { storageThrows = false, session = {} } = {}) {
  const url = new URL(address, `${ORIGIN}/`);
  const classes = new Set();
  const warnings = [];
  const root = { lang: "zh-CN", classList: { add: (name) => classes.add(name) } };
  const local = { ...stored };
  const storage = (entries) => ({
    getItem(key) {
      if (storageThrows) throw new Error("SecurityError");
      return key in entries ? entries[key] : null;
    },
    setItem(key, value) {
      if (storageThrows) throw new Error("SecurityError");
      entries[key] = String(value);
    },
    removeItem(key) {
      if (storageThrows) throw new Error("SecurityError");
      delete entries[key];
    },
  });
  const context = {
    location: { search: url.search, hash: url.hash, href: url.href, origin: url.origin },
    URL,
    URLSearchParams,
    localStorage: storage(local),
    sessionStorage: storage(session),
    document: { documentElement: root },
    console: { warn: (message) => warnings.push(message) },
  };
  context.window = context;
  vm.runInNewContext(SOURCE, context);
  return { boot: context.skillcheckBoot, lang: root.lang, classes, warnings, local };
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

test("a tab that was a kiosk stays one until it is closed, whatever is typed into its address", () => {
  const session = {};
  const first = runEarly("/?kiosk=1&idle=30", {}, { session });
  assert.equal(first.boot.settings.kiosk, true);
  assert.deepEqual(session, { "skillcheck-kiosk-tab": "30" });
  // The address edited, the share link opened, kiosk=0 asked for: still a kiosk, with its idle time.
  for (const address of ["/", "/#/s/1~wulong-2019~ay", "/?lang=en", "/?kiosk=0", "/?kiosk=false&idle=3600"]) {
    const later = runEarly(address, { "skillcheck.remember": "1", "skillcheck.answers": "1~wulong-2019~ay" }, { session });
    assert.equal(later.boot.settings.kiosk, true, address);
    assert.equal(later.boot.remembered, null, address);
    assert.equal(later.boot.settings.idle, 30, address);
  }
  assert.equal(runEarly("/?kiosk=0", {}, { session }).warnings.length, 1);
  // A new tab (its own session storage) is an ordinary page again.
  assert.equal(runEarly("/").boot.settings.kiosk, false);
  // A mark that is not a number keeps the kiosk with its default idle time.
  const odd = runEarly("/", {}, { session: { "skillcheck-kiosk-tab": "soon" } });
  assert.equal(odd.boot.settings.kiosk, true);
  assert.equal(odd.boot.settings.idle, null);
  // Storage forbidden: the address alone decides.
  assert.equal(runEarly("/", {}, { storageThrows: true }).boot.settings.kiosk, false);
  assert.equal(runEarly("/?kiosk=1", {}, { storageThrows: true }).boot.settings.kiosk, true);
});

test("a kiosk removes the answers and choices an ordinary visit asked this browser to remember", () => {
  const remembered = {
    "skillcheck.remember": "1",
    "skillcheck.lang": "en",
    "skillcheck.large_text": "1",
    "skillcheck.answers": "1~wulong-2019~ay",
    "other.site.key": "kept",
  };
  assert.deepEqual(runEarly("/?kiosk=1", remembered).local, { "other.site.key": "kept" });
  assert.deepEqual(runEarly("/", remembered).local, remembered);
});

test("a deep link shows the loading line; the start page and in-page jumps do not", () => {
  assert.ok(runEarly("/#/q/veteran").classes.has("deep-link"));
  for (const address of ["/", "/#", "/#/", "/#main"]) {
    assert.ok(!runEarly(address).classes.has("deep-link"), address);
  }
});
