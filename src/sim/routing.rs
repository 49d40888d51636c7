//! Fastest paths over any [`TownMap`]'s road graph, and a route book that reuses them.
//!
//! Travel costs are whole deciseconds (so ties break the same way everywhere), searched with
//! the `pathfinding` crate's Dijkstra. A population repeats its trips, so the
//! [`RoutePlanner`] keeps one shortest-path tree per place (towards it and away from it) and
//! one [`PlannedRoute`] per origin and destination. Knows nothing about the town generator.

use std::collections::{BTreeMap, HashMap};

use pathfinding::prelude::{dijkstra, dijkstra_all};

use super::model::{IntersectionId, TownMap};

/// Extra time for passing through an intersection, in deciseconds: it makes drivers prefer
/// fewer turns and bigger roads, as they do.
pub const INTERSECTION_DELAY_DECISECONDS: u32 = 40;

/// One road segment driven in one direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DirectedSegment {
    /// Index into [`TownMap::roads`].
    pub segment: u32,
    /// `true` when driven from the segment's `from` to its `to`.
    pub forward: bool,
}

impl DirectedSegment {
    /// A dense index for per-direction tables: `2 * segment + (forward ? 0 : 1)`.
    pub fn index(self) -> usize {
        self.segment as usize * 2 + usize::from(!self.forward)
    }
}

#[derive(Clone, Copy, Debug)]
struct Edge {
    to: IntersectionId,
    via: DirectedSegment,
    cost_deciseconds: u32,
}

/// The map's roads as an adjacency list with travel times.
#[derive(Clone, Debug)]
pub struct RoadGraph {
    outgoing: Vec<Vec<Edge>>,
    incoming: Vec<Vec<Edge>>,
    /// Travel time of each directed segment, by [`DirectedSegment::index`].
    cost_deciseconds: Vec<u32>,
    /// Start and end intersection of each directed segment, by [`DirectedSegment::index`].
    ends: Vec<(IntersectionId, IntersectionId)>,
}

impl RoadGraph {
    pub fn new(map: &TownMap) -> RoadGraph {
        let n = map.intersections.len();
        let mut outgoing = vec![Vec::new(); n];
        let mut incoming = vec![Vec::new(); n];
        let mut cost_deciseconds = vec![0; map.roads.len() * 2];
        let mut ends = vec![(0, 0); map.roads.len() * 2];
        for (index, road) in map.roads.iter().enumerate() {
            let speed_meters_per_second = (road.speed_kmh / 3.6).max(1.0);
            let cost = (road.length_meters / speed_meters_per_second * 10.0).round() as u32
                + INTERSECTION_DELAY_DECISECONDS;
            for forward in [true, false] {
                if !forward && road.oneway {
                    continue;
                }
                let (from, to) = if forward {
                    (road.from, road.to)
                } else {
                    (road.to, road.from)
                };
                if from as usize >= n || to as usize >= n {
                    continue;
                }
                let via = DirectedSegment {
                    segment: index as u32,
                    forward,
                };
                cost_deciseconds[via.index()] = cost;
                ends[via.index()] = (from, to);
                outgoing[from as usize].push(Edge {
                    to,
                    via,
                    cost_deciseconds: cost,
                });
                incoming[to as usize].push(Edge {
                    to: from,
                    via,
                    cost_deciseconds: cost,
                });
            }
        }
        RoadGraph {
            outgoing,
            incoming,
            cost_deciseconds,
            ends,
        }
    }

    pub fn intersection_count(&self) -> usize {
        self.outgoing.len()
    }

    /// Travel time of one directed segment, in deciseconds.
    pub fn cost_deciseconds(&self, leg: DirectedSegment) -> u32 {
        self.cost_deciseconds[leg.index()]
    }

    /// Start and end intersection of one directed segment.
    pub fn ends(&self, leg: DirectedSegment) -> (IntersectionId, IntersectionId) {
        self.ends[leg.index()]
    }

