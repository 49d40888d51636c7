//! Runs one scenario for the simulator, in two parts, and reports back with actions
//! carrying the scenario's generation:
//!
//! 1. after the change has painted, the visitor's car on the page, in slices of about
//!    [`SLICE_MILLIS`](crate::page_slices::SLICE_MILLIS)
//!    ([`run::commuter_town_paced`] then [`run::simulate_commuter_paced`], run by
//!    [`run_in_slices`]; then the index and the drawing, each in a task of its own), so the
//!    map and the log follow a change at once and no task of the page passes 50 ms, even on
//!    an imported town. Between the two, a life whose places lie off the town's box (the
//!    one the run checks, [`crate::sim::PlanArea`]) has that box kept for the visitor's
//!    "Move my places into the town" (checked here, not by the run's own check, which would
//!    have cost 300 bytes of the first visit);
//! 2. in the town-wide worker ([`DeskClient`]): the analyst's profile of the visitor's reads
//!    (the dossier), then the town-wide part (every car in town, the associates, the
//!    uniqueness curve), with its progress; where no worker starts, the page loads the
//!    worker's module and does the same, deferred.
//!
//! Tried without gain (issue 11, 2026-12-02): starting the worker's town month only after
//! the first result's drawing steps, so the worker does not take a core while the page
//! draws. Simulated in the e2e journey by holding the page's messages to the worker for 8
//! frames (an init script wrapping `Worker`), 3 alternated runs each at a load average of
//! 7.7-8.3 on 2 cores: `longest_task_ms=` 176, 78, 90 without and 228, 102, 121 with (the
//! longest tasks at the page's start, before any worker, or after a screenshot), so it was
//! not built. What did help is keeping the worker between runs ([`DeskClient`]'s idle worker).
//! Built and measured after that (2026-12-02): the first town-wide part started six frames
//! after the visitor's part ([`crate::page_slices::after_next_frame`] six times), so the
//! worker's creation and compilation came after the first result's drawing steps too. The
//! journey e2e, 7 alternated runs each at a load average of 2-3: `longest_task_ms=` 75, 62,
//! 72, 97, 0, 52, 100 (median 72) without and 0, 182, 133, 62, 95, 0, 106 (median 95) with,
//! the longest still at the page's start: not kept.
//! The other way round (2026-12-02, commit 10cb637, reverted by the next): the town's month
//! asked of the worker at the run's start, beside the visitor's part on the page, so it is
//! done before the first result is drawn (the worker's early replies held until the
//! visitor's part is done). The journey e2e, 5 alternated runs each at a load average of
//! 2.5-4 (`PLATE_TRAIL_DIST=... xvfb-run -a node --test --test-name-pattern='full journey'
//! tests/e2e/simulator.test.mjs`): `longest_task_ms=` 0, 79, 0, 62, 58 (median 58) without
//! and 89, 60, 141, 69, 56 (median 69) with, `time_to_first_map_ms=` 460-584 without and
//! 417-835 with (the worker's start now takes a core from the visitor's part): not kept.
//! The profile and the month as two requests (2026-12-05): the visitor's profile asked
//! first, the town's month only once the page had drawn the dossier (two frames in a row
//! with no drawing step waiting), so the month no longer ran beside the dossier's frames
//! (traces showed it did not). The journey e2e, 5 alternated runs each at a load average
//! of 2.2-3.8: `longest_task_ms=` 0, 0, 128, 51, 0 without and 0, 60, 0, 88, 53 with, all at
//! the page's start; again over the type scale (`static/style.css`), 10 alternated runs each
//! at a load average of 4.2-5.7: 0, 56, 0, 52, 85, 107, 443, 62, 0, 0 without and 0, 0, 105,
//! 0, 0, 65, 0, 189, 50, 0 with (`town_wide_ms=`, from the month's request, 493-1681 against
//! 464-937): six runs over 50 ms against three, within what alternated runs of one build
//! differ by. Not kept. Nor is V8 optimising wasm the cause: traces showed it on
//! three threads of the renderer's pool during those frames (`wasm.TopTierCompilation`:
//! the page's `run_in_slices` future, one 50 KB function, took 213 ms; the worker's
//! `attribute_stops`, `place_cameras` and `RoutePlanner::route` 100-145 ms each), but the
//! same e2e in a Chromium with `--js-flags=--liftoff-only` (no optimised code at all), 6
//! alternated runs each at a load average of 2-4, gave 0, 52, 0, 73, 0, 0 against 0, 0, 0,
//! 0, 0, 0. Reading the renderer's main thread's `/proc/.../schedstat` every 4 ms through
//! a long task of 64 ms: it ran 4 ms, waited 22 ms for a core and slept the rest.
//!
//! A [`Runner`] lives in the simulator's run effect; [`Runner::cancel`] (the effect's
//! cleanup) ends the worker and drops the slices not yet run, so a newer change wins. It holds no state the
//! view draws: that is the reducer's ([`super::state`]) and the progress setter's.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use yew::{UseReducerDispatcher, UseStateSetter};

