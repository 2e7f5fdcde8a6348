#!/usr/bin/env bash
# The app's first load (brotli, as scripts/size-report.mjs counts it) at each
# given commit, to see what a change cost:
#   bash scripts/size-at.sh 4f79126 fcdf31a HEAD
# Each commit is checked out into target/size-at/<commit> (a git worktree) and
# built with `trunk build --release --offline` into its own dist/, sharing one
# target directory (target/size-at/target) so later builds are quick. Needs
# what the test command installs (Trunk, wasm-bindgen, node_modules). To tidy
# up: rm -rf target/size-at && git worktree prune.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
work="$root/target/size-at"
mkdir -p "$work"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="$work/target"

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/size-at.sh COMMIT..." >&2
  exit 2
fi

for commit in "$@"; do
  hash="$(git rev-parse --short "$commit^{commit}")"
  tree="$work/$hash"
  if [ ! -d "$tree" ]; then
    git worktree add --quiet --force --detach "$tree" "$hash" >/dev/null
  fi
  [ -e "$tree/node_modules" ] || ln -s "$root/node_modules" "$tree/node_modules"
  if ! (cd "$tree" && trunk build --release --offline >"$work/$hash.log" 2>&1); then
    echo "$hash: the build failed; see $work/$hash.log" >&2
    exit 1
  fi
  # The report's line "total" gives raw, gzip and brotli bytes; a commit over
  # its own budget still reports (the report then exits 1).
  total="$(cd "$tree" && { node scripts/size-report.mjs || true; } | awk '$1 == "total" { print $4 }')"
  echo "$hash $total $(git log -1 --format=%s "$hash" | cut -c1-72)"
done
