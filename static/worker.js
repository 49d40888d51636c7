// Plate Trail's town-wide worker: answers the page's requests off the main thread, in the
// same wasm module as the page (no second bundle). All the work is Rust (`town_desk_answer`,
// see src/town_worker.rs and src/scenario/worker_protocol.rs); this only loads the module and
// passes messages. The page sends { appJs, appWasm, request } (one per request; the worker
// stays up and keeps the last whole-town run between them) and hears { reply } for each
// step and answer, or { error }.
let app;

self.onmessage = async ({ data }) => {
  try {
    app ??= import(data.appJs).then(async (bindings) => {
      await bindings.default({ module_or_path: data.appWasm });
      return bindings;
    });
    const bindings = await app;
    const reply = bindings.town_desk_answer(data.request, (step) => self.postMessage({ reply: step }));
    self.postMessage({ reply });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
