//! The simulator's state: the visitor's scenario, the last run's outcome, the playback
//! clock, the log's sort and filter, and the uniqueness curve, changed only through
//! [`Action`]s by a pure reducer.
//!
//! Running the simulation, timers, storage and performance marks are side effects: they
//! live in the simulator's effects and report back with actions carrying a `generation`,
//! so a late result for an older scenario is dropped.

use std::rc::Rc;

use yew::Reducible;

use super::capture_log::LogView;
use super::playback::{Playback, PlaybackCommand};
use super::uniqueness::{Uniqueness, UniquenessPoint};
use crate::scenario::limits::MAX_DAYS;
use crate::scenario::limits::{CAMERA_COUNT, MAX_STOPS, SHIFT_MINUTES};
use crate::scenario::stop_draft::{DraftEdit, StopDraft};
use crate::scenario::{Run, Shared};
use crate::sim::{CommuterPlan, LonLat, Persona, PlanArea, Scenario, Weekday};

/// Which pin a tap or click on the map (or Enter at the crosshair) places, once the visitor
/// asked to move it: the map never changes the run unasked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pin {
    Home,
    Work,
    /// The place of the stop being added in the stop editor.
    Stop,
}

impl Pin {
    /// The map's pick button for this pin.
    pub fn pick_label(self) -> &'static str {
        match self {
            Pin::Home => crate::text::pick_home(),
            Pin::Work => crate::text::pick_work(),
            Pin::Stop => crate::text::pick_stop(),
        }
    }

    /// The button that asks to place this pin, where the focus returns when placing ends.
    pub fn button_selector(self) -> &'static str {
        match self {
            Pin::Home => "[data-testid=move-home]",
            Pin::Work => "[data-testid=move-work]",
            Pin::Stop => "[data-testid=pick-stop-on-map]",
        }
    }

    /// What the pin stands for, in the instructions ("your home").
    pub fn what(self) -> &'static str {
        match self {
            Pin::Home => crate::text::placing_home(),
            Pin::Work => crate::text::placing_work(),
            Pin::Stop => crate::text::placing_stop(),
        }
    }
}

/// The scenario a first visit starts with: the core's default (30 days, the vendor's
/// default retention).
pub fn default_scenario() -> Scenario {
    Scenario::default()
}

/// Everything the simulator shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SimulatorState {
    pub scenario: Scenario,
    /// Bumped by every scenario change; results for older generations are dropped.
    pub generation: u64,
    /// The pin the next tap on the map places; `None`: a tap only moves the map.
    pub placing: Option<Pin>,
    /// The pin moved last and the scenario before the move, for its Undo; cleared by any
    /// other change.
    pub undo: Option<(Pin, Scenario)>,
    /// The regular stop being put together in the stop editor.
    pub stop_draft: StopDraft,
    /// A note for the visitor (e.g. their saved scenario could not be read).
    pub note: Option<String>,
    /// The visitor's own scenario, kept in this browser when a link's run they changed was
    /// saved over it ([`super::saved::keep_own_run`]): the page offers it back until they
    /// take it or keep the link's.
    pub own_run: Option<Scenario>,
    /// The newest finished run, possibly for an older generation while a new one computes.
    /// Compared by pointer ([`Shared`]): the reducer's check for a change never walks a
    /// month of simulation (that took tens of milliseconds on every result).
    pub outcome: Option<Shared<Run>>,
    /// Why the last run failed, for the visitor.
    pub error: Option<String>,
    /// The area of the town the last run failed in, when it failed because places of the
    /// life lie off that town ([`Action::MoveIntoTown`] moves them in). Gone with the next
    /// change.
    pub off_town: Option<PlanArea>,
    pub playback: Playback,
    pub log_view: LogView,
    pub uniqueness: Uniqueness,
    /// Said by the screen reader after a change (an `aria-live` region).
    pub announcement: String,
}

impl SimulatorState {
    /// A fresh state for a scenario.
    pub fn new(scenario: Scenario, note: Option<String>) -> SimulatorState {
        SimulatorState {
            scenario,
            generation: 1,
            placing: None,
            undo: None,
            stop_draft: StopDraft::default(),
            note,
            own_run: None,
            outcome: None,
            error: None,
            off_town: None,
            playback: Playback::default(),
            log_view: LogView::default(),
            uniqueness: Uniqueness::Idle,
            announcement: String::new(),
        }
    }

    /// True when the outcome matches the current scenario.
    pub fn is_current(&self) -> bool {
        self.outcome
            .as_ref()
            .is_some_and(|o| o.generation == self.generation)
    }

    /// The last simulated minute.
    pub fn end_minute(&self) -> u32 {
        self.outcome.as_ref().map_or(0, |o| o.end_minute)
    }

