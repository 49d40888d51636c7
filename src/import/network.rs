//! The drivable road network of an OpenStreetMap file: ways a car may use, by `highway`
//! class with speeds and `oneway`, split at junctions, their shape kept to within
//! [`SHAPE_TOLERANCE_METERS`], and only the largest strongly connected part kept (every
//! intersection reachable from every other), so every drive the simulation plans exists.
//!
//! # Units
//! Speeds in km/h, lengths in meters, positions in lon/lat degrees.

use rustc_hash::FxHashMap;

use crate::sim::geometry::{LocalFrame, LocalPoint, distance_to_segment};
use crate::sim::town::default_speed_kmh;
use crate::sim::{Intersection, IntersectionId, LonLat, RoadClass, RoadSegment};

use super::osm::{OsmData, Tags, Way, tag, to_degrees};

/// How far a road's drawn and driven shape may stray from its real curve, in meters: less
/// than a camera's reading range, so a camera beside a curve still sees the road.
pub const SHAPE_TOLERANCE_METERS: f64 = 8.0;

/// Kilometres per hour in a mile per hour.
const KMH_PER_MPH: f64 = 1.609_344;

/// How a `highway=*` value is driven: its class and default speed (km/h), or `None` when a
/// car may not use it. Defaults follow Massachusetts' (`sim::town::default_speed_kmh`);
/// ramps, service roads and living streets are slower.
pub fn highway_class(highway: &str) -> Option<(RoadClass, f64)> {
    use RoadClass::*;
    let class = match highway {
        "motorway" | "trunk" => Highway,
        "motorway_link" | "trunk_link" => return Some((Highway, 60.0)),
        "primary" | "secondary" => Arterial,
        "primary_link" | "secondary_link" => return Some((Arterial, 40.0)),
        "tertiary" => Collector,
        "tertiary_link" => return Some((Collector, 40.0)),
        "unclassified" | "residential" | "road" => Local,
        "living_street" => return Some((Local, 16.0)),
        "service" => return Some((Local, 24.0)),
        _ => return None,
    };
    Some((class, default_speed_kmh(class)))
}

/// A `maxspeed` value in km/h (`"30"`, `"25 mph"`), `None` when it is not a number.
pub fn parse_maxspeed_kmh(value: &str) -> Option<f64> {
    let value = value.trim();
    let (number, factor) = match value.strip_suffix("mph") {
        Some(n) => (n.trim(), KMH_PER_MPH),
        None => (value.strip_suffix("km/h").unwrap_or(value).trim(), 1.0),
    };
    let kmh = number.parse::<f64>().ok()? * factor;
    (kmh.is_finite() && (5.0..=150.0).contains(&kmh)).then_some(kmh)
}

/// How a way may be driven.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Driving {
    pub class: RoadClass,
    pub speed_kmh: f64,
    /// One-way in the way's node order.
    pub oneway: bool,
    /// One-way against the way's node order (`oneway=-1`).
    pub reversed: bool,
}

/// How `tags` say a car drives a way, or `None` when a car may not.
pub fn driving(tags: &Tags) -> Option<Driving> {
    let (class, default_kmh) = highway_class(tag(tags, "highway")?)?;
    let forbidden = |key| matches!(tag(tags, key), Some("no" | "private"));
    let allowed = |key| matches!(tag(tags, key), Some("yes" | "designated" | "destination"));
    if (forbidden("access") || forbidden("motor_vehicle") || forbidden("vehicle"))
        && !allowed("motor_vehicle")
        && !allowed("motorcar")
    {
        return None;
    }
    if tag(tags, "area") == Some("yes") {
        return None;
    }
    let speed_kmh = tag(tags, "maxspeed")
        .and_then(parse_maxspeed_kmh)
        .unwrap_or(default_kmh);
    let implied = matches!(tag(tags, "highway"), Some("motorway" | "motorway_link"))
        || matches!(tag(tags, "junction"), Some("roundabout" | "circular"));
    let (oneway, reversed) = match tag(tags, "oneway") {
        Some("yes" | "true" | "1") => (true, false),
        Some("-1" | "reverse") => (true, true),
        Some("no" | "false" | "0" | "reversible" | "alternating") => (false, false),
        _ => (implied, false),
    };
    Some(Driving {
        class,
        speed_kmh,
        oneway,
        reversed,
    })
}

/// The road graph of a file, before the town is put together.
#[derive(Clone, Debug, PartialEq)]
pub struct RoadNetwork {
    pub intersections: Vec<Intersection>,
    pub roads: Vec<RoadSegment>,
    /// Drivable ways read.
    pub drivable_ways: usize,
    /// Strongly connected parts of the whole drivable graph (the largest is kept).
    pub components: usize,
}

