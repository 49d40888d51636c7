//! What really happened, which only the simulation knows: the commuter's stays and drives,
//! their companions, and every vehicle's household. The analyst's guesses are judged
//! against it in tests and in `examples/evaluate.rs`.
//!
//! Plain, serialisable data; this module must not compute anything, and nothing under
//! [`crate::analyst`] may read it to infer.

use serde::{Deserialize, Serialize};

use super::model::{IntersectionId, LonLat, PlaceId, PlaceKind, VehicleId};

/// A stay at a place: the ground truth the analyst's guesses are judged against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub place: PlaceId,
    pub kind: PlaceKind,
    pub arrive_minute: u32,
    pub depart_minute: u32,
}

/// One drive of the commuter: from one place to the next along a route.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trip {
    pub from: PlaceId,
    pub to: PlaceId,
    pub depart_minute: u32,
    pub arrive_minute: u32,
    /// The intersections passed, in order (for drawing the route).
    pub path: Vec<IntersectionId>,
}

/// What really happened, which only the simulation knows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Truth {
    /// The commuter's vehicle (always 0).
    pub commuter: VehicleId,
    pub home: LonLat,
    pub work: LonLat,
    /// The commuter's stays, in time order (home included), covering the whole run.
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
