//! Home and work: the places the car keeps returning to, located from the reads next to
//! its night stops (home: after the evening's last read, before the morning's first;
//! Krumm 2007) and its weekday daytime stops (work), each read scored by
//! [`super::drive_evidence`] and the scores added over many days into a spot, a circle and
//! a confidence.
//!
//! Repeated reads at one camera in one direction are one habit, not independent evidence.
//!
//! Home, in short (every variant tried, with its numbers, is in `docs/analyst/home-and-work.md`):
//! each read next to a night stop is scored at every street corner by the chance that a drive
//! from (or to) there is read first (last) by that camera, over drives to the mapped places
//! mixed with drives to any corner ([`ANY_CORNER_SHARE`]), then again with this car's own
//! destinations ([`super::destinations`]); a habit's reads are averaged and weighed
//! `2n / (n + 1)`; the softmax of the totals is home's posterior, its densest 500 m
//! ([`Pick`]) the estimate, the circle holds 90% of it and the confidence discounts few
//! habits. [`super::home_choice`] and [`super::work_choice`] then weigh the likeliest corners
//! and doors with learned scores. What limits home is what the cameras say: README, "How
//! good the analyst is, and what limits it".
//!
//! This module must not attribute other stops (that is [`super::places`]), and must not
//! read [`crate::sim::Sighting::vehicle`] or any truth.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::drive_evidence::{AnchorEvent, Basis, CommuteShares, EventScore, Side};
use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{AnchorRoutes, Catchments, RouteModel};
use crate::analyst::stays::{DAY_START_MINUTE, MIN_STOP_MINUTES, Stay};
use crate::sim::geometry::LocalPoint;
use crate::sim::{CameraId, LonLat, MINUTES_PER_DAY, PlaceId, PlaceKind, TownMap, Weekday};

/// A stop's evidence is never allowed to count for less than this (log of 2%), so one odd
/// night (a stay at a friend's) does not veto the true home.
pub(super) const LOG_FLOOR: f32 = -3.9;

/// A stop is consistent with an anchor when its log-likelihood there is at least this.
pub(super) const CONSISTENT: f32 = -1.6;

/// Share of home's drives scored as going to or coming from any street corner alike
/// ([`RouteModel::corner_catchments`]); the rest go to the mapped places
/// ([`RouteModel::place_catchments`], then weighted by the car's own habits in
/// [`super::destinations`]). A drive also ends at a friend's home or a corner no map
/// lists, and a camera that first reads no drive to a mapped place then still says which
/// side of it home lies. Homes within 500 m, seeds 1-60 at 20/40/80 cameras (one
/// simulation per seed, the commuter's reads): 0 (the mapped places alone) 15/38/53%, 0.3
/// 18/43/57%, 0.5 18/43/58%, 0.7 18/42/58%, 1 15/40/52%; any corner weighted by
/// `exp(-minutes / 5)` or `/ 10` of drive time from home instead of alike, at 0.5:
/// 17/42/57% and 20/43/55%. Held-out (`examples/evaluate.rs --first-seed 101 --seeds 20
/// --no-timing` at each count): 15/50/60% without, 20/45/70% with 0.5 (every fourth corner,
/// see `CORNER_STRIDE` in [`crate::analyst::routes`]), the home circle holding the truth
/// 16, 16 and 17 times in 20 against 0.75 stated. Work's reads mixed the same way (its
/// candidates are the mapped workplaces), 0.3 and 0.6: work within 500 m on seeds 1-60
/// fell from 27/53/75% to 25/45/72% and 25/42/72%, so work keeps the mapped places alone.
pub(super) const ANY_CORNER_SHARE: f32 = 0.5;

/// The smallest uncertainty radius the analyst states, in meters (a block).
pub const MIN_RADIUS_METERS: f64 = 100.0;

/// Share of the evidence's weight the stated radius covers.
const RADIUS_COVERAGE: f64 = 0.9;

