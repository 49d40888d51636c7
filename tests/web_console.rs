//! Browser tests of the analyst console and the policy lab (wasm-bindgen-test in headless
//! Chromium): each view is mounted alone into a known element with a small deterministic
//! run, the scheduler is flushed, and the DOM is asserted. Run with
//! `cargo test --target wasm32-unknown-unknown --test web_console`.
#![cfg(target_arch = "wasm32")]

mod common {
    pub mod dom;
}

use common::dom::{attribute, click, count, mount, until};
use plate_trail::scenario::Shared;
use plate_trail::scenario::worker_protocol::TownDesk;
use plate_trail::sim::Scenario;
use plate_trail::views::console::{Console, ConsoleProps};
use plate_trail::views::policy::{Policy, PolicyProps};
use plate_trail::views::shared_run::{SharedRun, visitor_part};
use plate_trail::views::town_desk::answer_here_with;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A small town for a short while: quick to simulate in a debug build.
fn small_scenario() -> Scenario {
    Scenario {
        seed: 1,
        days: 21,
        population: 600,
        ..Scenario::default()
    }
}

/// The visitor's part of a run, as the console and the policy lab load it: the whole
/// town's database is the desk's (here on the page: a test page has no worker script).
fn small_run() -> SharedRun {
    // The test page has no worker module: the views' requests are answered here.
    let mut desk = TownDesk::default();
    answer_here_with(move |request, tell| desk.answer(request, tell));
    Shared(visitor_part(&small_scenario()).expect("a run"))
}

mod console {
    use super::*;

    #[wasm_bindgen_test]
    async fn the_description_search_finds_the_car_and_is_logged() {
        let root = mount::<Console>(ConsoleProps {
            run: Some(small_run()),
        })
        .await;
        // Ready once the desk has the whole town and the forms' defaults.
        until(&root, "[data-testid=console][data-ready=true]", 400).await;
        assert_eq!(count(&root, ".tool-picker input[type=radio]"), 6);
        assert_eq!(
            attribute(&root, "[data-testid=audit-log]", "data-count").as_deref(),
            Some("0")
        );
        click(&root, "[data-testid=run-search]");
        until(&root, "[data-testid=attributes-hits]", 400).await;
        assert_eq!(
            count(
                &root,
                "[data-testid=attributes-hits] li[data-commuter=true]"
            ),
            1
        );
        assert_eq!(
            attribute(&root, "[data-testid=audit-log]", "data-count").as_deref(),
            Some("1")
        );
    }

    #[wasm_bindgen_test]
    async fn convoy_marks_the_real_companion() {
        let root = mount::<Console>(ConsoleProps {
            run: Some(small_run()),
        })
        .await;
        until(&root, "[data-testid=console][data-ready=true]", 400).await;
        click(&root, "#tool-convoy");
        until(&root, "[data-testid=tool-form][data-tool=convoy]", 20).await;
        click(&root, "[data-testid=run-search]");
        until(&root, "[data-testid=convoy-hits]", 400).await;
        assert!(count(&root, "[data-testid=convoy-hits] li[data-companion=true]") >= 1);
    }
}

mod policy_lab {
    use super::*;

    #[wasm_bindgen_test]
    async fn new_hampshire_leaves_no_home() {
        let root = mount::<Policy>(PolicyProps {
            run: Some(small_run()),
        })
        .await;
        until(
            &root,
            "[data-testid=policy][data-computing=false] [data-testid=after-home]",
            400,
        )
        .await;
        assert_eq!(
            attribute(&root, "[data-testid=before-home]", "data-found").as_deref(),
            Some("true")
        );
        assert_eq!(count(&root, "[data-testid=access-setting]"), 6);
        let generation: u64 = attribute(&root, "[data-testid=policy]", "data-generation")
            .and_then(|g| g.parse().ok())
            .expect("a generation");
        click(&root, "#preset-new-hampshire-rsa-261-75-b");
        let next = format!(
            "[data-testid=policy][data-generation=\"{}\"][data-computing=false]",
            generation + 1
        );
        until(&root, &next, 400).await;
        assert_eq!(
            attribute(&root, "[data-testid=after-home]", "data-found").as_deref(),
            Some("false")
        );
        assert_eq!(
            attribute(&root, "[data-testid=after-work]", "data-found").as_deref(),
            Some("false")
        );
    }
}
