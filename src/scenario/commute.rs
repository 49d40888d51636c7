//! Cameras on my route: for the visitor's commute (home to work and back), how many
//! cameras the fastest route passes and whose they are, the route that passes the fewest
//! within a time budget the visitor sets, what it costs in minutes, and what the analyst
//! still reconstructs when every commute takes it (the visitor's car simulated again with
//! that route, and the same analyst run on its reads). All of it in the run's own town
//! ([`commuter_town`]: the imported one the worker holds, or the generated one), so the
//! routes, their cameras and the analyst's month are of the town on the visitor's map.
//!
//! Pure: no UI crates. Runs in the town-wide worker ([`super::worker_protocol`]), since it
//! needs the analyst.
//!
//! # Units
//! Budgets and extra time in whole minutes, distances in meters.

use serde::{Deserialize, Serialize};

use super::dossier::{Dossier, FindingKind};
use super::run::{analysed, commuter_town, simulate_commuter_in};
use crate::sim::drive::DECISECONDS_PER_MINUTE;
use crate::sim::exposure::{CommuteChoice, DrivenRoute};
use crate::sim::{Scenario, TownMap};

/// The most extra minutes a visitor may allow the avoiding route.
pub const MAX_BUDGET_MINUTES: u32 = 30;

/// One way of driving the commute, as the panel states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RouteSummary {
    /// Door to door, whole minutes (rounded).
    pub minutes: u32,
    /// Cameras passed (a camera passed twice counts twice: it reads the car twice).
    pub cameras: u32,
    /// Whose cameras they are: operator and how many of the passes, most first ("" for
    /// cameras whose operator the map does not name).
    pub operators: Vec<(String, u32)>,
}

/// One direction of the commute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommuteLeg {
    /// True for home to work, false for work to home.
    pub to_work: bool,
    pub fastest: RouteSummary,
    pub avoiding: RouteSummary,
}

/// What the analyst gets from one month of the visitor's reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalystReach {
    /// Rows the vendor holds for the visitor's plate.
    pub reads: u32,
    /// Distance from the analyst's home guess to the true home, meters; `None` when it
    /// makes none.
    #[serde(with = "super::exact::optional")]
    pub home_error_meters: Option<f64>,
    /// Whether the true home is inside the guess's circle.
    pub home_right: Option<bool>,
    #[serde(with = "super::exact::optional")]
    pub work_error_meters: Option<f64>,
    pub work_right: Option<bool>,
}

impl AnalystReach {
    fn of(dossier: &Dossier, reads: usize) -> AnalystReach {
        let anchor = |kind| dossier.first(kind);
        AnalystReach {
            reads: reads as u32,
            home_error_meters: anchor(FindingKind::Home).and_then(|f| f.error_meters),
            home_right: anchor(FindingKind::Home).and_then(|f| f.right),
            work_error_meters: anchor(FindingKind::Work).and_then(|f| f.error_meters),
            work_right: anchor(FindingKind::Work).and_then(|f| f.right),
        }
    }
}

/// The route panel's answer for one scenario and budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommuteExposure {
    pub budget_minutes: u32,
    /// Home to work, then work to home (either may be missing where no road leads).
    pub legs: Vec<CommuteLeg>,
    /// The analyst on the month as driven (fastest routes).
    pub as_driven: AnalystReach,
    /// The analyst on the month when every commute takes the avoiding route.
    pub avoiding: AnalystReach,
}

impl CommuteExposure {
    /// The answer as the worker sends it (JSON; see [`super::worker_protocol::Reply::Commute`]).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The answer from the worker's JSON; unreadable JSON is an error message.
    pub fn from_json(json: &str) -> Result<CommuteExposure, String> {
        serde_json::from_str(json).map_err(|e| format!("the worker's answer is unreadable: {e}"))
    }

    /// Cameras passed on one round trip, fastest and avoiding.
    pub fn round_trip_cameras(&self) -> (u32, u32) {
        self.legs.iter().fold((0, 0), |(f, a), leg| {
            (f + leg.fastest.cameras, a + leg.avoiding.cameras)
        })
    }

    /// Extra minutes the avoiding routes take on one round trip.
    pub fn round_trip_extra_minutes(&self) -> u32 {
        self.legs
            .iter()
            .map(|leg| leg.avoiding.minutes.saturating_sub(leg.fastest.minutes))
            .sum()
    }
}

/// Whole minutes, rounded, of a duration in deciseconds.
fn minutes(deciseconds: u32) -> u32 {
    (deciseconds + DECISECONDS_PER_MINUTE / 2) / DECISECONDS_PER_MINUTE
}

