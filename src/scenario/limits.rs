//! The limits of what a visitor can set, in one place: the controls offer exactly these
//! ranges, a saved scenario or a share link outside them is refused, and the reducers clamp
//! to them. Pure constants: no UI crates.

use crate::sim::{MINUTES_PER_DAY, Scenario};

/// Longest simulation the controls offer, days.
pub const MAX_DAYS: u32 = 90;

/// Shortest and longest time at work the controls accept, minutes.
pub const SHIFT_MINUTES: std::ops::RangeInclusive<u32> = 30..=16 * 60;

/// Most regular stops a plan may have.
pub const MAX_STOPS: usize = 24;

/// Shortest stay the stop editor accepts, minutes.
pub const MIN_STAY_MINUTES: u32 = 5;

/// Longest stay the stop editor accepts (the simulation's limit), minutes: 72 hours.
pub const MAX_STAY_MINUTES: u32 = 3 * MINUTES_PER_DAY;

/// A map click this near a town place (meters) means that place.
pub const SNAP_METERS: f64 = 150.0;

/// Camera shares the policy lab offers, percent.
pub const CAMERA_PERCENTS: [u32; 4] = [100, 75, 50, 25];

/// Cameras the simulator's camera control offers (the core takes up to
/// [`crate::sim::MAX_CAMERAS`]): from a handful to eight per km² of the default town,
/// denser than any mapped Massachusetts town.
pub const CAMERA_COUNT: std::ops::RangeInclusive<u32> = 5..=200;

/// The scenario if its numbers are ones the controls could have produced: a saved scenario
/// or a share link that fails this is not run.
pub fn plausible(scenario: Scenario) -> Option<Scenario> {
    let in_range = (1..=MAX_DAYS).contains(&scenario.days)
        && scenario.population <= 1_000_000
        && scenario.camera_count <= 10_000;
    let plan_ok = scenario.commuter.as_ref().is_none_or(|plan| {
        let places = plan
            .home
            .iter()
            .chain(plan.work.iter())
            .chain(plan.stops.iter().flat_map(|s| s.position.iter()))
            .all(|v| v.is_finite());
        // Chances outside 0..=1 (or NaN) would stop the simulation's random draws.
        let chance = |p: f64| (0.0..=1.0).contains(&p);
        let times = plan.shift_start_minute_of_day < MINUTES_PER_DAY
            && plan.shift_minutes <= *SHIFT_MINUTES.end()
            && plan.stops.len() <= MAX_STOPS
            && plan.stops.iter().all(|s| {
                s.arrive_minute_of_day < MINUTES_PER_DAY && s.stay_minutes <= MAX_STAY_MINUTES
            });
        places
            && times
            && chance(plan.plans_change_probability)
            && chance(plan.alternative_route_probability)
    });
    (in_range && plan_ok).then_some(scenario)
}
