//! Cameras on my route on an imported town (issue 15): the commute's routes are driven on
//! the imported roads and count the imported cameras, whether the visitor picked a persona
//! (its stops matched to real places) or set home and work on the real map; the route panel
//! never answers from the made-up town. Uses `../shared/data/` (beside the project, never
//! copied into it); prints a note and passes when it is absent.

mod common {
    pub mod shared_data;
}

use std::collections::BTreeSet;

use common::shared_data::somerville_with_cameras;
use plate_trail::scenario::commute::{CommuteExposure, commute_exposure};
use plate_trail::scenario::towns;
use plate_trail::sim::{CommuterPlan, LonLat, Scenario, TownMap, Weekday, commute_routes};

/// The Somerville/Chelsea extract with the Greater Boston cameras, held by this thread, and
/// a run on it; `None` without the shared data.
fn somerville() -> Option<(Scenario, TownMap)> {
    let town = somerville_with_cameras()?;
    let map = TownMap::clone(&town.map);
    let scenario = Scenario {
        town_file: Some(town.file.clone()),
        // A working week of the visitor's car alone: enough reads for the analyst, and quick
        // in a debug build (with the default population the three tests took 99 s).
        days: 5,
        population: 0,
        ..Scenario::default()
    };
    towns::hold(town);
    Some((scenario, map))
}

/// The position of `map`'s intersection nearest to the point `share` of the way across its
/// roads' box (0 the south-west corner, 1 the north-east), lon/lat degrees.
fn across(map: &TownMap, share: f64) -> LonLat {
    let (lons, lats): (Vec<f64>, Vec<f64>) = map
        .intersections
        .iter()
        .map(|i| (i.position[0], i.position[1]))
        .unzip();
    let low = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let high = |v: &[f64]| v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let aim = [
        low(&lons) + share * (high(&lons) - low(&lons)),
        low(&lats) + share * (high(&lats) - low(&lats)),
    ];
    let off = |p: LonLat| (p[0] - aim[0]).powi(2) + (p[1] - aim[1]).powi(2);
    map.intersections
        .iter()
        .map(|i| i.position)
        .min_by(|a, b| off(*a).total_cmp(&off(*b)))
        .expect("the town has roads")
}

/// The operators the imported town's cameras name.
fn operators(map: &TownMap) -> BTreeSet<String> {
    map.cameras
        .iter()
        .map(|c| c.operator.trim().to_owned())
        .collect()
}

/// The panel's answer is the imported town's: both ways driven, every camera passed
/// named by one of the town's operators, the avoiding route no worse than the fastest.
fn assert_of_the_town(answer: &CommuteExposure, map: &TownMap) {
    assert_eq!(answer.legs.len(), 2, "{answer:?}");
    let known = operators(map);
    for leg in &answer.legs {
        for route in [&leg.fastest, &leg.avoiding] {
            let named: u32 = route.operators.iter().map(|(_, n)| n).sum();
            assert_eq!(named, route.cameras, "{route:?}");
            for (operator, _) in &route.operators {
                assert!(
                    known.contains(operator),
                    "{operator:?} runs no camera of the imported town ({known:?})"
                );
            }
        }
        assert!(leg.avoiding.cameras <= leg.fastest.cameras, "{leg:?}");
        assert!(leg.fastest.minutes > 0, "{leg:?}");
    }
    assert!(answer.as_driven.reads > 0, "{answer:?}");
    assert!(
        answer.avoiding.reads <= answer.as_driven.reads,
        "{answer:?}"
    );
}

mod commute_on_an_imported_town {
    use super::*;

    #[test]
    fn home_and_work_set_on_the_real_map_give_its_routes_and_cameras() {
        let Some((mut scenario, map)) = somerville() else {
            return;
        };
        scenario.commuter = Some(CommuterPlan::new(
            across(&map, 0.3),
            across(&map, 0.7),
            Weekday::ALL[..5].to_vec(),
        ));
        let answer = commute_exposure(&scenario, 15).expect("the route panel answers");
        assert_of_the_town(&answer, &map);
        let (fastest, _) = answer.round_trip_cameras();
        assert!(
            fastest > 0,
            "a commute across the town passes a camera: {answer:?}"
        );
    }

    #[test]
    fn a_persona_commutes_between_real_places_past_the_towns_cameras() {
        let Some((scenario, map)) = somerville() else {
            return;
        };
        let answer = commute_exposure(&scenario, 30).expect("the route panel answers");
        assert_of_the_town(&answer, &map);
        // The made-up town stood in before: a 3-minute commute past none of its cameras.
        let (fastest, _) = answer.round_trip_cameras();
        assert!(
            fastest > 0,
            "the commute passes the town's cameras: {answer:?}"
        );
    }

    #[test]
    fn the_routes_are_driven_on_the_imported_roads() {
        let Some((scenario, map)) = somerville() else {
            return;
        };
        let town = towns::town_of(&scenario).expect("the held town");
        assert_eq!(town, map);
        let (_, choices) = commute_routes(&scenario, town, 30 * 600).expect("routes");
        assert_eq!(choices.len(), 2);
        let crossings: BTreeSet<[u64; 2]> = map
            .intersections
            .iter()
            .map(|i| [i.position[0].to_bits(), i.position[1].to_bits()])
            .collect();
        for choice in &choices {
            for route in [&choice.fastest, &choice.avoiding] {
                assert!(route.path.len() > 1, "{route:?}");
                for point in &route.path {
                    assert!(
                        crossings.contains(&[point[0].to_bits(), point[1].to_bits()]),
                        "{point:?} is no intersection of the imported town"
                    );
                }
                for &camera in &route.cameras {
                    assert!((camera as usize) < map.cameras.len(), "{camera}");
                }
            }
        }
    }
}
