//! One run from the settings a visitor can see to everything the views draw: the run and
//! its dossier, the town-wide work and the worker's messages, the console's searches, the
//! policy lab's before and after, the letter's facts, and the limits of every control.
//!
//! Between the core ([`crate::sim`], [`crate::analyst`]) and the views: plain data and pure
//! functions, compiled and tested natively. It must not import `yew`, `web_sys`, `gloo`,
//! `wasm_bindgen` or `js_sys` (checked by `tests/layers.rs`), nor any view. Its sentences come
//! from [`crate::text`].

pub mod analyst_speed;
pub mod camera_density;
pub mod commute;
pub mod console;
pub mod dossier;
pub mod exact;
pub mod flat_town;
pub mod letter;
pub mod limits;
pub mod link;
pub mod massachusetts;
pub mod number_entry;
pub mod policy_lab;
pub mod presentation;
pub mod run;
pub mod shared;
pub mod stop_draft;
pub mod town_import;
pub mod town_wide;
pub mod towns;
pub mod worker_protocol;

pub use dossier::{
    CAMERAS_TO_PLACE_HOME, Dossier, Finding, FindingKind, Guess, HOME_PLACED_PERCENT, PlaceMention,
    RoutineDay, TOWNS_JUDGED, Truth, Verdict,
};
pub use run::Run;
pub use shared::Shared;
pub use town_wide::{TownWide, TownWideStep, UniquenessPoint, VisitorFindings};
