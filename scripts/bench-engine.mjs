// Times the rules engine compiled to WebAssembly (crates/engine/examples/wasm_bench.rs) in Node.
// Usage: node scripts/bench-engine.mjs path/to/wasm_bench.wasm
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const path = process.argv[2];
if (!path) {
  console.error('usage: node scripts/bench-engine.mjs WASM');
  process.exit(2);
}
const { instance } = await WebAssembly.instantiate(readFileSync(path), {});
const { prepare, run } = instance.exports;
if (prepare() === 0) {
  console.error('the wasm module could not load its rule packs');
  process.exit(1);
}
run(5); // warm up
const rates = [];
for (let round = 0; round < 6; round += 1) {
  const start = performance.now();
  const count = run(100);
  const seconds = (performance.now() - start) / 1000;
  rates.push(count / seconds);
}
rates.sort((a, b) => a - b);
console.log(`wasm32 (Node ${process.versions.node}): ${Math.round(rates[3])} evaluations/s median, ${Math.round(rates[5])} best`);
