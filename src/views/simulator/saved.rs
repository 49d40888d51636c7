//! Keeps the visitor's scenario in this browser's localStorage, so nothing they set is lost
//! on reload. Never sends it anywhere.
//!
//! A stored value that is unreadable (an older version of the app, a hand edit) or not
//! plausible falls back to the default scenario with a note the visitor can see, and is
//! copied to [`UNREADABLE_KEY`] first, so the default saved next does not erase it; it never
//! panics. Scenarios saved before the stop editor and the new personas read as they are.
//! Called only from the simulator's effects, never from its reducer.

use gloo::storage::{LocalStorage, Storage, errors::StorageError};

use crate::scenario::limits::{MAX_STAY_MINUTES, MAX_STOPS, SHIFT_MINUTES};
use crate::sim::{MINUTES_PER_DAY, Scenario};
use crate::text;

/// The localStorage key. Bump the suffix when [`Scenario`] changes incompatibly.
pub const KEY: &str = "plate-trail.scenario.v1";

/// Where a saved scenario that could not be used is kept, as it was.
pub const UNREADABLE_KEY: &str = "plate-trail.scenario.unreadable";

/// Longest simulation the controls offer, days.
pub const MAX_DAYS: u32 = 90;

/// The scenario saved in this browser, or `default` and a note saying why it was not used.
/// No saved scenario is not worth a note.
pub fn load(default: Scenario) -> (Scenario, Option<&'static str>) {
    match LocalStorage::get::<Scenario>(KEY) {
        Ok(saved) => match plausible(saved) {
            Some(saved) => (saved, None),
            None => (default, Some(keep_unreadable())),
        },
        Err(StorageError::KeyNotFound(_)) => (default, None),
        Err(StorageError::SerdeError(_)) => (default, Some(keep_unreadable())),
        Err(StorageError::JsError(_)) => (default, Some(text::SAVED_UNAVAILABLE)),
    }
}

/// Copies the saved value to [`UNREADABLE_KEY`]; returns the note for the visitor.
fn keep_unreadable() -> &'static str {
    let storage = LocalStorage::raw();
    if let Ok(Some(raw)) = storage.get_item(KEY) {
        // A failure here leaves the note as the only trace; nothing better can be done.
        let _ = storage.set_item(UNREADABLE_KEY, &raw);
    }
    text::SAVED_UNREADABLE
}

/// Saves the scenario; a browser that refuses (private mode, full) is not an error worth
/// interrupting the visitor for, so it returns whether it worked.
pub fn save(scenario: &Scenario) -> bool {
    LocalStorage::set(KEY, scenario).is_ok()
}

/// The scenario if its numbers are ones the controls could have produced.
pub fn plausible(scenario: Scenario) -> Option<Scenario> {
    let in_range = (1..=MAX_DAYS).contains(&scenario.days)
        && scenario.population <= 1_000_000
        && scenario.camera_count <= 10_000;
    let plan_ok = scenario.commuter.as_ref().is_none_or(|plan| {
        let finite = plan
            .home
            .iter()
            .chain(plan.work.iter())
            .chain(plan.stops.iter().flat_map(|s| s.position.iter()))
            .all(|v| v.is_finite());
        let times = plan.shift_start_minute_of_day < MINUTES_PER_DAY
            && plan.shift_minutes <= *SHIFT_MINUTES.end()
            && plan.stops.len() <= MAX_STOPS
            && plan.stops.iter().all(|s| {
                s.arrive_minute_of_day < MINUTES_PER_DAY && s.stay_minutes <= MAX_STAY_MINUTES
            });
        finite && times
    });
    (in_range && plan_ok).then_some(scenario)
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
                "commuter":{"persona":"HospitalNurse","home":[-71.3,42.45],"work":[-71.31,42.44],
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
