//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts into a known
//! element and renders; run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

mod common {
    pub mod dom;
}

use common::dom::{attribute, click, count, mount, mount_app, tick};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod app_shell {
    use super::*;

    #[wasm_bindgen_test]
    async fn renders_the_heading_and_every_view_in_the_navigation() {
        let root = mount_app().await;
        let heading = root.query_selector("h1").unwrap().expect("a heading");
        assert_eq!(heading.text_content().as_deref(), Some("Plate Trail"));
        let links = root.query_selector_all("header nav a").unwrap();
        let labels: Vec<String> = (0..links.length())
            .filter_map(|i| links.item(i)?.text_content())
            .collect();
        let expected: Vec<&str> = plate_trail::views::View::ALL
            .iter()
            .map(|view| view.label())
            .collect();
        assert_eq!(labels, expected);
        assert_eq!(labels.first().map(String::as_str), Some("Simulator"));
    }
}

/// Components of the simulator view, each mounted alone with hand-made data.
mod simulator_parts {
    use std::cell::RefCell;
    use std::rc::Rc;

    use plate_trail::components::map::{Map, MapProps, Marker, MarkerKind};
    use plate_trail::scenario::{Dossier, Finding, FindingKind, Guess, Shared, Truth};
    use plate_trail::sim::{
        BodyType, Camera, CameraOwner, CameraPlacement, Colour, Fingerprint, Intersection, Place,
        PlaceKind, Plate, RoadClass, RoadSegment, Sighting, TownMap, TravelDirection,
    };
    use plate_trail::views::simulator::capture_log::{CaptureLog, CaptureLogProps, LogView};
    use plate_trail::views::simulator::dossier::{DossierPanel, DossierPanelProps};
    use plate_trail::views::simulator::map_text::{MapText, MapTextProps};
    use plate_trail::views::simulator::uniqueness::{
        TownWork, Uniqueness, UniquenessChart, UniquenessChartProps, UniquenessPoint, WorkThread,
    };
    use wasm_bindgen::JsCast;
    use yew::Callback;

    use super::*;

    /// A two-street town with two places and two cameras around lon -71.1, lat 42.4.
    fn town() -> Rc<TownMap> {
        let camera = |label: &str, position: [f64; 2], operator: &str| Camera {
            label: label.into(),
            position,
            heading_degrees: 90.0,
            field_of_view_degrees: 60.0,
            range_meters: 40.0,
            operator: operator.into(),
            owner: CameraOwner::TownPolice,
            placement: CameraPlacement::ArterialIntersection,
            read_probability: 0.9,
        };
        Rc::new(TownMap {
            name: "Testville".into(),
            boundary: vec![
                [-71.11, 42.39],
                [-71.09, 42.39],
                [-71.09, 42.41],
                [-71.11, 42.41],
            ],
            intersections: vec![
                Intersection {
                    position: [-71.105, 42.4],
                },
                Intersection {
                    position: [-71.095, 42.4],
                },
                Intersection {
                    position: [-71.1, 42.405],
                },
            ],
            roads: vec![
                RoadSegment {
                    from: 0,
                    to: 1,
                    class: RoadClass::Arterial,
                    name: "Main Street".into(),
                    speed_kmh: 50.0,
                    length_meters: 820.0,
                    oneway: false,
                },
                RoadSegment {
                    from: 1,
                    to: 2,
                    class: RoadClass::Local,
                    name: "Elm Street".into(),
                    speed_kmh: 30.0,
                    length_meters: 700.0,
                    oneway: false,
                },
            ],
            places: vec![
                Place {
                    kind: PlaceKind::Home,
                    name: "12 Elm Street".into(),
                    position: [-71.1, 42.404],
                    access: 2,
                },
                Place {
                    kind: PlaceKind::Mosque,
                    name: "Testville Mosque".into(),
                    position: [-71.096, 42.401],
                    access: 1,
                },
            ],
            cameras: vec![
                camera("FL-01", [-71.104, 42.4], "Testville Police"),
                camera("FL-02", [-71.096, 42.4], "Mall security"),
            ],
            attribution: "Map data \u{a9} OpenStreetMap contributors".into(),
        })
    }

    fn sighting(camera: u16, minute: u32, direction: TravelDirection) -> Sighting {
        Sighting {
            camera,
            minute,
            plate: Plate::parse("4KTR217").unwrap(),
            direction,
            vehicle: 0,
        }
    }

    mod map {
        use super::*;