fn summary(map: &TownMap, route: &DrivenRoute) -> RouteSummary {
    let mut operators: Vec<(String, u32)> = Vec::new();
    for &camera in &route.cameras {
        let operator = map
            .cameras
            .get(camera as usize)
            .map_or("", |c| c.operator.trim());
        match operators.iter_mut().find(|(o, _)| o == operator) {
            Some((_, n)) => *n += 1,
            None => operators.push((operator.to_owned(), 1)),
        }
    }
    operators.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    RouteSummary {
        minutes: minutes(route.duration_deciseconds),
        cameras: route.cameras.len() as u32,
        operators,
    }
}

fn leg(map: &TownMap, choice: &CommuteChoice, work: u32) -> CommuteLeg {
    CommuteLeg {
        to_work: choice.to == work,
        fastest: summary(map, &choice.fastest),
        avoiding: summary(map, &choice.avoiding),
    }
}

/// The route panel's answer: the commute's cameras, fastest and avoiding within
/// `budget_minutes` (at most [`MAX_BUDGET_MINUTES`]), and the analyst on both months.
pub fn commute_exposure(
    scenario: &Scenario,
    budget_minutes: u32,
) -> Result<CommuteExposure, String> {
    let budget_minutes = budget_minutes.min(MAX_BUDGET_MINUTES);
    let budget = budget_minutes * DECISECONDS_PER_MINUTE;
    // One town for the three: the run's own (the imported one this thread holds, or the
    // generated one), with its cameras.
    let town = commuter_town(scenario)?;
    let (map, choices) =
        crate::sim::commute_routes(scenario, town.clone(), budget).map_err(|e| e.to_string())?;
    let work = choices.first().map_or(u32::MAX, |c| c.to);
    let legs = choices.iter().map(|c| leg(&map, c, work)).collect();

    let as_driven = analysed(simulate_commuter_in(scenario, town.clone())?)?;
    let alone = Scenario {
        population: 0,
        ..scenario.clone()
    };
    let mut avoiding_run =
        crate::sim::simulate_avoiding_cameras(&alone, town, budget).map_err(|e| e.to_string())?;
    avoiding_run.simulation.scenario = scenario.clone();
    let avoiding = analysed(avoiding_run)?;
    Ok(CommuteExposure {
        budget_minutes,
        legs,
        as_driven: AnalystReach::of(&as_driven.dossier, as_driven.rows.len()),
        avoiding: AnalystReach::of(&avoiding.dossier, avoiding.rows.len()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A commuter in a town dense with cameras, so avoiding them is possible and costs time.
    fn dense() -> Scenario {
        Scenario {
            seed: 15,
            days: 14,
            population: 0,
            camera_count: 120,
            ..Scenario::default()
        }
    }

    mod commute_exposure {
        use super::*;

        #[test]
        fn a_budget_of_zero_costs_no_minutes() {
            let answer = commute_exposure(&dense(), 0).unwrap();
            assert_eq!(answer.legs.len(), 2);
            assert!(answer.legs[0].to_work && !answer.legs[1].to_work);
            assert_eq!(answer.round_trip_extra_minutes(), 0);
            let (fastest, avoiding) = answer.round_trip_cameras();
            assert!(avoiding <= fastest);
        }

        #[test]
        fn more_minutes_never_pass_more_cameras_nor_cost_more_than_allowed() {
            let mut last = u32::MAX;
            for budget in [0, 5, 15, 30] {
                let answer = commute_exposure(&dense(), budget).unwrap();
                let (_, avoiding) = answer.round_trip_cameras();
                assert!(avoiding <= last, "{avoiding} > {last} at {budget} min");
                last = avoiding;
                for leg in &answer.legs {
                    // Whole minutes are rounded: one minute of slack for the rounding.
                    assert!(leg.avoiding.minutes <= leg.fastest.minutes + budget + 1);
                }
            }
        }

        #[test]
        fn names_whose_cameras_the_commute_passes() {
            let answer = commute_exposure(&dense(), 0).unwrap();
            for leg in &answer.legs {
                let named: u32 = leg.fastest.operators.iter().map(|(_, n)| n).sum();
                assert_eq!(named, leg.fastest.cameras);
            }
            assert!(
                answer.legs.iter().any(|leg| leg
                    .fastest
                    .operators
                    .iter()
                    .any(|(o, _)| o.contains("Police"))),
                "{answer:?}"
            );
        }

        #[test]
        fn the_avoiding_month_gives_the_analyst_no_more_reads_than_the_fastest() {
            let answer = commute_exposure(&dense(), 30).unwrap();
            let (fastest, avoiding) = answer.round_trip_cameras();
            assert!(avoiding < fastest, "{answer:?}");
            assert!(answer.avoiding.reads < answer.as_driven.reads, "{answer:?}");
        }

        #[test]
        fn a_budget_above_the_most_is_held_to_it() {
            let answer = commute_exposure(&dense(), 500).unwrap();
            assert_eq!(answer.budget_minutes, MAX_BUDGET_MINUTES);
        }
    }
}
