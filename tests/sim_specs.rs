//! Specs of the simulation core as a whole: determinism, a realistic schedule, companions
//! that really travel with the commuter, errors instead of panics, and the JSON contract of
//! the `simulate` example.

use plate_trail::sim::report::{simulation_report, write_population_csv};
use plate_trail::sim::*;

fn small(seed: u64, population: u32) -> Scenario {
    Scenario {
        seed,
        days: 28,
        population,
        ..Scenario::default()
    }
}

mod determinism {
    use super::*;

    #[test]
    fn gives_identical_output_for_the_same_seed_twice() {
        let a = simulate(&small(11, 300)).expect("runs");
        let b = simulate(&small(11, 300)).expect("runs");
        assert_eq!(a, b);
        assert_eq!(a.digest(), b.digest());
    }

    #[test]
    fn gives_different_output_for_another_seed() {
        let a = simulate(&small(11, 100)).expect("runs");
        let b = simulate(&small(12, 100)).expect("runs");
        assert_ne!(a.digest(), b.digest());
    }

    #[test]
    fn keeps_the_town_and_the_commuter_when_the_population_changes() {
        let alone = simulate(&small(5, 0)).expect("runs");
        let crowded = simulate(&small(5, 400)).expect("runs");
        assert_eq!(alone.map, crowded.map);
        assert_eq!(alone.truth.visits, crowded.truth.visits);
        let commuter = |s: &Simulation| s.sightings_of(0).copied().collect::<Vec<_>>();
        assert_eq!(commuter(&alone), commuter(&crowded));
        assert_eq!(crowded.vehicles.len(), alone.vehicles.len() + 400);
    }

    #[test]
    fn sorts_the_database_by_minute_then_camera() {
        let run = simulate(&small(3, 300)).expect("runs");
        assert!(
            run.sightings
                .windows(2)
                .all(|p| (p[0].minute, p[0].camera) <= (p[1].minute, p[1].camera))
        );
        let end = run.scenario.days * MINUTES_PER_DAY;
        assert!(run.sightings.iter().all(|s| s.minute < end));
    }
}

mod schedule_realism {
    use super::*;

    fn runs() -> Vec<DetailedRun> {
        Persona::ALL
            .iter()
            .enumerate()
            .map(|(i, &persona)| {
                let map = generate_town(i as u64, DEFAULT_CAMERA_COUNT);
                let plan = CommuterPlan::for_persona(persona, &map, i as u64);
                simulate_in_detail(&Scenario {
                    commuter: Some(plan),
                    ..small(i as u64, 0)
                })
                .expect("runs")
            })
            .collect()
    }

    #[test]
    fn never_overlaps_two_trips_and_chains_stays_and_trips() {
        for run in runs() {
            let visits = &run.simulation.truth.visits;
            assert!(
                run.trips
                    .windows(2)
                    .all(|p| p[0].arrive_minute <= p[1].depart_minute)
            );
            assert_eq!(visits.len(), run.trips.len() + 1);
            for (trip, (before, after)) in run.trips.iter().zip(visits.iter().zip(&visits[1..])) {
                assert_eq!((trip.from, trip.to), (before.place, after.place));
                assert_eq!(trip.depart_minute, before.depart_minute);
                assert_eq!(trip.arrive_minute, after.arrive_minute);
                assert!(before.arrive_minute <= before.depart_minute);
            }
            assert_eq!(visits[0].arrive_minute, 0);
            assert_eq!(
                visits.last().map(|v| v.depart_minute),
                Some(28 * MINUTES_PER_DAY)
            );
        }
    }

    #[test]
    fn is_home_at_3_am_on_most_nights_off_work() {
        for run in runs() {
            let truth = &run.simulation.truth;
            let work = truth.work;
            let is_at = |day: u32, here: &dyn Fn(&Visit) -> bool| {
                let three_am = day * MINUTES_PER_DAY + 180;
                truth
                    .visits
                    .iter()
                    .any(|v| here(v) && v.arrive_minute <= three_am && three_am < v.depart_minute)
            };
            let map = &run.simulation.map;
            let nights_off: Vec<u32> = (1..28u32)
                .filter(|&day| !is_at(day, &|v| map.places[v.place as usize].position == work))
                .collect();
            let home_nights = nights_off
                .iter()
                .filter(|&&day| is_at(day, &|v| v.kind == PlaceKind::Home))
                .count();
            assert!(
                home_nights + 3 >= nights_off.len() && nights_off.len() >= 14,
                "{:?}: home {home_nights} of {} nights off work",
                run.plan.persona,
                nights_off.len()
            );
        }
    }

