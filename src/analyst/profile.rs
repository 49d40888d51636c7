//! One plate's life, reconstructed from its reads alone: home, work, routine, places (with
//! sensitive ones flagged), trips out of town and associates.
//!
//! This is what Motorola Vigilant's "Locate Analysis" and "Associate Analysis" sell and what
//! the stay-point literature does with GPS traces (home = last stop of the day and first of
//! the morning; Krumm 2007; Li et al. 2008; see `shared/docs/facts.md`). Here the trace is
//! sparse: a car is read only when it passes a camera. So every stop is located by
//! [`crate::analyst::stays`] (reachable from the read before, reaching the read after, unseen
//! on the way), and the profile multiplies that evidence over many stops. Every inference
//! carries the reads it rests on and a confidence; a stop that could be at several places is
//! left unattributed rather than guessed (precision first, above all for sensitive places).
//!
//! It must not read [`crate::sim::Sighting::vehicle`] or any truth.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{AnchorRoutes, RouteModel};
use crate::analyst::stays::{
    DAY_START_MINUTE, IMPOSSIBLE, Stay, analyst_day, find_stays, stay_log_likelihood,
    stay_log_likelihood_between,
};
use crate::analyst::tools::convoy;
use crate::sim::{
    CameraId, CameraPlacement, LonLat, MINUTES_PER_DAY, MINUTES_PER_WEEK, PlaceId, PlaceKind,
    Plate, TownMap, Weekday,
};

/// A stop's evidence is never allowed to count for less than this (log of 2%), so one odd
/// night (a stay at a friend's) does not veto the true home.
const LOG_FLOOR: f32 = -3.9;
/// Intersections within this log-likelihood of the best count as "as likely" (a factor 10).
const PLATEAU: f32 = 2.3;
/// A stop is consistent with an anchor when its log-likelihood there is at least this.
const CONSISTENT: f32 = -1.6;
/// The smallest uncertainty radius the analyst states, in meters (a block).
pub const MIN_RADIUS_METERS: f64 = 100.0;
/// Share of the likelihood the stated radius covers.
const RADIUS_COVERAGE: f64 = 0.9;
/// A stop is attributed to a place only when that place has at least this probability.
pub const MIN_VISIT_PROBABILITY: f64 = 0.5;
/// Trip distance decay for attributing stops: a minute more driving is `e` times less likely
/// every this many minutes.
const DRIVE_DECAY_MINUTES: f32 = 3.0;
/// Trip distance decay for locating home and work, in minutes: applied once, to the mean drive
/// over the stops (see [`DRIVE_DECAY_MINUTES`]).
const ANCHOR_DECAY_MINUTES: f32 = 2.0;
/// Work stops: at least this long, in minutes.
const WORK_STAY_MINUTES: u32 = 180;
/// Night stops: at least this long, in minutes.
const NIGHT_STAY_MINUTES: u32 = 240;
/// Associates: read within this many minutes of the target at the same camera.
pub const ASSOCIATE_WINDOW_MINUTES: u32 = 2;

/// A place the car keeps returning to (home or work), located from many stops.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Anchor {
    /// Best estimate, lon/lat degrees.
    pub position: LonLat,
    /// The estimate is within this many meters with about 90% of the evidence's weight.
    pub radius_meters: f64,
    /// 0..1: the share of stops consistent with the estimate, discounted for few stops.
    pub confidence: f64,
    /// The nearest mapped place of a fitting kind within the radius, if any.
    pub nearest_place: Option<PlaceId>,
    /// Stops used.
    pub stays_used: u32,
    /// Stops consistent with the estimate.
    pub stays_consistent: u32,
    /// The reads before and after each consistent stop.
    pub evidence: Vec<SightingRef>,
    /// The intersection the estimate rests on (the most likely one).
    #[serde(skip)]
    pub best_node: u32,
}

