//! The app's top-level views, one per navigation entry.

pub mod about;
pub mod action;
pub mod console;
pub mod faq;
pub mod lazy_content;
pub mod policy;
pub mod present;
pub mod references;
pub mod shared_run;
pub mod simulator;
pub mod town_desk;

use serde::{Deserialize, Serialize};

/// Which view is showing; mirrored in the location hash (`#/faq`) so links and the back
/// button work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    #[default]
    Simulator,
    Console,
    Policy,
    Faq,
    References,
    Action,
    About,
    /// Presenter mode (and its notes window, `#/present/notes`).
    Present,
}

impl View {
    /// All views in navigation order.
    pub const ALL: [View; 8] = [
        View::Simulator,
        View::Console,
        View::Policy,
        View::Present,
        View::Faq,
        View::References,
        View::Action,
        View::About,
    ];

    /// The location hash that shows this view.
    pub fn hash(self) -> &'static str {
        match self {
            View::Simulator => "#/simulator",
            View::Console => "#/console",
            View::Policy => "#/policy",
            View::Faq => "#/faq",
            View::References => "#/references",
            View::Action => "#/action",
            View::About => "#/about",
            View::Present => "#/present",
        }
    }

    /// The view a location hash asks for; unknown hashes show the simulator.
    pub fn from_hash(hash: &str) -> View {
        View::ALL
            .into_iter()
            .find(|view| hash.starts_with(view.hash()))
            .unwrap_or_default()
    }

    /// The view a route hash (`#/...`) asks for; `None` for an in-page anchor such as the
    /// skip link's `#main`, which must not switch views.
    pub fn route(hash: &str) -> Option<View> {
        hash.starts_with("#/").then(|| View::from_hash(hash))
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Simulator => crate::text::NAV_SIMULATOR,
            View::Console => crate::text::NAV_CONSOLE,
            View::Policy => crate::text::NAV_POLICY,
            View::Faq => crate::text::NAV_FAQ,
            View::References => crate::text::NAV_REFERENCES,
            View::Action => crate::text::NAV_ACTION,
            View::About => crate::text::NAV_ABOUT,
            View::Present => crate::text::present::PRESENT_TITLE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod routing {
        use super::*;

        #[test]
        fn each_view_round_trips_through_its_hash() {
            for view in View::ALL {
                assert_eq!(View::from_hash(view.hash()), view);
            }
        }

        #[test]
        fn in_page_anchors_are_not_routes() {
            assert_eq!(View::route("#main"), None);
            assert_eq!(View::route("#/faq"), Some(View::Faq));
        }

        #[test]
        fn unknown_hash_shows_the_simulator() {
            assert_eq!(View::from_hash("#/nowhere"), View::Simulator);
            assert_eq!(View::from_hash(""), View::Simulator);
        }
    }
}
