//! Judges the analyst against the simulation's truth over many seeds of the default town,
//! and times it. Prints `name=value` lines.
//!
//! ```sh
//! cargo run --profile bench --example evaluate -- [--seeds 20] [--population 10000] [--days 30] [--cameras 20]
//! ```
//!
//! Per seed: is the inferred home (work) within 500 m of the true one; which flagged
//! sensitive visits really happened (precision: one of the stop's named candidate places
//! was visited inside its gap) and which true sensitive visits were found (recall: a flagged
//! stop's gap holds the visit and names its place); is a true companion among the associates. Calibration per inference: the
//! share of seeds whose truth falls inside the stated radius against the mean stated
//! confidence (a well calibrated analyst has the two close); for the sensitive flags, the
//! mean stated probability against the share of flags that were right, overall and by
//! bands of stated probability. Then the timing of one plate's
//! full profile and of the uniqueness test over the whole database.
//!
//! And the ceiling: how often even an analyst who knew every place the car went, and whose
//! cameras never missed, could place home (work) within 500 m from which cameras the drives
//! pass (see `resolvable`). Where the ceiling is low, the cameras are too sparse for any
//! method; where the analyst falls short of it, the method is.

use std::time::Instant;

use plate_trail::analyst::profile::{
    MAX_SENSITIVE_CANDIDATES, MIN_SENSITIVE_VISIT_PROBABILITY, build_profile,
};
use plate_trail::analyst::uniqueness::{PointIndex, UniquenessSettings, uniqueness_with};
use plate_trail::analyst::{LocalFrame, RouteModel, SightingIndex};
use plate_trail::sim::{DetailedRun, PlaceId, PlaceKind, Scenario, simulate, simulate_in_detail};

