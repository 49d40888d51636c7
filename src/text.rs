//! Every short user-visible string, in one place, so translations (Spanish, Brazilian
//! Portuguese) can later swap this table without touching the views. Long text (FAQ,
//! references) lives in `content/` as Markdown.

/// The app's name.
pub const APP_NAME: &str = "Plate Trail";
/// The one-line promise under the heading.
pub const TAGLINE: &str = "See what a licence-plate-reader network learns about one car: yours.";

/// Navigation labels.
pub const NAV_SIMULATOR: &str = "Simulator";
pub const NAV_FAQ: &str = "FAQ";
pub const NAV_ABOUT: &str = "About";
pub const NAV_LABEL: &str = "Main";

/// Footer.
pub const FOOTER_LICENCE: &str = "Plate Trail is free software under the GNU AGPL 3.0. Everything runs in your browser; nothing you choose leaves it.";
pub const FOOTER_DATA: &str = "The default town, its people and its cameras are fictional, generated from a seed. Imported map data is \u{a9} OpenStreetMap contributors (ODbL).";

/// The error panel shown when the app hits a bug.
pub const PANIC_TITLE: &str = "Something went wrong";
pub const PANIC_BODY: &str = "Plate Trail hit a bug and stopped. Your choices are saved in this browser; reloading usually fixes it.";
pub const PANIC_RELOAD: &str = "Reload Plate Trail";
pub const PANIC_DETAILS: &str = "Technical details";
