//! Performance marks the end-to-end test reads (`performance.getEntriesByName`), so speed
//! is measured in a real browser rather than guessed.
//!
//! Names: `plate-trail:first-map` (a mark: when the map was first on screen, ms since
//! navigation start: the prerendered first screen's, set by `static/start.js`, or else the
//! app's), `plate-trail:app-first-map` (a mark: when the app itself first drew the map), `plate-trail:parameter-change` (a measure: from the visitor's change
//! to the updated dossier on screen), `plate-trail:uniqueness` (a measure: the deferred
//! population-wide work), `plate-trail:headline` (a mark: when the headline first states
//! the analyst's findings, ms since navigation start). Marks are side effects: call these from event handlers and
//! effects, never from a reducer.

/// The first time the town map is on screen.
pub const FIRST_MAP: &str = "plate-trail:first-map";
/// The first time the app itself drew the town map (behind a prerendered first screen, or
/// as the first map on screen).
pub const APP_FIRST_MAP: &str = "plate-trail:app-first-map";
/// The first time the headline states what the analyst found.
pub const HEADLINE: &str = "plate-trail:headline";
/// A parameter change, start mark.
pub const CHANGE_START: &str = "plate-trail:parameter-change-start";
/// A parameter change, from the visitor's input to the updated dossier on screen.
pub const PARAMETER_CHANGE: &str = "plate-trail:parameter-change";
/// The population-wide uniqueness curve, start mark.
pub const UNIQUENESS_START: &str = "plate-trail:uniqueness-start";
/// The population-wide uniqueness curve, measured.
pub const UNIQUENESS: &str = "plate-trail:uniqueness";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Sets a mark (ignored where the browser has no Performance API).
pub fn mark(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(name);
    }
}

/// Sets a mark only if none of that name exists yet.
pub fn mark_once(name: &str) {
    if let Some(p) = performance()
        && p.get_entries_by_name(name).length() == 0
    {
        let _ = p.mark(name);
    }
}

/// Measures from the mark `start` to now as `name`, if `start` was set; clears `start` so
/// each change is measured once.
pub fn measure_since(start: &str, name: &str) {
    if let Some(p) = performance()
        && p.get_entries_by_name(start).length() > 0
    {
        let end = format!("{name}-end");
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, start, &end);
        p.clear_marks_with_mark_name(start);
        p.clear_marks_with_mark_name(&end);
    }
}
