//! Work's door picked by a learned combination of signals (issue 17, branch work17f). The
//! workplace posterior ([`super::anchors::locate_work`]) is found first; once home is found
//! too, each of its likeliest [`WORK_CANDIDATES`] doors gets a few features, the
//! log-terms of signals that were each tried alone with a hand-picked weight (see
//! `docs/analyst/home-and-work.md`): the posterior itself, the same reads scored with drives to
//! any corner mixed in, the work stops read on one side only, the commute's silent
//! weekdays, the share of the work reads and of their days consistent with the door, and
//! the drive to the home found. The door with the highest weighted sum is work; the
//! weights ([`WORK_WEIGHTS`], in `work_weights.rs`) are fitted offline by conditional
//! logit on training seeds (`evaluate --fit-work`), never on the truth of the car at hand.
//!
//! This module must not read [`crate::sim::Sighting::vehicle`] or any truth.

use std::collections::BTreeSet;

use super::anchors::{
    Anchor, CONSISTENT, Pick, WORK_FEATURES, Weighed, Weighing, WorkCandidate, anchor_from_scores,
    habit_totals, likeliest_nodes, relative_to_best, work_after_read, work_before_read,
};
use super::drive_evidence::{AnchorEvent, Basis, EventScore};
use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{AnchorRoutes, Catchments, RouteModel};
use crate::analyst::stays::Stay;
use crate::sim::{MINUTES_PER_DAY, Weekday};

mod weights {
    include!("work_weights.rs");
}
pub use weights::WORK_WEIGHTS;

/// How many of the workplace posterior's likeliest doors the learned score weighs.
pub const WORK_CANDIDATES: usize = 12;

/// The features' names, in order (the fitted weights' order).
pub const WORK_FEATURE_NAMES: [&str; WORK_FEATURES] = [
    "posterior",
    "mixed_corners",
    "unread_sides",
    "silence",
    "consistent_days",
    "home_drive",
];

/// Share of work's drives scored as ending at any corner for the `mixed_corners` feature
/// (the share [`super::anchors::ANY_CORNER_SHARE`]'s doc tried alone for work).
const CORNER_SHARE: f32 = 0.3;

/// Added to the chance a drive is read, as in the unread sides' round (8fdf5d5).
const UNREAD_FLOOR: f64 = 0.05;

/// Added to the silent days' chance, and the cap on the days counted (fc49185's best).
const SILENCE_FLOOR: f64 = 0.05;
const SILENCE_DAYS_CAP: f64 = 10.0;

/// What the features need beside work's own reads.
pub(super) struct WorkContext<'a> {
    pub(super) home: Option<&'a Anchor>,
    pub(super) home_routes: Option<&'a AnchorRoutes>,
    pub(super) stays: &'a [Stay],
    pub(super) refs: &'a [SightingRef],
}

/// Work again: the door among `first`'s likeliest with the highest learned score, its circle
/// and confidence from the scores' softmax over those doors. `first` (with the candidates
/// attached) when fewer than two doors are weighed or fewer than two reads agree.
pub(super) fn relocate_work(
    index: &SightingIndex,
    routes: &RouteModel,
    work_events: &[AnchorEvent],
    first: Anchor,
    context: &WorkContext,
) -> Anchor {
    let candidates = work_candidates(index, routes, work_events, &first, context);
    let weighing = Weighing {
        commute: None,
        catchments: routes.place_catchments(),
        unseen_weight: 0.0,
    };
    let again = anchor_from_scores(
        index,
        routes,
        work_events,
        (&candidates, &WORK_WEIGHTS),
        weighing,
        Pick::Likeliest,
    )
    .filter(|w| w.stays_consistent >= 2);
    Anchor {
        weighed: Weighed::Work(candidates),
        ..again.unwrap_or(first)
    }
}

