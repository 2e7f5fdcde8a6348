#!/usr/bin/env node
// Writes a brotli (.br) and a gzip (.gz) copy beside every text and
// WebAssembly file of a build, for servers that send precompressed files
// (deploy/nginx.conf: brotli_static and gzip_static). Node's own zlib: no
// other tool needed.
//
//   node scripts/precompress.mjs dist
//
// Run it after the build, before copying dist/ to the server. Running it again
// rewrites the copies.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".ico", ".txt"]);

function filesIn(directory) {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    return statSync(file).isDirectory() ? filesIn(file) : [file];
  });
}

const directory = process.argv[2];
if (!directory || !statSync(directory, { throwIfNoEntry: false })?.isDirectory()) {
  console.error("usage: node scripts/precompress.mjs <build folder, e.g. dist>");
  process.exit(2);
}
let count = 0;
for (const file of filesIn(directory)) {
  if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
  const data = readFileSync(file);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  count += 1;
}
console.log(`precompress: ${count} files in ${directory}, each with a .br and a .gz beside it`);
