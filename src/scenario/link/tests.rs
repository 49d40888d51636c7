use super::*;
use crate::analyst::policy::presets;
use crate::sim::{DEFAULT_CAMERA_COUNT, generate_town};

/// A visitor's edited life: the hospital nurse of seed 7, moved home, a stop added on two
/// dates.
fn edited_life() -> CommuterPlan {
    let map = generate_town(7, 40);
    let mut plan = CommuterPlan::for_persona(Persona::HospitalNurse, &map, 7);
    plan.home = [-71.351_234_567_890_12, 42.448_765_432_101_23];
    plan.shift_start_minute_of_day = 6 * 60 + 45;
    plan.stops.push(RegularStop {
        purpose: StopPurpose::CourtHearing,
        kind: PlaceKind::Courthouse,
        position: [-71.34, 42.46],
        days: StopDays::OnDays(vec![3, 17]),
        arrive_minute_of_day: 9 * 60,
        stay_minutes: 120,
        with_partner: false,
    });
    plan
}

fn linked(query: &str) -> Scenario {
    let (link, problems) = decode(query);
    assert_eq!(problems, vec![], "{query}");
    link.scenario.expect("the link names a run")
}

mod format {
    use super::*;

    #[test]
    fn reads_the_link_of_the_lead_s_example() {
        let (link, problems) =
            decode("?v=1&seed=7&persona=hospital-nurse&days=30&cameras=40&policy=maine");
        assert_eq!(problems, vec![]);
        let scenario = link.scenario.expect("a run");
        assert_eq!(scenario.seed, 7);
        assert_eq!(scenario.persona, Some(Persona::HospitalNurse));
        assert_eq!((scenario.days, scenario.camera_count), (30, 40));
        assert_eq!(presets()[link.policy].source, PresetSource::Maine);
        assert!(!link.embed);
    }

    #[test]
    fn a_link_without_a_version_is_version_one() {
        assert_eq!(linked("seed=7&days=12").days, 12);
        assert_eq!(linked("seed=7&days=12").seed, 7);
    }

    #[test]
    fn an_address_with_no_run_names_none() {
        for query in [
            "",
            "?",
            "?embed",
            "?lang=en",
            "?test-panic",
            "?fbclid=abc123",
        ] {
            let (link, problems) = decode(query);
            assert_eq!((link.scenario, problems), (None, vec![]), "{query}");
        }
        assert!(decode("?embed").0.embed);
    }

    #[test]
    fn settings_at_their_default_may_be_spelled_out() {
        let scenario = linked(&format!(
            "v=1&seed=1&days=30&cameras={DEFAULT_CAMERA_COUNT}&population=10000&policy=common-setup&lang=en"
        ));
        assert_eq!(scenario, Scenario::default());
    }

    #[test]
    fn unknown_parameters_are_ignored() {
        assert_eq!(linked("v=1&seed=9&utm_source=newsletter").seed, 9);
        // The presenter page's own parameters, whatever their characters.
        assert_eq!(linked("v=1&seed=9&deck=1.2.3%2C4&law=2").seed, 9);
    }

    #[test]
    fn names_the_imported_town_it_cannot_carry() {
        let file = crate::sim::TownFile {
            name: "somerville-chelsea".to_owned(),
            digest: "0123456789abcdef".to_owned(),
        };
        let link = RunLink {
            scenario: Some(Scenario {
                town_file: Some(file.clone()),
                ..Scenario::default()
            }),
            ..RunLink::default()
        };
        let query = encode(&link);
        assert!(
            query.contains("&town=0123456789abcdef-somerville-chelsea"),
            "{query}"
        );
        assert_eq!(decode(&query), (link, vec![]));
        let named = crate::sim::TownFile {
            name: "Somerville, MA".to_owned(),
            ..file
        };
        assert_eq!(town_value(&named), "0123456789abcdef-Somerville--MA");
        let (_, problems) = decode("v=1&seed=2&town=not-a-digest");
        assert_eq!(problems, vec![LinkProblem::Malformed]);
    }

