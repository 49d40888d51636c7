// Plate Trail's town-wide worker: answers the page's requests off the main thread with the
// worker's own wasm module (`plate-trail-worker`, built by Trunk as a no-modules worker: the
// page's first download does not include it). All the work is Rust (`town_desk_answer`, see
// src/town_worker.rs and src/scenario/worker_protocol.rs); this only loads the module and
// passes messages. The page sends { workerJs, workerWasm, request } (or, to import a town
// from the visitor's files, { workerJs, workerWasm, roadName, road, camerasName?, cameras? }
// with the files' bytes) (one per request; the
// worker stays up and keeps the last whole-town run between them) and hears { reply } for
// each step and answer, or { error }. In the single-file plate-trail-offline.html the module's
// glue and wasm bytes come before this script in the worker's own source
// (scripts/offline_file.mjs), so nothing is fetched.
let ready;

self.onmessage = async ({ data }) => {
  try {
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
    self.postMessage({ reply });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
