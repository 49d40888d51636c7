//! The analyst: what someone with access to the camera database can reconstruct.
//!
//! Pure Rust over [`crate::sim`]'s sightings: no UI crates, no clocks, no OS randomness.
//! Every inference carries its evidence (indices into [`SightingIndex::sightings`]) and a
//! confidence, and is judged against the simulation's truth in tests and in
//! `examples/evaluate.rs`. The analyst never reads [`crate::sim::Sighting::vehicle`] to
//! infer anything: it knows plates as read and each read's vehicle fingerprint, nothing else.
//!
//! - [`index`]: the database, indexed by plate and by camera so the tools stay fast.
//! - [`routes`]: the analyst's model of how cars move between cameras on the road map.
//! - [`profile`]: one plate's life: home, work, routine, places, trips, associates.
//! - [`tools`] and [`query`]: the vendor's search tools and the free-text search box.
//! - [`sharing`]: who can query the data, and a simulated audit log of their searches.
//! - [`policy`]: retention, hit-only storage, sharing limits, fewer cameras; what survives.
//! - [`uniqueness()`]: how few sightings single a car out (de Montjoye et al. 2013).
//! - [`report`]: the JSON summary `simulate --analyze` prints.

pub mod index;
pub mod policy;
pub mod profile;
pub mod query;
pub mod report;
pub mod routes;
pub mod sharing;
pub mod stays;
pub mod tools;
pub mod uniqueness;

#[cfg(test)]
pub(crate) mod fixtures;

/// The map's flat frame in meters: one implementation, shared with the simulation.
pub use crate::sim::geometry::LocalFrame;
pub use index::{SightingIndex, SightingRef};

pub use policy::{Policy, PolicyOutcome, PolicyPreset, PresetSource, Retention};
pub use profile::{AnalystOptions, Profile, build_profile, build_profile_paced};
pub use report::analysis_json;
pub use routes::RouteModel;
pub use sharing::{Agency, AgencyKind, SharingSetting};
pub use uniqueness::{UniquenessReport, uniqueness};