/// How one weekday usually goes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DayRoutine {
    pub weekday: Weekday,
    /// Days of this weekday in the database's period.
    pub days_observed: u32,
    /// Of those, days with at least one read.
    pub days_driven: u32,
    /// Median minute of the day (0..1440) of the first read after 03:00.
    pub first_read_minute_of_day: Option<u32>,
    /// Median minute of the day of the last read before 03:00 next day (may exceed 1440).
    pub last_read_minute_of_day: Option<u32>,
    /// 0..1: share of driven days whose first read is within 20 minutes of the median.
    pub regularity: f64,
}

/// "Tuesday 08:15: most likely passing camera X, probability p."
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassPrediction {
    pub weekday: Weekday,
    /// Minute of the day, 0..1440.
    pub minute_of_day: u32,
    pub camera: CameraId,
    /// Share of this weekday's observed days with a read there within the window.
    pub probability: f64,
    pub evidence: Vec<SightingRef>,
}

/// The car's week: per-weekday timings and the strongest pass prediction per weekday.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Routine {
    pub days: Vec<DayRoutine>,
    pub predictions: Vec<PassPrediction>,
}

/// One stop the analyst attributes to a place.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct InferredVisit {
    /// The car arrived after this minute (its read before the stop)...
    pub after_minute: u32,
    /// ...and left before this one (its read after the stop).
    pub before_minute: u32,
    /// Probability the stop was at this place rather than another candidate.
    pub probability: f64,
    pub evidence: [SightingRef; 2],
}

/// A mapped place the car visited, with every attributed visit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceVisits {
    pub place: PlaceId,
    pub name: String,
    pub kind: PlaceKind,
    /// Worship, clinic, legal aid, union hall, courthouse, town hall.
    pub sensitive: bool,
    pub visits: Vec<InferredVisit>,
    /// Mean probability of the visits.
    pub confidence: f64,
}

/// A stop outside the town, between leaving and coming back.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TripOutOfTown {
    pub left_after_minute: u32,
    pub back_before_minute: u32,
    pub destination: Option<PlaceId>,
    pub evidence: [SightingRef; 2],
}

/// A plate that travels with this one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Associate {
    pub plate: Plate,
    pub co_sightings: u32,
    pub distinct_cameras: u32,
    pub distinct_days: u32,
    /// Share of the other plate's reads that were next to this plate's.
    pub share_of_their_reads: f64,
    pub confidence: f64,
    pub evidence: Vec<(SightingRef, SightingRef)>,
}

/// Everything the analyst reconstructs about one plate.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    pub plate: Plate,
    /// All reads of the plate, in time order.
    pub sightings: Vec<SightingRef>,
    pub home: Option<Anchor>,
    pub work: Option<Anchor>,
    pub routine: Routine,
    /// Places with at least one attributed visit; most visits first.
    pub places: Vec<PlaceVisits>,
    pub trips_out_of_town: Vec<TripOutOfTown>,
    pub associates: Vec<Associate>,
}

impl Profile {
    /// The places flagged sensitive.
    pub fn sensitive_places(&self) -> impl Iterator<Item = &PlaceVisits> {
        self.places.iter().filter(|p| p.sensitive)
    }
}

