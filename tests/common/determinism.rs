//! The determinism fixture shared by the native test (`tests/determinism.rs`) and the browser
//! test (`tests/web_determinism.rs`): one scenario, and the digests of its simulation and of
//! the analyst's report, recorded in `tests/fixtures/determinism.json`. Both platforms must
//! reproduce the same recorded digests, so they agree with each other bit for bit.

use plate_trail::analyst::profile::{Profile, build_profile};
use plate_trail::analyst::{RouteModel, SightingIndex, analysis_json};
use plate_trail::sim::digest::Fnv1a;
use plate_trail::sim::{Scenario, simulate};
use serde::Deserialize;

/// The recorded scenario and digests.
#[derive(Debug, Deserialize)]
pub struct Fixture {
    pub scenario: Scenario,
    /// `Simulation::digest`, as a hex string (JSON numbers cannot hold every u64).
    pub simulation_digest: String,
    /// FNV-1a of the analyst's JSON report and of the whole profile the dossier is made from
    /// (every flag, probability and confidence it states), as a hex string.
    pub analysis_digest: String,
}

/// The fixture compiled into the test binary (the browser cannot read files).
pub fn fixture() -> Fixture {
    serde_json::from_str(include_str!("../fixtures/determinism.json"))
        .expect("tests/fixtures/determinism.json is valid")
}

/// The digests this platform computes for the fixture's scenario, as hex strings.
pub fn digests_here(scenario: &Scenario) -> (String, String) {
    let simulation = simulate(scenario).expect("the fixture scenario is valid");
    let report = analysis_json(&simulation).to_string();
    let index = SightingIndex::from_simulation(&simulation);
    let routes = RouteModel::new(&simulation.map);
    let plate = simulation.commuter().expect("a commuter").plate;
    let profile = build_profile(&index, &routes, &simulation.map, plate);
    (
        format!("{:016x}", simulation.digest()),
        analysis_digest(&report, &profile),
    )
}

/// FNV-1a of the JSON report and of the profile's every stated finding, as a hex string.
pub fn analysis_digest(report: &str, profile: &Profile) -> String {
    let mut hasher = Fnv1a::default();
    hasher.bytes(report.as_bytes());
    let stated = serde_json::to_string(profile).expect("a profile serialises");
    hasher.bytes(stated.as_bytes());
    format!("{:016x}", hasher.finish())
}