/// Added to the radius: a house stands up to about half a block from its street corner.
const BLOCK_SLACK_METERS: f64 = 60.0;

/// The estimate is the spot with the most evidence within this many meters of it.
/// Measured with `examples/evaluate.rs --cameras 40 --first-seed 1 --seeds 20` (homes
/// within 500 m): 40% at 500 m and at 400 m, 25% at 300 m, 700 m and 1,000 m.
const ESTIMATE_RADIUS_METERS: f64 = 500.0;

/// [`ESTIMATE_RADIUS_METERS`] for home's learned score ([`Pick::DensestCentre`]): the spot
/// with the most of its softmax within this many meters, and their weighted centre. Home's
/// likeliest corners spread wider than the first passes' (the 500 m above was chosen on 20
/// seeds before home had a learned score). Measured with `evaluate --cameras N --first-seed S
/// --seeds 100 --no-timing --no-added-stop` (homes within 500 m): training seeds 201-300 at
/// 40/80 cameras 44/66% at 500 m, 45/69% at 400 m, 48/65% at 300 m, 48/71% at 700 m and
/// 48/69% at 1,000 m; judged once on fresh seeds 1301-1400 at 20/40/80 cameras, 500 m against
/// 700 m: personas' lives 22/49/71% to 25/48/75%, visitors' (`--visitor-lives`) 24/40/71% to
/// 24/43/71%; per town 31 came within 500 m and 21 left it, over the 600 towns (a sign test's
/// p about 0.2: a small gain, not a sure one). The circle's calibration held (40 cameras: 77%
/// held against 0.76 stated).
const HOME_ESTIMATE_RADIUS_METERS: f64 = 700.0;

/// Confidence discount: `habits / (habits + HABIT_DISCOUNT)` for the number of distinct
/// (camera, direction) habits the anchor rests on.
const HABIT_DISCOUNT: f64 = 2.0;

/// The evening starts here (minute of the day): a last read after it, before a night's
/// stop, is taken as the drive home.
pub(super) const EVENING_START_MINUTE: u32 = 15 * 60;

/// Work stops: at least this long, in minutes.
const WORK_STAY_MINUTES: u32 = 180;

/// Night stops: at least this long, in minutes.
pub(super) const NIGHT_STAY_MINUTES: u32 = 240;

/// How many features each workplace door gets.
pub const WORK_FEATURES: usize = 6;

/// How many features each home corner gets.
pub const HOME_FEATURES: usize = 10;

/// One candidate spot (a workplace door, a home corner) and its `N` features, which a
/// learned score weighs ([`super::work_choice`], [`super::home_choice`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate<const N: usize> {
    pub node: u32,
    pub features: [f64; N],
}

impl<const N: usize> Candidate<N> {
    /// The learned score: the features weighted by `weights`.
    pub fn score(&self, weights: &[f64; N]) -> f64 {
        self.features.iter().zip(weights).map(|(f, w)| f * w).sum()
    }
}

/// One candidate workplace door (its features named by
/// [`super::work_choice::WORK_FEATURE_NAMES`]).
pub type WorkCandidate = Candidate<WORK_FEATURES>;

/// One candidate home corner (its features named by
/// [`super::home_choice::HOME_FEATURE_NAMES`]).
pub type HomeCandidate = Candidate<HOME_FEATURES>;

/// The candidates a learned score weighed to place an anchor, with their features: what
/// `evaluate --fit-work` and `--fit-home` fit the weights on.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Weighed {
    /// Placed by the evidence alone (and work when it was not located again).
    #[default]
    Nothing,
    /// The workplace doors [`super::work_choice`] weighed.
    Work(Vec<WorkCandidate>),
    /// The home corners [`super::home_choice`] weighed.
    Home(Vec<HomeCandidate>),
}