/// Reconstructs one plate's life from the database. `routes` must be built from `map`.
pub fn build_profile(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    plate: Plate,
) -> Profile {
    let refs = index.of_plate(plate);
    let stays = find_stays(index, refs);
    let mut scratch = Vec::new();

    let nights: Vec<Stay> = stays
        .iter()
        .copied()
        .filter(|s| s.spans_night() && s.gap_minutes() >= NIGHT_STAY_MINUTES)
        .collect();
    // No snapping to mapped homes: the analyst does not know which house is this car's.
    let home = locate(index, routes, &nights, None, &mut scratch);
    let home_routes = home.as_ref().map(|h| routes.anchor_routes(h.best_node));

    // Which stops were at home: the home intersection is about as likely as any.
    let at_home: Vec<bool> = stays
        .iter()
        .map(|s| {
            let Some(home) = &home else { return false };
            stay_log_likelihood(routes, index, s, &mut scratch);
            let best = scratch.iter().copied().fold(IMPOSSIBLE, f32::max);
            scratch[home.best_node as usize] >= best - 1.0
        })
        .collect();
    let context: Vec<StayContext> = (0..stays.len())
        .map(|i| StayContext {
            stay: stays[i],
            from_home: i > 0 && at_home[i - 1],
            to_home: i + 1 < stays.len() && at_home[i + 1],
            at_home: at_home[i],
        })
        .collect();

    let work_stays: Vec<StayContext> = context
        .iter()
        .copied()
        .filter(|c| !c.at_home && is_daytime_work_stay(&c.stay))
        .collect();
    let work = locate(
        index,
        routes,
        &work_stays,
        home_routes.as_ref(),
        &mut scratch,
    )
    .filter(|w| w.stays_consistent >= 3)
    .map(|a| with_nearest_place(a, routes, map, PlaceKind::is_workplace));

    let anchors: Vec<&Anchor> = home.iter().chain(work.iter()).collect();
    let others: Vec<StayContext> = context
        .iter()
        .copied()
        .filter(|c| !c.at_home && !work_stays.contains(c))
        .collect();
    let (places, trips_out_of_town) = attribute_stops(
        index,
        routes,
        map,
        &others,
        &anchors,
        home_routes.as_ref(),
        &mut scratch,
    );
    let associates = find_associates(index, plate);
    Profile {
        plate,
        sightings: refs.to_vec(),
        home,
        work,
        routine: routine(index, refs),
        places,
        trips_out_of_town,
        associates,
    }
}

/// A stop and whether the drives around it started or ended at home.
#[derive(Clone, Copy, Debug, PartialEq)]
struct StayContext {
    stay: Stay,
    from_home: bool,
    to_home: bool,
    at_home: bool,
}

impl StayContext {
    fn night(stay: Stay) -> StayContext {
        StayContext {
            stay,
            from_home: false,
            to_home: false,
            at_home: true,
        }
    }

    fn log_likelihood(
        &self,
        routes: &RouteModel,
        index: &SightingIndex,
        home: Option<&AnchorRoutes>,
        out: &mut Vec<f32>,
    ) {
        let origin = home.filter(|_| self.from_home);
        let destination = home.filter(|_| self.to_home);
        stay_log_likelihood_between(routes, index, &self.stay, origin, destination, out);
    }
}

fn is_daytime_work_stay(stay: &Stay) -> bool {
    let weekday = Weekday::of_minute(stay.from_minute);
    let from_of_day = stay.from_minute % MINUTES_PER_DAY;
    !weekday.is_weekend()
        && !stay.spans_night()
        && stay.gap_minutes() >= WORK_STAY_MINUTES
        && stay.gap_minutes() <= 14 * 60
        && (5 * 60..14 * 60).contains(&from_of_day)
}

