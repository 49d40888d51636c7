//! The presenter page's address and its tab's storage (`present.html`): the deck and the
//! law it keeps in its link, the talk it keeps in the tab's sessionStorage
//! ([`crate::scenario::presentation::kept`]), the policy lab's set-up the link carries, and
//! the links back to the app and for the audience. Strings only go to the browser; what they
//! mean is [`crate::scenario::presentation`]'s. Must not be called natively (it needs a
//! browser).

use crate::browser_address;
use crate::browser_storage;
use crate::scenario::presentation::kept::{self, KeptTalk, Showing};
use crate::scenario::presentation::law::LinkedLab;
use crate::scenario::presentation::{Deck, audience_query};
use crate::sim::Scenario;

/// The link parameters presenter mode keeps: the deck and the law.
pub const DECK_PARAMETER: &str = "deck";
pub const LAW_PARAMETER: &str = "law";

/// A parameter of the page's link.
pub fn link_parameter(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The page's query, with its `?`.
pub fn page_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The policy lab's set-up the page's link carries: its preset and the levers it moved.
pub fn linked_lab() -> LinkedLab {
    LinkedLab {
        preset: browser_address::policy(),
        levers: browser_address::policy_levers(),
    }
}

/// The talk this tab kept ([`kept`]), if any.
pub fn kept_talk() -> Option<KeptTalk> {
    browser_storage::session_get(kept::STORAGE_KEY).and_then(|json| KeptTalk::from_json(&json))
}

/// Keeps the talk in this tab: the deck and law parameters as the link has them, and the
/// show on screen while presenting (`None` while preparing).
pub fn keep_in_tab(deck: &Deck, law: Option<String>, showing: Option<Showing>) {
    let talk = KeptTalk {
        deck: deck.to_link(),
        law,
        showing,
    };
    browser_storage::session_set(kept::STORAGE_KEY, &talk.to_json());
}

/// Writes the deck and the law into the page's link, without a new history entry; the law
/// only when it is not the one the link starts from
/// ([`crate::scenario::presentation::opening::law_parameter`]: the policy lab's set-up the
/// link carries, or the strictest).
pub fn keep_in_link(deck: &Deck, law: Option<String>) {
    let window = gloo::utils::window();
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    let params = url.search_params();
    match deck.to_link() {
        Some(value) => params.set(DECK_PARAMETER, &value),
        None => params.delete(DECK_PARAMETER),
    }
    match law {
        Some(value) => params.set(LAW_PARAMETER, &value),
        None => params.delete(LAW_PARAMETER),
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// The app's page with this link's run, relative to the presenter page.
pub fn app_link() -> String {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    format!("./{search}#/simulator")
}

/// The link the audience opens: `scenario`, the run on screen, in the app's simulator, with
/// its settings ([`audience_query`]).
pub fn audience_link(scenario: &Scenario) -> String {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let directory = path.rsplit_once('/').map_or("", |(directory, _)| directory);
    let base = format!("{}{directory}/", location.origin().unwrap_or_default());
    let query = audience_query(&location.search().unwrap_or_default(), scenario);
    format!("{base}?{query}#/simulator")
}
