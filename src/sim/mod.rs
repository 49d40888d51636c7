//! The simulation core: a town, its camera network, weeks of driving, and the capture
//! database a camera vendor would hold.
//!
//! Pure Rust: no UI crates, no clocks, no OS randomness. Deterministic from
//! [`Scenario::seed`]: the same scenario gives identical output natively and in wasm.
//!
//! Entry point: [`simulate`]. Data types: [`model`].

pub mod model;

use serde::{Deserialize, Serialize};

pub use model::*;

/// Everything the visitor (or a share link) chooses; serialisable so it can be saved,
/// shared and replayed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Seed of every random choice.
    pub seed: u64,
    /// Simulated days, starting on a Monday.
    pub days: u32,
    /// Vehicles in the background population, besides the commuter and companions.
    pub population: u32,
    /// Cameras in the network.
    pub camera_count: u32,
    /// The commuter's life; `None` takes the default persona for the seed.
    pub commuter: Option<CommuterPlan>,
}

/// The commuter's life as the visitor sets it. (Filled in by the simulation core issue.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommuterPlan {
    pub home: LonLat,
    pub work: LonLat,
    pub workdays: Vec<Weekday>,
}

/// A stay at a place: the ground truth the analyst's guesses are judged against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub place: PlaceId,
    pub kind: PlaceKind,
    pub arrive_minute: u32,
    pub depart_minute: u32,
}

/// What really happened, which only the simulation knows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Truth {
    /// The commuter's vehicle (always 0).
    pub commuter: VehicleId,
    pub home: LonLat,
    pub work: LonLat,
    /// The commuter's stays, in time order.
    pub visits: Vec<Visit>,
    /// Vehicles that really travel with the commuter (carpool, partner).
    pub companions: Vec<VehicleId>,
    /// Every vehicle's home and (if it has one) workplace, indexed by [`VehicleId`].
    pub households: Vec<Household>,
}

/// Where one vehicle lives and works.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Household {
    pub home: LonLat,
    pub work: Option<LonLat>,
}

/// The result of a run: the map, the vehicles, the vendor's database and the truth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Simulation {
    pub scenario: Scenario,
    pub map: TownMap,
    /// Indexed by [`VehicleId`]; vehicle 0 is the commuter.
    pub vehicles: Vec<Vehicle>,
    /// Every read by every camera, sorted by minute, then camera.
    pub sightings: Vec<Sighting>,
    pub truth: Truth,
}