    /// The directed segments that leave intersection `node` (none for an unknown one).
    pub fn legs_from(&self, node: IntersectionId) -> impl Iterator<Item = DirectedSegment> + '_ {
        self.outgoing
            .get(node as usize)
            .into_iter()
            .flatten()
            .map(|e| e.via)
    }

    /// The quickest segment from `from` to its neighbour `to` (lowest segment on ties).
    fn quickest_edge(&self, from: IntersectionId, to: IntersectionId) -> Option<Edge> {
        self.outgoing[from as usize]
            .iter()
            .filter(|e| e.to == to)
            .min_by_key(|e| (e.cost_deciseconds, e.via))
            .copied()
    }

    fn legs_along(&self, path: &[IntersectionId]) -> Option<Vec<DirectedSegment>> {
        path.windows(2)
            .map(|pair| self.quickest_edge(pair[0], pair[1]).map(|e| e.via))
            .collect()
    }
}

/// A way from one intersection to another: the segments in driving order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub legs: Vec<DirectedSegment>,
    pub duration_deciseconds: u32,
}

impl Route {
    /// The intersections passed, from origin to destination.
    pub fn intersections(&self, graph: &RoadGraph, origin: IntersectionId) -> Vec<IntersectionId> {
        let mut path = vec![origin];
        path.extend(self.legs.iter().map(|&leg| graph.ends(leg).1));
        path
    }
}

/// The fastest route from `from` to `to`; `None` when no road leads there. The extra cost of
/// each leg may be scaled by `penalty_percent(leg)` (100 = as is), e.g. to find an
/// alternative to a usual route.
pub fn fastest_route_with(
    graph: &RoadGraph,
    from: IntersectionId,
    to: IntersectionId,
    penalty_percent: impl Fn(DirectedSegment) -> u32,
) -> Option<Route> {
    let n = graph.intersection_count();
    if from as usize >= n || to as usize >= n {
        return None;
    }
    let (path, _) = dijkstra(
        &from,
        |&node| {
            graph.outgoing[node as usize]
                .iter()
                .map(|e| (e.to, e.cost_deciseconds * penalty_percent(e.via) / 100))
                .collect::<Vec<_>>()
        },
        |&node| node == to,
    )?;
    let legs = graph.legs_along(&path)?;
    let duration_deciseconds = legs.iter().map(|&l| graph.cost_deciseconds(l)).sum();
    Some(Route {
        legs,
        duration_deciseconds,
    })
}

/// The fastest route from `from` to `to`, or `None` when no road leads there.
pub fn fastest_route(graph: &RoadGraph, from: IntersectionId, to: IntersectionId) -> Option<Route> {
    fastest_route_with(graph, from, to, |_| 100)
}

/// Shortest-path tree: for each intersection, the leg to take next (towards the root) or
/// the leg that reached it (away from the root); `None` where unreachable.
type Tree = Vec<Option<DirectedSegment>>;

const NO_ROUTE: u32 = u32::MAX;

/// Queries about one root answered by single searches before the root gets a whole tree.
pub const DEFAULT_TREE_AFTER_QUERIES: u32 = 6;

/// A route as the population reuses it: its driving time and legs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedRoute {
    pub origin: IntersectionId,
    pub destination: IntersectionId,
    pub route: Route,
}

/// Index of a route in a [`RoutePlanner`].
pub type RouteId = u32;

/// Finds and remembers fastest routes.
///
/// Which search answers a query depends only on its endpoints (backwards from a hub
/// destination, else forwards from the origin), never on the order of queries, so results
/// do not depend on what else was simulated. A single search and a whole shortest-path tree
/// give the same path (the same Dijkstra, stopped early or not), so a root gets a tree only
/// once it has been asked about [`DEFAULT_TREE_AFTER_QUERIES`] times: a lone commuter stays
/// cheap, a population shares trees.
pub struct RoutePlanner<'a> {
    graph: &'a RoadGraph,
    is_hub: Vec<bool>,
    tree_after_queries: u32,
    queries: BTreeMap<(bool, IntersectionId), u32>,
    towards: BTreeMap<IntersectionId, Tree>,
    away_from: BTreeMap<IntersectionId, Tree>,
    /// Lookup only: never iterated, so its order cannot reach the output.
    by_endpoints: HashMap<(IntersectionId, IntersectionId), RouteId>,
    routes: Vec<PlannedRoute>,
}

