// The portal's side of embedding the checker (embed.html beside this file
// shows it in a page; README.md, "Embedding in the portal", explains it).
//
// The portal writes, in its own page:
//
//   <iframe id="skillcheck" title="职业技能补贴自查 · Skills subsidy checker"
//     data-app="https://skillcheck.example.gov.cn/" data-lang="zh-CN"></iframe>
//   <script src="embed.js"></script>
//
// `data-app` is the only address this script frames: an absolute http: or
// https: URL, so the checker's origin is named in the portal's own markup.
// Anything else (javascript:, data:, a relative or protocol-relative address,
// a user name or password in it) is refused with a console error and the frame
// stays empty. The hosting page's own address never changes what is framed or
// how: its query is read only for local testing, on a page opened from this
// machine (localhost, 127.0.0.1 or [::1]), and even then `?app=` may only name
// a checker on this machine.
//
// The script adds the data-* settings and this page's origin as `parent` to
// the address, and sets the frame's height from the checker's messages,
// accepting a message only from that frame's window and, unless the frame is
// sandboxed without allow-same-origin (its origin is then "null"), only from
// the checker's origin.
(function () {
  "use strict";

  const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
  const SETTINGS = ["lang", "large", "kiosk", "idle", "catalogue"];

  /** An absolute http(s) URL with no user name or password, or null. */
  function checkerAddress(value) {
    let url;
    try {
      url = new URL(value); // no base: a relative address throws
    } catch {
      return null;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (url.username !== "" || url.password !== "") return null;
    return url;
  }

  function refuse(what, value) {
    console.error(
      `skillcheck embed: refused ${what} ${JSON.stringify(String(value))}: ` +
        "give the checker's address as an absolute http(s) URL in the iframe's data-app attribute",
    );
  }

  const frame = document.getElementById("skillcheck");
  if (!(frame instanceof HTMLIFrameElement)) return;

  // Local testing only: the page's query may vary the settings and point the
  // example at a checker on this machine. On any other host it is ignored.
  const local = LOOPBACK.has(location.hostname) && /^https?:$/.test(location.protocol);
  const query = new URLSearchParams(local ? location.search : "");

  let app;
  if (query.has("app")) {
    app = checkerAddress(query.get("app"));
    if (app === null || !LOOPBACK.has(app.hostname)) {
      refuse("?app=", query.get("app"));
      return;
    }
  } else {
    app = checkerAddress(frame.dataset.app ?? "");
    if (app === null) {
      refuse("data-app", frame.dataset.app ?? "");
      return;
    }
  }

  const setting = (name) => query.get(name) ?? frame.dataset[name] ?? "";
  for (const name of SETTINGS) {
    const value = setting(name);
    if (value) app.searchParams.set(name, value);
  }
  app.searchParams.set("parent", location.origin);

  // The portal may write sandbox="allow-scripts allow-forms" on the iframe
  // itself; ?sandbox=strict does the same when testing locally.
  if (query.get("sandbox") === "strict") frame.setAttribute("sandbox", "allow-scripts allow-forms");
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.minHeight = "24rem";

  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow) return;
    const sandboxed = frame.hasAttribute("sandbox") && !frame.sandbox.contains("allow-same-origin");
    if (event.origin !== (sandboxed ? "null" : app.origin)) return;
    const height = event.data?.type === "skillcheck:height" ? Number(event.data.height) : NaN;
    if (!Number.isFinite(height) || height <= 0) return;
    frame.style.height = `${Math.ceil(height)}px`;
    frame.dataset.height = String(Math.ceil(height));
  });
  frame.src = app.href;
})();
