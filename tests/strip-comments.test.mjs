// The build drops comments from the start screen's files (scripts/strip-comments.mjs);
// what it drops must be comments only. Run by scripts/test.sh (`node --test tests/`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { createHash } from "node:crypto";
import { stripCss, stripHtml, stripScript, withIntegrity } from "../scripts/strip-comments.mjs";

test("a script keeps every line of code, strings with // included, and loses whole-line comments", () => {
  const source = [
    "// a comment",
    "(function () {",
    "  // another",
    '  var url = "https://portal.example"; // a trailing comment stays',
    "",
    "  var pattern = /^https?:\\/\\//;",
    "})();",
  ].join("\n");
  assert.equal(
    stripScript(source),
    ['(function () {', '  var url = "https://portal.example"; // a trailing comment stays', "  var pattern = /^https?:\\/\\//;", "})();", ""].join("\n"),
  );
});

test("early.js without its comments decides the same for an address as with them", () => {
  const source = readFileSync(new URL("../early.js", import.meta.url), "utf8");
  const run = (code) => {
    const url = new URL("https://skillcheck.example/?kiosk=1&idle=30&lang=en#/q/veteran");
    const store = () => ({ getItem: () => null, setItem() {}, removeItem() {} });
    const root = { lang: "", classList: { add() {} } };
    const context = {
      location: { search: url.search, hash: url.hash, href: url.href, origin: url.origin },
      URL,
      URLSearchParams,
      localStorage: store(),
      sessionStorage: store(),
      document: { documentElement: root },
      console: { warn() {} },
    };
    context.window = context;
    vm.runInNewContext(code, context);
    return JSON.stringify(context.skillcheckBoot);
  };
  assert.ok(stripScript(source).length < source.length * 0.8);
  assert.equal(run(stripScript(source)), run(source));
});

test("a stylesheet and the page lose their comments and nothing else", () => {
  assert.equal(stripCss("a { color: red; } /* why */\n\n/* more\n lines */\nb { content: \"▸\" / \"\"; }\n"), "a { color: red; } \nb { content: \"▸\" / \"\"; }\n");
  assert.equal(stripHtml("<p>a</p>\n    <!-- a note\n over lines -->\n<p>b</p>\n"), "<p>a</p>\n<p>b</p>\n");
  assert.throws(() => stripHtml("<main><!-- start-screen --></main>"), /render_start first/);
});

test("the stylesheet's integrity hash is written again for the stripped file", () => {
  const css = "a { color: red; }\n";
  const page = '<link rel="stylesheet" href="/main-1a2b.css" crossorigin="anonymous" integrity="sha384-stale"/>';
  const want = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  assert.equal(withIntegrity(page, "main-1a2b.css", css), page.replace("sha384-stale", want));
  assert.throws(() => withIntegrity(page, "other.css", css), /no integrity for other.css/);
});
