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
pub mod teach;
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
    Teach,
    About,
    /// Presenter mode (and its notes window, `#/present/notes`).
    Present,
}

impl View {
    /// All views in navigation order.
    pub const ALL: [View; 9] = [
        View::Simulator,
        View::Console,
        View::Policy,
        View::Present,
        View::Faq,
        View::References,
        View::Action,
        View::Teach,
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
            View::Teach => "#/teach",
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

    /// The wasm module that draws this view: the analyst console and the policy lab are
    /// [`Module::Tools`], so the first visit's download leaves them out.
    /// `static/start.js` picks the module by the same rule ([`Module::TOOLS_HASHES`]).
    pub fn module(self) -> Module {
        match self {
            View::Console | View::Policy => Module::Tools,
            _ => Module::Main,
        }
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Simulator => crate::text::nav_simulator(),
            View::Console => crate::text::nav_console(),
            View::Policy => crate::text::nav_policy(),
            View::Faq => crate::text::nav_faq(),
            View::References => crate::text::nav_references(),
            View::Action => crate::text::nav_action(),
            View::Teach => crate::text::nav_teach(),
            View::About => crate::text::nav_about(),
            View::Present => crate::text::present::present_title(),
        }
    }
}

/// The app's two wasm modules. The page loads one (`static/start.js` chooses by the
/// location hash), and a view of the other reloads the page, which then loads the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    /// `plate-trail`: the simulator, the FAQ, references, Take action, About.
    Main,
    /// `plate-trail-tools` (`src/bin/plate-trail-tools.rs`): the analyst console and the
    /// policy lab.
    Tools,
}

impl Module {
    /// The hashes whose views the tools module draws, as `static/start.js` lists them.
    pub const TOOLS_HASHES: [&'static str; 2] = ["#/console", "#/policy"];
}

/// What one module draws: every view of its [`Module`].
pub trait ModuleViews: 'static {
    const MODULE: Module;

    /// The view, when it is this module's ([`View::module`]); `None` otherwise.
    fn render(view: View) -> Option<yew::Html>;
}

/// The main module's views.
pub struct MainViews;

impl ModuleViews for MainViews {
    const MODULE: Module = Module::Main;

    fn render(view: View) -> Option<yew::Html> {
        use yew::html;
        Some(match view {
            View::Simulator => html! { <simulator::Simulator /> },
            View::Faq => html! { <faq::Faq /> },
            View::References => html! { <references::References /> },
            View::Action => html! { <action::TakeAction /> },
            View::About => html! { <about::About /> },
            View::Teach => teach::teach(),
            View::Present => html! { <present::PresentLauncher /> },
            View::Console | View::Policy => return None,
        })
    }
}

/// The tools module's views.
pub struct ToolsViews;

impl ModuleViews for ToolsViews {
    const MODULE: Module = Module::Tools;

    fn render(view: View) -> Option<yew::Html> {
        use yew::html;
        match view {
            View::Console => Some(html! { <console::Console /> }),
            View::Policy => Some(html! { <policy::Policy /> }),
            _ => None,
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
        fn the_start_script_and_the_views_agree_on_the_tools_module() {
            let script = include_str!("../../static/start.js");
            for view in View::ALL {
                let listed = Module::TOOLS_HASHES.contains(&view.hash());
                assert_eq!(listed, view.module() == Module::Tools, "{view:?}");
                assert_eq!(
                    script.contains(&format!("'{}'", view.hash())),
                    listed,
                    "static/start.js lists {} as the tools module's",
                    view.hash()
                );
            }
        }

        #[test]
        fn unknown_hash_shows_the_simulator() {
            assert_eq!(View::from_hash("#/nowhere"), View::Simulator);
            assert_eq!(View::from_hash(""), View::Simulator);
        }
    }
}
