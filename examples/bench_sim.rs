//! Timings of the simulation core, as `name=value` lines:
//! `cargo run --release --example bench_sim` (or `--profile bench` for opt-level 3).
//!
//! Town generation; the commuter alone (with companions) for 30 days; 10,000 vehicles for
//! 30 days; peak memory (VmHWM from /proc/self/status, Linux only).

use std::time::Instant;

use plate_trail::sim::{DEFAULT_CAMERA_COUNT, Scenario, generate_town, simulate};

/// Best of `runs` timings of `work`, in milliseconds.
fn best_of_milliseconds<T>(runs: u32, mut work: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = work();
        best = best.min(start.elapsed().as_secs_f64() * 1000.0);
        last = Some(value);
    }
    (best, last.expect("at least one run"))
}

fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let (town_ms, town) = best_of_milliseconds(10, || generate_town(1, DEFAULT_CAMERA_COUNT));
    println!("town_generation_ms={town_ms:.2}");
    println!("town_intersections={}", town.intersections.len());
    println!("town_roads={}", town.roads.len());
    println!("town_places={}", town.places.len());
    println!("town_cameras={}", town.cameras.len());

    let commuter_alone = Scenario {
        population: 0,
        ..Scenario::default()
    };
    let (commuter_ms, run) = best_of_milliseconds(10, || simulate(&commuter_alone));
    println!("commuter_30_days_ms={commuter_ms:.2}");
    if let Ok(run) = run {
        println!("commuter_30_days_sightings={}", run.sightings.len());
    }

    let population = Scenario::default();
    let (population_ms, run) = best_of_milliseconds(3, || simulate(&population));
    println!("vehicles_10000_30_days_ms={population_ms:.1}");
    if let Ok(run) = run {
        println!("vehicles_10000_30_days_sightings={}", run.sightings.len());
        println!("vehicles_10000_30_days_digest={:016x}", run.digest());
    }
    if let Some(kib) = peak_memory_kib() {
        println!("peak_memory_mib={:.1}", kib as f64 / 1024.0);
    }
}
