//! Keeps the visitor's scenario in this browser's localStorage (through
//! [`crate::browser_storage`]), so nothing they set is lost on reload. Never sends it anywhere.
//!
//! A stored value that is unreadable (an older version of the app, a hand edit) or not
//! plausible falls back to the default scenario with a note the visitor can see, and is
//! copied to [`UNREADABLE_KEY`] first, so the default saved next does not erase it; it never
//! panics. Scenarios saved before the stop editor and the new personas read as they are.
//! A browser that keeps nothing (storage blocked) keeps the scenario in this page's memory,
//! and the visitor is told once that it will not be remembered.
//! Called only from the simulator's effects, never from its reducer.

use std::cell::{Cell, RefCell};

use crate::browser_storage::{self, StorageError};
use crate::sim::Scenario;
use crate::text;

/// The localStorage key. Bump the suffix when [`Scenario`] changes incompatibly.
pub const KEY: &str = "plate-trail.scenario.v1";

/// Where a saved scenario that could not be used is kept, as it was.
pub const UNREADABLE_KEY: &str = "plate-trail.scenario.unreadable";

/// Where the visitor's own scenario is kept when a link's run they changed is saved over it.
pub const BEFORE_LINK_KEY: &str = "plate-trail.scenario.before-link";

pub use crate::scenario::limits::{MAX_DAYS, plausible};

thread_local! {
    /// The scenario last saved, for a browser that keeps nothing: the simulator (mounted
    /// again at every visit to its view) and the views that re-run it keep the visitor's
    /// choices while the page is open.
    static IN_MEMORY: RefCell<Option<Scenario>> = const { RefCell::new(None) };
    /// Whether the visitor has been told that their choices will not be remembered.
    static TOLD_UNAVAILABLE: Cell<bool> = const { Cell::new(false) };
}

/// The scenario saved in this browser, or `default` and a note saying why it was not used.
/// No saved scenario is not worth a note; a browser that keeps nothing is worth one, once.
pub fn load(default: Scenario) -> (Scenario, Option<&'static str>) {
    read(&default).unwrap_or_else(|_| {
        let told = TOLD_UNAVAILABLE.replace(true);
        (
            in_memory(default),
            (!told).then_some(text::saved_unavailable()),
        )
    })
}

/// The visitor's scenario without a note, for the views that only re-run it.
pub fn scenario(default: Scenario) -> Scenario {
    read(&default).map_or_else(|_| in_memory(default), |(scenario, _)| scenario)
}

/// Whether the visitor has used the simulator in this browser (or this page, where the
/// browser keeps nothing).
pub fn has_scenario() -> bool {
    matches!(browser_storage::get(KEY), Ok(Some(_))) || IN_MEMORY.with_borrow(Option::is_some)
}

/// What this browser's storage holds: the saved scenario, or `default` and maybe a note;
/// an error when the storage cannot be read at all.
fn read(default: &Scenario) -> Result<(Scenario, Option<&'static str>), StorageError> {
    let Some(raw) = browser_storage::get(KEY)? else {
        return Ok((default.clone(), None));
    };
    Ok(match serde_json::from_str(&raw).ok().and_then(plausible) {
        Some(saved) => (saved, None),
        None => (default.clone(), Some(keep_unreadable(&raw))),
    })
}

/// The scenario this page saved last, or `default`.
fn in_memory(default: Scenario) -> Scenario {
    IN_MEMORY.with_borrow(Clone::clone).unwrap_or(default)
}

/// Copies the saved value to [`UNREADABLE_KEY`]; returns the note for the visitor.
fn keep_unreadable(raw: &str) -> &'static str {
    // A failure here leaves the note as the only trace; nothing better can be done.
    let _ = browser_storage::set(UNREADABLE_KEY, raw);
    text::saved_unreadable()
}

/// Saves the scenario in this page's memory and in the browser's storage; a browser that
/// refuses (blocked, private mode, full) is not an error worth interrupting the visitor
/// for (they were told once, at [`load`]), so it returns whether the storage kept it.
pub fn save(scenario: &Scenario) -> bool {
    IN_MEMORY.set(Some(scenario.clone()));
    serde_json::to_string(scenario).is_ok_and(|json| browser_storage::set(KEY, &json).is_ok())
}

/// Keeps the scenario saved in this browser under [`BEFORE_LINK_KEY`] and returns it, for
/// the note that offers it back, when `scenario` (`link_run` changed by the visitor) is about
/// to be saved over it: when there is one, and it is neither of them (a link to a run this
/// browser already saved, or a reload of a link's run already saved, replaces nothing of
/// the visitor's). `None` otherwise, and nothing is kept.
pub fn keep_own_run(scenario: &Scenario, link_run: &Scenario) -> Option<Scenario> {
    let own = stored(KEY).filter(|own| own != scenario && own != link_run)?;
    let json = serde_json::to_string(&own).ok()?;
    browser_storage::set(BEFORE_LINK_KEY, &json).ok()?;
    Some(own)
}

