//! Stays: the gaps between two reads of one plate long enough for the car to have stopped
//! somewhere, and where on the road map it can have stopped.
//!
//! The car is read only at cameras. After a read it drives on, stops, and is read again
//! later; the stop must be reachable from the first camera and must reach the second camera
//! within the gap, and the drives there and back must have escaped every other camera (or
//! been missed by it). [`stay_log_likelihood`] scores every intersection by that; the profile
//! adds the scores over many stays. This module must not decide what a stay means.

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{AnchorRoutes, RouteModel};
use crate::sim::{MINUTES_PER_DAY, Sighting};

/// A gap between reads shorter than this is taken as one drive, not a stop.
pub const STAY_GAP_MINUTES: u32 = 20;
/// The shortest stop the analyst counts, in minutes.
pub const MIN_STOP_MINUTES: u32 = 5;
/// The analyst's day starts at 03:00, so a late night counts with the evening before it.
pub const DAY_START_MINUTE: u32 = 3 * 60;
/// Modelled drive times are free-flow; a real drive is allowed to be
/// at most this much faster (speeding, cut-throughs) before a stop is ruled out.
const DRIVE_TIME_FACTOR: f64 = 0.85;
/// Log-likelihood of an intersection the gap cannot fit.
pub const IMPOSSIBLE: f32 = -30.0;

/// A stop between two consecutive reads of one plate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stay {
    /// The last read before the stop.
    pub before: SightingRef,
    /// The first read after the stop.
    pub after: SightingRef,
    /// The read before `before` on the same drive, at another camera, if any.
    pub before_that: Option<SightingRef>,
    /// The read after `after` on the same drive, at another camera, if any.
    pub after_that: Option<SightingRef>,
    /// Minute of the read before.
    pub from_minute: u32,
    /// Minute of the read after.
    pub to_minute: u32,
}

impl Stay {
    /// Length of the gap in minutes.
    pub fn gap_minutes(&self) -> u32 {
        self.to_minute - self.from_minute
    }

    /// True when the gap contains 03:00 (the car spent the night there).
    pub fn spans_night(&self) -> bool {
        analyst_day(self.from_minute) != analyst_day(self.to_minute)
    }
}

/// The analyst's day number of a minute: day `d` runs from 03:00 on simulation day `d` to
/// 03:00 the next day (the first three hours of the simulation count as day 0).
pub fn analyst_day(minute: u32) -> u32 {
    minute.saturating_sub(DAY_START_MINUTE) / MINUTES_PER_DAY
}

/// Every gap of at least [`STAY_GAP_MINUTES`] between consecutive reads in `refs` (one
/// plate's reads in time order).
pub fn find_stays(index: &SightingIndex, refs: &[SightingRef]) -> Vec<Stay> {
    let same_drive = |earlier: SightingRef, later: SightingRef| {
        let (a, b) = (index.get(earlier), index.get(later));
        a.camera != b.camera && b.minute < a.minute + STAY_GAP_MINUTES
    };
    (1..refs.len())
        .filter_map(|i| {
            let (a, b) = (index.get(refs[i - 1]), index.get(refs[i]));
            (b.minute >= a.minute + STAY_GAP_MINUTES).then(|| Stay {
                before: refs[i - 1],
                after: refs[i],
                before_that: (i >= 2 && same_drive(refs[i - 2], refs[i - 1])).then(|| refs[i - 2]),
                after_that: refs
                    .get(i + 1)
                    .copied()
                    .filter(|&next| same_drive(refs[i], next)),
                from_minute: a.minute,
                to_minute: b.minute,
            })
        })
        .collect()
}

/// Log-likelihood penalty per minute a route through the observed cameras would be a detour.
const DETOUR_PENALTY_PER_MINUTE: f32 = 1.0;
/// The largest detour penalty one drive can carry.
const MAX_DETOUR_PENALTY: f32 = 6.0;
/// Detours shorter than this many seconds (plus 10%) are free: ties and rounding.
const DETOUR_TOLERANCE_SECONDS: f64 = 45.0;

/// For every intersection, the log-likelihood that the car stopped there during `stay`:
/// the chance both drives escaped other cameras, less a penalty where the reads on the same
/// drive (`before_that` then `before`, `after` then `after_that`) would be a detour from
/// the fastest route; or [`IMPOSSIBLE`] when the drives do not fit the gap. Writes into
/// `out` (resized to the node count).
pub fn stay_log_likelihood(
    routes: &RouteModel,
    index: &SightingIndex,
    stay: &Stay,
    out: &mut Vec<f32>,
) {
    stay_log_likelihood_between(routes, index, stay, None, None, out);
}