use super::state::{Action, SimulatorState};
use super::timing;
use super::uniqueness::{TownWork, WorkThread};
use crate::page_slices::{PageSlices, SliceRun, browser_turn, now_millis, run_in_slices};
use crate::scenario::run::{self, Run};
use crate::scenario::town_wide::TownWide;
use crate::scenario::worker_protocol::{Reply, Request};
use crate::sim::pace::Pace;
use crate::sim::{PlanArea, Scenario};
use crate::views::town_desk::DeskClient;

/// One scenario's run; clones share it.
#[derive(Clone)]
pub struct Runner(Rc<Inner>);

struct Inner {
    generation: u64,
    scenario: Scenario,
    dispatcher: UseReducerDispatcher<SimulatorState>,
    set_work: UseStateSetter<TownWork>,
    /// The visitor's part, completed by the town-wide part when it arrives.
    visitor_part: RefCell<Option<Rc<Run>>>,
    /// Where the town-wide part runs (the page where no worker starts).
    thread: Cell<WorkThread>,
    desk: RefCell<Option<DeskClient>>,
    /// The work still to run on the page: the visitor's part, and the small steps after
    /// it, each in a task of its own. Dropping one cancels it.
    slices: RefCell<Vec<SliceRun>>,
}

impl Runner {
    /// Starts running `scenario` (generation `generation`) once the current frame painted.
    pub fn start(
        generation: u64,
        scenario: Scenario,
        dispatcher: UseReducerDispatcher<SimulatorState>,
        set_work: UseStateSetter<TownWork>,
    ) -> Runner {
        let runner = Runner(Rc::new(Inner {
            generation,
            scenario,
            dispatcher,
            set_work,
            visitor_part: RefCell::new(None),
            thread: Cell::new(WorkThread::Worker),
            desk: RefCell::new(None),
            slices: RefCell::new(Vec::new()),
        }));
        let visitor_part = visitor_part(Rc::downgrade(&runner.0));
        runner
            .0
            .slices
            .borrow_mut()
            .push(run_in_slices(visitor_part));
        runner
    }

    /// Ends the worker and the work left on the page: nothing more is reported.
    pub fn cancel(&self) {
        self.0.desk.borrow_mut().take();
        self.0.slices.borrow_mut().clear();
    }

    /// Runs `work` in a task of its own, after the browser's turn, unless cancelled first.
    fn after(&self, work: impl FnOnce() + 'static) {
        // One future type for every step (each would bring its own copy of the slicing).
        let work: Box<dyn FnOnce()> = Box::new(work);
        let step = async move {
            browser_turn().await;
            work();
        };
        self.0.slices.borrow_mut().push(run_in_slices(step));
    }

    fn simulated(&self, result: Result<Rc<Run>, String>) {
        self.0.dispatcher.dispatch(Action::Simulated {
            generation: self.0.generation,
            result,
        });
    }

