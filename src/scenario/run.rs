//! One run of a scenario, ready to draw: the simulation, the visitor's rows, the dossier,
//! and where the car is at any minute of the playback.
//!
//! Pure and synchronous: the views decide when to call it (deferred, from an effect, or in
//! the town-wide worker), never a reducer. A run comes in parts so the page never blocks
//! long: [`simulate_commuter`] simulates only the visitor's car and its companions
//! (milliseconds: they are simulated first, so their drives and reads are the same as in
//! the whole town's run) and [`unanalysed`] makes the map and the log of it; the analyst's
//! part and the whole town's ([`super::town_wide`]) run in the worker. [`run_town`] does
//! everything at once.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::dossier::{Dossier, FindingKind, dossier_of};
use crate::analyst::{AnalystOptions, RouteModel, SightingIndex, build_profile_paced};
use crate::sim::pace::{Pace, Straight, straight_through};
use crate::sim::{
    CommuterPlan, DetailedRun, Fingerprint, LonLat, MINUTES_PER_DAY, Plate, Scenario, Sighting,
    Simulation, TownMap, Trip,
};
use crate::text;

/// A finished run, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// The scenario generation it was computed for.
    pub generation: u64,
    pub simulation: Rc<Simulation>,
    pub town: Rc<TownMap>,
    /// The plan the commuter lived by (the persona's when the scenario had none).
    pub plan: CommuterPlan,
    /// The commuter's drives, in time order.
    pub trips: Vec<Trip>,
    /// The vendor's database as the analyst queries it.
    pub index: Rc<SightingIndex>,
    /// The visitor's car's fingerprint as cameras record it.
    pub fingerprint: Rc<Fingerprint>,
    /// Every row the vendor holds for the visitor's plate, in time order.
    pub rows: Rc<Vec<Sighting>>,
    /// What the analyst makes of all of `rows`.
    pub dossier: Rc<Dossier>,
    /// The last simulated minute.
    pub end_minute: u32,
    /// Wall-clock milliseconds the run took in this browser.
    pub millis: f64,
}

impl Run {
    /// The visitor's plate as the cameras read it.
    pub fn commuter_plate(&self) -> Plate {
        self.simulation
            .commuter()
            .map_or(Plate([0; 7]), |car| car.plate)
    }

    /// How many rows were captured by `minute`.
    pub fn rows_by(&self, minute: u32) -> usize {
        self.rows.partition_point(|s| s.minute <= minute)
    }

    /// The trip under way at `minute`, if the car is driving.
    fn trip_at(&self, minute: u32) -> Option<&Trip> {
        let i = self.trips.partition_point(|t| t.depart_minute <= minute);
        let trip = self.trips.get(i.checked_sub(1)?)?;
        (minute <= trip.arrive_minute).then_some(trip)
    }

    /// Where the car is at `minute`, lon/lat degrees: along its route while driving, at
    /// the place it last reached otherwise.
    pub fn car_position(&self, minute: u32) -> Option<LonLat> {
        let place = |id: u32| self.town.places.get(id as usize).map(|p| p.position);
        if let Some(trip) = self.trip_at(minute) {
            let points: Vec<LonLat> = trip
                .path
                .iter()
                .filter_map(|&i| self.town.intersections.get(i as usize).map(|x| x.position))
                .collect();
            let span = trip.arrive_minute.saturating_sub(trip.depart_minute).max(1);
            let t = f64::from(minute - trip.depart_minute) / f64::from(span);
            return along(&points, t).or_else(|| place(trip.from));
        }
        let i = self.trips.partition_point(|t| t.arrive_minute <= minute);
        match i.checked_sub(1).and_then(|i| self.trips.get(i)) {
            Some(last) => place(last.to),
            None => self
                .trips
                .first()
                .and_then(|t| place(t.from))
                .or(Some(self.plan.home)),
        }
    }

