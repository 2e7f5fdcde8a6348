#!/usr/bin/env bash
# Page-load and interaction benchmark. A benchmark, not a test: it prints
# figures next to their targets, marks a miss, and fails only if something
# cannot be built or measured.
#
#   bash scripts/bench.sh            # BENCH_RUNS=5 for more Lighthouse runs per page (default 3)
#
# 1. installs what is missing: the project's build tools (scripts/lib/setup.sh),
#    Chromium, twiggy, and Lighthouse 12.2.3 into .bench/ with npm ci from
#    bench/lighthouse/package-lock.json (not the project's package.json),
# 2. builds the release app into dist/ and the minimal Yew page
#    (bench/minimal-yew, same release profile) into target/bench-minimal/dist,
# 3. runs scripts/bench/run.mjs: Lighthouse on both pages served with brotli,
#    one whole interview at 4x CPU slowdown, the size report and twiggy.
# The report is printed and written to target/bench/report.md.
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$REPO_ROOT"

LIGHTHOUSE_VERSION=12.2.3 # 13.x needs Node 22
TWIGGY_VERSION=0.8.0
BENCH_PREFIX="$REPO_ROOT/.bench"
OUT_DIR="$REPO_ROOT/target/bench"
MINIMAL_DIR="$REPO_ROOT/bench/minimal-yew"
MINIMAL_TARGET="$REPO_ROOT/target/bench-minimal"
export CHROME_PATH=/usr/bin/chromium
START=$SECONDS

# "== name" and, when the section ends, how long it took.
section() { echo "== $1"; SECTION_START=$SECONDS; }
took() { echo "   (done in $((SECONDS - SECTION_START))s)"; }

# Lighthouse and everything it depends on, at the versions in
# bench/lighthouse/package-lock.json, installed with `npm ci` into .bench/ (its
# own prefix, so the project's package.json and package-lock.json stay as they are).
ensure_lighthouse() {
  local locked
  locked="$(node -p 'require(process.argv[1]).packages["node_modules/lighthouse"].version' \
    "$REPO_ROOT/bench/lighthouse/package-lock.json")"
  if [ "$locked" != "$LIGHTHOUSE_VERSION" ]; then
    stop "compare bench/lighthouse/package-lock.json with bench.sh" \
      "the lock has lighthouse $locked, bench.sh wants $LIGHTHOUSE_VERSION; update package.json there and run npm install --package-lock-only in bench/lighthouse."
  fi
  if [ -z "$(npm_lock_missing "$BENCH_PREFIX" "$REPO_ROOT/bench/lighthouse/package-lock.json" 2>/dev/null)" ] &&
    cmp -s "$REPO_ROOT/bench/lighthouse/package-lock.json" "$BENCH_PREFIX/package-lock.json"; then
    echo "lighthouse $LIGHTHOUSE_VERSION (.bench, bench/lighthouse/package-lock.json): already installed"
  else
    mkdir -p "$BENCH_PREFIX"
    cp "$REPO_ROOT/bench/lighthouse/package.json" "$REPO_ROOT/bench/lighthouse/package-lock.json" "$BENCH_PREFIX/"
    step "npm ci --prefix .bench (lighthouse $LIGHTHOUSE_VERSION from bench/lighthouse/package-lock.json)" \
      "check that the npm registry is reachable, then run: cp bench/lighthouse/package*.json .bench/ && npm ci --prefix .bench" \
      npm ci --prefix "$BENCH_PREFIX" --no-audit --no-fund
  fi
}

ensure_twiggy() {
  local version=""
  if command -v twiggy >/dev/null 2>&1; then
    version="$(twiggy --version | awk '{print $2}')"
  fi
  if [ -n "$version" ]; then
    echo "twiggy $version: already installed"
  else
    step "cargo install --locked twiggy@$TWIGGY_VERSION" \
      "check that crates.io is reachable, then run: cargo install --locked twiggy@$TWIGGY_VERSION" \
      cargo install --locked "twiggy@$TWIGGY_VERSION"
  fi
}

section "Tools"
ensure_build_tools
ensure_chromium
ensure_twiggy
ensure_lighthouse
took

section "Release build of the app (trunk build --release --offline)"
step "trunk build --release --offline" \
  "read the error above; scripts/serve.sh installs and builds the same way." \
  trunk build --release --offline
took

section "Minimal Yew page (bench/minimal-yew, same release profile)"
# The root Cargo.lock as its lockfile, so yew and wasm-bindgen are the app's
# versions (the wasm-bindgen CLI must match exactly); cargo drops the rest.
# --locked: no other version may be chosen; offline: every crate is already
# in the local registry, since the app uses them all.
cp "$REPO_ROOT/Cargo.lock" "$MINIMAL_DIR/Cargo.lock"
step "trunk build --release --offline (bench/minimal-yew)" \
  "read the error above; the minimal page needs only crates the app already uses." \
  env --chdir="$MINIMAL_DIR" CARGO_TARGET_DIR="$MINIMAL_TARGET" CARGO_NET_OFFLINE=true \
  trunk build --release --offline --locked --dist "$MINIMAL_TARGET/dist"
took

section "Measuring (Lighthouse ${BENCH_RUNS:-3} runs per page, the interview, twiggy)"
step "node scripts/bench/run.mjs" \
  "read the error above; the raw output so far is in target/bench/." \
  node scripts/bench/run.mjs --runs "${BENCH_RUNS:-3}" --out "$OUT_DIR"
echo "Benchmark finished in $((SECONDS - START))s."
