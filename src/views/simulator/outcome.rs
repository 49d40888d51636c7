//! The one place the simulator view calls the core: it runs the simulation for a scenario,
//! picks out the visitor's plate's rows, and turns the analyst's profile into a
//! [`Dossier`] the view can draw. Pure and synchronous: the simulator decides when to call
//! it (deferred, from an effect, or in the town-wide worker), never the reducer.
//!
//! A run comes in parts so the page never blocks long: [`simulate_commuter`] simulates
//! only the visitor's car and its companions (milliseconds: they are simulated first, so
//! their drives and reads are the same as in the whole town's run) and [`unanalysed`] makes
//! the map and the log of it; [`visitor_findings`] is the analyst's profile of those reads
//! (the dossier but the associates); [`town_wide`] simulates the whole town, which only the
//! associates search (convoy analysis) and the uniqueness curve need. The last two run in
//! the town-wide worker. [`run`] does everything at once.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::dossier::{Dossier, Finding, FindingKind};
use super::uniqueness::UniquenessPoint;
use crate::analyst::profile::{PREDICTION_WINDOW_MINUTES, PassPrediction, SensitiveVisit};
use crate::analyst::{LocalFrame, Profile, RouteModel, SightingIndex, SightingRef, build_profile};
use crate::sim::{
    CommuterPlan, DetailedRun, Fingerprint, LonLat, MINUTES_PER_DAY, PlaceId, Scenario, Sighting,
    Simulation, TownMap, Trip, Weekday,
};
use crate::text;

/// A finished run, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The scenario generation it was computed for.
    pub generation: u64,
    pub simulation: Rc<Simulation>,
    pub town: Rc<TownMap>,
    /// The plan the commuter lived by (the persona's when the scenario had none).
    pub plan: CommuterPlan,
    /// The commuter's drives, in time order.
    pub trips: Vec<Trip>,
    /// The vendor's database as the analyst queries it.
    pub index: Rc<SightingIndex>,
    /// The visitor's car's fingerprint as cameras record it.
    pub fingerprint: Rc<Fingerprint>,
    /// Every row the vendor holds for the visitor's plate, in time order.
    pub rows: Rc<Vec<Sighting>>,
    /// What the analyst makes of all of `rows`.
    pub dossier: Rc<Dossier>,
    /// The last simulated minute.
    pub end_minute: u32,
    /// Wall-clock milliseconds the run took in this browser.
    pub millis: f64,
}

impl Outcome {
    /// How many rows were captured by `minute`.
    pub fn rows_by(&self, minute: u32) -> usize {
        self.rows.partition_point(|s| s.minute <= minute)
    }

    /// The trip under way at `minute`, if the car is driving.
    fn trip_at(&self, minute: u32) -> Option<&Trip> {
        let i = self.trips.partition_point(|t| t.depart_minute <= minute);
        let trip = self.trips.get(i.checked_sub(1)?)?;
        (minute <= trip.arrive_minute).then_some(trip)
    }

    /// Where the car is at `minute`, lon/lat degrees: along its route while driving, at
    /// the place it last reached otherwise.
    pub fn car_position(&self, minute: u32) -> Option<LonLat> {
        let place = |id: u32| self.town.places.get(id as usize).map(|p| p.position);
        if let Some(trip) = self.trip_at(minute) {
            let points: Vec<LonLat> = trip
                .path
                .iter()
                .filter_map(|&i| self.town.intersections.get(i as usize).map(|x| x.position))
                .collect();
            let span = trip.arrive_minute.saturating_sub(trip.depart_minute).max(1);
            let t = f64::from(minute - trip.depart_minute) / f64::from(span);
            return along(&points, t).or_else(|| place(trip.from));
        }
        let i = self.trips.partition_point(|t| t.arrive_minute <= minute);
        match i.checked_sub(1).and_then(|i| self.trips.get(i)) {
            Some(last) => place(last.to),
            None => self
                .trips
                .first()
                .and_then(|t| place(t.from))
                .or(Some(self.plan.home)),
        }
    }

