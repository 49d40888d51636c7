//! The one place the simulator view calls the core: it runs the simulation for a scenario,
//! picks out the visitor's plate's rows, and turns the analyst's profile into a
//! [`Dossier`] the view can draw. Pure and synchronous: the simulator decides when to call
//! it (deferred, from an effect), never the reducer.

use std::rc::Rc;

use super::dossier::{Dossier, Finding, FindingKind};
use super::uniqueness::UniquenessPoint;
use crate::analyst::{LocalFrame, Profile, RouteModel, SightingIndex, SightingRef, build_profile};
use crate::sim::{
    CommuterPlan, DetailedRun, Fingerprint, LonLat, MINUTES_PER_DAY, Scenario, Sighting,
    Simulation, TownMap, Trip,
};
use crate::text;

/// A finished run, ready to draw.
#[derive(Debug, PartialEq)]
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

/// Runs the scenario and the analyst. An error is a message for the visitor.
pub fn run(
    generation: u64,
    scenario: &Scenario,
    now_millis: impl Fn() -> f64,
) -> Result<Outcome, String> {
    let started = now_millis();
    let DetailedRun {
        simulation,
        trips,
        plan,
    } = crate::sim::simulate_in_detail(scenario).map_err(|e| e.to_string())?;
    let index = SightingIndex::from_simulation(&simulation);
    let commuter = simulation.vehicles.get(simulation.truth.commuter as usize);
    let (rows, fingerprint, profile) = match commuter {
        Some(car) => {
            let routes = RouteModel::new(&simulation.map);
            let profile = build_profile(&index, &routes, &simulation.map, car.plate);
            let rows = index
                .of_plate(car.plate)
                .iter()
                .map(|&r| *index.get(r))
                .collect::<Vec<_>>();
            (rows, car.fingerprint.clone(), Some(profile))
        }
        None => return Err(text::NO_COMMUTER.to_owned()),
    };
    let dossier = profile.map_or_else(Dossier::default, |p| {
        dossier_of(&p, &index, &simulation, &plan)
    });
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
        dossier: Rc::new(dossier),
        millis: now_millis() - started,
    })
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

    for place in &profile.places {
        let Some(p) = map.places.get(place.place as usize) else {
            continue;
        };
        let true_visits = truth
            .visits
            .iter()
            .filter(|v| v.place == place.place)
            .count();
        findings.push(Finding {
            kind: if place.sensitive {
                FindingKind::Sensitive
            } else {
                FindingKind::Place
            },
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
            truth: None,
            error_meters: None,
            spot: None,
        });
    }

    Dossier {
        findings,
        unavailable: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
