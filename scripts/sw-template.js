// The service worker: after one visit the whole app works offline, and what a
// deployment changes reaches a returning visitor on the next load.
// Generated into dist/sw.js by scripts/make-sw.mjs; edit the template, not dist/.
//
// - Files whose names carry a content hash (the app's .js, .wasm and .css)
//   never change: they are served from the cache first.
// - Every other file of the build (the page, for every navigation; early.js,
//   boot.js, catalogue.json, the manifest, the icons) comes from the network
//   first, revalidated, so a replaced catalogue.json, a changed header such as
//   the Content-Security-Policy, or a new build is seen at once. The cached
//   copy is used only when the network cannot be reached (offline).
// - The cache holds this build's files, precached at install. catalogue.json
//   is refreshed in it whenever the network gives one (it is data: offline, the
//   district's latest list). The page is refreshed only while it is this
//   build's page byte for byte (a new header, same page), so the cache never
//   pairs a page with code it was not built with: a new build's page arrives
//   with the new build's worker, which the person takes over with "reload".
//
// A deployment that must retire the worker puts deploy/kill-switch/sw.js in
// place of this file (README.md, "Deploying").
const VERSION = "__VERSION__";
const CACHE = `skillcheck-${VERSION}`;
// This build's files, relative to this script: cache-first, and network-first
// (the page, as "./", first).
const HASHED = __HASHED__;
const REVALIDATED = __REVALIDATED__;

const absolute = (relative) => new URL(relative, self.location.href).href;
const PAGE = absolute("./");
const CATALOGUE = absolute("./catalogue.json");
const HASHED_URLS = new Set(HASHED.map(absolute));
const REVALIDATED_URLS = new Set(REVALIDATED.map(absolute));

self.addEventListener("install", (event) => {
  // Everything of this build, or nothing: a half-filled cache is never used.
  // The files without a hash are revalidated, so no stale HTTP-cache copy of
  // an earlier deployment's boot.js slips into this build's cache.
  const requests = [
    ...REVALIDATED.map((url) => new Request(url, { cache: "no-cache" })),
    ...HASHED.map((url) => new Request(url)),
  ];
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  // Old builds' caches go once this build takes over.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("skillcheck-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  // The page asks a waiting new build to take over when the person chooses to reload.
  if (event.data === "skillcheck:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // A query never names another file (?catalogue= is read by the app, not the server).
  const file = url.origin + url.pathname;
  if (request.mode === "navigate") event.respondWith(page(event));
  else if (HASHED_URLS.has(file)) event.respondWith(cacheFirst(request, file));
  else if (REVALIDATED_URLS.has(file)) event.respondWith(networkFirst(event, file));
  // Anything else (a portal's own ?catalogue= list, a file of a later build)
  // goes to the network as if there were no worker.
});

/** From the network, revalidated; offline, this build's copy in the cache. */
async function networkFirst(event, file) {
  try {
    const response = await fetch(event.request, { cache: "no-cache" });
    if (file === CATALOGUE && response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(CATALOGUE, copy)));
    }
    return response;
  } catch (offline) {
    const cached = await caches.match(file, { cacheName: CACHE });
    if (cached) return cached;
    throw offline;
  }
}

/** Every page is network-first; offline, it is this build's index.html. */
async function page(event) {
  try {
    const response = await fetch(event.request, { cache: "no-cache" });
    if (response.ok && response.type === "basic" && !response.redirected) {
      event.waitUntil(refreshPage(response.clone()));
    }
    return response;
  } catch (offline) {
    const cached = await caches.match(PAGE, { cacheName: CACHE });
    if (cached) return cached;
    throw offline;
  }
}

/** Keeps the newest headers of this build's page for offline use, never another page. */
async function refreshPage(response) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(PAGE);
  if (!cached) return;
  const [fresh, kept] = await Promise.all([response.arrayBuffer(), cached.arrayBuffer()]);
  if (!sameBytes(new Uint8Array(fresh), new Uint8Array(kept))) return;
  // The body is decoded already: the copy must not claim an encoding or a length.
  const headers = new Headers(response.headers);
  headers.delete("Content-Encoding");
  headers.delete("Content-Length");
  await cache.put(PAGE, new Response(fresh, { status: response.status, statusText: response.statusText, headers }));
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** From this build's cache; on a miss (a cache the browser evicted), from the network. */
async function cacheFirst(request, file) {
  const cached = await caches.match(file, { cacheName: CACHE });
  return cached ?? fetch(request);
}
