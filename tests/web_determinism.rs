//! Browser half of the determinism contract: in wasm, the fixture scenario reproduces the
//! same digests the native test checks, so both platforms agree bit for bit.
//! Run with `cargo test --target wasm32-unknown-unknown --test web_determinism`.
#![cfg(target_arch = "wasm32")]

mod common {
    pub mod determinism;
}

use common::determinism::{digests_here, fixture};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod determinism {
    use super::*;

    #[wasm_bindgen_test]
    fn browser_run_reproduces_the_native_digests() {
        let fixture = fixture();
        let (simulation, analysis) = digests_here(&fixture.scenario);
        assert_eq!(
            simulation, fixture.simulation_digest,
            "simulation digest in wasm"
        );
        assert_eq!(analysis, fixture.analysis_digest, "analysis digest in wasm");
    }
}
