//! The planner: a settled plan (its places on the map) turned into days of the commuter's
//! drives and stays - departure times that jitter, plans that sometimes change, usual
//! routes with the odd alternative, home in between when the next stop is far off.
//!
//! Draws only from the commuter's generator, in a fixed order (the determinism digests
//! depend on it). This module must not choose places (that is `plan`).

use rand::Rng;
use rand_pcg::Pcg32;

use super::plan::CommuterPlan;
use super::stops::{RegularStop, StopDays};
use crate::sim::drive::{DECISECONDS_PER_DAY, DECISECONDS_PER_MINUTE, Drive, Endpoint, Traffic};
use crate::sim::model::{MINUTES_PER_DAY, PlaceId, TownMap, Weekday};
use crate::sim::pace::Pace;
use crate::sim::stable_sort::sort_by_key;
use crate::sim::truth::Visit;

/// A plan's places as map places.
#[derive(Clone, Debug, PartialEq)]
pub struct SettledPlan {
    pub home: PlaceId,
    pub work: PlaceId,
    /// The plan's stops, with their places, in the plan's order.
    pub stops: Vec<(RegularStop, PlaceId)>,
}

/// What one commuter drive is part of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DriveRole {
    /// Index of the outing (home, stops, home) it belongs to.
    pub outing: u32,
    pub to_work: bool,
    pub from_work: bool,
    /// The outing includes a stop the partner comes to.
    pub with_partner: bool,
    /// The outing includes work.
    pub includes_work: bool,
}

/// The commuter's month: drives, what each is for, and the stays between them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommuterMonth {
    pub drives: Vec<Drive>,
    pub roles: Vec<DriveRole>,
    pub visits: Vec<Visit>,
}

struct Appointment {
    place: PlaceId,
    target_arrival: u32,
    stay: u32,
    is_work: bool,
    with_partner: bool,
}

fn jitter_minutes(rng: &mut Pcg32, spread: u32) -> i64 {
    rng.random_range(0..=2 * spread) as i64 - spread as i64
}

fn at_least_zero(value: i64) -> u32 {
    value.clamp(0, u32::MAX as i64) as u32
}

/// Gap between two stops (in deciseconds) above which the commuter goes home in between.
const HOME_IN_BETWEEN_DECISECONDS: u32 = 90 * DECISECONDS_PER_MINUTE;

