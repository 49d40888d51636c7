//! Home's corner weighed by a learned combination of signals (issue 17, branch home17g), as
//! [`super::work_choice`] does for work. Once home's posterior and work are found, each of
//! home's likeliest [`HOME_CANDIDATES`] corners gets the log-terms of home signals that
//! earlier rounds tried alone with a hand-picked weight (see `docs/analyst/home-and-work.md`): the
//! posterior itself and the first pass's (before this car's own destinations), the night
//! reads scored with drives to the mapped places only and to any corner only, the share of
//! the night reads' days with a read consistent with the corner, the posterior's mass within
//! 500 m of it, the drive to the workplace found, the commute's silent weekdays, the
//! daytime returns home, and the night's whole drives (every camera that read them, in
//! order, against the fastest drives between the corner and the mapped places).
//! `evaluate --fit-home` fits the weights by conditional logit on training seeds, offline,
//! never on the truth of the car at hand.
//!
//! Every round of this score (the whole drives' feature, the candidates' ceiling, a
//! gradient-boosted ranking, weights fitted on visitors' lives, and what alternative routes
//! and missed reads cost) is in `docs/analyst/home-and-work.md`, with its numbers.
//!
//! This module must not read [`crate::sim::Sighting::vehicle`] or any truth.

use std::collections::{BTreeMap, BTreeSet};

use super::anchors::{
    Anchor, CONSISTENT, HOME_FEATURES, HomeCandidate, LOG_FLOOR, MISSING_LOG_SHARE, Pick, Weighed,
    Weighing, anchor_from_scores, habit_totals, likeliest_nodes, relative_to_best,
};
use super::drive_evidence::{AnchorEvent, Basis, CommuteShares, EventScore, Side};
use super::work_choice::silent_weekdays;
use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{Catchments, RouteModel};
use crate::analyst::stays::{MIN_STOP_MINUTES, STAY_GAP_MINUTES, Stay};
use crate::sim::geometry::LocalPoint;
use crate::sim::{CameraId, MINUTES_PER_DAY};

mod weights {
    include!("home_weights.rs");
}
pub use weights::HOME_WEIGHTS;

/// How many of home's posterior's likeliest corners the learned score weighs.
pub const HOME_CANDIDATES: usize = 24;

/// The features' names, in order (the fitted weights' order).
pub const HOME_FEATURE_NAMES: [&str; HOME_FEATURES] = [
    "posterior",
    "first_posterior",
    "places_only",
    "corners_only",
    "consistent_nights",
    "mass_500m",
    "work_drive",
    "silence",
    "daytime_returns",
    "whole_drives",
];

/// The posterior's mass counted within this many meters of a corner.
const NEAR_METERS: f64 = 500.0;

/// Added to the commute's silent days' chance, and the cap on the days counted (as work's).
const SILENCE_FLOOR: f64 = 0.05;
const SILENCE_DAYS_CAP: f64 = 10.0;

/// Daytime returns: the share of midday stops taken to be home, the hours their start lies
/// in, and their shortest length (the best of that round in `docs/analyst/home-and-work.md`).
const RETURN_SHARE: f64 = 0.3;
const RETURN_HOURS: std::ops::Range<u32> = 11 * 60..15 * 60;
const RETURN_MINUTES: u32 = 60;

/// What the features need beside home's own reads.
pub(super) struct HomeContext<'a> {
    /// Home's first pass (the mapped places mixed with any corner, before this car's own
    /// destinations).
    pub(super) first: Option<&'a Anchor>,
    pub(super) work: Option<&'a Anchor>,
    pub(super) commute: Option<&'a CommuteShares>,
    /// The catchments home's final pass scored the reads with.
    pub(super) catchments: &'a Catchments,
    pub(super) unseen_weight: f32,
    pub(super) stays: &'a [Stay],
    pub(super) refs: &'a [SightingRef],
}

