//! How a pass prediction is judged: the analyst profiles the plate from all but the last week
//! of the run, and each "next Tuesday at 08:10 it will pass camera X" is right when the plate
//! was read at X within the window on that weekday in the last week. Shared by `evaluate`
//! (its calibration line and `--fit-calibration`) and `tests/analyst_real_town.rs` (each
//! includes this file with `#[path]`), so the test holds what `evaluate` prints.

use plate_trail::analyst::profile::{
    AnalystOptions, PREDICTION_WINDOW_MINUTES, build_profile_with,
};
use plate_trail::analyst::{RouteModel, SightingIndex};
use plate_trail::sim::{MINUTES_PER_DAY, Plate, Simulation, Weekday};

/// Per prediction: (came true in the last week, probability stated). Empty when the run is
/// shorter than three weeks (two to learn from, one to judge on).
pub fn judge_predictions(
    sim: &Simulation,
    plate: Plate,
    options: AnalystOptions,
) -> Vec<(bool, f64)> {
    let week = 7 * MINUTES_PER_DAY;
    let end = sim.scenario.days * MINUTES_PER_DAY;
    if end < 3 * week {
        return Vec::new();
    }
    let cut = end - week;
    let earlier: Vec<_> = sim
        .sightings
        .iter()
        .filter(|s| s.minute < cut)
        .cloned()
        .collect();
    let index = SightingIndex::new(earlier, &sim.vehicles, sim.map.cameras.len());
    let routes = RouteModel::new(&sim.map);
    let profile = build_profile_with(&index, &routes, &sim.map, plate, options);
    let later: Vec<_> = sim
        .sightings
        .iter()
        .filter(|s| s.minute >= cut && sim.vehicles[s.vehicle as usize].plate == plate)
        .collect();
    profile
        .routine
        .predictions
        .iter()
        .map(|p| {
            let right = later.iter().any(|s| {
                s.camera == p.camera
                    && Weekday::of_minute(s.minute) == p.weekday
                    && (s.minute % MINUTES_PER_DAY).abs_diff(p.minute_of_day)
                        <= PREDICTION_WINDOW_MINUTES
            });
            (right, p.probability)
        })
        .collect()
}
