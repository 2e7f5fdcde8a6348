# shellcheck shell=bash
# Shared by scripts/serve.sh and scripts/test.sh: the `step` helper and the
# idempotent installers. Source it from bash with `set -euo pipefail` on;
# it is not meant to be run on its own.
#
# Each `ensure_*` function checks one tool by version. When the tool is
# present it prints exactly one line, "<tool> <version>: already installed";
# otherwise it installs it through the route pinned in scripts/versions.env
# (and docs in README.md), and stops with a message naming the step and what
# to do if that fails. Nothing here reads from stdin, so nothing can sit
# waiting for an answer.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=scripts/versions.env
source "$REPO_ROOT/scripts/versions.env"

CARGO_BIN_DIR="${CARGO_HOME:-$HOME/.cargo}/bin"
# node_modules/.bin first so Trunk finds wasm-opt 132 from npm `binaryen`
# before any older system wasm-opt; cargo's bin folder for trunk and wasm-bindgen.
export PATH="$REPO_ROOT/node_modules/.bin:$CARGO_BIN_DIR:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# The longest an install step may take before it is stopped (trunk takes ~9
# minutes from source on 2 cores).
INSTALL_TIMEOUT_SECONDS="${INSTALL_TIMEOUT_SECONDS:-2700}"

# step NAME HINT COMMAND...
#   Runs COMMAND (with stdin closed and a time limit). On failure prints
#   "FAILED: NAME" and HINT, then exits 1.
step() {
  local name="$1" hint="$2"
  shift 2
  echo "--> $name"
  local status=0
  timeout "$INSTALL_TIMEOUT_SECONDS" "$@" </dev/null || status=$?
  if [ "$status" -ne 0 ]; then
    if [ "$status" -eq 124 ]; then
      echo "FAILED: $name (stopped after ${INSTALL_TIMEOUT_SECONDS}s)." >&2
    else
      echo "FAILED: $name (exit status $status)." >&2
    fi
    echo "What to do: $hint" >&2
    exit 1
  fi
}

# stop NAME HINT: fail a step that has no command to run.
stop() {
  echo "FAILED: $1." >&2
  echo "What to do: $2" >&2
  exit 1
}

# Prints the command prefix that runs a command as root: nothing for root,
# "sudo -n" (never prompts) otherwise.
root_prefix() {
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || stop "find a way to run apt-get as root" \
      "run this script as root, or install sudo with passwordless access."
    echo "sudo -n"
  fi
}

# The wasm-bindgen crate version in Cargo.lock; the CLI must match it exactly.
wasm_bindgen_lock_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' \
    "$REPO_ROOT/Cargo.lock"
}

ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    stop "check Node.js" "install Node.js $NODE_MIN_MAJOR or newer with npm, then run this script again."
  fi
  local version major
  version="$(node --version)"
  major="${version#v}"
  major="${major%%.*}"
  if [ "$major" -lt "$NODE_MIN_MAJOR" ]; then
    stop "check Node.js" "Node.js $version is too old; install Node.js $NODE_MIN_MAJOR or newer."
  fi
  echo "node $version: already installed"
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1 || ! command -v rustup >/dev/null 2>&1; then
    stop "check Rust" "install Rust with rustup (https://rustup.rs), then run this script again."
  fi
  echo "$(rustc --version | cut -d' ' -f1-2): already installed"
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "wasm32-unknown-unknown target: already installed"
  else
    step "rustup target add wasm32-unknown-unknown" \
      "check that static.rust-lang.org is reachable, then run: rustup target add wasm32-unknown-unknown" \
      rustup target add wasm32-unknown-unknown
  fi
}

# ensure_rust_component COMPONENT CHECK-COMMAND...
ensure_rust_component() {
  local component="$1"
  shift
  local version
  if version="$("$@" 2>/dev/null)"; then
    echo "$component ${version#* }: already installed"
  else
    step "rustup component add $component" \
      "check that static.rust-lang.org is reachable, then run: rustup component add $component" \
      rustup component add "$component"
  fi
}

ensure_rustfmt() { ensure_rust_component rustfmt rustfmt --version; }
ensure_clippy() { ensure_rust_component clippy cargo clippy --version; }

ensure_npm_packages() {
  # package.json must pin what versions.env says; stop early if they drifted.
  local mismatch
  # shellcheck disable=SC2016 # ${...} below is JavaScript, not shell
  mismatch="$(
    node -e '
      const [packageJson, playwright, axe, binaryen] = process.argv.slice(1);
      const pins = require(packageJson).devDependencies;
      const wanted = { "@playwright/test": playwright, "@axe-core/playwright": axe, "binaryen": binaryen };
      for (const [name, version] of Object.entries(wanted)) {
        if (pins[name] !== version) console.log(`${name}: package.json has ${pins[name]}, versions.env has ${version}`);
      }' "$REPO_ROOT/package.json" \
      "$PLAYWRIGHT_TEST_VERSION" "$AXE_CORE_PLAYWRIGHT_VERSION" "$BINARYEN_VERSION"
  )"
  if [ -n "$mismatch" ]; then
    stop "compare package.json with scripts/versions.env" \
      "make them agree, then run npm install to update package-lock.json: $mismatch"
  fi

  # Installed when every package in package-lock.json is in node_modules at
  # the locked version.
  local missing
  # shellcheck disable=SC2016 # ${...} below is JavaScript, not shell
  missing="$(
    node -e '
      const fs = require("fs"), path = require("path");
      const root = process.argv[1];
      const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
      for (const [where, entry] of Object.entries(lock.packages)) {
        if (where === "") continue;
        let installed = null;
        try { installed = JSON.parse(fs.readFileSync(path.join(root, where, "package.json"), "utf8")).version; } catch {}
        if (installed !== entry.version) console.log(`${where} ${entry.version}`);
      }' "$REPO_ROOT"
  )"
  if [ -n "$missing" ]; then
    step "npm ci (Playwright, axe-core, binaryen)" \
      "check that the npm registry is reachable (npm config get registry), then run: npm ci" \
      npm ci --prefix "$REPO_ROOT" --no-audit --no-fund
  else
    echo "@playwright/test $PLAYWRIGHT_TEST_VERSION: already installed"
    echo "@axe-core/playwright $AXE_CORE_PLAYWRIGHT_VERSION: already installed"
  fi
  local wasm_opt_version
  wasm_opt_version="$("$REPO_ROOT/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" || true
  if [ "$wasm_opt_version" != "${BINARYEN_VERSION%%.*}" ]; then
    stop "check wasm-opt from npm binaryen" \
      "node_modules/.bin/wasm-opt should report version ${BINARYEN_VERSION%%.*}; delete node_modules and run this script again."
  fi
  [ -n "$missing" ] || echo "wasm-opt $wasm_opt_version (npm binaryen): already installed"
}

