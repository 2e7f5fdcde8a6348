// Starts the app from a file rather than an inline script, so a strict
// Content-Security-Policy (script-src 'self') needs no exception. If the
// WebAssembly cannot load (an old browser, a dropped connection), it shows the
// bilingual message that index.html already holds instead of a blank page.
const loader = document.querySelector("script[data-skillcheck-js]");
const root = document.documentElement;

// Before the app arrives, the start screen written into index.html already
// works: the language and text-size buttons act at once on <html>, and
// "start" shows that the app is opening. Each press is also recorded in
// window.skillcheckBoot (made by early.js), which the app reads when it starts.
const boot = (window.skillcheckBoot ??= { settings: {}, start: { lang: root.lang, large: false }, begun: false });

function startScreenControls() {
  const nav = document.querySelector("#boot-start nav");
  const large = document.getElementById("toggle-large");
  const begin = document.getElementById("begin");
  const label = () => {
    if (nav) nav.setAttribute("aria-label", root.lang === "en" ? nav.dataset.labelEn : nav.dataset.labelZh);
  };
  const switchTo = (lang, focus) => () => {
    root.lang = lang;
    boot.start.lang = lang;
    label();
    document.getElementById(focus)?.focus();
  };
  label();
  document.getElementById("boot-to-en")?.addEventListener("click", switchTo("en", "boot-to-zh"));
  document.getElementById("boot-to-zh")?.addEventListener("click", switchTo("zh-CN", "boot-to-en"));
  large?.setAttribute("aria-pressed", String(root.classList.contains("large-text")));
  large?.addEventListener("click", () => {
    const on = root.classList.toggle("large-text");
    boot.start.large = on;
    large.setAttribute("aria-pressed", String(on));
  });
  begin?.addEventListener("click", () => {
    boot.begun = true;
    begin.textContent = root.lang === "en" ? begin.dataset.loadingEn : begin.dataset.loadingZh;
    begin.setAttribute("aria-disabled", "true");
  });
}

function showFailure() {
  const start = document.getElementById("boot-start");
  const loading = document.getElementById("boot-loading");
  const failed = document.getElementById("boot-failed");
  if (start) start.hidden = true;
  if (loading) loading.hidden = true;
  if (failed) failed.hidden = false;
}

startScreenControls();

// Embedding (embed.html shows how): with ?parent=<the portal's origin>
// (read and checked by early.js), and only inside a frame, the page tells that
// origin, never "*", its content height whenever it changes, and answers the
// parent's {type: "skillcheck:height?"}. Messages from any other window or
// origin are ignored.
function embedParent() {
  const origin = boot.settings?.parent;
  return typeof origin === "string" && window.parent !== window ? origin : null;
}

const parentOrigin = embedParent();
if (parentOrigin) {
  let sent = -1;
  const sendHeight = (always) => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(
      document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
    );
    if (height === sent && !always) return;
    sent = height;
    window.parent.postMessage({ type: "skillcheck:height", height }, parentOrigin);
  };
  new ResizeObserver(() => sendHeight(false)).observe(document.body);
  window.addEventListener("message", (event) => {
    if (event.origin !== parentOrigin || event.source !== window.parent) return;
    if (event.data?.type === "skillcheck:height?") sendHeight(true);
  });
}

// The start screen paints first; only then does the app's download begin, so
// on a slow network the page's own text never waits behind the WebAssembly,
// and the app never replaces the start screen before the browser has counted
// its paint (an element removed before its paint is reported is not counted:
// the largest paint would then be the app's, after the whole download). Where
// the browser reports largest paints, wait for the first report; otherwise,
// for the first frame. A deep link shows no start screen and does not wait.
// (A tab in the background paints nothing: it waits at most 300 ms.)
function afterStartScreenPaint() {
  if (root.classList.contains("deep-link")) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 300);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
      new PerformanceObserver((list, observer) => {
        observer.disconnect();
        done();
      }).observe({ type: "largest-contentful-paint", buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(done, 0));
    }
  });
}

try {
  if (typeof WebAssembly !== "object" || !loader) throw new Error("WebAssembly is not available");
  await afterStartScreenPaint();
  const { default: init } = await import(loader.dataset.skillcheckJs);
  await init({ module_or_path: loader.dataset.skillcheckWasm });
} catch (error) {
  showFailure();
}

// Offline after one visit: a service worker (dist/sw.js, made by
// scripts/make-sw.mjs) caches this build. A new deployment is offered with a
// reload button and never mixed with the running page. In a sandboxed frame or
// where service workers are unavailable, the app simply runs without one.
async function registerServiceWorker() {
  let container;
  try {
    container = navigator.serviceWorker;
  } catch {
    return;
  }
  if (!container) return;
  try {
    const registration = await container.register(new URL("sw.js", document.baseURI));
    let reloadRequested = false;
    const offer = (worker) => {
      const banner = document.getElementById("update-ready");
      const button = document.getElementById("update-reload");
      if (!banner || !button) return;
      banner.hidden = false;
      button.onclick = () => {
        reloadRequested = true;
        worker.postMessage("skillcheck:activate");
      };
    };
    if (registration.waiting && container.controller) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && container.controller) offer(worker);
      });
    });
    container.addEventListener("controllerchange", () => {
      if (reloadRequested) location.reload();
    });
  } catch {
    // No offline support here (storage blocked, private mode): the app works online.
  }
}

registerServiceWorker();
