//! Analyst timings on the default town (seed 1, 30 days, 10,000 vehicles), as `name=value`
//! lines for `make bench`: index build, route model, one plate's full profile (also at 80
//! cameras: `analyst_profile_80_cameras_ms=`), the vendor's tools, and the uniqueness test.
//!
//! ```sh
//! cargo run --profile bench --example bench_analyst
//! ```

use std::time::Instant;

use plate_trail::analyst::profile::build_profile;
use plate_trail::analyst::tools::{AttributeQuery, Lookback, convoy, lookup, search_attributes};
use plate_trail::analyst::uniqueness::{PointIndex, UniquenessSettings, uniqueness_with};
use plate_trail::analyst::{RouteModel, SightingIndex};
use plate_trail::sim::{Colour, Scenario, simulate};

fn timed<T>(name: &str, runs: u32, mut f: impl FnMut() -> T) {
    let started = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(f());
    }
    println!(
        "analyst_{name}_ms={:.2}",
        started.elapsed().as_secs_f64() * 1e3 / runs as f64
    );
}

fn main() {
    let sim = match simulate(&Scenario::default()) {
        Ok(sim) => sim,
        Err(error) => {
            eprintln!("simulation failed: {error}");
            std::process::exit(1);
        }
    };
    println!("analyst_vehicles={}", sim.vehicles.len());
    println!("analyst_sightings={}", sim.sightings.len());
    let index = SightingIndex::from_simulation(&sim);
    let routes = RouteModel::new(&sim.map);
    let plate = sim.commuter().expect("a commuter").plate;
    let now = index.latest_minute().unwrap_or(0);
    timed("index", 3, || SightingIndex::from_simulation(&sim));
    timed("route_model", 3, || RouteModel::new(&sim.map));
    timed("profile", 20, || {
        build_profile(&index, &routes, &sim.map, plate)
    });
    // The same profile in a town of 80 cameras (more reads, more catchments): the issue's
    // budget is 16 ms, one frame.
    if let Ok(dense) = simulate(&Scenario {
        camera_count: 80,
        ..Scenario::default()
    }) {
        let index = SightingIndex::from_simulation(&dense);
        let routes = RouteModel::new(&dense.map);
        let plate = dense.commuter().expect("a commuter").plate;
        timed("profile_80_cameras", 20, || {
            build_profile(&index, &routes, &dense.map, plate)
        });
    }
    timed("lookup_30_days", 100, || {
        lookup(&index, plate, Lookback::ThirtyDays, now)
    });
    timed("convoy", 20, || convoy(&index, plate, 2, 2, 0..u32::MAX));
    let query = AttributeQuery {
        colour: Some(Colour::Silver),
        ..AttributeQuery::default()
    };
    timed("attribute_search", 5, || search_attributes(&index, &query));
    timed("uniqueness", 3, || {
        uniqueness_with(&PointIndex::new(&index), UniquenessSettings::default())
    });
}