/// A place the car keeps returning to (home or work), located from many stops.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Anchor {
    /// Best estimate, lon/lat degrees.
    pub position: LonLat,
    /// The circle of this many meters around the estimate holds 90% of the
    /// evidence's weight (and half a block more).
    pub radius_meters: f64,
    /// 0..1: the analyst's probability that the truth lies inside the circle: the
    /// evidence's weight there, discounted for few independent habits (distinct camera and
    /// direction pairs). `examples/evaluate.rs` checks it against how often it does.
    pub confidence: f64,
    /// The nearest mapped place of a fitting kind within the radius, if any.
    pub nearest_place: Option<PlaceId>,
    /// Reads next to a stop there (last read before or first read after it).
    pub stays_used: u32,
    /// Of those, reads consistent with the estimate.
    pub stays_consistent: u32,
    /// The consistent reads, in time order.
    pub evidence: Vec<SightingRef>,
    /// The intersection the estimate rests on (the most likely one).
    #[serde(skip)]
    pub best_node: u32,
    /// The candidates' probabilities (node, share of the evidence's weight), likeliest
    /// first: what [`super::destinations`] weighs the drives' other ends with.
    #[serde(skip)]
    pub posterior: Vec<(u32, f64)>,
    /// The candidates a learned score weighed to place it.
    #[serde(skip)]
    pub weighed: Weighed,
}

fn weekday(minute: u32) -> bool {
    !Weekday::of_minute(minute).is_weekend()
}

/// A stop taken for work that the car drove to straight after `stay.before`.
pub(super) fn work_after_read(stay: &Stay) -> bool {
    weekday(stay.from_minute)
        && (5 * 60..11 * 60).contains(&(stay.from_minute % MINUTES_PER_DAY))
        && stay.gap_minutes() >= WORK_STAY_MINUTES
}

/// A stop taken for work that the car left just before `stay.after`.
pub(super) fn work_before_read(stay: &Stay) -> bool {
    let to_of_day = stay.to_minute % MINUTES_PER_DAY;
    // The part of the gap inside the working day (06:00 to 21:00) of the read after it.
    let day_start = stay.to_minute - to_of_day + 6 * 60;
    let working_minutes = stay
        .to_minute
        .saturating_sub(stay.from_minute.max(day_start));
    weekday(stay.to_minute)
        && (11 * 60..21 * 60).contains(&to_of_day)
        && working_minutes >= WORK_STAY_MINUTES
}

/// The reads next to the night stops (home) and the weekday daytime stops (work), by the
/// time of day alone: home is where the car goes after the last read of the evening and
/// leaves before the first read of the morning (Krumm 2007); work is where it goes after a
/// weekday morning read and leaves before the read that ends a weekday daytime gap.
pub(super) fn anchor_events(stays: &[Stay]) -> (Vec<AnchorEvent>, Vec<AnchorEvent>) {
    let night = |stay: &Stay| stay.spans_night() && stay.gap_minutes() >= NIGHT_STAY_MINUTES;
    // A night's stop the car drove to after the evening's last read, `stay.before`.
    let night_after_read = |stay: &Stay| {
        night(stay)
            && !(DAY_START_MINUTE..EVENING_START_MINUTE)
                .contains(&(stay.from_minute % MINUTES_PER_DAY))
    };
    // A night's stop the car left just before the morning's first read, `stay.after`.
    let night_before_read = |stay: &Stay| {
        night(stay) && (4 * 60..12 * 60).contains(&(stay.to_minute % MINUTES_PER_DAY))
    };
    let (mut home, mut work) = (Vec::new(), Vec::new());
    for (i, stay) in stays.iter().enumerate() {
        let budget_seconds = (stay.gap_minutes().saturating_sub(MIN_STOP_MINUTES) * 60) as f64;
        let event = |read, side, commute| AnchorEvent {
            read,
            side,
            budget_seconds,
            same_drive: match side {
                Side::AfterRead => stay.before_that,
                Side::BeforeRead => stay.after_that,
            },
            commute,
        };
        if night_after_read(stay) {
            let from_work = i > 0 && work_before_read(&stays[i - 1]);
            home.push(event(stay.before, Side::AfterRead, from_work));
        }
        if night_before_read(stay) {
            let to_work = stays.get(i + 1).is_some_and(work_after_read);
            home.push(event(stay.after, Side::BeforeRead, to_work));
        }
        if work_before_read(stay) {
            let to_home = stays.get(i + 1).is_some_and(night_after_read);
            work.push(event(stay.after, Side::BeforeRead, to_home));
        }
        if work_after_read(stay) {
            let from_home = i > 0 && night_before_read(&stays[i - 1]);
            work.push(event(stay.before, Side::AfterRead, from_home));
        }
    }
    (home, work)
}