    /// The route of the trip under way at `minute` (empty when parked).
    pub fn route_at(&self, minute: u32) -> Vec<LonLat> {
        self.trip_at(minute).map_or_else(Vec::new, |trip| {
            trip.path
                .iter()
                .filter_map(|&i| self.town.intersections.get(i as usize).map(|x| x.position))
                .collect()
        })
    }

    /// Cameras that read the plate in the `window_minutes` up to `minute`.
    pub fn cameras_reading(&self, minute: u32, window_minutes: u32) -> Vec<crate::sim::CameraId> {
        let start = minute.saturating_sub(window_minutes);
        let from = self.rows.partition_point(|s| s.minute <= start);
        let to = self.rows_by(minute);
        let mut cameras: Vec<_> = self.rows[from..to].iter().map(|s| s.camera).collect();
        cameras.sort_unstable();
        cameras.dedup();
        cameras
    }
}

/// The point a share `t` (0..1) of the way along a polyline, by length.
fn along(points: &[LonLat], t: f64) -> Option<LonLat> {
    let first = *points.first()?;
    let scale = first[1].to_radians().cos();
    let length = |a: LonLat, b: LonLat| ((b[0] - a[0]) * scale).hypot(b[1] - a[1]);
    let total: f64 = points.windows(2).map(|w| length(w[0], w[1])).sum();
    if total <= 0.0 {
        return Some(first);
    }
    let mut left = t.clamp(0.0, 1.0) * total;
    for w in points.windows(2) {
        let l = length(w[0], w[1]);
        if left <= l && l > 0.0 {
            let f = left / l;
            return Some([
                w[0][0] + (w[1][0] - w[0][0]) * f,
                w[0][1] + (w[1][1] - w[0][1]) * f,
            ]);
        }
        left -= l;
    }
    points.last().copied()
}

/// Runs the scenario (the whole town) and the analyst. An error is a message for the visitor.
pub fn run(
    generation: u64,
    scenario: &Scenario,
    now_millis: impl Fn() -> f64,
) -> Result<Outcome, String> {
    let started = now_millis();
    let detailed = crate::sim::simulate_in_detail(scenario).map_err(|e| e.to_string())?;
    analyse(generation, detailed, started, now_millis)
}

/// The visitor's part of a run: the town, the commuter and its companions, without the
/// background population. Its map, trips, rows and dossier are those of [`run`], except
/// the associates, which need the whole town's reads: they come from [`town_wide`], and
/// until then the dossier says it is still searching
/// ([`Dossier::searching_town`]).
pub fn run_commuter(
    generation: u64,
    scenario: &Scenario,
    now_millis: impl Fn() -> f64,
) -> Result<Outcome, String> {
    let started = now_millis();
    let detailed = simulate_commuter(scenario)?;
    let mut outcome = analyse(generation, detailed, started, now_millis)?;
    let mut dossier = Dossier::clone(&outcome.dossier);
    dossier
        .findings
        .retain(|f| f.kind != FindingKind::Associate);
    dossier.searching_town = true;
    outcome.dossier = Rc::new(dossier);
    Ok(outcome)
}

/// The first half of [`run_commuter`]: the simulation (the town, the visitor's car and its
/// companions). The simulator runs the halves in separate tasks so neither blocks long.
pub fn simulate_commuter(scenario: &Scenario) -> Result<DetailedRun, String> {
    let alone = Scenario {
        population: 0,
        ..scenario.clone()
    };
    let mut detailed = crate::sim::simulate_in_detail(&alone).map_err(|e| e.to_string())?;
    detailed.simulation.scenario = scenario.clone();
    Ok(detailed)
}

