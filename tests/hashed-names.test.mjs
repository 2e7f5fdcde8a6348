// The service worker's and nginx's idea of a content-hashed file name agree,
// and both accept what Trunk writes: a 64-bit hash in hex without leading
// zeros, so up to 16 digits and sometimes fewer (a build named
// skillcheck-app-478e5b600e3b381.js once went out uncached for a year by
// nginx because the pattern asked for exactly 16).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
const swSource = readFileSync(new URL("scripts/make-sw.mjs", root), "utf8");
const nginxSource = readFileSync(new URL("deploy/nginx.conf", root), "utf8");

/** The HASHED_NAME regular expression literal of make-sw.mjs. */
function serviceWorkerPattern() {
  const match = swSource.match(/const HASHED_NAME = \/(.+)\/;/);
  assert.ok(match, "make-sw.mjs defines HASHED_NAME as a regular expression literal");
  return new RegExp(match[1]);
}

/** The pattern of nginx.conf's location that gives a year of caching. */
function nginxPattern() {
  const match = nginxSource.match(/location ~ "([^"]+)" \{\s*\n\s*include [^\n]+\n\s*add_header Cache-Control "public, max-age=31536000, immutable";/);
  assert.ok(match, "nginx.conf has one location with a year of caching");
  return new RegExp(match[1]);
}

const hashed = [
  "skillcheck-app-478e5b600e3b381.js",
  "skillcheck-app-f409012096acc674_bg.wasm",
  "main-b598ab232ff7f435.css",
  "main-0b598ab232ff7f43.css",
];
const unhashed = ["index.html", "early.js", "boot.js", "sw.js", "catalogue.json", "catalogue-sample.json", "icon.svg", "kill-switch.js"];

for (const [name, pattern] of [["the service worker", serviceWorkerPattern], ["nginx", nginxPattern]]) {
  test(`${name} treats every content-hashed name Trunk writes as hashed, 15 digits included`, () => {
    for (const file of hashed) assert.ok(pattern().test(file), `${file} is hashed`);
  });
  test(`${name} treats the page, the scripts without a hash and the catalogue as unhashed`, () => {
    for (const file of unhashed) assert.ok(!pattern().test(file), `${file} is not hashed`);
  });
}

test("the service worker and nginx use the same pattern", () => {
  assert.equal(serviceWorkerPattern().source, nginxPattern().source);
});
