// Makes the package's one ES module from wasm-bindgen's `--target web` glue and
// wrapper.js: the glue's own exports become private, so the module exports only
// the API, and loading it costs one request (the .wasm) besides itself.
// Usage: node crates/js/js/assemble.mjs GLUE.js OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [glue, out] = process.argv.slice(2);
if (!glue || !out) {
  console.error('usage: node assemble.mjs GLUE.js OUT_DIR');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
let source = readFileSync(glue, 'utf8');
const before = source;
source = source.replace(/^export function /gm, 'function ');
source = source.replace(/^export \{ initSync, __wbg_init as default \};\s*$/m, '');
if (source === before || /^export /m.test(source)) {
  console.error(`assemble.mjs: ${glue} does not have the exports this script expects (a new wasm-bindgen?)`);
  process.exit(1);
}
const wrapper = readFileSync(join(here, 'wrapper.js'), 'utf8');
writeFileSync(join(out, 'index.js'), `${source.trimEnd()}\n\n${wrapper}`);