/// How [`locate`] weighs a drive's far end: the shares of drives toward the workplace found
/// (for home), the destinations' catchments, and the weight of cameras that did not read the
/// car on a candidate's way (0 leaves them out).
#[derive(Clone, Copy)]
pub(super) struct Weighing<'a> {
    pub commute: Option<&'a CommuteShares>,
    pub catchments: &'a Catchments,
    pub unseen_weight: f32,
}

/// Where the car works, from the stays that could be work: the likeliest mapped workplace's
/// door (the public map shows them), or any corner when the map has none; found only when
/// two stays or more agree.
pub(super) fn locate_work(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    work_events: &[AnchorEvent],
    corners: &[u32],
) -> Option<Anchor> {
    let doors: Vec<u32> = map
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind.is_workplace())
        .map(|(i, _)| routes.place_node(i as PlaceId))
        .filter(|&n| (n as usize) < routes.node_count())
        .collect();
    let candidates = if doors.is_empty() { corners } else { &doors };
    let weighing = Weighing {
        commute: None,
        catchments: routes.place_catchments(),
        unseen_weight: 0.0,
    };
    locate(index, routes, work_events, candidates, weighing).filter(|w| w.stays_consistent >= 2)
}

/// Adds the events' evidence over the candidate nodes and reads off the spot with the most
/// probability within [`ESTIMATE_RADIUS_METERS`], its radius and its confidence.
///
/// Repeated reads at one camera in one direction are one habit, not independent evidence:
/// each (camera, side) group counts with the mean of its events, weighted a little up with
/// its size, so a car read at one camera only gets a wide circle, however many nights.
pub(super) fn locate(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    candidates: &[u32],
    weighing: Weighing,
) -> Option<Anchor> {
    let (totals, habits) = habit_totals(index, routes, events, candidates, weighing)?;
    anchor_from_totals(
        index,
        routes,
        events,
        (candidates, &totals, habits),
        weighing,
        Pick::Densest,
    )
}

/// How [`anchor_from_totals`] reads the estimate off the candidates' scores.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Pick {
    /// The spot with the most weight within [`ESTIMATE_RADIUS_METERS`].
    Densest,
    /// The candidate with the highest score.
    Likeliest,
    /// As [`Pick::Densest`] within [`HOME_ESTIMATE_RADIUS_METERS`], the weighted centre
    /// around the densest spot even among few candidates (home's learned score over its
    /// likeliest corners).
    DensestCentre,
}

impl Pick {
    /// The radius the densest spot and its weighted centre are read within.
    fn estimate_radius_meters(self) -> f64 {
        match self {
            Pick::DensestCentre => HOME_ESTIMATE_RADIUS_METERS,
            Pick::Densest | Pick::Likeliest => ESTIMATE_RADIUS_METERS,
        }
    }
}