/// The likeliest [`WORK_CANDIDATES`] doors of `first`'s posterior, each with its features.
pub(super) fn work_candidates(
    index: &SightingIndex,
    routes: &RouteModel,
    work_events: &[AnchorEvent],
    first: &Anchor,
    context: &WorkContext,
) -> Vec<WorkCandidate> {
    let top = likeliest_nodes(first, WORK_CANDIDATES);
    let Some(&(_, best_share)) = top.first() else {
        return Vec::new();
    };
    let nodes: Vec<u32> = top.iter().map(|t| t.0).collect();

    let place = routes.place_catchments();
    let mixed = place.mixed(routes.corner_catchments(), CORNER_SHARE);
    let weighing = Weighing {
        commute: None,
        catchments: &mixed,
        unseen_weight: 0.0,
    };
    let mixed_totals = habit_totals(index, routes, work_events, &nodes, weighing)
        .map_or_else(|| vec![0.0; nodes.len()], |(t, _)| t);
    let mixed = relative_to_best(&mixed_totals);

    let unread = unread_log_likelihoods(place, &nodes, unread_work_sides(context.stays));
    let silence = commute_silence(index, routes, &nodes, context);

    // Per door, the days of the work reads consistent with it.
    let mut consistent_days = vec![BTreeSet::new(); nodes.len()];
    let mut days = BTreeSet::new();
    for e in work_events {
        let score = EventScore::new(routes, index, e, Basis::Habits(place, None));
        let day = index.get(e.read).minute / MINUTES_PER_DAY;
        days.insert(day);
        for (k, &node) in nodes.iter().enumerate() {
            if score.at(node as usize) >= CONSISTENT {
                consistent_days[k].insert(day);
            }
        }
    }
    let all_days = days.len().max(1) as f64;

    top.iter()
        .enumerate()
        .map(|(k, &(node, share))| {
            let posterior = (share / best_share).ln();
            let home_drive = context.home_routes.map_or(0.0, |h| {
                let (from, to) = (h.seconds_from[node as usize], h.seconds_to[node as usize]);
                if from == u32::MAX || to == u32::MAX {
                    0.0
                } else {
                    (1.0 + (f64::from(from) + f64::from(to)) / 120.0).ln()
                }
            });
            WorkCandidate {
                node,
                features: [
                    posterior,
                    mixed[k],
                    f64::from(unread[k]),
                    silence[k],
                    consistent_days[k].len() as f64 / all_days,
                    home_drive,
                ],
            }
        })
        .collect()
}

/// Work stops read on one side only: the drive to work (`arrivals`) or from it
/// (`departures`) passed every camera unread that day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct UnreadSides {
    pub(super) arrivals: u32,
    pub(super) departures: u32,
}

/// Counts the work stops ([`super::anchors::anchor_events`]'s) whose drive in or out no
/// camera read: a stop left before a read after 11:00 with no read since before 05:00 that
/// day came in unread; a stop entered after a morning read with no read until 21:00 went
/// out unread.
pub(super) fn unread_work_sides(stays: &[Stay]) -> UnreadSides {
    let mut unread = UnreadSides::default();
    for stay in stays {
        if work_before_read(stay) {
            let day = stay.to_minute - stay.to_minute % MINUTES_PER_DAY;
            unread.arrivals += u32::from(stay.from_minute < day + 5 * 60);
        }
        if work_after_read(stay) {
            let day = stay.from_minute - stay.from_minute % MINUTES_PER_DAY;
            unread.departures += u32::from(stay.to_minute >= day + 21 * 60);
        }
    }
    unread
}

/// Per door, the log-likelihood of the unread sides: each unread drive in scores
/// `ln(1 - r + floor)`, `r` the chance any camera reads the drive to the door from a mapped
/// place (its catchments summed over the cameras), and the same out; the stops on each side
/// are one habit (`2n / (n + 1)`).
fn unread_log_likelihoods(catchments: &Catchments, nodes: &[u32], unread: UnreadSides) -> Vec<f32> {
    let mut out = vec![0.0f32; nodes.len()];
    for (shares, n) in [
        (&catchments.last_read, unread.arrivals),
        (&catchments.first_read, unread.departures),
    ] {
        if n == 0 {
            continue;
        }
        let n = n as f32;
        let habit = 2.0 * n / (n + 1.0);
        for (o, &node) in out.iter_mut().zip(nodes) {
            let read: f32 = shares.iter().map(|c| c[node as usize]).sum();
            // In f64: native and wasm round f64 logarithms alike, not f32 ones.
            let unseen = f64::from((1.0 - read).max(0.0)) + UNREAD_FLOOR;
            *o += habit * unseen.ln() as f32;
        }
    }
    out
}