    /// The route of the trip under way at `minute` (empty when parked).
    pub fn route_at(&self, minute: u32) -> Vec<LonLat> {
        self.trip_at(minute).map_or_else(Vec::new, |trip| {
            trip.path
                .iter()
                .filter_map(|&i| self.town.intersections.get(i as usize).map(|x| x.position))
                .collect()
        })
    }

    /// Cameras that read the plate in the `window_minutes` up to `minute`.
    pub fn cameras_reading(&self, minute: u32, window_minutes: u32) -> Vec<crate::sim::CameraId> {
        let start = minute.saturating_sub(window_minutes);
        let from = self.rows.partition_point(|s| s.minute <= start);
        let to = self.rows_by(minute);
        let mut cameras: Vec<_> = self.rows[from..to].iter().map(|s| s.camera).collect();
        crate::sim::stable_sort::sort(&mut cameras);
        cameras.dedup();
        cameras
    }
}

/// The point a share `t` (0..1) of the way along a polyline, by length.
fn along(points: &[LonLat], t: f64) -> Option<LonLat> {
    let first = *points.first()?;
    let scale = first[1].to_radians().cos();
    let length = |a: LonLat, b: LonLat| ((b[0] - a[0]) * scale).hypot(b[1] - a[1]);
    let total: f64 = points.windows(2).map(|w| length(w[0], w[1])).sum();
    if total <= 0.0 {
        return Some(first);
    }
    let mut left = t.clamp(0.0, 1.0) * total;
    for w in points.windows(2) {
        let l = length(w[0], w[1]);
        if left <= l && l > 0.0 {
            let f = left / l;
            return Some([
                w[0][0] + (w[1][0] - w[0][0]) * f,
                w[0][1] + (w[1][1] - w[0][1]) * f,
            ]);
        }
        left -= l;
    }
    points.last().copied()
}

/// Runs the scenario (the whole town) and the analyst. An error is a message for the visitor.
pub fn run_town(
    generation: u64,
    scenario: &Scenario,
    now_millis: impl Fn() -> f64,
) -> Result<Run, String> {
    let started = now_millis();
    let detailed = super::towns::simulate_in_detail(scenario)?;
    analyse(generation, detailed, started, now_millis)
}

/// The visitor's part of a run: the town, the commuter and its companions, without the
/// background population. Its map, trips, rows and dossier are those of [`run_town`], except
/// the associates, which need the whole town's reads: they come from [`super::town_wide::town_wide`], and
/// until then the dossier says it is still searching
/// ([`Dossier::searching_town`]).
pub fn run_commuter(
    generation: u64,
    scenario: &Scenario,
    now_millis: impl Fn() -> f64,
) -> Result<Run, String> {
    straight_through(run_commuter_paced(
        generation,
        scenario,
        now_millis,
        &mut Straight,
    ))
}

/// [`run_commuter`], pausing at `pace` between pieces of the work (the town, the drives,
/// the database's index, the analyst's profile, the dossier): how a page without a worker
/// keeps each of its tasks short. The same run.
pub async fn run_commuter_paced(
    generation: u64,
    scenario: &Scenario,
    now_millis: impl Fn() -> f64,
    pace: &mut impl Pace,
) -> Result<Run, String> {
    let started = now_millis();
    let detailed = simulate_commuter_whole_paced(scenario, pace).await?;
    pace.breathe().await;
    let mut outcome = unanalysed(generation, detailed, started, &now_millis)?;
    pace.breathe().await;
    let (rows, mut dossier) =
        commuter_rows_and_dossier_paced(&outcome.index, &outcome.simulation, &outcome.plan, pace)
            .await?;
    outcome.rows = Rc::new(rows);
    dossier
        .findings
        .retain(|f| f.kind != FindingKind::Associate);
    dossier.searching_town = true;
    dossier.more_associates = 0;
    outcome.dossier = Rc::new(dossier);
    outcome.millis = now_millis() - started;
    Ok(outcome)
}

