// Plate Trail's town-wide worker: answers the page's requests off the main thread with the
// worker's own wasm module (`plate-trail-worker`, built by Trunk as a no-modules worker: the
// page's first download does not include it). All the work is Rust (`town_desk_answer`, see
// src/town_worker.rs and src/scenario/worker_protocol.rs); this only loads the module,
// passes messages and keeps the last imported town for the next page. The page sends { workerJs, workerWasm, request } (or, to import a town
// from the visitor's files, { workerJs, workerWasm, roadName, road, camerasName?, cameras? }
// with the files' bytes, or { recall: digest } for the town kept after an import) (one per
// request; the worker stays up and keeps the last whole-town run between them) and hears { reply } for
// each step and answer, or { error }. In the single-file plate-trail-offline.html the module's
// glue and wasm bytes come before this script in the worker's own source
// (scripts/offline_file.mjs), so nothing is fetched.
let ready;

// The last town the visitor imported, kept in this browser's IndexedDB (never sent anywhere)
// so the page can have it again after a reload: the console and the policy lab are another
// module, and moving to them reloads the page. One record, replaced by each import.
const TOWN_DB = 'plate-trail-towns';
function townStore(mode, use) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(TOWN_DB, 1);
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
const keepTown = ([digest, json]) => townStore('readwrite', (store) => store.put({ digest, json }, 'last'));
// The kept town's JSON if it is the one with `digest`, else null.
const recallTown = (digest) => townStore('readonly', (store) => store.get('last'))
  .then((kept) => (kept?.digest === digest ? kept.json : null));

self.onmessage = async ({ data }) => {
  try {
    // A reloaded page asks for the town it ran on; the answer needs no wasm.
    if (data.recall) {
      const json = await recallTown(data.recall).catch(() => null);
      self.postMessage({ reply: JSON.stringify({ TownRecalled: json }) });
      return;
    }
    ready ??= (async () => {
      if (typeof wasm_bindgen === 'undefined') importScripts(data.workerJs);
      await wasm_bindgen({ module_or_path: self.plateTrailWorkerWasm ?? data.workerWasm });
    })();
    await ready;
    const tell = (step) => self.postMessage({ reply: step });
    // An import sends the visitor's files as bytes beside the names, not as JSON.
    const reply = data.road
      ? wasm_bindgen.town_desk_import(data.roadName, data.road, data.camerasName ?? '', data.cameras ?? new Uint8Array(0), tell)
      : wasm_bindgen.town_desk_answer(data.request, tell);
    if (data.road) {
      // Kept before the answer goes out, so the town is there for any page after it.
      const held = wasm_bindgen.town_desk_held_town();
      if (held) await keepTown(held).catch(() => {});
    }
    self.postMessage({ reply });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