        fn props(on_pick: Option<Callback<[f64; 2]>>) -> MapProps {
            MapProps {
                town: town().into(),
                label: "Map of Testville".into(),
                markers: Vec::new(),
                reading_cameras: vec![1],
                route: Vec::new(),
                on_pick,
                on_cancel_pick: None,
                pick_label: "Put home at the crosshair".into(),
                drawing_size: None,
                measure_at_once: false,
                fit_circles: Vec::new(),
                symbol_room: false,
            }
        }

        #[wasm_bindgen_test]
        async fn draws_roads_places_cameras_and_the_attribution() {
            let root = mount::<Map>(props(None)).await;
            assert_eq!(count(&root, ".road--arterial"), 1);
            assert_eq!(count(&root, "[data-testid^='place-']"), 2);
            assert_eq!(
                count(&root, ".place--sensitive"),
                1,
                "the mosque is flagged"
            );
            assert_eq!(count(&root, ".camera-wedge"), 2);
            assert_eq!(count(&root, ".camera-flash"), 1, "camera FL-02 is reading");
            assert_eq!(count(&root, ".town-line"), 1);
            assert!(
                root.text_content()
                    .unwrap()
                    .contains("OpenStreetMap contributors")
            );
            assert_eq!(
                count(&root, "[data-testid='map-pick']"),
                0,
                "no picking without on_pick"
            );
        }

        /// A large town's roads come a class per step; the classes drawn stay the same
        /// elements when the next comes (an added class once had every class before it
        /// parsed and drawn again).
        #[wasm_bindgen_test]
        async fn a_large_towns_roads_come_a_class_at_a_time_and_stay_drawn() {
            let mut big = (*town()).clone();
            let classes = [
                RoadClass::Highway,
                RoadClass::Arterial,
                RoadClass::Collector,
                RoadClass::Local,
            ];
            let road = big.roads[0].clone();
            big.roads = (0..6_000)
                .map(|i| RoadSegment {
                    class: classes[i % 4],
                    ..road.clone()
                })
                .collect();
            let root = mount::<Map>(MapProps {
                town: Rc::new(big).into(),
                ..props(None)
            })
            .await;
            // Local streets come first, highways last.
            let mut first = None;
            for _ in 0..50 {
                if first.is_none() {
                    first = root.query_selector(".roads .road--local").unwrap();
                }
                if count(&root, ".roads .road--highway") > 0 {
                    break;
                }
                tick().await;
            }
            let first = first.expect("the local streets were drawn");
            assert_eq!(count(&root, ".roads .road--highway"), 1, "every class came");
            let after = root.query_selector(".roads .road--local").unwrap();
            assert!(
                first.is_same_node(after.as_deref()),
                "the local streets were drawn again"
            );
        }

        /// The pins before and after the drive: the true home, work and a stop, then the car
        /// at the end of the list while the drive plays.
        fn pins(car: bool) -> Vec<Marker> {
            let pin = |kind, position, title: &str| Marker {
                kind,
                position,
                radius_meters: None,
                title: title.to_owned().into(),
            };
            let mut pins = vec![
                pin(MarkerKind::TrueHome, [-71.1, 42.404], "Your home"),
                pin(MarkerKind::TrueWork, [-71.096, 42.401], "Your work"),
                pin(MarkerKind::Stop, [-71.104, 42.4], "A stop"),
            ];
            if car {
                pins.push(pin(MarkerKind::Car, [-71.1, 42.4], "Your car"));
            }
            pins
        }

        /// The car comes at the end of the markers when the drive plays: the pins already
        /// drawn stay the same elements. Unkeyed, Yew matched the markers from the last one
        /// back, so every pin was written over with its neighbour's shape and a new home pin
        /// made in front.
        #[wasm_bindgen_test]
        async fn a_marker_that_comes_at_the_end_leaves_the_pins_drawn_in_place() {
            let with = |car| MapProps {
                markers: pins(car),
                ..props(None)
            };
            let root = common::dom::rerender_keeps::<Map>(
                with(false),
                with(true),
                "[data-testid='marker-true-home']",
            )
            .await;
            assert_eq!(count(&root, "[data-testid='marker-car']"), 1);
        }

