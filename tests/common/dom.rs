//! DOM helpers shared by the browser tests (`tests/web.rs`, `tests/web_console.rs`): mount a
//! component into a fresh element, let Yew's scheduler run, and read or click what it drew.
//! Each test file uses a subset of them.
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use yew::BaseComponent;

/// Lets Yew's scheduler (and zero-delay timers) run once.
pub async fn tick() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// A fresh element appended to the page's body.
pub fn fresh_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

/// Mounts a component with props into a fresh element and lets it render once.
pub async fn mount<C: BaseComponent>(props: C::Properties) -> web_sys::Element {
    let root = fresh_root();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    tick().await;
    root
}

/// Renders a component with `before`, then with `after`, and checks that the first element
/// matching `kept` is the very same element afterwards: Yew kept it instead of drawing it
/// again (it matches unkeyed children from the last one back, so a child that arrives at the
/// end can shift every one before it). Returns the root, to check what arrived.
pub async fn rerender_keeps<C: BaseComponent>(
    before: C::Properties,
    after: C::Properties,
    kept: &str,
) -> web_sys::Element {
    let root = fresh_root();
    let mut component = yew::Renderer::<C>::with_root_and_props(root.clone(), before).render();
    tick().await;
    let first = root
        .query_selector(kept)
        .unwrap()
        .unwrap_or_else(|| panic!("{kept} is drawn"));
    component.update(after);
    tick().await;
    let again = root.query_selector(kept).unwrap();
    assert!(
        first.is_same_node(again.as_deref()),
        "{kept} was drawn again"
    );
    root
}

/// Mounts the whole app into a fresh element and gives it time to render.
pub async fn mount_app() -> web_sys::Element {
    let root = fresh_root();
    yew::Renderer::<plate_trail::app::App<plate_trail::views::MainViews>>::with_root(root.clone())
        .render();
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    root
}

/// Flushes the scheduler until `selector` matches (a deferred computation finished), or
/// fails after `ticks` rounds.
pub async fn until(root: &web_sys::Element, selector: &str, ticks: u32) {
    for _ in 0..ticks {
        if root.query_selector(selector).unwrap().is_some() {
            return;
        }
        tick().await;
    }
    panic!("{selector} never appeared");
}

/// Clicks the first element matching `selector`; fails if there is none.
pub fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is there"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

/// How many elements match `selector`.
pub fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// An attribute of the first element matching `selector`, if both exist.
pub fn attribute(root: &web_sys::Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}
