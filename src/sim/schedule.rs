//! The commuter's week: personas (ready-made lives the visitor can start from), the regular
//! stops of a plan, and the planner that turns a plan into drives and stays - departure
//! times that jitter, plans that sometimes change, usual routes with the odd alternative.
//!
//! Also the companions (a carpooling neighbour, a partner), whose drives copy some of the
//! commuter's, a minute or two apart. Never draws from the population's generators.

use rand::Rng;
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};

use super::drive::{DECISECONDS_PER_DAY, DECISECONDS_PER_MINUTE, Drive, Endpoint, Traffic};
use super::geometry::{LocalFrame, LocalPoint};
use super::model::*;
use super::town::{nearest_street_intersection, street_intersections};
use super::{CommuterPlan, Visit};

/// Why the commuter stops somewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StopPurpose {
    SchoolDropOff,
    Gym,
    Grocery,
    Worship,
    Clinic,
    LegalAid,
    UnionMeeting,
    Protest,
    Friend,
    WeekendTrip,
}

impl StopPurpose {
    /// How the stop is named when the visitor puts it where no place is.
    pub fn label(self) -> &'static str {
        match self {
            StopPurpose::SchoolDropOff => "school drop-off",
            StopPurpose::Gym => "gym",
            StopPurpose::Grocery => "grocery run",
            StopPurpose::Worship => "weekly worship",
            StopPurpose::Clinic => "clinic visit",
            StopPurpose::LegalAid => "legal aid appointment",
            StopPurpose::UnionMeeting => "union meeting",
            StopPurpose::Protest => "protest",
            StopPurpose::Friend => "friend's house",
            StopPurpose::WeekendTrip => "weekend trip",
        }
    }
}

/// Which days a stop happens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StopDays {
    /// Every week on these days (skipped now and then when plans change).
    Weekly(Vec<Weekday>),
    /// On these simulation days only (day 0 is the first Monday).
    OnDays(Vec<u32>),
}

impl StopDays {
    fn includes(&self, day: u32) -> bool {
        match self {
            StopDays::Weekly(days) => days.contains(&Weekday::ALL[(day % 7) as usize]),
            StopDays::OnDays(days) => days.contains(&day),
        }
    }
}

/// A regular stop in the commuter's life.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegularStop {
    pub purpose: StopPurpose,
    /// The kind of place; an existing place of this kind within 150 m of `position` is
    /// used, otherwise a new one is put there.
    pub kind: PlaceKind,
    /// Lon/lat degrees.
    pub position: LonLat,
    pub days: StopDays,
    /// Planned arrival, minutes after midnight.
    pub arrive_minute_of_day: u32,
    /// Planned stay in minutes (may run past midnight, e.g. a weekend away).
    pub stay_minutes: u32,
    /// The partner drives there too (in their own car, a minute or two apart).
    pub with_partner: bool,
}

/// A ready-made life the visitor can start from and change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Persona {
    /// Office job at the Route 30 office park, a child at the elementary school, church on
    /// Sundays, a women's health clinic visit, a protest, a weekend at the lake.
    OfficeParent,
    /// Twelve-hour hospital shifts, Friday prayers at the mosque, an immigration legal-aid
    /// appointment, a protest, a friend in Wexford.
    HospitalNurse,
    /// Early factory shifts, the union hall on Wednesdays, the synagogue on Saturdays, a
    /// protest, a clinic visit.
    FactoryOrganiser,
}

impl Persona {
    pub const ALL: [Persona; 3] = [
        Persona::OfficeParent,
        Persona::HospitalNurse,
        Persona::FactoryOrganiser,
    ];

    /// The persona a scenario without a plan gets.
    pub fn for_seed(seed: u64) -> Persona {
        Persona::ALL[(seed % 3) as usize]
    }
}

/// Day index of the `n`th (1-based) `weekday` of a run starting on a Monday.
fn nth(weekday: Weekday, n: u32) -> u32 {
    weekday.index() as u32 + 7 * (n - 1)
}

