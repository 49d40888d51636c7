//! `evaluate --explain-work`: per seed, what the analyst's workplace rests on beside the
//! truth. For each (camera, side) habit of reads next to weekday daytime stops: how many of
//! its reads really were next to work, and its mean score at the true workplace's door and
//! at the estimate's; the door the reads really next to work alone would pick; then the
//! real drives from and to work and how many of them any camera read.

use plate_trail::analyst::profile::{Profile, work_habits};
use plate_trail::analyst::{LocalFrame, RouteModel, SightingIndex};
use plate_trail::sim::{DetailedRun, PlaceId};

use super::clock;

/// Prints the seed's explanation on stdout (lines starting `explain_work`); returns its class.
#[allow(clippy::too_many_arguments)]
pub fn explain_work(
    seed: u64,
    run: &DetailedRun,
    index: &SightingIndex,
    routes: &RouteModel,
    frame: &LocalFrame,
    profile: &Profile,
    (home, work): (Option<PlaceId>, PlaceId),
    ceiling: bool,
) -> &'static str {
    let sim = &run.simulation;
    let door = routes.place_node(work);
    let at = sim.map.places[work as usize].position;
    let error = profile
        .work
        .as_ref()
        .map_or(f64::INFINITY, |w| frame.distance_meters(w.position, at));
    let estimate = profile.work.as_ref().map_or(door, |w| w.best_node);
    let trip_of = |minute: u32| {
        run.trips
            .iter()
            .find(|t| t.depart_minute <= minute && minute <= t.arrive_minute)
    };
    let is_work_side = |r, after: bool| {
        trip_of(index.get(r).minute)
            .is_some_and(|t| if after { t.to == work } else { t.from == work })
    };
    let habits = work_habits(index, routes, profile.plate);
    let doors: Vec<u32> = (0..sim.map.places.len() as PlaceId)
        .filter(|&p| sim.map.places[p as usize].kind.is_workplace())
        .map(|p| routes.place_node(p))
        .collect();
    let mut oracle = vec![0.0f32; doors.len()];
    let mut oracle_reads = 0;
    let mut habit_reads = 0;
    for h in &habits {
        habit_reads += h.reads.len();
        let kept: Vec<&Vec<f32>> = h
            .reads
            .iter()
            .zip(&h.log_likelihoods)
            .filter(|(r, _)| is_work_side(**r, h.work_after_read))
            .map(|(_, ll)| ll)
            .collect();
        if kept.is_empty() {
            continue;
        }
        oracle_reads += kept.len();
        let n = kept.len() as f32;
        for (o, &d) in oracle.iter_mut().zip(&doors) {
            *o += 2.0 / (n + 1.0) * kept.iter().map(|ll| ll[d as usize]).sum::<f32>();
        }
    }
    let oracle_error = (0..doors.len())
        .max_by(|&a, &b| oracle[a].total_cmp(&oracle[b]))
        .filter(|_| oracle_reads > 0)
        .map_or(f64::INFINITY, |i| {
            frame.distance_meters(routes.node_position(doors[i]), at)
        });
    let class = if error <= crate::WITHIN_METERS {
        "found"
    } else if oracle_reads == 0 {
        "no_work_reads"
    } else if oracle_error <= crate::WITHIN_METERS {
        "reads_not_next_to_work"
    } else {
        "work_reads_scored_wrong"
    };
    // The real drives from and to work: how many, and how many any camera read.
    let reads: Vec<(u32, u16)> = profile
        .sightings
        .iter()
        .map(|&r| (index.get(r).minute, index.get(r).camera))
        .collect();
    let read_on = |depart: u32, arrive: u32| {
        reads
            .iter()
            .filter(|r| (depart..=arrive).contains(&r.0))
            .count()
    };
    let is_home = |p: PlaceId| Some(p) == home;
    let (mut commutes, mut commutes_read, mut errands, mut errands_read) = (0, 0, 0, 0);
    let mut errand_kinds = Vec::new();
    for t in &run.trips {
        if t.from != work && t.to != work {
            continue;
        }
        let other = if t.from == work { t.to } else { t.from };
        let read = read_on(t.depart_minute, t.arrive_minute) > 0;
        if is_home(other) {
            commutes += 1;
            commutes_read += read as u32;
        } else {
            errands += 1;
            errands_read += read as u32;
            if read {
                errand_kinds.push(format!(
                    "{}{:?}@{}",
                    if t.from == work { "to" } else { "from" },
                    sim.map.places[other as usize].kind,
                    clock(t.depart_minute)
                ));
            }
        }
    }
    println!(
        "explain_work seed={seed} class={class} error_m={error:.0} ceiling={} kind={:?} habits={} habit_reads={habit_reads} really_work_reads={oracle_reads} oracle_error_m={oracle_error:.0} commutes={commutes} commutes_read={commutes_read} other_drives={errands} other_drives_read={errands_read} read_others=[{}]",
        if ceiling { "yes" } else { "no" },
        sim.map.places[work as usize].kind,
        habits.len(),
        errand_kinds.join(" "),
    );
    for h in &habits {
        let really = h
            .reads
            .iter()
            .filter(|&&r| is_work_side(r, h.work_after_read))
            .count();
        println!(
            "explain_work seed={seed}   habit camera={} work={} reads={} really_work={really} ll_truth={:.2} ll_estimate={:.2} first={}",
            h.camera,
            if h.work_after_read { "after" } else { "before" },
            h.reads.len(),
            h.mean_log_likelihood[door as usize],
            h.mean_log_likelihood[estimate as usize],
            clock(index.get(h.reads[0]).minute),
        );
    }
    class
}
