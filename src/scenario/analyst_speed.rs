//! How long the analyst takes over one car's reads, measured the same way natively
//! (`examples/bench_analyst.rs`) and in the browser's worker module
//! (`analyst_profile_millis`, called by `tests/e2e/analyst_speed.test.mjs`), so the two
//! figures and their ratio compare like with like. The budget is one frame, 16 ms, at 80
//! cameras.

use crate::analyst::profile::build_profile;
use crate::analyst::{RouteModel, SightingIndex};
use crate::sim::{Scenario, simulate};

/// One profile's time over the default town with `cameras` cameras.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProfileSpeed {
    /// Milliseconds per profile, the mean of the timed runs.
    pub millis: f64,
    /// The reads the profile worked over: the same in every engine, so a figure is never of
    /// less work.
    pub reads: usize,
}

/// The default town with `cameras` cameras: what both engines time.
pub fn with_cameras(cameras: u32) -> Scenario {
    Scenario {
        camera_count: cameras,
        ..Scenario::default()
    }
}

/// Simulates `scenario` (not timed), then times `runs` profiles of the visitor's car by
/// `clock` (milliseconds).
pub fn profile_speed(
    scenario: &Scenario,
    runs: u32,
    clock: impl Fn() -> f64,
) -> Result<ProfileSpeed, String> {
    let simulation = simulate(scenario).map_err(|error| error.to_string())?;
    let index = SightingIndex::from_simulation(&simulation);
    let routes = RouteModel::new(&simulation.map);
    let plate = simulation
        .commuter()
        .ok_or("the scenario has no visitor's car")?
        .plate;
    let runs = runs.max(1);
    let mut reads = 0;
    let started = clock();
    for _ in 0..runs {
        reads = std::hint::black_box(build_profile(&index, &routes, &simulation.map, plate))
            .sightings
            .len();
    }
    Ok(ProfileSpeed {
        millis: (clock() - started) / f64::from(runs),
        reads,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn divides_the_clock_by_the_runs_over_the_visitors_reads() {
        // A clock that moves 10 ms each time it is read: 2 reads over 4 runs.
        let now = Cell::new(0.0);
        let clock = || {
            now.set(now.get() + 10.0);
            now.get()
        };
        let speed = profile_speed(&crate::scenario::run::small_scenario(), 4, clock).unwrap();
        assert_eq!(speed.millis, 2.5);
        assert!(
            speed.reads > 10,
            "two weeks of the visitor's reads: {speed:?}"
        );
    }
}