/// The drivable network of `data`, the largest strongly connected part only; `None` when
/// there is no drivable road.
pub fn road_network(data: &OsmData) -> Option<RoadNetwork> {
    let drivable: Vec<(&Way, Driving)> = data
        .ways
        .iter()
        .filter_map(|w| driving(&w.tags).map(|d| (w, d)))
        .collect();
    // How often each node is used: a node used twice, or a way's end, is a junction.
    let mut uses: FxHashMap<i64, u32> = FxHashMap::default();
    for (way, _) in &drivable {
        for (i, id) in way.nodes.iter().enumerate() {
            let weight = if i == 0 || i + 1 == way.nodes.len() {
                2
            } else {
                1
            };
            *uses.entry(*id).or_default() += weight;
        }
    }
    let frame = LocalFrame::around(data.positions.values().map(|&p| to_degrees(p)));
    let mut builder = Builder::default();
    for (way, how) in &drivable {
        let name = tag(&way.tags, "name")
            .or_else(|| tag(&way.tags, "ref"))
            .unwrap_or("")
            .to_string();
        let mut nodes: Vec<i64> = way.nodes.clone();
        if how.reversed {
            nodes.reverse();
        }
        // A node missing from the file (a way cut by the export's box) splits the way.
        let mut piece: Vec<(i64, LonLat)> = Vec::new();
        for id in nodes.into_iter().map(Some).chain([None]) {
            let position = id.and_then(|id| data.positions.get(&id).map(|&p| to_degrees(p)));
            let junction = id.is_some_and(|id| uses.get(&id).copied().unwrap_or(0) >= 2);
            match (id, position) {
                (Some(id), Some(p)) => {
                    if piece.last().is_some_and(|&(last, _)| last == id) {
                        continue;
                    }
                    piece.push((id, p));
                    if junction && piece.len() > 1 {
                        builder.add_piece(&frame, &piece, how, &name);
                        piece = vec![(id, p)];
                    }
                }
                _ => {
                    if piece.len() > 1 {
                        builder.add_piece(&frame, &piece, how, &name);
                    }
                    piece.clear();
                }
            }
        }
    }
    if builder.roads.is_empty() {
        return None;
    }
    let (components, keep) = largest_strong_component(builder.positions.len(), &builder.roads);
    let mut new_id = vec![u32::MAX; builder.positions.len()];
    let mut intersections = Vec::new();
    for (old, position) in builder.positions.iter().enumerate() {
        if keep[old] {
            new_id[old] = intersections.len() as IntersectionId;
            intersections.push(Intersection {
                position: *position,
            });
        }
    }
    let roads = builder
        .roads
        .into_iter()
        .filter(|r| keep[r.from as usize] && keep[r.to as usize])
        .map(|r| RoadSegment {
            from: new_id[r.from as usize],
            to: new_id[r.to as usize],
            ..r
        })
        .collect::<Vec<_>>();
    if roads.is_empty() {
        return None;
    }
    Some(RoadNetwork {
        intersections,
        roads,
        drivable_ways: drivable.len(),
        components,
    })
}

#[derive(Default)]
struct Builder {
    positions: Vec<LonLat>,
    by_node: FxHashMap<i64, IntersectionId>,
    roads: Vec<RoadSegment>,
}

impl Builder {
    fn intersection(&mut self, id: i64, position: LonLat) -> IntersectionId {
        *self.by_node.entry(id).or_insert_with(|| {
            self.positions.push(position);
            (self.positions.len() - 1) as IntersectionId
        })
    }

    /// Adds the road between a piece's two junctions, as straight segments between the
    /// shape points that keep it within [`SHAPE_TOLERANCE_METERS`] of its curve.
    fn add_piece(
        &mut self,
        frame: &LocalFrame,
        piece: &[(i64, LonLat)],
        how: &Driving,
        name: &str,
    ) {
        let points: Vec<LocalPoint> = piece.iter().map(|&(_, p)| frame.to_local(p)).collect();
        let mut keep = vec![false; points.len()];
        keep[0] = true;
        keep[points.len() - 1] = true;
        simplify(&points, 0, points.len() - 1, &mut keep);
        let mut from: Option<usize> = None;
        for (i, _) in keep.iter().enumerate().filter(|(_, k)| **k) {
            if let Some(start) = from {
                let length_meters: f64 = points[start..=i]
                    .windows(2)
                    .map(|w| w[0].distance_meters(w[1]))
                    .sum();
                let a = self.intersection(piece[start].0, piece[start].1);
                let b = self.intersection(piece[i].0, piece[i].1);
                if a != b && length_meters > 0.0 {
                    self.roads.push(RoadSegment {
                        from: a,
                        to: b,
                        class: how.class,
                        name: name.to_string(),
                        speed_kmh: how.speed_kmh,
                        length_meters,
                        oneway: how.oneway,
                    });
                }
            }
            from = Some(i);
        }
    }
}

