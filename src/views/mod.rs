//! The app's top-level views, one per navigation entry.

pub mod about;
pub mod action;
pub mod console;
pub mod drawing_steps;
pub mod faq;
pub mod import;
pub mod lazy_content;
pub mod massachusetts;
pub mod not_in_offline_copy;
pub mod policy;
pub mod present;
pub mod references;
pub mod route;
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
    /// Massachusetts today: the state's mapped cameras.
    Massachusetts,
    /// Cameras on my route: the visitor's commute and a way round its cameras (linked from
    /// the simulator's dossier, not from the navigation).
    Route,
    /// Your own town: a real road map and camera file imported, and the simulator on it
    /// (linked from the simulator, not from the navigation).
    Import,
}

impl View {
    /// All views in navigation order.
    pub const ALL: [View; 10] = [
        View::Simulator,
        View::Console,
        View::Policy,
        View::Massachusetts,
        View::Present,
        View::Faq,
        View::References,
        View::Action,
        View::Teach,
        View::About,
    ];

    /// Views the address can name that the navigation does not list.
    pub const UNLISTED: [View; 2] = [View::Route, View::Import];

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
            View::Massachusetts => "#/massachusetts",
            View::Route => "#/route",
            View::Import => "#/import",
        }
    }

    /// The view a location hash asks for; unknown hashes show the simulator.
    pub fn from_hash(hash: &str) -> View {
        View::named(hash).unwrap_or_default()
    }

    /// The view a location hash names; `None` for a hash that names none (`#/letter`).
    pub fn named(hash: &str) -> Option<View> {
        View::ALL
            .into_iter()
            .chain(View::UNLISTED)
            .find(|view| hash.starts_with(view.hash()))
    }

    /// A route hash (`#/...`) that names no view, for the note that says the simulator is
    /// shown in its place; `None` for a view's hash, an in-page anchor or no hash.
    pub fn unknown_route(hash: &str) -> Option<&str> {
        (hash.starts_with("#/") && View::named(hash).is_none()).then_some(hash)
    }

    /// The view a route hash (`#/...`) asks for; `None` for an in-page anchor such as the
    /// skip link's `#main`, which must not switch views.
    pub fn route(hash: &str) -> Option<View> {
        hash.starts_with("#/").then(|| View::from_hash(hash))
    }

    /// The wasm module that draws this view: the analyst console, the policy lab and Take
    /// action (with the letter) are [`Module::Tools`], so the first visit's download leaves
    /// them out.
    /// `static/start.js` picks the module by the same rule ([`Module::TOOLS_HASHES`]).
    pub fn module(self) -> Module {
        match self {
            View::Console
            | View::Policy
            | View::Massachusetts
            | View::Route
            | View::Action
            | View::Import => Module::Tools,
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
            View::Massachusetts => crate::text::nav_massachusetts(),
            View::Route => crate::text::route_title(),
            View::Import => crate::text::import_open(),
        }
    }
}

/// The app's two wasm modules. The page loads one (`static/start.js` chooses by the
/// location hash), and a view of the other reloads the page, which then loads the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    /// `plate-trail`: the simulator, the FAQ, references, About, Teach, presenter mode.
    Main,
    /// `plate-trail-tools` (`src/bin/plate-trail-tools.rs`): the analyst console, the
    /// policy lab, Massachusetts today, Cameras on my route and Take action.
    Tools,
}

impl Module {
    /// The hashes whose views the tools module draws, as `static/start.js` lists them.
    pub const TOOLS_HASHES: [&'static str; 6] = [
        "#/console",
        "#/policy",
        "#/massachusetts",
        "#/route",
        "#/action",
        "#/import",
    ];
}

/// What one module draws: every view of its [`Module`].
pub trait ModuleViews: 'static {
    const MODULE: Module;

    /// The view, when it is this module's ([`View::module`]); `None` otherwise.
    fn render(view: View) -> Option<yew::Html>;

    /// Runs `then` (which draws the app) once the module is ready to draw: at once, unless
    /// the module says otherwise.
    fn before_mount(then: Box<dyn FnOnce()>) {
        then()
    }
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
            View::About => html! { <about::About /> },
            View::Teach => teach::teach(),
            // The single offline file carries no presenter page to launch.
            View::Present if crate::offline_copy::is_offline_copy() => {
                not_in_offline_copy::presenter_mode()
            }
            View::Present => html! { <present::PresentLauncher /> },
            View::Console
            | View::Policy
            | View::Massachusetts
            | View::Route
            | View::Action
            | View::Import => {
                return None;
            }
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
            View::Massachusetts => Some(html! { <massachusetts::Massachusetts /> }),
            View::Route => Some(html! { <route::RouteView /> }),
            View::Action => Some(html! { <action::TakeAction /> }),
            View::Import => Some(html! { <import::Import /> }),
            _ => None,
        }
    }

    /// A run on an imported town needs that town on the page: the worker gives back the
    /// copy this browser kept after the import ([`town_desk::recall_town`]). Only this
    /// module reads a town's JSON, so the first visit's download carries no decoder for it.
    fn before_mount(then: Box<dyn FnOnce()>) {
        let town = shared_run::visitor_scenario().town_file;
        town_desk::recall_town(town, then);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod routing {
        use super::*;

        #[test]
        fn each_view_round_trips_through_its_hash() {
            for view in View::ALL.into_iter().chain(View::UNLISTED) {
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
            let tools_line = script
                .lines()
                .find(|line| line.starts_with("const TOOLS_HASHES = "))
                .expect("static/start.js names TOOLS_HASHES");
            for view in View::ALL.into_iter().chain(View::UNLISTED) {
                let listed = Module::TOOLS_HASHES.contains(&view.hash());
                assert_eq!(listed, view.module() == Module::Tools, "{view:?}");
                assert_eq!(
                    tools_line.contains(&format!("'{}'", view.hash())),
                    listed,
                    "static/start.js lists {} as the tools module's",
                    view.hash()
                );
            }
        }

        #[test]
        fn an_unknown_hash_shows_the_simulator_and_is_named() {
            assert_eq!(View::from_hash("#/nowhere"), View::Simulator);
            assert_eq!(View::unknown_route("#/letter"), Some("#/letter"));
            assert_eq!(View::unknown_route("#/faq"), None);
            assert_eq!(View::unknown_route("#/references/wyden-ftc-2025"), None);
            assert_eq!(View::unknown_route("#main"), None);
            assert_eq!(View::unknown_route(""), None);
            assert_eq!(View::from_hash(""), View::Simulator);
        }
    }
}