        /// The same in the map's text alternative: the car's line comes at the end of the
        /// pins' list, the lines before it stay the same elements.
        #[wasm_bindgen_test]
        async fn a_pin_that_comes_at_the_end_leaves_the_text_lines_in_place() {
            let with = |car| MapTextProps {
                town: town().into(),
                markers: pins(car),
                rows: Rc::new(Vec::new()).into(),
                rows_so_far: 0,
            };
            let first_line = "[data-testid='map-text'] ul li";
            let root =
                common::dom::rerender_keeps::<MapText>(with(false), with(true), first_line).await;
            let home = root.query_selector(first_line).unwrap().expect("a line");
            // Each pin says where it is, by the town's nearest named place.
            assert_eq!(
                home.text_content().as_deref(),
                Some("Your home, at 12 Elm Street")
            );
            assert!(root.text_content().unwrap().contains("Your car"));
        }

        #[wasm_bindgen_test]
        async fn the_zoom_buttons_zoom_and_reset() {
            let root = mount::<Map>(props(None)).await;
            let magnification =
                || attribute(&root, "[data-testid='town-map']", "data-magnification");
            assert_eq!(magnification().as_deref(), Some("1.00"));
            click(&root, "button[aria-label='Zoom in']");
            tick().await;
            assert_eq!(magnification().as_deref(), Some("1.50"));
            click(&root, "button[aria-label='Show the whole town']");
            tick().await;
            assert_eq!(magnification().as_deref(), Some("1.00"));
        }

        #[wasm_bindgen_test]
        async fn the_pick_button_picks_the_spot_under_the_crosshair() {
            let picked = Rc::new(RefCell::new(None));
            let on_pick = {
                let picked = picked.clone();
                Callback::from(move |p: [f64; 2]| *picked.borrow_mut() = Some(p))
            };
            let root = mount::<Map>(props(Some(on_pick))).await;
            assert_eq!(count(&root, "[data-testid='map-crosshair']"), 1);
            click(&root, "[data-testid='map-pick']");
            let [lon, lat] = picked.borrow().expect("a spot was picked");
            assert!(
                (lon + 71.1).abs() < 0.001 && (lat - 42.4).abs() < 0.001,
                "{lon},{lat}"
            );
        }
    }

    mod capture_log {
        use super::*;

        fn props(view: LogView, on_view: Callback<LogView>) -> CaptureLogProps {
            CaptureLogProps {
                town: town().into(),
                rows: Shared::new(vec![
                    sighting(0, 480, TravelDirection::East),
                    sighting(1, 500, TravelDirection::West),
                    sighting(0, 1_500, TravelDirection::East),
                ]),
                shown_until: 2,
                fingerprint: Shared::new(Fingerprint {
                    make: "Toyota".into(),
                    model: "Corolla".into(),
                    colour: Colour::Silver,
                    body: BodyType::Sedan,
                    features: vec![plate_trail::sim::Feature::RoofRack],
                }),
                view,
                on_view,
            }
        }

        #[wasm_bindgen_test]
        async fn shows_only_the_rows_captured_so_far_with_a_count() {
            let root = mount::<CaptureLog>(props(LogView::default(), Callback::noop())).await;
            assert_eq!(count(&root, "tbody tr"), 2);
            let status = root
                .query_selector("[data-testid='log-count']")
                .unwrap()
                .unwrap();
            assert_eq!(status.text_content().as_deref(), Some("2 rows"));
            assert!(
                root.text_content()
                    .unwrap()
                    .contains("Silver Toyota Corolla sedan, roof rack")
            );
        }

        #[wasm_bindgen_test]
        async fn a_header_click_asks_for_that_sort() {
            let asked = Rc::new(RefCell::new(None));
            let on_view = {
                let asked = asked.clone();
                Callback::from(move |v: LogView| *asked.borrow_mut() = Some(v))
            };
            let root = mount::<CaptureLog>(props(LogView::default(), on_view)).await;
            assert_eq!(
                attribute(&root, "th:first-child", "aria-sort").as_deref(),
                Some("descending")
            );
            click(&root, "th:nth-child(3) button");
            let view = asked.borrow().clone().expect("a new view");
            assert_eq!(
                view.sort_by,
                plate_trail::views::simulator::capture_log::LogColumn::Operator
            );
        }

        #[wasm_bindgen_test]
        async fn a_filter_narrows_the_rows_and_the_count_says_so() {
            let view = LogView {
                filter: "mall".into(),
                ..LogView::default()
            };
            let root = mount::<CaptureLog>(props(view, Callback::noop())).await;
            assert_eq!(count(&root, "tbody tr"), 1);
            let status = root
                .query_selector("[data-testid='log-count']")
                .unwrap()
                .unwrap();
            assert_eq!(status.text_content().as_deref(), Some("1 of 2 rows"));
        }
    }

    mod dossier {
        use super::*;

