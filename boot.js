// Starts the app from a file rather than an inline script, so a strict
// Content-Security-Policy (script-src 'self') needs no exception. If the
// WebAssembly cannot load (an old browser, a dropped connection), it shows the
// bilingual message that index.html already holds instead of a blank page.
const loader = document.querySelector("script[data-skillcheck-js]");

function showFailure() {
  const loading = document.getElementById("boot-loading");
  const failed = document.getElementById("boot-failed");
  if (loading) loading.hidden = true;
  if (failed) failed.hidden = false;
}

try {
  if (typeof WebAssembly !== "object" || !loader) throw new Error("WebAssembly is not available");
  const { default: init } = await import(loader.dataset.skillcheckJs);
  await init({ module_or_path: loader.dataset.skillcheckWasm });
} catch (error) {
  showFailure();
}
