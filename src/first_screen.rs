//! The first screen prerendered into `index.html` at build time (`#first-screen`, written by
//! `examples/prerender.rs`, shown by `static/start.js` only to a visitor who would see
//! exactly that screen): it stays on screen while the app draws its own first map unseen
//! behind it, then the app takes over in one frame, so nothing jumps.
//!
//! [`set_aside`] runs before the app mounts (mounting empties `#app`, where the prerender
//! sits); [`hand_over`] when the app's first map is drawn, its run failed, it shows another
//! view, or it panicked. Both do nothing where no prerender is shown.

use wasm_bindgen::JsCast;

const FIRST_SCREEN_ID: &str = "first-screen";
const APP_ID: &str = "app";
/// `#app`'s class while the prerender stands in front of it (`static/style.css`).
const BEHIND: &str = "behind-first-screen";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Moves a shown prerender out of `#app`, just before it, and keeps `#app` laid out but
/// unseen until [`hand_over`]; removes a prerender that is not shown.
pub fn set_aside() {
    let Some(document) = document() else { return };
    let (Some(screen), Some(app)) = (
        document.get_element_by_id(FIRST_SCREEN_ID),
        document.get_element_by_id(APP_ID),
    ) else {
        return;
    };
    let shown = screen
        .dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|s| !s.hidden());
    if !shown {
        screen.remove();
        return;
    }
    if let Some(parent) = app.parent_node() {
        let _ = parent.insert_before(&screen, Some(&app));
        app.set_class_name(BEHIND);
    }
}

/// Removes the prerender and shows the app in its place.
pub fn hand_over() {
    let Some(document) = document() else { return };
    if let Some(screen) = document.get_element_by_id(FIRST_SCREEN_ID) {
        screen.remove();
    }
    if let Some(app) = document.get_element_by_id(APP_ID)
        && app.class_name() == BEHIND
    {
        let _ = app.remove_attribute("class");
    }
}