/// Home again: the densest spot of the learned scores ([`HOME_WEIGHTS`]) over `found`'s
/// likeliest corners (their softmax read as [`super::anchors::locate`] reads a posterior),
/// its circle and confidence from that softmax, the candidates attached. `found` (with the
/// candidates) when fewer than two corners are weighed.
pub(super) fn relocate_home(
    index: &SightingIndex,
    routes: &RouteModel,
    home_events: &[AnchorEvent],
    found: Anchor,
    context: &HomeContext,
) -> Anchor {
    let home_candidates = home_candidates(index, routes, home_events, &found, context);
    let weighing = Weighing {
        commute: context.commute,
        catchments: context.catchments,
        unseen_weight: context.unseen_weight,
    };
    let again = anchor_from_scores(
        index,
        routes,
        home_events,
        (&home_candidates, &HOME_WEIGHTS),
        weighing,
        Pick::DensestCentre,
    );
    Anchor {
        weighed: Weighed::Home(home_candidates),
        ..again.unwrap_or(found)
    }
}

/// The likeliest [`HOME_CANDIDATES`] corners of `home`'s posterior, each with its features.
fn home_candidates(
    index: &SightingIndex,
    routes: &RouteModel,
    home_events: &[AnchorEvent],
    home: &Anchor,
    context: &HomeContext,
) -> Vec<HomeCandidate> {
    let top = likeliest_nodes(home, HOME_CANDIDATES);
    let Some(&(_, best_share)) = top.first() else {
        return Vec::new();
    };
    let nodes: Vec<u32> = top.iter().map(|t| t.0).collect();
    let frame = routes.frame();

    let first_share = |node: u32| -> f64 {
        context.first.map_or(0.0, |f| {
            let best = f.posterior.first().map_or(1.0, |p| p.1);
            f.posterior
                .iter()
                .find(|p| p.0 == node)
                .map_or(MISSING_LOG_SHARE, |p| (p.1 / best).ln())
        })
    };
    let relative_totals = |catchments: &Catchments| -> Vec<f64> {
        let weighing = Weighing {
            commute: context.commute,
            catchments,
            unseen_weight: 0.0,
        };
        let totals = habit_totals(index, routes, home_events, &nodes, weighing)
            .map_or_else(|| vec![0.0; nodes.len()], |(t, _)| t);
        relative_to_best(&totals)
    };
    let places_only = relative_totals(routes.place_catchments());
    let corners_only = relative_totals(routes.corner_catchments());

    // Per corner, the days of the night reads consistent with it.
    let mut consistent_days = vec![BTreeSet::new(); nodes.len()];
    let mut days = BTreeSet::new();
    for e in home_events {
        let basis = Basis::Habits(context.catchments, context.commute);
        let score = EventScore::new(routes, index, e, basis);
        let day = index.get(e.read).minute / MINUTES_PER_DAY;
        days.insert(day);
        for (k, &node) in nodes.iter().enumerate() {
            if score.at(node as usize) >= CONSISTENT {
                consistent_days[k].insert(day);
            }
        }
    }
    let all_days = days.len().max(1) as f64;

    // The drives between each corner and the workplace found, both ways: their seconds and
    // the chance a camera reads them, from one search each way.
    let toward_work = context.work.map(|w| TowardWork {
        inward: routes.timed_read_chance_toward(w.best_node, true),
        outward: routes.timed_read_chance_toward(w.best_node, false),
    });
    let silence = commute_silence(index, &nodes, context, toward_work.as_ref());
    let returns = daytime_returns(index, routes, &nodes, context);
    let whole = whole_drives(index, routes, home_events, &nodes, context.refs);

    // The posterior's corners placed once, not once per candidate.
    let placed: Vec<(LocalPoint, f64)> = home
        .posterior
        .iter()
        .map(|&(node, share)| (frame.to_local(routes.node_position(node)), share))
        .collect();
    top.iter()
        .enumerate()
        .map(|(k, &(node, share))| {
            let here = frame.to_local(routes.node_position(node));
            let near: f64 = placed
                .iter()
                .filter(|(at, _)| at.distance_meters(here) <= NEAR_METERS)
                .map(|p| p.1)
                .sum();
            let work_drive = toward_work.as_ref().map_or(0.0, |w| {
                let (from, to) = (w.outward.0[node as usize], w.inward.0[node as usize]);
                if from == u32::MAX || to == u32::MAX {
                    0.0
                } else {
                    (1.0 + (f64::from(from) + f64::from(to)) / 120.0).ln()
                }
            });
            HomeCandidate {
                node,
                features: [
                    (share / best_share).ln(),
                    first_share(node),
                    places_only[k],
                    corners_only[k],
                    consistent_days[k].len() as f64 / all_days,
                    near.max(1e-9).ln(),
                    work_drive,
                    silence[k],
                    returns[k],
                    whole[k],
                ],
            }
        })
        .collect()
}

