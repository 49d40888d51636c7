//! The JSON contract of the headless `simulate` example, and the population CSV.
//!
//! Builds plain serialisable structs from a [`Simulation`]; the example only parses its
//! arguments and prints. Later additions (e.g. an `--analyze` section) go in
//! [`SimulationReport::analysis`]. Must not run a simulation itself.

use std::io::{self, Write};

use serde::Serialize;

use super::model::*;
use super::{Simulation, Visit};

/// One object on stdout, with at least the fields the issue lists.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SimulationReport {
    pub seed: u64,
    pub days: u32,
    pub town: String,
    pub cameras: Vec<CameraRow>,
    pub places: Vec<PlaceRow>,
    pub truth: TruthRow,
    /// The commuter's car as the vendor's database holds it (plates as read).
    pub sightings: Vec<SightingRow>,
    pub population: PopulationRow,
    /// What an analyst reconstructs; filled by a later `--analyze` flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub analysis: Option<serde_json::Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CameraRow {
    pub id: CameraId,
    pub label: String,
    /// Lon/lat degrees.
    pub lon: f64,
    pub lat: f64,
    pub heading_degrees: f64,
    pub operator: String,
    pub owner: CameraOwner,
    pub placement: CameraPlacement,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceRow {
    pub id: PlaceId,
    pub kind: PlaceKind,
    pub name: String,
    pub lon: f64,
    pub lat: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TruthRow {
    pub plate: String,
    /// `[lon, lat]` degrees.
    pub home: LonLat,
    pub work: LonLat,
    pub visits: Vec<Visit>,
    /// Plates of the cars that really travel with the commuter.
    pub companions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SightingRow {
    pub camera: CameraId,
    /// Minutes since the start (a Monday, 00:00).
    pub minute: u32,
    pub plate: String,
    pub direction: TravelDirection,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PopulationRow {
    /// Every vehicle in the run, the commuter and companions included.
    pub vehicles: usize,
    /// Every sighting of every vehicle.
    pub sightings: usize,
}

/// The report of a run.
pub fn simulation_report(simulation: &Simulation) -> SimulationReport {
    let map = &simulation.map;
    let truth = &simulation.truth;
    let plate_of = |vehicle: VehicleId| {
        simulation
            .vehicles
            .get(vehicle as usize)
            .map_or_else(String::new, |v| v.plate.to_string())
    };
    SimulationReport {
        seed: simulation.scenario.seed,
        days: simulation.scenario.days,
        town: map.name.clone(),
        cameras: map
            .cameras
            .iter()
            .enumerate()
            .map(|(id, c)| CameraRow {
                id: id as CameraId,
                label: c.label.clone(),
                lon: c.position[0],
                lat: c.position[1],
                heading_degrees: c.heading_degrees,
                operator: c.operator.clone(),
                owner: c.owner,
                placement: c.placement,
            })
            .collect(),
        places: map
            .places
            .iter()
            .enumerate()
            .map(|(id, p)| PlaceRow {
                id: id as PlaceId,
                kind: p.kind,
                name: p.name.clone(),
                lon: p.position[0],
                lat: p.position[1],
            })
            .collect(),
        truth: TruthRow {
            plate: plate_of(truth.commuter),
            home: truth.home,
            work: truth.work,
            visits: truth.visits.clone(),
            companions: truth.companions.iter().map(|&v| plate_of(v)).collect(),
        },
        sightings: simulation
            .sightings_of(truth.commuter)
            .map(|s| SightingRow {
                camera: s.camera,
                minute: s.minute,
                plate: s.plate.to_string(),
                direction: s.direction,
            })
            .collect(),
        population: PopulationRow {
            vehicles: simulation.vehicles.len(),
            sightings: simulation.sightings.len(),
        },
        analysis: None,
    }
}

/// Writes every vehicle's sightings as CSV `plate,camera,minute` (plates as read), with a
/// header line, in the database's order.
pub fn write_population_csv(simulation: &Simulation, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "plate,camera,minute")?;
    for s in &simulation.sightings {
        writeln!(out, "{},{},{}", s.plate, s.camera, s.minute)?;
    }
    Ok(())
}
