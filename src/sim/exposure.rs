//! Camera exposure of a route, and the route that passes the fewest cameras within a time
//! budget: what a driver who knows where the cameras stand (DeFlock's map, a route planner
//! that avoids them) can do, and what it costs in minutes.
//!
//! Exposure is counted as [`CoverageTable::passes_along`] counts it: a camera that watches
//! two consecutive segments reads the car once. [`least_exposure_route`] is exact for that
//! count: a Dijkstra on driving time over states (the segment just driven, cameras passed so
//! far), so a larger budget never passes more cameras, and a budget of zero keeps the
//! fastest route's time. Pure: no UI crates, no randomness.
//!
//! # Units
//! Times in deciseconds, as [`super::routing`] counts them.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use serde::{Deserialize, Serialize};

use super::capture::CoverageTable;
use super::model::{CameraId, IntersectionId, LonLat, PlaceId, TownMap};
use super::routing::{DirectedSegment, RoadGraph, Route, fastest_route};

/// One way of driving a trip, as the route panel shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DrivenRoute {
    /// Door to door (driveways included), deciseconds.
    pub duration_deciseconds: u32,
    /// The cameras passed, in driving order, the driveways' included (a camera passed twice
    /// is listed twice: it reads the car twice).
    pub cameras: Vec<CameraId>,
    /// The intersections driven through, lon/lat degrees.
    pub path: Vec<LonLat>,
}

/// A trip between two places: the fastest way, and the way that passes the fewest cameras
/// within the budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommuteChoice {
    pub from: PlaceId,
    pub to: PlaceId,
    pub fastest: DrivenRoute,
    pub avoiding: DrivenRoute,
}

/// The fastest and the least-exposed way from place `from` to place `to` of `map`
/// (`budget_deciseconds` more at most); `None` when no road leads there.
pub fn commute_choice(
    map: &TownMap,
    graph: &RoadGraph,
    coverage: &CoverageTable,
    from: PlaceId,
    to: PlaceId,
    budget_deciseconds: u32,
) -> Option<CommuteChoice> {
    let (a, b) = (
        map.places.get(from as usize)?.access,
        map.places.get(to as usize)?.access,
    );
    let driven = |route: Route| {
        let mut cameras: Vec<CameraId> = coverage.leaving(from).iter().map(|p| p.camera).collect();
        cameras.extend(cameras_along(graph, coverage, &route));
        cameras.extend(coverage.reaching(to).iter().map(|p| p.camera));
        DrivenRoute {
            duration_deciseconds: route.duration_deciseconds
                + 2 * super::capture::DRIVEWAY_DECISECONDS,
            cameras,
            path: route
                .intersections(graph, a)
                .iter()
                .filter_map(|&i| map.intersections.get(i as usize).map(|x| x.position))
                .collect(),
        }
    };
    let fastest = fastest_route(graph, a, b)?;
    let avoiding = least_exposure_route(graph, coverage, a, b, budget_deciseconds)?;
    Some(CommuteChoice {
        from,
        to,
        fastest: driven(fastest),
        avoiding: driven(avoiding),
    })
}

/// The cameras a route drives past, in driving order (a camera that watches two
/// consecutive segments once), without the driveways at either end.
pub fn cameras_along(graph: &RoadGraph, coverage: &CoverageTable, route: &Route) -> Vec<CameraId> {
    coverage
        .passes_along(graph, route)
        .iter()
        .map(|pass| pass.camera)
        .collect()
}

/// Cameras on `leg` that were not on `previous` (the segment driven just before): what
/// driving `leg` next adds to the count.
fn added_cameras(
    coverage: &CoverageTable,
    previous: Option<DirectedSegment>,
    leg: DirectedSegment,
) -> u32 {
    coverage
        .cameras_on(leg)
        .filter(|&c| previous.is_none_or(|p| coverage.cameras_on(p).all(|seen| seen != c)))
        .count() as u32
}

