//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts into a known
//! element and renders; run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use plate_trail::app::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and lets Yew's scheduler render it.
async fn mount_app() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    root
}

mod app_shell {
    use super::*;

    #[wasm_bindgen_test]
    async fn renders_the_heading_and_the_three_views_in_the_navigation() {
        let root = mount_app().await;
        let heading = root.query_selector("h1").unwrap().expect("a heading");
        assert_eq!(heading.text_content().as_deref(), Some("Plate Trail"));
        let links = root.query_selector_all("nav a").unwrap();
        let labels: Vec<String> = (0..links.length())
            .filter_map(|i| links.item(i)?.text_content())
            .collect();
        assert_eq!(labels, ["Simulator", "FAQ", "About"]);
    }
}