impl<'a> RoutePlanner<'a> {
    /// A planner whose hubs (places many trips start or end at) are `hubs`.
    pub fn new(graph: &'a RoadGraph, hubs: impl IntoIterator<Item = IntersectionId>) -> Self {
        let mut is_hub = vec![false; graph.intersection_count()];
        for hub in hubs {
            if let Some(slot) = is_hub.get_mut(hub as usize) {
                *slot = true;
            }
        }
        RoutePlanner {
            graph,
            is_hub,
            tree_after_queries: DEFAULT_TREE_AFTER_QUERIES,
            queries: BTreeMap::new(),
            towards: BTreeMap::new(),
            away_from: BTreeMap::new(),
            by_endpoints: HashMap::new(),
            routes: Vec::new(),
        }
    }

    /// Builds a root's whole tree after this many queries about it (0: always).
    pub fn with_tree_after_queries(mut self, queries: u32) -> Self {
        self.tree_after_queries = queries;
        self
    }

    /// Drops the planner a piece at a time, pausing at `pace` in between (see
    /// [`super::pace::drop_paced`]): its routes and trees, thousands of allocations.
    pub async fn drop_paced(self, pace: &mut impl super::pace::Pace) {
        let RoutePlanner {
            routes,
            towards,
            away_from,
            ..
        } = self;
        super::pace::drop_paced(routes, pace).await;
        super::pace::drop_paced(towards.into_values().collect(), pace).await;
        super::pace::drop_paced(away_from.into_values().collect(), pace).await;
    }

    pub fn graph(&self) -> &RoadGraph {
        self.graph
    }

    pub fn get(&self, id: RouteId) -> &PlannedRoute {
        &self.routes[id as usize]
    }

    /// All routes, by [`RouteId`].
    pub fn routes(&self) -> &[PlannedRoute] {
        &self.routes
    }

    /// Adds a route found some other way (e.g. an alternative) and returns its id.
    pub fn add(
        &mut self,
        origin: IntersectionId,
        destination: IntersectionId,
        route: Route,
    ) -> RouteId {
        self.routes.push(PlannedRoute {
            origin,
            destination,
            route,
        });
        (self.routes.len() - 1) as RouteId
    }

    /// From now on, answers `route(origin, destination)` with `route` instead of the fastest
    /// one (a driver who keeps to a way of their own); returns its id.
    pub fn prefer(
        &mut self,
        origin: IntersectionId,
        destination: IntersectionId,
        route: Route,
    ) -> RouteId {
        let id = self.add(origin, destination, route);
        self.by_endpoints.insert((origin, destination), id);
        id
    }

    /// The fastest route between two intersections, computed once; `None` if unreachable.
    pub fn route(
        &mut self,
        origin: IntersectionId,
        destination: IntersectionId,
    ) -> Option<RouteId> {
        if let Some(&id) = self.by_endpoints.get(&(origin, destination)) {
            return (id != NO_ROUTE).then_some(id);
        }
        let route = self.find(origin, destination);
        let id = match route {
            Some(route) => self.add(origin, destination, route),
            None => NO_ROUTE,
        };
        self.by_endpoints.insert((origin, destination), id);
        (id != NO_ROUTE).then_some(id)
    }

    fn find(&mut self, origin: IntersectionId, destination: IntersectionId) -> Option<Route> {
        let n = self.graph.intersection_count();
        if origin as usize >= n || destination as usize >= n {
            return None;
        }
        let graph = self.graph;
        let backwards = self.is_hub[destination as usize];
        let root = if backwards { destination } else { origin };
        let asked = self.queries.entry((backwards, root)).or_insert(0);
        *asked += 1;
        let has_tree = if backwards {
            self.towards.contains_key(&root)
        } else {
            self.away_from.contains_key(&root)
        };
        if !has_tree && *asked <= self.tree_after_queries {
            return single_search(graph, origin, destination, backwards);
        }
        let mut legs = Vec::new();
        if backwards {
            let tree = self
                .towards
                .entry(destination)
                .or_insert_with(|| tree_towards(graph, destination));
            let mut at = origin;
            while at != destination {
                let leg = tree[at as usize]?;
                legs.push(leg);
                at = graph.ends(leg).1;
            }
        } else {
            let tree = self
                .away_from
                .entry(origin)
                .or_insert_with(|| tree_away_from(graph, origin));
            let mut at = destination;
            while at != origin {
                let leg = tree[at as usize]?;
                legs.push(leg);
                at = graph.ends(leg).0;
            }
            legs.reverse();
        }
        let duration_deciseconds = legs.iter().map(|&l| graph.cost_deciseconds(l)).sum();
        Some(Route {
            legs,
            duration_deciseconds,
        })
    }
}

