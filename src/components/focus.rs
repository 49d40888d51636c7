//! Where the keyboard's focus goes when the control that held it goes away: a pressed
//! button the redraw removes or disables would drop the focus to the page's start, and the
//! next Tab would begin at the top (WCAG 2.4.3). The view names where the focus goes
//! instead, and it goes there once the view has redrawn.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;

/// Gives `element` the focus without a jump, so a screen reader reads on from there. An
/// element that takes no focus of its own (a heading) is made focusable by script only.
pub fn give_focus(element: &web_sys::Element) {
    if let Ok(target) = element.clone().dyn_into::<web_sys::HtmlElement>() {
        let focusable = target
            .matches("a[href], button, input, select, textarea, summary")
            .unwrap_or(false);
        if !focusable && !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = target.focus_with_options(&focus);
    }
}

/// Once the view has redrawn (a task later), gives the focus to the first element that
/// matches one of `selectors`, in order: the first names where the focus belongs, the
/// others where it goes when that one is gone. A disabled match is passed over.
pub fn focus_after_redraw(selectors: Vec<String>) {
    Timeout::new(0, move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let target = selectors.iter().find_map(|selector| {
            document
                .query_selector(&format!("{selector}:not([disabled])"))
                .ok()
                .flatten()
        });
        if let Some(target) = target {
            give_focus(&target);
        }
    })
    .forget();
}
