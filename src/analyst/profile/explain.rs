//! What home and work rest on, for diagnosis: the habits (reads next to night stops, or
//! to weekday daytime stops, grouped by camera and side) that [`super::anchors::locate`]
//! adds up, each with its score at every road node as the profile scores it (home's
//! second pass). `examples/evaluate.rs --explain-home` and `--explain-work` print them
//! beside the truth, to tell a wrong camera from a right camera read on the wrong side.
//!
//! It follows [`super::build_profile_paced`]'s steps to home (work, the commute, home
//! once, the car's own destinations, home again) without its pauses; a test checks that
//! the two agree. This module must not change the profile, and must not read
//! [`crate::sim::Sighting::vehicle`] or any truth (the caller compares with it).

use std::collections::BTreeMap;

use super::anchors::{ANY_CORNER_SHARE, Weighing, anchor_events, locate};
use super::destinations::own_destination_weights;
use super::drive_evidence::{AnchorEvent, Basis, CommuteShares, Side, event_log_likelihood};
use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{Catchments, RouteModel};
use crate::analyst::stays::find_stays;
use crate::sim::{CameraId, Plate, TownMap};

/// One (camera, side) habit of reads next to a night's stop, as home's location weighs it.
#[derive(Clone, Debug)]
pub struct HomeHabit {
    pub camera: CameraId,
    /// True when home lies after the read (the evening's last read), false before it (the
    /// morning's first).
    pub home_after_read: bool,
    /// The reads of the habit, in time order.
    pub reads: Vec<SightingRef>,
    /// How many of those reads lie on a commute (a drive between a night's and a work stop).
    pub commutes: u32,
    /// The habit's weight in home's sum (`2n / (n + 1)`, `n` its reads).
    pub weight: f32,
    /// Per road node, the mean log-likelihood of the habit's reads there.
    pub mean_log_likelihood: Vec<f32>,
    /// Per read (in `reads`' order) and road node, the read's log-likelihood there.
    pub log_likelihoods: Vec<Vec<f32>>,
}

/// The habits home rests on for `plate`, scored as the profile's second pass scores them.
pub fn home_habits(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    plate: Plate,
) -> Vec<HomeHabit> {
    let refs = index.of_plate(plate);
    let stays = find_stays(index, refs);
    let (home_events, work_events) = anchor_events(&stays);
    let mut scratch = Vec::new();
    let corners: Vec<u32> = (0..routes.intersection_count() as u32).collect();
    let work = super::anchors::locate_work(index, routes, map, &work_events, &corners);
    let commute = work
        .as_ref()
        .map(|w| CommuteShares::toward(routes, w.best_node));
    let mix = |c: &Catchments| c.mixed(routes.corner_catchments(), ANY_CORNER_SHARE);
    let first_catchments = mix(routes.place_catchments());
    let first = locate(
        index,
        routes,
        &home_events,
        &corners,
        Weighing {
            commute: commute.as_ref(),
            catchments: &first_catchments,
            unseen_weight: 0.0,
        },
    );
    let catchments = match &first {
        Some(first) => {
            let weights = own_destination_weights(routes, index, &home_events, &first.posterior);
            mix(&routes.weighted_catchments(&weights))
        }
        None => first_catchments,
    };
    let basis = Basis::Habits(&catchments, commute.as_ref());
    by_habit(index, &home_events)
        .into_iter()
        .map(|((camera, side), members)| {
            let (sum, log_likelihoods) = scored(routes, index, &members, basis, &mut scratch);
            let n = members.len() as f32;
            HomeHabit {
                camera,
                home_after_read: side == Side::AfterRead,
                reads: members.iter().map(|e| e.read).collect(),
                commutes: members.iter().filter(|e| e.commute).count() as u32,
                weight: 2.0 * n / (n + 1.0),
                mean_log_likelihood: sum,
                log_likelihoods,
            }
        })
        .collect()
}

/// The events grouped as the profile groups them into habits: one camera, one side.
fn by_habit<'a>(
    index: &SightingIndex,
    events: &'a [AnchorEvent],
) -> BTreeMap<(CameraId, Side), Vec<&'a AnchorEvent>> {
    let mut groups: BTreeMap<(CameraId, Side), Vec<_>> = BTreeMap::new();
    for e in events {
        groups
            .entry((index.get(e.read).camera, e.side))
            .or_default()
            .push(e);
    }
    groups
}