/// One search from `origin` to `destination`, run backwards from the destination when
/// `backwards`: the same path as the corresponding tree.
fn single_search(
    graph: &RoadGraph,
    origin: IntersectionId,
    destination: IntersectionId,
    backwards: bool,
) -> Option<Route> {
    let path = if backwards {
        let (mut path, _) = dijkstra(
            &destination,
            |&node| {
                graph.incoming[node as usize]
                    .iter()
                    .map(|e| (e.to, e.cost_deciseconds))
                    .collect::<Vec<_>>()
            },
            |&node| node == origin,
        )?;
        path.reverse();
        path
    } else {
        dijkstra(
            &origin,
            |&node| {
                graph.outgoing[node as usize]
                    .iter()
                    .map(|e| (e.to, e.cost_deciseconds))
                    .collect::<Vec<_>>()
            },
            |&node| node == destination,
        )?
        .0
    };
    let legs = graph.legs_along(&path)?;
    let duration_deciseconds = legs.iter().map(|&l| graph.cost_deciseconds(l)).sum();
    Some(Route {
        legs,
        duration_deciseconds,
    })
}

fn tree_away_from(graph: &RoadGraph, origin: IntersectionId) -> Tree {
    let parents = dijkstra_all(&origin, |&node| {
        graph.outgoing[node as usize]
            .iter()
            .map(|e| (e.to, e.cost_deciseconds))
            .collect::<Vec<_>>()
    });
    let mut tree = vec![None; graph.intersection_count()];
    for (node, slot) in tree.iter_mut().enumerate() {
        if let Some(&(parent, _)) = parents.get(&(node as IntersectionId)) {
            *slot = graph
                .quickest_edge(parent, node as IntersectionId)
                .map(|e| e.via);
        }
    }
    tree
}