/// The map and the log of [`simulate_commuter`]'s run, before the analyst looked at it:
/// the dossier says it is being analysed ([`Dossier::analysing`]).
pub fn unanalysed(
    generation: u64,
    detailed: DetailedRun,
    started: f64,
    now_millis: impl Fn() -> f64,
) -> Result<Outcome, String> {
    let DetailedRun {
        simulation,
        trips,
        plan,
    } = detailed;
    let index = SightingIndex::from_simulation(&simulation);
    let car = simulation
        .vehicles
        .get(simulation.truth.commuter as usize)
        .ok_or_else(|| text::NO_COMMUTER.to_owned())?;
    let rows = index
        .of_plate(car.plate)
        .iter()
        .map(|&r| *index.get(r))
        .collect();
    let fingerprint = car.fingerprint.clone();
    Ok(Outcome {
        generation,
        end_minute: simulation.scenario.days * MINUTES_PER_DAY,
        town: Rc::new(simulation.map.clone()),
        simulation: Rc::new(simulation),
        plan,
        trips,
        index: Rc::new(index),
        fingerprint: Rc::new(fingerprint),
        rows: Rc::new(rows),
        dossier: Rc::new(Dossier {
            analysing: true,
            searching_town: true,
            ..Dossier::default()
        }),
        millis: now_millis() - started,
    })
}

/// The analyst's part of [`run_commuter`], small enough to pass between threads as JSON:
/// the visitor's rows and the dossier but the associates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VisitorFindings {
    pub rows: Vec<Sighting>,
    pub dossier: Dossier,
}

/// The analyst's profile of the visitor's own reads (no background traffic needed).
pub fn visitor_findings(scenario: &Scenario) -> Result<VisitorFindings, String> {
    let outcome = run_commuter(0, scenario, || 0.0)?;
    Ok(VisitorFindings {
        rows: outcome.rows.to_vec(),
        dossier: Dossier::clone(&outcome.dossier),
    })
}

/// The steps of [`town_wide`], in order, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TownWideStep {
    /// Driving every car in town for the whole period (most of the time).
    Simulating,
    /// Indexing the vendor's database by plate and camera.
    Indexing,
    /// The visitor's profile over the whole database (associates: convoy analysis).
    Profiling,
    /// The uniqueness curve.
    Uniqueness,
}

impl TownWideStep {
    /// How many steps there are.
    pub const COUNT: u32 = 4;

    /// Steps finished before this one starts (0..COUNT).
    pub fn done_before(self) -> u32 {
        self as u32
    }
}

/// What only the whole town's run can tell, small enough to pass between threads as JSON:
/// the visitor's rows and dossier over the whole database, and the uniqueness curve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TownWide {
    /// Every row the vendor holds for the visitor's plate, in time order (a background car
    /// misread as the visitor's plate included).
    pub rows: Vec<Sighting>,
    pub dossier: Dossier,
    pub uniqueness: Vec<UniquenessPoint>,
    /// [`Simulation::digest`] of the whole run: the same on every thread and platform.
    pub digest: u64,
}

/// The population-wide work: the whole town's run, its index, the visitor's profile over it
/// and the uniqueness curve. Slow (a second or more in a browser): run it in the town-wide
/// worker, or deferred. `on_step` hears each step as it starts.
pub fn town_wide(
    scenario: &Scenario,
    mut on_step: impl FnMut(TownWideStep),
) -> Result<TownWide, String> {
    on_step(TownWideStep::Simulating);
    let detailed = crate::sim::simulate_in_detail(scenario).map_err(|e| e.to_string())?;
    let digest = detailed.simulation.digest();
    on_step(TownWideStep::Indexing);
    let index = SightingIndex::from_simulation(&detailed.simulation);
    on_step(TownWideStep::Profiling);
    let (rows, dossier) = commuter_rows_and_dossier(&index, &detailed.simulation, &detailed.plan)?;
    on_step(TownWideStep::Uniqueness);
    Ok(TownWide {
        rows,
        dossier,
        uniqueness: uniqueness(&index)?,
        digest,
    })
}

