// Kill switch for the checker's service worker (README.md, "Deploying").
//
// A deployment that must retire the worker (a broken build kept on phones, the
// checker moving away) puts this file in place of the site's sw.js. Browsers
// check sw.js again on the next visit (the server sends it with
// "Cache-Control: no-cache"); this worker then takes over at once, deletes
// every cache the checker made and unregisters itself. The page already open
// keeps running, with its requests going to the network; every later load
// comes from the server as if there had never been a worker. The page still
// registers sw.js on each load; while this file is in place, that registration
// removes itself again and caches nothing.
self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((key) => key.startsWith("skillcheck-")).map((key) => caches.delete(key)));
      await self.registration.unregister();
    })(),
  );
});

// The open page may show "a new version is ready" for this worker; its reload
// button asks the worker to take over, which here means: load the page again,
// from the server.
self.addEventListener("message", (event) => {
  if (event.data === "skillcheck:activate" && event.source && "navigate" in event.source) {
    event.waitUntil(event.source.navigate(event.source.url));
  }
});

// No fetch handler: requests go to the network.