/// The first half of [`run_commuter`]: the simulation (the town, the visitor's car and its
/// companions). The simulator runs it in parts ([`commuter_town`], then
/// [`simulate_commuter_in`]) and the halves in separate tasks, so none blocks long.
pub fn simulate_commuter(scenario: &Scenario) -> Result<DetailedRun, String> {
    simulate_commuter_in(scenario, commuter_town(scenario)?)
}

/// The scenario's town (the visitor's run alone: no other traffic), its counts checked
/// ([`super::towns::town_of`]).
pub fn commuter_town(scenario: &Scenario) -> Result<TownMap, String> {
    super::towns::town_of(&alone(scenario))
}

/// [`commuter_town`], pausing at `pace` inside a generated town's making. The same town.
pub async fn commuter_town_paced(
    scenario: &Scenario,
    pace: &mut impl Pace,
) -> Result<TownMap, String> {
    super::towns::town_of_paced(&alone(scenario), pace).await
}

/// [`simulate_commuter`] in `town` (made by [`commuter_town`]).
pub fn simulate_commuter_in(scenario: &Scenario, town: TownMap) -> Result<DetailedRun, String> {
    let mut detailed =
        crate::sim::simulate_on_map(&alone(scenario), town).map_err(|e| e.to_string())?;
    detailed.simulation.scenario = scenario.clone();
    Ok(detailed)
}

/// Like [`simulate_commuter_in`], pausing at `pace` between pieces of the work (the roads'
/// graph, the cameras' coverage, each day of the car's plan, each companion, the database's order): how
/// the tools' shared run keeps each of its tasks short. The same run, byte for byte.
pub async fn simulate_commuter_paced(
    scenario: &Scenario,
    town: TownMap,
    pace: &mut impl Pace,
) -> Result<DetailedRun, String> {
    let mut detailed = crate::sim::simulate_on_map_paced(&alone(scenario), town, pace)
        .await
        .map_err(|e| e.to_string())?;
    detailed.simulation.scenario = scenario.clone();
    Ok(detailed)
}

/// [`simulate_commuter`], pausing at `pace` inside the town's making and the drives
/// ([`commuter_town_paced`], then [`simulate_commuter_paced`]): how the tools' shared run
/// simulates the visitor's run (the simulator's runner takes the two steps itself, to look
/// at the town between them). The same run, byte for byte.
pub async fn simulate_commuter_whole_paced(
    scenario: &Scenario,
    pace: &mut impl Pace,
) -> Result<DetailedRun, String> {
    let town = commuter_town_paced(scenario, pace).await?;
    pace.breathe().await;
    simulate_commuter_paced(scenario, town, pace).await
}

/// The visitor's car and its companions only.
fn alone(scenario: &Scenario) -> Scenario {
    Scenario {
        population: 0,
        ..scenario.clone()
    }
}

/// The map and the log of [`simulate_commuter`]'s run, before the analyst looked at it:
/// the dossier says it is being analysed ([`Dossier::analysing`]).
pub fn unanalysed(
    generation: u64,
    detailed: DetailedRun,
    started: f64,
    now_millis: impl Fn() -> f64,
) -> Result<Run, String> {
    let index = SightingIndex::from_simulation(&detailed.simulation);
    indexed(generation, detailed, index, started, now_millis)
}