    /// True once the playback reached the end: the whole period is in the log.
    pub fn drive_complete(&self) -> bool {
        self.outcome.is_some() && self.playback.minute >= self.end_minute()
    }

    /// The commuter's plan, made explicit from the last run's truth when the scenario
    /// still lives a ready-made life.
    fn explicit_plan(&self) -> Option<CommuterPlan> {
        match &self.scenario.commuter {
            Some(plan) => Some(plan.clone()),
            None => Some(self.outcome.as_ref()?.plan.clone()),
        }
    }
}

/// Everything that changes the simulator.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Put the pin being placed at a lon/lat position (a click, a tap, Enter at the
    /// crosshair); nothing when no pin is being placed.
    PlacePin(LonLat),
    SetHome(LonLat),
    SetWork(LonLat),
    ToggleWorkday(Weekday),
    /// When work starts, minutes after midnight.
    SetShiftStart(u32),
    /// Time at work, minutes (kept within [`SHIFT_MINUTES`]).
    SetShiftMinutes(u32),
    /// Change the stop being put together.
    EditStopDraft(DraftEdit),
    /// Add the stop being put together to the plan, or say what is wrong with it.
    AddStop,
    /// Remove the plan's stop at this index.
    RemoveStop(usize),
    SetDays(u32),
    SetSeed(u64),
    /// Cameras in the town's network (at most [`crate::sim::MAX_CAMERAS`]).
    SetCameraCount(u32),
    /// Live a ready-made life, in the town and with the seed the scenario is run with.
    ChoosePersona(Persona),
    /// Start placing a pin: the next tap on the map puts it there.
    StartPlacing(Pin),
    /// Stop placing without moving anything.
    CancelPlacing,
    /// Put back the scenario from before the last move of a pin.
    Undo,
    /// A run finished (from the simulate effect).
    Simulated {
        generation: u64,
        result: Result<Rc<Run>, String>,
    },
    /// A run failed because places of the life lie off its town, whose area this is (sent
    /// before its [`Action::Simulated`]).
    OffTown {
        generation: u64,
        area: PlanArea,
    },
    /// The deferred population-wide work started.
    UniquenessStarted {
        generation: u64,
    },
    /// The deferred population-wide work finished.
    UniquenessDone {
        generation: u64,
        result: Result<Vec<UniquenessPoint>, String>,
    },
    Playback(PlaybackCommand),
    /// One playback frame passed (from the timer effect).
    Tick,
    SetLogView(LogView),
    DismissNote,
    /// Back to the default run: the way out of a run that failed.
    StartAgain,
    /// The places of the life that lie off the failed run's town moved to the nearest spots
    /// inside it: the way out of a life from a link or file made for another town.
    MoveIntoTown,
    /// The visitor's own scenario was kept when a link's run they changed was saved over it.
    OwnRunKept(Scenario),
    /// Back to the visitor's own scenario from before the link.
    BackToOwnRun,
    /// The link's run stays the visitor's; their scenario from before is let go.
    KeepLinkRun,
    /// Run in another town: a real one just imported (with the life of a scenario file, or
    /// the persona's life matched to the town's real places), or the made-up one again; the
    /// words announce it (the import view's, from the tools module's table).
    UseTown(Scenario, String),
}

impl SimulatorState {
    /// The state with the playback clock at `playback`; a drive that just ended says so.
    fn with_playback(&self, playback: Playback) -> SimulatorState {
        let end = self.end_minute();
        let just_ended = end > 0 && playback.minute >= end && self.playback.minute < end;
        SimulatorState {
            playback,
            announcement: match (&self.outcome, just_ended) {
                (Some(outcome), true) => crate::text::drive_over(outcome.rows.len()),
                _ => self.announcement.clone(),
            },
            ..self.clone()
        }
    }

    fn with_scenario(&self, scenario: Scenario, announcement: String) -> SimulatorState {
        SimulatorState {
            scenario,
            generation: self.generation + 1,
            uniqueness: Uniqueness::Idle,
            error: None,
            off_town: None,
            announcement,
            undo: None,
            ..self.clone()
        }
    }

    fn with_plan(
        &self,
        edit: impl FnOnce(&mut CommuterPlan),
        announcement: String,
    ) -> SimulatorState {
        let Some(mut plan) = self.explicit_plan() else {
            return self.clone();
        };
        edit(&mut plan);
        let scenario = Scenario {
            persona: None,
            commuter: Some(plan),
            ..self.scenario.clone()
        };
        self.with_scenario(scenario, announcement)
    }