fn arg(name: &str, default: u32) -> u32 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let seeds = arg("--seeds", 20);
    let first_seed = arg("--first-seed", 1);
    let population = arg("--population", 10_000);
    let days = arg("--days", 30);
    let cameras = arg("--cameras", Scenario::default().camera_count);
    let (mut home_ok, mut work_ok, mut associate_ok, mut false_associates) = (0, 0, 0, 0);
    let (mut home_ceiling, mut work_ceiling) = (0, 0);
    // Per stop attributed to a place: (the car was there, stated probability).
    let mut place_calibration: Vec<(bool, f64)> = Vec::new();
    // Per named associate: (a true companion, stated confidence).
    let mut associate_calibration: Vec<(bool, f64)> = Vec::new();
    let (mut flagged, mut flagged_true, mut truth_sensitive, mut truth_found) = (0, 0, 0, 0);
    // Per flag: (one of its places was really visited, stated probability).
    let mut flag_calibration: Vec<(bool, f64)> = Vec::new();
    let (mut home_errors, mut work_errors) = (Vec::new(), Vec::new());
    let mut profile_ms = Vec::new();
    let mut reads = Vec::new();
    // Per inference: (truth inside the stated radius, stated confidence), one per seed that
    // states one.
    let (mut home_calibration, mut work_calibration) = (Vec::new(), Vec::new());
    for seed in first_seed as u64..(first_seed + seeds) as u64 {
        let scenario = Scenario {
            seed,
            days,
            population,
            camera_count: cameras,
            ..Scenario::default()
        };
        let run = match simulate_in_detail(&scenario) {
            Ok(run) => run,
            Err(error) => {
                eprintln!("seed {seed}: simulation failed: {error}");
                continue;
            }
        };
        let sim = &run.simulation;
        let index = SightingIndex::from_simulation(sim);
        let routes = RouteModel::new(&sim.map);
        let frame = LocalFrame::for_map(&sim.map);
        let commuter = sim.commuter().expect("a commuter");
        let started = Instant::now();
        let profile = build_profile(&index, &routes, &sim.map, commuter.plate);
        profile_ms.push(started.elapsed().as_secs_f64() * 1e3);
        let home_place = place_at(&run, sim.truth.home, |k| k == PlaceKind::Home);
        let work_place = place_at(&run, sim.truth.work, PlaceKind::is_workplace);
        // The analyst's candidates: any corner for home, a mapped workplace's door for work.
        let corners: Vec<u32> = (0..routes.intersection_count() as u32).collect();
        let workplaces: Vec<u32> = (0..sim.map.places.len() as PlaceId)
            .filter(|&p| sim.map.places[p as usize].kind.is_workplace())
            .map(|p| routes.place_node(p))
            .collect();
        home_ceiling +=
            home_place.is_some_and(|p| resolvable(&run, &routes, &frame, p, &corners)) as u32;
        work_ceiling +=
            work_place.is_some_and(|p| resolvable(&run, &routes, &frame, p, &workplaces)) as u32;

        let home_error = profile
            .home
            .as_ref()
            .map(|a| frame.distance_meters(a.position, sim.truth.home));
        let work_error = profile
            .work
            .as_ref()
            .map(|a| frame.distance_meters(a.position, sim.truth.work));
        reads.push(profile.sightings.len() as f64);
        if let (Some(a), Some(e)) = (&profile.home, home_error) {
            home_calibration.push((e <= a.radius_meters, a.confidence));
        }
        if let (Some(a), Some(e)) = (&profile.work, work_error) {
            work_calibration.push((e <= a.radius_meters, a.confidence));
        }
        home_ok += home_error.is_some_and(|e| e <= 500.0) as u32;
        work_ok += work_error.is_some_and(|e| e <= 500.0) as u32;
        home_errors.push(home_error.unwrap_or(f64::INFINITY));
        work_errors.push(work_error.unwrap_or(f64::INFINITY));

        // Every stop attributed to one place (the dossier's "places you go"): right when the
        // car really was there inside the gap.
        for place in &profile.places {
            for visit in &place.visits {
                let right = sim.truth.visits.iter().any(|v| {
                    v.place == place.place
                        && v.arrive_minute >= visit.after_minute
                        && v.depart_minute <= visit.before_minute
                });
                place_calibration.push((right, visit.probability));
            }
        }
        let truth_visits: Vec<_> = sim
            .truth
            .visits
            .iter()
            .filter(|v| v.kind.is_sensitive())
            .collect();
        // A flagged stop is a true positive when one of its named candidate places was
        // really visited inside its gap; a true visit is found when a flagged stop's gap
        // holds it and names its place.
        let mut found = vec![false; truth_visits.len()];
        for visit in &profile.sensitive_visits {
            flagged += 1;
            let mut hit = false;
            for (i, v) in truth_visits.iter().enumerate() {
                if visit.candidates.iter().any(|c| c.0 == v.place)
                    && v.arrive_minute >= visit.after_minute
                    && v.depart_minute <= visit.before_minute
                {
                    hit = true;
                    found[i] = true;
                }
            }
            flagged_true += hit as u32;
            flag_calibration.push((hit, visit.probability));
        }
        truth_sensitive += truth_visits.len() as u32;
        truth_found += found.iter().filter(|&&f| f).count() as u32;

        let companions: Vec<_> = sim
            .truth
            .companions
            .iter()
            .map(|&c| sim.vehicles[c as usize].plate)
            .collect();
        let found_companion = profile
            .associates
            .iter()
            .any(|a| companions.contains(&a.plate));
        associate_ok += found_companion as u32;
        false_associates += profile
            .associates
            .iter()
            .filter(|a| !companions.contains(&a.plate))
            .count() as u32;
        associate_calibration.extend(
            profile
                .associates
                .iter()
                .map(|a| (companions.contains(&a.plate), a.confidence)),
        );
        println!(
            "seed={seed} sightings={} commuter_reads={} home_error_m={} home_radius_m={:.0} home_confidence={:.2} work_error_m={} work_radius_m={:.0} work_confidence={:.2} sensitive_flagged={} sensitive_true={} associates={} companion_found={found_companion}",
            sim.sightings.len(),
            profile.sightings.len(),
            home_error.map_or("none".into(), |e| format!("{e:.0}")),
            profile.home.as_ref().map_or(0.0, |a| a.radius_meters),
            profile.home.as_ref().map_or(0.0, |a| a.confidence),
            work_error.map_or("none".into(), |e| format!("{e:.0}")),
            profile.work.as_ref().map_or(0.0, |a| a.radius_meters),
            profile.work.as_ref().map_or(0.0, |a| a.confidence),
            profile.sensitive_visits.len(),
            truth_visits.len(),
            profile.associates.len(),
        );
    }
    let n = home_errors.len().max(1) as f64;
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    println!("seeds={}", home_errors.len());
    println!("home_within_500m_share={:.2}", home_ok as f64 / n);
    println!("work_within_500m_share={:.2}", work_ok as f64 / n);
    println!(
        "ceiling_definition: a seed counts when most of the candidates (corners for home, mapped workplaces for work) that an analyst who knew every place the car went, and whose cameras never missed, could not tell from the truth lie within 500 m of it"
    );
    println!(
        "home_ceiling_within_500m_share={:.2}",
        home_ceiling as f64 / n
    );
    println!(
        "work_ceiling_within_500m_share={:.2}",
        work_ceiling as f64 / n
    );
    println!("home_error_median_m={:.0}", median(&mut home_errors));
    println!("commuter_reads_median={:.0}", median(&mut reads));
    println!("work_error_median_m={:.0}", median(&mut work_errors));
    println!(
        "sensitive_visit_definition: a flagged stop names up to {MAX_SENSITIVE_CANDIDATES} sensitive places holding probability >= {MIN_SENSITIVE_VISIT_PROBABILITY}; it is true when one of them was really visited inside its gap"
    );
    println!(
        "sensitive_visit_precision={:.2} ({flagged_true}/{flagged})",
        flagged_true as f64 / flagged.max(1) as f64
    );
    println!(
        "sensitive_visit_recall={:.2} ({truth_found}/{truth_sensitive})",
        truth_found as f64 / truth_sensitive.max(1) as f64
    );
    // A flag states the probability that the stop was at one of its places: over all flags,
    // its mean should be close to the share of flags that were right.
    let stated = flag_calibration.len().max(1) as f64;
    println!(
        "sensitive_calibration: mean_stated_probability={:.2} precision={:.2} ({flagged_true}/{flagged})",
        flag_calibration.iter().map(|c| c.1).sum::<f64>() / stated,
        flagged_true as f64 / stated,
    );
    // The same by stated probability, in bands of 0.1.
    let bands: Vec<String> = (0..10)
        .filter_map(|band| {
            let members: Vec<&(bool, f64)> = flag_calibration
                .iter()
                .filter(|c| ((c.1 * 10.0) as usize).min(9) == band)
                .collect();
            (!members.is_empty()).then(|| {
                let right = members.iter().filter(|c| c.0).count();
                format!(
                    "{:.1}-{:.1}:{right}/{}",
                    band as f64 / 10.0,
                    (band + 1) as f64 / 10.0,
                    members.len()
                )
            })
        })
        .collect();
    println!(
        "sensitive_calibration_by_stated_probability: {}",
        bands.join(" ")
    );
    println!("companion_found_share={:.2}", associate_ok as f64 / n);
    println!("false_associates_total={false_associates}");
    print_calibration(
        "place_visit_calibration",
        "right_share",
        "mean_probability",
        &place_calibration,
    );
    print_calibration(
        "associate_calibration",
        "true_share",
        "mean_confidence",
        &associate_calibration,
    );
    for (name, calibration) in [("home", &home_calibration), ("work", &work_calibration)] {
        print_calibration(
            &format!("{name}_calibration"),
            "truth_inside_radius",
            "mean_confidence",
            calibration,
        );
    }
    println!("profile_ms_median={:.2}", median(&mut profile_ms));
    timing(population.max(10_000), days);
}