/// [`unanalysed`] with the database's index already built (see
/// [`super::town_wide::whole_town_paced`]).
pub fn indexed(
    generation: u64,
    detailed: DetailedRun,
    index: SightingIndex,
    started: f64,
    now_millis: impl Fn() -> f64,
) -> Result<Run, String> {
    let DetailedRun {
        simulation,
        trips,
        plan,
    } = detailed;
    let car = simulation
        .commuter()
        .ok_or_else(|| text::no_commuter().to_owned())?;
    let rows = index
        .of_plate(car.plate)
        .iter()
        .map(|&r| *index.get(r))
        .collect();
    let fingerprint = car.fingerprint.clone();
    Ok(Run {
        generation,
        end_minute: simulation.scenario.days * MINUTES_PER_DAY,
        town: Rc::new(simulation.map.clone()),
        simulation: Rc::new(simulation),
        plan,
        trips,
        index: Rc::new(index),
        fingerprint: Rc::new(fingerprint),
        rows: Rc::new(rows),
        dossier: Rc::new(Dossier {
            analysing: true,
            searching_town: true,
            ..Dossier::default()
        }),
        millis: now_millis() - started,
    })
}

/// The visitor's rows and the dossier the analyst builds from `index`.
pub(super) fn commuter_rows_and_dossier(
    index: &SightingIndex,
    simulation: &Simulation,
    plan: &CommuterPlan,
) -> Result<(Vec<Sighting>, Dossier), String> {
    straight_through(commuter_rows_and_dossier_paced(
        index,
        simulation,
        plan,
        &mut Straight,
    ))
}

/// [`commuter_rows_and_dossier`], pausing at `pace` between its parts (the routes' model,
/// the analyst's profile, the dossier's sentences). The same rows and dossier.
pub(super) async fn commuter_rows_and_dossier_paced(
    index: &SightingIndex,
    simulation: &Simulation,
    plan: &CommuterPlan,
    pace: &mut impl Pace,
) -> Result<(Vec<Sighting>, Dossier), String> {
    let car = simulation
        .commuter()
        .ok_or_else(|| text::no_commuter().to_owned())?;
    let routes = RouteModel::new_paced(&simulation.map, pace).await;
    pace.breathe().await;
    let profile = build_profile_paced(
        index,
        &routes,
        &simulation.map,
        car.plate,
        AnalystOptions::default(),
        pace,
    )
    .await;
    pace.breathe().await;
    let rows = index
        .of_plate(car.plate)
        .iter()
        .map(|&r| *index.get(r))
        .collect();
    Ok((rows, dossier_of(&profile, index, simulation, plan)))
}

/// [`analyse`] with no clock: the run and its dossier, for answers that are not timed.
pub(super) fn analysed(detailed: DetailedRun) -> Result<Run, String> {
    analyse(0, detailed, 0.0, || 0.0)
}

/// The analyst's part of a run, over whatever `detailed` simulated: [`unanalysed`]'s
/// outcome with the visitor's rows and dossier filled in.
fn analyse(
    generation: u64,
    detailed: DetailedRun,
    started: f64,
    now_millis: impl Fn() -> f64,
) -> Result<Run, String> {
    let mut outcome = unanalysed(generation, detailed, started, &now_millis)?;
    let (rows, dossier) =
        commuter_rows_and_dossier(&outcome.index, &outcome.simulation, &outcome.plan)?;
    outcome.rows = Rc::new(rows);
    outcome.dossier = Rc::new(dossier);
    outcome.millis = now_millis() - started;
    Ok(outcome)
}

/// How big the vendor's database is for a run (the console states it; the presenter quotes it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatabaseSize {
    pub reads: usize,
    pub plates: usize,
}

impl DatabaseSize {
    pub fn of(run: &Run) -> DatabaseSize {
        DatabaseSize {
            reads: run.index.len(),
            plates: run.index.plate_count(),
        }
    }
}

/// A small town, so a whole run takes a fraction of a second natively (for the scenario
/// layer's tests).
#[cfg(test)]
pub(crate) fn small_scenario() -> Scenario {
    Scenario {
        seed: 3,
        days: 14,
        population: 400,
        ..Scenario::default()
    }
}