    #[test]
    fn writes_what_it_reads() {
        let link = RunLink {
            scenario: Some(Scenario {
                seed: 7,
                days: 30,
                camera_count: 40,
                persona: Some(Persona::HospitalNurse),
                commuter: Some(edited_life()),
                ..Scenario::default()
            }),
            policy: 3,
            levers: LabLevers {
                hit_only: Some(true),
                sharing: Some(SharingSetting::Statewide),
                ..LabLevers::default()
            },
            language: Language::ENGLISH,
            embed: true,
        };
        assert_eq!(decode(&encode(&link)), (link, vec![]));
    }

    /// A teacher's "Maine, but only hot-list reads, shared statewide, half the cameras"
    /// opens with those levers; a lever the link leaves out is the preset's.
    #[test]
    fn carries_the_policy_lab_s_levers_moved_from_its_preset() {
        let (link, problems) =
            decode("?v=1&seed=7&policy=maine&keep=48-hours&hit=1&share=statewide&running=50");
        assert_eq!(problems, vec![]);
        assert_eq!(presets()[link.policy].source, PresetSource::Maine);
        assert_eq!(
            link.levers,
            LabLevers {
                retention: Some(Retention::FortyEightHours),
                hit_only: Some(true),
                sharing: Some(SharingSetting::Statewide),
                camera_percent: Some(50),
            }
        );
        assert_eq!(decode("?v=1&seed=7&hit=0").0.levers.hit_only, Some(false));
        assert_eq!(decode("?v=1&seed=7").0.levers, LabLevers::default());
    }

    /// A lever no control makes (a retention of a week, 60% of the cameras, `hit=yes`)
    /// opens no run and says so, as an unknown preset does.
    #[test]
    fn a_lever_the_lab_cannot_set_names_no_run() {
        for (query, value) in [
            ("v=1&seed=7&keep=1-week", "1-week"),
            ("v=1&seed=7&running=60", "60"),
            ("v=1&seed=7&hit=yes", "yes"),
            ("v=1&seed=7&share=everyone", "everyone"),
        ] {
            assert_eq!(
                decode(query).1,
                vec![LinkProblem::UnknownPolicy(value.into())],
                "{query}"
            );
            assert_eq!(decode(query).0.levers, LabLevers::default(), "{query}");
        }
    }

    /// A version-1 link as the app wrote it when the format was made (the edited life
    /// above, with seed 7, 40 cameras and the Maine preset). It must open the same run
    /// whatever the format becomes.
    const OLD_LINK: &str = "?v=1&seed=7&days=30&cameras=40&persona=hospital-nurse&life=AQSUjaB61lHAnTlLJXE5RUBLrhBiVddRwCDyqaITOEVAAwABA5UD0AUDmpmZmZmZuT-amZmZmZnJPwgBCTEf5iJM1VHAbLKTy6M5RUAAAgIFugRLAAIIoCrP343VUcBK3LiJozlFQAABBpQFKAADDd_iFvSK11HAA_dccvQ5RUAAAQTuBTwBBRGrNm-bjtZRwBBy3yxLOkVAAQIJF8gGPAAHFC-2Ixd01lHATJpsrqE5RUABAQyMBngACAElrOC_hNhRwLEnrDJ6OkVAAAEG_Ae0AQEJFXdy4Hyp01HAaK_xt3Q1RUABAROUBZANAQsT9ihcj8LVUcB7FK5H4TpFQAECAxGcBHgA&policy=maine#/simulator";

    #[test]
    fn an_old_version_one_link_still_opens_its_run() {
        let query = OLD_LINK.split('#').next().unwrap_or_default();
        let (link, problems) = decode(query);
        assert_eq!(problems, vec![]);
        let scenario = link.scenario.expect("a run");
        assert_eq!(
            (scenario.seed, scenario.days, scenario.camera_count),
            (7, 30, 40)
        );
        assert_eq!(presets()[link.policy].source, PresetSource::Maine);
        let plan = scenario.commuter.expect("the edited life");
        assert_eq!(plan.persona, Persona::HospitalNurse);
        assert_eq!(plan.home, [-71.351_234_567_890_12, 42.448_765_432_101_23]);
        assert_eq!(plan.shift_start_minute_of_day, 6 * 60 + 45);
        assert_eq!(plan.stops.len(), 8);
        let court = &plan.stops[7];
        assert_eq!(court.days, StopDays::OnDays(vec![3, 17]));
        assert_eq!(
            (court.kind, court.position),
            (PlaceKind::Courthouse, [-71.34, 42.46])
        );
    }

