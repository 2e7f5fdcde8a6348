#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test layer in order:
#
#   1. cargo fmt --check
#   2. cargo clippy -D warnings, native (whole workspace)
#   3. cargo clippy -D warnings, wasm32 (the app)
#   4. native tests of the whole workspace (cargo test), and the Node tests
#      of the page's scripts in tests/*.test.mjs (node --test)
#   5. browser tests of the app in tests/ (wasm-bindgen-test, headless Chromium)
#   6. release build with Trunk (into dist/)
#   7. size report of the first page load, failing over the brotli budget
#   8. Playwright end-to-end tests against dist/, served by scripts/serve.mjs
#      (and, in e2e/nginx.spec.mjs, by a real nginx with deploy/nginx.conf
#      through scripts/nginx.sh)
#
# A failing layer does not stop the later ones (except that 7 and 8 need the
# build from 6); the script exits non-zero if anything failed. Its last line
# is always "N passed, N failed": N passed counts tests that passed in the
# cargo, wasm-bindgen-test and Playwright layers; N failed counts failed tests
# plus 1 for each failed (or not run) check step such as fmt, clippy, the
# build or the size budget.
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$REPO_ROOT"

# The first load (index.html, early.js, boot.js, CSS, JS glue, WebAssembly),
# brotli. Issue 13 asks for 168 KiB; the second reading of the plan, the
# results redesign and the words work brought it to 185.9 KiB, the Talc
# allocator back to 183.8, 184.0 now (README "Performance" says where each kilobyte
# went). This budget stops further growth; it is not the target, which is
# still missed.
SIZE_BUDGET_KIB=185
# The start screen alone (index.html, early.js, boot.js, CSS): under 10 KiB.
START_BUDGET_KIB=10
LOG_DIR="$REPO_ROOT/target/test-logs"
PASSED=0
FAILED=0
FAILED_STEPS=()
TIMINGS=()
SCRIPT_START=$SECONDS

# The summary is printed on every exit, so it is always the last line, even
# when an install step stops the script.
summary() {
  local status=$?
  if [ "$status" -ne 0 ] && [ "$PASSED" -eq 0 ] && [ "$FAILED" -eq 0 ]; then
    FAILED=1 # stopped before any layer ran (an install step failed)
  fi
  echo
  echo "== Summary"
  local timing
  for timing in "${TIMINGS[@]}"; do echo "$timing"; done
  echo "total time: $((SECONDS - SCRIPT_START))s"
  if [ "${#FAILED_STEPS[@]}" -gt 0 ]; then
    echo "failed: ${FAILED_STEPS[*]}"
  fi
  echo "$PASSED passed, $FAILED failed"
}
trap summary EXIT

# run_step NAME KIND COMMAND...
#   KIND is how the step is counted:
#     check      - 1 failed if the command fails, nothing if it passes
#     cargo-test - sum of the "test result:" lines; 1 failed more if the
#                  command failed without a failing test (e.g. a compile error)
#     node-test  - the "# pass N" and "# fail N" lines of node --test
#     playwright - the JSON report's counts; 1 failed more if it is missing
#   Returns the command's status.
run_step() {
  local name="$1" kind="$2"
  shift 2
  local log
  log="$LOG_DIR/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').log"
  echo
  echo "== $name"
  echo "\$ $*"
  local start=$SECONDS status=0
  set +e
  "$@" </dev/null 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  local seconds=$((SECONDS - start))

  local passed=0 failed=0
  case "$kind" in
    check)
      [ "$status" -eq 0 ] || failed=1
      ;;
    cargo-test)
      read -r passed failed < <(
        # wasm-bindgen-test-runner writes "test result:" like libtest does.
        sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
          /^test result:/ {
            for (i = 1; i <= NF; i++) {
              if ($(i) ~ /^passed;?$/) p += $(i - 1)
              if ($(i) ~ /^failed;?$/) f += $(i - 1)
            }
          }
          END { print p + 0, f + 0 }'
      )
      if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
      ;;
    node-test)
      read -r passed failed < <(
        awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { print p + 0, f + 0 }' "$log"
      )
      if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
      ;;
    playwright)
      local counts
      if counts="$(node -e '
          const stats = require(process.argv[1]).stats;
          console.log(stats.expected + stats.flaky, stats.unexpected);' "$E2E_JSON_REPORT" 2>/dev/null)"; then
        read -r passed failed <<<"$counts"
      fi
      if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
      ;;
  esac

  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  local result="ok"
  if [ "$status" -ne 0 ]; then
    result="FAILED (exit $status)"
    FAILED_STEPS+=("$name")
  fi
  TIMINGS+=("$(printf '%5ss  %-44s %s' "$seconds" "$name" "$result")")
  echo "-- $name: $result in ${seconds}s ($passed passed, $failed failed; log: ${log#"$REPO_ROOT"/})"
  return "$status"
}

