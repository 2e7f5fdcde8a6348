// Writes sw.js, the service worker, into Trunk's staging folder after a build
// (a post_build hook in Trunk.toml). Its cache name carries a hash of every
// file of the build, so each deployment gets its own cache; it precaches them
// all (the catalogue included) so the app works offline after one visit.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) {
  console.error("make-sw: set TRUNK_STAGING_DIR or pass the build folder");
  process.exit(2);
}

const files = readdirSync(staging)
  // embed.html and embed.js are the portal's example, not part of the app.
  .filter((name) => !["sw.js", "embed.html", "embed.js"].includes(name))
  .filter((name) => statSync(path.join(staging, name)).isFile())
  .sort();
const hash = createHash("sha256");
for (const name of files) {
  hash.update(name);
  hash.update(readFileSync(path.join(staging, name)));
}
const version = hash.digest("hex").slice(0, 16);
const template = readFileSync(new URL("./sw-template.js", import.meta.url), "utf8");
const urls = ["./", ...files.filter((name) => name !== "index.html").map((name) => `./${name}`)];
const worker = template
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(urls, null, 2));
writeFileSync(path.join(staging, "sw.js"), worker);
console.log(`make-sw: sw.js for build ${version}, ${urls.length} files`);