impl CommuterPlan {
    /// The plan of `persona` on `map`: places are the map's nearest of the right kind, the
    /// home a street corner in the persona's neighbourhood (varied by `seed`).
    pub fn for_persona(persona: Persona, map: &TownMap, seed: u64) -> CommuterPlan {
        use PlaceKind::*;
        use StopPurpose::*;
        use Weekday::*;
        let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
        let centre = LocalFrame::around(
            map.boundary
                .iter()
                .copied()
                .chain(map.intersections.iter().map(|i| i.position)),
        );
        let c = frame.to_local(centre.origin());
        let near = |x: f64, y: f64| LocalPoint::new(c.x_meters + x, c.y_meters + y);
        let mut rng =
            super::random::generator(seed, super::random::Stream::Persona, persona as u64);
        let home_target = match persona {
            Persona::OfficeParent => near(600.0, 1_600.0),
            Persona::HospitalNurse => near(-300.0, -1_400.0),
            Persona::FactoryOrganiser => near(-1_500.0, -300.0),
        };
        let home_target = LocalPoint::new(
            home_target.x_meters + rng.random_range(-300.0..=300.0),
            home_target.y_meters + rng.random_range(-300.0..=300.0),
        );
        let streets = street_intersections(map);
        let corner = nearest_street_intersection(map, &frame, &streets, home_target)
            .map(|id| frame.to_local(map.intersections[id as usize].position))
            .unwrap_or(home_target);
        let home = frame.to_lon_lat(LocalPoint::new(
            corner.x_meters + 45.0,
            corner.y_meters + 20.0,
        ));
        // The place of `kind` nearest the home (optionally whose name contains `hint`).
        let find = |kind: PlaceKind, hint: &str| -> Option<LonLat> {
            let from = frame.to_local(home);
            map.places
                .iter()
                .filter(|p| p.kind == kind && (hint.is_empty() || p.name.contains(hint)))
                .min_by(|a, b| {
                    let da = frame.to_local(a.position).distance_meters(from);
                    let db = frame.to_local(b.position).distance_meters(from);
                    da.total_cmp(&db)
                })
                .map(|p| p.position)
        };
        let stop =
            |purpose, kind, hint: &str, days, arrive_minute_of_day, stay_minutes, with_partner| {
                find(kind, hint).map(|position| RegularStop {
                    purpose,
                    kind,
                    position,
                    days,
                    arrive_minute_of_day,
                    stay_minutes,
                    with_partner,
                })
            };
        let weekdays = vec![Monday, Tuesday, Wednesday, Thursday, Friday];
        let (work, workdays, shift_start, shift_minutes, stops) = match persona {
            Persona::OfficeParent => (
                find(OfficePark, ""),
                weekdays.clone(),
                9 * 60,
                8 * 60 + 30,
                vec![
                    stop(
                        SchoolDropOff,
                        School,
                        "Elementary",
                        StopDays::Weekly(weekdays),
                        8 * 60 + 20,
                        5,
                        false,
                    ),
                    stop(
                        StopPurpose::Gym,
                        PlaceKind::Gym,
                        "",
                        StopDays::Weekly(vec![Monday, Wednesday]),
                        17 * 60 + 50,
                        60,
                        false,
                    ),
                    stop(
                        StopPurpose::Grocery,
                        PlaceKind::Grocery,
                        "",
                        StopDays::Weekly(vec![Saturday]),
                        10 * 60,
                        45,
                        false,
                    ),
                    stop(
                        Worship,
                        Church,
                        "Catholic",
                        StopDays::Weekly(vec![Sunday]),
                        9 * 60 + 30,
                        80,
                        true,
                    ),
                    stop(
                        Clinic,
                        ReproductiveHealthClinic,
                        "",
                        StopDays::OnDays(vec![nth(Thursday, 2)]),
                        15 * 60,
                        60,
                        false,
                    ),
                    stop(
                        Protest,
                        TownHall,
                        "",
                        StopDays::OnDays(vec![nth(Saturday, 2)]),
                        13 * 60,
                        120,
                        false,
                    ),
                    stop(
                        Friend,
                        FriendsHouse,
                        "",
                        StopDays::Weekly(vec![Friday]),
                        19 * 60,
                        150,
                        true,
                    ),
                    stop(
                        WeekendTrip,
                        OutOfTown,
                        "Lake",
                        StopDays::OnDays(vec![nth(Saturday, 3)]),
                        11 * 60,
                        29 * 60,
                        true,
                    ),
                ],
            ),
            Persona::HospitalNurse => (
                find(Hospital, ""),
                vec![Monday, Tuesday, Thursday],
                7 * 60,
                12 * 60,
                vec![
                    stop(
                        StopPurpose::Gym,
                        PlaceKind::Gym,
                        "",
                        StopDays::Weekly(vec![Wednesday, Saturday]),
                        9 * 60 + 30,
                        75,
                        false,
                    ),
                    stop(
                        StopPurpose::Grocery,
                        PlaceKind::Grocery,
                        "",
                        StopDays::Weekly(vec![Sunday]),
                        11 * 60,
                        40,
                        false,
                    ),
                    stop(
                        Worship,
                        Mosque,
                        "",
                        StopDays::Weekly(vec![Friday]),
                        12 * 60 + 30,
                        60,
                        true,
                    ),
                    stop(
                        LegalAid,
                        ImmigrationLegalAid,
                        "",
                        StopDays::OnDays(vec![nth(Wednesday, 2), nth(Wednesday, 4)]),
                        14 * 60,
                        60,
                        false,
                    ),
                    stop(
                        Protest,
                        TownHall,
                        "",
                        StopDays::OnDays(vec![nth(Saturday, 2)]),
                        13 * 60,
                        120,
                        false,
                    ),
                    stop(
                        Friend,
                        FriendsHouse,
                        "Wexford",
                        StopDays::Weekly(vec![Sunday]),
                        17 * 60,
                        180,
                        true,
                    ),
                    stop(
                        WeekendTrip,
                        OutOfTown,
                        "Boston",
                        StopDays::OnDays(vec![nth(Saturday, 3)]),
                        11 * 60,
                        28 * 60,
                        true,
                    ),
                ],
            ),
            Persona::FactoryOrganiser => (
                find(Factory, ""),
                weekdays,
                6 * 60,
                8 * 60,
                vec![
                    stop(
                        UnionMeeting,
                        UnionHall,
                        "",
                        StopDays::Weekly(vec![Wednesday]),
                        18 * 60,
                        90,
                        false,
                    ),
                    stop(
                        Worship,
                        Synagogue,
                        "",
                        StopDays::Weekly(vec![Saturday]),
                        9 * 60 + 30,
                        120,
                        true,
                    ),
                    stop(
                        StopPurpose::Grocery,
                        PlaceKind::Grocery,
                        "",
                        StopDays::Weekly(vec![Thursday]),
                        15 * 60,
                        40,
                        false,
                    ),
                    stop(
                        StopPurpose::Gym,
                        PlaceKind::Gym,
                        "",
                        StopDays::Weekly(vec![Tuesday, Thursday]),
                        17 * 60,
                        60,
                        false,
                    ),
                    stop(
                        Clinic,
                        ReproductiveHealthClinic,
                        "",
                        StopDays::OnDays(vec![nth(Monday, 3)]),
                        15 * 60 + 30,
                        45,
                        false,
                    ),
                    stop(
                        Protest,
                        TownHall,
                        "",
                        StopDays::OnDays(vec![nth(Saturday, 2)]),
                        13 * 60,
                        120,
                        false,
                    ),
                    stop(
                        Friend,
                        FriendsHouse,
                        "",
                        StopDays::Weekly(vec![Friday]),
                        19 * 60,
                        120,
                        true,
                    ),
                    stop(
                        WeekendTrip,
                        OutOfTown,
                        "Lake",
                        StopDays::OnDays(vec![nth(Saturday, 4)]),
                        12 * 60,
                        27 * 60,
                        true,
                    ),
                ],
            ),
        };
        CommuterPlan {
            persona,
            home,
            work: work.unwrap_or(home),
            workdays,
            shift_start_minute_of_day: shift_start,
            shift_minutes,
            stops: stops.into_iter().flatten().collect(),
            carpool: true,
            partner: true,
            plans_change_probability: 0.1,
            alternative_route_probability: 0.2,
        }
    }
}

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

