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
use super::error::MAX_DAYS;
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
    /// A day's work somewhere other than the usual workplace (a day labourer's site).
    JobSite,
    CourtHearing,
    /// A bar or a restaurant in the evening.
    NightOut,
    /// A second job besides the main one (or a student's job besides classes).
    PartTimeJob,
    /// Shopping other than groceries: the hardware store, the pharmacy.
    Errand,
}

impl StopPurpose {
    /// Every purpose, in the order the stop editor offers them.
    pub const ALL: [StopPurpose; 15] = [
        StopPurpose::SchoolDropOff,
        StopPurpose::Gym,
        StopPurpose::Grocery,
        StopPurpose::Errand,
        StopPurpose::Worship,
        StopPurpose::Clinic,
        StopPurpose::LegalAid,
        StopPurpose::CourtHearing,
        StopPurpose::UnionMeeting,
        StopPurpose::Protest,
        StopPurpose::Friend,
        StopPurpose::NightOut,
        StopPurpose::JobSite,
        StopPurpose::PartTimeJob,
        StopPurpose::WeekendTrip,
    ];

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
            StopPurpose::JobSite => "job site",
            StopPurpose::CourtHearing => "court hearing",
            StopPurpose::NightOut => "night out",
            StopPurpose::PartTimeJob => "part-time job",
            StopPurpose::Errand => "errand",
        }
    }

    /// The likeliest reason to stop at a place of `kind` (the stop editor's first guess).
    pub fn for_kind(kind: PlaceKind) -> StopPurpose {
        use PlaceKind::*;
        match kind {
            School | Daycare => StopPurpose::SchoolDropOff,
            PlaceKind::Gym => StopPurpose::Gym,
            PlaceKind::Grocery => StopPurpose::Grocery,
            Store => StopPurpose::Errand,
            Church | Mosque | Synagogue | Temple => StopPurpose::Worship,
            Hospital | ReproductiveHealthClinic => StopPurpose::Clinic,
            ImmigrationLegalAid => StopPurpose::LegalAid,
            Courthouse => StopPurpose::CourtHearing,
            UnionHall => StopPurpose::UnionMeeting,
            TownHall => StopPurpose::Protest,
            Home | FriendsHouse => StopPurpose::Friend,
            Bar | Restaurant => StopPurpose::NightOut,
            Factory | OfficePark => StopPurpose::JobSite,
            OutOfTown => StopPurpose::WeekendTrip,
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
    /// True when the stop is planned on simulation day `day` (day 0 is the first Monday).
    pub fn includes(&self, day: u32) -> bool {
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
///
/// New personas are added at the end: the variant's number seeds its home's place, and
/// saved scenarios name personas by variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Persona {
    /// A parent with a school run: office job at the Route 30 office park, a child at the
    /// elementary school, church on Sundays, a women's health clinic visit, a protest, a
    /// weekend at the lake.
    OfficeParent,
    /// Twelve-hour day shifts at the hospital, Friday prayers at the mosque, an immigration
    /// legal-aid appointment, a protest, a friend in Wexford.
    HospitalNurse,
    /// A union organiser: early factory shifts, the union hall on Wednesdays, the synagogue
    /// on Saturdays, a protest, a clinic visit.
    FactoryOrganiser,
    /// Twelve-hour night shifts at the hospital (19:00 to 07:00), the Hindu temple on
    /// Sundays, a clinic visit.
    NightNurse,
    /// Waits for work at the hardware store's lot at dawn, then a different job site every
    /// few days; Sunday mass, immigration legal aid, a court date.
    DayLabourer,
    /// Classes in Boston four days a week, a part-time job at the diner, a protest at the
    /// town hall, a clinic visit, Saturday nights out.
    Student,
}

impl Persona {
    pub const ALL: [Persona; 6] = [
        Persona::OfficeParent,
        Persona::HospitalNurse,
        Persona::FactoryOrganiser,
        Persona::NightNurse,
        Persona::DayLabourer,
        Persona::Student,
    ];

    /// The personas a scenario without a plan may get: the first three, so that adding a
    /// persona never changes an existing seed's run.
    const FOR_SEEDS: [Persona; 3] = [
        Persona::OfficeParent,
        Persona::HospitalNurse,
        Persona::FactoryOrganiser,
    ];

    /// The persona a scenario without a plan gets.
    pub fn for_seed(seed: u64) -> Persona {
        Persona::FOR_SEEDS[(seed % 3) as usize]
    }

    /// Where the persona lives, meters east and north of the town's centre (before the
    /// seed moves it by up to 300 m).
    fn home_offset_meters(self) -> (f64, f64) {
        match self {
            Persona::OfficeParent => (600.0, 1_600.0),
            Persona::HospitalNurse => (-300.0, -1_400.0),
            Persona::FactoryOrganiser => (-1_500.0, -300.0),
            Persona::NightNurse => (900.0, -800.0),
            Persona::DayLabourer => (-800.0, 700.0),
            Persona::Student => (300.0, 1_300.0),
        }
    }

    /// The persona's week, before it is put on a map. Only the day labourer draws from
    /// `rng` (which job site on which day).
    fn life(self, rng: &mut Pcg32) -> Life {
        use PlaceKind::*;
        use StopPurpose as P;
        use Weekday::*;
        let weekdays = [Monday, Tuesday, Wednesday, Thursday, Friday];
        match self {
            Persona::OfficeParent => Life {
                work: (OfficePark, ""),
                workdays: weekdays.to_vec(),
                shift_start_minute_of_day: at(9, 0),
                shift_minutes: 8 * 60 + 30,
                stops: vec![
                    weekly(
                        P::SchoolDropOff,
                        School,
                        "Elementary",
                        &weekdays,
                        at(8, 20),
                        5,
                    ),
                    weekly(P::Gym, Gym, "", &[Monday, Wednesday], at(17, 50), 60),
                    weekly(P::Grocery, Grocery, "", &[Saturday], at(10, 0), 45),
                    weekly(P::Worship, Church, "Catholic", &[Sunday], at(9, 30), 80).together(),
                    clinic_visit(nth(Thursday, 2), at(15, 0), 60),
                    town_hall_protest(),
                    weekly(P::Friend, FriendsHouse, "", &[Friday], at(19, 0), 150).together(),
                    weekend_away("Lake", 3, at(11, 0), 29 * 60),
                ],
            },
            Persona::HospitalNurse => Life {
                work: (Hospital, ""),
                workdays: vec![Monday, Tuesday, Thursday],
                shift_start_minute_of_day: at(7, 0),
                shift_minutes: 12 * 60,
                stops: vec![
                    weekly(P::Gym, Gym, "", &[Wednesday, Saturday], at(9, 30), 75),
                    weekly(P::Grocery, Grocery, "", &[Sunday], at(11, 0), 40),
                    weekly(P::Worship, Mosque, "", &[Friday], at(12, 30), 60).together(),
                    on_days(
                        P::LegalAid,
                        ImmigrationLegalAid,
                        "",
                        &[nth(Wednesday, 2), nth(Wednesday, 4)],
                        at(14, 0),
                        60,
                    ),
                    town_hall_protest(),
                    weekly(
                        P::Friend,
                        FriendsHouse,
                        "Wexford",
                        &[Sunday],
                        at(17, 0),
                        180,
                    )
                    .together(),
                    weekend_away("Boston", 3, at(11, 0), 28 * 60),
                ],
            },
            Persona::FactoryOrganiser => Life {
                work: (Factory, ""),
                workdays: weekdays.to_vec(),
                shift_start_minute_of_day: at(6, 0),
                shift_minutes: 8 * 60,
                stops: vec![
                    weekly(P::UnionMeeting, UnionHall, "", &[Wednesday], at(18, 0), 90),
                    weekly(P::Worship, Synagogue, "", &[Saturday], at(9, 30), 120).together(),
                    weekly(P::Grocery, Grocery, "", &[Thursday], at(15, 0), 40),
                    weekly(P::Gym, Gym, "", &[Tuesday, Thursday], at(17, 0), 60),
                    clinic_visit(nth(Monday, 3), at(15, 30), 45),
                    town_hall_protest(),
                    weekly(P::Friend, FriendsHouse, "", &[Friday], at(19, 0), 120).together(),
                    weekend_away("Lake", 4, at(12, 0), 27 * 60),
                ],
            },
            Persona::NightNurse => Life {
                work: (Hospital, ""),
                workdays: vec![Monday, Tuesday, Friday],
                shift_start_minute_of_day: at(19, 0),
                shift_minutes: 12 * 60,
                stops: vec![
                    weekly(P::Grocery, Grocery, "", &[Wednesday], at(10, 30), 45),
                    weekly(P::Gym, Gym, "", &[Thursday, Sunday], at(15, 0), 60),
                    weekly(P::Worship, Temple, "", &[Sunday], at(10, 0), 90).together(),
                    clinic_visit(nth(Thursday, 2), at(13, 30), 45),
                    weekly(P::Friend, FriendsHouse, "", &[Saturday], at(18, 0), 150).together(),
                ],
            },
            Persona::DayLabourer => {
                let mut stops = job_sites(rng);
                stops.extend([
                    on_days(
                        P::LegalAid,
                        ImmigrationLegalAid,
                        "",
                        &[nth(Tuesday, 2)],
                        at(16, 30),
                        60,
                    ),
                    weekly(P::Worship, Church, "Catholic", &[Sunday], at(10, 0), 75).together(),
                    on_days(
                        P::CourtHearing,
                        Courthouse,
                        "",
                        &[nth(Thursday, 3)],
                        at(9, 0),
                        90,
                    ),
                    weekly(P::Grocery, Grocery, "", &[Saturday], at(16, 30), 40),
                    weekly(P::NightOut, Bar, "Tavern", &[Friday], at(19, 30), 120),
                ]);
                Life {
                    work: (Store, "Home Center"),
                    workdays: vec![Monday, Tuesday, Wednesday, Thursday, Friday, Saturday],
                    shift_start_minute_of_day: at(6, 0),
                    shift_minutes: 30,
                    stops,
                }
            }
            Persona::Student => Life {
                work: (OutOfTown, "Boston"),
                workdays: vec![Monday, Tuesday, Wednesday, Thursday],
                shift_start_minute_of_day: at(9, 30),
                shift_minutes: 6 * 60,
                stops: vec![
                    weekly(
                        P::PartTimeJob,
                        Restaurant,
                        "Diner",
                        &[Friday, Saturday],
                        at(16, 0),
                        300,
                    ),
                    weekly(P::Gym, Gym, "Yoga", &[Tuesday, Thursday], at(18, 30), 60),
                    town_hall_protest(),
                    clinic_visit(nth(Wednesday, 3), at(17, 0), 45),
                    weekly(P::Friend, FriendsHouse, "", &[Sunday], at(14, 0), 180),
                    weekly(P::NightOut, Bar, "", &[Saturday], at(22, 0), 150),
                ],
            },
        }
    }
}

/// A persona's week before it is put on a map: the workplace is the place of its kind
/// nearest the home (optionally whose name contains the hint), and so is every stop's.
struct Life {
    work: (PlaceKind, &'static str),
    workdays: Vec<Weekday>,
    shift_start_minute_of_day: u32,
    shift_minutes: u32,
    stops: Vec<StopSpec>,
}

/// A stop of a persona's week, before it is put on a map.
struct StopSpec {
    purpose: StopPurpose,
    kind: PlaceKind,
    /// Part of the place's name (empty: any place of `kind`).
    hint: &'static str,
    days: StopDays,
    arrive_minute_of_day: u32,
    stay_minutes: u32,
    with_partner: bool,
}

/// A stop every week on `days`, arriving at `arrive_minute_of_day`, staying `stay_minutes`,
/// at the place of `kind` nearest the home (whose name contains `hint`, unless empty).
fn weekly(
    purpose: StopPurpose,
    kind: PlaceKind,
    hint: &'static str,
    days: &[Weekday],
    arrive_minute_of_day: u32,
    stay_minutes: u32,
) -> StopSpec {
    StopSpec {
        purpose,
        kind,
        hint,
        days: StopDays::Weekly(days.to_vec()),
        arrive_minute_of_day,
        stay_minutes,
        with_partner: false,
    }
}

/// Like [`weekly`], on the given simulation days only (day 0 is the first Monday).
fn on_days(
    purpose: StopPurpose,
    kind: PlaceKind,
    hint: &'static str,
    days: &[u32],
    arrive_minute_of_day: u32,
    stay_minutes: u32,
) -> StopSpec {
    StopSpec {
        days: StopDays::OnDays(days.to_vec()),
        ..weekly(purpose, kind, hint, &[], arrive_minute_of_day, stay_minutes)
    }
}

impl StopSpec {
    /// The partner comes along.
    fn together(self) -> StopSpec {
        StopSpec {
            with_partner: true,
            ..self
        }
    }
}

/// A visit to the women's health clinic on simulation day `day`.
fn clinic_visit(day: u32, arrive_minute_of_day: u32, stay_minutes: u32) -> StopSpec {
    on_days(
        StopPurpose::Clinic,
        PlaceKind::ReproductiveHealthClinic,
        "",
        &[day],
        arrive_minute_of_day,
        stay_minutes,
    )
}

/// The protest at the town hall on the second Saturday, 13:00 to 15:00.
fn town_hall_protest() -> StopSpec {
    let second_saturday = nth(Weekday::Saturday, 2);
    on_days(
        StopPurpose::Protest,
        PlaceKind::TownHall,
        "",
        &[second_saturday],
        at(13, 0),
        120,
    )
}

/// A weekend away with the partner, from the `nth` Saturday, at the out-of-town place
/// whose name contains `hint`.
fn weekend_away(hint: &'static str, nth_saturday: u32, arrive: u32, stay_minutes: u32) -> StopSpec {
    let saturday = nth(Weekday::Saturday, nth_saturday);
    on_days(
        StopPurpose::WeekendTrip,
        PlaceKind::OutOfTown,
        hint,
        &[saturday],
        arrive,
        stay_minutes,
    )
    .together()
}

/// The day labourer's job sites: a new site for each half week (Monday to Wednesday,
/// Thursday to Saturday), with no work on about one day in seven, for as long as a run
/// may last.
fn job_sites(rng: &mut Pcg32) -> Vec<StopSpec> {
    use PlaceKind::*;
    let sites = [
        (OfficePark, ""),
        (Factory, ""),
        (School, "High School"),
        (OutOfTown, "Wexford"),
    ];
    let mut days: Vec<Vec<u32>> = vec![Vec::new(); sites.len()];
    for week in 0..MAX_DAYS.div_ceil(7) {
        for half in [0..3u32, 3..6u32] {
            let site = rng.random_range(0..sites.len() as u32) as usize;
            for weekday in half {
                let day = week * 7 + weekday;
                if day < MAX_DAYS && !rng.random_bool(0.15) {
                    days[site].push(day);
                }
            }
        }
    }
    sites
        .into_iter()
        .zip(days)
        .filter(|(_, days)| !days.is_empty())
        .map(|((kind, hint), days)| {
            on_days(
                StopPurpose::JobSite,
                kind,
                hint,
                &days,
                at(7, 0),
                8 * 60 + 30,
            )
        })
        .collect()
}

/// Minutes after midnight of `hours:minutes`.
const fn at(hours: u32, minutes: u32) -> u32 {
    hours * 60 + minutes
}

/// Day index of the `n`th (1-based) `weekday` of a run starting on a Monday.
fn nth(weekday: Weekday, n: u32) -> u32 {
    weekday.index() as u32 + 7 * (n - 1)
}

impl CommuterPlan {
    /// The plan of `persona` on `map`: places are the map's nearest of the right kind, the
    /// home a street corner in the persona's neighbourhood (varied by `seed`).
    pub fn for_persona(persona: Persona, map: &TownMap, seed: u64) -> CommuterPlan {
        let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
        let centre = LocalFrame::around(
            map.boundary
                .iter()
                .copied()
                .chain(map.intersections.iter().map(|i| i.position)),
        );
        let c = frame.to_local(centre.origin());
        let mut rng =
            super::random::generator(seed, super::random::Stream::Persona, persona as u64);
        let (east, north) = persona.home_offset_meters();
        let home_target = LocalPoint::new(
            c.x_meters + east + rng.random_range(-300.0..=300.0),
            c.y_meters + north + rng.random_range(-300.0..=300.0),
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
        let life = persona.life(&mut rng);
        let stops = life
            .stops
            .into_iter()
            .filter_map(|spec| {
                find(spec.kind, spec.hint).map(|position| RegularStop {
                    purpose: spec.purpose,
                    kind: spec.kind,
                    position,
                    days: spec.days,
                    arrive_minute_of_day: spec.arrive_minute_of_day,
                    stay_minutes: spec.stay_minutes,
                    with_partner: spec.with_partner,
                })
            })
            .collect();
        CommuterPlan {
            persona,
            home,
            work: find(life.work.0, life.work.1).unwrap_or(home),
            workdays: life.workdays,
            shift_start_minute_of_day: life.shift_start_minute_of_day,
            shift_minutes: life.shift_minutes,
            stops,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{DetailedRun, Scenario, generate_town, simulate_in_detail};

    /// Four weeks of `persona`'s life in the default town of `seed`, without other traffic.
    fn four_weeks(persona: Persona, seed: u64) -> DetailedRun {
        let map = generate_town(seed, crate::sim::DEFAULT_CAMERA_COUNT);
        let plan = CommuterPlan::for_persona(persona, &map, seed);
        simulate_in_detail(&Scenario {
            seed,
            days: 28,
            population: 0,
            commuter: Some(plan),
            ..Scenario::default()
        })
        .expect("runs")
    }

    /// The kind of place each trip of the run goes to, with its departure minute.
    fn trips_to(run: &DetailedRun, kind: PlaceKind) -> Vec<u32> {
        let places = &run.simulation.map.places;
        run.trips
            .iter()
            .filter(|t| places[t.to as usize].kind == kind)
            .map(|t| t.depart_minute)
            .collect()
    }

    mod personas {
        use super::*;

        #[test]
        fn offers_the_five_lives_of_the_issue_and_keeps_the_seed_defaults() {
            for persona in [
                Persona::NightNurse,
                Persona::OfficeParent,
                Persona::DayLabourer,
                Persona::FactoryOrganiser,
                Persona::Student,
            ] {
                assert!(Persona::ALL.contains(&persona));
            }
            assert_eq!(Persona::for_seed(1), Persona::HospitalNurse);
            assert!((0..30).all(|seed| (Persona::for_seed(seed) as usize) < 3));
        }

        #[test]
        fn every_persona_finds_its_workplace_and_a_sensitive_stop_in_the_default_town() {
            let map = generate_town(3, crate::sim::DEFAULT_CAMERA_COUNT);
            for persona in Persona::ALL {
                let plan = CommuterPlan::for_persona(persona, &map, 3);
                assert_ne!(plan.work, plan.home, "{persona:?} has a workplace");
                assert!(
                    plan.stops.len() >= 4,
                    "{persona:?}: {} stops",
                    plan.stops.len()
                );
                assert!(
                    plan.stops.iter().any(|s| s.kind.is_sensitive()),
                    "{persona:?} has a sensitive stop"
                );
            }
        }

        #[test]
        fn are_reproducible_from_the_seed() {
            let map = generate_town(4, crate::sim::DEFAULT_CAMERA_COUNT);
            for persona in Persona::ALL {
                assert_eq!(
                    CommuterPlan::for_persona(persona, &map, 4),
                    CommuterPlan::for_persona(persona, &map, 4)
                );
            }
        }
    }

    mod night_nurse {
        use super::*;

        #[test]
        fn drives_to_the_hospital_in_the_evening_and_home_in_the_morning() {
            let run = four_weeks(Persona::NightNurse, 5);
            let evenings = trips_to(&run, PlaceKind::Hospital);
            assert!(evenings.len() >= 9, "{} shifts in 4 weeks", evenings.len());
            assert!(
                evenings
                    .iter()
                    .all(|m| (17 * 60..20 * 60).contains(&(m % MINUTES_PER_DAY))),
                "leaves for the hospital in the evening: {evenings:?}"
            );
            let places = &run.simulation.map.places;
            let mornings = run
                .trips
                .iter()
                .filter(|t| places[t.from as usize].kind == PlaceKind::Hospital)
                .filter(|t| (6 * 60..9 * 60).contains(&(t.depart_minute % MINUTES_PER_DAY)))
                .count();
            assert!(
                mornings * 10 >= evenings.len() * 8,
                "{mornings} drives home in the morning"
            );
        }

        #[test]
        fn is_at_the_hospital_at_3_am_after_a_shift_start() {
            let run = four_weeks(Persona::NightNurse, 5);
            let truth = &run.simulation.truth;
            let nights_at_work = (1..28u32)
                .filter(|day| {
                    let three_am = day * MINUTES_PER_DAY + 180;
                    truth.visits.iter().any(|v| {
                        v.kind == PlaceKind::Hospital
                            && v.arrive_minute <= three_am
                            && three_am < v.depart_minute
                    })
                })
                .count();
            assert!(
                nights_at_work >= 9,
                "{nights_at_work} nights at the hospital"
            );
        }
    }

    mod school_run_parent {
        use super::*;

        #[test]
        fn stops_at_the_school_on_weekday_mornings_only() {
            let run = four_weeks(Persona::OfficeParent, 6);
            let school_runs = trips_to(&run, PlaceKind::School);
            assert!(school_runs.len() >= 15, "{} school runs", school_runs.len());
            for minute in &school_runs {
                assert!(
                    !Weekday::of_minute(*minute).is_weekend(),
                    "a school run at {minute}"
                );
                assert!((7 * 60..9 * 60).contains(&(minute % MINUTES_PER_DAY)));
            }
        }
    }

    mod day_labourer {
        use super::*;

        #[test]
        fn waits_at_the_hardware_store_at_dawn_then_works_at_changing_sites() {
            let run = four_weeks(Persona::DayLabourer, 7);
            let dawn = trips_to(&run, PlaceKind::Store)
                .into_iter()
                .filter(|m| (5 * 60..7 * 60).contains(&(m % MINUTES_PER_DAY)))
                .count();
            assert!(dawn >= 15, "{dawn} mornings at the pick-up spot");
            let plan = &run.plan;
            let sites: Vec<&RegularStop> = plan
                .stops
                .iter()
                .filter(|s| s.purpose == StopPurpose::JobSite)
                .collect();
            assert!(sites.len() >= 3, "{} job sites", sites.len());
            let visited = sites
                .iter()
                .filter(|s| run.simulation.truth.visits.iter().any(|v| v.kind == s.kind))
                .count();
            assert!(visited >= 3, "worked at {visited} sites in four weeks");
        }

        #[test]
        fn has_at_most_one_job_site_a_day() {
            let map = generate_town(7, crate::sim::DEFAULT_CAMERA_COUNT);
            let plan = CommuterPlan::for_persona(Persona::DayLabourer, &map, 7);
            for day in 0..MAX_DAYS {
                let sites = plan
                    .stops
                    .iter()
                    .filter(|s| s.purpose == StopPurpose::JobSite && s.days.includes(day))
                    .count();
                assert!(sites <= 1, "day {day}: {sites} sites");
                if day % 7 == 6 {
                    assert_eq!(sites, 0, "no work on Sunday {day}");
                }
            }
        }
    }

    mod union_organiser {
        use super::*;

        #[test]
        fn goes_to_the_union_hall_on_wednesday_evenings() {
            let run = four_weeks(Persona::FactoryOrganiser, 8);
            let meetings = trips_to(&run, PlaceKind::UnionHall);
            assert!(meetings.len() >= 3, "{} union meetings", meetings.len());
            assert!(
                meetings
                    .iter()
                    .all(|m| Weekday::of_minute(*m) == Weekday::Wednesday)
            );
        }
    }

    mod student {
        use super::*;

        #[test]
        fn drives_out_of_town_for_classes_and_to_the_protest() {
            let run = four_weeks(Persona::Student, 9);
            let classes = trips_to(&run, PlaceKind::OutOfTown);
            assert!(classes.len() >= 12, "{} days of classes", classes.len());
            assert!(
                !trips_to(&run, PlaceKind::TownHall).is_empty(),
                "went to the protest"
            );
            assert!(
                !trips_to(&run, PlaceKind::Restaurant).is_empty(),
                "went to the job"
            );
        }
    }

    mod stop_purpose {
        use super::*;

        #[test]
        fn every_kind_of_place_in_town_has_a_likely_purpose_the_editor_offers() {
            let map = generate_town(2, crate::sim::DEFAULT_CAMERA_COUNT);
            let kinds = map.places.iter().map(|p| p.kind).chain([PlaceKind::Home]);
            for kind in kinds {
                assert!(
                    StopPurpose::ALL.contains(&StopPurpose::for_kind(kind)),
                    "{kind:?}"
                );
            }
            assert_eq!(
                StopPurpose::for_kind(PlaceKind::UnionHall),
                StopPurpose::UnionMeeting
            );
        }
    }
}