    /// In a task of its own (unless cancelled): `next` with a part's value, or the run's
    /// failure.
    fn then<T: 'static>(&self, part: Result<T, String>, next: impl FnOnce(&Runner, T) + 'static) {
        let weak = Rc::downgrade(&self.0);
        self.after(move || {
            let Some(inner) = weak.upgrade() else { return };
            let runner = Runner(inner);
            match part {
                Ok(value) => next(&runner, value),
                Err(message) => runner.simulated(Err(message)),
            }
        });
    }

    fn visitor_part_done(&self, outcome: Run) {
        let outcome = Rc::new(outcome);
        self.0.visitor_part.replace(Some(outcome.clone()));
        self.simulated(Ok(outcome));
        let weak = Rc::downgrade(&self.0);
        self.after(move || {
            if let Some(inner) = weak.upgrade() {
                Runner(inner).town_wide_part();
            }
        });
    }

    /// Part 2, in the town-wide worker (or, where none starts, on the page).
    fn town_wide_part(&self) {
        let inner = &self.0;
        inner.dispatcher.dispatch(Action::UniquenessStarted {
            generation: inner.generation,
        });
        timing::mark(timing::UNIQUENESS_START);
        let heard = Rc::downgrade(&self.0);
        let moved = Rc::downgrade(&self.0);
        let desk = DeskClient::new(
            move |reply| {
                if let Some(inner) = Weak::upgrade(&heard) {
                    Runner(inner).heard(reply);
                }
            },
            move || {
                if let Some(inner) = Weak::upgrade(&moved) {
                    inner.thread.set(WorkThread::Page);
                    inner.set_work.set(TownWork {
                        done: 0,
                        thread: WorkThread::Page,
                    });
                }
            },
        );
        if desk.in_worker() {
            inner.set_work.set(TownWork {
                done: 0,
                thread: WorkThread::Worker,
            });
        }
        desk.ask(Request::TownWide {
            scenario: inner.scenario.clone(),
        });
        inner.desk.replace(Some(desk));
    }

    fn heard(&self, reply: Reply) {
        match reply {
            Reply::Visitor(Ok(findings)) => {
                let base = self.0.visitor_part.borrow().clone();
                if let Some(base) = base {
                    let outcome = Rc::new(base.with_visitor(&findings));
                    self.0.visitor_part.replace(Some(outcome.clone()));
                    // Drawn in a task after the one that read the worker's answer, unless
                    // the town-wide answer came in between (it holds these findings too).
                    self.then(Ok(outcome), |runner, outcome| {
                        let latest = runner.0.visitor_part.borrow().clone();
                        if latest.is_some_and(|latest| Rc::ptr_eq(&latest, &outcome)) {
                            runner.simulated(Ok(outcome));
                        }
                    });
                }
            }
            Reply::Visitor(Err(message)) => self.simulated(Err(message)),
            Reply::Progress(done) => self.0.set_work.set(TownWork {
                done,
                thread: self.0.thread.get(),
            }),
            Reply::TownWide(result) => {
                self.town_wide_done(result);
                // End the idle worker, but not from inside its own message handler.
                let weak = Rc::downgrade(&self.0);
                self.after(move || {
                    if let Some(inner) = weak.upgrade() {
                        inner.desk.borrow_mut().take();
                    }
                });
            }
            _ => {}
        }
    }

    /// The worker's answer: the dossier over the whole database, and the curve.
    fn town_wide_done(&self, result: Result<TownWide, String>) {
        let inner = &self.0;
        timing::measure_since(timing::UNIQUENESS_START, timing::UNIQUENESS);
        let base = inner.visitor_part.borrow().clone();
        let uniqueness = match (result, base) {
            (Ok(town_wide), Some(base)) => {
                let whole = Rc::new(base.with_town(&town_wide));
                inner.visitor_part.replace(Some(whole.clone()));
                self.simulated(Ok(whole));
                Ok(town_wide.uniqueness)
            }
            (Ok(town_wide), None) => Ok(town_wide.uniqueness),
            (Err(message), base) => {
                if let Some(base) = base {
                    let mut dossier = (*base.dossier).clone();
                    dossier.searching_town = false;
                    let whole = Rc::new(Run {
                        dossier: Rc::new(dossier),
                        ..Run::clone(&base)
                    });
                    inner.visitor_part.replace(Some(whole.clone()));
                    self.simulated(Ok(whole));
                }
                Err(message)
            }
        };
        // The chart is drawn in a task after the dossier's (together they passed 50 ms).
        let weak = Rc::downgrade(&self.0);
        self.after(move || {
            if let Some(inner) = weak.upgrade() {
                inner.dispatcher.dispatch(Action::UniquenessDone {
                    generation: inner.generation,
                    result: uniqueness,
                });
            }
        });
    }
}

/// Part 1: the visitor's car (the dossier comes from the worker), then the worker. The town
/// and the drives in slices of about [`SLICE_MILLIS`](crate::page_slices::SLICE_MILLIS),
/// the database's index and the drawing each in a task of its own. Holds its runner weakly:
/// a cancelled runner is gone, and the work ends at its next slice.
async fn visitor_part(runner: Weak<Inner>) {
    let mut pace = PageSlices::new();
    // After the change has painted.
    pace.pause().await;
    let Some((generation, scenario)) = runner
        .upgrade()
        .map(|inner| (inner.generation, inner.scenario.clone()))
    else {
        return;
    };
    let started = now_millis();
    // The town, then the car ([`run::simulate_commuter_whole_paced`]'s steps). A place of
    // the life off the town's map (from a link, say) makes the run fail: the town's area is
    // kept, so the visitor can move the places into it.
    let mut off_town = None;
    let simulated = match run::commuter_town_paced(&scenario, &mut pace).await {
        Ok(town) => {
            off_town = PlanArea::of_map(&town)
                .filter(|area| !crate::scenario::limits::places_inside(&scenario, area));
            pace.breathe().await;
            run::simulate_commuter_paced(&scenario, town, &mut pace).await
        }
        Err(message) => Err(message),
    };
    pace.pause().await;
    let outcome =
        simulated.and_then(|detailed| run::unanalysed(generation, detailed, started, now_millis));
    // Drawing it is a task of its own, and so is starting the worker.
    pace.pause().await;
    let Some(inner) = runner.upgrade() else {
        return;
    };
    let runner = Runner(inner);
    match outcome {
        Ok(outcome) => runner.visitor_part_done(outcome),
        Err(message) => {
            if let Some(area) = off_town {
                runner
                    .0
                    .dispatcher
                    .dispatch(Action::OffTown { generation, area });
            }
            runner.simulated(Err(message));
        }
    }
}