/// Turns a settled plan into `days` days of drives and stays.
pub fn plan_commuter(
    plan: &CommuterPlan,
    settled: &SettledPlan,
    map: &TownMap,
    traffic: &mut Traffic,
    days: u32,
    rng: &mut Pcg32,
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
        appointments.sort_by_key(|a| (a.target_arrival, !a.is_work));
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

/// Copies drives of the commuter's outings for a companion who drives along in their own
/// car, `1..=3` minutes behind (one delay per outing, so the copies never overlap).
/// `joins` says which outings; for the carpool only the way to work is copied, and the
/// companion goes straight home from work when the commuter leaves.
pub fn companion_drives(
    month: &CommuterMonth,
    companion_home: Endpoint,
    commuter_home: PlaceId,
    traffic: &mut Traffic,
    rng: &mut Pcg32,
    carpool: bool,
    joins: impl Fn(&DriveRole) -> bool,
) -> Vec<Drive> {
    let mut drives = Vec::new();
    let mut delay = 0;
    let mut current_outing = u32::MAX;
    let mut joined = false;
    let mut at_work = false;
    let mut free_from = 0u32;
    for (drive, role) in month.drives.iter().zip(&month.roles) {
        if role.outing != current_outing {
            current_outing = role.outing;
            joined = joins(role);
            delay =
                rng.random_range(1..=3u32) * DECISECONDS_PER_MINUTE + rng.random_range(0..300u32);
            at_work = false;
        }
        if !joined {
            continue;
        }
        let swap_home = |end: Endpoint| {
            if end.place == Some(commuter_home) {
                companion_home
            } else {
                end
            }
        };
        let (from, to) = (swap_home(drive.from), swap_home(drive.to));
        if carpool {
            if at_work && role.from_work {
                if let Some(route) = traffic.route(from, companion_home) {
                    let copy = Drive {
                        depart_deciseconds: (drive.depart_deciseconds + delay).max(free_from),
                        from,
                        to: companion_home,
                        route,
                    };
                    free_from = traffic.arrival_deciseconds(&copy) + DECISECONDS_PER_MINUTE;
                    drives.push(copy);
                }
                at_work = false;
                joined = false;
                continue;
            }
            if at_work {
                continue;
            }
        }
        let route = if from == drive.from && to == drive.to {
            drive.route
        } else {
            match traffic.route(from, to) {
                Some(route) => route,
                None => continue,
            }
        };
        let copy = Drive {
            depart_deciseconds: (drive.depart_deciseconds + delay).max(free_from),
            from,
            to,
            route,
        };
        free_from = traffic.arrival_deciseconds(&copy) + DECISECONDS_PER_MINUTE;
        drives.push(copy);
        at_work = role.to_work;
    }
    drives
}
