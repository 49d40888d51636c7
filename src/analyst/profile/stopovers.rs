//! A competing explanation of a night-side read: the stop next to it was not home but a
//! place of the car's own near home (the school drop-off between leaving home and the
//! morning's first read, the gym or union hall between the evening's last read and home).
//!
//! Each habit of reads (one camera, one side) is explained either by home, with share
//! [`HOME_SHARE`], or by a stop at a mapped place the car from that home would go to: a
//! place of each kind, weighted by its pull from home (the gravity model of
//! [`super::priors`], Huff 1963), so a school drop-off's reads raise every candidate home
//! whose own school lies behind that camera, not only the corners behind the camera.
//!
//! Measured (issue 17; homes within 500 m as towns of 60, training seeds 1-60 at 20/40/80
//! cameras): 11/25/35 without, 14/27/36 with. Not kept, see [`super::anchors`] (the
//! sensitive flags' tests fail with it; the calibration curves were not refitted here).
//!
//! This module must not decide where home is (that is [`super::anchors`]), and must not read
//! [`crate::sim::Sighting::vehicle`] or any truth.

use crate::analyst::routes::RouteModel;
use crate::sim::{PlaceKind, TownMap};

/// Share of a habit's weight explained by home; the rest by a stop at a place near home.
const HOME_SHARE: f64 = 0.65;

/// A place this much farther from home than another of its kind is `e` times less likely
/// to be the one the car stops at.
const PULL_DECAY_METERS: f64 = 300.0;

/// Places of one kind whose share of the kind's pull is below this are left out (cost).
const MIN_SHARE: f64 = 0.05;

/// The places near each candidate home a night-side stop may have been at instead.
pub(super) struct Stopovers {
    /// The mapped places' doors (road-graph nodes) that any candidate uses.
    pub(super) doors: Vec<u32>,
    /// Per candidate home (in the candidates' order): (index into `doors`, weight), the
    /// weights adding up to `1 - HOME_SHARE`.
    near: Vec<Vec<(u32, f64)>>,
}

impl Stopovers {
    /// The stopovers for each of `candidates` (road-graph nodes) on `map`.
    pub(super) fn new(routes: &RouteModel, map: &TownMap, candidates: &[u32]) -> Stopovers {
        let mut kinds: Vec<(PlaceKind, Vec<(usize, u32)>)> = Vec::new();
        let mut doors: Vec<u32> = Vec::new();
        for (i, place) in map.places.iter().enumerate() {
            if matches!(place.kind, PlaceKind::Home | PlaceKind::OutOfTown) {
                continue;
            }
            let door = routes.place_node(i as u32);
            if door as usize >= routes.node_count() {
                continue;
            }
            let slot = match doors.iter().position(|&d| d == door) {
                Some(s) => s,
                None => {
                    doors.push(door);
                    doors.len() - 1
                }
            };
            match kinds.iter_mut().find(|(k, _)| *k == place.kind) {
                Some((_, places)) => places.push((i, slot as u32)),
                None => kinds.push((place.kind, vec![(i, slot as u32)])),
            }
        }
        let frame = routes.frame();
        let kind_weight = (1.0 - HOME_SHARE) / kinds.len().max(1) as f64;
        let near = candidates
            .iter()
            .map(|&node| {
                let at = routes.node_position(node);
                let mut out: Vec<(u32, f64)> = Vec::new();
                for (_, places) in &kinds {
                    // In f64: native and wasm round f64 exponentials alike.
                    let pulls: Vec<f64> = places
                        .iter()
                        .map(|&(i, _)| {
                            let meters = frame.distance_meters(at, map.places[i].position);
                            (-meters / PULL_DECAY_METERS).exp()
                        })
                        .collect();
                    let sum: f64 = pulls.iter().sum();
                    if sum <= 0.0 {
                        continue;
                    }
                    for (&(_, slot), pull) in places.iter().zip(&pulls) {
                        let share = pull / sum;
                        if share >= MIN_SHARE {
                            out.push((slot, kind_weight * share));
                        }
                    }
                }
                out
            })
            .collect();
        Stopovers { doors, near }
    }

    /// A habit's log-likelihood at candidate `c` (index into the candidates): home's
    /// `at_home` (the habit's mean log-likelihood there) mixed with the stops at the places
    /// near it, `at_doors` (the habit's mean at each of [`Stopovers::doors`]).
    pub(super) fn mixed(&self, c: usize, at_home: f32, at_doors: &[f32]) -> f32 {
        let near = &self.near[c];
        let top = near
            .iter()
            .map(|&(d, _)| at_doors[d as usize])
            .fold(at_home, f32::max);
        let top = f64::from(top);
        let sum: f64 = HOME_SHARE * (f64::from(at_home) - top).exp()
            + near
                .iter()
                .map(|&(d, w)| w * (f64::from(at_doors[d as usize]) - top).exp())
                .sum::<f64>();
        (sum.ln() + top) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod a_stop_near_home {
        use super::*;

        /// A habit read right behind the school (4 at its door) and far from this home
        /// (-2 here): with the school among this home's places it costs the home little;
        /// without a place near it, it costs the full -2 (less home's share).
        #[test]
        fn explains_a_habit_that_home_does_not() {
            let stopovers = Stopovers {
                doors: vec![7],
                near: vec![vec![(0, 1.0 - HOME_SHARE)], vec![]],
            };
            let with_school = stopovers.mixed(0, -2.0, &[4.0]);
            let without = stopovers.mixed(1, -2.0, &[4.0]);
            assert!(with_school > 2.0, "{with_school}");
            let expected = -2.0 + HOME_SHARE.ln() as f32;
            assert!((without - expected).abs() < 1e-4, "{without} vs {expected}");
        }

        /// A habit home explains well keeps nearly all its weight there.
        #[test]
        fn leaves_a_habit_home_explains() {
            let stopovers = Stopovers {
                doors: vec![7],
                near: vec![vec![(0, 1.0 - HOME_SHARE)]],
            };
            let score = stopovers.mixed(0, 4.0, &[-3.0]);
            assert!(
                (score - (4.0 + HOME_SHARE.ln() as f32)).abs() < 0.01,
                "{score}"
            );
        }
    }
}