/// The fastest drives between every corner and the workplace found: per corner, their
/// seconds and the chance that a camera reads them ([`RouteModel::timed_read_chance_toward`]),
/// to work (`inward`) and from it (`outward`).
struct TowardWork {
    inward: (Vec<u32>, Vec<f32>),
    outward: (Vec<u32>, Vec<f32>),
}

/// Per corner, the log of how likely the commute's silence is there: the chance that a
/// day's drives between it and the workplace found both pass every camera unread, to the
/// power of the silent weekdays (capped), plus a floor. Zero without work or silent days.
fn commute_silence(
    index: &SightingIndex,
    corners: &[u32],
    context: &HomeContext,
    toward_work: Option<&TowardWork>,
) -> Vec<f64> {
    let days = silent_weekdays(index, context.refs).min(SILENCE_DAYS_CAP);
    let Some(work) = toward_work.filter(|_| days > 0.0) else {
        return vec![0.0; corners.len()];
    };
    let (inward, outward) = (&work.inward.1, &work.outward.1);
    corners
        .iter()
        .map(|&h| {
            let h = h as usize;
            let day = f64::from((1.0 - inward[h]).max(0.0) * (1.0 - outward[h]).max(0.0));
            // `exp(days ln day)`, not `powf`: native and wasm round f64 logarithms and
            // exponentials alike.
            let silent = if day > 0.0 {
                (days * day.ln()).exp()
            } else {
                0.0
            };
            (SILENCE_FLOOR + silent).ln()
        })
        .collect()
}

/// A read on a night's drive off the fastest path the corner's drive takes: its
/// log-likelihood (the car went another way, or the drive held a stop too short to see).
const OFF_PATH_READ: f64 = -6.0;

