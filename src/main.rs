//! The binary only mounts the app; everything else lives in the library. The same module
//! also runs in the town-wide worker (`static/worker.js`), where there is no page to mount
//! on: there it only offers [`town_desk_answer`].

use wasm_bindgen::prelude::*;

fn main() {
    if !plate_trail::town_worker::on_a_page() {
        return;
    }
    plate_trail::panic_panel::install();
    plate_trail::app::mount();
}

/// The town-wide worker's entry point, called by `static/worker.js`: see
/// [`plate_trail::town_worker::answer`].
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn town_desk_answer(request: &str, tell: &js_sys::Function) -> String {
    plate_trail::town_worker::answer(request, tell)
}
