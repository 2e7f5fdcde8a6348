#!/usr/bin/env bash
# Engine throughput, native and in WebAssembly. A benchmark, not a test: it prints figures and
# fails only if something cannot be built or run.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p skillcheck-engine --bench evaluate 2>/dev/null | grep -E '^native'
cargo build -q -p skillcheck-engine --release --example wasm_bench --target wasm32-unknown-unknown
node scripts/bench-engine.mjs target/wasm32-unknown-unknown/release/examples/wasm_bench.wasm
