//! The slow part of a run: what only the whole town's database can tell (the associates
//! search and the uniqueness curve), and the analyst's profile of the visitor's own reads,
//! in pieces small enough to pass between threads as JSON. The town-wide worker runs these;
//! the page runs them only where no worker can start.
//!
//! Without a worker (issue 11) the end of the town's run used to be one task of 30-80 ms:
//! the reads copied for the index in one go, the traffic model freed in one go, the digest
//! taken in one go. Each is now done in pieces between breaths (`copied_paced`,
//! `Traffic::drop_paced`, [`TownWide::of_paced`]). Measured 2026-12-01 (load average 7-9 on
//! 2 cores, `NO_WORKER=1 PROFILE=1 LONG_TASK_MS=30 node scripts/trace_long_tasks.mjs
//! '#/simulator'` with the worker wasm kept with names): before, the run's last task was
//! 51 ms, 30 of them the copy inside `TownDesk::town`, 4 `drop_in_place<Traffic>`, and the
//! task after `plate-trail:uniqueness-end` spent 16 ms in `TownWide::of`; after (two
//! traced runs), neither `TownWide::of` nor `drop_in_place<Traffic>` shows in any task over
//! 30 ms. What remains (loaded, profiler on): one background car's
//! `population::resident_drives` can spend 35 ms in `RoutePlanner::route` (building route
//! trees) between two breaths (pausing inside it needs a paced `resident_drives`), and one
//! task of 48 ms was self time inlined into `TownDesk::town` (this module's run: not yet
//! split by name; candidates are the index's order check and `indexed`'s map clone).
//!
//! Pure: no UI crates.

use serde::{Deserialize, Serialize};

use super::dossier::Dossier;
use std::rc::Rc;

use super::run::{Run, commuter_rows_and_dossier_paced, indexed, run_commuter_paced};
use crate::analyst::SightingIndex;
use crate::analyst::uniqueness::UniquenessReport;
use crate::sim::pace::{Pace, Straight, straight_through};
use crate::sim::{Scenario, Sighting};

/// One point: with `sightings` sightings known, `share_unique` (0..1) of cars are unique.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct UniquenessPoint {
    pub sightings: u32,
    #[serde(with = "super::exact::number")]
    pub share_unique: f64,
}

/// The smallest k whose share reaches `threshold` (0..1), if any.
pub fn sightings_to_reach(curve: &[UniquenessPoint], threshold: f64) -> Option<&UniquenessPoint> {
    curve.iter().find(|p| p.share_unique >= threshold)
}

/// The share of a town's cars the quoted point singles out: 95 of 100, as in "Unique in the
/// Crowd" (de Montjoye et al. 2013).
pub const SINGLED_OUT_SHARE: f64 = 0.95;

/// The point of the curve the simulator's chart and the presenter quote: the fewest
/// sightings that single out [`SINGLED_OUT_SHARE`] of the cars, else the most sightings the
/// curve tried (its last point), so both say the same number of the same run.
pub fn quoted_point(curve: &[UniquenessPoint]) -> Option<&UniquenessPoint> {
    sightings_to_reach(curve, SINGLED_OUT_SHARE).or_else(|| curve.last())
}

/// The analyst's part of [`super::run::run_commuter`], small enough to pass between threads
/// as JSON: the visitor's rows and the dossier but the associates, as the page draws it
/// ([`Dossier::as_drawn`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VisitorFindings {
    pub rows: Vec<Sighting>,
    pub dossier: Dossier,
}

/// The analyst's profile of the visitor's own reads (no background traffic needed).
pub fn visitor_findings(scenario: &Scenario) -> Result<VisitorFindings, String> {
    straight_through(visitor_findings_paced(scenario, &mut Straight))
}

/// [`visitor_findings`], pausing at `pace` between pieces of the work (see
/// [`run_commuter_paced`]): how a page without a worker answers. The same findings.
pub async fn visitor_findings_paced(
    scenario: &Scenario,
    pace: &mut impl Pace,
) -> Result<VisitorFindings, String> {
    let outcome = run_commuter_paced(0, scenario, || 0.0, pace).await?;
    Ok(VisitorFindings {
        rows: outcome.rows.to_vec(),
        dossier: outcome.dossier.as_drawn(),
    })
}

/// The steps of [`town_wide`], in order, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TownWideStep {
    /// Driving every car in town for the whole period (most of the time).
    Simulating,
    /// Indexing the vendor's database by plate and camera.
    Indexing,
    /// The visitor's profile over the whole database (associates: convoy analysis).
    Profiling,
    /// The uniqueness curve.
    Uniqueness,
}

impl TownWideStep {
    /// How many steps there are.
    pub const COUNT: u32 = 4;

    /// Steps finished before this one starts (0..COUNT).
    pub fn done_before(self) -> u32 {
        self as u32
    }
}

/// What only the whole town's run can tell, small enough to pass between threads as JSON:
/// the visitor's rows and dossier over the whole database (as the page draws it:
/// [`Dossier::as_drawn`]), and the uniqueness curve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TownWide {
    /// Every row the vendor holds for the visitor's plate, in time order (a background car
    /// misread as the visitor's plate included).
    pub rows: Vec<Sighting>,
    pub dossier: Dossier,
    pub uniqueness: Vec<UniquenessPoint>,
    /// [`crate::sim::Simulation::digest`] of the whole run: the same on every thread and platform.
    pub digest: u64,
}

