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

# The Rust version rust-toolchain.toml pins (its `channel`, e.g. 1.95.0).
rust_toolchain_channel() {
  sed -n 's/^channel *= *"\(.*\)"$/\1/p' "$REPO_ROOT/rust-toolchain.toml"
}

# The pinned toolchain must exist under a name rustup knows, without rustup
# downloading anything by surprise (a proxy such as cargo, run in this
# repository, would otherwise try to install the pinned name). In order:
#   1. rustup has it under its own name (1.95.0-<host>): use it.
#   2. another installed toolchain is that exact version (often `stable`):
#      use it through RUSTUP_TOOLCHAIN for everything these scripts run.
#   3. otherwise install it with the targets and components the file names.
# Nothing here runs rustup or a proxy inside the repository before the choice
# is made, so rustup's auto-install (RUSTUP_AUTO_INSTALL) never downloads the
# pinned toolchain behind the scripts' back.
ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1 || ! command -v rustup >/dev/null 2>&1; then
    stop "check Rust" "install Rust with rustup (https://rustup.rs), then run this script again."
  fi
  local channel toolchain version
  channel="$(rust_toolchain_channel)"
  [ -n "$channel" ] || stop "read the channel in rust-toolchain.toml" "rust-toolchain.toml must say channel = \"<version>\"."
  # From / : in this repository even `rustup toolchain list` resolves
  # rust-toolchain.toml, and with rustup's auto-install on, downloads it.
  local installed
  installed="$(cd / && rustup toolchain list | awk '{print $1}')"
  if awk -v name="$channel-" 'index($0, name) == 1 { found = 1 } END { exit !found }' <<<"$installed"; then
    echo "rustc $channel (rust-toolchain.toml): already installed"
    return
  fi
  while read -r toolchain; do
    [ -n "$toolchain" ] || continue
    version="$(cd / && rustup run "$toolchain" rustc --version 2>/dev/null | awk '{print $2}')" || true
    if [ "$version" = "$channel" ]; then
      export RUSTUP_TOOLCHAIN="$toolchain"
      echo "rustc $channel (rust-toolchain.toml; rustup's \"${toolchain%%-*}\" toolchain is that version, used through RUSTUP_TOOLCHAIN): already installed"
      return
    fi
  done <<<"$installed"
  step "rustup toolchain install $channel" \
    "check that static.rust-lang.org is reachable, then run: rustup toolchain install $channel --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown" \
    rustup toolchain install "$channel" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
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

# npm_lock_missing PREFIX LOCKFILE: prints each package of LOCKFILE that is
# not in PREFIX/node_modules at its locked version (nothing: all installed).
npm_lock_missing() {
  # shellcheck disable=SC2016 # ${...} below is JavaScript, not shell
  node -e '
    const fs = require("fs"), path = require("path");
    const [root, lockFile] = process.argv.slice(1);
    const lock = JSON.parse(fs.readFileSync(lockFile, "utf8"));
    for (const [where, entry] of Object.entries(lock.packages)) {
      if (where === "" || entry.optional) continue;
      let installed = null;
      try { installed = JSON.parse(fs.readFileSync(path.join(root, where, "package.json"), "utf8")).version; } catch {}
      if (installed !== entry.version) console.log(`${where} ${entry.version}`);
    }' "$1" "$2"
}

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

  local missing
  missing="$(npm_lock_missing "$REPO_ROOT" "$REPO_ROOT/package-lock.json")"
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

# The wasm-bindgen CLI is built from its published crate with the lockfile kept
# in scripts/wasm-bindgen-cli/ (see the README there): its own published lock
# pins a crate the registry does not serve, so a plain `--locked` install fails.
WASM_BINDGEN_CLI_DIR="$REPO_ROOT/scripts/wasm-bindgen-cli"

