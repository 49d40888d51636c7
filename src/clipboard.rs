//! This browser's clipboard as a value: copying says whether it worked, and never panics.
//! The clipboard is missing outside secure contexts (plain http on another host) and may
//! refuse (no permission, a page without focus); the caller then shows the text to copy by
//! hand. Must not be called natively (it needs a browser).

use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// Writes `text` to the clipboard and calls `done` once, later or at once, with whether it
/// worked.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let navigator = gloo::utils::window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        done(false);
        return;
    }
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let failed = done.clone();
    let on_copied = Closure::once(move |_: JsValue| {
        if let Some(done) = done.take() {
            done(true);
        }
    });
    let on_failed = Closure::once(move |_: JsValue| {
        if let Some(done) = failed.take() {
            done(false);
        }
    });
    let _ = navigator
        .clipboard()
        .write_text(text)
        .then2(&on_copied, &on_failed);
    // The promise calls exactly one of them once, later; each is a few bytes.
    on_copied.forget();
    on_failed.forget();
}
