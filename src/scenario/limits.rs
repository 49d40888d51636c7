//! The limits of what a visitor can set, in one place: the controls offer exactly these
//! ranges, a saved scenario or a share link outside them is refused, and the reducers clamp
//! to them. Pure constants: no UI crates.

use crate::sim::MINUTES_PER_DAY;

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
