#!/usr/bin/env bash
# Builds the JavaScript package of the rules engine (crates/js) into
# target/package/, the folder `npm pack` packs:
#   index.js       one ES module: wasm-bindgen's glue and the API (crates/js/js/)
#   index.d.ts     generated from the Rust types (crates/js/src/bin/skillcheck-dts.rs)
#   skillcheck_engine_bg.wasm   release build, wasm-opt -Oz (npm binaryen)
#   package.json, README.md
# Needs the wasm32 target, the wasm-bindgen CLI equal to Cargo.lock's wasm-bindgen,
# and node_modules/.bin/wasm-opt (npm ci).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=target/package
WORK=target/package-build
WASM_OPT=node_modules/.bin/wasm-opt
want="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
have="$(wasm-bindgen --version | awk '{print $2}')"
if [ "$want" != "$have" ]; then
  echo "build-package.sh: wasm-bindgen CLI $have does not match wasm-bindgen $want in Cargo.lock" >&2
  exit 1
fi
if [ ! -x "$WASM_OPT" ]; then
  echo "build-package.sh: $WASM_OPT is missing; run npm ci" >&2
  exit 1
fi

cargo build -q -p skillcheck-engine-js --release --target wasm32-unknown-unknown
rm -rf "$WORK" "$OUT"
mkdir -p "$WORK" "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$WORK" --out-name skillcheck_engine \
  target/wasm32-unknown-unknown/release/skillcheck_engine_js.wasm
# The same features rustc enables by default, as the app's build passes them.
"$WASM_OPT" -Oz --converge --strip-producers --strip-debug \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$WORK/skillcheck_engine_bg.wasm" -o "$OUT/skillcheck_engine_bg.wasm"
node crates/js/js/assemble.mjs "$WORK/skillcheck_engine.js" "$OUT"
cargo run -q -p skillcheck-engine-js --features typescript --bin skillcheck-dts >"$OUT/index.d.ts" 2>"$WORK/dts.log" || {
  cat "$WORK/dts.log" >&2
  exit 1
}
cp crates/js/js/package.json crates/js/js/README.md "$OUT/"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  json.version = process.argv[2];
  fs.writeFileSync(file, JSON.stringify(json, null, 2) + "\n");
' "$OUT/package.json" "$version"
ls -l "$OUT"