/// A habit's reads scored over every road node as the profile scores them (each floored at
/// twice [`super::anchors::LOG_FLOOR`]): their mean per node, and each read's own.
fn scored(
    routes: &RouteModel,
    index: &SightingIndex,
    members: &[&AnchorEvent],
    basis: Basis,
    scratch: &mut Vec<f32>,
) -> (Vec<f32>, Vec<Vec<f32>>) {
    let mut sum = vec![0.0f32; routes.node_count()];
    let mut log_likelihoods = Vec::new();
    for e in members {
        event_log_likelihood(routes, index, e, basis, scratch);
        let floored: Vec<f32> = scratch
            .iter()
            .map(|ll| ll.max(super::anchors::LOG_FLOOR * 2.0))
            .collect();
        for (s, &ll) in sum.iter_mut().zip(&floored) {
            *s += ll;
        }
        log_likelihoods.push(floored);
    }
    let n = members.len() as f32;
    sum.iter_mut().for_each(|s| *s /= n);
    (sum, log_likelihoods)
}

/// One (camera, side) habit of reads next to a weekday daytime stop, as work's location
/// weighs it ([`super::anchors::locate_work`]).
#[derive(Clone, Debug)]
pub struct WorkHabit {
    pub camera: CameraId,
    /// True when work lies after the read (a morning's read into the stop), false before it.
    pub work_after_read: bool,
    /// The reads of the habit, in time order.
    pub reads: Vec<SightingRef>,
    /// Per road node, the mean log-likelihood of the habit's reads there.
    pub mean_log_likelihood: Vec<f32>,
    /// Per read (in `reads`' order) and road node, the read's log-likelihood there.
    pub log_likelihoods: Vec<Vec<f32>>,
}

/// The habits work rests on for `plate`, scored as the profile scores them.
pub fn work_habits(index: &SightingIndex, routes: &RouteModel, plate: Plate) -> Vec<WorkHabit> {
    let stays = find_stays(index, index.of_plate(plate));
    let (_, work_events) = anchor_events(&stays);
    let mut scratch = Vec::new();
    let basis = Basis::Habits(routes.place_catchments(), None);
    by_habit(index, &work_events)
        .into_iter()
        .map(|((camera, side), members)| {
            let (sum, log_likelihoods) = scored(routes, index, &members, basis, &mut scratch);
            WorkHabit {
                camera,
                work_after_read: side == Side::AfterRead,
                reads: members.iter().map(|e| e.read).collect(),
                mean_log_likelihood: sum,
                log_likelihoods,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::analyst::profile::tests::profile_of_commuter;

    mod home_habits {
        use super::*;

        #[test]
        fn score_the_profiles_home_corner_among_the_likeliest() {
            let sim = fixtures::commuter_month(7);
            let (profile, index, routes) = profile_of_commuter(&sim);
            let home = profile.home.expect("a home");
            let habits = home_habits(&index, &routes, &sim.map, profile.plate);
            assert!(habits.len() >= 2, "{} habits", habits.len());
            for h in &habits {
                assert!(h.reads.iter().all(|r| profile.sightings.contains(r)));
                assert_eq!(h.reads.len(), h.log_likelihoods.len());
            }
            let total = |node: u32| -> f32 {
                habits
                    .iter()
                    .map(|h| h.weight * h.mean_log_likelihood[node as usize])
                    .sum()
            };
            let best = (0..routes.intersection_count() as u32)
                .map(total)
                .fold(f32::NEG_INFINITY, f32::max);
            // `locate` keeps only corners within 9 of the best score; its estimate is one.
            assert!(
                total(home.best_node) >= best - 9.0,
                "{} against {best}",
                total(home.best_node)
            );
            // The habits hold the reads the home circle rests on.
            let read: Vec<SightingRef> = habits.iter().flat_map(|h| h.reads.clone()).collect();
            assert!(home.evidence.iter().all(|r| read.contains(r)));
        }
    }

    mod work_habits {
        use super::*;

        #[test]
        fn hold_the_reads_the_workplace_rests_on() {
            let sim = fixtures::commuter_month(8);
            let (profile, index, routes) = profile_of_commuter(&sim);
            let work = profile.work.expect("a workplace");
            let habits = work_habits(&index, &routes, profile.plate);
            assert!(!habits.is_empty());
            for h in &habits {
                assert!(h.reads.iter().all(|r| profile.sightings.contains(r)));
                assert_eq!(h.reads.len(), h.log_likelihoods.len());
            }
            let read: Vec<SightingRef> = habits.iter().flat_map(|h| h.reads.clone()).collect();
            assert!(work.evidence.iter().all(|r| read.contains(r)));
            // The workplace found scores above the habits' average door.
            let total = |node: u32| -> f32 {
                habits
                    .iter()
                    .map(|h| h.mean_log_likelihood[node as usize])
                    .sum()
            };
            assert!(total(work.best_node) > 0.0, "{}", total(work.best_node));
        }
    }
}
