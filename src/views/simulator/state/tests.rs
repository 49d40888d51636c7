//! The simulator reducer's specs: every action, from the state a visitor would be in.

use super::*;

fn plan() -> CommuterPlan {
    CommuterPlan::new([-71.1, 42.4], [-71.0, 42.41], Weekday::ALL[..5].to_vec())
}

fn state() -> SimulatorState {
    SimulatorState::new(
        Scenario {
            commuter: Some(plan()),
            ..default_scenario()
        },
        None,
    )
}

mod scenario_edits {
    use super::*;

    #[test]
    fn a_tap_on_the_map_changes_nothing_unless_a_pin_is_being_placed() {
        let s = state();
        assert_eq!(s.next(Action::PlacePin([-71.2, 42.3])), s);
    }

    #[test]
    fn placing_the_home_pin_moves_home_and_starts_a_new_generation() {
        let next = state()
            .next(Action::StartPlacing(Pin::Home))
            .next(Action::PlacePin([-71.2, 42.3]));
        assert_eq!(next.scenario.commuter.unwrap().home, [-71.2, 42.3]);
        assert_eq!(next.generation, 2);
        assert_eq!(next.placing, None, "one tap places one pin");
    }

    #[test]
    fn undo_puts_back_the_scenario_from_before_the_move() {
        let s = state();
        let moved = s
            .next(Action::StartPlacing(Pin::Home))
            .next(Action::PlacePin([-71.2, 42.3]));
        assert!(moved.undo.is_some());
        let undone = moved.next(Action::Undo);
        assert_eq!(undone.scenario, s.scenario);
        assert_eq!(undone.undo, None);
        assert_eq!(undone.generation, moved.generation + 1);
    }

    #[test]
    fn cancelling_places_nothing() {
        let s = state()
            .next(Action::StartPlacing(Pin::Work))
            .next(Action::CancelPlacing);
        assert_eq!(
            s.next(Action::PlacePin([-71.2, 42.3])).scenario,
            state().scenario
        );
    }

    #[test]
    fn camera_counts_stay_within_the_offered_range() {
        let few = state().next(Action::SetCameraCount(0));
        assert_eq!(few.scenario.camera_count, *CAMERA_COUNT.start());
        let many = state().next(Action::SetCameraCount(10_000));
        assert_eq!(many.scenario.camera_count, *CAMERA_COUNT.end());
    }

    #[test]
    fn placing_the_work_pin_moves_work() {
        let next = state()
            .next(Action::StartPlacing(Pin::Work))
            .next(Action::PlacePin([-71.2, 42.3]));
        let plan = next.scenario.commuter.unwrap();
        assert_eq!((plan.home, plan.work), (plan_home(), [-71.2, 42.3]));
    }

    fn plan_home() -> LonLat {
        plan().home
    }

    #[test]
    fn toggling_a_workday_twice_restores_it() {
        let next = state()
            .next(Action::ToggleWorkday(Weekday::Wednesday))
            .next(Action::ToggleWorkday(Weekday::Wednesday));
        assert_eq!(next.scenario.commuter.unwrap().workdays, plan().workdays);
    }

    #[test]
    fn days_stay_within_the_offered_range() {
        assert_eq!(state().next(Action::SetDays(0)).scenario.days, 1);
        assert_eq!(
            state().next(Action::SetDays(10_000)).scenario.days,
            MAX_DAYS
        );
    }

    #[test]
    fn work_times_stay_within_a_day_and_a_long_shift() {
        let s = state()
            .next(Action::SetShiftStart(5_000))
            .next(Action::SetShiftMinutes(24 * 60));
        let plan = s.scenario.commuter.unwrap();
        assert_eq!(plan.shift_start_minute_of_day, 24 * 60 - 1);
        assert_eq!(plan.shift_minutes, 16 * 60);
        let short = state().next(Action::SetShiftMinutes(0));
        assert_eq!(short.scenario.commuter.unwrap().shift_minutes, 30);
    }

    #[test]
    fn the_same_seed_is_no_change() {
        let s = state();
        assert_eq!(
            s.next(Action::SetSeed(s.scenario.seed)).generation,
            s.generation
        );
    }
}

mod stops {
    use super::*;
    use crate::scenario::stop_draft::DraftPlace;
    use crate::sim::{PlaceKind, StopPurpose};

    fn draft_at_the_temple() -> StopDraft {
        StopDraft {
            place: Some(DraftPlace {
                kind: PlaceKind::Temple,
                name: "Millbrook Hindu Temple".into(),
                position: [-71.05, 42.405],
            }),
            purpose: StopPurpose::Worship,
            days: vec![Weekday::Sunday],
            ..StopDraft::default()
        }
    }

    #[test]
    fn adding_a_finished_draft_puts_the_stop_in_the_plan_and_clears_the_draft() {
        let s = SimulatorState {
            stop_draft: draft_at_the_temple(),
            ..state()
        };
        let next = s.next(Action::AddStop);
        let stops = next.scenario.commuter.unwrap().stops;
        assert_eq!(stops.len(), 1);
        assert_eq!(stops[0].kind, PlaceKind::Temple);
        assert_eq!(next.stop_draft, StopDraft::default());
        assert_eq!(next.generation, s.generation + 1);
    }

    #[test]
    fn adding_an_unfinished_draft_says_why_and_changes_nothing_else() {
        let next = state().next(Action::AddStop);
        assert_eq!(
            next.stop_draft.problem,
            Some(crate::text::stop_needs_place())
        );
        assert_eq!(next.scenario, state().scenario);
        assert_eq!(next.generation, 1);
    }

    #[test]
    fn a_second_failed_add_is_a_change_so_its_message_is_said_again() {
        let once = state().next(Action::AddStop);
        let twice = once.next(Action::AddStop);
        assert_eq!(twice.stop_draft.problem, once.stop_draft.problem);
        assert_ne!(twice, once);
    }

