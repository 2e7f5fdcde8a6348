#!/usr/bin/env bash
# Serves the release build through a real nginx with the shipped configuration:
#
#   bash scripts/nginx.sh [PORT] [DIR]     # default: 8088 and dist/
#
# on http://127.0.0.1:PORT/. The configuration is generated from
# deploy/nginx.conf and deploy/skillcheck-headers.conf each time by
# scripts/lib/nginx-test-config.mjs: only the listen address, TLS and the paths
# are adapted; every header and location is as shipped. If the shipped file no
# longer has the lines the adaptation expects, this stops with an error rather
# than testing something else. An nginx without the brotli module (Debian:
# libnginx-mod-http-brotli-static, which scripts/test.sh installs) gets the
# configuration without `brotli_static on;`, and this says so.
#
# nginx runs in the foreground until Ctrl-C; its files (the generated
# nginx.conf, pid, logs) are in target/nginx/PORT/. Installs nginx if it is
# missing (apt-get, as root or with passwordless sudo); build dist/ first
# (bash scripts/serve.sh or trunk build --release --offline).
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$REPO_ROOT"

PORT="${1:-8088}"
ROOT="$(realpath -m "${2:-dist}")"
if ! [[ "$PORT" =~ ^[0-9]+$ ]] || [ "$PORT" -lt 1 ] || [ "$PORT" -gt 65535 ]; then
  stop "read the port" "give a port from 1 to 65535: bash scripts/nginx.sh [PORT] [DIR]"
fi
[ -f "$ROOT/index.html" ] || stop "find $ROOT/index.html" \
  "build the app first: bash scripts/serve.sh, or trunk build --release --offline"

ensure_nginx
NGINX="$(nginx_binary)"
RUN_DIR="$REPO_ROOT/target/nginx/$PORT"
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR/tmp"

# nginx's own configuration folder (mime.types, modules-enabled/), from its build.
CONF_DIR="$(dirname "$("$NGINX" -V 2>&1 | sed -n 's/.*--conf-path=\([^ ]*\).*/\1/p')")"
[ -f "$CONF_DIR/mime.types" ] || stop "find nginx's mime.types" \
  "expected $CONF_DIR/mime.types (nginx -V names the configuration path); reinstall nginx."

# As root, the worker processes would run as `nobody`, which may not read the
# folder; let them run as its owner (this server listens on 127.0.0.1 only).
USER_ARGS=()
if [ "$(id -u)" -eq 0 ]; then USER_ARGS=(--user "$(stat -c %U "$ROOT")"); fi

generate() {
  node scripts/lib/nginx-test-config.mjs --port "$PORT" --root "$ROOT" --run-dir "$RUN_DIR" \
    --mime-types "$CONF_DIR/mime.types" --modules "$CONF_DIR/modules-enabled" \
    ${USER_ARGS[@]+"${USER_ARGS[@]}"} "$@" >"$RUN_DIR/nginx.conf"
}
check() { "$NGINX" -t -q -c "$RUN_DIR/nginx.conf" -e stderr 2>"$RUN_DIR/check.log"; }

generate
if ! check; then
  if grep -q 'unknown directive "brotli_static"' "$RUN_DIR/check.log"; then
    echo "nginx.sh: this nginx has no brotli module (Debian: apt-get install libnginx-mod-http-brotli-static);"
    echo "nginx.sh: testing deploy/nginx.conf without its \`brotli_static on;\` line (gzip_static still applies)."
    generate --without-brotli
  fi
  if ! check; then
    cat "$RUN_DIR/check.log" >&2
    stop "nginx -t on the configuration generated from deploy/nginx.conf" \
      "read the error above; the generated file is $RUN_DIR/nginx.conf."
  fi
fi

echo "Serving ${ROOT#"$REPO_ROOT"/}/ through $("$NGINX" -v 2>&1 | sed 's/^nginx version: //') at http://127.0.0.1:$PORT/ (configuration: ${RUN_DIR#"$REPO_ROOT"/}/nginx.conf; Ctrl-C stops)"
exec "$NGINX" -c "$RUN_DIR/nginx.conf" -e stderr -g "daemon off;"
