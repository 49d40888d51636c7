//! Turns a Rust panic into a visible, readable error panel with a reload button instead of
//! a blank page.
//!
//! The panel is built with plain DOM calls from the panic hook, because after a panic
//! (`panic = "abort"` in release) the wasm instance is gone and no Rust event handler can
//! run again. The reload button is a plain `GET` form, so it needs no script at all.

use crate::text;

/// Installs the panic hook. Call once, before mounting the app.
///
/// Goes through Yew's `set_custom_panic_hook`: a plain `std::panic::set_hook` would be
/// replaced by Yew's console-only default hook when the app is mounted.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show(&message);
    }));
}

/// Draws the panel over the page. Does nothing if there is no document (native tests).
fn show(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let build = || -> Result<web_sys::Element, wasm_bindgen::JsValue> {
        let panel = document.create_element("div")?;
        panel.set_id("panic-panel");
        panel.set_class_name("panic-panel");
        panel.set_attribute("role", "alert")?;
        let title = document.create_element("h2")?;
        title.set_text_content(Some(text::panic_title()));
        let body_text = document.create_element("p")?;
        body_text.set_text_content(Some(text::panic_body()));
        let form = document.create_element("form")?;
        form.set_attribute("method", "get")?;
        let button = document.create_element("button")?;
        button.set_attribute("type", "submit")?;
        button.set_text_content(Some(text::panic_reload()));
        form.append_child(&button)?;
        let more = document.create_element("details")?;
        let summary = document.create_element("summary")?;
        summary.set_text_content(Some(text::panic_details()));
        let pre = document.create_element("pre")?;
        pre.set_text_content(Some(details));
        more.append_child(&summary)?;
        more.append_child(&pre)?;
        for child in [&title, &body_text, &form, &more] {
            panel.append_child(child)?;
        }
        Ok(panel)
    };
    if let Ok(panel) = build() {
        crate::first_screen::hand_over();
        if let Some(app) = document.get_element_by_id("app") {
            let _ = app.set_attribute("aria-hidden", "true");
            let _ = app.set_attribute("inert", "");
        }
        let _ = body.append_child(&panel);
    }
}
