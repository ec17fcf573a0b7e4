// Barometer's service worker: after the first visit the app works with no
// network. scripts/post_build.py fills in this build's files (all but the
// import worker, cached when first fetched) and version.
// Pages are fetched network-first (so a new version arrives on the next
// online visit) and fall back to the cache; versioned files are served from
// the cache. Old caches are deleted when a new version takes over; saved
// scenarios live in localStorage and are never touched here.
const CACHE = 'barometer-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('barometer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./')),
    );
    return;
  }
  // Files of this build: from the cache; one not cached yet (the import
  // worker, fetched when first used or when the page is idle) is kept once fetched.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  })));
});
