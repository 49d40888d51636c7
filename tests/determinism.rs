//! Native half of the determinism contract: the fixture scenario reproduces the recorded
//! simulation and analysis digests. The browser half is `tests/web_determinism.rs`.

mod common {
    pub mod determinism;
}

use common::determinism::{analysis_digest, digests_here, fixture};

mod determinism {
    use super::*;

    #[test]
    fn native_run_reproduces_the_recorded_digests() {
        let fixture = fixture();
        let (simulation, analysis) = digests_here(&fixture.scenario);
        assert_eq!(
            (simulation.as_str(), analysis.as_str()),
            (
                fixture.simulation_digest.as_str(),
                fixture.analysis_digest.as_str()
            ),
            "the simulation or the analysis changed. If on purpose, record the new digests in \
             tests/fixtures/determinism.json: simulation_digest {simulation}, analysis_digest {analysis}"
        );
    }

    /// A change in any confidence or flag the dossier states changes the digest, not only
    /// the report's positions and counts.
    #[test]
    fn the_digest_sees_every_stated_confidence_and_flag() {
        use plate_trail::analyst::profile::build_profile;
        use plate_trail::analyst::{RouteModel, SightingIndex, analysis_json};
        let fixture = fixture();
        let sim = plate_trail::sim::simulate(&fixture.scenario).expect("a run");
        let report = analysis_json(&sim).to_string();
        let index = SightingIndex::from_simulation(&sim);
        let routes = RouteModel::new(&sim.map);
        let plate = sim.commuter().expect("a commuter").plate;
        let profile = build_profile(&index, &routes, &sim.map, plate);
        let recorded = analysis_digest(&report, &profile);
        let mut changed = profile.clone();
        let home = changed.home.as_mut().expect("a home");
        home.confidence += 0.01;
        assert_ne!(analysis_digest(&report, &changed), recorded);
        for visit in profile.places.iter().flat_map(|p| &p.visits).take(1) {
            let mut changed = profile.clone();
            let place = changed
                .places
                .iter_mut()
                .find(|p| p.visits.contains(visit))
                .expect("its place");
            place.visits[0].probability += 0.01;
            place.sensitive = !place.sensitive;
            assert_ne!(analysis_digest(&report, &changed), recorded);
        }
    }
}