fn tree_towards(graph: &RoadGraph, destination: IntersectionId) -> Tree {
    // Dijkstra over reversed edges: a node's "parent" is the next intersection towards the
    // destination.
    let next = dijkstra_all(&destination, |&node| {
        graph.incoming[node as usize]
            .iter()
            .map(|e| (e.to, e.cost_deciseconds))
            .collect::<Vec<_>>()
    });
    let mut tree = vec![None; graph.intersection_count()];
    for (node, slot) in tree.iter_mut().enumerate() {
        if let Some(&(towards, _)) = next.get(&(node as IntersectionId)) {
            *slot = graph
                .quickest_edge(node as IntersectionId, towards)
                .map(|e| e.via);
        }
    }
    tree
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::model::*;

    /// A square A-B-C-D: A to C either over a slow lane via B, or a fast avenue via D that
    /// is longer.
    fn hand_made_map() -> TownMap {
        let at = |lon: f64, lat: f64| Intersection {
            position: [lon, lat],
        };
        let road = |from, to, speed_kmh, length_meters, name: &str| RoadSegment {
            from,
            to,
            class: RoadClass::Local,
            name: name.to_string(),
            speed_kmh,
            length_meters,
            oneway: false,
        };
        TownMap {
            name: "Test".into(),
            boundary: Vec::new(),
            intersections: vec![
                at(0.0, 0.0),
                at(0.01, 0.0),
                at(0.01, 0.01),
                at(0.0, 0.01),
                at(0.02, 0.02),
            ],
            roads: vec![
                road(0, 1, 20.0, 500.0, "Slow Lane"),
                road(1, 2, 20.0, 500.0, "Slow Lane"),
                road(0, 3, 80.0, 700.0, "Fast Avenue"),
                road(3, 2, 80.0, 700.0, "Fast Avenue"),
            ],
            places: Vec::new(),
            cameras: Vec::new(),
            attribution: String::new(),
        }
    }

    mod fastest_route {
        use super::*;

        #[test]
        fn takes_the_fastest_path_on_a_hand_made_graph_not_the_shortest() {
            let graph = RoadGraph::new(&hand_made_map());
            let route = fastest_route(&graph, 0, 2).expect("a route");
            assert_eq!(route.intersections(&graph, 0), vec![0, 3, 2]);
            // 700 m at 80 km/h is 31.5 s, twice, plus two intersections.
            assert_eq!(
                route.duration_deciseconds,
                2 * (315 + INTERSECTION_DELAY_DECISECONDS)
            );
        }

        #[test]
        fn respects_one_way_streets() {
            let mut map = hand_made_map();
            map.roads[3].oneway = true; // Fast Avenue only from D to C.
            map.roads[3].from = 2;
            map.roads[3].to = 3;
            let graph = RoadGraph::new(&map);
            let route = fastest_route(&graph, 0, 2).expect("a route");
            assert_eq!(route.intersections(&graph, 0), vec![0, 1, 2]);
        }

        #[test]
        fn finds_nothing_for_an_unconnected_intersection_or_a_bad_id() {
            let graph = RoadGraph::new(&hand_made_map());
            assert_eq!(fastest_route(&graph, 0, 4), None);
            assert_eq!(fastest_route(&graph, 0, 99), None);
        }

        #[test]
        fn finds_an_alternative_when_the_usual_way_is_penalised() {
            let graph = RoadGraph::new(&hand_made_map());
            let usual = fastest_route(&graph, 0, 2).expect("a route");
            let alternative = fastest_route_with(&graph, 0, 2, |leg| {
                if usual.legs.contains(&leg) { 300 } else { 100 }
            })
            .expect("a route");
            assert_eq!(alternative.intersections(&graph, 0), vec![0, 1, 2]);
        }
    }

    mod route_planner {
        use super::*;

        #[test]
        fn gives_the_same_routes_with_whole_trees_as_with_single_searches() {
            let map = crate::sim::town::generate_streets_and_places(9);
            let graph = RoadGraph::new(&map);
            let hubs: Vec<u32> = map.places.iter().map(|p| p.access).collect();
            let mut trees =
                RoutePlanner::new(&graph, hubs.iter().copied()).with_tree_after_queries(0);
            let mut singles =
                RoutePlanner::new(&graph, hubs.iter().copied()).with_tree_after_queries(u32::MAX);
            let n = graph.intersection_count() as u32;
            for i in 0..200u32 {
                let a = (i * 7919) % n;
                let b = if i % 2 == 0 {
                    hubs[(i as usize) % hubs.len()]
                } else {
                    (i * 104_729 + 11) % n
                };
                for (from, to) in [(a, b), (b, a)] {
                    let t = trees.route(from, to).map(|id| trees.get(id).route.clone());
                    let s = singles
                        .route(from, to)
                        .map(|id| singles.get(id).route.clone());
                    assert_eq!(t, s, "{from} -> {to}");
                }
            }
        }

        #[test]
        fn agrees_with_a_direct_search_from_and_towards_hubs_and_reuses_routes() {
            let map = crate::sim::town::generate_streets_and_places(5);
            let graph = RoadGraph::new(&map);
            let hubs: Vec<u32> = map.places.iter().map(|p| p.access).collect();
            let mut planner = RoutePlanner::new(&graph, hubs.iter().copied());
            for (i, &hub) in hubs.iter().enumerate().take(8) {
                let other = (i as u32 * 97 + 13) % graph.intersection_count() as u32;
                for (from, to) in [(other, hub), (hub, other), (other, (other + 300) % 700)] {
                    let id = planner.route(from, to).expect("connected town");
                    let direct = fastest_route(&graph, from, to).expect("connected town");
                    assert_eq!(
                        planner.get(id).route.duration_deciseconds,
                        direct.duration_deciseconds
                    );
                    assert_eq!(planner.route(from, to), Some(id));
                }
            }
        }
    }
}
