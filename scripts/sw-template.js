// The service worker: after one visit the whole app works offline.
// Generated into dist/sw.js by scripts/make-sw.mjs; edit the template, not dist/.
const VERSION = "__VERSION__";
const CACHE = `skillcheck-${VERSION}`;
const PRECACHE = __PRECACHE__;

self.addEventListener("install", (event) => {
  // Everything of this build, or nothing: a half-filled cache is never used.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Pages are this build's index.html, so an old page never meets new code.
  const lookup = request.mode === "navigate" ? caches.match("./", { cacheName: CACHE }) : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((cached) => cached ?? fetch(request)));
});
