//! The town month natively, as the town-wide worker does it in the browser: one
//! `Request::TownWide` on the default scenario (10,000 cars, 30 days: the simulation, the
//! database's index, the visitor's profile with the associates search, the uniqueness
//! curve), answered by a fresh [`TownDesk`]. Prints `town_month_native_ms=` (best of 3) and
//! the run's digest, so `scripts/bench_worker.mjs` can set the browser's figure beside it.
//!
//! `cargo run --profile bench --example bench_town_month` (opt-level 3), or
//! `--release` for the size-first profile the browser gets.

use std::time::Instant;

use plate_trail::scenario::worker_protocol::{Reply, Request, TownDesk};
use plate_trail::sim::Scenario;

fn main() {
    let request = Request::TownWide {
        scenario: Scenario::default(),
    };
    // The browser's half sends exactly this request.
    println!(
        "town_month_request={}",
        serde_json::to_string(&request).expect("a request serialises")
    );
    let mut best = f64::INFINITY;
    let mut digest = 0;
    for _ in 0..3 {
        let started = Instant::now();
        let reply = TownDesk::default().answer(request.clone(), |_| ());
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
        match reply {
            Reply::TownWide(Ok(town)) => digest = town.digest,
            other => panic!("the town month failed: {other:?}"),
        }
    }
    println!("town_month_native_ms={best:.0}");
    println!("town_month_digest={digest:016x}");
}
