// The last town the visitor imported, kept in this browser's IndexedDB (never sent anywhere)
// so the page can have it again after a reload: the console and the policy lab are another
// module, and moving to them reloads the page. One record, replaced by each import. Loaded
// by static/worker.js only when an import or a reloaded page needs it, so the first visit
// does not download it (in the single offline file it comes before worker.js in the
// worker's own source: scripts/offline_file.mjs, static/offline-setup.js).
function useTownStore(mode, use) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('plate-trail-towns', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('towns');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction('towns', mode);
      const request = use(transaction.objectStore('towns'));
      transaction.oncomplete = () => { db.close(); resolve(request.result); };
      transaction.onerror = () => { db.close(); reject(transaction.error); };
    };
  });
}
// Keeps `[digest, json]` (what town_desk_held_town gives) as the last town.
self.keepTown = ([digest, json]) => useTownStore('readwrite', (store) => store.put({ digest, json }, 'last'));
// The kept town's JSON if it is the one with `digest`, else null.
self.recallTown = (digest) => useTownStore('readonly', (store) => store.get('last'))
  .then((kept) => (kept?.digest === digest ? kept.json : null));