    #[test]
    fn removing_a_stop_takes_it_out_and_a_wrong_index_is_no_change() {
        let s = SimulatorState {
            stop_draft: draft_at_the_temple(),
            ..state()
        }
        .next(Action::AddStop);
        assert_eq!(s.next(Action::RemoveStop(5)), s);
        let next = s.next(Action::RemoveStop(0));
        assert!(next.scenario.commuter.unwrap().stops.is_empty());
    }

    #[test]
    fn a_plan_has_at_most_max_stops() {
        let mut s = state();
        for _ in 0..MAX_STOPS + 2 {
            s = SimulatorState {
                stop_draft: draft_at_the_temple(),
                ..s
            }
            .next(Action::AddStop);
        }
        assert_eq!(s.scenario.commuter.unwrap().stops.len(), MAX_STOPS);
        assert_eq!(s.stop_draft.problem, Some(crate::text::stop_too_many()));
    }

    #[test]
    fn a_map_click_with_the_stop_pin_goes_to_the_draft_not_the_home() {
        let s = state().next(Action::StartPlacing(Pin::Stop));
        let next = s.next(Action::PlacePin([-71.2, 42.3]));
        assert_eq!(next.scenario, s.scenario);
        assert_eq!(next.undo, None);
    }
}

mod results {
    use super::*;

    #[test]
    fn a_late_result_for_an_older_scenario_is_dropped() {
        let s = state().next(Action::SetDays(10));
        let next = s.next(Action::Simulated {
            generation: 1,
            result: Err("old".into()),
        });
        assert_eq!(next.error, None);
    }

    #[test]
    fn a_failed_run_shows_its_message() {
        let next = state().next(Action::Simulated {
            generation: 1,
            result: Err("no town".into()),
        });
        assert_eq!(next.error.as_deref(), Some("no town"));
    }
}

mod playback {
    use super::*;

    #[test]
    fn cannot_play_without_a_run() {
        let next = state().next(Action::Playback(PlaybackCommand::Play));
        assert!(!next.playback.playing);
    }
}

mod a_failed_run {
    use super::*;

    #[test]
    fn start_again_brings_back_the_default_run() {
        let failed = state().next(Action::Simulated {
            generation: 1,
            result: Err("The home is far outside the map.".into()),
        });
        assert!(failed.error.is_some());
        let next = failed.next(Action::StartAgain);
        assert_eq!(next.scenario, default_scenario());
        assert_eq!(next.generation, failed.generation + 1);
        assert_eq!(next.error, None);
    }

    #[test]
    fn moves_the_places_off_its_town_into_it_and_leaves_the_others() {
        let area = PlanArea::of_map(&crate::sim::generate_town(2, 20)).unwrap();
        let work = area.nearest_inside([-71.0, 42.0]);
        let off = [area.south_west[0] - 0.05, area.north_east[1] - 0.01];
        let failed = SimulatorState::new(
            Scenario {
                commuter: Some(CommuterPlan::new(off, work, Weekday::ALL[..5].to_vec())),
                ..default_scenario()
            },
            None,
        )
        .next(Action::OffTown {
            generation: 1,
            area,
        })
        .next(Action::Simulated {
            generation: 1,
            result: Err("The home is outside the map.".into()),
        });
        assert_eq!(failed.off_town, Some(area));
        // Gone with the next change, and a late word from an older run is not taken.
        let later = failed.next(Action::SetDays(12));
        assert_eq!(later.off_town, None);
        let late = later.next(Action::OffTown {
            generation: 1,
            area,
        });
        assert_eq!(late.off_town, None);

        let moved = failed.next(Action::MoveIntoTown);
        let plan = moved.scenario.commuter.unwrap();
        assert!(area.contains(plan.home));
        assert_eq!(plan.home[1], off[1], "moved east only");
        assert_eq!(plan.work, work, "work was in town");
        assert_eq!(moved.generation, failed.generation + 1, "it runs again");
        assert_eq!(moved.off_town, None);
        assert_eq!(failed.next(Action::StartAgain).off_town, None);
        // Without a run that failed off its town there is nothing to move into.
        assert_eq!(state().next(Action::MoveIntoTown), state());
    }

    #[test]
    fn a_ready_made_life_replaces_the_life_that_failed() {
        let failed = state().next(Action::Simulated {
            generation: 1,
            result: Err("The home is far outside the map.".into()),
        });
        let next = failed.next(Action::ChoosePersona(Persona::Student));
        assert_eq!(next.scenario.commuter, None);
        assert_eq!(next.scenario.persona, Some(Persona::Student));
        assert_eq!(next.error, None);
    }
}

mod own_run {
    use super::*;

    #[test]
    fn the_visitors_own_run_from_before_a_link_comes_back_on_request() {
        let own = Scenario {
            days: 12,
            ..default_scenario()
        };
        let kept = state()
            .next(Action::SetDays(20))
            .next(Action::OwnRunKept(own.clone()));
        assert_eq!(kept.own_run, Some(own.clone()));
        let back = kept.next(Action::BackToOwnRun);
        assert_eq!(back.scenario, own);
        assert_eq!(back.own_run, None);
        assert_eq!(back.generation, kept.generation + 1, "it runs");
        assert_eq!(back.announcement, crate::text::own_run_back_done());
        // Kept the link's instead: the offer goes, the run stays.
        let stays = kept.next(Action::KeepLinkRun);
        assert_eq!(
            (stays.own_run, stays.scenario),
            (None, kept.scenario.clone())
        );
        // Nothing kept, nothing to go back to.
        assert_eq!(state().next(Action::BackToOwnRun), state());
    }
}
