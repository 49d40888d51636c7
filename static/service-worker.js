// Plate Trail's service worker: after one visit the app works with the network gone.
// scripts/service_worker.mjs (a Trunk hook) writes dist/service-worker.js from this file,
// with BUILD filled in: every file of the build (the pages, their hashed wasm, JS and CSS,
// the town-wide worker's files) with its SHA-384, the `?v=` values its pages use, and a
// version derived from the files.
//
// - Install: one cache per build, named by its version and this worker's scope (two copies
//   of the app under different paths of one host keep their own). Every file is fetched
//   with its integrity, so a file from another build (a deploy half done, a stale HTTP
//   cache) fails the install instead of joining this build's cache.
// - Fetch: the build's files come from its cache, the page for any navigation to the app's
//   directory; anything else, or a file asked for by another build's page (a `?v=` this
//   build's pages do not use), goes to the network as if there were no service worker.
// - Update: a new build waits until the page asks it to take over (static/start.js does,
//   before the app starts, when no other tab runs the app, and starts no build of its own
//   once it has asked), so a running page never mixes two builds' files. On activate it deletes the older builds' caches of its scope.
const BUILD = /* filled in by scripts/service_worker.mjs */ null;

const SCOPE_PATH = new URL(self.registration.scope).pathname;
const CACHE_PREFIX = `plate-trail:${SCOPE_PATH}:`;
const CACHE_NAME = CACHE_PREFIX + BUILD.version;
const INTEGRITY = new Map(BUILD.files);
const VERSIONS = new Set(BUILD.versions);

/** A build file, checked against its hash: from the HTTP cache if it is the right one. */
async function fetchChecked(file) {
  const integrity = INTEGRITY.get(file);
  for (const cache of ['default', 'reload']) {
    try {
      const response = await fetch(new Request(file, { cache, integrity }));
      if (response.ok) return response;
    } catch {
      // Not this build's bytes (or no network): try the server itself, then give up.
    }
  }
  throw new Error(`${file} is not this build's (${BUILD.version})`);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE_NAME);
    try {
      await Promise.all([...INTEGRITY.keys()].map(async (file) => cache.put(file, await fetchChecked(file))));
    } catch (error) {
      await caches.delete(CACHE_NAME);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// A page about to start asks a waiting build whether it could take over ('alone'), then asks
// it to ('take-over'; static/service-worker-page.js says why in two steps). It can when no
// other tab of the app runs: taking over swaps the worker under every page of the app.
// A page of an earlier protocol sends one 'take-over' with `until`, a time on the page's
// clock (which is this worker's) after which it has started its own build: refused then.
self.addEventListener('message', (event) => {
  const { ask, until } = event.data ?? {};
  if (ask !== 'alone' && ask !== 'take-over') return;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const alone = windows.filter((client) => new URL(client.url).pathname.startsWith(SCOPE_PATH)).length <= 1;
    const agreed = alone && !(until <= Date.now());
    if (ask === 'take-over' && agreed) await self.skipWaiting();
    event.ports[0]?.postMessage(agreed);
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin || !url.pathname.startsWith(SCOPE_PATH)) return;
  let file = decodeURIComponent(url.pathname.slice(SCOPE_PATH.length));
  if (request.mode === 'navigate') {
    // The page, whatever its query (a shared run's settings) says.
    if (file === '') file = 'index.html';
  } else {
    const version = url.searchParams.get('v');
    if (version !== null && !VERSIONS.has(version)) return;
  }
  if (!INTEGRITY.has(file)) return;
  event.respondWith((async () => {
    const cached = await (await caches.open(CACHE_NAME)).match(file);
    return cached ?? fetch(request);
  })());
});
