//! Keeps the visitor's scenario in this browser's localStorage, so nothing they set is lost
//! on reload. Never sends it anywhere.
//!
//! A stored value that is unreadable (an older version of the app, a hand edit) or not
//! plausible falls back to the default scenario with a note the visitor can see; it never
//! panics. Called only from the simulator's effects, never from its reducer.

use gloo::storage::{LocalStorage, Storage, errors::StorageError};

use crate::sim::Scenario;
use crate::text;

/// The localStorage key. Bump the suffix when [`Scenario`] changes incompatibly.
pub const KEY: &str = "plate-trail.scenario.v1";

/// Longest simulation the controls offer, days.
pub const MAX_DAYS: u32 = 90;

/// The scenario saved in this browser, or `default` and a note saying why it was not used.
/// No saved scenario is not worth a note.
pub fn load(default: Scenario) -> (Scenario, Option<&'static str>) {
    match LocalStorage::get::<Scenario>(KEY) {
        Ok(saved) => match plausible(saved) {
            Some(saved) => (saved, None),
            None => (default, Some(text::SAVED_UNREADABLE)),
        },
        Err(StorageError::KeyNotFound(_)) => (default, None),
        Err(StorageError::SerdeError(_)) => (default, Some(text::SAVED_UNREADABLE)),
        Err(StorageError::JsError(_)) => (default, Some(text::SAVED_UNAVAILABLE)),
    }
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
    let finite = scenario.commuter.as_ref().is_none_or(|plan| {
        plan.home
            .iter()
            .chain(plan.work.iter())
            .all(|v| v.is_finite())
    });
    (in_range && finite).then_some(scenario)
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