# skip_step NAME REASON: a step that could not run counts as 1 failed.
skip_step() {
  echo
  echo "== $1"
  echo "-- not run: $2 (counted as 1 failed)"
  FAILED=$((FAILED + 1))
  FAILED_STEPS+=("$1 (not run)")
  TIMINGS+=("$(printf '%5s   %-44s %s' "-" "$1" "not run: $2")")
}

echo "== Tools"
tools_start=$SECONDS
ensure_build_tools
ensure_rustfmt
ensure_clippy
# Chromium and chromedriver, a Chinese font for screenshots and layout checks,
# and nginx with its brotli module (e2e/nginx.spec.mjs runs deploy/nginx.conf).
ensure_test_packages
TIMINGS+=("$(printf '%5ss  %-44s %s' "$((SECONDS - tools_start))" "check and install tools" "ok")")
mkdir -p "$LOG_DIR"

run_step "cargo fmt --check" check \
  cargo fmt --all -- --check || true
run_step "clippy (native, workspace)" check \
  cargo clippy --workspace --all-targets -- -D warnings || true
run_step "clippy (wasm32, app)" check \
  cargo clippy -p skillcheck-app --target wasm32-unknown-unknown --all-targets -- -D warnings || true
# The whole workspace, the app included: it builds natively, and its browser
# tests in tests/ are compiled only for wasm32.
run_step "native tests (cargo test --workspace)" cargo-test \
  cargo test --workspace --no-fail-fast || true
run_step "clippy (native, start-screen renderer)" check \
  cargo clippy -p skillcheck-app --features ssr --bin render_start -- -D warnings || true
run_step "Node tests of the page scripts (node --test tests/*.test.mjs)" node-test \
  node --test tests/*.test.mjs || true
run_step "browser tests (wasm-bindgen-test, Chromium)" cargo-test \
  cargo test -p skillcheck-app --target wasm32-unknown-unknown --no-fail-fast || true

# The JavaScript package of the engine (crates/js): built into target/package,
# then its Node tests (equality with skillcheck eval, npm pack, size budget).
if run_step "engine package build (scripts/build-package.sh)" check \
  bash scripts/build-package.sh; then
  run_step "engine package tests (node --test tests/package/)" node-test \
    node --test tests/package/ || true
else
  skip_step "engine package tests (node --test tests/package/)" "the package build failed"
fi

if run_step "release build (trunk build --release)" check \
  trunk build --release --offline; then
  run_step "size report (brotli budget ${SIZE_BUDGET_KIB} KiB, start screen under ${START_BUDGET_KIB})" check \
    node scripts/size-report.mjs --budget-kib "$SIZE_BUDGET_KIB" --start-budget-kib "$START_BUDGET_KIB" || true
  export E2E_JSON_REPORT="$LOG_DIR/playwright-results.json"
  rm -f "$E2E_JSON_REPORT"
  run_step "end-to-end tests (Playwright, Chromium)" playwright \
    playwright test || true
else
  skip_step "size report (brotli budget ${SIZE_BUDGET_KIB} KiB, start screen under ${START_BUDGET_KIB})" "the release build failed"
  skip_step "end-to-end tests (Playwright, Chromium)" "the release build failed"
fi

[ "$FAILED" -eq 0 ]