/// Per candidate, the events' evidence added over the (camera, side) habits (each habit the
/// mean of its events, weighted `2n / (n + 1)`), and the number of habits; `None` without
/// events or candidates.
pub(super) fn habit_totals(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    candidates: &[u32],
    weighing: Weighing,
) -> Option<(Vec<f32>, usize)> {
    let Weighing {
        commute,
        catchments,
        unseen_weight,
    } = weighing;
    if events.is_empty() || candidates.is_empty() {
        return None;
    }
    let mut groups: BTreeMap<(CameraId, Side), Vec<&AnchorEvent>> = BTreeMap::new();
    for e in events {
        groups
            .entry((index.get(e.read).camera, e.side))
            .or_default()
            .push(e);
    }
    let mut totals = vec![0.0f32; candidates.len()];
    let mut sums = vec![0.0f32; candidates.len()];
    for members in groups.values() {
        sums.iter_mut().for_each(|s| *s = 0.0);
        // The habit's part of each score, once per candidate: the group's events share it
        // (by whether they are commutes, for the drive to or from work).
        let mut habit: [Vec<f32>; 2] = [Vec::new(), Vec::new()];
        let mut silence_habit = Vec::new();
        for e in members {
            let score = EventScore::new(routes, index, e, Basis::Habits(catchments, commute));
            let habit = &mut habit[usize::from(e.commute)];
            if habit.is_empty() {
                habit.extend(candidates.iter().map(|&node| score.habit(node as usize)));
            }
            let silence = (unseen_weight > 0.0).then(|| {
                let silence = EventScore::new(routes, index, e, Basis::Unseen);
                if silence_habit.is_empty() {
                    silence_habit.extend(candidates.iter().map(|&n| silence.habit(n as usize)));
                }
                silence
            });
            for (k, (sum, &node)) in sums.iter_mut().zip(candidates).enumerate() {
                let x = node as usize;
                *sum += score.given_habit(x, habit[k]).max(LOG_FLOOR * 2.0);
                if let Some(silence) = &silence {
                    let ll = silence.given_habit(x, silence_habit[k]);
                    *sum += unseen_weight * ll.max(LOG_FLOOR * 2.0);
                }
            }
        }
        // Measured on seeds 1 to 20 at 40 cameras: weighting a habit by `n^0.3`, `n^0.5` or
        // `n` placed 40%, 35% and 30% of homes within 500 m (40% with this weight), and
        // flooring one habit's mean at -1, -2 or -3.5 gave 40%, 45% and 40%: the homes
        // missed are not outvoted by one odd habit; their true corner gets almost no
        // weight (an evening's last read is often on the way out to an errand).
        let n = members.len() as f32;
        let weight = 2.0 * n / (n + 1.0);
        for (t, s) in totals.iter_mut().zip(&sums) {
            *t += weight * s / n;
        }
    }
    Some((totals, groups.len()))
}

/// A candidate's log-share when a posterior or a clue leaves it out (home's posterior keeps
/// the corners within 9 of its best).
pub(super) const MISSING_LOG_SHARE: f64 = -12.0;

/// Each total less the best one; a corner whose total is not a number (no read there has
/// a chance: a log of zero) at [`MISSING_LOG_SHARE`], and all at 0 when none has one, so a
/// clue that cannot tell the corners apart says nothing rather than a NaN (issue 17:
/// `evaluate --visitor-lives`, homes anywhere in town, met it in 4 of 900 towns). Home's
/// and work's learned scores both weigh [`habit_totals`] so.
pub(super) fn relative_to_best(totals: &[f32]) -> Vec<f64> {
    let best = totals
        .iter()
        .copied()
        .filter(|t| t.is_finite())
        .fold(f32::NEG_INFINITY, f32::max);
    if !best.is_finite() {
        return vec![0.0; totals.len()];
    }
    totals
        .iter()
        .map(|&t| {
            if t.is_finite() {
                f64::from(t - best)
            } else {
                MISSING_LOG_SHARE
            }
        })
        .collect()
}

/// `anchor`'s posterior's likeliest `count` nodes, each once, likeliest first, with their
/// shares: the candidates a learned score weighs.
pub(super) fn likeliest_nodes(anchor: &Anchor, count: usize) -> Vec<(u32, f64)> {
    let mut seen = BTreeSet::new();
    anchor
        .posterior
        .iter()
        .copied()
        .filter(|(node, _)| seen.insert(*node))
        .take(count)
        .collect()
}

