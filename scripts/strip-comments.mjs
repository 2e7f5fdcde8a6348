// Drops the comments of the files the start screen is made of from the copies
// in the build (the sources keep them for their readers): whole-line `//`
// comments and blank lines of early.js and boot.js, `/* ... */` of the
// stylesheet, and `<!-- ... -->` of index.html (after the start screen has
// replaced its marker). A comment a
// reader needs stays in the source; the phone does not download it. Run by
// Trunk's post-build hook (Trunk.toml) with TRUNK_STAGING_DIR set, or with a
// directory: node scripts/strip-comments.mjs dist. Trunk has already written
// the stylesheet's Subresource Integrity hash into index.html; it is written
// again for the stripped file (a stale one makes the browser refuse the CSS).
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** A script without its whole-line comments and blank lines. */
export function stripScript(source) {
  return source
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("//"))
    .join("\n")
    .concat("\n");
}

/** A stylesheet without its comments (none of its strings holds a comment mark). */
export function stripCss(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\n\s*\n/g, "\n");
}

/** `integrity="sha384-..."` of the link to `name` in `html`, made to fit `content`. */
export function withIntegrity(html, name, content) {
  const hash = `sha384-${createHash("sha384").update(content).digest("base64")}`;
  const link = new RegExp(`(<link[^>]*href="[^"]*/${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*integrity=")sha384-[^"]*(")`);
  if (!link.test(html)) throw new Error(`index.html has no integrity for ${name}`);
  return html.replace(link, `$1${hash}$2`);
}

/** Markup without its comments. */
export function stripHtml(source) {
  if (source.includes("<!-- start-screen -->")) {
    throw new Error("index.html still has the start-screen marker: run render_start first");
  }
  return source.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, "");
}

/** Strips the start screen's files in a build directory. */
export async function stripBuild(dir) {
  for (const name of ["early.js", "boot.js"]) {
    const file = join(dir, name);
    await writeFile(file, stripScript(await readFile(file, "utf8")));
  }
  const html = join(dir, "index.html");
  let page = stripHtml(await readFile(html, "utf8"));
  for (const name of (await readdir(dir)).filter((file) => file.endsWith(".css"))) {
    const file = join(dir, name);
    const css = stripCss(await readFile(file, "utf8"));
    await writeFile(file, css);
    page = withIntegrity(page, name, css);
  }
  await writeFile(html, page);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("usage: node scripts/strip-comments.mjs DIR (or set TRUNK_STAGING_DIR)");
    process.exit(2);
  }
  await stripBuild(dir);
}
