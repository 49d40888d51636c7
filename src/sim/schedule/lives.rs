//! Each persona's week before it is put on a map: the workplace, workdays and shift, and
//! the stops (school runs, worship, a clinic visit, a protest, a weekend away), each at the
//! place of its kind nearest home.
//!
//! Only the day labourer draws from the persona's generator (which job site on which day).
//! This module must not look at a map (that is `plan`) or plan drives (that is
//! `planner`).

use rand::Rng;
use rand_pcg::Pcg32;

use super::personas::Persona;
use super::stops::{StopDays, StopPurpose};
use crate::sim::error::MAX_DAYS;
use crate::sim::model::{PlaceKind, Weekday};

/// The persona's week, before it is put on a map. Only the day labourer draws from
/// `rng` (which job site on which day).
pub(super) fn life_of(persona: Persona, rng: &mut Pcg32) -> Life {
    use PlaceKind::*;
    use StopPurpose as P;
    use Weekday::*;
    let weekdays = [Monday, Tuesday, Wednesday, Thursday, Friday];
    match persona {
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

/// A persona's week before it is put on a map: the workplace is the place of its kind
/// nearest the home (optionally whose name contains the hint), and so is every stop's.
pub(super) struct Life {
    pub(super) work: (PlaceKind, &'static str),
    pub(super) workdays: Vec<Weekday>,
    pub(super) shift_start_minute_of_day: u32,
    pub(super) shift_minutes: u32,
    pub(super) stops: Vec<StopSpec>,
}

/// A stop of a persona's week, before it is put on a map.
pub(super) struct StopSpec {
    pub(super) purpose: StopPurpose,
    pub(super) kind: PlaceKind,
    /// Part of the place's name (empty: any place of `kind`).
    pub(super) hint: &'static str,
    pub(super) days: StopDays,
    pub(super) arrive_minute_of_day: u32,
    pub(super) stay_minutes: u32,
    pub(super) with_partner: bool,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::model::MINUTES_PER_DAY;
    use crate::sim::{
        CommuterPlan, DetailedRun, RegularStop, Scenario, generate_town, simulate_in_detail,
    };

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
}
