//! Runs one scenario for the simulator, in two parts, and reports back with actions
//! carrying the scenario's generation:
//!
//! 1. after the change has painted, the visitor's car on the page
//!    ([`run::simulate_commuter`]: milliseconds), so the map and the log follow a change
//!    at once; or the whole run straight from the shared memo ([`shared_run::cached`]) when
//!    another view ran this scenario already;
//! 2. in the town-wide worker: the analyst's profile of the visitor's reads
//!    ([`town_wide::visitor_findings`]: the dossier), then the town-wide part
//!    ([`town_wide::town_wide`]: every car in town, the associates, the uniqueness curve),
//!    with its progress; where no worker starts, the whole run on the page, deferred,
//!    memoised for the other views.
//!
//! A [`Runner`] lives in the simulator's run effect; [`Runner::cancel`] (the effect's
//! cleanup) ends the worker and the timers, so a newer change wins. It holds no state the
//! view draws: that is the reducer's ([`super::state`]) and the progress setter's.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use yew::{UseReducerDispatcher, UseStateSetter};

use super::state::{Action, SimulatorState};
use super::timing;
use super::uniqueness::{TownWork, WorkThread};
use crate::scenario::run::{self, Run};
use crate::scenario::town_wide::{self, TownWide, TownWideStep};
use crate::sim::Scenario;
use crate::town_worker::{TownWideWorker, WorkerNews};
use crate::views::shared_run;