    #[test]
    fn a_24_stop_life_keeps_the_whole_address_under_2000_characters() {
        let mut plan = edited_life();
        plan.stops = (0..24)
            .map(|i| RegularStop {
                purpose: PURPOSE_CODES[i % 15],
                kind: KIND_CODES[i % KIND_CODES.len()],
                position: [
                    -71.35 + i as f64 * 0.000_123_456_7,
                    42.45 - i as f64 / 7_000.3,
                ],
                days: if i % 3 == 0 {
                    StopDays::OnDays(vec![2, 9, 16, 23, 30 + i as u32])
                } else {
                    StopDays::Weekly(Weekday::ALL[..1 + i % 7].to_vec())
                },
                arrive_minute_of_day: 17 * 60 + 37,
                stay_minutes: 2 * 60 + 13,
                with_partner: i % 2 == 0,
            })
            .collect();
        let link = RunLink {
            scenario: Some(Scenario {
                seed: u64::MAX,
                population: 12_345,
                commuter: Some(plan),
                persona: Some(Persona::NightNurse),
                ..Scenario::default()
            }),
            policy: 2,
            ..RunLink::default()
        };
        let address = format!(
            "https://teacher.example.org/civics/plate-trail/?{}#/simulator",
            encode(&link)
        );
        assert!(address.len() < 2_000, "{} characters", address.len());
        assert_eq!(decode(&encode(&link)), (link, vec![]));
    }

    #[test]
    fn every_preset_has_a_slug_and_the_first_is_left_out() {
        for index in 0..presets().len() {
            let slug = preset_slug(index).expect("a slug");
            assert_eq!(preset_index(slug), Some(index), "{slug}");
        }
        assert_eq!(preset_index("common-setup"), Some(0));
    }

    #[test]
    fn every_place_and_purpose_has_a_code() {
        let map = generate_town(2, DEFAULT_CAMERA_COUNT);
        for place in &map.places {
            assert!(KIND_CODES.contains(&place.kind), "{:?}", place.kind);
        }
        for purpose in StopPurpose::ALL {
            assert!(PURPOSE_CODES.contains(&purpose), "{purpose:?}");
        }
        for persona in Persona::ALL {
            assert!(PERSONA_SLUGS.iter().any(|(p, _)| *p == persona));
        }
    }
}

mod bad_links {
    use super::*;

    fn problems_of(query: &str) -> Vec<LinkProblem> {
        let (link, problems) = decode(query);
        if problems.iter().any(LinkProblem::resets_run) {
            assert_eq!(link.scenario, None, "{query}");
            assert_eq!(link.policy, 0);
        }
        problems
    }

    #[test]
    fn a_newer_version_names_no_run() {
        assert_eq!(
            problems_of("v=2&seed=7"),
            vec![LinkProblem::UnknownVersion("2".into())]
        );
    }

    #[test]
    fn numbers_out_of_range_open_the_default_run() {
        for (query, setting) in [
            ("seed=-1", NumberSetting::Seed),
            ("seed=18446744073709551616", NumberSetting::Seed),
            ("days=0", NumberSetting::Days),
            ("days=91", NumberSetting::Days),
            ("cameras=4", NumberSetting::Cameras),
            ("cameras=1e3", NumberSetting::Cameras),
            ("population=0", NumberSetting::Population),
            ("v=one", NumberSetting::Version),
        ] {
            let problems = problems_of(query);
            assert!(
                matches!(problems.as_slice(), [LinkProblem::OutOfRange { setting: s, .. }] if *s == setting),
                "{query}: {problems:?}"
            );
        }
    }