        fn props(complete: bool) -> DossierPanelProps {
            DossierPanelProps {
                town: town().into(),
                dossier: Shared::new(Dossier {
                    findings: vec![Finding {
                        kind: FindingKind::Home,
                        guess: Guess::Anchor {
                            radius_meters: 200.0,
                            near: Some(plate_trail::scenario::PlaceMention {
                                name: "12 Elm Street".into(),
                                kind: plate_trail::sim::PlaceKind::Home,
                            }),
                            stops: 1,
                        },
                        confidence: 0.82,
                        evidence: vec![sighting(0, 480, TravelDirection::East)],
                        more_evidence: 0,
                        truth: Some(Truth::Anchor {
                            near: Some(plate_trail::scenario::PlaceMention {
                                name: "12 Elm Street".into(),
                                kind: plate_trail::sim::PlaceKind::Home,
                            }),
                            error_meters: 140.4,
                            inside: true,
                        }),
                        error_meters: Some(140.4),
                        spot: Some(([-71.1, 42.404], 200.0)),
                        places: Vec::new(),
                        right: Some(true),
                    }],
                    unavailable: None,
                    analysing: false,
                    searching_town: false,
                    more_associates: 0,
                }),
                row_count: 1,
                complete,
            }
        }

        #[wasm_bindgen_test]
        async fn sets_the_guess_beside_the_truth_with_confidence_and_evidence() {
            let root = mount::<DossierPanel>(props(true)).await;
            let text = root.text_content().unwrap();
            assert!(text.contains("What they guessed") && text.contains("What is true"));
            assert!(text.contains("Confidence: 82%"));
            assert!(text.contains("Based on 1 sighting"));
            assert_eq!(
                attribute(&root, "[data-testid='finding-home']", "data-right").as_deref(),
                Some("true")
            );
            assert_eq!(
                attribute(&root, "[data-testid='dossier']", "data-home-error-meters").as_deref(),
                Some("140")
            );
        }

        /// The associates arrive after the rest of the dossier, before its last findings:
        /// the cards already shown stay the same elements. Unkeyed, Yew matched the cards
        /// from the last one back and wrote the home card over with the associate's words.
        #[wasm_bindgen_test]
        async fn a_finding_that_arrives_later_leaves_the_cards_shown_in_place() {
            let with = |associate: bool| {
                let mut props = props(true);
                let home = props.dossier.findings[0].clone();
                let finding = |kind, guess| Finding {
                    kind,
                    guess,
                    confidence: 0.7,
                    evidence: Vec::new(),
                    more_evidence: 0,
                    truth: None,
                    error_meters: None,
                    spot: None,
                    places: Vec::new(),
                    right: None,
                };
                let gym = Guess::Place {
                    name: "Elm Gym".into(),
                    kind: plate_trail::sim::PlaceKind::Gym,
                    visits: 4,
                };
                let friend = Guess::Associate {
                    plate: "7XK 204".into(),
                    together: 9,
                    days: 5,
                    cameras: 3,
                };
                let mut findings = vec![home];
                if associate {
                    findings.push(finding(FindingKind::Associate, friend));
                }
                findings.push(finding(FindingKind::Place, gym));
                props.dossier = Shared::new(Dossier {
                    findings,
                    ..(*props.dossier).clone()
                });
                props
            };
            let root = common::dom::rerender_keeps::<DossierPanel>(
                with(false),
                with(true),
                "[data-testid='finding-home']",
            )
            .await;
            assert_eq!(count(&root, "[data-testid='finding-associate']"), 1);
        }

        #[wasm_bindgen_test]
        async fn waits_for_the_end_of_the_drive() {
            let root = mount::<DossierPanel>(props(false)).await;
            assert_eq!(count(&root, "[data-testid='finding-home']"), 0);
            assert!(root.text_content().unwrap().contains("Drive to the end"));
        }
    }

    mod uniqueness {
        use super::*;

        #[wasm_bindgen_test]
        async fn shows_progress_while_computing() {
            let root = mount::<UniquenessChart>(UniquenessChartProps {
                uniqueness: Uniqueness::Computing,
                work: TownWork {
                    done: 1,
                    thread: WorkThread::Worker,
                },
            })
            .await;
            assert_eq!(count(&root, "[data-testid='uniqueness-progress']"), 1);
            assert_eq!(
                attribute(&root, "progress", "value").as_deref(),
                Some("1"),
                "a progress bar shows the steps done"
            );
            assert!(root.text_content().unwrap().contains("Step 2 of 4"));
            assert_eq!(count(&root, "[data-testid='town-work-on-page']"), 0);
        }

