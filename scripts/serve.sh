#!/usr/bin/env bash
# Installs whatever is missing, builds the release app into dist/ and serves
# it on http://127.0.0.1:8080 (PORT=... to change). Safe to run again: tools
# already installed are skipped with one line each.
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$REPO_ROOT"

echo "== Tools"
ensure_build_tools

echo "== Release build (trunk build --release --offline)"
step "trunk build --release --offline" \
  "read the error above; if Trunk names a missing tool version, run this script again after fixing it." \
  trunk build --release --offline

PORT="${PORT:-8080}"
echo "== Serving dist/ (the next line prints the address)"
exec node scripts/serve.mjs --host 127.0.0.1 --port "$PORT" dist