/// The visitor's own scenario from before a link's run was saved over it, while kept.
pub fn before_link() -> Option<Scenario> {
    stored(BEFORE_LINK_KEY)
}

/// Lets the scenario from before a link go (taken back, or the link's run kept).
pub fn forget_before_link() {
    browser_storage::remove(BEFORE_LINK_KEY);
}

/// The plausible scenario stored under `key`, if any.
fn stored(key: &str) -> Option<Scenario> {
    let raw = browser_storage::get(key).ok()??;
    serde_json::from_str(&raw).ok().and_then(plausible)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        Scenario {
            seed: 7,
            days: 30,
            population: 2000,
            camera_count: 40,
            persona: None,
            commuter: None,
            town_file: None,
        }
    }

    mod plausible {
        use super::*;

        #[test]
        fn keeps_a_normal_scenario() {
            assert_eq!(plausible(scenario()), Some(scenario()));
        }

        #[test]
        fn reads_a_scenario_saved_before_the_stop_editor() {
            // As the app saved it before the new personas and stop purposes.
            let json = r#"{"seed":3,"days":30,"population":10000,"camera_count":40,
                "commuter":{"persona":"HospitalNurse","home":[-71.33,42.45],"work":[-71.31,42.44],
                "workdays":["Monday","Tuesday"],"shift_start_minute_of_day":420,"shift_minutes":720,
                "stops":[{"purpose":"Worship","kind":"Mosque","position":[-71.32,42.45],
                "days":{"Weekly":["Friday"]},"arrive_minute_of_day":750,"stay_minutes":60,
                "with_partner":true}],"carpool":true,"partner":true,
                "plans_change_probability":0.1,"alternative_route_probability":0.2}}"#;
            let saved: Scenario = serde_json::from_str(json).expect("reads");
            let plan = plausible(saved)
                .and_then(|s| s.commuter)
                .expect("plausible");
            assert_eq!(plan.stops.len(), 1);
        }

        #[test]
        fn reads_a_scenario_saved_before_the_chosen_persona_and_keeps_a_chosen_one() {
            let json =
                r#"{"seed":3,"days":30,"population":10000,"camera_count":40,"commuter":null}"#;
            let saved: Scenario = serde_json::from_str(json).expect("reads");
            assert_eq!(saved.persona, None);
            let chosen = Scenario {
                persona: Some(crate::sim::Persona::Student),
                ..scenario()
            };
            let json = serde_json::to_string(&chosen).expect("writes");
            assert_eq!(serde_json::from_str::<Scenario>(&json).ok(), Some(chosen));
        }

        #[test]
        fn refuses_a_stop_no_control_could_make() {
            let json = r#"{"seed":3,"days":30,"population":10000,"camera_count":40,
                "commuter":{"stops":[{"purpose":"Gym","kind":"Gym","position":[-71.32,42.45],
                "days":{"Weekly":["Friday"]},"arrive_minute_of_day":9000,"stay_minutes":60,
                "with_partner":false}]}}"#;
            let saved: Scenario = serde_json::from_str(json).expect("reads");
            assert_eq!(plausible(saved), None);
        }

        #[test]
        fn refuses_a_home_off_the_town_and_counts_a_link_would_refuse() {
            let json = r#"{"seed":3,"days":12,"population":10000,"camera_count":40,
                "commuter":{"persona":"HospitalNurse","home":[139.7,35.6],"work":[-71.31,42.44],
                "workdays":["Monday"],"shift_start_minute_of_day":420,"shift_minutes":720,
                "stops":[],"carpool":false,"partner":false,
                "plans_change_probability":0.1,"alternative_route_probability":0.2}}"#;
            let saved: Scenario = serde_json::from_str(json).expect("reads");
            assert_eq!(plausible(saved), None);
            for json in [
                r#"{"seed":1,"days":12,"population":0,"camera_count":20,"commuter":null}"#,
                r#"{"seed":1,"days":12,"population":60000,"camera_count":20,"commuter":null}"#,
                r#"{"seed":1,"days":12,"population":10000,"camera_count":250,"commuter":null}"#,
                r#"{"seed":1,"days":12,"population":10000,"camera_count":0,"commuter":null}"#,
            ] {
                let saved: Scenario = serde_json::from_str(json).expect("reads");
                assert_eq!(plausible(saved), None, "{json}");
            }
        }

        #[test]
        fn refuses_zero_or_absurd_days() {
            assert_eq!(
                plausible(Scenario {
                    days: 0,
                    ..scenario()
                }),
                None
            );
            assert_eq!(
                plausible(Scenario {
                    days: 100_000,
                    ..scenario()
                }),
                None
            );
        }
    }
}