    #[test]
    fn an_unknown_persona_or_preset_names_no_run() {
        assert_eq!(
            problems_of("v=1&persona=astronaut"),
            vec![LinkProblem::UnknownPersona("astronaut".into())]
        );
        assert_eq!(
            problems_of("v=1&policy=texas"),
            vec![LinkProblem::UnknownPolicy("texas".into())]
        );
    }

    #[test]
    fn an_unknown_language_keeps_the_run() {
        let (link, problems) = decode("v=1&seed=5&lang=fr");
        assert_eq!(problems, vec![LinkProblem::UnknownLanguage("fr".into())]);
        assert_eq!(link.scenario.map(|s| s.seed), Some(5));
    }

    #[test]
    fn spanish_and_brazilian_portuguese_links_keep_their_language() {
        for (asked, code) in [("es", "es"), ("pt-BR", "pt-BR"), ("pt-br", "pt-BR")] {
            let (link, problems) = decode(&format!("v=1&seed=5&lang={asked}"));
            assert!(problems.is_empty(), "{asked}: {problems:?}");
            assert_eq!(link.language, Language(code));
            assert!(encode(&link).contains(&format!("&lang={code}")), "{asked}");
        }
    }

    #[test]
    fn an_embed_keeps_the_language_it_was_made_in() {
        for code in ["es", "pt-BR"] {
            let link = RunLink {
                scenario: Some(Scenario {
                    seed: 6,
                    ..Scenario::default()
                }),
                language: Language(code),
                embed: true,
                ..RunLink::default()
            };
            let query = encode(&link);
            assert!(query.contains(&format!("&lang={code}")), "{query}");
            assert!(query.split('&').any(|p| p == "embed"), "{query}");
            assert_eq!(decode(&query), (link, vec![]));
        }
    }

    #[test]
    fn an_english_link_from_before_the_translations_still_opens_in_english() {
        let (link, problems) = decode("v=1&seed=5&lang=en");
        assert!(problems.is_empty());
        assert_eq!(link.language, Language::ENGLISH);
        assert!(!encode(&link).contains("lang="));
    }

    #[test]
    fn a_cut_or_changed_life_names_no_run() {
        let life = encode_life(&edited_life());
        let cut = &life[..life.len() - 5];
        assert_eq!(
            problems_of(&format!("v=1&life={cut}")),
            vec![LinkProblem::BrokenLife]
        );
        assert_eq!(
            problems_of(&format!("v=1&life={life}AAAA")),
            vec![LinkProblem::BrokenLife]
        );
        // The shift made 20 hours long: a number no control makes.
        let mut plan = edited_life();
        plan.shift_minutes = 20 * 60;
        let query = format!("v=1&life={}", encode_life(&plan));
        assert_eq!(problems_of(&query), vec![LinkProblem::BrokenLife]);
        // A chance of 2 would stop the simulation.
        plan = edited_life();
        plan.plans_change_probability = 2.0;
        let query = format!("v=1&life={}", encode_life(&plan));
        assert_eq!(problems_of(&query), vec![LinkProblem::BrokenLife]);
    }

    #[test]
    fn a_life_off_the_town_names_no_run() {
        // A well-formed life, its home in Tokyo, its work or a stop where no number is sane.
        let mut far = Vec::new();
        let mut plan = edited_life();
        plan.home = [139.7, 35.6];
        far.push(plan);
        plan = edited_life();
        plan.work = [1e300, -1e300];
        far.push(plan);
        plan = edited_life();
        plan.stops.last_mut().expect("a stop").position = [-71.35, 48.0];
        far.push(plan);
        for plan in far {
            let (link, problems) = decode(&format!("v=1&seed=7&life={}", encode_life(&plan)));
            assert_eq!(problems, vec![LinkProblem::PlaceOffTown]);
            assert_eq!(link.scenario, None);
        }
    }