    #[test]
    fn goes_to_work_on_most_workdays_and_to_every_kind_of_stop() {
        for run in runs() {
            let sim = &run.simulation;
            let work = sim
                .truth
                .visits
                .iter()
                .find(|v| sim.map.places[v.place as usize].position == sim.truth.work)
                .map(|v| v.place);
            let workdays = (0..28u32)
                .filter(|d| run.plan.workdays.contains(&Weekday::ALL[(d % 7) as usize]))
                .count();
            let worked = (0..28u32)
                .filter(|d| {
                    sim.truth
                        .visits
                        .iter()
                        .any(|v| Some(v.place) == work && v.arrive_minute / MINUTES_PER_DAY == *d)
                })
                .count();
            assert!(
                worked * 10 >= workdays * 8,
                "{:?}: worked {worked} of {workdays}",
                run.plan.persona
            );
            for stop in &run.plan.stops {
                assert!(
                    sim.truth.visits.iter().any(|v| v.kind == stop.kind),
                    "{:?} never went to {:?}",
                    run.plan.persona,
                    stop.purpose
                );
            }
        }
    }

    #[test]
    fn jitters_departures_from_day_to_day() {
        let run = &runs()[0];
        let work_departures: Vec<u32> = run
            .trips
            .iter()
            .filter(|t| run.simulation.map.places[t.to as usize].kind == PlaceKind::OfficePark)
            .map(|t| t.depart_minute % MINUTES_PER_DAY)
            .collect();
        let mut distinct = work_departures.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert!(
            distinct.len() >= work_departures.len() / 2,
            "{work_departures:?}"
        );
    }
}

mod companions {
    use super::*;

    #[test]
    fn are_read_at_the_same_cameras_within_minutes_of_the_commuter() {
        let run = simulate(&Scenario {
            camera_count: 60,
            ..small(2, 0)
        })
        .expect("runs");
        assert_eq!(run.truth.companions.len(), 2);
        let commuter: Vec<&Sighting> = run.sightings_of(0).collect();
        for &companion in &run.truth.companions {
            let together = run
                .sightings_of(companion)
                .filter(|c| {
                    commuter
                        .iter()
                        .any(|s| s.camera == c.camera && s.minute.abs_diff(c.minute) <= 5)
                })
                .count();
            assert!(
                together >= 4,
                "companion {companion}: {together} sightings with the commuter"
            );
        }
    }

    #[test]
    fn are_households_with_a_home_next_door_or_at_the_same_address() {
        let run = simulate(&small(2, 10)).expect("runs");
        assert_eq!(run.truth.households.len(), run.vehicles.len());
        let partner = run.truth.companions[1] as usize;
        assert_eq!(run.truth.households[partner].home, run.truth.home);
    }
}

mod bad_parameters {
    use super::*;

    fn refused(scenario: Scenario) -> SimError {
        simulate(&scenario).expect_err("refused")
    }

    #[test]
    fn are_errors_with_a_message_not_panics() {
        assert_eq!(
            refused(Scenario {
                days: 0,
                ..Scenario::default()
            }),
            SimError::NoDays
        );
        assert_eq!(
            refused(Scenario {
                days: 366,
                ..Scenario::default()
            }),
            SimError::TooManyDays { days: 366 }
        );
        assert_eq!(
            refused(Scenario {
                population: 50_001,
                ..Scenario::default()
            }),
            SimError::TooManyVehicles { vehicles: 50_001 }
        );
        assert_eq!(
            refused(Scenario {
                camera_count: 10_000,
                ..Scenario::default()
            }),
            SimError::TooManyCameras { cameras: 10_000 }
        );
        for error in [SimError::NoDays, SimError::TooManyDays { days: 400 }] {
            assert!(error.to_string().len() > 10);
        }
    }

