//! The limits of what a visitor can set, in one place: the controls offer exactly these
//! ranges, a saved scenario, a share link or a scenario file outside them is refused
//! ([`plausible`]), and the reducers clamp to them. So "Copy link" never gives a link this
//! app refuses. Pure constants and checks: no UI crates.

use crate::sim::{MAX_POPULATION, MINUTES_PER_DAY, PlanArea, Scenario};

/// Longest simulation the controls offer, days.
pub const MAX_DAYS: u32 = 90;

/// Shortest and longest time at work the controls accept, minutes.
pub const SHIFT_MINUTES: std::ops::RangeInclusive<u32> = 30..=16 * 60;

/// Most regular stops a plan may have.
pub const MAX_STOPS: usize = 24;

/// Shortest stay the stop editor accepts, minutes.
pub const MIN_STAY_MINUTES: u32 = 5;

/// Longest stay the stop editor accepts (the simulation's limit), minutes: 72 hours.
pub const MAX_STAY_MINUTES: u32 = 3 * MINUTES_PER_DAY;

/// A map click this near a town place (meters) means that place.
pub const SNAP_METERS: f64 = 150.0;

/// Camera shares the policy lab offers, percent.
pub const CAMERA_PERCENTS: [u32; 4] = [100, 75, 50, 25];

/// Cameras the simulator's camera control offers (the core takes up to
/// [`crate::sim::MAX_CAMERAS`]): from a handful to eight per km² of the default town,
/// denser than any mapped Massachusetts town.
pub const CAMERA_COUNT: std::ops::RangeInclusive<u32> = 5..=200;

/// Background cars a scenario may have (a link writes them when not the default).
pub const POPULATION: std::ops::RangeInclusive<u32> = 1..=MAX_POPULATION;

/// The scenario if its numbers are ones the controls could have produced and its places lie
/// on its town ([`places_on_town`]): a saved scenario or a share link that fails this is not
/// run.
pub fn plausible(scenario: Scenario) -> Option<Scenario> {
    let area = area_of(&scenario);
    plausible_in(scenario, &area)
}

/// [`plausible`] with the places checked against `area` (a scenario file's, from its town).
pub fn plausible_in(scenario: Scenario, area: &PlanArea) -> Option<Scenario> {
    (numbers_plausible(&scenario) && places_inside(&scenario, area)).then_some(scenario)
}

/// Where `scenario`'s places may lie when its town is not at hand: the made-up town's
/// area, or anywhere on the globe for an imported town (its run checks the rest).
pub fn area_of(scenario: &Scenario) -> PlanArea {
    match scenario.town_file {
        None => PlanArea::made_up_town(),
        Some(_) => PlanArea::GLOBE,
    }
}

/// Whether the places of `scenario`'s life (home, work, stops) lie on its town, as far as
/// that is known without the town ([`area_of`]).
pub fn places_on_town(scenario: &Scenario) -> bool {
    places_inside(scenario, &area_of(scenario))
}

/// Whether the places of `scenario`'s life (home, work, stops) lie in `area`: a run's own
/// town's box, once the town is made.
pub fn places_inside(scenario: &Scenario, area: &PlanArea) -> bool {
    scenario.commuter.as_ref().is_none_or(|plan| {
        [plan.home, plan.work]
            .into_iter()
            .chain(plan.stops.iter().map(|s| s.position))
            .all(|p| area.contains(p))
    })
}

/// Whether every number of `scenario` is in the controls' ranges.
pub fn numbers_plausible(scenario: &Scenario) -> bool {
    let in_range = (1..=MAX_DAYS).contains(&scenario.days)
        && POPULATION.contains(&scenario.population)
        && CAMERA_COUNT.contains(&scenario.camera_count);
    let plan_ok = scenario.commuter.as_ref().is_none_or(|plan| {
        // Chances outside 0..=1 (or NaN) would stop the simulation's random draws.
        let chance = |p: f64| (0.0..=1.0).contains(&p);
        let times = plan.shift_start_minute_of_day < MINUTES_PER_DAY
            && SHIFT_MINUTES.contains(&plan.shift_minutes)
            && plan.stops.len() <= MAX_STOPS
            && plan.stops.iter().all(|s| {
                s.arrive_minute_of_day < MINUTES_PER_DAY
                    && (MIN_STAY_MINUTES..=MAX_STAY_MINUTES).contains(&s.stay_minutes)
            });
        times && chance(plan.plans_change_probability) && chance(plan.alternative_route_probability)
    });
    in_range && plan_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{CommuterPlan, Persona, TownFile, generate_town};

    fn with_life(edit: impl FnOnce(&mut CommuterPlan)) -> Scenario {
        let mut plan = CommuterPlan::for_persona(Persona::HospitalNurse, &generate_town(1, 20), 1);
        edit(&mut plan);
        Scenario {
            commuter: Some(plan),
            ..Scenario::default()
        }
    }

    mod places {
        use super::*;

        #[test]
        fn a_life_in_the_made_up_town_is_plausible() {
            assert!(plausible(with_life(|_| ())).is_some());
        }

        #[test]
        fn a_home_work_or_stop_off_the_town_is_refused() {
            let tokyo = [139.7, 35.6];
            assert_eq!(plausible(with_life(|p| p.home = tokyo)), None);
            assert_eq!(plausible(with_life(|p| p.work = [1e300, -1e300])), None);
            let stop_off = with_life(|p| {
                if let Some(stop) = p.stops.first_mut() {
                    stop.position = tokyo;
                }
            });
            assert!(
                stop_off
                    .commuter
                    .as_ref()
                    .is_some_and(|p| !p.stops.is_empty())
            );
            assert_eq!(plausible(stop_off), None);
        }

        #[test]
        fn an_imported_towns_life_is_checked_against_the_globe_or_its_map() {
            let imported = |home| Scenario {
                town_file: Some(TownFile {
                    name: "Tokyo".into(),
                    digest: "0".repeat(16),
                }),
                ..with_life(|p| p.home = home)
            };
            assert!(plausible(imported([139.7, 35.6])).is_some());
            assert_eq!(plausible(imported([1e300, 0.0])), None);
            let millbrook = PlanArea::made_up_town();
            assert_eq!(plausible_in(imported([139.7, 35.6]), &millbrook), None);
        }
    }

    mod numbers {
        use super::*;

        #[test]
        fn the_counts_are_the_links_and_the_controls() {
            let with = |edit: fn(&mut Scenario)| {
                let mut scenario = Scenario::default();
                edit(&mut scenario);
                plausible(scenario)
            };
            assert!(with(|_| ()).is_some());
            assert_eq!(with(|s| s.camera_count = 0), None);
            assert_eq!(with(|s| s.camera_count = 250), None);
            assert_eq!(with(|s| s.population = 0), None);
            assert_eq!(with(|s| s.population = 60_000), None);
            assert_eq!(with(|s| s.days = 0), None);
            assert_eq!(with(|s| s.days = MAX_DAYS + 1), None);
        }

        #[test]
        fn a_shift_or_stay_below_the_fields_minimum_is_refused() {
            assert_eq!(plausible(with_life(|p| p.shift_minutes = 0)), None);
            let stay_zero = with_life(|p| {
                if let Some(stop) = p.stops.first_mut() {
                    stop.stay_minutes = 0;
                }
            });
            assert_eq!(plausible(stay_zero), None);
        }
    }
}
