//! The one place the simulator view calls the core: it runs the simulation for a scenario,
//! picks out the visitor's plate's rows, and turns the analyst's profile into a
//! [`Dossier`] the view can draw. Pure and synchronous: the simulator decides when to call
//! it (deferred, from an effect), never the reducer.

use std::rc::Rc;

use super::dossier::Dossier;
use super::uniqueness::UniquenessPoint;
use crate::sim::{Fingerprint, LonLat, MINUTES_PER_DAY, Scenario, Sighting, Simulation, TownMap};

/// A finished run, ready to draw.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    /// The scenario generation it was computed for.
    pub generation: u64,
    pub simulation: Rc<Simulation>,
    pub town: Rc<TownMap>,
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
    /// Builds the drawable outcome of a simulation and its dossier.
    pub fn new(generation: u64, simulation: Simulation, dossier: Dossier, millis: f64) -> Outcome {
        let commuter = simulation.truth.commuter;
        let vehicle = simulation.vehicles.get(commuter as usize);
        let fingerprint =
            Rc::new(
                vehicle
                    .map(|v| v.fingerprint.clone())
                    .unwrap_or_else(|| Fingerprint {
                        make: String::new(),
                        model: String::new(),
                        colour: crate::sim::Colour::Grey,
                        body: crate::sim::BodyType::Sedan,
                        features: Vec::new(),
                    }),
            );
        // What a plate lookup returns: the rows with the car's plate as read.
        let rows = match vehicle {
            Some(v) => simulation
                .sightings
                .iter()
                .filter(|s| s.plate == v.plate)
                .copied()
                .collect(),
            None => Vec::new(),
        };
        Outcome {
            generation,
            end_minute: simulation.scenario.days * MINUTES_PER_DAY,
            town: Rc::new(simulation.map.clone()),
            simulation: Rc::new(simulation),
            fingerprint,
            rows: Rc::new(rows),
            dossier: Rc::new(dossier),
            millis,
        }
    }

    /// How many rows were captured by `minute`.
    pub fn rows_by(&self, minute: u32) -> usize {
        self.rows.partition_point(|s| s.minute <= minute)
    }

    /// Where the car is at `minute`, lon/lat degrees: at a place during a stay, on a
    /// straight line between two places while driving (the picture is approximate; the
    /// simulation drives on roads).
    pub fn car_position(&self, minute: u32) -> Option<LonLat> {
        let truth = &self.simulation.truth;
        let place = |id: u32| self.town.places.get(id as usize).map(|p| p.position);
        let visits = &truth.visits;
        let next = visits.partition_point(|v| v.arrive_minute <= minute);
        if next == 0 {
            return visits
                .first()
                .and_then(|v| place(v.place))
                .or(Some(truth.home));
        }
        let current = &visits[next - 1];
        if minute <= current.depart_minute || next == visits.len() {
            return place(current.place);
        }
        let following = &visits[next];
        let (a, b) = (place(current.place)?, place(following.place)?);
        let span = following
            .arrive_minute
            .saturating_sub(current.depart_minute)
            .max(1);
        let t = f64::from(minute - current.depart_minute) / f64::from(span);
        Some([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t])
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

/// Runs the scenario and the analyst. An error is a message for the visitor.
pub fn run(
    generation: u64,
    scenario: &Scenario,
    now_millis: impl Fn() -> f64,
) -> Result<Outcome, String> {
    let started = now_millis();
    let simulation = simulate(scenario)?;
    let dossier = analyse(&simulation);
    Ok(Outcome::new(
        generation,
        simulation,
        dossier,
        now_millis() - started,
    ))
}

/// The population-wide uniqueness curve. Slow: call it deferred.
pub fn uniqueness(_simulation: &Simulation) -> Result<Vec<UniquenessPoint>, String> {
    Err(crate::text::ANALYST_NOT_READY.to_owned())
}

fn simulate(_scenario: &Scenario) -> Result<Simulation, String> {
    Err(crate::text::SIM_NOT_READY.to_owned())
}

fn analyse(_simulation: &Simulation) -> Dossier {
    Dossier {
        findings: Vec::new(),
        unavailable: Some(crate::text::ANALYST_NOT_READY.to_owned()),
    }
}