    #[test]
    fn a_link_the_controls_cannot_make_is_refused_like_a_saved_scenario() {
        for query in [
            "v=1&cameras=250",
            "v=1&cameras=0",
            "v=1&population=0",
            "v=1&population=60000",
        ] {
            let (link, problems) = decode(query);
            assert_eq!(problems.len(), 1, "{query}");
            assert_eq!(link.scenario, None, "{query}");
        }
        // What a saved scenario may hold, a link may carry, and back.
        let mut plan = edited_life();
        plan.shift_minutes = *crate::scenario::limits::SHIFT_MINUTES.start() - 1;
        let query = format!("v=1&life={}", encode_life(&plan));
        assert_eq!(problems_of(&query), vec![LinkProblem::BrokenLife]);
    }

    #[test]
    fn a_far_too_long_link_still_says_so_in_its_language() {
        let junk = format!("lang=es&{}", "seed=7&".repeat(100_000 / 7));
        let (link, problems) = decode(&junk);
        assert_eq!(problems, vec![LinkProblem::TooLong { bytes: junk.len() }]);
        assert_eq!(link.language, Language("es"));
    }

    #[test]
    fn garbage_and_markup_open_the_default_run() {
        for query in [
            "?%3Cscript%3Ealert(1)%3C/script%3E",
            "?v=1&seed=<img src=x>",
            "?seed=7&days=30#frag",
            "?v=1&life=!!!",
        ] {
            assert!(!problems_of(query).is_empty(), "{query}");
        }
    }

    #[test]
    fn a_hundred_kilobytes_of_junk_is_refused_unread() {
        let junk = "seed=7&".repeat(100_000 / 7);
        let (link, problems) = decode(&junk);
        assert_eq!(problems, vec![LinkProblem::TooLong { bytes: junk.len() }]);
        assert_eq!(link.scenario, None);
    }

    #[test]
    fn a_quoted_value_is_shortened() {
        let long = "x".repeat(500);
        assert_eq!(
            problems_of(&format!("persona={long}")),
            vec![LinkProblem::UnknownPersona("x".repeat(24))]
        );
    }
}

/// Generated inputs: random text, valid links mutated, and valid runs written and read
/// back. `LINK_FUZZ_CASES` sets the cases per property (`make fuzz`: a million each); the
/// default keeps `cargo test` to a few seconds.
#[cfg(not(target_arch = "wasm32"))]
mod fuzz {
    use super::*;
    use crate::scenario::limits::plausible;
    use crate::sim::{MINUTES_PER_DAY, PlanArea};
    use proptest::prelude::*;
    use proptest::test_runner::Config;

    fn config() -> Config {
        let cases = std::env::var("LINK_FUZZ_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(2_000);
        Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        }
    }

    fn weekdays() -> impl Strategy<Value = Vec<Weekday>> {
        proptest::collection::vec(proptest::sample::select(Weekday::ALL.to_vec()), 0..=7)
    }

    /// A place on the made-up town (a link the app writes has no other).
    fn lon_lat() -> impl Strategy<Value = [f64; 2]> {
        let area = PlanArea::made_up_town();
        [
            area.south_west[0]..area.north_east[0],
            area.south_west[1]..area.north_east[1],
        ]
    }

    fn stop() -> impl Strategy<Value = RegularStop> {
        (
            proptest::sample::select(PURPOSE_CODES.to_vec()),
            proptest::sample::select(KIND_CODES.to_vec()),
            lon_lat(),
            prop_oneof![
                weekdays().prop_map(StopDays::Weekly),
                proptest::collection::vec(any::<u32>(), 0..6).prop_map(StopDays::OnDays),
            ],
            0..MINUTES_PER_DAY,
            crate::scenario::limits::MIN_STAY_MINUTES..=crate::scenario::limits::MAX_STAY_MINUTES,
            any::<bool>(),
        )
            .prop_map(
                |(purpose, kind, position, days, arrive, stay, with_partner)| RegularStop {
                    purpose,
                    kind,
                    position,
                    days,
                    arrive_minute_of_day: arrive,
                    stay_minutes: stay,
                    with_partner,
                },
            )
    }

