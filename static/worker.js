// Plate Trail's town-wide worker: runs the population-wide part of a run off the page's
// main thread, in the same wasm module as the page (no second bundle). All the work is
// Rust (`town_wide_work`, see src/town_worker.rs); this only loads the module and passes
// messages. The page sends { appJs, appWasm, request } and hears { visitor }, { progress }
// and { result }, or { error }.
let app;

self.onmessage = async ({ data }) => {
  try {
    app ??= import(data.appJs).then(async (bindings) => {
      await bindings.default({ module_or_path: data.appWasm });
      return bindings;
    });
    const bindings = await app;
    const result = bindings.town_wide_work(
      data.request,
      (visitor) => self.postMessage({ visitor }),
      (progress) => self.postMessage({ progress }),
    );
    self.postMessage({ result });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