/// Turns a settled plan into `days` days of drives and stays, pausing at `pace` before each
/// day (the first routes through town are the slow part of the visitor's run).
pub async fn plan_commuter(
    plan: &CommuterPlan,
    settled: &SettledPlan,
    map: &TownMap,
    traffic: &mut Traffic<'_>,
    days: u32,
    rng: &mut Pcg32,
    pace: &mut impl Pace,
) -> CommuterMonth {
    let end = days * DECISECONDS_PER_DAY;
    let endpoint = |place: PlaceId| Endpoint {
        node: map.places[place as usize].access,
        place: Some(place),
    };
    let mut month = CommuterMonth::default();
    let mut at = settled.home;
    let mut here_since = 0u32;
    let mut free_from = 0u32;
    let mut outing = 0u32;
    let mut outing_with_partner = false;
    let mut outing_has_work = false;
    let mut outing_start = 0usize;
    let plans_change = plan.plans_change_probability.clamp(0.0, 1.0);
    let alternative = plan.alternative_route_probability.clamp(0.0, 1.0);

    // Drives from where the commuter is to `to`, leaving at `depart`; returns the arrival.
    let go = |month: &mut CommuterMonth,
              at: &mut PlaceId,
              here_since: &mut u32,
              to: PlaceId,
              depart: u32,
              rng: &mut Pcg32,
              traffic: &mut Traffic|
     -> Option<u32> {
        let (from_end, to_end) = (endpoint(*at), endpoint(to));
        let mut route = traffic.route(from_end, to_end)?;
        if rng.random_bool(alternative)
            && let Some(other) = traffic.alternative(route)
        {
            route = other;
        }
        let drive = Drive {
            depart_deciseconds: depart,
            from: from_end,
            to: to_end,
            route,
        };
        let arrival = traffic.arrival_deciseconds(&drive);
        month.visits.push(Visit {
            place: *at,
            kind: map.places[*at as usize].kind,
            arrive_minute: *here_since / DECISECONDS_PER_MINUTE,
            depart_minute: depart / DECISECONDS_PER_MINUTE,
        });
        month.drives.push(drive);
        month.roles.push(DriveRole {
            outing: 0,
            to_work: to == settled.work,
            from_work: *at == settled.work,
            with_partner: false,
            includes_work: false,
        });
        *at = to;
        *here_since = arrival;
        Some(arrival)
    };

    for day in 0..days {
        pace.breathe().await;
        let midnight = day * DECISECONDS_PER_DAY;
        let weekday = Weekday::ALL[(day % 7) as usize];
        let mut appointments = Vec::new();
        if plan.workdays.contains(&weekday) && !rng.random_bool(plans_change / 3.0) {
            let arrive = midnight as i64
                + (plan.shift_start_minute_of_day as i64 + jitter_minutes(rng, 8))
                    * DECISECONDS_PER_MINUTE as i64;
            let stay = plan.shift_minutes as i64 + jitter_minutes(rng, 12);
            appointments.push(Appointment {
                place: settled.work,
                target_arrival: at_least_zero(arrive),
                stay: at_least_zero(stay) * DECISECONDS_PER_MINUTE,
                is_work: true,
                with_partner: false,
            });
        }
        for (stop, place) in &settled.stops {
            if !stop.days.includes(day) {
                continue;
            }
            if matches!(stop.days, StopDays::Weekly(_)) && rng.random_bool(plans_change) {
                continue;
            }
            let arrive = midnight as i64
                + (stop.arrive_minute_of_day as i64 + jitter_minutes(rng, 10))
                    * DECISECONDS_PER_MINUTE as i64;
            let stay = stop.stay_minutes as i64 + jitter_minutes(rng, stop.stay_minutes / 10);
            appointments.push(Appointment {
                place: *place,
                target_arrival: at_least_zero(arrive),
                stay: at_least_zero(stay).max(1) * DECISECONDS_PER_MINUTE,
                is_work: false,
                with_partner: stop.with_partner,
            });
        }
        sort_by_key(&mut appointments, |a| (a.target_arrival, !a.is_work));
        for (index, appointment) in appointments.iter().enumerate() {
            if appointment.target_arrival + appointment.stay <= free_from || appointment.place == at
            {
                continue;
            }
            let estimate = traffic
                .route(endpoint(at), endpoint(appointment.place))
                .map_or(0, |r| {
                    traffic.duration_deciseconds(endpoint(at), r, endpoint(appointment.place))
                });
            let depart = appointment
                .target_arrival
                .saturating_sub(estimate)
                .max(free_from);
            if depart >= end {
                break;
            }
            if at == settled.home {
                outing += 1;
                outing_with_partner = false;
                outing_has_work = false;
                outing_start = month.drives.len();
            }
            let Some(arrival) = go(
                &mut month,
                &mut at,
                &mut here_since,
                appointment.place,
                depart,
                rng,
                traffic,
            ) else {
                continue;
            };
            outing_with_partner |= appointment.with_partner;
            outing_has_work |= appointment.is_work;
            let mut leave = arrival + appointment.stay;
            let next = appointments[index + 1..]
                .iter()
                .find(|n| n.target_arrival + n.stay > arrival);
            if let Some(next) = next {
                // Leave early (e.g. from work) to make the next appointment.
                let to_next = traffic
                    .route(endpoint(at), endpoint(next.place))
                    .map_or(0, |r| {
                        traffic.duration_deciseconds(endpoint(at), r, endpoint(next.place))
                    });
                leave = leave
                    .min(next.target_arrival.saturating_sub(to_next))
                    .max(arrival + 5 * DECISECONDS_PER_MINUTE);
            }
            free_from = leave;
            let home_in_between =
                next.is_none_or(|n| n.target_arrival > leave + HOME_IN_BETWEEN_DECISECONDS);
            if home_in_between
                && leave < end
                && go(
                    &mut month,
                    &mut at,
                    &mut here_since,
                    settled.home,
                    leave,
                    rng,
                    traffic,
                )
                .is_some()
            {
                free_from = here_since + DECISECONDS_PER_MINUTE;
            }
            for role in &mut month.roles[outing_start..] {
                role.outing = outing;
                role.with_partner = outing_with_partner;
                role.includes_work = outing_has_work;
            }
        }
    }
    month.visits.push(Visit {
        place: at,
        kind: map.places[at as usize].kind,
        arrive_minute: here_since / DECISECONDS_PER_MINUTE,
        depart_minute: days * MINUTES_PER_DAY,
    });
    month
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::capture::CoverageTable;
    use crate::sim::pace::testing::{EveryBreath, run_with_pauses};
    use crate::sim::random::{Stream, generator};
    use crate::sim::routing::RoadGraph;
    use crate::sim::{Scenario, generate_town, settle_town};

    mod pacing {
        use super::*;

        #[test]
        fn the_commuters_month_pauses_before_every_day() {
            // The first routes through town are the slow part of the visitor's run: a page
            // that simulates it in slices must be able to pause between days.
            let scenario = Scenario {
                population: 0,
                days: 9,
                ..Scenario::default()
            };
            let town = settle_town(
                &scenario,
                generate_town(scenario.seed, scenario.camera_count),
            )
            .unwrap();
            let graph = RoadGraph::new(&town.map);
            let coverage = CoverageTable::new(&town.map, &graph);
            let mut traffic = Traffic::new(&graph, &coverage, &town.map);
            let mut rng = generator(scenario.seed, Stream::Commuter, 0);
            let mut pace = EveryBreath::default();
            let (month, pauses) = run_with_pauses(plan_commuter(
                &town.plan,
                &town.settled,
                &town.map,
                &mut traffic,
                scenario.days,
                &mut rng,
                &mut pace,
            ));
            assert_eq!(pauses, scenario.days);
            assert!(!month.drives.is_empty());
        }
    }
}