ensure_trunk() {
  local version=""
  if command -v trunk >/dev/null 2>&1; then
    version="$(trunk --version | awk '{print $2}')"
  fi
  if [ "$version" = "$TRUNK_VERSION" ]; then
    echo "trunk $TRUNK_VERSION: already installed"
  else
    echo "trunk: found '${version:-none}', need $TRUNK_VERSION; building from crates.io (about 10 minutes on 2 cores)"
    step "cargo install --locked trunk@$TRUNK_VERSION" \
      "check that crates.io is reachable and the disk has ~3 GB free, then run: cargo install --locked trunk@$TRUNK_VERSION" \
      cargo install --locked "trunk@$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local wanted version=""
  wanted="$(wasm_bindgen_lock_version)"
  [ -n "$wanted" ] || stop "read the wasm-bindgen version from Cargo.lock" \
    "run cargo generate-lockfile (or cargo build) so Cargo.lock lists wasm-bindgen."
  if command -v wasm-bindgen >/dev/null 2>&1 && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    version="$(wasm-bindgen --version | awk '{print $2}')"
  fi
  if [ "$version" = "$wanted" ]; then
    echo "wasm-bindgen $wanted: already installed"
  else
    echo "wasm-bindgen: found '${version:-none}', Cargo.lock needs $wanted; building from crates.io (a few minutes)"
    # Not --locked: the CLI's own lock pins a webpki-roots the registry does not serve.
    step "cargo install wasm-bindgen-cli --version $wanted" \
      "check that crates.io is reachable, then run: cargo install wasm-bindgen-cli --version $wanted" \
      cargo install wasm-bindgen-cli --version "$wanted"
  fi
}

# The installed version of a Debian package, or nothing.
debian_version() {
  dpkg-query -W -f='${db:Status-Status} ${Version}\n' "$1" 2>/dev/null | awk '$1 == "installed" { print $2 }'
}

APT_UPDATED=""
# apt_install PACKAGE...: as root or with passwordless sudo; apt-get update once per run.
apt_install() {
  local prefix
  prefix="$(root_prefix)"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$APT_UPDATED" ]; then
    # shellcheck disable=SC2086 # $prefix is empty or "sudo -n"
    step "apt-get update" \
      "run as root (or with passwordless sudo) and check that the Debian mirror is reachable." \
      $prefix apt-get update
    APT_UPDATED=1
  fi
  # shellcheck disable=SC2086
  step "apt-get install -y $*" \
    "run as root (or with passwordless sudo), then: apt-get install -y $*" \
    $prefix apt-get install -y "$@"
}

# ensure_debian_packages PACKAGE...: one line for each installed package, then
# the missing ones in a single apt-get install.
ensure_debian_packages() {
  local package version missing=()
  for package in "$@"; do
    version="$(debian_version "$package")"
    if [ -n "$version" ]; then
      echo "$package $version: already installed"
    else
      missing+=("$package")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
}

# Chromium and chromedriver for the browser tests and the benchmark.
CHROMIUM_PACKAGES=(chromium chromium-driver)
# A Chinese font, so screenshots and the 320 px layout checks see real glyphs
# (without one, Chromium draws every Chinese character as an empty box).
CJK_FONT_PACKAGES=(fonts-wqy-microhei)
# nginx with the brotli_static module, for testing deploy/nginx.conf as shipped.
NGINX_PACKAGES=(nginx libnginx-mod-http-brotli-static)

ensure_chromium() { ensure_debian_packages "${CHROMIUM_PACKAGES[@]}"; }
ensure_nginx() { ensure_debian_packages "${NGINX_PACKAGES[@]}"; }
# Everything the test command needs from Debian, in one apt-get install.
ensure_test_packages() {
  ensure_debian_packages "${CHROMIUM_PACKAGES[@]}" "${CJK_FONT_PACKAGES[@]}" "${NGINX_PACKAGES[@]}"
}

# nginx is in /usr/sbin, which is not on every user's PATH.
nginx_binary() {
  command -v nginx 2>/dev/null || echo /usr/sbin/nginx
}

# What building the release app needs.
ensure_build_tools() {
  ensure_node
  ensure_rust
  ensure_wasm_target
  ensure_npm_packages
  ensure_wasm_bindgen
  ensure_trunk
}

# The release build of the app into dist/. --offline: a tool version Trunk
# cannot find on PATH is an error, not an attempt to download it.
build_release() {
  (cd "$REPO_ROOT" && trunk build --release --offline)
}