    /// The state after `action`.
    pub fn next(&self, action: Action) -> SimulatorState {
        match action {
            Action::PlacePin(position) => {
                let Some(pin) = self.placing else {
                    return self.clone();
                };
                let placed = match pin {
                    Pin::Home => self.next(Action::SetHome(position)),
                    Pin::Work => self.next(Action::SetWork(position)),
                    Pin::Stop => self.next(Action::EditStopDraft(DraftEdit::Spot(position))),
                };
                let undo = (pin != Pin::Stop && placed.scenario != self.scenario)
                    .then(|| (pin, self.scenario.clone()));
                SimulatorState {
                    placing: None,
                    undo,
                    ..placed
                }
            }
            Action::SetHome(position) => self.with_plan(
                |plan| plan.home = position,
                crate::text::home_moved().to_owned(),
            ),
            Action::SetWork(position) => self.with_plan(
                |plan| plan.work = position,
                crate::text::work_moved().to_owned(),
            ),
            Action::ToggleWorkday(day) => self.with_plan(
                |plan| {
                    if let Some(i) = plan.workdays.iter().position(|d| *d == day) {
                        plan.workdays.remove(i);
                    } else {
                        plan.workdays.push(day);
                        crate::sim::stable_sort::sort(&mut plan.workdays);
                    }
                },
                String::new(),
            ),
            Action::SetShiftStart(minute) => {
                let minute = minute.min(crate::sim::MINUTES_PER_DAY - 1);
                self.with_plan(
                    |plan| plan.shift_start_minute_of_day = minute,
                    String::new(),
                )
            }
            Action::SetShiftMinutes(minutes) => {
                let minutes = minutes.clamp(*SHIFT_MINUTES.start(), *SHIFT_MINUTES.end());
                self.with_plan(|plan| plan.shift_minutes = minutes, String::new())
            }
            Action::EditStopDraft(edit) => {
                let town = self.outcome.as_ref().map(|o| o.town.as_ref());
                let picked = matches!(edit, DraftEdit::Spot(_));
                SimulatorState {
                    stop_draft: self.stop_draft.edited(edit, town),
                    announcement: if picked {
                        crate::text::stop_place_picked().to_owned()
                    } else {
                        self.announcement.clone()
                    },
                    ..self.clone()
                }
            }
            Action::AddStop => {
                let too_many = self
                    .explicit_plan()
                    .is_some_and(|plan| plan.stops.len() >= MAX_STOPS);
                let stop = if too_many {
                    Err(crate::text::stop_too_many())
                } else {
                    self.stop_draft.to_stop()
                };
                match stop {
                    Ok(stop) => SimulatorState {
                        stop_draft: StopDraft::default(),
                        ..self.with_plan(
                            |plan| plan.stops.push(stop),
                            crate::text::stop_added().to_owned(),
                        )
                    },
                    Err(problem) => SimulatorState {
                        stop_draft: self.stop_draft.refused(problem),
                        ..self.clone()
                    },
                }
            }
            Action::RemoveStop(index) => {
                let exists = self
                    .explicit_plan()
                    .is_some_and(|plan| index < plan.stops.len());
                if !exists {
                    return self.clone();
                }
                self.with_plan(
                    |plan| {
                        plan.stops.remove(index);
                    },
                    crate::text::stop_removed().to_owned(),
                )
            }
            Action::SetDays(days) => {
                let days = days.clamp(1, MAX_DAYS);
                if days == self.scenario.days {
                    return self.clone();
                }
                self.with_scenario(
                    Scenario {
                        days,
                        ..self.scenario.clone()
                    },
                    String::new(),
                )
            }
            Action::SetSeed(seed) => {
                if seed == self.scenario.seed {
                    return self.clone();
                }
                self.with_scenario(
                    Scenario {
                        seed,
                        ..self.scenario.clone()
                    },
                    String::new(),
                )
            }
            Action::SetCameraCount(count) => {
                let camera_count = count.clamp(*CAMERA_COUNT.start(), *CAMERA_COUNT.end());
                if camera_count == self.scenario.camera_count {
                    return self.clone();
                }
                self.with_scenario(
                    Scenario {
                        camera_count,
                        ..self.scenario.clone()
                    },
                    String::new(),
                )
            }
            Action::ChoosePersona(persona) => {
                // The run lives the persona in the town of the seed and cameras it is run with.
                if self.scenario.persona == Some(persona) && self.scenario.commuter.is_none() {
                    return self.clone();
                }
                self.with_scenario(
                    Scenario {
                        persona: Some(persona),
                        commuter: None,
                        ..self.scenario.clone()
                    },
                    crate::text::persona_chosen().to_owned(),
                )
            }
            Action::StartPlacing(pin) => SimulatorState {
                placing: Some(pin),
                announcement: crate::text::placing_started(pin.what()),
                ..self.clone()
            },
            Action::CancelPlacing => SimulatorState {
                placing: None,
                announcement: crate::text::move_cancelled().to_owned(),
                ..self.clone()
            },
            Action::Undo => match &self.undo {
                Some((_, before)) => {
                    self.with_scenario(before.clone(), crate::text::move_undone().to_owned())
                }
                None => self.clone(),
            },
            Action::Simulated { generation, result } => {
                if generation != self.generation {
                    return self.clone();
                }
                match result {
                    Ok(outcome) => {
                        // The first run, and any run after a finished drive, is shown done:
                        // the story first, the animation on request.
                        let shown_done = self.outcome.is_none() || self.drive_complete();
                        let minute = if shown_done && !self.playback.playing {
                            outcome.end_minute
                        } else {
                            self.playback.minute.min(outcome.end_minute)
                        };
                        SimulatorState {
                            playback: Playback {
                                minute,
                                playing: self.playback.playing && minute < outcome.end_minute,
                                ..self.playback
                            },
                            outcome: Some(Shared(outcome)),
                            error: None,
                            ..self.clone()
                        }
                    }
                    Err(message) => SimulatorState {
                        error: Some(message),
                        playback: Playback {
                            playing: false,
                            ..self.playback
                        },
                        ..self.clone()
                    },
                }
            }
            Action::OffTown { generation, area } if generation == self.generation => {
                SimulatorState {
                    off_town: Some(area),
                    ..self.clone()
                }
            }
            Action::OffTown { .. } => self.clone(),
            Action::UniquenessStarted { generation } if generation == self.generation => {
                SimulatorState {
                    uniqueness: Uniqueness::Computing,
                    ..self.clone()
                }
            }
            Action::UniquenessDone { generation, result } if generation == self.generation => {
                SimulatorState {
                    uniqueness: match result {
                        Ok(curve) => Uniqueness::Ready(curve),
                        Err(reason) => Uniqueness::Unavailable(reason),
                    },
                    ..self.clone()
                }
            }
            Action::UniquenessStarted { .. } | Action::UniquenessDone { .. } => self.clone(),
            Action::Playback(command) => {
                let end = self.end_minute();
                let p = self.playback;
                let playback = match command {
                    PlaybackCommand::Play if p.minute >= end => Playback {
                        minute: 0,
                        playing: end > 0,
                        ..p
                    },
                    PlaybackCommand::Play => Playback {
                        playing: end > 0,
                        ..p
                    },
                    PlaybackCommand::Pause => Playback {
                        playing: false,
                        ..p
                    },
                    PlaybackCommand::SkipToEnd => Playback {
                        minute: end,
                        playing: false,
                        ..p
                    },
                    PlaybackCommand::Speed(speed) => Playback { speed, ..p },
                    PlaybackCommand::Seek(minute) => Playback {
                        minute: minute.min(end),
                        ..p
                    },
                };
                let next = self.with_playback(playback);
                match (&self.outcome, command) {
                    // Skipping says it is over even when it already was (reduced motion).
                    (Some(outcome), PlaybackCommand::SkipToEnd) => SimulatorState {
                        announcement: crate::text::drive_over(outcome.rows.len()),
                        ..next
                    },
                    _ => next,
                }
            }
            Action::Tick if self.playback.playing => {
                self.with_playback(self.playback.advanced(self.end_minute()))
            }
            Action::Tick => self.clone(),
            Action::SetLogView(log_view) => SimulatorState {
                log_view,
                ..self.clone()
            },
            Action::DismissNote => SimulatorState {
                note: None,
                ..self.clone()
            },
            Action::MoveIntoTown => {
                let Some(area) = self.off_town else {
                    return self.clone();
                };
                let inside = |at: &mut LonLat| *at = area.nearest_inside(*at);
                self.with_plan(
                    |plan| {
                        inside(&mut plan.home);
                        inside(&mut plan.work);
                        plan.stops
                            .iter_mut()
                            .for_each(|stop| inside(&mut stop.position));
                    },
                    crate::text::moved_into_town().to_owned(),
                )
            }
            Action::StartAgain => SimulatorState {
                placing: None,
                stop_draft: StopDraft::default(),
                ..self.with_scenario(default_scenario(), crate::text::started_again().to_owned())
            },
            Action::OwnRunKept(own) => SimulatorState {
                own_run: Some(own),
                ..self.clone()
            },
            Action::BackToOwnRun => match self.own_run.clone() {
                Some(own) => SimulatorState {
                    own_run: None,
                    ..self.next(Action::UseTown(
                        own,
                        crate::text::own_run_back_done().to_owned(),
                    ))
                },
                None => self.clone(),
            },
            Action::KeepLinkRun => SimulatorState {
                own_run: None,
                ..self.clone()
            },
            Action::UseTown(scenario, announcement) => SimulatorState {
                placing: None,
                stop_draft: StopDraft::default(),
                // The new town's run is shown from its end, like a first run.
                outcome: None,
                ..self.with_scenario(scenario, announcement)
            },
        }
    }
}

impl Reducible for SimulatorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.next(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests;
