//! The page's address as the share link ([`crate::scenario::link`]): read once when the
//! page opens, then kept in step with the run on screen, so "Copy link", a bookmark and a
//! reload all give the same run.
//!
//! - A link that names a run opens it, and that run is *in force* ([`linked_scenario`])
//!   until the visitor changes something: the views run it instead of the scenario saved in
//!   this browser, which is left untouched. The first change releases it, and from then on
//!   the simulator saves as usual. A bad link names no run ([`link::decode`]): the visitor's
//!   own is shown, as at a visit with no link, so an edit after it is saved over nothing but
//!   that run.
//! - Every change of the run or the policy lab's levers rewrites the query with
//!   `history.replaceState`: a setting is not a page, so the back button still leads to the
//!   previous view (views change the hash, which adds a history entry) or the previous site.
//!
//! Strings only go to the browser; what the problems mean to the visitor is
//! [`crate::text::link_problems`]. Must not be called natively (it needs a browser).

use std::cell::RefCell;

use crate::scenario::link::{self, LinkProblem, RunLink};
use crate::sim::Scenario;

/// What the address said when the page opened, and what it says now.
struct Address {
    /// The link as it stands (the run on screen once a view has run it).
    now: RunLink,
    /// What was wrong with the link the page opened with.
    problems: Vec<LinkProblem>,
    /// The link's run while the visitor has changed nothing.
    in_force: Option<Scenario>,
}

thread_local! {
    static ADDRESS: RefCell<Option<Address>> = const { RefCell::new(None) };
}

fn location() -> web_sys::Location {
    gloo::utils::window().location()
}

/// Runs `f` on the address, reading the page's query the first time.
fn with<R>(f: impl FnOnce(&mut Address) -> R) -> R {
    ADDRESS.with_borrow_mut(|address| {
        let address = address.get_or_insert_with(|| {
            let (now, problems) = link::decode(&location().search().unwrap_or_default());
            Address {
                in_force: now.scenario.clone(),
                now,
                problems,
            }
        });
        f(address)
    })
}

/// What was wrong with the link the page opened with (empty for a good link or none).
pub fn problems() -> Vec<LinkProblem> {
    with(|a| a.problems.clone())
}

/// Whether the page shows the compact app made for an iframe (`?embed`).
pub fn embedded() -> bool {
    with(|a| a.now.embed)
}

/// The run the page's link opened, while the visitor has changed nothing.
pub fn linked_scenario() -> Option<Scenario> {
    with(|a| a.in_force.clone())
}

/// The language the link names (English when it names none).
pub fn language() -> link::Language {
    with(|a| a.now.language)
}

/// The page is shown in `language`: the address (and so a share link) follows.
pub fn follow_language(language: link::Language) {
    with(|a| a.now.language = language);
    write();
}

/// The policy lab's preset the link names (an index into the presets).
pub fn policy() -> usize {
    with(|a| a.now.policy)
}

/// The policy lab's levers the link moves from its preset.
pub fn policy_levers() -> link::LabLevers {
    with(|a| a.now.levers.clone())
}

/// True when the run on screen is on a town read from a map file: its link names the town
/// but cannot carry it.
pub fn on_imported_town() -> bool {
    with(|a| {
        a.now
            .scenario
            .as_ref()
            .is_some_and(|s| s.town_file.is_some())
    })
}

/// The run on screen is `scenario`: the address follows; a change releases the link's run.
pub fn follow_scenario(scenario: &Scenario) {
    with(|a| {
        if a.in_force.as_ref() != Some(scenario) {
            a.in_force = None;
        }
        a.now.scenario = Some(scenario.clone());
    });
    write();
}

/// The run the views show when the link names none (the visitor's own scenario), for the
/// address until a view runs it.
pub fn assume_scenario(scenario: Scenario) {
    with(|a| {
        a.now.scenario.get_or_insert(scenario);
    });
}

/// The policy lab shows the preset at `index` with `levers` moved by hand from it.
pub fn follow_policy(index: usize, levers: link::LabLevers) {
    with(|a| {
        a.now.policy = index;
        a.now.levers = levers;
    });
    write();
}

/// The page's address without its query and hash (works for `file://` too).
fn base() -> String {
    let href = location().href().unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_owned()
}

/// The whole address of the run on screen and the view showing; with `embed`, the compact
/// app's, for an iframe.
pub fn address(embed: bool) -> String {
    let link = with(|a| RunLink {
        embed,
        ..a.now.clone()
    });
    let hash = location().hash().unwrap_or_default();
    format!("{}?{}{hash}", base(), link::encode(&link))
}

/// Rewrites the address bar to the run on screen (no new history entry).
fn write() {
    let embed = embedded();
    let url = address(embed);
    if location().href().ok().as_deref() != Some(url.as_str())
        && let Ok(history) = gloo::utils::window().history()
    {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