/// Milliseconds the page waits before the town-wide work when it has to do it itself, so
/// the dossier paints first.
const ON_PAGE_DELAY_MILLIS: u32 = 50;

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
    worker: RefCell<Option<TownWideWorker>>,
    timers: RefCell<Vec<Timeout>>,
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
            worker: RefCell::new(None),
            timers: RefCell::new(Vec::new()),
        }));
        let weak = Rc::downgrade(&runner.0);
        runner.after(0, move || {
            if let Some(inner) = weak.upgrade() {
                Runner(inner).visitor_part();
            }
        });
        runner
    }

    /// Ends the worker and the timers: nothing more is reported.
    pub fn cancel(&self) {
        self.0.worker.borrow_mut().take();
        self.0.timers.borrow_mut().clear();
    }

    fn after(&self, millis: u32, work: impl FnOnce() + 'static) {
        self.0.timers.borrow_mut().push(Timeout::new(millis, work));
    }

    fn simulated(&self, result: Result<Rc<Run>, String>) {
        self.0.dispatcher.dispatch(Action::Simulated {
            generation: self.0.generation,
            result,
        });
    }

    /// Part 1: the memo's whole run, or the visitor's car (the dossier comes from the
    /// worker); then the worker.
    fn visitor_part(&self) {
        let inner = &self.0;
        if let Some(whole) = shared_run::cached(&inner.scenario) {
            return self.visitor_part_done(Run {
                generation: inner.generation,
                ..Run::clone(&whole)
            });
        }
        let started = timing::now_millis();
        let outcome = run::simulate_commuter(&inner.scenario).and_then(|detailed| {
            run::unanalysed(inner.generation, detailed, started, timing::now_millis)
        });
        // Drawing it is a task of its own, and so is starting the worker.
        let weak = Rc::downgrade(&self.0);
        self.after(0, move || {
            let Some(inner) = weak.upgrade() else { return };
            match outcome {
                Ok(outcome) => Runner(inner).visitor_part_done(outcome),
                Err(message) => Runner(inner).simulated(Err(message)),
            }
        });
    }

    fn visitor_part_done(&self, outcome: Run) {
        let outcome = Rc::new(outcome);
        self.0.visitor_part.replace(Some(outcome.clone()));
        self.simulated(Ok(outcome));
        let weak = Rc::downgrade(&self.0);
        self.after(0, move || {
            if let Some(inner) = weak.upgrade() {
                Runner(inner).town_wide_part();
            }
        });
    }

    /// Part 2, in the worker if one starts.
    fn town_wide_part(&self) {
        let inner = &self.0;
        inner.dispatcher.dispatch(Action::UniquenessStarted {
            generation: inner.generation,
        });
        inner.set_work.set(TownWork {
            done: 0,
            thread: WorkThread::Worker,
        });
        timing::mark(timing::UNIQUENESS_START);
        let weak = Rc::downgrade(&self.0);
        let started = TownWideWorker::start(&inner.scenario, move |news| {
            if let Some(inner) = Weak::upgrade(&weak) {
                Runner(inner).heard(news);
            }
        });
        match started {
            Ok(worker) => {
                inner.worker.replace(Some(worker));
            }
            Err(_) => self.on_page(),
        }
    }

    fn heard(&self, news: WorkerNews) {
        match news {
            WorkerNews::Visitor(Ok(findings)) => {
                let base = self.0.visitor_part.borrow().clone();
                if let Some(base) = base {
                    let outcome = Rc::new(base.with_visitor(&findings));
                    self.0.visitor_part.replace(Some(outcome.clone()));
                    self.simulated(Ok(outcome));
                }
            }
            WorkerNews::Visitor(Err(message)) => self.simulated(Err(message)),
            WorkerNews::Progress(done) => self.0.set_work.set(TownWork {
                done,
                thread: WorkThread::Worker,
            }),
            WorkerNews::Done(result) => {
                self.town_wide_done(result);
                // End the idle worker, but not from inside its own message handler.
                let weak = Rc::downgrade(&self.0);
                self.after(0, move || {
                    if let Some(inner) = weak.upgrade() {
                        inner.worker.borrow_mut().take();
                    }
                });
            }
            WorkerNews::Failed(_) => self.on_page(),
        }
    }

    /// The worker's answer: the dossier over the whole database, and the curve.
    fn town_wide_done(&self, result: Result<TownWide, String>) {
        let inner = &self.0;
        timing::measure_since(timing::UNIQUENESS_START, timing::UNIQUENESS);
        let base = inner.visitor_part.borrow().clone();
        let uniqueness = match (result, base) {
            (Ok(town_wide), Some(base)) => {
                self.simulated(Ok(Rc::new(base.with_town(&town_wide))));
                Ok(town_wide.uniqueness)
            }
            (Ok(town_wide), None) => Ok(town_wide.uniqueness),
            (Err(message), base) => {
                if let Some(base) = base {
                    let mut dossier = (*base.dossier).clone();
                    dossier.searching_town = false;
                    self.simulated(Ok(Rc::new(Run {
                        dossier: Rc::new(dossier),
                        ..Run::clone(&base)
                    })));
                }
                Err(message)
            }
        };
        inner.dispatcher.dispatch(Action::UniquenessDone {
            generation: inner.generation,
            result: uniqueness,
        });
    }

    /// No worker: the whole run on the page (memoised for the other views), then the curve,
    /// each in its own deferred task.
    fn on_page(&self) {
        self.0.set_work.set(TownWork {
            done: 0,
            thread: WorkThread::Page,
        });
        let weak = Rc::downgrade(&self.0);
        self.after(ON_PAGE_DELAY_MILLIS, move || {
            let Some(inner) = weak.upgrade() else { return };
            let runner = Runner(inner);
            let inner = &runner.0;
            match shared_run::outcome_for(&inner.scenario) {
                Ok(whole) => {
                    let outcome = Rc::new(Run {
                        generation: inner.generation,
                        ..Run::clone(&whole)
                    });
                    runner.simulated(Ok(outcome.clone()));
                    inner.set_work.set(TownWork {
                        done: TownWideStep::Uniqueness.done_before(),
                        thread: WorkThread::Page,
                    });
                    let weak = Rc::downgrade(inner);
                    runner.after(0, move || {
                        let Some(inner) = weak.upgrade() else { return };
                        let result = town_wide::uniqueness(&outcome.index);
                        timing::measure_since(timing::UNIQUENESS_START, timing::UNIQUENESS);
                        inner.dispatcher.dispatch(Action::UniquenessDone {
                            generation: inner.generation,
                            result,
                        });
                    });
                }
                Err(message) => {
                    timing::measure_since(timing::UNIQUENESS_START, timing::UNIQUENESS);
                    inner.dispatcher.dispatch(Action::UniquenessDone {
                        generation: inner.generation,
                        result: Err(message),
                    });
                }
            }
        });
    }
}