        #[wasm_bindgen_test]
        async fn says_when_the_work_runs_on_the_page() {
            let root = mount::<UniquenessChart>(UniquenessChartProps {
                uniqueness: Uniqueness::Computing,
                work: TownWork {
                    done: 0,
                    thread: WorkThread::Page,
                },
            })
            .await;
            assert_eq!(count(&root, "[data-testid='town-work-on-page']"), 1);
        }

        /// Another run's curve with more sightings: the chart's grid lines stay the same
        /// elements. Unkeyed and side by side in the drawing, the grid's lines were matched
        /// with the new bars from the last one back and drawn again.
        #[wasm_bindgen_test]
        async fn a_longer_curve_leaves_the_grid_in_place() {
            let with = |points: u32| UniquenessChartProps {
                uniqueness: Uniqueness::Ready(
                    (1..=points)
                        .map(|sightings| UniquenessPoint {
                            sightings,
                            share_unique: f64::from(sightings) / f64::from(points),
                        })
                        .collect(),
                ),
                work: TownWork::default(),
            };
            let root =
                common::dom::rerender_keeps::<UniquenessChart>(with(3), with(5), "path.grid").await;
            assert_eq!(count(&root, "rect.bar"), 5);
        }

        #[wasm_bindgen_test]
        async fn says_how_many_sightings_single_out_95_percent() {
            let curve = [0.3, 0.8, 0.96]
                .iter()
                .zip(1..)
                .map(|(&share_unique, sightings)| UniquenessPoint {
                    sightings,
                    share_unique,
                })
                .collect();
            let root = mount::<UniquenessChart>(UniquenessChartProps {
                uniqueness: Uniqueness::Ready(curve),
                work: TownWork::default(),
            })
            .await;
            assert_eq!(count(&root, "rect.bar"), 3);
            let sentence = root
                .query_selector("[data-testid='uniqueness-sentence']")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap();
            assert!(
                sentence.contains("just 3 of a car's sightings"),
                "{sentence}"
            );
            assert!(root.text_content().unwrap().contains("Unique in the Crowd"));
        }
    }

    /// The regular stops and the stop editor: it lists the plan's stops, offers the town's
    /// places by keyboard, shows what is wrong with a draft, and sends each change up.
    mod stop_editor {
        use plate_trail::scenario::stop_draft::{DraftEdit, StopDraft};
        use plate_trail::sim::{RegularStop, StopDays, StopPurpose, Weekday};
        use plate_trail::views::simulator::state::Action;
        use plate_trail::views::simulator::stop_editor::{StopEditor, StopEditorProps};

        use super::*;

        fn mosque_on_fridays() -> RegularStop {
            RegularStop {
                purpose: StopPurpose::Worship,
                kind: PlaceKind::Mosque,
                position: [-71.096, 42.401],
                days: StopDays::Weekly(vec![Weekday::Friday]),
                arrive_minute_of_day: 12 * 60 + 30,
                stay_minutes: 60,
                with_partner: false,
            }
        }

        /// Props, and the actions the editor sent, newest last.
        fn props(
            stops: Vec<RegularStop>,
            draft: StopDraft,
        ) -> (StopEditorProps, Rc<RefCell<Vec<Action>>>) {
            let sent = Rc::new(RefCell::new(Vec::new()));
            let on_edit = {
                let sent = sent.clone();
                Callback::from(move |action: Action| sent.borrow_mut().push(action))
            };
            let props = StopEditorProps {
                town: Some(town().into()),
                stops,
                draft,
                run_days: 30,
                on_edit,
            };
            (props, sent)
        }

        #[wasm_bindgen_test]
        async fn lists_the_plans_stops_and_a_remove_button_asks_to_remove_one() {
            let (props, sent) = props(vec![mosque_on_fridays()], StopDraft::default());
            let root = mount::<StopEditor>(props).await;
            assert_eq!(count(&root, "[data-testid='plan-stop']"), 1);
            let line = root
                .query_selector("[data-testid='plan-stop']")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap();
            assert!(
                line.contains(
                    "Weekly worship at Testville Mosque: Fri, 12:30\u{a0}PM for 1\u{a0}h"
                ),
                "{line}"
            );
            click(
                &root,
                "button[aria-label='Remove the weekly worship at Testville Mosque']",
            );
            assert_eq!(sent.borrow().last(), Some(&Action::RemoveStop(0)));
        }