impl Outcome {
    /// This outcome (from [`unanalysed`]) with the analyst's findings on the visitor's reads.
    pub fn with_visitor(&self, findings: &VisitorFindings) -> Outcome {
        Outcome {
            rows: Rc::new(findings.rows.clone()),
            dossier: Rc::new(findings.dossier.clone()),
            ..self.clone()
        }
    }

    /// This outcome (from [`run_commuter`] or [`unanalysed`]) completed with the whole
    /// town's results.
    pub fn with_town(&self, town_wide: &TownWide) -> Outcome {
        Outcome {
            rows: Rc::new(town_wide.rows.clone()),
            dossier: Rc::new(town_wide.dossier.clone()),
            ..self.clone()
        }
    }
}

/// Serde helpers that carry `f64`s as their exact bits (a `u64`), for what the town-wide
/// worker sends: JSON numbers would need serde_json's `float_roundtrip` (10 kB of wasm) to
/// parse back to the same bits, and the page must draw exactly what the worker computed.
pub mod exact {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::sim::LonLat;

    /// A plain `f64`.
    pub mod number {
        use super::*;

        pub fn serialize<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
            value.to_bits().serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
            u64::deserialize(d).map(f64::from_bits)
        }
    }

    /// An `Option<f64>`.
    pub mod optional {
        use super::*;

        pub fn serialize<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
            value.map(f64::to_bits).serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
            Ok(Option::<u64>::deserialize(d)?.map(f64::from_bits))
        }
    }

    /// An optional spot: lon/lat degrees and a radius in meters.
    pub mod spot {
        use super::*;

        pub fn serialize<S: Serializer>(
            value: &Option<(LonLat, f64)>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            value
                .map(|([lon, lat], r)| [lon.to_bits(), lat.to_bits(), r.to_bits()])
                .serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<(LonLat, f64)>, D::Error> {
            Ok(Option::<[u64; 3]>::deserialize(d)?.map(|[lon, lat, r]| {
                (
                    [f64::from_bits(lon), f64::from_bits(lat)],
                    f64::from_bits(r),
                )
            }))
        }
    }
}

/// The visitor's rows and the dossier the analyst builds from `index`.
fn commuter_rows_and_dossier(
    index: &SightingIndex,
    simulation: &Simulation,
    plan: &CommuterPlan,
) -> Result<(Vec<Sighting>, Dossier), String> {
    let car = simulation
        .vehicles
        .get(simulation.truth.commuter as usize)
        .ok_or_else(|| text::NO_COMMUTER.to_owned())?;
    let routes = RouteModel::new(&simulation.map);
    let profile = build_profile(index, &routes, &simulation.map, car.plate);
    let rows = index
        .of_plate(car.plate)
        .iter()
        .map(|&r| *index.get(r))
        .collect();
    Ok((rows, dossier_of(&profile, index, simulation, plan)))
}

/// The analyst's part of a run, over whatever `detailed` simulated: [`unanalysed`]'s
/// outcome with the visitor's rows and dossier filled in.
fn analyse(
    generation: u64,
    detailed: DetailedRun,
    started: f64,
    now_millis: impl Fn() -> f64,
) -> Result<Outcome, String> {
    let mut outcome = unanalysed(generation, detailed, started, &now_millis)?;
    let (rows, dossier) =
        commuter_rows_and_dossier(&outcome.index, &outcome.simulation, &outcome.plan)?;
    outcome.rows = Rc::new(rows);
    outcome.dossier = Rc::new(dossier);
    outcome.millis = now_millis() - started;
    Ok(outcome)
}

/// The population-wide uniqueness curve. Slow: call it deferred.
pub fn uniqueness(index: &SightingIndex) -> Result<Vec<UniquenessPoint>, String> {
    let report = crate::analyst::uniqueness(index);
    Ok(report
        .by_points
        .iter()
        .map(|k| UniquenessPoint {
            sightings: k.points,
            share_unique: k.unique_fraction,
        })
        .collect())
}

