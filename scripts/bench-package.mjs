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

rate(() => { profiles.forEach((p) => engine.evaluate(p, options)); return profiles.length; }, 0.5);
const evaluations = rate(() => {
  for (const profile of profiles) engine.evaluate(profile, options);
  return profiles.length;
});
const texts = profiles.map((profile) => JSON.stringify(engine.evaluate(profile, options)));
const boundary = rate(() => {
  profiles.forEach((profile, index) => {
    JSON.stringify(profile);
    JSON.parse(texts[index]);
  });
  return profiles.length;
});
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length;
const perCall = 1e6 / evaluations;
const jsPart = 1e6 / boundary;
console.log(`package evaluate (Node ${process.versions.node}): ${Math.round(evaluations)} evaluations/s, ${perCall.toFixed(1)} µs each`);
console.log(`  of which JSON in JavaScript (stringify profile + parse ${Math.round(bytes)} B result): ${jsPart.toFixed(1)} µs (${((100 * jsPart) / perCall).toFixed(1)}%)`);

rate(() => { profiles.forEach((p) => engine.decide(p, options)); return profiles.length; }, 0.5);
const decisions = rate(() => {
  for (const profile of profiles) engine.decide(profile, options);
  return profiles.length;
});
const decided = profiles.map((profile) => JSON.stringify(engine.decide(profile, options)));
const decidedBoundary = rate(() => {
  profiles.forEach((profile, index) => {
    JSON.stringify(profile);
    JSON.parse(decided[index]);
  });
  return profiles.length;
});
const decidedBytes = decided.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / decided.length;
console.log(`package decide: ${Math.round(decisions)} decisions/s, ${(1e6 / decisions).toFixed(1)} µs each`);
console.log(`  of which JSON in JavaScript (stringify profile + parse ${Math.round(decidedBytes)} B result): ${(1e6 / decidedBoundary).toFixed(1)} µs`);