/// The whole town's run and its uniqueness curve, `on_step` hearing each step as it starts:
/// every car for the whole period, the database's index, the visitor's profile over it
/// (associates: convoy analysis), the curve. Slow (a second or more in a browser): the
/// town-wide worker's desk runs it, and so does [`town_wide`].
pub fn whole_town(
    scenario: &Scenario,
    on_step: impl FnMut(TownWideStep),
) -> Result<(Run, Vec<UniquenessPoint>), String> {
    straight_through(whole_town_paced(scenario, on_step, &mut Straight))
}

/// Like [`whole_town`], pausing at `pace` between pieces of the work: how a page without a
/// worker does it in slices.
pub async fn whole_town_paced(
    scenario: &Scenario,
    mut on_step: impl FnMut(TownWideStep),
    pace: &mut impl Pace,
) -> Result<(Run, Vec<UniquenessPoint>), String> {
    on_step(TownWideStep::Simulating);
    let detailed = super::towns::simulate_in_detail_paced(scenario, pace).await?;
    on_step(TownWideStep::Indexing);
    let simulation = &detailed.simulation;
    let index = SightingIndex::new_paced(
        copied_paced(&simulation.sightings, pace).await,
        &simulation.vehicles,
        simulation.map.cameras.len(),
        pace,
    )
    .await;
    let mut run = indexed(0, detailed, index, 0.0, || 0.0)?;
    pace.breathe().await;
    on_step(TownWideStep::Profiling);
    let (rows, dossier) =
        commuter_rows_and_dossier_paced(&run.index, &run.simulation, &run.plan, pace).await?;
    run.rows = Rc::new(rows);
    run.dossier = Rc::new(dossier);
    pace.breathe().await;
    on_step(TownWideStep::Uniqueness);
    let report = crate::analyst::uniqueness::uniqueness_paced(&run.index, pace).await;
    Ok((run, curve_of(&report)))
}

/// A copy of the town's `reads` for the index (the run keeps its own for the digest), made a
/// piece at a time with pauses at `pace` in between: copied in one go, the month's hundreds
/// of thousands of reads were part of a task of 30 to 80 ms on a page without a worker
/// (issue 11).
async fn copied_paced(reads: &[Sighting], pace: &mut impl Pace) -> Vec<Sighting> {
    const READS_PER_PIECE: usize = 1 << 15;
    let mut copy = Vec::with_capacity(reads.len());
    for piece in reads.chunks(READS_PER_PIECE) {
        copy.extend_from_slice(piece);
        pace.breathe().await;
    }
    copy
}

impl TownWide {
    /// What the page needs of a whole-town run and its uniqueness curve.
    pub fn of(run: &Run, uniqueness: &[UniquenessPoint]) -> TownWide {
        straight_through(TownWide::of_paced(run, uniqueness, &mut Straight))
    }

    /// Like [`TownWide::of`], pausing at `pace` while the run's digest is taken (see
    /// [`crate::sim::digest::digest_paced`]).
    pub async fn of_paced(
        run: &Run,
        uniqueness: &[UniquenessPoint],
        pace: &mut impl Pace,
    ) -> TownWide {
        TownWide {
            digest: crate::sim::digest::digest_paced(&run.simulation, pace).await,
            rows: run.rows.to_vec(),
            dossier: run.dossier.as_drawn(),
            uniqueness: uniqueness.to_vec(),
        }
    }
}

/// The population-wide work as the page needs it (see [`whole_town`]).
pub fn town_wide(
    scenario: &Scenario,
    on_step: impl FnMut(TownWideStep),
) -> Result<TownWide, String> {
    whole_town(scenario, on_step).map(|(run, curve)| TownWide::of(&run, &curve))
}

/// The population-wide uniqueness curve. Slow: call it deferred.
pub fn uniqueness(index: &SightingIndex) -> Result<Vec<UniquenessPoint>, String> {
    Ok(curve_of(&crate::analyst::uniqueness(index)))
}

fn curve_of(report: &UniquenessReport) -> Vec<UniquenessPoint> {
    report
        .by_points
        .iter()
        .map(|k| UniquenessPoint {
            sightings: k.points,
            share_unique: k.unique_fraction,
        })
        .collect()
}

impl Run {
    /// This outcome (from [`super::run::unanalysed`]) with the analyst's findings on the visitor's reads.
    pub fn with_visitor(&self, findings: &VisitorFindings) -> Run {
        Run {
            rows: Rc::new(findings.rows.clone()),
            dossier: Rc::new(findings.dossier.clone()),
            ..self.clone()
        }
    }

    /// This outcome (from [`super::run::run_commuter`] or [`super::run::unanalysed`])
    /// completed with the whole town's results. When the whole town's rows are the ones this
    /// outcome already holds (no background car was misread as the visitor's plate: the usual
    /// case), it keeps its own `Rc` of them, so a view comparing rows by pointer does not draw
    /// its table again.
    pub fn with_town(&self, town_wide: &TownWide) -> Run {
        let rows = if *self.rows == town_wide.rows {
            self.rows.clone()
        } else {
            Rc::new(town_wide.rows.clone())
        };
        Run {
            rows,
            dossier: Rc::new(town_wide.dossier.clone()),
            ..self.clone()
        }
    }
}
