//! The analyst on a real (small) simulation of the default town: the JSON contract,
//! determinism, and the New Hampshire purge leaving nothing to infer.

use plate_trail::analyst::policy::{Policy, Retention, compare};
use plate_trail::analyst::{RouteModel, SightingIndex, analysis_json, build_profile};
use plate_trail::sim::{Scenario, Simulation, simulate};

fn small_town(seed: u64) -> Simulation {
    simulate(&Scenario {
        seed,
        days: 14,
        population: 800,
        ..Scenario::default()
    })
    .expect("the default town simulates")
}

mod analysis_report {
    use super::*;

    #[test]
    fn has_the_documented_shape() {
        let value = analysis_json(&small_town(1));
        let profile = &value["profile"];
        for key in [
            "home",
            "home_radius_m",
            "work",
            "work_radius_m",
            "places",
            "associates",
        ] {
            assert!(profile.get(key).is_some(), "missing {key}");
        }
        assert_eq!(value["uniqueness"].as_array().map(Vec::len), Some(8));
    }
}

mod home_inference {
    use super::*;

    #[test]
    fn finds_a_home_with_evidence_for_the_commuter() {
        let sim = small_town(3);
        let index = SightingIndex::from_simulation(&sim);
        let routes = RouteModel::new(&sim.map);
        let plate = sim.commuter().expect("a commuter").plate;
        let home = build_profile(&index, &routes, &sim.map, plate)
            .home
            .expect("a home");
        assert!(!home.evidence.is_empty());
        assert!((0.0..=1.0).contains(&home.confidence));
    }
}

mod policy_levers {
    use super::*;

    #[test]
    fn three_minutes_unless_hit_leaves_no_home_and_no_work() {
        let sim = small_town(4);
        let routes = RouteModel::new(&sim.map);
        let plate = sim.commuter().expect("a commuter").plate;
        let now = sim.sightings.last().map_or(0, |s| s.minute);
        let policy = Policy {
            retention: Retention::ThreeMinutesUnlessHit,
            hit_only: true,
            ..Policy::common_setup()
        };
        let outcome = compare(&sim, &routes, plate, &policy, now);
        assert!(outcome.after.home.is_none() && outcome.after.work.is_none());
    }
}