/// Adds the stops' evidence over the map and reads off the most likely spot.
fn locate<S: Copy + Into<StayContext>>(
    index: &SightingIndex,
    routes: &RouteModel,
    stays: &[S],
    home: Option<&AnchorRoutes>,
    scratch: &mut Vec<f32>,
) -> Option<Anchor> {
    if stays.is_empty() || routes.node_count() == 0 {
        return None;
    }
    let mut totals = vec![0.0f32; routes.node_count()];
    let decay = ANCHOR_DECAY_MINUTES;
    let mut drive_sum = vec![0.0f32; routes.node_count()];
    for &stay in stays {
        let context: StayContext = stay.into();
        context.log_likelihood(routes, index, home, scratch);
        let (before, after) = (
            index.get(context.stay.before),
            index.get(context.stay.after),
        );
        let (Some(out), Some(back)) = (routes.after(before.camera), routes.before(after.camera))
        else {
            continue;
        };
        for (x, (t, &ll)) in totals.iter_mut().zip(scratch.iter()).enumerate() {
            *t += ll.max(LOG_FLOOR);
            let drive_minutes = out.seconds[x].saturating_add(back.seconds[x]) as f32 / 60.0;
            drive_sum[x] += drive_minutes.min(60.0);
        }
    }
    // The decay counts once, on the mean drive: repeated nights are one pattern, not
    // independent evidence that home is near the cameras.
    for (t, d) in totals.iter_mut().zip(&drive_sum) {
        *t -= d / stays.len() as f32 / decay;
    }
    let (best_node, best) =
        totals
            .iter()
            .enumerate()
            .fold((0usize, f32::NEG_INFINITY), |acc, (i, &t)| {
                if t > acc.1 { (i, t) } else { acc }
            });
    let frame = routes.frame();
    let plateau: Vec<(f64, [f64; 2])> = totals
        .iter()
        .enumerate()
        .filter(|(_, t)| **t >= best - PLATEAU)
        .map(|(i, &t)| {
            (
                ((t - best) as f64).exp(),
                frame.to_meters(routes.node_position(i as u32)),
            )
        })
        .collect();
    let weight: f64 = plateau.iter().map(|(w, _)| w).sum();
    let centre = [
        plateau.iter().map(|(w, p)| w * p[0]).sum::<f64>() / weight,
        plateau.iter().map(|(w, p)| w * p[1]).sum::<f64>() / weight,
    ];
    let mut by_distance: Vec<(f64, f64)> = plateau
        .iter()
        .map(|(w, p)| {
            (
                ((p[0] - centre[0]).powi(2) + (p[1] - centre[1]).powi(2)).sqrt(),
                *w,
            )
        })
        .collect();
    by_distance.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut covered = 0.0;
    let mut radius_meters = MIN_RADIUS_METERS;
    for (d, w) in by_distance {
        covered += w;
        radius_meters = radius_meters.max(d);
        if covered >= RADIUS_COVERAGE * weight {
            break;
        }
    }
    let mut evidence = Vec::new();
    let mut consistent = 0u32;
    for &stay in stays {
        let context: StayContext = stay.into();
        context.log_likelihood(routes, index, home, scratch);
        if scratch[best_node] >= CONSISTENT {
            consistent += 1;
            evidence.extend([context.stay.before, context.stay.after]);
        }
    }
    let n = stays.len() as f64;
    Some(Anchor {
        position: frame.to_lon_lat(centre),
        radius_meters,
        confidence: consistent as f64 / n * n / (n + 1.0),
        nearest_place: None,
        stays_used: stays.len() as u32,
        stays_consistent: consistent,
        evidence,
        best_node: best_node as u32,
    })
}

impl From<Stay> for StayContext {
    fn from(stay: Stay) -> StayContext {
        StayContext::night(stay)
    }
}