ensure_wasm_bindgen() {
  local wanted locked version=""
  wanted="$(wasm_bindgen_lock_version)"
  [ -n "$wanted" ] || stop "read the wasm-bindgen version from Cargo.lock" \
    "run cargo generate-lockfile (or cargo build) so Cargo.lock lists wasm-bindgen."
  locked="$(awk '$0 == "name = \"wasm-bindgen-cli\"" { getline; gsub(/version = |"/, ""); print; exit }' \
    "$WASM_BINDGEN_CLI_DIR/Cargo.lock")"
  if [ "$locked" != "$wanted" ] || ! grep -q " wasm-bindgen-cli-$wanted.crate\$" "$WASM_BINDGEN_CLI_DIR/crate.sha256"; then
    stop "match scripts/wasm-bindgen-cli/ to the wasm-bindgen $wanted in Cargo.lock" \
      "its Cargo.lock and crate.sha256 are for ${locked:-nothing}; follow scripts/wasm-bindgen-cli/README.md to make them for $wanted."
  fi
  if command -v wasm-bindgen >/dev/null 2>&1 && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    version="$(wasm-bindgen --version | awk '{print $2}')"
  fi
  # Built from the lock (a path install), not from the registry without it.
  if [ "$version" = "$wanted" ] && cargo install --list | grep -q "^wasm-bindgen-cli v$wanted (/"; then
    echo "wasm-bindgen $wanted (built with scripts/wasm-bindgen-cli/Cargo.lock): already installed"
    return
  fi
  echo "wasm-bindgen: found '${version:-none}', Cargo.lock needs $wanted built with scripts/wasm-bindgen-cli/Cargo.lock; building it (a few minutes)"

  # Outside the repository (cargo would take the crate for a stray member of
  # this workspace), so with rust-toolchain.toml's toolchain named explicitly.
  # cargo has no "download" command: a throwaway package that depends on the
  # crate makes cargo fetch it (checked against the registry index).
  local work toolchain
  work="$(mktemp -d "${TMPDIR:-/tmp}/skillcheck-wasm-bindgen-cli.XXXXXX")"
  toolchain="+${RUSTUP_TOOLCHAIN:-$(rust_toolchain_channel)}"
  mkdir -p "$work/fetch/src"
  printf '[package]\nname = "fetch-wasm-bindgen-cli"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\nwasm-bindgen-cli = "=%s"\n\n[workspace]\n' \
    "$wanted" >"$work/fetch/Cargo.toml"
  : >"$work/fetch/src/lib.rs"
  step "cargo fetch wasm-bindgen-cli $wanted" \
    "check that crates.io is reachable, then run this script again." \
    cargo "$toolchain" fetch --manifest-path "$work/fetch/Cargo.toml" --target "$(rustc -vV | sed -n 's/^host: //p')"
  local crate
  crate="$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" -name "wasm-bindgen-cli-$wanted.crate" -print -quit)"
  [ -n "$crate" ] || stop "find the downloaded wasm-bindgen-cli-$wanted.crate in cargo's cache" \
    "cargo fetched it, but it is not in ${CARGO_HOME:-$HOME/.cargo}/registry/cache; run this script again."
  (cd "$(dirname "$crate")" && sha256sum --check --quiet "$WASM_BINDGEN_CLI_DIR/crate.sha256") ||
    stop "check wasm-bindgen-cli-$wanted.crate against scripts/wasm-bindgen-cli/crate.sha256" \
      "the downloaded crate differs from the one the lock was made for; do not build it. Compare with the crates.io index."
  tar -xzf "$crate" -C "$work"
  cp "$WASM_BINDGEN_CLI_DIR/Cargo.lock" "$work/wasm-bindgen-cli-$wanted/Cargo.lock"
  step "cargo install --locked --path wasm-bindgen-cli-$wanted (with scripts/wasm-bindgen-cli/Cargo.lock)" \
    "check that crates.io is reachable; if cargo says the lock needs updating, follow scripts/wasm-bindgen-cli/README.md." \
    cargo "$toolchain" install --locked --force --path "$work/wasm-bindgen-cli-$wanted"
  rm -rf "$work"
}

# The installed version of a Debian package, or nothing (never a failure:
# dpkg-query fails for a package it has never heard of).
debian_version() {
  { dpkg-query -W -f='${db:Status-Status} ${Version}\n' "$1" 2>/dev/null || true; } |
    awk '$1 == "installed" { print $2 }'
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
