// Runs before the first paint (a classic script in <head>): gives <html> the
// language and text size the app will start with, so the start screen written
// into index.html shows in the right language and size and the app takes over
// without a jump; the app reads both from <html> when it starts, so this is
// the one place that decides them: a choice the person asked to remember,
// then the address's settings, then Chinese. In kiosk mode nothing
// is read from storage. A deep link (#/something) shows the loading line.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var lang = query.get("lang");
  var large = query.get("large");
  var kiosk = query.get("kiosk") === "1" || query.get("kiosk") === "true";
  try {
    if (!kiosk && localStorage.getItem("skillcheck.remember") === "1") {
      lang = localStorage.getItem("skillcheck.lang") || lang;
      large = localStorage.getItem("skillcheck.large_text") || large;
    }
  } catch (error) {
    // Storage forbidden (a sandboxed frame): the address decides.
  }
  if (lang === "en") root.lang = "en";
  if (large === "1" || large === "true") root.classList.add("large-text");
  var hash = location.hash;
  if (hash && hash !== "#" && hash !== "#/" && hash !== "#main") root.classList.add("deep-link");
})();