fn with_nearest_place(
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

/// Attributes the remaining stops to mapped places (only when one place is clearly the most
/// likely) and collects trips out of town.
fn attribute_stops(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    stays: &[StayContext],
    anchors: &[&Anchor],
    home: Option<&AnchorRoutes>,
    scratch: &mut Vec<f32>,
) -> (Vec<PlaceVisits>, Vec<TripOutOfTown>) {
    let mut visits: BTreeMap<PlaceId, Vec<InferredVisit>> = BTreeMap::new();
    let mut trips = Vec::new();
    for context in stays {
        let stay = &context.stay;
        if stay.spans_night() || stay.gap_minutes() > 16 * 60 {
            continue;
        }
        let (before, after) = (index.get(stay.before), index.get(stay.after));
        context.log_likelihood(routes, index, home, scratch);
        // Candidates: the anchors (home, work) and every mapped place except private homes.
        // Nearer explanations are likelier (trip distance decay): each minute of driving
        // to and from the stop costs 1/DRIVE_DECAY_MINUTES in log-likelihood.
        let (Some(out), Some(back)) = (routes.after(before.camera), routes.before(after.camera))
        else {
            continue;
        };
        let score = |node: u32| -> f32 {
            let x = node as usize;
            let drive_seconds = out.seconds[x].saturating_add(back.seconds[x]);
            if scratch[x] <= IMPOSSIBLE || drive_seconds == u32::MAX {
                return IMPOSSIBLE;
            }
            scratch[x] - drive_seconds as f32 / 60.0 / DRIVE_DECAY_MINUTES
        };
        let mut candidates: Vec<(f32, Option<PlaceId>)> =
            anchors.iter().map(|a| (score(a.best_node), None)).collect();
        for (i, place) in map.places.iter().enumerate() {
            let door = routes.place_node(i as PlaceId);
            if place.kind == PlaceKind::Home || (door as usize) >= scratch.len() {
                continue;
            }
            candidates.push((score(door), Some(i as PlaceId)));
        }
        let best = candidates.iter().map(|c| c.0).fold(IMPOSSIBLE, f32::max);
        if best <= IMPOSSIBLE {
            continue;
        }
        let total: f64 = candidates.iter().map(|c| ((c.0 - best) as f64).exp()).sum();
        let Some(&(top, Some(place))) = candidates
            .iter()
            .filter(|c| c.0 == best)
            .min_by_key(|c| c.1.map_or(0, |p| p + 1))
        else {
            continue;
        };
        let probability = ((top - best) as f64).exp() / total;
        let kind = map.places[place as usize].kind;
        let town_line = |c: CameraId| {
            map.cameras
                .get(c as usize)
                .is_some_and(|c| c.placement == CameraPlacement::TownLine)
        };
        if kind == PlaceKind::OutOfTown || (town_line(before.camera) && town_line(after.camera)) {
            trips.push(TripOutOfTown {
                left_after_minute: stay.from_minute,
                back_before_minute: stay.to_minute,
                destination: (kind == PlaceKind::OutOfTown).then_some(place),
                evidence: [stay.before, stay.after],
            });
        }
        if probability >= MIN_VISIT_PROBABILITY {
            visits.entry(place).or_default().push(InferredVisit {
                after_minute: stay.from_minute,
                before_minute: stay.to_minute,
                probability,
                evidence: [stay.before, stay.after],
            });
        }
    }
    let mut places: Vec<PlaceVisits> = visits
        .into_iter()
        .map(|(place, visits)| {
            let p = &map.places[place as usize];
            let confidence =
                visits.iter().map(|v| v.probability).sum::<f64>() / visits.len() as f64;
            PlaceVisits {
                place,
                name: p.name.clone(),
                kind: p.kind,
                sensitive: p.kind.is_sensitive(),
                visits,
                confidence,
            }
        })
        .collect();
    places.sort_by(|a, b| {
        b.visits
            .len()
            .cmp(&a.visits.len())
            .then(a.place.cmp(&b.place))
    });
    (places, trips)
}

fn median(values: &mut [u32]) -> Option<u32> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    Some(values[values.len() / 2])
}

/// Per-weekday first and last reads, regularity, and the strongest pass prediction.
fn routine(index: &SightingIndex, refs: &[SightingRef]) -> Routine {
    let (first_minute, last_minute) = match (index.sightings().first(), index.latest_minute()) {
        (Some(first), Some(last)) => (first.minute, last),
        _ => {
            return Routine {
                days: Vec::new(),
                predictions: Vec::new(),
            };
        }
    };
    // Per analyst day: first and last read, minutes since that day's midnight.
    let mut per_day: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
    for &r in refs {
        let minute = index.get(r).minute;
        let day = analyst_day(minute);
        let of_day = minute - day * MINUTES_PER_DAY;
        let entry = per_day.entry(day).or_insert((of_day, of_day));
        entry.0 = entry.0.min(of_day);
        entry.1 = entry.1.max(of_day);
    }
    let observed = |weekday: Weekday| -> u32 {
        (analyst_day(first_minute)..=analyst_day(last_minute))
            .filter(|d| Weekday::of_minute(d * MINUTES_PER_DAY) == weekday)
            .count() as u32
    };
    let mut days = Vec::new();
    let mut predictions = Vec::new();
    for weekday in Weekday::ALL {
        let driven: Vec<(u32, u32)> = per_day
            .iter()
            .filter(|(d, _)| Weekday::of_minute(*d * MINUTES_PER_DAY) == weekday)
            .map(|(_, v)| *v)
            .collect();
        let mut firsts: Vec<u32> = driven.iter().map(|v| v.0).collect();
        let mut lasts: Vec<u32> = driven.iter().map(|v| v.1).collect();
        let first = median(&mut firsts);
        let regular = first.map_or(0, |m| {
            firsts.iter().filter(|&&f| f.abs_diff(m) <= 20).count()
        });
        let days_observed = observed(weekday);
        days.push(DayRoutine {
            weekday,
            days_observed,
            days_driven: driven.len() as u32,
            first_read_minute_of_day: first,
            last_read_minute_of_day: median(&mut lasts),
            regularity: if driven.is_empty() {
                0.0
            } else {
                regular as f64 / driven.len() as f64
            },
        });
        if let Some(p) = strongest_pass(index, refs, weekday, days_observed) {
            predictions.push(p);
        }
    }
    Routine { days, predictions }
}