/// One calibration line: the share of `(right, stated)` claims that were right beside the
/// mean stated confidence, e.g. `home_calibration: truth_inside_radius=0.90 (18/20)
/// mean_confidence=0.60`.
fn print_calibration(name: &str, right_word: &str, stated_word: &str, claims: &[(bool, f64)]) {
    let count = claims.len().max(1) as f64;
    let right = claims.iter().filter(|c| c.0).count();
    println!(
        "{name}: {right_word}={:.2} ({right}/{}) {stated_word}={:.2}",
        right as f64 / count,
        claims.len(),
        claims.iter().map(|c| c.1).sum::<f64>() / count,
    );
}

/// The commuter's mapped place at `position` whose kind `fits`.
fn place_at(
    run: &DetailedRun,
    position: [f64; 2],
    fits: impl Fn(PlaceKind) -> bool,
) -> Option<PlaceId> {
    run.simulation
        .map
        .places
        .iter()
        .position(|p| p.position == position && fits(p.kind))
        .map(|i| i as PlaceId)
}

/// The information ceiling for one anchor place: the `candidates` (nodes) whose drives to and
/// from every other place the commuter really drove between and this one pass exactly the
/// same cameras in the same order. An analyst who knew those places and whose cameras
/// never missed could not tell these apart; the anchor is resolvable to 500 m when
/// most of them lie within 500 m of it. Timing is ignored, so this is a generous ceiling.
fn resolvable(
    run: &DetailedRun,
    routes: &RouteModel,
    frame: &LocalFrame,
    anchor: PlaceId,
    candidates: &[u32],
) -> bool {
    let cameras = |from: u32, to: u32| -> Vec<u16> {
        routes
            .path(from, to)
            .map(|(_, steps)| steps.into_iter().flat_map(|(_, c)| c).collect())
            .unwrap_or_default()
    };
    let mut drives: Vec<(bool, u32)> = run
        .trips
        .iter()
        .filter_map(|t| match (t.from == anchor, t.to == anchor) {
            (true, false) => Some((true, routes.place_node(t.to))),
            (false, true) => Some((false, routes.place_node(t.from))),
            _ => None,
        })
        .collect();
    drives.sort_unstable();
    drives.dedup();
    let seen_from = |x: u32| -> Vec<Vec<u16>> {
        drives
            .iter()
            .map(|&(outward, other)| {
                if outward {
                    cameras(x, other)
                } else {
                    cameras(other, x)
                }
            })
            .collect()
    };
    let door = routes.place_node(anchor);
    let truth = seen_from(door);
    let at = routes.node_position(door);
    let alike: Vec<f64> = candidates
        .iter()
        .copied()
        .filter(|&x| seen_from(x) == truth)
        .map(|x| frame.distance_meters(routes.node_position(x), at))
        .collect();
    let near = alike.iter().filter(|&&d| d <= 500.0).count();
    !alike.is_empty() && near * 2 > alike.len()
}

