// Evaluations a second through the JavaScript package (target/package), in Node:
// `evaluate` (the whole result) and `decide` (ids, names and statuses only).
// A benchmark, not a test: it prints figures. Build the package first
// (bash scripts/build-package.sh). The boundary's share is estimated by timing
// what the package does in JavaScript around the WebAssembly call on its own:
// writing the profile as JSON and parsing the result's JSON text.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generatedProfile, random } from '../tests/package/support.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const engine = await import(join(root, 'target', 'package', 'index.js'));
const options = { lang: 'zh', date: '2020-06-01' };
const next = random(7);
const facts = engine.facts('en');
const profiles = Array.from({ length: 256 }, () => generatedProfile(next, facts));

function rate(work, seconds = 2) {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) count += work();
  return count / ((performance.now() - start) / 1000);
}

/** Calls of `call` a second over the profiles, and the share of that which is JSON in JavaScript. */
function measure(name, call) {
  rate(() => { profiles.forEach((p) => call(p, options)); return profiles.length; }, 0.5);
  const calls = rate(() => {
    for (const profile of profiles) call(profile, options);
    return profiles.length;
  });
  const texts = profiles.map((profile) => JSON.stringify(call(profile, options)));
  const boundary = rate(() => {
    profiles.forEach((profile, index) => {
      JSON.stringify(profile);
      JSON.parse(texts[index]);
    });
    return profiles.length;
  });
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length;
  const perCall = 1e6 / calls;
  const jsPart = 1e6 / boundary;
  console.log(`package ${name} (Node ${process.versions.node}): ${Math.round(calls)} a second, ${perCall.toFixed(1)} µs each`);
  console.log(`  of which JSON in JavaScript (stringify profile + parse ${Math.round(bytes)} B result): ${jsPart.toFixed(1)} µs (${((100 * jsPart) / perCall).toFixed(1)}%)`);
}

measure('evaluate', engine.evaluate);
measure('decide', engine.decide);