    fn plan() -> impl Strategy<Value = CommuterPlan> {
        (
            proptest::sample::select(Persona::ALL.to_vec()),
            (lon_lat(), lon_lat(), weekdays()),
            (0..MINUTES_PER_DAY, crate::scenario::limits::SHIFT_MINUTES),
            (any::<bool>(), any::<bool>(), 0.0..=1.0f64, 0.0..=1.0f64),
            proptest::collection::vec(stop(), 0..=24),
        )
            .prop_map(
                |(
                    persona,
                    (home, work, workdays),
                    (start, shift),
                    (carpool, partner, change, route),
                    stops,
                )| {
                    CommuterPlan {
                        persona,
                        home,
                        work,
                        workdays,
                        shift_start_minute_of_day: start,
                        shift_minutes: shift,
                        stops,
                        carpool,
                        partner,
                        plans_change_probability: change,
                        alternative_route_probability: route,
                    }
                },
            )
    }

    fn link() -> impl Strategy<Value = RunLink> {
        (
            any::<u64>(),
            1..=MAX_DAYS,
            CAMERA_COUNT,
            POPULATION,
            proptest::option::of(proptest::sample::select(Persona::ALL.to_vec())),
            proptest::option::of(plan()),
            (0..presets().len(), levers()),
            any::<bool>(),
        )
            .prop_map(
                |(
                    seed,
                    days,
                    camera_count,
                    population,
                    persona,
                    commuter,
                    (policy, levers),
                    embed,
                )| {
                    RunLink {
                        scenario: Some(Scenario {
                            seed,
                            days,
                            population,
                            camera_count,
                            persona,
                            commuter,
                            town_file: None,
                        }),
                        policy,
                        levers,
                        language: Language::ENGLISH,
                        embed,
                    }
                },
            )
    }

    fn levers() -> impl Strategy<Value = LabLevers> {
        (
            proptest::option::of(proptest::sample::select(
                RETENTION_SLUGS.map(|e| e.0).to_vec(),
            )),
            proptest::option::of(any::<bool>()),
            proptest::option::of(proptest::sample::select(
                SHARING_SLUGS.map(|e| e.0).to_vec(),
            )),
            proptest::option::of(proptest::sample::select(CAMERA_PERCENTS.to_vec())),
        )
            .prop_map(|(retention, hit_only, sharing, camera_percent)| LabLevers {
                retention,
                hit_only,
                sharing,
                camera_percent,
            })
    }

    /// A change a link may suffer on its way: cut short, a character changed, added or
    /// removed, a parameter repeated.
    #[derive(Clone, Debug)]
    enum Mutation {
        Cut(usize),
        Replace(usize, char),
        Insert(usize, char),
        Remove(usize),
        Repeat(usize),
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        let c = prop_oneof![
            proptest::char::range('!', '~'),
            Just('&'),
            Just('='),
            any::<char>()
        ];
        prop_oneof![
            any::<usize>().prop_map(Mutation::Cut),
            (any::<usize>(), c.clone()).prop_map(|(i, c)| Mutation::Replace(i, c)),
            (any::<usize>(), c).prop_map(|(i, c)| Mutation::Insert(i, c)),
            any::<usize>().prop_map(Mutation::Remove),
            any::<usize>().prop_map(Mutation::Repeat),
        ]
    }

    fn mutated(query: &str, mutations: &[Mutation]) -> String {
        let mut chars: Vec<char> = query.chars().collect();
        for m in mutations {
            let at = |i: usize, n: usize| if n == 0 { 0 } else { i % n };
            match *m {
                Mutation::Cut(i) => chars.truncate(at(i, chars.len() + 1)),
                Mutation::Replace(i, c) if !chars.is_empty() => {
                    let i = at(i, chars.len());
                    chars[i] = c;
                }
                Mutation::Insert(i, c) => chars.insert(at(i, chars.len() + 1), c),
                Mutation::Remove(i) if !chars.is_empty() => {
                    chars.remove(at(i, chars.len()));
                }
                Mutation::Repeat(i) => {
                    let text: String = chars.iter().collect();
                    let parts: Vec<&str> = text.split('&').collect();
                    let part = parts[at(i, parts.len())].to_owned();
                    chars.extend(format!("&{part}").chars());
                }
                _ => {}
            }
        }
        chars.into_iter().collect()
    }