/// Timing on one 10,000-vehicle database: index, route model, one profile, uniqueness.
fn timing(population: u32, days: u32) {
    let scenario = Scenario {
        seed: 1,
        days,
        population,
        ..Scenario::default()
    };
    let started = Instant::now();
    let Ok(sim) = simulate(&scenario) else {
        eprintln!("timing: simulation failed");
        return;
    };
    println!(
        "timing_vehicles={} simulate_ms={:.0}",
        sim.vehicles.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    let started = Instant::now();
    let index = SightingIndex::from_simulation(&sim);
    println!(
        "timing_sightings={} index_ms={:.1}",
        index.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    let started = Instant::now();
    let routes = RouteModel::new(&sim.map);
    println!(
        "route_model_ms={:.1}",
        started.elapsed().as_secs_f64() * 1e3
    );
    let plate = sim.vehicles[0].plate;
    let runs = 20;
    let started = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(build_profile(&index, &routes, &sim.map, plate));
    }
    println!(
        "profile_ms={:.2}",
        started.elapsed().as_secs_f64() * 1e3 / runs as f64
    );
    let started = Instant::now();
    let points = PointIndex::new(&index);
    let report = uniqueness_with(&points, UniquenessSettings::default());
    println!("uniqueness_ms={:.0}", started.elapsed().as_secs_f64() * 1e3);
    for u in &report.by_points {
        println!("unique_fraction_k{}={:.3}", u.points, u.unique_fraction);
    }
}