/// As [`stay_log_likelihood`], knowing also where the drive to the stop began (`origin`,
/// when the read before is the drive's first) and where the drive after it ended
/// (`destination`, when the read after is the drive's last): the fastest route from the
/// origin to the stop must pass the read before, and from the stop to the destination the
/// read after.
pub fn stay_log_likelihood_between(
    routes: &RouteModel,
    index: &SightingIndex,
    stay: &Stay,
    origin: Option<&AnchorRoutes>,
    destination: Option<&AnchorRoutes>,
    out: &mut Vec<f32>,
) {
    let (before, after) = (index.get(stay.before), index.get(stay.after));
    reachability(routes, before, after, out);
    let penalty = |excess_seconds: f64| -> f32 {
        if excess_seconds <= 0.0 {
            0.0
        } else {
            (excess_seconds as f32 / 60.0 * DETOUR_PENALTY_PER_MINUTE).min(MAX_DETOUR_PENALTY)
        }
    };
    if let Some(earlier) = stay.before_that.map(|r| index.get(r)) {
        // Drove earlier -> before -> x: that must be about as fast as earlier -> x directly.
        let via = routes.seconds_between(earlier.camera, before.camera);
        if let (Some(from_earlier), Some(from_before)) =
            (routes.after(earlier.camera), routes.after(before.camera))
            && via != u32::MAX
        {
            for (x, slot) in out.iter_mut().enumerate() {
                let (direct, rest) = (from_earlier.seconds[x], from_before.seconds[x]);
                if *slot > IMPOSSIBLE && direct != u32::MAX && rest != u32::MAX {
                    let excess =
                        (via as f64 + rest as f64) - direct as f64 * 1.1 - DETOUR_TOLERANCE_SECONDS;
                    *slot = (*slot - penalty(excess)).max(IMPOSSIBLE);
                }
            }
        }
    }
    if let Some(later) = stay.after_that.map(|r| index.get(r)) {
        // Drove x -> after -> later: that must be about as fast as x -> later directly.
        let via = routes.seconds_between(after.camera, later.camera);
        if let (Some(to_after), Some(to_later)) =
            (routes.before(after.camera), routes.before(later.camera))
            && via != u32::MAX
        {
            for (x, slot) in out.iter_mut().enumerate() {
                let (first, direct) = (to_after.seconds[x], to_later.seconds[x]);
                if *slot > IMPOSSIBLE && direct != u32::MAX && first != u32::MAX {
                    let excess = (first as f64 + via as f64)
                        - direct as f64 * 1.1
                        - DETOUR_TOLERANCE_SECONDS;
                    *slot = (*slot - penalty(excess)).max(IMPOSSIBLE);
                }
            }
        }
    }
    if let (None, Some(origin), Some(from_before)) =
        (stay.before_that, origin, routes.after(before.camera))
    {
        // Drove origin -> before -> x: about as fast as origin -> x directly.
        let via = origin
            .to_camera
            .get(before.camera as usize)
            .copied()
            .unwrap_or(u32::MAX);
        if via != u32::MAX {
            for (x, slot) in out.iter_mut().enumerate() {
                let (direct, rest) = (origin.seconds_from[x], from_before.seconds[x]);
                if *slot > IMPOSSIBLE && direct != u32::MAX && rest != u32::MAX {
                    let excess =
                        (via as f64 + rest as f64) - direct as f64 * 1.1 - DETOUR_TOLERANCE_SECONDS;
                    *slot = (*slot - penalty(excess)).max(IMPOSSIBLE);
                }
            }
        }
    }
    if let (None, Some(destination), Some(to_after)) =
        (stay.after_that, destination, routes.before(after.camera))
    {
        // Drove x -> after -> destination: about as fast as x -> destination directly.
        let via = destination
            .from_camera
            .get(after.camera as usize)
            .copied()
            .unwrap_or(u32::MAX);
        if via != u32::MAX {
            for (x, slot) in out.iter_mut().enumerate() {
                let (first, direct) = (to_after.seconds[x], destination.seconds_to[x]);
                if *slot > IMPOSSIBLE && direct != u32::MAX && first != u32::MAX {
                    let excess = (first as f64 + via as f64)
                        - direct as f64 * 1.1
                        - DETOUR_TOLERANCE_SECONDS;
                    *slot = (*slot - penalty(excess)).max(IMPOSSIBLE);
                }
            }
        }
    }
}

/// Where the car can have stopped between two reads, ignoring the reads around them.
fn reachability(routes: &RouteModel, before: &Sighting, after: &Sighting, out: &mut Vec<f32>) {
    let n = routes.node_count();
    out.clear();
    out.resize(n, IMPOSSIBLE);
    let (Some(from), Some(to)) = (routes.after(before.camera), routes.before(after.camera)) else {
        return;
    };
    let gap_seconds = after.minute.saturating_sub(before.minute) as f64 * 60.0;
    let budget_seconds = gap_seconds - MIN_STOP_MINUTES as f64 * 60.0;
    for (x, slot) in out.iter_mut().enumerate() {
        let (s1, s2) = (from.seconds[x], to.seconds[x]);
        if s1 == u32::MAX || s2 == u32::MAX {
            continue;
        }
        // A one-minute read resolution is allowed on each side.
        if (s1 as f64 + s2 as f64) * DRIVE_TIME_FACTOR > budget_seconds + 120.0 {
            continue;
        }
        *slot = (from.log_unseen[x] + to.log_unseen[x]).max(IMPOSSIBLE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;

    mod stay_detection {
        use super::*;

        #[test]
        fn a_night_at_home_is_a_stay_that_spans_the_night() {
            let sim = fixtures::commuter_month(1);
            let index = SightingIndex::from_simulation(&sim);
            let refs = index.of_plate(sim.vehicles[0].plate);
            let stays = find_stays(&index, refs);
            assert!(stays.iter().filter(|s| s.spans_night()).count() >= 20);
        }

        #[test]
        fn the_true_home_is_possible_for_every_night() {
            let sim = fixtures::commuter_month(1);
            let index = SightingIndex::from_simulation(&sim);
            let routes = RouteModel::new(&sim.map);
            let refs = index.of_plate(sim.vehicles[0].plate);
            let home = sim.map.places[0].access as usize;
            let mut ll = Vec::new();
            for stay in find_stays(&index, refs).iter().filter(|s| s.spans_night()) {
                stay_log_likelihood(&routes, &index, stay, &mut ll);
                assert!(ll[home] > -1.0, "night {stay:?}: {}", ll[home]);
            }
        }
    }
}