    #[test]
    fn refuses_a_home_outside_the_map_or_a_nonsense_time() {
        let mut plan =
            CommuterPlan::new([-71.35, 42.45], [-71.34, 42.45], Weekday::ALL[..5].to_vec());
        plan.home = [-70.0, 42.45];
        let error = refused(Scenario {
            commuter: Some(plan.clone()),
            ..small(1, 0)
        });
        assert!(matches!(error, SimError::OutsideMap { .. }), "{error:?}");
        assert!(error.to_string().contains("outside the map"));
        plan.home = [f64::NAN, 42.45];
        assert!(matches!(
            refused(Scenario {
                commuter: Some(plan.clone()),
                ..small(1, 0)
            }),
            SimError::OutsideMap { .. }
        ));
        plan.home = [-71.35, 42.45];
        plan.shift_start_minute_of_day = 24 * 60;
        assert!(matches!(
            refused(Scenario {
                commuter: Some(plan),
                ..small(1, 0)
            }),
            SimError::BadTime { .. }
        ));
    }

    #[test]
    fn accept_a_network_without_cameras() {
        let run = simulate(&Scenario {
            camera_count: 0,
            ..small(1, 20)
        })
        .expect("runs");
        assert!(run.sightings.is_empty());
    }
}

mod json_contract {
    use super::*;

    #[test]
    fn has_the_fields_the_issue_lists() {
        let run = simulate(&small(7, 50)).expect("runs");
        let json = serde_json::to_value(simulation_report(&run)).expect("serialises");
        assert_eq!(json["seed"], 7);
        assert_eq!(json["days"], 28);
        let camera = &json["cameras"][0];
        for key in ["id", "lon", "lat", "operator"] {
            assert!(!camera[key].is_null(), "cameras[0].{key}");
        }
        let place = &json["places"][0];
        for key in ["id", "kind", "name", "lon", "lat"] {
            assert!(!place[key].is_null(), "places[0].{key}");
        }
        let truth = &json["truth"];
        assert_eq!(truth["plate"], run.vehicles[0].plate.to_string());
        assert!(truth["home"].as_array().is_some_and(|a| a.len() == 2));
        assert!(truth["work"].as_array().is_some_and(|a| a.len() == 2));
        let visit = &truth["visits"][0];
        for key in ["place", "kind", "arrive_minute", "depart_minute"] {
            assert!(!visit[key].is_null(), "visits[0].{key}");
        }
        let sightings = json["sightings"].as_array().expect("sightings");
        assert_eq!(sightings.len(), run.sightings_of(0).count());
        for key in ["camera", "minute", "plate"] {
            assert!(!sightings[0][key].is_null(), "sightings[0].{key}");
        }
        assert_eq!(json["population"]["vehicles"], run.vehicles.len());
        assert_eq!(json["population"]["sightings"], run.sightings.len());
        assert!(json.get("analysis").is_none());
    }

    #[test]
    fn writes_every_sighting_as_plate_camera_minute_csv() {
        let run = simulate(&small(7, 50)).expect("runs");
        let mut csv = Vec::new();
        write_population_csv(&run, &mut csv).expect("writes");
        let text = String::from_utf8(csv).expect("utf-8");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("plate,camera,minute"));
        let first = &run.sightings[0];
        assert_eq!(
            lines.next(),
            Some(format!("{},{},{}", first.plate, first.camera, first.minute).as_str())
        );
        assert_eq!(text.lines().count(), run.sightings.len() + 1);
    }
}

mod place_names {
    use super::*;

    #[test]
    fn the_plans_own_places_have_no_name_for_the_text_layer_to_translate() {
        let sim = simulate(&small(7, 0)).expect("runs");
        let at = |position: LonLat| {
            sim.map
                .places
                .iter()
                .find(|p| p.position == position)
                .expect("the plan's place is on the map")
        };
        let home = at(sim.truth.home);
        assert_eq!((home.kind, home.name.as_str()), (PlaceKind::Home, ""));
        let work = at(sim.truth.work);
        assert!(
            work.name.is_empty() || !work.name.contains("Workplace"),
            "a new workplace has no name; a town one keeps its own: {work:?}"
        );
        assert!(
            sim.map
                .places
                .iter()
                .all(|p| !p.name.starts_with("Place of the") && p.name != "Home"),
            "no English name made up for the visitor's places"
        );
    }
}
