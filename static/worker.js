// Plate Trail's town-wide worker: answers the page's requests off the main thread with the
// worker's own wasm module (`plate-trail-worker`, built by Trunk as a no-modules worker: the
// page's first download does not include it). All the work is Rust (`town_desk_answer`, see
// src/town_worker.rs and src/scenario/worker_protocol.rs); this only loads the module,
// passes messages and keeps the last imported town for the next page (static/town-store.js). The page sends { workerJs, workerWasm, request } (or, to import a town
// from the visitor's files, { workerJs, workerWasm, roadName, road, camerasName?, cameras? }
// with the files' bytes, whose answer comes with the town beside it as { reply, town, flat }, or { workerJs, workerWasm, useTown: json } to hold a town, or { recall: digest } for the town kept after an import) (one per
// request; the worker stays up and keeps the last whole-town run between them) and hears { reply } for
// each step and answer, or { error }. In the single-file plate-trail-offline.html the module's
// glue and wasm bytes come before this script in the worker's own source
// (scripts/offline_file.mjs), so nothing is fetched.
let ready;

// The imported town kept in this browser (static/town-store.js), loaded when first needed.
const townStore = () => { if (!self.recallTown) importScripts('town-store.js'); };

self.onmessage = async ({ data }) => {
  try {
    // A reloaded page asks for the town it ran on; the answer needs no wasm.
    if (data.recall) {
      townStore();
      const json = await self.recallTown(data.recall).catch(() => null);
      self.postMessage({ reply: JSON.stringify({ TownRecalled: json ? { Ok: json } : { Err: 'none kept' } }) });
      return;
    }
    ready ??= (async () => {
      if (typeof wasm_bindgen === 'undefined') importScripts(data.workerJs);
      await wasm_bindgen({ module_or_path: self.plateTrailWorkerWasm ?? data.workerWasm });
    })();
    await ready;
    const tell = (step) => self.postMessage({ reply: step });
    // A town to hold comes as its JSON string beside the message, not escaped inside a request.
    if (data.useTown !== undefined) {
      self.postMessage({ reply: wasm_bindgen.town_desk_use_town(data.useTown) });
      return;
    }
    // An import sends the visitor's files as bytes beside the names, not as JSON.
    const reply = data.road
      ? wasm_bindgen.town_desk_import(data.roadName, data.road, data.camerasName ?? '', data.cameras ?? new Uint8Array(0), tell)
      : wasm_bindgen.town_desk_answer(data.request, tell);
    if (data.road) {
      // Kept before the answer goes out, so the town is there for any page after it.
      const held = wasm_bindgen.town_desk_held_town();
      if (held) {
        townStore();
        await self.keepTown(held).catch(() => {});
        // The town goes beside the answer: its JSON (to hand to later workers and save) and
        // its flat arrays, moved to the page, which builds the town from them without
        // reading the JSON (src/scenario/flat_town.rs).
        const flat = wasm_bindgen.town_desk_flat_town();
        self.postMessage({ reply, town: held[1], flat }, [flat.numbers.buffer, flat.roadEnds.buffer]);
        return;
      }
    }
    self.postMessage({ reply });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