/// Douglas-Peucker: marks the points between `first` and `last` needed to keep the line
/// within [`SHAPE_TOLERANCE_METERS`]. Iterative, so a long way cannot overflow the stack.
fn simplify(points: &[LocalPoint], first: usize, last: usize, keep: &mut [bool]) {
    let mut spans = vec![(first, last)];
    while let Some((a, b)) = spans.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut worst, mut worst_at) = (0.0, a);
        for (i, &p) in points.iter().enumerate().take(b).skip(a + 1) {
            let (d, _) = distance_to_segment(p, points[a], points[b]);
            if d > worst {
                (worst, worst_at) = (d, i);
            }
        }
        if worst > SHAPE_TOLERANCE_METERS {
            keep[worst_at] = true;
            spans.push((a, worst_at));
            spans.push((worst_at, b));
        }
    }
}

/// The number of strongly connected components of the road graph, and which intersections
/// belong to the largest (ties: the one holding the lowest intersection id). Kosaraju's
/// algorithm with explicit stacks.
fn largest_strong_component(count: usize, roads: &[RoadSegment]) -> (usize, Vec<bool>) {
    let mut forward = vec![Vec::new(); count];
    let mut backward = vec![Vec::new(); count];
    for r in roads {
        let (a, b) = (r.from as usize, r.to as usize);
        forward[a].push(b);
        backward[b].push(a);
        if !r.oneway {
            forward[b].push(a);
            backward[a].push(b);
        }
    }
    // First pass: finishing order on the forward graph.
    let mut visited = vec![false; count];
    let mut order = Vec::with_capacity(count);
    for start in 0..count {
        if visited[start] {
            continue;
        }
        visited[start] = true;
        let mut stack = vec![(start, 0usize)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&to) = forward[node].get(next) {
                stack.push((node, next + 1));
                if !visited[to] {
                    visited[to] = true;
                    stack.push((to, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    // Second pass: components on the backward graph, in reverse finishing order.
    let mut component = vec![usize::MAX; count];
    let mut sizes: Vec<(usize, usize)> = Vec::new(); // (size, lowest member)
    for &start in order.iter().rev() {
        if component[start] != usize::MAX {
            continue;
        }
        let id = sizes.len();
        let mut size = 0;
        let mut lowest = start;
        component[start] = id;
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            size += 1;
            lowest = lowest.min(node);
            for &from in &backward[node] {
                if component[from] == usize::MAX {
                    component[from] = id;
                    stack.push(from);
                }
            }
        }
        sizes.push((size, lowest));
    }
    let best = sizes
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
        .map_or(usize::MAX, |(id, _)| id);
    (sizes.len(), component.iter().map(|&c| c == best).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::osm::sort_tags;

    fn tags(pairs: &[(&str, &str)]) -> Tags {
        let mut tags: Tags = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        sort_tags(&mut tags);
        tags
    }

    mod driving_rules {
        use super::*;

        #[test]
        fn footways_and_private_roads_are_not_driven() {
            assert!(driving(&tags(&[("highway", "footway")])).is_none());
            assert!(driving(&tags(&[("highway", "residential"), ("access", "private")])).is_none());
            assert!(driving(&tags(&[("highway", "residential")])).is_some());
        }

        #[test]
        fn speeds_come_from_maxspeed_in_mph_or_kmh() {
            assert_eq!(parse_maxspeed_kmh("30"), Some(30.0));
            assert!((parse_maxspeed_kmh("25 mph").expect("mph") - 40.2336).abs() < 1e-9);
            assert_eq!(parse_maxspeed_kmh("signals"), None);
        }

        #[test]
        fn roundabouts_and_motorways_are_one_way() {
            let d = driving(&tags(&[("highway", "primary"), ("junction", "roundabout")]));
            assert!(d.expect("drivable").oneway);
            let d = driving(&tags(&[("highway", "motorway"), ("oneway", "no")]));
            assert!(!d.expect("drivable").oneway);
            let d = driving(&tags(&[("highway", "residential"), ("oneway", "-1")]));
            assert!(d.expect("drivable").reversed);
        }
    }

    mod strong_components {
        use super::*;

        fn road(from: u32, to: u32, oneway: bool) -> RoadSegment {
            RoadSegment {
                from,
                to,
                class: RoadClass::Local,
                name: String::new(),
                speed_kmh: 40.0,
                length_meters: 100.0,
                oneway,
            }
        }

        #[test]
        fn a_one_way_dead_end_is_cut_off() {
            // 0 <-> 1 <-> 2 two-way; 2 -> 3 one-way only: 3 cannot get back.
            let roads = [road(0, 1, false), road(1, 2, false), road(2, 3, true)];
            let (components, keep) = largest_strong_component(4, &roads);
            assert_eq!(components, 2);
            assert_eq!(keep, vec![true, true, true, false]);
        }

        #[test]
        fn a_one_way_loop_is_one_component() {
            let roads = [road(0, 1, true), road(1, 2, true), road(2, 0, true)];
            let (components, keep) = largest_strong_component(3, &roads);
            assert_eq!(components, 1);
            assert!(keep.iter().all(|&k| k));
        }
    }
}
