// Where no worker starts, the page loads the worker's module itself (src/town_worker.rs):
// the module's no-modules glue declares `wasm_bindgen` in the global lexical scope, which
// the app's own code cannot reach by name; this classic script, loaded right after it, hands
// it over as `self.plateTrailDesk`.
self.plateTrailDesk = wasm_bindgen;
