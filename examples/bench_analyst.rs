//! Analyst timings on the default town (seed 1, 30 days, 10,000 vehicles), as `name=value`
//! lines for `make bench`: index build, route model, one plate's full profile (also at 80
//! cameras: `analyst_profile_80_cameras_ms=`), the vendor's tools, and the uniqueness test.
//!
//! ```sh
//! cargo run --profile bench --example bench_analyst
//! cargo run --profile bench --example bench_analyst -- --profile-only   # the two profile lines
//! ```

use std::time::Instant;

use plate_trail::analyst::tools::{AttributeQuery, Lookback, convoy, lookup, search_attributes};
use plate_trail::analyst::uniqueness::{PointIndex, UniquenessSettings, uniqueness_with};
use plate_trail::analyst::{RouteModel, SightingIndex};
use plate_trail::scenario::analyst_speed::{profile_speed, with_cameras};
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

/// Milliseconds since the first call.
fn clock() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1e3
}

fn main() {
    // One profile, on the default town and in a town of 80 cameras (more reads, more
    // catchments; the budget is 16 ms, one frame), timed as the browser's worker times it.
    for (name, cameras) in [
        ("profile", Scenario::default().camera_count),
        ("profile_80_cameras", 80),
    ] {
        match profile_speed(&with_cameras(cameras), 20, clock) {
            Ok(speed) => println!("analyst_{name}_ms={:.2}", speed.millis),
            Err(error) => eprintln!("{name}: {error}"),
        }
    }
    if std::env::args().any(|arg| arg == "--profile-only") {
        return;
    }
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
    let plate = sim.commuter().expect("a commuter").plate;
    let now = index.latest_minute().unwrap_or(0);
    timed("index", 3, || SightingIndex::from_simulation(&sim));
    timed("route_model", 3, || RouteModel::new(&sim.map));
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
