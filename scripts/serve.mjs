#!/usr/bin/env node
// A small static file server for the built app (dist/), with no dependencies.
//
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--examples] [dir]
//
// Environment variables PORT, HOST and SERVE_DIR are used when the matching
// argument is not given. Port 0 asks the system for a free port; the address
// actually used is printed either way.
//
// --examples also serves the repository's examples/ folder at /examples/ (the
// portal's embedding example, for trying it and for the end-to-end tests);
// it is never part of dist/.
//
// Every response header the server sends is decided in `headersFor` below:
// the strict Content-Security-Policy and the other security headers.

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { MIME_TYPES } from "./lib/mime.mjs";

const EXAMPLES_DIR = fileURLToPath(new URL("../examples/", import.meta.url));

/**
 * The Content-Security-Policy the app runs under: nothing but this origin,
 * WebAssembly allowed, no inline script or style. `frame-ancestors` says who
 * may embed the page: FRAME_ANCESTORS (e.g. "'self' https://portal.example"),
 * 'self' by default. README.md documents the same headers for nginx.
 */
function contentSecurityPolicy(frameAncestors = "'self'", frameSources = []) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...frameSources,
  ].join("; ");
}

/**
 * The one place that decides response headers. `port` is the port the request
 * came in on: an example page (the portal's side) may frame the checker served
 * here, under this machine's names, and nothing else.
 */
function headersFor(filePath, size, port) {
  const extension = path.extname(filePath).toLowerCase();
  const example = filePath.startsWith(EXAMPLES_DIR);
  const headers = {
    "Content-Type": MIME_TYPES[extension] ?? "application/octet-stream",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": contentSecurityPolicy(
      process.env.FRAME_ANCESTORS,
      example ? [`frame-src http://127.0.0.1:${port} http://localhost:${port}`] : [],
    ),
    // Public files: a sandboxed frame (an opaque origin) loads the app's
    // module script, WebAssembly and catalogue with CORS requests.
    "Access-Control-Allow-Origin": "*",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // index.html names the hashed asset files, so it must be revalidated;
    // the hashed files themselves could be cached for long, but a local
    // preview server gains nothing from that.
    "Cache-Control": "no-cache",
  };
  if (size !== undefined) headers["Content-Length"] = String(size);
  return headers;
}

function parseArguments(argv, environment) {
  const options = {
    port: environment.PORT ?? "8080",
    host: environment.HOST ?? "127.0.0.1",
    directory: environment.SERVE_DIR ?? "dist",
    examples: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--port" || argument === "-p") options.port = argv[++index];
    else if (argument === "--host") options.host = argv[++index];
    else if (argument === "--examples") options.examples = true;
    else if (argument === "--help" || argument === "-h") {
      console.log("usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--examples] [dir]");
      process.exit(0);
    } else if (argument.startsWith("-")) {
      throw new Error(`unknown option ${argument}`);
    } else options.directory = argument;
  }
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`port must be a number from 0 to 65535, got ${JSON.stringify(options.port)}`);
  }
  return { ...options, port, directory: path.resolve(options.directory) };
}

/** Maps a URL path to a file inside `root`, or null if it would leave `root`. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const candidate = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  return candidate;
}

async function findFile(root, urlPath) {
  const candidate = resolveInside(root, urlPath);
  if (candidate === null) return null;
  try {
    let info = await stat(candidate);
    let filePath = candidate;
    if (info.isDirectory()) {
      filePath = path.join(candidate, "index.html");
      info = await stat(filePath);
    }
    return info.isFile() ? { filePath, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendError(response, status, message) {
  const body = `${status} ${message}\n`;
  response.writeHead(status, {
    ...headersFor("error.txt", Buffer.byteLength(body), response.socket?.localPort),
  });
  response.end(body);
}

function start({ port, host, directory, examples }) {
  const server = createServer(async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      sendError(response, 405, "Method Not Allowed");
      return;
    }
    const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
    const found =
      examples && urlPath.startsWith("/examples/")
        ? await findFile(path.resolve(EXAMPLES_DIR), urlPath.slice("/examples".length))
        : await findFile(directory, urlPath);
    if (found === null) {
      sendError(response, 404, "Not Found");
      return;
    }
    response.writeHead(200, headersFor(found.filePath, found.size, request.socket.localPort));
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(found.filePath)
      .on("error", () => response.destroy())
      .pipe(response);
  });

  server.on("error", (error) => {
    if (error.code === "EADDRINUSE") {
      console.error(`serve.mjs: port ${port} on ${host} is already in use; stop the other server or pass --port.`);
    } else {
      console.error(`serve.mjs: ${error.message}`);
    }
    process.exit(1);
  });

  server.listen(port, host, () => {
    const address = server.address();
    const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
    const relative = path.relative(process.cwd(), directory);
    const shownDirectory = relative === "" ? "." : relative.startsWith("..") ? directory : relative;
    console.log(`Serving ${shownDirectory}/ at http://${shownHost}:${address.port}/ (Ctrl-C stops)`);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}

let options;
try {
  options = parseArguments(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`serve.mjs: ${error.message}`);
  process.exit(2);
}
let isDirectory = false;
try {
  isDirectory = (await stat(options.directory)).isDirectory();
} catch {
  isDirectory = false;
}
if (!isDirectory) {
  console.error(`serve.mjs: ${options.directory} is not a directory; build the app first (trunk build --release).`);
  process.exit(1);
}
start(options);
