//! `evaluate --explain-home`: per seed, what the analyst's home rests on beside the truth.
//! For each (camera, side) habit of reads next to night stops: how many of its reads really
//! were next to home, and its mean score at the true home's corner and at the estimate's;
//! then the reads of the real drives from and to home that no habit used.

use plate_trail::analyst::profile::{Profile, home_habits};
use plate_trail::analyst::{LocalFrame, RouteModel, SightingIndex};
use plate_trail::sim::{DetailedRun, MINUTES_PER_DAY, PlaceId, Weekday};

/// What the ceiling says of home: the corners it cannot tell from the truth, and how many
/// of them lie within 500 m.
pub struct CeilingAnswer {
    pub alike: usize,
    pub near: usize,
    pub nearest_home_side_camera_meters: f64,
}

/// A minute of the run as its weekday, day number and time of day (`Saturday12:09:38`: day
/// 12, a Saturday, at 09:38), for the diagnostic's lines.
pub fn clock(m: u32) -> String {
    format!(
        "{:?}{}:{:02}:{:02}",
        Weekday::of_minute(m),
        m / MINUTES_PER_DAY,
        m % MINUTES_PER_DAY / 60,
        m % 60
    )
}

/// Prints the seed's explanation on stdout (lines starting `explain_home`).
#[allow(clippy::too_many_arguments)]
pub fn explain_home(
    seed: u64,
    run: &DetailedRun,
    index: &SightingIndex,
    routes: &RouteModel,
    frame: &LocalFrame,
    profile: &Profile,
    home: PlaceId,
    ceiling: CeilingAnswer,
) {
    let sim = &run.simulation;
    let truth_corner = sim.map.places[home as usize].access;
    let at = sim.map.places[home as usize].position;
    let (error, estimate) = match &profile.home {
        Some(h) => (frame.distance_meters(h.position, at), h.best_node),
        None => (f64::INFINITY, truth_corner),
    };
    let resolvable = ceiling.alike > 0 && ceiling.near * 2 > ceiling.alike;
    let mass_near_truth: f64 = profile.home.as_ref().map_or(0.0, |h| {
        h.posterior
            .iter()
            .filter(|(n, _)| {
                frame.distance_meters(routes.node_position(*n), at) <= crate::WITHIN_METERS
            })
            .map(|(_, p)| p)
            .sum()
    });
    println!(
        "explain_home seed={seed} error_m={error:.0} radius_m={:.0} confidence={:.2} posterior_within_500m_of_truth={mass_near_truth:.2} ceiling={} (alike {} near {}) home_side_nearest_camera_m={:.0}",
        profile.home.as_ref().map_or(0.0, |h| h.radius_meters),
        profile.home.as_ref().map_or(0.0, |h| h.confidence),
        if resolvable { "yes" } else { "no" },
        ceiling.alike,
        ceiling.near,
        ceiling.nearest_home_side_camera_meters,
    );
    // The trip each read lies on.
    let trip_of = |minute: u32| {
        run.trips
            .iter()
            .find(|t| t.depart_minute <= minute && minute <= t.arrive_minute)
    };
    let habits = home_habits(index, routes, &sim.map, profile.plate);
    let total = |node: u32| -> f32 {
        habits
            .iter()
            .map(|h| h.weight * h.mean_log_likelihood[node as usize])
            .sum()
    };
    let truth_total = total(truth_corner);
    let rank = (0..routes.intersection_count() as u32)
        .filter(|&n| total(n) > truth_total)
        .count();
    println!(
        "explain_home seed={seed}   total at truth {truth_total:.1}, at estimate {:.1}; truth ranks {} of {} corners",
        total(estimate),
        rank + 1,
        routes.intersection_count()
    );
    // The oracle: only the reads whose stop really was home, grouped and weighted alike.
    let is_home_side = |r, after: bool| {
        trip_of(index.get(r).minute)
            .is_some_and(|t| if after { t.to == home } else { t.from == home })
    };
    let mut oracle = vec![0.0f32; routes.intersection_count()];
    let mut oracle_reads = 0;
    for h in &habits {
        let kept: Vec<&Vec<f32>> = h
            .reads
            .iter()
            .zip(&h.log_likelihoods)
            .filter(|(r, _)| is_home_side(**r, h.home_after_read))
            .map(|(_, ll)| ll)
            .collect();
        if kept.is_empty() {
            continue;
        }
        oracle_reads += kept.len();
        let n = kept.len() as f32;
        for (node, o) in oracle.iter_mut().enumerate() {
            *o += 2.0 / (n + 1.0) * kept.iter().map(|ll| ll[node]).sum::<f32>();
        }
    }
    let oracle_best = (0..oracle.len())
        .max_by(|&a, &b| oracle[a].total_cmp(&oracle[b]))
        .map_or(f64::INFINITY, |n| {
            frame.distance_meters(routes.node_position(n as u32), at)
        });
    let oracle_error = if oracle_reads == 0 {
        f64::INFINITY
    } else {
        oracle_best
    };
    let class = if error <= crate::WITHIN_METERS {
        "found"
    } else if oracle_reads == 0 {
        "no_home_reads"
    } else if oracle_error <= crate::WITHIN_METERS {
        "reads_not_next_to_home"
    } else {
        "home_reads_scored_wrong"
    };
    println!(
        "explain_home seed={seed}   class={class} oracle_reads={oracle_reads} oracle_error_m={oracle_error:.0} (the likeliest corner from the reads really next to home alone)"
    );
    // The true home-side reads that score the true corner low: the drive they were on, the
    // cameras the analyst's fastest path between home and its other end passes, and the
    // cameras that really read it.
    let door = routes.place_node(home);
    for h in &habits {
        for (&r, ll) in h.reads.iter().zip(&h.log_likelihoods) {
            let Some(t) = trip_of(index.get(r).minute) else {
                continue;
            };
            if !is_home_side(r, h.home_after_read) || ll[truth_corner as usize] > -1.0 {
                continue;
            }
            let other = if h.home_after_read { t.from } else { t.to };
            let model: Vec<u16> = if h.home_after_read {
                routes.path(routes.place_node(other), door)
            } else {
                routes.path(door, routes.place_node(other))
            }
            .map(|(_, steps)| steps.into_iter().flat_map(|(_, c)| c).collect())
            .unwrap_or_default();
            let read: Vec<u16> = profile
                .sightings
                .iter()
                .map(|&x| index.get(x))
                .filter(|x| (t.depart_minute..=t.arrive_minute).contains(&x.minute))
                .map(|x| x.camera)
                .collect();
            // The real drive's intersections timed by the analyst's model, against its
            // fastest drive between the same ends: another way, or the same one?
            let real_seconds: u32 = t
                .path
                .windows(2)
                .map(|w| routes.drive_seconds(w[0], w[1]).unwrap_or(0))
                .sum();
            let model_seconds = routes
                .drive_seconds(
                    sim.map.places[t.from as usize].access,
                    sim.map.places[t.to as usize].access,
                )
                .unwrap_or(0);
            println!(
                "explain_home seed={seed}     real drive {real_seconds} s by the model's times over {} corners, the model's fastest {model_seconds} s",
                t.path.len()
            );
            println!(
                "explain_home seed={seed}     low read camera={} home={} at={} ll_truth={:.2} other_end={:?} model_path_cameras={model:?} read_on_drive={read:?}",
                h.camera,
                if h.home_after_read { "after" } else { "before" },
                clock(index.get(r).minute),
                ll[truth_corner as usize],
                sim.map.places[other as usize].kind,
            );
        }
    }
    let mut used: Vec<(u32, bool)> = Vec::new();
    for h in &habits {
        let really_home = h
            .reads
            .iter()
            .filter(|&&r| {
                trip_of(index.get(r).minute).is_some_and(|t| {
                    if h.home_after_read {
                        t.to == home
                    } else {
                        t.from == home
                    }
                })
            })
            .count();
        used.extend(
            h.reads
                .iter()
                .map(|&r| (index.get(r).minute, h.home_after_read)),
        );
        let cam = sim.map.cameras[h.camera as usize].position;
        let (truth_ll, estimate_ll) = (
            h.mean_log_likelihood[truth_corner as usize],
            h.mean_log_likelihood[estimate as usize],
        );
        println!(
            "explain_home seed={seed}   habit camera={} home={} reads={} really_home={really_home} commutes={} weight={:.2} ll_truth={truth_ll:.2} ll_estimate={estimate_ll:.2} weighted_gap={:.2} camera_to_truth_m={:.0} camera_to_estimate_m={:.0} first={}",
            h.camera,
            if h.home_after_read { "after" } else { "before" },
            h.reads.len(),
            h.commutes,
            h.weight,
            h.weight * (truth_ll - estimate_ll),
            frame.distance_meters(cam, at),
            profile
                .home
                .as_ref()
                .map_or(0.0, |e| frame.distance_meters(cam, e.position)),
            clock(index.get(h.reads[0]).minute),
        );
    }
    // The real drives from and to home, and their reads next to home.
    let reads: Vec<(u32, u16)> = profile
        .sightings
        .iter()
        .map(|&r| (index.get(r).minute, index.get(r).camera))
        .collect();
    let (mut from, mut to, mut read_from, mut read_to) = (0, 0, 0, 0);
    let mut unused = Vec::new();
    for t in &run.trips {
        let (leaves, arrives) = (t.from == home, t.to == home);
        if !leaves && !arrives {
            continue;
        }
        let on: Vec<&(u32, u16)> = reads
            .iter()
            .filter(|r| (t.depart_minute..=t.arrive_minute).contains(&r.0))
            .collect();
        if leaves {
            from += 1;
            if let Some(first) = on.first() {
                read_from += 1;
                if !used.contains(&(first.0, false)) {
                    unused.push(format!("{}:before@{}", first.1, clock(first.0)));
                }
            }
        }
        if arrives {
            to += 1;
            if let Some(last) = on.last() {
                read_to += 1;
                if !used.contains(&(last.0, true)) {
                    unused.push(format!("{}:after@{}", last.1, clock(last.0)));
                }
            }
        }
    }
    println!(
        "explain_home seed={seed}   drives from home {from} (read {read_from}), to home {to} (read {read_to}); home-side reads no habit used: {}",
        unused.join(" ")
    );
}