        #[wasm_bindgen_test]
        async fn offers_the_towns_places_but_not_homes_and_a_choice_picks_the_place() {
            let (props, sent) = props(Vec::new(), StopDraft::default());
            let root = mount::<StopEditor>(props).await;
            let select: web_sys::HtmlSelectElement = root
                .query_selector("#stop-place")
                .unwrap()
                .expect("a place list")
                .dyn_into()
                .unwrap();
            let label = root.query_selector("label[for='stop-place']").unwrap();
            assert!(label.is_some(), "the list has a label");
            let names: Vec<String> = (0..select.length())
                .filter_map(|i| select.item(i)?.text_content())
                .collect();
            assert_eq!(names.len(), 2, "{names:?}");
            assert!(names[1].contains("Testville Mosque"));
            select.set_value("1");
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            let change = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
            select.dispatch_event(&change).unwrap();
            assert_eq!(
                sent.borrow().last(),
                Some(&Action::EditStopDraft(DraftEdit::Spot([-71.096, 42.401])))
            );
        }

        #[wasm_bindgen_test]
        async fn a_day_box_and_the_add_button_send_their_actions() {
            let (props, sent) = props(Vec::new(), StopDraft::default());
            let root = mount::<StopEditor>(props).await;
            assert_eq!(count(&root, ".add-stop input[type='checkbox']"), 7);
            click(&root, ".add-stop input[type='checkbox']");
            assert_eq!(
                sent.borrow().last(),
                Some(&Action::EditStopDraft(DraftEdit::ToggleDay(
                    Weekday::Monday
                )))
            );
            click(&root, "[data-testid='add-stop']");
            assert_eq!(sent.borrow().last(), Some(&Action::AddStop));
        }

        #[wasm_bindgen_test]
        async fn says_what_is_wrong_with_the_draft_as_an_alert() {
            let draft = StopDraft {
                problem: Some(plate_trail::text::stop_needs_day()),
                ..StopDraft::default()
            };
            let (props, _) = props(Vec::new(), draft);
            let root = mount::<StopEditor>(props).await;
            assert_eq!(
                attribute(&root, "[data-testid='stop-problem']", "role").as_deref(),
                Some("alert")
            );
            assert!(root.text_content().unwrap().contains("at least one day"));
            assert!(
                root.text_content()
                    .unwrap()
                    .contains("No regular stops yet")
            );
        }
    }
}

/// The town-wide worker's entry point, called directly: it answers with what the page would
/// compute, and says each step as it starts.
mod town_worker {
    use std::cell::RefCell;
    use std::rc::Rc;

    use plate_trail::scenario::town_wide::{TownWideStep, town_wide, visitor_findings};
    use plate_trail::scenario::worker_protocol::{Reply, Request, reply_from_json};
    use plate_trail::sim::Scenario;
    use plate_trail::town_worker::{DeskWorker, answer};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn small_scenario() -> Scenario {
        Scenario {
            seed: 3,
            days: 7,
            population: 200,
            ..Scenario::default()
        }
    }

    fn replies(request: &str) -> (Vec<Reply>, Reply) {
        let heard = Rc::new(RefCell::new(Vec::new()));
        let said = heard.clone();
        let tell = Closure::<dyn FnMut(String)>::new(move |json: String| {
            said.borrow_mut().push(reply_from_json(&json))
        });
        let json = answer(request, tell.as_ref().unchecked_ref());
        let steps = heard.borrow().clone();
        (steps, reply_from_json(&json))
    }

    #[wasm_bindgen_test]
    fn answers_with_what_the_page_computes_and_reports_its_steps() {
        let request = serde_json::to_string(&Request::TownWide {
            scenario: small_scenario(),
        })
        .unwrap();
        let (steps, answered) = replies(&request);
        assert_eq!(
            answered,
            Reply::TownWide(town_wide(&small_scenario(), |_| ()))
        );
        assert_eq!(
            steps.first(),
            Some(&Reply::Visitor(visitor_findings(&small_scenario())))
        );
        assert!(steps.contains(&Reply::Progress(TownWideStep::Simulating.done_before())));
    }

    #[wasm_bindgen_test]
    fn a_bad_request_is_an_error_message_not_a_panic() {
        let (_, answered) = replies("{");
        assert!(matches!(answered, Reply::TownWide(Err(_))), "{answered:?}");
    }

    #[wasm_bindgen_test]
    fn a_page_without_the_start_script_answers_on_the_page() {
        assert!(DeskWorker::start(|_| ()).is_err());
    }
}
