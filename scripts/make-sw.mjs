// Writes sw.js, the service worker, into Trunk's staging folder after a build
// (a post_build hook in Trunk.toml). Its cache name carries a hash of every
// file of the build, so each deployment gets its own cache; it precaches them
// all (the catalogue included) so the app works offline after one visit.
//
// The files are given to the worker in two lists, which decide how it serves
// them (scripts/sw-template.js): those whose names carry a content hash (the
// same pattern deploy/nginx.conf caches for a year) from the cache first, all
// the others (the page, early.js, boot.js, catalogue.json, ...) from the
// network first.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Trunk's content-hashed file names: name-<hash>[_bg].js|wasm|css, the 64-bit
 * hash in hex without leading zeros (up to 16 digits; one build in 16 has 15).
 * deploy/nginx.conf's hashed-file location uses the same pattern
 * (tests/hashed-names.test.mjs checks that they agree).
 */
export const HASHED_NAME = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) {
  console.error("make-sw: set TRUNK_STAGING_DIR or pass the build folder");
  process.exit(2);
}

const files = readdirSync(staging)
  .filter((name) => name !== "sw.js")
  .filter((name) => statSync(path.join(staging, name)).isFile())
  .sort();
const hash = createHash("sha256");
for (const name of files) {
  hash.update(name);
  hash.update(readFileSync(path.join(staging, name)));
}
const version = hash.digest("hex").slice(0, 16);

const hashed = files.filter((name) => HASHED_NAME.test(name)).map((name) => `./${name}`);
// The page is cached as "./", the address every navigation falls back to offline.
const revalidated = [
  "./",
  ...files.filter((name) => name !== "index.html" && !HASHED_NAME.test(name)).map((name) => `./${name}`),
];
if (hashed.length === 0 || !files.includes("index.html") || !files.includes("catalogue.json")) {
  console.error(`make-sw: ${staging} does not look like a build (no hashed files, index.html or catalogue.json)`);
  process.exit(1);
}

const template = readFileSync(new URL("./sw-template.js", import.meta.url), "utf8");
const filled = {
  __VERSION__: version,
  __HASHED__: JSON.stringify(hashed, null, 2),
  __REVALIDATED__: JSON.stringify(revalidated, null, 2),
};
let worker = template;
for (const [placeholder, value] of Object.entries(filled)) {
  if (!worker.includes(placeholder)) {
    console.error(`make-sw: scripts/sw-template.js has no ${placeholder}`);
    process.exit(1);
  }
  worker = worker.replace(placeholder, value);
}
writeFileSync(path.join(staging, "sw.js"), worker);
console.log(
  `make-sw: sw.js for build ${version}: ${hashed.length} hashed files cache-first, ${revalidated.length} network-first`,
);