/// The anchor again from the learned scores of `candidates` (with `weights`), their softmax
/// read as a posterior ([`anchor_from_totals`] over the events' habits); `None` when fewer
/// than two candidates are weighed. [`super::work_choice`] and [`super::home_choice`].
pub(super) fn anchor_from_scores<const N: usize>(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    (candidates, weights): (&[Candidate<N>], &[f64; N]),
    weighing: Weighing,
    pick: Pick,
) -> Option<Anchor> {
    if candidates.len() < 2 {
        return None;
    }
    let nodes: Vec<u32> = candidates.iter().map(|c| c.node).collect();
    let scores: Vec<f32> = candidates.iter().map(|c| c.score(weights) as f32).collect();
    let habits = events
        .iter()
        .map(|e| (index.get(e.read).camera, e.side))
        .collect::<BTreeSet<_>>()
        .len();
    anchor_from_totals(
        index,
        routes,
        events,
        (&nodes, &scores, habits),
        weighing,
        pick,
    )
}

/// The anchor from the candidates' scores (`totals`, log weights) over `habits` habits: the
/// estimate (as `pick` says), the circle holding [`RADIUS_COVERAGE`] of the weight, and the
/// confidence; the events consistent with the estimate are its evidence.
pub(super) fn anchor_from_totals(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    (candidates, totals, habits): (&[u32], &[f32], usize),
    weighing: Weighing,
    pick: Pick,
) -> Option<Anchor> {
    let Weighing {
        commute,
        catchments,
        ..
    } = weighing;
    if candidates.is_empty() {
        return None;
    }
    let best = totals.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let frame = routes.frame();
    let mass: Vec<(f64, LocalPoint, u32)> = totals
        .iter()
        .zip(candidates)
        .filter(|(t, _)| **t >= best - 9.0)
        .map(|(&t, &node)| {
            (
                ((t - best) as f64).exp(),
                frame.to_local(routes.node_position(node)),
                node,
            )
        })
        .collect();
    let estimate_radius = pick.estimate_radius_meters();
    let weight: f64 = mass.iter().map(|m| m.0).sum();
    let within = |centre: LocalPoint, radius: f64| -> f64 {
        mass.iter()
            .filter(|m| m.1.distance_meters(centre) <= radius)
            .map(|m| m.0)
            .sum()
    };
    let &(_, densest, _) = mass
        .iter()
        .map(|m| (within(m.1, estimate_radius), m))
        .fold(
            None,
            |acc: Option<(f64, &(f64, LocalPoint, u32))>, (w, m)| match acc {
                Some((bw, _)) if bw >= w => acc,
                _ => Some((w, m)),
            },
        )?
        .1;
    // The estimate: the weighted mean of the evidence around the densest spot, and the
    // candidate nearest to it.
    let near: Vec<&(f64, LocalPoint, u32)> = mass
        .iter()
        .filter(|m| m.1.distance_meters(densest) <= estimate_radius)
        .collect();
    let near_weight: f64 = near.iter().map(|m| m.0).sum();
    let centre = LocalPoint::new(
        near.iter().map(|m| m.0 * m.1.x_meters).sum::<f64>() / near_weight,
        near.iter().map(|m| m.0 * m.1.y_meters).sum::<f64>() / near_weight,
    );
    let &&(_, nearest, best_node) = near.iter().min_by(|a, b| {
        a.1.distance_meters(centre)
            .total_cmp(&b.1.distance_meters(centre))
    })?;
    let (centre, best_node) = if pick == Pick::Likeliest {
        // The likeliest candidate itself (the first of equals, in the candidates' order).
        let top = (0..candidates.len()).fold(0, |b, i| if totals[i] > totals[b] { i } else { b });
        (
            frame.to_local(routes.node_position(candidates[top])),
            candidates[top],
        )
    } else if pick == Pick::Densest && candidates.len() < routes.intersection_count() {
        // Few candidates (mapped workplaces): the estimate is one of them, not between.
        (nearest, best_node)
    } else {
        (centre, best_node)
    };
    let mut by_distance: Vec<(f64, f64)> = mass
        .iter()
        .map(|m| (m.1.distance_meters(centre), m.0))
        .collect();
    by_distance.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut covered = 0.0;
    let mut radius_meters = 0.0f64;
    for (d, w) in by_distance {
        covered += w;
        radius_meters = radius_meters.max(d);
        if covered >= RADIUS_COVERAGE * weight {
            break;
        }
    }
    let radius_meters = (radius_meters + BLOCK_SLACK_METERS).max(MIN_RADIUS_METERS);
    let mut evidence = Vec::new();
    let mut consistent = 0u32;
    for e in events {
        let score = EventScore::new(routes, index, e, Basis::Habits(catchments, commute));
        if score.at(best_node as usize) >= CONSISTENT {
            consistent += 1;
            evidence.push(e.read);
        }
    }
    evidence.sort_unstable();
    evidence.dedup();
    // Confidence that the truth is inside the stated circle: the evidence's share of weight
    // there, discounted for few independent habits (camera and direction pairs), since the
    // model of driving is crude and a single habit cannot check itself.
    let habits = habits as f64;
    // Measured with `examples/evaluate.rs` over 60 seeds at 20 cameras: the circle holds
    // the truth for 87% of homes and 83% of workplaces, above the confidence stated.
    let confidence = within(centre, radius_meters) / weight * habits / (habits + HABIT_DISCOUNT);
    let mut posterior: Vec<(u32, f64)> = mass.iter().map(|m| (m.2, m.0 / weight)).collect();
    posterior.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Some(Anchor {
        posterior,
        weighed: Weighed::Nothing,
        position: frame.to_lon_lat(centre),
        radius_meters,
        confidence,
        nearest_place: None,
        stays_used: events.len() as u32,
        stays_consistent: consistent,
        evidence,
        best_node,
    })
}