/// The (camera, quarter hour) this weekday most reliably brings, and its probability.
fn strongest_pass(
    index: &SightingIndex,
    refs: &[SightingRef],
    weekday: Weekday,
    days_observed: u32,
) -> Option<PassPrediction> {
    let mut best: Option<PassPrediction> = None;
    let mut tried: BTreeSet<(CameraId, u32)> = BTreeSet::new();
    for &r in refs {
        let s = index.get(r);
        if Weekday::of_minute(s.minute) != weekday {
            continue;
        }
        let slot = (s.minute % MINUTES_PER_DAY) / 15 * 15;
        if !tried.insert((s.camera, slot)) {
            continue;
        }
        let p = predict_pass_at(index, refs, weekday, slot, s.camera, days_observed);
        if best.as_ref().is_none_or(|b| p.probability > b.probability) {
            best = Some(p);
        }
    }
    best
}

fn predict_pass_at(
    index: &SightingIndex,
    refs: &[SightingRef],
    weekday: Weekday,
    minute_of_day: u32,
    camera: CameraId,
    days_observed: u32,
) -> PassPrediction {
    let mut days = BTreeSet::new();
    let mut evidence = Vec::new();
    for &r in refs {
        let s = index.get(r);
        let of_day = s.minute % MINUTES_PER_DAY;
        if s.camera == camera
            && Weekday::of_minute(s.minute) == weekday
            && of_day.abs_diff(minute_of_day) <= PREDICTION_WINDOW_MINUTES
            && days.insert(s.minute / MINUTES_PER_DAY)
        {
            evidence.push(r);
        }
    }
    PassPrediction {
        weekday,
        minute_of_day,
        camera,
        probability: days.len() as f64 / days_observed.max(days.len() as u32).max(1) as f64,
        evidence,
    }
}

/// A prediction counts a read within this many minutes of the predicted time.
pub const PREDICTION_WINDOW_MINUTES: u32 = 15;

/// Predictions for one weekday and time: each camera the plate passed within
/// [`PREDICTION_WINDOW_MINUTES`] of `minute_of_day` on that weekday, with the share of
/// observed weekdays it did; most likely first.
pub fn predict_pass(
    index: &SightingIndex,
    plate: Plate,
    weekday: Weekday,
    minute_of_day: u32,
) -> Vec<PassPrediction> {
    let refs = index.of_plate(plate);
    let (Some(first), Some(last)) = (index.sightings().first(), index.latest_minute()) else {
        return Vec::new();
    };
    let weeks = (first.minute / MINUTES_PER_WEEK..=last / MINUTES_PER_WEEK)
        .filter(|w| {
            let m = w * MINUTES_PER_WEEK + weekday.index() as u32 * MINUTES_PER_DAY + minute_of_day;
            m >= first.minute && m <= last
        })
        .count() as u32;
    let cameras: BTreeSet<CameraId> = refs
        .iter()
        .map(|&r| index.get(r))
        .filter(|s| {
            Weekday::of_minute(s.minute) == weekday
                && (s.minute % MINUTES_PER_DAY).abs_diff(minute_of_day) <= PREDICTION_WINDOW_MINUTES
        })
        .map(|s| s.camera)
        .collect();
    let mut out: Vec<PassPrediction> = cameras
        .into_iter()
        .map(|c| predict_pass_at(index, refs, weekday, minute_of_day, c, weeks))
        .collect();
    out.sort_by(|a, b| {
        b.probability
            .total_cmp(&a.probability)
            .then(a.camera.cmp(&b.camera))
    });
    out
}