/// Per corner, the night's whole drives (every read from the morning's first until the next
/// stop, every read from the last stop until the evening's last) against the fastest drives
/// between the corner and each mapped destination (homes are not on the public map; the
/// route model's own trees, [`RouteModel::cameras_to_destinations`]): `ln mean_d P(reads |
/// the drive to d)`, each camera on that drive read or missed by its own chance and each read
/// off it [`OFF_PATH_READ`], one habit per identical drive (weighted `2n / (n + 1)`),
/// relative to the best corner. The drives' first and last reads alone are what the
/// catchments use; the rest says which place the drive went to, and from which corners the
/// fastest drive there passes that way (issue 17: `evaluate --blind-ceiling`'s whole drives
/// against their ends).
fn whole_drives(
    index: &SightingIndex,
    routes: &RouteModel,
    home_events: &[AnchorEvent],
    corners: &[u32],
    refs: &[SightingRef],
) -> Vec<f64> {
    let drive = |event: &AnchorEvent| -> Option<(bool, Vec<CameraId>)> {
        let minute = index.get(event.read).minute;
        let start = refs.partition_point(|&r| index.get(r).minute < minute);
        let at = start + refs[start..].iter().position(|&r| r == event.read)?;
        let next = |i: usize, j: usize| {
            index.get(refs[j]).minute < index.get(refs[i]).minute + STAY_GAP_MINUTES
        };
        let outward = event.side == Side::BeforeRead;
        let (mut first, mut last) = (at, at);
        if outward {
            while last + 1 < refs.len() && next(last, last + 1) {
                last += 1;
            }
        } else {
            while first > 0 && next(first - 1, first) {
                first -= 1;
            }
        }
        let mut cameras: Vec<CameraId> = refs[first..=last]
            .iter()
            .map(|&r| index.get(r).camera)
            .collect();
        cameras.dedup();
        Some((outward, cameras))
    };
    let mut habits: BTreeMap<(bool, Vec<CameraId>), u32> = BTreeMap::new();
    for event in home_events {
        if let Some(d) = drive(event) {
            *habits.entry(d).or_default() += 1;
        }
    }
    if habits.is_empty() || routes.destination_count() == 0 {
        return vec![0.0; corners.len()];
    }
    // Per camera, the log-chances of a read and of a miss, taken once.
    let logs: Vec<(f64, f64)> = (0..routes.camera_count() as CameraId)
        .map(|camera| {
            let p = f64::from(routes.read_probability(camera));
            (p.max(1e-3).ln(), (1.0 - p).max(1e-3).ln())
        })
        .collect();
    let fits = |path: &[CameraId], reads: &[CameraId]| -> f64 {
        let mut matched = 0;
        let mut ll = 0.0;
        for &camera in path {
            let (read, missed) = logs[camera as usize];
            if reads.get(matched) == Some(&camera) {
                ll += read;
                matched += 1;
            } else {
                ll += missed;
            }
        }
        ll + OFF_PATH_READ * (reads.len() - matched) as f64
    };
    let scores: Vec<f64> = corners
        .iter()
        .map(|&corner| {
            let out = routes.cameras_to_destinations(corner, true);
            let into = routes.cameras_to_destinations(corner, false);
            habits
                .iter()
                .map(|((outward, reads), &n)| {
                    let paths = if *outward { &out } else { &into };
                    let lls: Vec<f64> = paths.iter().map(|p| fits(p, reads)).collect();
                    if lls.is_empty() {
                        // No fastest drive from this corner to any destination (a corner
                        // cut off in the town's one-way streets): every read is off it.
                        return OFF_PATH_READ * reads.len() as f64;
                    }
                    let best = lls.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    let mean = lls.iter().map(|l| (l - best).exp()).sum::<f64>() / lls.len() as f64;
                    let weight = 2.0 * f64::from(n) / (f64::from(n) + 1.0);
                    weight * (best + mean.ln())
                })
                .sum()
        })
        .collect();
    let best = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    scores.iter().map(|s| s - best).collect()
}

