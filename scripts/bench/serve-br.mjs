#!/usr/bin/env node
// A static server for the benchmark that sends every file brotli-compressed
// (quality 11, as a production server with precompressed files would), so the
// bytes Lighthouse counts are brotli transfer sizes. No dependencies.
//
//   node scripts/bench/serve-br.mjs [dir]     # serves dir (dist by default) on a free port
//
// scripts/bench/run.mjs imports `startServer` and runs one per page measured.
// Not a replacement for scripts/serve.mjs: no security headers, no range
// requests, and `Cache-Control: no-cache` so every Lighthouse run loads afresh.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { MIME_TYPES } from "../lib/mime.mjs";

/** Brotli at quality 11 with the same parameters as scripts/size-report.mjs. */
function brotli(content, filePath) {
  const text = !filePath.endsWith(".wasm");
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

/**
 * Serves `directory` on 127.0.0.1 (a free port unless `port` is given).
 * Files are compressed once, on first request, and kept in memory with
 * their modification time. Resolves to { origin, close }.
 */
export function startServer(directory, { port = 0 } = {}) {
  const root = path.resolve(directory);
  const cache = new Map(); // file path -> { mtimeMs, raw, br }

  async function load(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    let filePath = path.resolve(root, "." + path.posix.normalize("/" + decoded));
    if (filePath !== root && !filePath.startsWith(root + path.sep)) return null;
    try {
      let info = await stat(filePath);
      if (info.isDirectory()) {
        filePath = path.join(filePath, "index.html");
        info = await stat(filePath);
      }
      const cached = cache.get(filePath);
      if (cached && cached.mtimeMs === info.mtimeMs) return { filePath, ...cached };
      const raw = await readFile(filePath);
      const entry = { mtimeMs: info.mtimeMs, raw, br: brotli(raw, filePath) };
      cache.set(filePath, entry);
      return { filePath, ...entry };
    } catch {
      return null;
    }
  }

  const server = createServer(async (request, response) => {
    const found = await load(new URL(request.url ?? "/", "http://localhost").pathname);
    if (found === null) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("404 Not Found\n");
      return;
    }
    const acceptsBrotli = /\bbr\b/.test(request.headers["accept-encoding"] ?? "");
    const body = acceptsBrotli ? found.br : found.raw;
    const headers = {
      "Content-Type": MIME_TYPES[path.extname(found.filePath).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": String(body.length),
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
    };
    if (acceptsBrotli) headers["Content-Encoding"] = "br";
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });

  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ origin, close });
    });
  });
}

// Run on its own: serve one folder until stopped.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const directory = process.argv[2] ?? "dist";
  const { origin } = await startServer(directory);
  console.log(`Serving ${directory}/ brotli-compressed at ${origin}/ (Ctrl-C stops)`);
}