pub(super) fn with_nearest_place(
    mut anchor: Anchor,
    routes: &RouteModel,
    map: &TownMap,
    fits: impl Fn(PlaceKind) -> bool,
) -> Anchor {
    let frame = routes.frame();
    anchor.nearest_place = map
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| fits(p.kind))
        .map(|(i, p)| {
            (
                frame.distance_meters(p.position, anchor.position),
                i as PlaceId,
            )
        })
        .filter(|(d, _)| *d <= anchor.radius_meters)
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, i)| i);
    anchor
}

/// Home and work as the attribution of stops needs them.
pub(super) struct KnownAnchors<'a> {
    /// Home (first, when there is one), then work.
    pub(super) anchors: Vec<&'a Anchor>,
    /// The corners inside the stated home circle: home may be at any of them.
    pub(super) home_nodes: Vec<u32>,
    /// Drive times to and from home's likeliest corner.
    pub(super) home_routes: Option<&'a AnchorRoutes>,
    /// Whether a place of worship at its service times counts as likelier.
    pub(super) service_times: bool,
    /// Whether [`super::AnalystOptions::weekly_rule`] is on.
    pub(super) weekly_rule: bool,
    /// Per mapped place, the log weight of its being the place of its kind this car goes
    /// to, from where home is ([`super::priors::place_choice_log_weights`]).
    pub(super) place_choice: Vec<f32>,
}