    /// Whatever decode makes of `query`: never a panic, no run whenever it complains, and a
    /// run the simulator accepts.
    fn decodes_sanely(query: &str) -> Result<(), TestCaseError> {
        let (link, problems) = decode(query);
        if problems.iter().any(LinkProblem::resets_run) {
            prop_assert_eq!(link.scenario.clone(), None);
        }
        if let Some(scenario) = link.scenario {
            prop_assert!(plausible(scenario).is_some());
        }
        prop_assert!(link.policy < presets().len());
        Ok(())
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn decode_never_panics_on_random_text(query in ".{0,300}") {
            decodes_sanely(&query)?;
        }

        #[test]
        fn decode_never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            decodes_sanely(&String::from_utf8_lossy(&bytes))?;
        }

        #[test]
        fn decode_never_panics_on_mutated_links(
            link in link(),
            mutations in proptest::collection::vec(mutation(), 1..4),
        ) {
            decodes_sanely(&mutated(&encode(&link), &mutations))?;
        }

        #[test]
        fn decode_reads_back_what_encode_writes(link in link()) {
            prop_assert_eq!(decode(&encode(&link)), (link, vec![]));
        }

        /// A link cut short anywhere after its check opens what it was made for, or says it
        /// does not: never another run or another lab in silence.
        #[test]
        fn a_cut_link_never_opens_another_run_in_silence(link in link(), cut in any::<usize>()) {
            let query = encode(&link);
            let start = query.find("&c=").expect("a check") + "&c=000000".len();
            let at = start + cut % (query.len() - start + 1);
            let (opened, problems) = decode(&query[..at]);
            let same = |l: &RunLink| (l.scenario.clone(), l.policy, l.levers.clone());
            if problems.is_empty() {
                prop_assert_eq!(same(&opened), same(&link), "{}", &query[..at]);
            }
        }
    }
}

mod check {
    use super::*;

    fn maine_nurse() -> RunLink {
        RunLink {
            scenario: Some(Scenario {
                seed: 7,
                days: 12,
                commuter: Some(edited_life()),
                ..Scenario::default()
            }),
            policy: preset_index("maine").expect("a preset"),
            ..RunLink::default()
        }
    }

    #[test]
    fn a_link_the_app_writes_carries_its_check_after_the_version() {
        let query = encode(&maine_nurse());
        let check = check_of(&maine_nurse());
        assert!(
            query.starts_with(&format!("v=1&c={check}&seed=7&days=12&")),
            "{query}"
        );
        assert_eq!(check.len(), 6);
        assert_eq!(decode(&query).1, vec![]);
    }

    #[test]
    fn an_edited_link_is_opened_as_it_reads_and_said_to_be_changed() {
        let query = encode(&maine_nurse()).replace("days=12", "days=13");
        let (link, problems) = decode(&query);
        assert_eq!(problems, vec![LinkProblem::Changed]);
        assert_eq!(link.scenario.map(|s| s.days), Some(13));
        assert!(!LinkProblem::Changed.resets_run());
        // A check that is not one says the same.
        let query = encode(&maine_nurse()).replacen("&c=", "&c=zz", 1);
        assert_eq!(decode(&query).1, vec![LinkProblem::Changed]);
    }

    #[test]
    fn the_language_and_the_embed_are_not_checked_and_a_hand_written_link_has_no_check() {
        let query = encode(&maine_nurse());
        assert_eq!(decode(&format!("{query}&lang=es&embed")).1, vec![]);
        let spanish = RunLink {
            language: Language("es"),
            ..maine_nurse()
        };
        assert_eq!(check_of(&spanish), check_of(&maine_nurse()));
        assert_eq!(decode("v=1&seed=7&days=12&policy=maine").1, vec![]);
    }
}