fn place_name(map: &TownMap, position: LonLat, frame: &LocalFrame) -> Option<String> {
    map.places
        .iter()
        .filter(|p| frame.distance_meters(p.position, position) < 400.0)
        .min_by(|a, b| {
            frame
                .distance_meters(a.position, position)
                .total_cmp(&frame.distance_meters(b.position, position))
        })
        .map(|p| p.name.clone())
}

/// What the visitor's car really did on the predicted day: the run is continued, the
/// visitor's car alone (as [`simulate_commuter`] runs it), to the first such weekday after it
/// ends. `Some(Some
/// (minute of day))` when the car passed the predicted camera within the prediction's window,
/// `Some(None)` when it did not, `None` when the continuation could not be simulated.
pub fn prediction_outcome(
    simulation: &Simulation,
    prediction: &PassPrediction,
) -> Option<Option<u32>> {
    let scenario = &simulation.scenario;
    let day = (scenario.days..scenario.days + 7)
        .find(|&d| Weekday::of_minute(d * MINUTES_PER_DAY) == prediction.weekday)?;
    let continued = Scenario {
        days: day + 1,
        population: 0,
        ..scenario.clone()
    };
    let run = crate::sim::simulate_in_detail(&continued).ok()?;
    let expected = day * MINUTES_PER_DAY + prediction.minute_of_day;
    Some(
        run.simulation
            .sightings_of(run.simulation.truth.commuter)
            .find(|s| {
                s.camera == prediction.camera
                    && s.minute.abs_diff(expected) <= PREDICTION_WINDOW_MINUTES
            })
            .map(|s| s.minute % MINUTES_PER_DAY),
    )
}