/// The route from `from` to `to` that passes the fewest cameras while taking at most
/// `budget_deciseconds` longer than the fastest route; among those, the quickest (the
/// fastest route itself when it passes no more). `None` when no road leads there.
pub fn least_exposure_route(
    graph: &RoadGraph,
    coverage: &CoverageTable,
    from: IntersectionId,
    to: IntersectionId,
    budget_deciseconds: u32,
) -> Option<Route> {
    let fastest = fastest_route(graph, from, to)?;
    let fastest_cameras = cameras_along(graph, coverage, &fastest).len() as u32;
    if fastest_cameras == 0 || from == to {
        return Some(fastest);
    }
    let limit = fastest
        .duration_deciseconds
        .saturating_add(budget_deciseconds);

    // A state is (the segment just driven, cameras passed so far); only counts below the
    // fastest route's are worth a search. Its label is the quickest time found to it.
    type State = (DirectedSegment, u32);
    let mut best: BTreeMap<State, (u32, Option<State>)> = BTreeMap::new();
    let mut queue: BinaryHeap<Reverse<(u32, u32, DirectedSegment)>> = BinaryHeap::new();
    let push = |best: &mut BTreeMap<State, (u32, Option<State>)>,
                queue: &mut BinaryHeap<Reverse<(u32, u32, DirectedSegment)>>,
                state: State,
                time: u32,
                came_from: Option<State>| {
        if time > limit || state.1 >= fastest_cameras {
            return;
        }
        if best.get(&state).is_some_and(|&(known, _)| known <= time) {
            return;
        }
        best.insert(state, (time, came_from));
        queue.push(Reverse((time, state.1, state.0)));
    };
    for leg in graph.legs_from(from) {
        let cameras = added_cameras(coverage, None, leg);
        push(
            &mut best,
            &mut queue,
            (leg, cameras),
            graph.cost_deciseconds(leg),
            None,
        );
    }
    let mut arrived: Option<State> = None;
    while let Some(Reverse((time, cameras, leg))) = queue.pop() {
        if best
            .get(&(leg, cameras))
            .is_some_and(|&(known, _)| known < time)
        {
            continue;
        }
        let at = graph.ends(leg).1;
        if at == to {
            let better = arrived.is_none_or(|(_, known)| cameras < known);
            if better {
                arrived = Some((leg, cameras));
            }
            if cameras == 0 {
                break;
            }
            continue;
        }
        for next in graph.legs_from(at) {
            let total = cameras + added_cameras(coverage, Some(leg), next);
            push(
                &mut best,
                &mut queue,
                (next, total),
                time + graph.cost_deciseconds(next),
                Some((leg, cameras)),
            );
        }
    }
    let Some(mut state) = arrived else {
        return Some(fastest);
    };
    let mut legs = vec![state.0];
    while let Some(&(_, Some(previous))) = best.get(&state) {
        legs.push(previous.0);
        state = previous;
    }
    legs.reverse();
    let duration_deciseconds = legs.iter().map(|&l| graph.cost_deciseconds(l)).sum();
    Some(Route {
        legs,
        duration_deciseconds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::model::TownMap;

    fn town(seed: u64, cameras: u32) -> (TownMap, RoadGraph) {
        let map = crate::sim::generate_town(seed, cameras);
        let graph = RoadGraph::new(&map);
        (map, graph)
    }

    /// Pairs of places' intersections, the kind of trips commuters make.
    fn trips(map: &TownMap) -> Vec<(IntersectionId, IntersectionId)> {
        let accesses: Vec<IntersectionId> = map.places.iter().map(|p| p.access).collect();
        (0..accesses.len())
            .step_by(3)
            .flat_map(|i| {
                let a = accesses[i];
                let b = accesses[(i * 7 + 5) % accesses.len()];
                [(a, b), (b, a)]
            })
            .filter(|(a, b)| a != b)
            .take(40)
            .collect()
    }

    mod least_exposure_route {
        use super::*;

        #[test]
        fn a_budget_of_zero_takes_no_longer_than_the_fastest_route() {
            let (map, graph) = town(7, 120);
            let coverage = CoverageTable::new(&map, &graph);
            for (from, to) in trips(&map) {
                let fastest = fastest_route(&graph, from, to).expect("a connected town");
                let chosen = least_exposure_route(&graph, &coverage, from, to, 0).unwrap();
                assert_eq!(chosen.duration_deciseconds, fastest.duration_deciseconds);
                assert!(
                    cameras_along(&graph, &coverage, &chosen).len()
                        <= cameras_along(&graph, &coverage, &fastest).len()
                );
            }
        }

        #[test]
        fn a_larger_budget_never_passes_more_cameras_nor_overruns_it() {
            let (map, graph) = town(7, 120);
            let coverage = CoverageTable::new(&map, &graph);
            let mut fewer_somewhere = false;
            for (from, to) in trips(&map) {
                let fastest = fastest_route(&graph, from, to).unwrap();
                let mut last = usize::MAX;
                for minutes in [0, 2, 5, 10, 30] {
                    let budget = minutes * 600;
                    let route = least_exposure_route(&graph, &coverage, from, to, budget).unwrap();
                    let cameras = cameras_along(&graph, &coverage, &route).len();
                    assert!(
                        cameras <= last,
                        "{from}->{to}: {cameras} > {last} at {minutes} min"
                    );
                    assert!(
                        route.duration_deciseconds <= fastest.duration_deciseconds + budget,
                        "{from}->{to} overruns {minutes} min"
                    );
                    assert_eq!(route.intersections(&graph, from).last(), Some(&to));
                    fewer_somewhere |= cameras < cameras_along(&graph, &coverage, &fastest).len();
                    last = cameras;
                }
            }
            assert!(
                fewer_somewhere,
                "some trip can avoid a camera in 30 minutes"
            );
        }

        #[test]
        fn a_town_without_cameras_keeps_the_fastest_route() {
            let (map, graph) = town(3, 0);
            let coverage = CoverageTable::new(&map, &graph);
            for (from, to) in trips(&map).into_iter().take(5) {
                assert_eq!(
                    least_exposure_route(&graph, &coverage, from, to, 6_000),
                    fastest_route(&graph, from, to)
                );
            }
        }

        #[test]
        fn finds_nothing_where_no_road_leads() {
            let (map, graph) = town(3, 20);
            let coverage = CoverageTable::new(&map, &graph);
            assert_eq!(
                least_exposure_route(&graph, &coverage, 0, u32::MAX, 600),
                None
            );
        }
    }
}
