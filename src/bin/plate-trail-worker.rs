//! The town-wide worker's binary: `static/worker.js` loads it in a Web Worker (or, where no
//! worker starts, the page loads it itself) and calls [`town_desk_answer`] for each request.
//! It holds the analyst, the vendor's tools and the whole town's run, which the page's own
//! binary (`src/main.rs`) never links, so the page's first download stays small.

use wasm_bindgen::prelude::*;

/// Nothing to start: the module only answers requests.
fn main() {}

/// The town-wide worker's entry point: see [`plate_trail::town_worker::answer`].
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn town_desk_answer(request: &str, tell: &js_sys::Function) -> String {
    plate_trail::town_worker::answer(request, tell)
}

/// The town-wide worker's import: see [`plate_trail::town_worker::import`].
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn town_desk_import(
    road_name: &str,
    road: &[u8],
    cameras_name: &str,
    cameras: &[u8],
    tell: &js_sys::Function,
) -> String {
    plate_trail::town_worker::import(road_name, road, cameras_name, cameras, tell)
}

/// The town the worker holds, as `[digest, json]`, for `static/worker.js` to keep after an
/// import; `null` when it holds none.
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn town_desk_held_town() -> JsValue {
    plate_trail::scenario::towns::held().map_or(JsValue::NULL, |town| {
        js_sys::Array::of2(
            &JsValue::from(town.file.digest.as_str()),
            &JsValue::from(&*town.json),
        )
        .into()
    })
}

/// Holds the town whose JSON the page sent beside its message: see
/// [`plate_trail::town_worker::use_town`].
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn town_desk_use_town(town_json: String) -> String {
    plate_trail::town_worker::use_town(town_json)
}

/// The held town in flat arrays, sent beside an import's answer: see
/// [`plate_trail::town_worker::held_flat_town`].
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn town_desk_flat_town() -> JsValue {
    plate_trail::town_worker::held_flat_town()
}

/// Where no worker starts, the page calls this instead: see
/// [`plate_trail::town_worker::answer_in_slices`].
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn town_desk_answer_in_slices(request: String, tell: js_sys::Function) -> js_sys::Promise {
    plate_trail::town_worker::answer_in_slices(request, tell)
}

/// Milliseconds per analyst's profile of the visitor's car on the default town with
/// `cameras` cameras, over `runs` profiles timed by the worker's clock; `NaN` if the town
/// cannot be simulated. For `tests/e2e/analyst_speed.test.mjs`, which sets it beside the same
/// measure natively (`plate_trail::scenario::analyst_speed`).
#[wasm_bindgen]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn analyst_profile_millis(cameras: u32, runs: u32) -> f64 {
    use plate_trail::scenario::analyst_speed::{profile_speed, with_cameras};
    profile_speed(&with_cameras(cameras), runs, js_sys::Date::now)
        .map_or(f64::NAN, |speed| speed.millis)
}