/// Turns the analyst's profile into findings set beside the truth.
pub fn dossier_of(
    profile: &Profile,
    index: &SightingIndex,
    simulation: &Simulation,
    plan: &CommuterPlan,
) -> Dossier {
    let map = &simulation.map;
    let truth = &simulation.truth;
    let frame = LocalFrame::for_map(map);
    let sightings = |refs: &mut dyn Iterator<Item = SightingRef>| -> Vec<Sighting> {
        let mut v: Vec<Sighting> = refs.map(|r| *index.get(r)).collect();
        v.sort_by_key(|s| s.minute);
        v.dedup();
        v
    };
    let mut findings = Vec::new();

    for (kind, anchor, true_spot) in [
        (FindingKind::Home, &profile.home, truth.home),
        (FindingKind::Work, &profile.work, truth.work),
    ] {
        let Some(anchor) = anchor else {
            continue;
        };
        let near = anchor
            .nearest_place
            .and_then(|id| map.places.get(id as usize))
            .map(|p| p.name.clone());
        let error = frame.distance_meters(anchor.position, true_spot);
        findings.push(Finding {
            kind,
            guess: text::anchor_guess(anchor.radius_meters, near.as_deref(), anchor.stays_used),
            confidence: anchor.confidence,
            evidence: sightings(&mut anchor.evidence.iter().copied()),
            truth: Some(text::anchor_truth(
                place_name(map, true_spot, &frame).as_deref(),
                error,
                error <= anchor.radius_meters,
            )),
            error_meters: Some(error),
            spot: Some((anchor.position, anchor.radius_meters)),
        });
    }

    let driven: Vec<_> = profile
        .routine
        .days
        .iter()
        .filter(|d| d.days_driven > 0)
        .collect();
    if !driven.is_empty() {
        let regularity = driven.iter().map(|d| d.regularity).sum::<f64>() / driven.len() as f64;
        let lines: Vec<String> = driven
            .iter()
            .map(|d| {
                text::routine_day(
                    d.weekday,
                    d.days_driven,
                    d.days_observed,
                    d.first_read_minute_of_day,
                    d.last_read_minute_of_day,
                )
            })
            .collect();
        findings.push(Finding {
            kind: FindingKind::Routine,
            guess: lines.join(" "),
            confidence: regularity,
            evidence: Vec::new(),
            truth: Some(text::routine_truth(
                &plan.workdays,
                plan.shift_start_minute_of_day,
            )),
            error_meters: None,
            spot: None,
        });
    }

    // Sensitive visits come from the analyst's flags ("one of these few places"), grouped
    // by the places named and judged stop by stop; other places from its attributions.
    let mut flags: Vec<(Vec<PlaceId>, Vec<&SensitiveVisit>)> = Vec::new();
    for flag in &profile.sensitive_visits {
        let mut named: Vec<PlaceId> = flag.candidates.iter().map(|c| c.0).collect();
        named.sort_unstable();
        match flags.iter_mut().find(|(places, _)| *places == named) {
            Some((_, group)) => group.push(flag),
            None => flags.push((named, vec![flag])),
        }
    }
    for (named, group) in &flags {
        let names: Vec<&str> = named
            .iter()
            .filter_map(|&p| map.places.get(p as usize))
            .map(|p| p.name.as_str())
            .collect();
        let (Some(&first), false) = (named.first(), names.is_empty()) else {
            continue;
        };
        let right = group
            .iter()
            .filter(|flag| {
                truth.visits.iter().any(|v| {
                    named.contains(&v.place)
                        && v.arrive_minute >= flag.after_minute
                        && v.depart_minute <= flag.before_minute
                })
            })
            .count();
        findings.push(Finding {
            kind: FindingKind::Sensitive,
            guess: text::sensitive_flag_guess(&names, group.len()),
            confidence: group.iter().map(|f| f.probability).sum::<f64>() / group.len() as f64,
            evidence: sightings(&mut group.iter().flat_map(|f| f.evidence)),
            truth: Some(text::sensitive_flag_truth(right, group.len())),
            error_meters: None,
            spot: map
                .places
                .get(first as usize)
                .map(|p| (p.position, crate::analyst::profile::MIN_RADIUS_METERS)),
        });
    }

    for place in profile.places.iter().filter(|p| !p.sensitive) {
        let Some(p) = map.places.get(place.place as usize) else {
            continue;
        };
        let true_visits = truth
            .visits
            .iter()
            .filter(|v| v.place == place.place)
            .count();
        findings.push(Finding {
            kind: FindingKind::Place,
            guess: text::place_guess(
                &place.name,
                text::place_kind_name(place.kind),
                place.visits.len(),
            ),
            confidence: place.confidence,
            evidence: sightings(&mut place.visits.iter().flat_map(|v| v.evidence)),
            truth: Some(text::place_truth(true_visits)),
            error_meters: None,
            spot: Some((p.position, crate::analyst::profile::MIN_RADIUS_METERS)),
        });
    }

    for associate in &profile.associates {
        let vehicle = simulation
            .vehicles
            .iter()
            .position(|v| v.plate == associate.plate)
            .map(|i| i as u32);
        let companion = vehicle.is_some_and(|v| truth.companions.contains(&v));
        findings.push(Finding {
            kind: FindingKind::Associate,
            guess: text::associate_guess(
                associate.plate.as_str(),
                associate.co_sightings,
                associate.distinct_days,
                associate.distinct_cameras,
            ),
            confidence: associate.confidence,
            evidence: sightings(&mut associate.evidence.iter().map(|(mine, _)| *mine)),
            truth: Some(text::associate_truth(companion).to_owned()),
            error_meters: None,
            spot: None,
        });
    }

    if let Some(prediction) = profile.routine.predictions.first() {
        let camera = map
            .cameras
            .get(usize::from(prediction.camera))
            .map_or("?", |c| c.label.as_str());
        findings.push(Finding {
            kind: FindingKind::Prediction,
            guess: text::prediction_guess(
                prediction.weekday,
                prediction.minute_of_day,
                camera,
                prediction.probability,
            ),
            confidence: prediction.probability,
            evidence: sightings(&mut prediction.evidence.iter().copied()),
            truth: prediction_outcome(simulation, prediction)
                .map(|passed_at| text::prediction_truth(prediction.weekday, camera, passed_at)),
            error_meters: None,
            spot: None,
        });
    }

    Dossier {
        findings,
        unavailable: None,
        analysing: false,
        searching_town: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small town, so the whole run takes a fraction of a second natively.
    fn small_scenario() -> Scenario {
        Scenario {
            seed: 3,
            days: 14,
            population: 400,
            ..Scenario::default()
        }
    }

    mod sensitive_flags {
        use super::*;
        use std::collections::BTreeSet;

        #[test]
        fn each_set_of_flagged_places_is_one_finding_judged_stop_by_stop() {
            let mut cards_seen = 0;
            for seed in 1..=4 {
                let scenario = Scenario {
                    seed,
                    days: 30,
                    population: 300,
                    camera_count: 40,
                    ..Scenario::default()
                };
                let outcome = run_commuter(1, &scenario, || 0.0).unwrap();
                let sim = &outcome.simulation;
                let routes = RouteModel::new(&sim.map);
                let plate = sim.vehicles[0].plate;
                let profile = build_profile(&outcome.index, &routes, &sim.map, plate);
                let sets: BTreeSet<Vec<PlaceId>> = profile
                    .sensitive_visits
                    .iter()
                    .map(|flag| {
                        let mut named: Vec<PlaceId> = flag.candidates.iter().map(|c| c.0).collect();
                        named.sort_unstable();
                        named
                    })
                    .collect();
                let cards: Vec<&Finding> = outcome
                    .dossier
                    .findings
                    .iter()
                    .filter(|f| f.kind == FindingKind::Sensitive)
                    .collect();
                assert_eq!(cards.len(), sets.len(), "seed {seed}");
                for card in &cards {
                    assert!(card.guess.starts_with("Probably at"), "{}", card.guess);
                    assert!((0.0..=1.0).contains(&card.confidence));
                    let truth = card.truth.as_deref().expect("judged against the truth");
                    assert!(
                        truth.starts_with("Right") || truth.starts_with("You went to none"),
                        "{truth}"
                    );
                }
                cards_seen += cards.len();
            }
            assert!(cards_seen > 0, "some seed flags a sensitive visit");
        }
    }

    mod split_run {
        use super::*;

        #[test]
        fn the_town_wide_part_equals_the_whole_run() {
            let whole = run(1, &small_scenario(), || 0.0).unwrap();
            let mut steps = Vec::new();
            let town = town_wide(&small_scenario(), |step| steps.push(step)).unwrap();
            assert_eq!(*whole.dossier, town.dossier);
            assert_eq!(*whole.rows, town.rows);
            assert_eq!(town.digest, whole.simulation.digest());
            assert_eq!(town.uniqueness, uniqueness(&whole.index).unwrap());
            assert_eq!(steps.len() as u32, TownWideStep::COUNT);
        }

        #[test]
        fn the_visitors_part_is_the_whole_run_but_the_associates() {
            let whole = run(1, &small_scenario(), || 0.0).unwrap();
            let part = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            assert_eq!(part.trips, whole.trips);
            assert_eq!(part.rows, whole.rows);
            assert!(part.dossier.searching_town);
            let without_associates: Vec<&Finding> = whole
                .dossier
                .findings
                .iter()
                .filter(|f| f.kind != FindingKind::Associate)
                .collect();
            assert_eq!(
                part.dossier.findings.iter().collect::<Vec<_>>(),
                without_associates
            );
        }

        #[test]
        fn the_visitors_findings_complete_the_unanalysed_run() {
            let detailed = simulate_commuter(&small_scenario()).unwrap();
            let bare = unanalysed(1, detailed, 0.0, || 0.0).unwrap();
            assert!(bare.dossier.analysing);
            let findings = visitor_findings(&small_scenario()).unwrap();
            let part = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            assert_eq!(bare.with_visitor(&findings), part);
            assert_eq!(*bare.rows, findings.rows);
        }

        #[test]
        fn completed_with_the_town_it_draws_the_whole_runs_dossier() {
            let part = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            let town = town_wide(&small_scenario(), |_| ()).unwrap();
            let whole = part.with_town(&town);
            assert_eq!(*whole.dossier, town.dossier);
            assert!(!whole.dossier.searching_town);
        }

        #[test]
        fn the_town_wide_part_survives_its_json_round_trip() {
            let town = town_wide(&small_scenario(), |_| ()).unwrap();
            let json = serde_json::to_string(&town).unwrap();
            assert_eq!(serde_json::from_str::<TownWide>(&json).unwrap(), town);
        }
    }

    mod prediction {
        use super::*;

        #[test]
        fn the_continued_run_repeats_the_visitors_car_before_going_on() {
            let run = simulate_commuter(&small_scenario()).unwrap();
            let continued = simulate_commuter(&Scenario {
                days: small_scenario().days + 7,
                ..small_scenario()
            })
            .unwrap();
            let end = small_scenario().days * MINUTES_PER_DAY;
            let of_the_car = |sim: &Simulation, until: u32| -> Vec<Sighting> {
                sim.sightings_of(sim.truth.commuter)
                    .filter(|s| s.minute < until)
                    .copied()
                    .collect()
            };
            let before_end = of_the_car(&continued.simulation, end);
            assert!(!before_end.is_empty());
            assert_eq!(before_end, of_the_car(&run.simulation, u32::MAX));
            assert!(of_the_car(&continued.simulation, u32::MAX).len() > before_end.len());
        }

        #[test]
        fn is_judged_against_what_the_car_did_the_week_after() {
            let whole = run(1, &small_scenario(), || 0.0).unwrap();
            let finding = whole
                .dossier
                .findings
                .iter()
                .find(|f| f.kind == FindingKind::Prediction)
                .expect("a prediction from two weeks of reads");
            let truth = finding.truth.as_deref().expect("a judged prediction");
            assert!(
                truth.starts_with("It came true") || truth.starts_with("Not that time"),
                "{truth}"
            );
        }

        #[test]
        fn a_pass_the_car_really_made_next_week_comes_true() {
            let outcome = run(1, &small_scenario(), || 0.0).unwrap();
            let days = small_scenario().days;
            let continued = simulate_commuter(&Scenario {
                days: days + 7,
                ..small_scenario()
            })
            .unwrap();
            let sim = &continued.simulation;
            let pass = sim
                .sightings_of(sim.truth.commuter)
                .find(|s| s.minute >= days * MINUTES_PER_DAY)
                .expect("the car drives past a camera the week after");
            let prediction = PassPrediction {
                weekday: Weekday::of_minute(pass.minute),
                minute_of_day: pass.minute % MINUTES_PER_DAY,
                camera: pass.camera,
                probability: 1.0,
                evidence: Vec::new(),
            };
            assert_eq!(
                prediction_outcome(&outcome.simulation, &prediction),
                Some(Some(pass.minute % MINUTES_PER_DAY))
            );
            let elsewhere = PassPrediction {
                minute_of_day: (pass.minute + 6 * 60) % MINUTES_PER_DAY,
                ..prediction
            };
            assert_ne!(
                prediction_outcome(&outcome.simulation, &elsewhere),
                Some(Some(pass.minute % MINUTES_PER_DAY))
            );
        }
    }

    mod along {
        use super::*;

        #[test]
        fn halfway_along_two_equal_legs_is_the_corner() {
            let p = along(&[[0.0, 0.0], [0.0, 1.0], [0.0, 2.0]], 0.5).unwrap();
            assert!((p[1] - 1.0).abs() < 1e-9);
        }

        #[test]
        fn an_empty_route_has_no_point() {
            assert_eq!(along(&[], 0.5), None);
        }
    }
}