/// The weekdays between the plate's first and last read on which no read came from 05:00
/// to 21:00: days whose commute, if any, no camera read.
pub(super) fn silent_weekdays(index: &SightingIndex, refs: &[SightingRef]) -> f64 {
    let days: BTreeSet<u32> = refs
        .iter()
        .map(|&r| index.get(r).minute)
        .filter(|m| (5 * 60..21 * 60).contains(&(m % MINUTES_PER_DAY)))
        .map(|m| m / MINUTES_PER_DAY)
        .collect();
    let (Some(&first), Some(&last)) = (days.first(), days.last()) else {
        return 0.0;
    };
    (first..=last)
        .filter(|&d| !Weekday::of_minute(d * MINUTES_PER_DAY).is_weekend())
        .filter(|d| !days.contains(d))
        .count() as f64
}

/// Per door, the log of how likely the commute's silence is there: the chance that a day's
/// drives between home (over its posterior) and the door both pass every camera unread, to
/// the power of the silent weekdays (capped), plus a floor. Zero without a home or silent
/// days.
fn commute_silence(
    index: &SightingIndex,
    routes: &RouteModel,
    doors: &[u32],
    context: &WorkContext,
) -> Vec<f64> {
    let days = silent_weekdays(index, context.refs).min(SILENCE_DAYS_CAP);
    let Some(home) = context.home.filter(|_| days > 0.0) else {
        return vec![0.0; doors.len()];
    };
    doors
        .iter()
        .map(|&door| {
            let (inward, outward) = (
                routes.read_chance_toward(door, true),
                routes.read_chance_toward(door, false),
            );
            let silent: f64 = home
                .posterior
                .iter()
                .map(|&(h, p)| {
                    let h = h as usize;
                    let day = f64::from((1.0 - inward[h]).max(0.0) * (1.0 - outward[h]).max(0.0));
                    // `exp(days ln day)`, not `powf`: native and wasm round f64 logarithms
                    // and exponentials alike.
                    if day > 0.0 {
                        p * (days * day.ln()).exp()
                    } else {
                        0.0
                    }
                })
                .sum();
            (SILENCE_FLOOR + silent).ln()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::profile::tests::small_town_profile;

    #[test]
    fn counts_the_work_stops_whose_drive_in_or_out_went_unread() {
        let day = MINUTES_PER_DAY;
        let stay = |from_minute: u32, to_minute: u32| Stay {
            before: 0,
            after: 1,
            before_that: None,
            after_that: None,
            from_minute,
            to_minute,
        };
        let stays = [
            // Tuesday: read in at 08:40 and out at 17:10 (both sides read).
            stay(day + 8 * 60 + 40, day + 17 * 60 + 10),
            // Tuesday night to Wednesday 17:20: read out only (came in unread).
            stay(day + 22 * 60, 2 * day + 17 * 60 + 20),
            // Thursday: read in at 08:50, next read Friday 07:30 (went out unread).
            stay(3 * day + 8 * 60 + 50, 4 * day + 7 * 60 + 30),
            // Saturday: the weekend is no work stop.
            stay(4 * day + 22 * 60, 5 * day + 16 * 60),
        ];
        assert_eq!(
            unread_work_sides(&stays),
            UnreadSides {
                arrivals: 1,
                departures: 1
            }
        );
    }

    #[test]
    fn work_is_the_candidate_with_the_highest_learned_score() {
        // The default town (Gridton maps a single workplace: nothing to choose among).
        for seed in 1..4 {
            let (_, profile) = small_town_profile(seed);
            let work = profile.work.expect("a workplace");
            let Weighed::Work(candidates) = &work.weighed else {
                panic!("seed {seed}: work not weighed");
            };
            assert!(candidates.len() >= 2, "seed {seed}");
            assert!(candidates.len() <= WORK_CANDIDATES);
            let mut nodes: Vec<u32> = candidates.iter().map(|c| c.node).collect();
            nodes.sort_unstable();
            nodes.dedup();
            assert_eq!(nodes.len(), candidates.len(), "each door once");
            let best = candidates
                .iter()
                .map(|c| c.score(&WORK_WEIGHTS))
                .fold(f64::NEG_INFINITY, f64::max);
            let picked = candidates
                .iter()
                .find(|c| c.node == work.best_node)
                .expect("work is one of the candidates");
            assert_eq!(picked.score(&WORK_WEIGHTS), best, "seed {seed}");
            // The candidates come likeliest first by the posterior, whose own log-term is
            // 0 at the first and below it after.
            assert_eq!(candidates[0].features[0], 0.0);
            assert!(candidates.iter().all(|c| c.features[0] <= 0.0));
        }
    }
}