impl KnownAnchors<'_> {
    /// The log weight of mapped place `place` as the one of its kind this car goes to.
    pub(super) fn choice(&self, place: usize) -> f32 {
        self.place_choice.get(place).copied().unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::analyst::profile::build_profile;
    use crate::analyst::profile::tests::profile_of_commuter;
    use crate::analyst::stays::find_stays;

    #[test]
    fn a_clue_no_corner_can_have_says_nothing_and_never_a_nan() {
        // A visitor's home in a corner of town no read could come from: every total a log of
        // zero. The learned score must stay a number (a NaN made the circle's confidence NaN).
        let none = relative_to_best(&[f32::NEG_INFINITY; 3]);
        assert_eq!(none, vec![0.0; 3]);
        let some = relative_to_best(&[-2.0, f32::NEG_INFINITY, -5.0]);
        assert_eq!(some, vec![0.0, MISSING_LOG_SHARE, -3.0]);
    }

    mod home_inference {
        use super::*;

        #[test]
        fn finds_home_from_night_sightings() {
            let sim = fixtures::commuter_month(7);
            let (profile, _, routes) = profile_of_commuter(&sim);
            let home = profile.home.expect("a home");
            let error = routes
                .frame()
                .distance_meters(home.position, sim.truth.home);
            // Gridton's blocks are 400 m and it maps only seven places to drive to, so which
            // camera a drive meets first narrows home to a corner of town, not a block:
            // within two and a half blocks, far nearer home than work, inside the circle.
            assert!(error < 1000.0, "home off by {error:.0} m");
            let work_distance = routes
                .frame()
                .distance_meters(home.position, sim.truth.work);
            assert!(
                error * 2.0 < work_distance,
                "{error:.0} vs {work_distance:.0}"
            );
            assert!(home.radius_meters >= error.max(MIN_RADIUS_METERS));
            assert!(home.confidence > 0.5, "{}", home.confidence);
            assert!(!home.evidence.is_empty());
        }

        #[test]
        fn weekday_drives_straight_between_home_and_work_count_as_the_commute() {
            let sim = fixtures::commuter_month(7);
            let index = SightingIndex::from_simulation(&sim);
            let stays = find_stays(&index, index.of_plate(sim.vehicles[0].plate));
            let (home, work) = anchor_events(&stays);
            // Gridton's commuter drives to the office every weekday of four weeks.
            let commutes: Vec<&AnchorEvent> = home.iter().filter(|e| e.commute).collect();
            assert!(commutes.len() >= 20, "{} commutes", commutes.len());
            assert!(work.iter().filter(|e| e.commute).count() >= 20);
            for event in commutes {
                let minute = index.get(event.read).minute;
                assert!(!Weekday::of_minute(minute).is_weekend(), "minute {minute}");
            }
            // A Sunday's drive to church is not a commute.
            assert!(home.iter().any(|e| !e.commute));
        }

        #[test]
        fn a_plate_never_read_has_no_home() {
            let sim = fixtures::commuter_month(7);
            let index = SightingIndex::from_simulation(&sim);
            let routes = RouteModel::new(&sim.map);
            let profile = build_profile(&index, &routes, &sim.map, fixtures::plate("NOPE1"));
            assert!(profile.home.is_none() && profile.work.is_none());
            assert!(profile.places.is_empty());
        }
    }

    mod work_inference {
        use super::*;

        #[test]
        fn finds_work_from_weekday_daytime_stops() {
            let sim = fixtures::commuter_month(8);
            let (profile, _, routes) = profile_of_commuter(&sim);
            let work = profile.work.expect("a workplace");
            let error = routes
                .frame()
                .distance_meters(work.position, sim.truth.work);
            assert!(error < 500.0, "work off by {error:.0} m");
            assert_eq!(work.nearest_place, Some(1));
        }

        #[test]
        fn states_a_radius_that_contains_the_truth() {
            for seed in 20..24 {
                let sim = fixtures::commuter_month(seed);
                let (profile, _, routes) = profile_of_commuter(&sim);
                for (anchor, truth) in [
                    (profile.home, sim.truth.home),
                    (profile.work, sim.truth.work),
                ] {
                    let anchor = anchor.expect("an anchor");
                    let error = routes.frame().distance_meters(anchor.position, truth);
                    assert!(
                        error <= anchor.radius_meters,
                        "{error:.0} > {:.0}",
                        anchor.radius_meters
                    );
                }
            }
        }
    }
}
