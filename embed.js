// The portal's side of embedding (see embed.html). It builds the checker's
// address from the iframe's data-* settings, adds this page's origin as
// `parent`, and sets the frame's height from the checker's messages. It
// accepts a message only from that frame's window, and, unless the frame is
// sandboxed (its origin is then "null"), only from the checker's origin.
(function () {
  const frame = document.getElementById("skillcheck");
  if (!frame) return;
  // For trying the example: this page's own query overrides the data-* settings.
  const own = new URLSearchParams(location.search);
  const setting = (name) => own.get(name) ?? frame.dataset[name] ?? "";

  const app = new URL(setting("app") || "./", location.href);
  for (const name of ["lang", "large", "kiosk", "idle", "catalogue"]) {
    const value = setting(name);
    if (value) app.searchParams.set(name, value);
  }
  app.searchParams.set("parent", location.origin);

  const sandbox = setting("sandbox");
  if (sandbox === "strict") frame.setAttribute("sandbox", "allow-scripts allow-forms");
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
