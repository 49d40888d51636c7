//! Spec of the simulator's reducer (issue 12): a run is a function of the settings the
//! visitor can see, never of the order they were set in. Natively, with each change
//! followed by its run as the simulator's runner delivers it.

use std::rc::Rc;

use plate_trail::scenario::run::{Run, run_commuter};
use plate_trail::sim::{Persona, Scenario};
use plate_trail::views::simulator::state::{Action, SimulatorState, default_scenario};

/// Every order of `actions`.
fn orders(actions: &[Action]) -> Vec<Vec<Action>> {
    if actions.is_empty() {
        return vec![Vec::new()];
    }
    (0..actions.len())
        .flat_map(|i| {
            let mut rest = actions.to_vec();
            let first = rest.remove(i);
            orders(&rest).into_iter().map(move |mut order| {
                order.insert(0, first.clone());
                order
            })
        })
        .collect()
}

/// The state after `actions` from a first visit, each change followed by its run (the
/// visitor's part; `runs` memoises them by scenario, as the app's memo does).
fn settle(actions: &[Action], runs: &mut Vec<(Scenario, Rc<Run>)>) -> SimulatorState {
    let mut run = |state: SimulatorState| {
        let outcome = match runs.iter().find(|(s, _)| *s == state.scenario) {
            Some((_, outcome)) => outcome.clone(),
            None => {
                let outcome = Rc::new(run_commuter(0, &state.scenario, || 0.0).expect("runs"));
                runs.push((state.scenario.clone(), outcome.clone()));
                outcome
            }
        };
        let generation = state.generation;
        state.next(Action::Simulated {
            generation,
            result: Ok(outcome),
        })
    };
    let mut state = run(SimulatorState::new(default_scenario(), None));
    for action in actions {
        state = run(state.next(action.clone()));
    }
    state
}

mod settings_order {
    use super::*;

    #[test]
    fn every_order_of_seed_persona_days_and_cameras_gives_the_same_scenario_and_run() {
        let actions = [
            Action::SetSeed(7),
            Action::ChoosePersona(Persona::Student),
            Action::SetDays(20),
            Action::SetCameraCount(40),
        ];
        let mut runs = Vec::new();
        let ends: Vec<SimulatorState> = orders(&actions)
            .iter()
            .map(|order| settle(order, &mut runs))
            .collect();
        assert_eq!(ends.len(), 24);
        let outcome = |s: &SimulatorState| s.outcome.clone().expect("ran");
        let first = &ends[0];
        for end in &ends {
            assert_eq!(end.scenario, first.scenario);
            assert_eq!(
                outcome(end).simulation.digest(),
                outcome(first).simulation.digest()
            );
        }
        let scenario = &first.scenario;
        assert_eq!(
            (scenario.seed, scenario.days, scenario.camera_count),
            (7, 20, 40)
        );
        assert_eq!(outcome(first).plan.persona, Persona::Student);
    }
}
