// Barometer's first moments, before the wasm has arrived (scripts/post_build.py
// puts this inline in index.html's <head>; the CSP allows it by its hash).
//
// index.html carries the first screen for the built-in 2014 data, rendered
// at build time (src/bin/prerender.rs). That is right only for a plain
// visit: a share link (#b1=…), data loaded earlier or an open scenario saved
// in this browser would show other numbers, so then only the frame shows,
// with "Henter dine data…", until the app takes over (app::browser::take_over).
// If the app cannot start at all (the wasm blocked, an old browser), one
// Danish sentence says so instead of an endless "Henter…".
(function () {
  'use strict';
  var root = document.documentElement;
  var meta = document.querySelector('meta[name="barometer-built-in"]');
  // The built-in data's fingerprint, then those it had before a correction
  // of its words: work saved under those opens on it too.
  var builtIn = meta ? meta.getAttribute('content').split(' ') : [];

  function ownWork() {
    if (/^#?b1=/.test(location.hash)) return true;
    try {
      if (localStorage.getItem('barometer/dataset') !== null) return true;
      // Saved scenarios with Base active still open on the built-in readings.
      return builtIn.some(function (fingerprint) {
        var saved = localStorage.getItem('barometer/saved/' + fingerprint);
        return saved !== null && JSON.parse(saved).active != null;
      });
    } catch (e) {
      // No storage (a private window) holds no work; a saved blob that
      // cannot be read is set aside by the app, which starts on the
      // built-in readings and says so.
      return false;
    }
  }

  root.classList.add('starting');
  var own = ownWork();
  if (own) root.classList.add('own-data');

  function say(text) {
    var status = document.getElementById('boot-status');
    if (status && root.classList.contains('starting')) status.textContent = text;
  }
  // Shown at once for the user's own work; for a plain visit only if the
  // start takes long (styles/base.css), when a click would do nothing yet.
  document.addEventListener('DOMContentLoaded', function () {
    if (!said) say(own ? 'Henter dine data…' : 'Barometer starter … knapperne virker om et øjeblik.');
  });

  var said = false;
  function cannotStart() {
    if (said || !root.classList.contains('starting')) return;
    said = true;
    root.classList.add('start-failed');
    var text = own
      ? 'Den interaktive del af Barometer kunne ikke starte, så dine egne data og scenarier kan ikke vises. Genindlæs siden; hjælper det ikke, så prøv en nyere browser eller en anden forbindelse.'
      : 'Den interaktive del af Barometer kunne ikke starte: tallene herunder er 2014-status, men de kan ikke ændres her. Genindlæs siden; hjælper det ikke, så prøv en nyere browser eller en anden forbindelse.';
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { say(text); });
    else say(text);
  }

  // The loader's module, its import or the wasm failing: an error event (on
  // the script element, caught here on the way down) or a rejected promise.
  addEventListener('error', function (e) {
    var t = e.target;
    if (t && (t.tagName === 'SCRIPT' || t.tagName === 'LINK')) cannotStart();
    else if (e.message !== undefined) cannotStart();
  }, true);
  addEventListener('unhandledrejection', cannotStart);
  // The app is up once it has taken over; a start that never ends is a
  // failure too, counted while the tab is in view (a background tab may wait).
  (function late() {
    setTimeout(function () { if (document.hidden) late(); else cannotStart(); }, 30000);
  })();
})();

// When the page has been idle a while: fetch the import worker (612 KB, for
// Excel and compass files), so the service worker has it for offline use,
// without it weighing on the first visit.
// Only once the service worker controls the page, so that it keeps them.
addEventListener('load', function () {
  var sw = navigator.serviceWorker;
  if (!sw) return;
  function prefetch() {
    ['import-worker_loader.js', 'import-worker.js', 'import-worker_bg.wasm'].forEach(function (f) {
      fetch('./' + f).catch(function () {});
    });
  }
  setTimeout(function () {
    if (sw.controller) prefetch();
    else sw.addEventListener('controllerchange', prefetch, { once: true });
  }, 10000);
});