/// Per corner, the midday stops (from 11:00 to 15:00, an hour or more, read on both sides)
/// scored as a mixture, home with share [`RETURN_SHARE`], else anywhere:
/// `ln(π r_before r_after + 1 - π)`, `r` each read's likelihood ratio as home's evidence
/// scores it.
fn daytime_returns(
    index: &SightingIndex,
    routes: &RouteModel,
    corners: &[u32],
    context: &HomeContext,
) -> Vec<f64> {
    let mut out = vec![0.0; corners.len()];
    for stay in context.stays {
        if stay.spans_night()
            || stay.gap_minutes() < RETURN_MINUTES
            || !RETURN_HOURS.contains(&(stay.from_minute % MINUTES_PER_DAY))
        {
            continue;
        }
        let budget_seconds = (stay.gap_minutes().saturating_sub(MIN_STOP_MINUTES) * 60) as f64;
        let event = |read, side, same_drive| AnchorEvent {
            read,
            side,
            budget_seconds,
            same_drive,
            commute: false,
        };
        let basis = Basis::Habits(context.catchments, None);
        let before = EventScore::new(
            routes,
            index,
            &event(stay.before, Side::AfterRead, stay.before_that),
            basis,
        );
        let after = EventScore::new(
            routes,
            index,
            &event(stay.after, Side::BeforeRead, stay.after_that),
            basis,
        );
        for (o, &h) in out.iter_mut().zip(corners) {
            let h = h as usize;
            let both =
                f64::from(before.at(h).max(LOG_FLOOR * 2.0) + after.at(h).max(LOG_FLOOR * 2.0));
            *o += (RETURN_SHARE * both.min(20.0).exp() + 1.0 - RETURN_SHARE).ln();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::analyst::profile::anchors::anchor_events;
    use crate::analyst::profile::tests::small_town_profile;
    use crate::analyst::stays::find_stays;

    #[test]
    fn the_nights_whole_drives_favour_the_corner_they_start_and_end_at() {
        // Two weeks of weekday commutes in Gridton between a corner by the home (1, 1) and
        // the office park (7, 7), every camera on the way reading the car.
        let map = fixtures::grid_town();
        let routes = RouteModel::new(&map);
        let plate = fixtures::plate("AAA111");
        let (home, office) = (fixtures::node(1, 1), fixtures::node(7, 7));
        let mut sightings = Vec::new();
        for day in (0..14).filter(|d| d % 7 < 5) {
            let morning = day * MINUTES_PER_DAY + 8 * 60;
            let evening = day * MINUTES_PER_DAY + 17 * 60;
            sightings.extend(fixtures::drive(&routes, &map, 0, plate, home, office, morning).0);
            sightings.extend(fixtures::drive(&routes, &map, 0, plate, office, home, evening).0);
        }
        let reads_a_day = sightings.len() / 10;
        assert!(
            reads_a_day >= 3,
            "{reads_a_day} reads a day: too few to test whole drives"
        );
        let (_, vehicles) = fixtures::two_cars_index();
        let index = SightingIndex::new(sightings, &vehicles[..1], map.cameras.len());
        let refs = index.of_plate(plate);
        let (home_events, _) = anchor_events(&find_stays(&index, refs));
        assert!(!home_events.is_empty());
        // The home corner against corners across town: each the start of some drive to a
        // mapped place, but none whose fastest drives pass these cameras in this order.
        let corners = [
            home,
            fixtures::node(7, 1),
            fixtures::node(1, 7),
            fixtures::node(8, 8),
        ];
        let scores = whole_drives(&index, &routes, &home_events, &corners, refs);
        assert_eq!(scores[0], 0.0, "{scores:?}");
        assert!(scores[1..].iter().all(|&s| s < -3.0), "{scores:?}");
    }

    #[test]
    fn home_is_the_densest_spot_of_the_learned_scores_over_its_likeliest_corners() {
        for seed in 1..4 {
            let (_, profile) = small_town_profile(seed);
            let home = profile.home.expect("a home");
            let Weighed::Home(candidates) = &home.weighed else {
                panic!("seed {seed}: home not weighed");
            };
            assert!(candidates.len() >= 2, "seed {seed}");
            assert!(candidates.len() <= HOME_CANDIDATES);
            let mut nodes: Vec<u32> = candidates.iter().map(|c| c.node).collect();
            nodes.sort_unstable();
            nodes.dedup();
            assert_eq!(nodes.len(), candidates.len(), "each corner once");
            // The candidates come likeliest first by the posterior before the score.
            assert_eq!(candidates[0].features[0], 0.0);
            assert!(candidates.iter().all(|c| c.features[0] <= 0.0));
            // Home's posterior is now the scores' softmax over those corners.
            assert!(home.posterior.iter().all(|(n, _)| nodes.contains(n)));
            let best = candidates
                .iter()
                .map(|c| c.score(&HOME_WEIGHTS))
                .fold(f64::NEG_INFINITY, f64::max);
            let top = candidates
                .iter()
                .find(|c| c.score(&HOME_WEIGHTS) == best)
                .expect("a top corner");
            let share = home
                .posterior
                .iter()
                .find(|p| p.0 == top.node)
                .map_or(0.0, |p| p.1);
            let most = home.posterior.iter().map(|p| p.1).fold(0.0, f64::max);
            assert_eq!(
                share, most,
                "seed {seed}: the top score is the likeliest corner"
            );
        }
    }
}