/// Three weeks of a small town, run whole (for the console's and the policy lab's tests).
#[cfg(test)]
pub(crate) fn three_weeks_run() -> Run {
    let scenario = Scenario {
        seed: 1,
        days: 21,
        population: 600,
        ..Scenario::default()
    };
    run_town(0, &scenario, || 0.0).expect("a run")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::dossier::Finding;
    use crate::scenario::town_wide::{
        TownWide, TownWideStep, town_wide, uniqueness, visitor_findings,
    };

    mod split_run {
        use super::*;

        #[test]
        fn the_town_wide_part_equals_the_whole_run() {
            let whole = run_town(1, &small_scenario(), || 0.0).unwrap();
            let mut steps = Vec::new();
            let town = town_wide(&small_scenario(), |step| steps.push(step)).unwrap();
            assert_eq!(whole.dossier.as_drawn(), town.dossier);
            assert_eq!(*whole.rows, town.rows);
            assert_eq!(town.digest, whole.simulation.digest());
            assert_eq!(town.uniqueness, uniqueness(&whole.index).unwrap());
            assert_eq!(steps.len() as u32, TownWideStep::COUNT);
        }

        #[test]
        fn the_town_wide_part_in_slices_equals_the_part_done_at_once() {
            use crate::scenario::town_wide::whole_town_paced;
            use crate::sim::pace::testing::{EveryBreath, run_with_pauses};
            let mut pace = EveryBreath::default();
            let (sliced, pauses) =
                run_with_pauses(whole_town_paced(&small_scenario(), |_| (), &mut pace));
            let (run, curve) = sliced.unwrap();
            let whole = town_wide(&small_scenario(), |_| ()).unwrap();
            assert_eq!(TownWide::of(&run, &curve), whole);
            // At least a pause per car in town: no piece of the work is the whole of it.
            assert!(pauses > small_scenario().population, "{pauses} pauses");
        }

        #[test]
        fn the_town_made_in_slices_is_the_town_made_at_once() {
            use crate::sim::pace::testing::{EveryBreath, run_with_pauses};
            let mut pace = EveryBreath::default();
            let (sliced, pauses) =
                run_with_pauses(commuter_town_paced(&small_scenario(), &mut pace));
            assert_eq!(sliced, commuter_town(&small_scenario()));
            assert_eq!(pauses, 1, "streets and places, then cameras");
        }

        #[test]
        fn the_visitors_part_is_the_whole_run_but_the_associates() {
            let whole = run_town(1, &small_scenario(), || 0.0).unwrap();
            let part = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            assert_eq!(part.trips, whole.trips);
            assert_eq!(part.rows, whole.rows);
            assert!(part.dossier.searching_town);
            let without_associates: Vec<&Finding> = whole
                .dossier
                .findings
                .iter()
                .filter(|f| f.kind != FindingKind::Associate)
                .collect();
            assert_eq!(
                part.dossier.findings.iter().collect::<Vec<_>>(),
                without_associates
            );
        }

        #[test]
        fn a_bad_setting_fails_in_the_first_part_with_the_visitors_message() {
            // The simulator runs the town first, in a task of its own: a scenario the core
            // refuses must say why there, not build a town of a million cameras.
            for bad in [
                Scenario {
                    days: 0,
                    ..small_scenario()
                },
                Scenario {
                    camera_count: crate::sim::MAX_CAMERAS + 1,
                    ..small_scenario()
                },
            ] {
                let message = commuter_town(&bad).expect_err("refused");
                assert_eq!(
                    message,
                    crate::sim::simulate(&bad).expect_err("refused").to_string()
                );
                assert!(!message.is_empty());
            }
        }

        #[test]
        fn the_visitors_findings_complete_the_unanalysed_run() {
            let detailed = simulate_commuter(&small_scenario()).unwrap();
            let bare = unanalysed(1, detailed, 0.0, || 0.0).unwrap();
            assert!(bare.dossier.analysing);
            let findings = visitor_findings(&small_scenario()).unwrap();
            let part = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            let drawn = Run {
                dossier: Rc::new(part.dossier.as_drawn()),
                ..part
            };
            assert_eq!(bare.with_visitor(&findings), drawn);
            assert_eq!(*bare.rows, findings.rows);
        }

        #[test]
        fn completed_with_the_town_it_draws_the_whole_runs_dossier() {
            let part = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            let town = town_wide(&small_scenario(), |_| ()).unwrap();
            let whole = part.with_town(&town);
            assert_eq!(*whole.dossier, town.dossier);
            assert!(!whole.dossier.searching_town);
        }

        #[test]
        fn the_visitors_part_in_slices_is_byte_for_byte_the_part_done_at_once() {
            use crate::sim::pace::testing::{EveryBreath, run_with_pauses};
            for seed in [1, 2, 3, 7, 42] {
                let scenario = Scenario {
                    seed,
                    ..small_scenario()
                };
                let mut pace = EveryBreath::default();
                let town = commuter_town(&scenario).unwrap();
                let (sliced, pauses) =
                    run_with_pauses(simulate_commuter_paced(&scenario, town, &mut pace));
                let sliced = sliced.unwrap();
                let straight = simulate_commuter(&scenario).unwrap();
                assert_eq!(
                    serde_json::to_string(&sliced).unwrap(),
                    serde_json::to_string(&straight).unwrap(),
                    "seed {seed}"
                );
                assert_eq!(sliced.simulation.digest(), straight.simulation.digest());
                // Paused between the town's graph, its cameras' coverage, every day of the
                // car's drives and its companions: no piece is the whole run.
                assert!(pauses > scenario.days, "seed {seed}: {pauses} pauses");
            }
        }

        #[test]
        fn completed_with_the_rows_it_holds_it_keeps_them_so_the_table_is_not_drawn_again() {
            let part = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            let town = town_wide(&small_scenario(), |_| ()).unwrap();
            assert_eq!(
                *part.rows, town.rows,
                "no background car misread as the visitor's"
            );
            let whole = part.with_town(&town);
            assert!(Rc::ptr_eq(&whole.rows, &part.rows));

            let mut other = town.clone();
            other.rows.pop();
            let whole = part.with_town(&other);
            assert!(!Rc::ptr_eq(&whole.rows, &part.rows));
            assert_eq!(*whole.rows, other.rows);
        }

        #[test]
        fn the_worker_sends_the_evidence_a_card_lists_and_counts_the_rest() {
            use crate::scenario::dossier::EVIDENCE_SHOWN;
            let whole = run_town(1, &small_scenario(), || 0.0).unwrap();
            let town = town_wide(&small_scenario(), |_| ()).unwrap();
            assert_eq!(town.dossier.findings.len(), whole.dossier.findings.len());
            let mut cut = 0;
            for (sent, kept) in town.dossier.findings.iter().zip(&whole.dossier.findings) {
                assert!(sent.evidence.len() <= EVIDENCE_SHOWN);
                assert_eq!(sent.evidence, kept.evidence[..sent.evidence.len()]);
                assert_eq!(
                    sent.evidence.len() + sent.more_evidence,
                    kept.evidence.len()
                );
                cut += sent.more_evidence;
            }
            assert!(
                cut > 0,
                "some finding rests on more sightings than a card lists"
            );
        }

        #[test]
        fn the_town_wide_part_survives_its_json_round_trip() {
            let town = town_wide(&small_scenario(), |_| ()).unwrap();
            let json = serde_json::to_string(&town).unwrap();
            assert_eq!(serde_json::from_str::<TownWide>(&json).unwrap(), town);
        }
    }

    mod along {
        use super::*;

        #[test]
        fn halfway_along_two_equal_legs_is_the_corner() {
            let p = along(&[[0.0, 0.0], [0.0, 1.0], [0.0, 2.0]], 0.5).unwrap();
            assert!((p[1] - 1.0).abs() < 1e-9);
        }

        #[test]
        fn an_empty_route_has_no_point() {
            assert_eq!(along(&[], 0.5), None);
        }
    }
}
