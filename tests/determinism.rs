//! Native half of the determinism contract: the fixture scenario reproduces the recorded
//! simulation and analysis digests. The browser half is `tests/web_determinism.rs`.

mod common {
    pub mod determinism;
}

use common::determinism::{digests_here, fixture};

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
}