/// Plates seen next to this one (same camera, within two minutes) on several days at several
/// cameras, and for a large share of their own reads.
fn find_associates(index: &SightingIndex, plate: Plate) -> Vec<Associate> {
    convoy(index, plate, ASSOCIATE_WINDOW_MINUTES, 2, 0..u32::MAX)
        .into_iter()
        .filter_map(|hit| {
            let share = hit.co_sightings as f64 / hit.total_sightings.max(1) as f64;
            let days = hit.distinct_days as f64;
            (hit.distinct_days >= 3 && hit.co_sightings >= 4 && share >= 0.3).then(|| Associate {
                plate: hit.plate,
                co_sightings: hit.co_sightings,
                distinct_cameras: hit.distinct_cameras,
                distinct_days: hit.distinct_days,
                share_of_their_reads: share,
                confidence: share.min(1.0) * days / (days + 2.0),
                evidence: hit.evidence,
            })
        })
        .collect()
}

/// Minute of day at which the analyst's day begins (re-exported for the UI's timelines).
pub const ANALYST_DAY_START_MINUTE: u32 = DAY_START_MINUTE;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::sim::Simulation;

    fn profile_of_commuter(sim: &Simulation) -> (Profile, SightingIndex, RouteModel) {
        let index = SightingIndex::from_simulation(sim);
        let routes = RouteModel::new(&sim.map);
        let profile = build_profile(&index, &routes, &sim.map, sim.vehicles[0].plate);
        (profile, index, routes)
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
            assert!(error < 500.0, "home off by {error:.0} m");
            assert!(home.radius_meters >= error.min(MIN_RADIUS_METERS));
            assert!(home.confidence > 0.7, "{}", home.confidence);
            assert!(!home.evidence.is_empty());
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

    mod places {
        use super::*;

        #[test]
        fn flags_the_church_it_attends_every_sunday() {
            let sim = fixtures::commuter_month(9);
            let (profile, _, _) = profile_of_commuter(&sim);
            let church = profile
                .places
                .iter()
                .find(|p| p.place == 2)
                .expect("the church");
            assert!(church.sensitive);
            assert!(church.visits.len() >= 3, "{}", church.visits.len());
        }

        #[test]
        fn every_flagged_sensitive_visit_really_happened() {
            let sim = fixtures::commuter_month(9);
            let (profile, _, _) = profile_of_commuter(&sim);
            for place in profile.sensitive_places() {
                for visit in &place.visits {
                    assert!(
                        sim.truth.visits.iter().any(|v| v.place == place.place
                            && v.arrive_minute >= visit.after_minute
                            && v.depart_minute <= visit.before_minute),
                        "{} at {}",
                        place.name,
                        visit.after_minute
                    );
                }
            }
        }
    }

    mod routine {
        use super::*;

        #[test]
        fn weekday_mornings_start_around_eight() {
            let sim = fixtures::commuter_month(10);
            let (profile, _, _) = profile_of_commuter(&sim);
            let tuesday = &profile.routine.days[Weekday::Tuesday.index()];
            let first = tuesday.first_read_minute_of_day.unwrap();
            assert!((470..=510).contains(&first), "{first}");
            assert_eq!(tuesday.days_driven, 4);
        }

        #[test]
        fn predicts_the_tuesday_morning_camera() {
            let sim = fixtures::commuter_month(10);
            let index = SightingIndex::from_simulation(&sim);
            let tuesday = profile_of_commuter(&sim).0.routine.days[1].first_read_minute_of_day;
            let predictions = predict_pass(
                &index,
                sim.vehicles[0].plate,
                Weekday::Tuesday,
                tuesday.unwrap(),
            );
            assert!(predictions[0].probability >= 0.75, "{:?}", predictions[0]);
        }
    }

    mod associates {
        use super::*;

        #[test]
        fn finds_the_companion_but_not_the_look_alike_neighbour() {
            let sim = fixtures::commuter_month(11);
            let (profile, _, _) = profile_of_commuter(&sim);
            let plates: Vec<Plate> = profile.associates.iter().map(|a| a.plate).collect();
            assert_eq!(plates, vec![sim.vehicles[1].plate]);
        }
    }
}
