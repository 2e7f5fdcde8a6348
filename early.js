// Runs before the first paint (a classic script in <head>). It is the one
// reader of the page's address and of the display choices a person asked this
// device to remember, and leaves what it decided in window.skillcheckBoot for
// boot.js and the app (src/web/boot.rs reads it; ARCHITECTURE.md shows the shape):
//
//   settings:   what the address asked for (see the table in src/settings.rs)
//   remembered: { answers } when "remember my answers" is ticked (never in a kiosk)
//   start:      { lang, large }: a remembered choice, then the address, then Chinese
//   begun:      false (boot.js sets it when "start" is pressed before the app runs)
//
// It also gives <html> that language and text size, so the start screen
// written into index.html shows in the right language and size before the
// app takes over. A deep link (#/something) shows the loading line instead.
// tests/early.test.mjs runs this file against a table of tricky addresses.
(function () {
  // The storage keys; src/web/storage.rs spells the same (tests/tidy.rs checks).
  var KEYS = {
    remember: "skillcheck.remember",
    answers: "skillcheck.answers",
    lang: "skillcheck.lang",
    large: "skillcheck.large_text",
  };
  // A kiosk tab's own mark, in its session storage: "1", or its idle seconds.
  // Not one of KEYS (those are the person's), so no wipe or "clear" removes it.
  var KIOSK_TAB = "skillcheck-kiosk-tab";
  var ignored = [];
  // Names and values are percent-decoded; a repeated parameter counts once, its first value.
  var query = new URLSearchParams(location.search);
  function ignore(name, why) {
    ignored.push("ignored `" + name + "=" + query.get(name) + "`: " + why);
  }

  var settings = { lang: null, large: null, kiosk: false, idle: null, catalogue: null, catalogueRefused: false, parent: null };
  if (query.has("lang")) {
    var lang = query.get("lang");
    if (lang === "zh-CN" || lang === "zh" || lang === "zh-Hans") settings.lang = "zh-CN";
    else if (lang === "en") settings.lang = "en";
    else ignore("lang", "use zh-CN or en");
  }
  if (query.has("large")) {
    var large = query.get("large");
    if (large === "1" || large === "true") settings.large = true;
    else if (large === "0" || large === "false") settings.large = false;
    else ignore("large", "use 1 or 0");
  }
  if (query.has("kiosk")) {
    // A shared device stays safe when its address is mistyped: only an
    // explicit 0 or false turns kiosk mode off.
    var kiosk = query.get("kiosk");
    settings.kiosk = kiosk !== "0" && kiosk !== "false";
    if (kiosk !== "1" && kiosk !== "true" && settings.kiosk) ignore("kiosk", "use 1 or 0; kiosk mode is on");
  }
  if (query.has("idle")) {
    var idle = query.get("idle");
    var seconds = /^[0-9]{1,4}$/.test(idle) ? Number(idle) : NaN;
    if (!settings.kiosk) ignore("idle", "it applies only with kiosk=1");
    else if (seconds >= 10 && seconds <= 3600) settings.idle = seconds;
    else ignore("idle", "use a whole number of seconds from 10 to 3600");
  }
  if (query.has("catalogue")) {
    // Only a list on this page's own origin is ever fetched.
    try {
      var url = new URL(query.get("catalogue"), location.href);
      if (url.origin === location.origin && (url.protocol === "http:" || url.protocol === "https:")) settings.catalogue = url.href;
      else settings.catalogueRefused = true;
    } catch (error) {
      settings.catalogueRefused = true;
    }
    if (settings.catalogueRefused) ignore("catalogue", "give a list on this site's own origin");
  }
  if (query.has("parent")) {
    // The embedding portal's origin, exactly: scheme, host and port.
    var parent = query.get("parent");
    try {
      var origin = new URL(parent).origin;
      if (/^https?:\/\//.test(origin) && origin === parent.replace(/\/$/, "")) settings.parent = origin;
    } catch (error) {}
    if (settings.parent === null) ignore("parent", "give the embedding page's origin, like https://portal.example");
  }
  // A tab that was a kiosk stays one until it is closed: an address typed
  // into it without kiosk=1 (or with kiosk=0), or the app's own share link
  // opened there, would otherwise leave the next person an ordinary page that
  // never wipes. The tab remembers only that it is a kiosk, and its idle time.
  try {
    var stuck = sessionStorage.getItem(KIOSK_TAB);
    if (settings.kiosk) {
      sessionStorage.setItem(KIOSK_TAB, settings.idle === null ? "1" : String(settings.idle));
    } else if (stuck !== null) {
      if (query.has("kiosk")) ignore("kiosk", "this tab is a kiosk until it is closed");
      settings.kiosk = true;
      var stuckIdle = /^[0-9]{2,4}$/.test(stuck) ? Number(stuck) : NaN;
      if (settings.idle === null && stuckIdle >= 10 && stuckIdle <= 3600) settings.idle = stuckIdle;
    }
  } catch (error) {
    // Session storage forbidden: the address alone decides.
  }
  for (var index = 0; index < ignored.length; index++) console.warn(ignored[index]);

  var remembered = null;
  var start = { lang: settings.lang || "zh-CN", large: settings.large === true };
  try {
    // A shared device keeps no one's remembered answers: a kiosk removes what
    // an ordinary visit on this browser asked it to remember.
    if (settings.kiosk) {
      for (var key in KEYS) localStorage.removeItem(KEYS[key]);
    }
    if (!settings.kiosk && localStorage.getItem(KEYS.remember) === "1") {
      remembered = { answers: localStorage.getItem(KEYS.answers) };
      var rememberedLang = localStorage.getItem(KEYS.lang);
      if (rememberedLang === "en" || rememberedLang === "zh-CN") start.lang = rememberedLang;
      var rememberedLarge = localStorage.getItem(KEYS.large);
      if (rememberedLarge === "1" || rememberedLarge === "0") start.large = rememberedLarge === "1";
    }
  } catch (error) {
    // Storage forbidden (a sandboxed frame): the address decides.
  }

  window.skillcheckBoot = { settings: settings, remembered: remembered, start: start, begun: false };

  var root = document.documentElement;
  root.lang = start.lang;
  if (start.large) root.classList.add("large-text");
  var hash = location.hash;
  if (hash && hash !== "#" && hash !== "#/" && hash !== "#main") root.classList.add("deep-link");
})();
