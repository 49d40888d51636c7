//! The analyst's model of how a car moves between cameras on the town's roads.
//!
//! Cameras are sparse, so a car is seen only at cameras, never at the places it stops. What
//! the map does say is where a car can be after one read and before the next: it must have
//! driven there without passing another camera (or passed one that missed it). For each
//! camera this module precomputes, for every intersection, the fastest drive time to or from
//! the camera and the log-probability that no other camera read the car on that drive
//! (`ln(1 - read_probability)` summed over the cameras passed). The profile multiplies these
//! over many stays to locate home, work and places.
//!
//! Drive times are free-flow (length / speed limit); the analyst does not know the
//! simulation's traffic. A camera's search starts from every stretch it watches at once,
//! so the fastest drive from a read may begin a stretch beyond where the car was read and
//! pass a camera the car's own drive never met. Tried and not kept (issue 17, tenth round
//! in `docs/analyst/sensitive.md`, with numbers; commits 6ce0d54, 0c12712 and f4a224d on branch
//! sens17 hold the code): the chance unseen taken as the best over drives within 20 s of
//! the fastest, and over each watched stretch searched alone (for every use, or for single
//! stops only; the last judged on held-out seeds in the eleventh round, branch sens17b:
//! recall at 40 cameras 0.26 to 0.31, but two calibration bands off and a flag test
//! failed). This module must not read the
//! simulation's truth.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::sim::geometry::{
    LocalFrame, bearing_degrees, bearing_difference_degrees, distance_to_segment,
};
use crate::sim::pace::{Pace, Straight, straight_through};
use crate::sim::{CameraId, LonLat, PlaceKind, TownMap};

/// Read probabilities are capped so one unexpected pass never makes a place impossible.
const MAX_READ_PROBABILITY: f64 = 0.98;

/// The directed segments of a path: for each, the seconds into the drive at its end and the
/// cameras that read it.
pub type PathSteps = Vec<(u32, Vec<CameraId>)>;

/// Driving between a place's door and its street intersection, in seconds.
const DRIVEWAY_SECONDS: u32 = 30;

/// A one-way stretch of road (or a driveway) as the car drives it.
#[derive(Clone, Debug, PartialEq)]
struct DirectedEdge {
    from: u32,
    to: u32,
    seconds: u32,
    /// Cameras that read a car driving this edge in this direction.
    cameras: Vec<CameraId>,
}

/// Where a car can be before or after one camera: per intersection, the fastest drive time
/// in seconds (`u32::MAX` if unreachable) and the natural log of the probability that the
/// drive passed no other camera unread.
#[derive(Clone, Debug, PartialEq)]
pub struct Reach {
    pub seconds: Vec<u32>,
    pub log_unseen: Vec<f32>,
}

/// Drive times from and to one intersection (an anchor such as home), in seconds;
/// `u32::MAX` where unreachable.
#[derive(Clone, Debug, PartialEq)]
pub struct AnchorRoutes {
    pub node: u32,
    /// From the anchor to each intersection.
    pub seconds_from: Vec<u32>,
    /// From each intersection to the anchor.
    pub seconds_to: Vec<u32>,
    /// From the anchor to each camera's read.
    pub to_camera: Vec<u32>,
    /// From each camera's read to the anchor.
    pub from_camera: Vec<u32>,
}

/// [`RouteModel::corner_catchments`] follows the drives to and from every this many street
/// corners (in the map's order), not all of them: the shares change little and the town's
/// set-up costs a quarter. Homes within 500 m (seeds 1-60 at 20/40/80 cameras, one
/// simulation per seed): every corner 18/43/58%, every third 18/43/60%, fourth 18/42/58%,
/// seventh 20/42/60%. `cargo run --profile bench --example bench_analyst`: the route model
/// took 15 ms without these catchments, 139 ms with every corner.
const CORNER_STRIDE: usize = 4;

/// How many cameras along a drive [`RouteModel::catchments`] follows.
const READ_CHANCES: usize = 3;

/// Per node, up to [`READ_CHANCES`] cameras and the chance each is the one that reads first.
type ReadChances = [Option<(CameraId, f32)>; READ_CHANCES];

/// Per camera and node: the share of drives to (`first_read`) or from (`last_read`) mapped
/// places that the camera reads first or last at that end. See [`RouteModel::catchments`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catchments {
    pub first_read: Vec<Vec<f32>>,
    pub last_read: Vec<Vec<f32>>,
    /// Per camera, the mean of its `first_read` shares over the nodes (and of `last_read`):
    /// every read scored against them needs it.
    first_read_mean: Vec<f32>,
    last_read_mean: Vec<f32>,
}

impl Catchments {
    pub fn new(first_read: Vec<Vec<f32>>, last_read: Vec<Vec<f32>>) -> Catchments {
        let means = |shares: &Vec<Vec<f32>>| -> Vec<f32> {
            shares
                .iter()
                .map(|s| s.iter().sum::<f32>() / s.len().max(1) as f32)
                .collect()
        };
        Catchments {
            first_read_mean: means(&first_read),
            last_read_mean: means(&last_read),
            first_read,
            last_read,
        }
    }

    /// `camera`'s shares per node and their mean: of the drives it reads first
    /// (`first_read`) or last.
    pub fn of_camera(&self, camera: CameraId, first_read: bool) -> Option<(&[f32], f32)> {
        let (shares, means) = if first_read {
            (&self.first_read, &self.first_read_mean)
        } else {
            (&self.last_read, &self.last_read_mean)
        };
        let c = camera as usize;
        Some((shares.get(c)?.as_slice(), *means.get(c)?))
    }

    /// `(1 - share)` of these catchments and `share` of `other`'s (these alone when
    /// `other` is empty or `share` is 0).
    pub fn mixed(&self, other: &Catchments, share: f32) -> Catchments {
        if share <= 0.0 || other.first_read.len() != self.first_read.len() {
            return self.clone();
        }
        let mix = |a: &Vec<Vec<f32>>, b: &Vec<Vec<f32>>| -> Vec<Vec<f32>> {
            a.iter()
                .zip(b)
                .map(|(a, b)| {
                    a.iter()
                        .zip(b)
                        .map(|(a, b)| (1.0 - share) * a + share * b)
                        .collect()
                })
                .collect()
        };
        Catchments::new(
            mix(&self.first_read, &other.first_read),
            mix(&self.last_read, &other.last_read),
        )
    }
}

/// The road graph, which cameras read which directed road segments, and each camera's reach.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteModel {
    frame: LocalFrame,
    /// Intersections, then one door per place.
    node_positions: Vec<LonLat>,
    intersection_count: usize,
    edges: Vec<DirectedEdge>,
    out_edges: Vec<Vec<u32>>,
    in_edges: Vec<Vec<u32>>,
    camera_edges: Vec<Vec<u32>>,
    /// `ln(1 - read_probability)` per camera.
    log_miss: Vec<f32>,
    /// The chance each camera reads a passing car, capped at [`MAX_READ_PROBABILITY`].
    read_probability: Vec<f32>,
    /// Per camera: where the car can be after the camera read it.
    after: Vec<Reach>,
    /// Per camera: where the car can have come from before the camera read it.
    before: Vec<Reach>,
    /// `between[a][b]`: fastest drive in seconds from camera `a`'s read to camera `b`'s.
    between: Vec<Vec<u32>>,
    /// Which camera first and last reads the drives between each node and the mapped places.
    catchments: Catchments,
    /// Per mapped destination, the read chances along the drives between it and every node:
    /// what [`RouteModel::weighted_catchments`] adds up with the car's own weights.
    destination_reads: Vec<DestinationReads>,
    /// Which camera first and last reads the drives between each node and every street
    /// corner: see [`RouteModel::corner_catchments`].
    corner_catchments: Catchments,
}

/// The first few cameras (and their chances of reading first) on the fastest drives between
/// every node and one mapped destination: `to` from each node to it, `from` from it to each
/// node (read from the node's end, so the last read before arriving there).
#[derive(Clone, Debug, PartialEq)]
struct DestinationReads {
    node: u32,
    to: Vec<ReadChances>,
    from: Vec<ReadChances>,
    /// Per node, the segment it leaves by on the fastest drive to the destination.
    to_via: Vec<u32>,
    /// Per node, the segment it is reached by on the fastest drive from the destination.
    from_via: Vec<u32>,
}

impl RouteModel {
    /// Builds the model for a map: which cameras read which road directions, then two
    /// shortest-path searches per camera.
    pub fn new(map: &TownMap) -> RouteModel {
        straight_through(RouteModel::new_paced(map, &mut Straight))
    }

    /// As [`RouteModel::new`], pausing at `pace` between cameras, destinations and corners:
    /// how a page without a worker builds it in slices. The same model.
    pub async fn new_paced(map: &TownMap, pace: &mut impl Pace) -> RouteModel {
        let frame = LocalFrame::for_map(map);
        // Intersections first, then one node per place (its door), joined to the place's
        // street intersection by a driveway both ways: retail-lot cameras watch driveways.
        let mut node_positions: Vec<LonLat> =
            map.intersections.iter().map(|i| i.position).collect();
        let intersection_count = node_positions.len();
        node_positions.extend(map.places.iter().map(|p| p.position));
        let node_count = node_positions.len();
        let mut edges = Vec::new();
        for (i, place) in map.places.iter().enumerate() {
            let (door, street) = ((intersection_count + i) as u32, place.access);
            if (street as usize) < intersection_count {
                for (from, to) in [(door, street), (street, door)] {
                    edges.push(DirectedEdge {
                        from,
                        to,
                        seconds: DRIVEWAY_SECONDS,
                        cameras: Vec::new(),
                    });
                }
            }
        }
        for road in &map.roads {
            let (a, b) = (road.from as usize, road.to as usize);
            if a >= intersection_count || b >= intersection_count {
                continue;
            }
            let meters_per_second = (road.speed_kmh.max(5.0)) / 3.6;
            let seconds = ((road.length_meters.max(1.0) / meters_per_second).round() as u32).max(1);
            edges.push(DirectedEdge {
                from: a as u32,
                to: b as u32,
                seconds,
                cameras: Vec::new(),
            });
            if !road.oneway {
                edges.push(DirectedEdge {
                    from: b as u32,
                    to: a as u32,
                    seconds,
                    cameras: Vec::new(),
                });
            }
        }
        let mut camera_edges = vec![Vec::new(); map.cameras.len()];
        for (c, camera) in map.cameras.iter().enumerate() {
            let reads = |edge: &DirectedEdge, range: f64| {
                let (a, b) = (
                    node_positions[edge.from as usize],
                    node_positions[edge.to as usize],
                );
                let (a, b) = (frame.to_local(a), frame.to_local(b));
                let off = bearing_difference_degrees(bearing_degrees(a, b), camera.heading_degrees);
                off <= camera.field_of_view_degrees / 2.0
                    && distance_to_segment(frame.to_local(camera.position), a, b).0 <= range
            };
            let mut found: Vec<u32> = (0..edges.len() as u32)
                .filter(|&e| reads(&edges[e as usize], camera.range_meters))
                .collect();
            if found.is_empty() {
                // A camera a little off the drawn road still watches the nearest one.
                found = (0..edges.len() as u32)
                    .filter(|&e| reads(&edges[e as usize], camera.range_meters.max(25.0) * 4.0))
                    .collect();
            }
            for &e in &found {
                edges[e as usize].cameras.push(c as CameraId);
            }
            camera_edges[c] = found;
            pace.breathe().await;
        }
        let mut out_edges = vec![Vec::new(); node_count];
        let mut in_edges = vec![Vec::new(); node_count];
        for (e, edge) in edges.iter().enumerate() {
            out_edges[edge.from as usize].push(e as u32);
            in_edges[edge.to as usize].push(e as u32);
        }
        let read_probability: Vec<f64> = map
            .cameras
            .iter()
            .map(|c| c.read_probability.clamp(0.0, MAX_READ_PROBABILITY))
            .collect();
        let log_miss = read_probability
            .iter()
            .map(|p| (1.0 - p).ln() as f32)
            .collect();
        let mut model = RouteModel {
            frame,
            node_positions,
            intersection_count,
            edges,
            out_edges,
            in_edges,
            camera_edges,
            log_miss,
            read_probability: read_probability.iter().map(|&p| p as f32).collect(),
            after: Vec::new(),
            before: Vec::new(),
            between: Vec::new(),
            catchments: Catchments::default(),
            destination_reads: Vec::new(),
            corner_catchments: Catchments::default(),
        };
        let cameras = map.cameras.len();
        for outward in [true, false] {
            let mut trees = Vec::with_capacity(cameras);
            for c in 0..cameras {
                trees.push(model.search(c as CameraId, outward));
                pace.breathe().await;
            }
            if outward {
                model.after = trees;
            } else {
                model.before = trees;
            }
        }
        model.between = (0..cameras)
            .map(|a| {
                (0..cameras)
                    .map(|b| {
                        model.camera_edges[b]
                            .iter()
                            .map(|&e| model.after[a].seconds[model.edges[e as usize].from as usize])
                            .min()
                            .unwrap_or(u32::MAX)
                    })
                    .collect()
            })
            .collect();
        pace.breathe().await;
        // Drives go to and from the places on the public map; homes are not on it.
        let destinations: Vec<u32> = map
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| !matches!(p.kind, PlaceKind::Home | PlaceKind::FriendsHouse))
            .map(|(i, _)| model.place_node(i as u32))
            .collect();
        let n = model.node_positions.len();
        let mut destination_reads = Vec::with_capacity(destinations.len());
        for &d in destinations.iter().filter(|&&d| (d as usize) < n) {
            let ((to, to_via), (from, from_via)) =
                (model.tree_toward(d, true), model.tree_toward(d, false));
            destination_reads.push(DestinationReads {
                node: d,
                to,
                from,
                to_via,
                from_via,
            });
            pace.breathe().await;
        }
        model.destination_reads = destination_reads;
        let uniform = vec![1.0; model.destination_reads.len()];
        model.catchments = model.weighted_catchments(&uniform);
        pace.breathe().await;
        model.corner_catchments = model.all_corner_catchments(pace).await;
        model
    }

    /// Per camera and node: the share of drives between the node and every other street
    /// corner (each alike; every [`CORNER_STRIDE`]th corner stands for those around it) that
    /// the camera reads first on the way out (`first_read`) and last on the way in
    /// (`last_read`), every camera's misses counted. Two shortest-path trees per corner
    /// followed, once per town.
    async fn all_corner_catchments(&self, pace: &mut impl Pace) -> Catchments {
        let (n, cameras) = (self.node_positions.len(), self.camera_edges.len());
        let mut first_read = vec![vec![0.0f32; n]; cameras];
        let mut last_read = vec![vec![0.0f32; n]; cameras];
        for (outward, shares) in [(true, &mut first_read), (false, &mut last_read)] {
            let mut norm = vec![0.0f32; n];
            for corner in (0..self.intersection_count as u32).step_by(CORNER_STRIDE) {
                pace.breathe().await;
                let (seconds, reads) = self.timed_reads_on_tree(corner, outward);
                for (node, chances, _) in reads {
                    let x = node as usize;
                    if node == corner || seconds[x] == u32::MAX {
                        continue;
                    }
                    norm[x] += 1.0;
                    for (camera, chance) in chances.iter().flatten() {
                        shares[*camera as usize][x] += chance;
                    }
                }
            }
            for camera_shares in shares.iter_mut() {
                for (s, &z) in camera_shares.iter_mut().zip(&norm) {
                    if z > 0.0 {
                        *s /= z;
                    }
                }
            }
        }
        Catchments::new(first_read, last_read)
    }

    /// Which camera first and last reads the drives between each node and every street
    /// corner (not only the mapped places: a car also drives to friends' homes and to
    /// places no map lists); see [`RouteModel::place_catchments`] for the mapped places.
    pub fn corner_catchments(&self) -> &Catchments {
        &self.corner_catchments
    }

    /// Number of mapped destinations (place doors other than homes) the catchments cover.
    pub fn destination_count(&self) -> usize {
        self.destination_reads.len()
    }

    /// The catchments ([`RouteModel::catchments`]) with each mapped destination weighted by
    /// `weights` (one per destination, in the order of [`RouteModel::destination_count`];
    /// normalised here): the drives of one car, which goes to a few places far more often
    /// than to the rest, are read by cameras these weights single out.
    pub fn weighted_catchments(&self, weights: &[f32]) -> Catchments {
        let (n, cameras) = (self.node_positions.len(), self.camera_edges.len());
        let mut first_read = vec![vec![0.0f32; n]; cameras];
        let mut last_read = vec![vec![0.0f32; n]; cameras];
        let total: f32 = weights.iter().sum();
        if total <= 0.0 {
            return Catchments::new(first_read, last_read);
        }
        for (reads, &w) in self.destination_reads.iter().zip(weights) {
            if w <= 0.0 {
                continue;
            }
            let weight = w / total;
            for (shares, chances) in [(&mut first_read, &reads.to), (&mut last_read, &reads.from)] {
                for (node, node_chances) in chances.iter().enumerate() {
                    for (camera, chance) in node_chances.iter().flatten() {
                        shares[*camera as usize][node] += weight * chance;
                    }
                }
            }
        }
        Catchments::new(first_read, last_read)
    }

    /// The chance `camera` is the first to read the drive from `node` to destination
    /// `destination` (`outward`), or the last to read the drive from it to `node`.
    pub fn destination_read_chance(
        &self,
        destination: usize,
        outward: bool,
        node: u32,
        camera: CameraId,
    ) -> f32 {
        let Some(reads) = self.destination_reads.get(destination) else {
            return 0.0;
        };
        let chances = if outward { &reads.to } else { &reads.from };
        chances
            .get(node as usize)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|(c, _)| *c == camera)
            .map(|(_, p)| p)
            .sum()
    }

    /// Per node, the read chances along the fastest drive between it and `destination`.
    fn chances_by_node(&self, destination: u32, outward: bool) -> Vec<ReadChances> {
        self.tree_toward(destination, outward).0
    }

    /// [`RouteModel::chances_by_node`], and per node the segment joining it to the tree of
    /// fastest drives to `destination` (`outward`: the segment it leaves by) or from it (the
    /// segment it is reached by); `u32::MAX` for `destination` and where no drive joins.
    fn tree_toward(&self, destination: u32, outward: bool) -> (Vec<ReadChances>, Vec<u32>) {
        let n = self.node_positions.len();
        let mut chances = vec![[None; READ_CHANCES]; n];
        let mut via = vec![u32::MAX; n];
        for (node, reads, edge) in self.timed_reads_on_tree(destination, outward).1 {
            chances[node as usize] = reads;
            via[node as usize] = edge;
        }
        (chances, via)
    }

    /// The shares of drives to and from the mapped places (other than homes) each camera
    /// reads first and last, per node: see [`RouteModel::catchments`].
    pub fn place_catchments(&self) -> &Catchments {
        &self.catchments
    }

    /// Dijkstra from the camera's road directions, forward (where the car goes next) or
    /// backward (where it came from), carrying the log-probability of passing unseen.
    ///
    /// The search runs over directed road segments, not intersections, so that a car read
    /// driving south is never assumed to have come from the south (no U-turns, except at a
    /// dead end).
    fn search(&self, camera: CameraId, forward: bool) -> Reach {
        let m = self.edges.len();
        let mut cost = vec![u32::MAX; m];
        let mut log_unseen_edge = vec![f32::NEG_INFINITY; m];
        let mut heap = BinaryHeap::new();
        for &e in &self.camera_edges[camera as usize] {
            cost[e as usize] = 0;
            log_unseen_edge[e as usize] = 0.0;
            heap.push(Reverse((0u32, e)));
        }
        while let Some(Reverse((c, e))) = heap.pop() {
            if c > cost[e as usize] {
                continue;
            }
            let edge = &self.edges[e as usize];
            let (node, came_from) = if forward {
                (edge.to, edge.from)
            } else {
                (edge.from, edge.to)
            };
            let next_edges = if forward {
                &self.out_edges[node as usize]
            } else {
                &self.in_edges[node as usize]
            };
            for &f in next_edges {
                let next = &self.edges[f as usize];
                let far_end = if forward { next.to } else { next.from };
                if far_end == came_from && next_edges.len() > 1 {
                    continue;
                }
                let next_cost = c.saturating_add(next.seconds);
                if next_cost < cost[f as usize] {
                    cost[f as usize] = next_cost;
                    let penalty: f32 = next
                        .cameras
                        .iter()
                        .filter(|&&other| other != camera)
                        .map(|&other| self.log_miss[other as usize])
                        .sum();
                    log_unseen_edge[f as usize] = log_unseen_edge[e as usize] + penalty;
                    heap.push(Reverse((next_cost, f)));
                }
            }
        }
        let n = self.node_positions.len();
        let mut seconds = vec![u32::MAX; n];
        let mut log_unseen = vec![f32::NEG_INFINITY; n];
        for (e, edge) in self.edges.iter().enumerate() {
            if cost[e] == u32::MAX {
                continue;
            }
            let node = if forward { edge.to } else { edge.from } as usize;
            if cost[e] < seconds[node]
                || (cost[e] == seconds[node] && log_unseen_edge[e] > log_unseen[node])
            {
                seconds[node] = cost[e];
                log_unseen[node] = log_unseen_edge[e];
            }
        }
        Reach {
            seconds,
            log_unseen,
        }
    }

    /// The frame distances are measured in.
    pub fn frame(&self) -> &LocalFrame {
        &self.frame
    }

    /// The node of a place's door.
    pub fn place_node(&self, place: u32) -> u32 {
        (self.intersection_count + place as usize) as u32
    }

    /// Number of intersections (nodes `0..intersection_count()`; place doors follow).
    pub fn intersection_count(&self) -> usize {
        self.intersection_count
    }

    /// Number of nodes: intersections, then one door per place.
    pub fn node_count(&self) -> usize {
        self.node_positions.len()
    }

    /// Position of an intersection, lon/lat degrees.
    pub fn node_position(&self, node: u32) -> LonLat {
        self.node_positions[node as usize]
    }

    /// Where a car can be after `camera` read it.
    pub fn after(&self, camera: CameraId) -> Option<&Reach> {
        self.after.get(camera as usize)
    }

    /// Where a car can have come from before `camera` read it.
    pub fn before(&self, camera: CameraId) -> Option<&Reach> {
        self.before.get(camera as usize)
    }

    /// Fastest drive in seconds from camera `a`'s read to camera `b`'s (`u32::MAX` if none).
    pub fn seconds_between(&self, a: CameraId, b: CameraId) -> u32 {
        self.between
            .get(a as usize)
            .and_then(|row| row.get(b as usize))
            .copied()
            .unwrap_or(u32::MAX)
    }

    /// Number of directed road segments `camera` reads.
    pub fn watched_segments(&self, camera: CameraId) -> usize {
        self.camera_edges.get(camera as usize).map_or(0, Vec::len)
    }

    /// The fastest drive time in seconds along the road graph from `from` to `to`
    /// (intersections), or `None` if unreachable. Used by tests and fixtures.
    pub fn drive_seconds(&self, from: u32, to: u32) -> Option<u32> {
        self.path(from, to).map(|(s, _)| s)
    }

    /// The fastest path from `from` to `to`: its drive time in seconds and, for each directed
    /// segment driven, the seconds into the drive at its end and the cameras that read it.
    pub fn path(&self, from: u32, to: u32) -> Option<(u32, PathSteps)> {
        let n = self.node_positions.len();
        if from as usize >= n || to as usize >= n {
            return None;
        }
        let (seconds, via, _) = self.paths_from(from, Some(to));
        if seconds[to as usize] == u32::MAX {
            return None;
        }
        let mut steps = Vec::new();
        let mut node = to;
        while node != from {
            let edge = &self.edges[via[node as usize] as usize];
            steps.push((seconds[node as usize], edge.cameras.clone()));
            node = edge.from;
        }
        steps.reverse();
        Some((seconds[to as usize], steps))
    }

    /// The fastest paths from `from` to every node, exactly as [`RouteModel::path`] finds
    /// each (the same choice among equally fast ones): each node reached, in the order the
    /// search settled it (nearest first), with the node before it and the cameras on the
    /// segment between them. `from` comes first, with itself as the node before and no
    /// cameras.
    pub fn paths_from_cameras(&self, from: u32) -> Vec<(u32, u32, &[CameraId])> {
        if from as usize >= self.node_positions.len() {
            return Vec::new();
        }
        let (_, via, settled) = self.paths_from(from, None);
        settled
            .into_iter()
            .map(|node| match self.edges.get(via[node as usize] as usize) {
                Some(edge) => (node, edge.from, &edge.cameras[..]),
                None => (node, node, &[][..]),
            })
            .collect()
    }

    /// Dijkstra's search from `from` (until `to` is settled, if given): per node the
    /// fastest drive time (`u32::MAX` unreached) and the segment that reached it first
    /// (`u32::MAX` for `from` and the unreached), and, searching to every node (no `to`),
    /// the nodes in the order settled (empty otherwise: one drive needs no order).
    fn paths_from(&self, from: u32, to: Option<u32>) -> (Vec<u32>, Vec<u32>, Vec<u32>) {
        let n = self.node_positions.len();
        let mut seconds = vec![u32::MAX; n];
        let mut via = vec![u32::MAX; n];
        let mut settled = Vec::new();
        let mut heap = BinaryHeap::new();
        seconds[from as usize] = 0;
        heap.push(Reverse((0u32, from)));
        while let Some(Reverse((cost, node))) = heap.pop() {
            if cost > seconds[node as usize] {
                continue;
            }
            if to.is_none() {
                settled.push(node);
            } else if Some(node) == to {
                break;
            }
            for &e in &self.out_edges[node as usize] {
                let edge = &self.edges[e as usize];
                let next_cost = cost.saturating_add(edge.seconds);
                if next_cost < seconds[edge.to as usize] {
                    seconds[edge.to as usize] = next_cost;
                    via[edge.to as usize] = e;
                    heap.push(Reverse((next_cost, edge.to)));
                }
            }
        }
        (seconds, via, settled)
    }

    /// Number of cameras the model knows.
    pub fn camera_count(&self) -> usize {
        self.camera_edges.len()
    }

    /// The chance `camera` reads a passing car (capped at `MAX_READ_PROBABILITY`; 0 for an
    /// unknown camera).
    pub fn read_probability(&self, camera: CameraId) -> f32 {
        self.read_probability
            .get(camera as usize)
            .copied()
            .unwrap_or(0.0)
    }

    /// The cameras on the fastest drives between `corner` and every mapped destination (in
    /// the order of [`RouteModel::destination_count`]), in the order driven: from the corner
    /// to each destination (`outward`), or from each destination to the corner. A
    /// destination no drive joins gets none. The model's own search per destination gives
    /// them, so a corner costs a walk along each drive, not a search.
    pub fn cameras_to_destinations(&self, corner: u32, outward: bool) -> Vec<Vec<CameraId>> {
        self.destination_reads
            .iter()
            .map(|reads| {
                let via = if outward {
                    &reads.to_via
                } else {
                    &reads.from_via
                };
                let mut cameras = Vec::new();
                let mut node = corner;
                while let Some(edge) = via
                    .get(node as usize)
                    .and_then(|&e| self.edges.get(e as usize))
                {
                    if outward {
                        cameras.extend_from_slice(&edge.cameras);
                        node = edge.to;
                    } else {
                        cameras.extend(edge.cameras.iter().rev());
                        node = edge.from;
                    }
                }
                if !outward {
                    cameras.reverse();
                }
                cameras
            })
            .collect()
    }

    /// Fastest drive times to every intersection from `node` and from every intersection
    /// to `node`: the drives that start or end at a known anchor such as home.
    pub fn anchor_routes(&self, node: u32) -> AnchorRoutes {
        let (seconds_from, _) = self.fastest_tree(node, false);
        let (seconds_to, _) = self.fastest_tree(node, true);
        let cameras = self.camera_edges.len();
        let to_camera = (0..cameras)
            .map(|c| {
                self.camera_edges[c]
                    .iter()
                    .map(|&e| seconds_from[self.edges[e as usize].from as usize])
                    .min()
                    .unwrap_or(u32::MAX)
            })
            .collect();
        let from_camera = (0..cameras)
            .map(|c| {
                self.camera_edges[c]
                    .iter()
                    .map(|&e| seconds_to[self.edges[e as usize].to as usize])
                    .min()
                    .unwrap_or(u32::MAX)
            })
            .collect();
        AnchorRoutes {
            node,
            seconds_from,
            seconds_to,
            to_camera,
            from_camera,
        }
    }

    /// For every camera and node, the share of drives between the node and the mapped
    /// `destinations` (place doors, each equally likely) that this camera reads first on the
    /// way out and last on the way in, with every camera's misses counted. Where a car lives
    /// shows in which camera its drives are first read by: a house east of a camera meets it
    /// first on the way to most of the town.
    pub fn catchments(&self, destinations: &[u32]) -> Catchments {
        let (n, cameras) = (self.node_positions.len(), self.camera_edges.len());
        let mut first_read = vec![vec![0.0f32; n]; cameras];
        let mut last_read = vec![vec![0.0f32; n]; cameras];
        let valid: Vec<u32> = destinations
            .iter()
            .copied()
            .filter(|&d| (d as usize) < n)
            .collect();
        let weight = 1.0 / valid.len().max(1) as f32;
        for &destination in &valid {
            self.add_read_shares(destination, true, weight, &mut first_read);
            self.add_read_shares(destination, false, weight, &mut last_read);
        }
        Catchments::new(first_read, last_read)
    }

    /// For one camera, per node: the chance it is the first camera to read the fastest drive
    /// from the node to `anchor` (`outward`), or the last to read the drive from `anchor` to
    /// the node. Each camera's misses are counted.
    pub fn read_shares_toward(&self, anchor: u32, outward: bool) -> Vec<Vec<f32>> {
        let (n, cameras) = (self.node_positions.len(), self.camera_edges.len());
        let mut shares = vec![vec![0.0f32; n]; cameras];
        if (anchor as usize) < n {
            self.add_read_shares(anchor, outward, 1.0, &mut shares);
        }
        shares
    }

    /// Per node, the chance that any camera reads the fastest drive from the node to
    /// `anchor` (`outward`) or from `anchor` to the node: [`RouteModel::read_shares_toward`]
    /// summed over the cameras (the first few met, as the catchments follow them).
    pub fn read_chance_toward(&self, anchor: u32, outward: bool) -> Vec<f32> {
        if (anchor as usize) >= self.node_positions.len() {
            return vec![0.0; self.node_positions.len()];
        }
        self.chances_toward(anchor, outward)
            .iter()
            // `0.0 +`: an empty sum is -0.0.
            .map(|reads| 0.0 + reads.iter().flatten().map(|(_, p)| p).sum::<f32>())
            .collect()
    }

    /// [`RouteModel::read_chance_toward`] with the fastest drive's seconds per node (as
    /// [`AnchorRoutes::seconds_to`] when `outward`, else [`AnchorRoutes::seconds_from`]),
    /// from the one search.
    pub fn timed_read_chance_toward(&self, anchor: u32, outward: bool) -> (Vec<u32>, Vec<f32>) {
        let n = self.node_positions.len();
        let mut total = vec![0.0f32; n];
        if (anchor as usize) >= n {
            return (vec![u32::MAX; n], total);
        }
        let (seconds, reads) = self.timed_reads_on_tree(anchor, outward);
        for (node, reads, _) in reads {
            total[node as usize] += reads.iter().flatten().map(|(_, p)| p).sum::<f32>();
        }
        (seconds, total)
    }

    /// Per node, the first cameras on the fastest drive between it and `anchor`
    /// ([`RouteModel::chances_by_node`]): searched with the model when `anchor` is a mapped
    /// destination (a workplace's door, say), else now.
    fn chances_toward(&self, anchor: u32, outward: bool) -> Cow<'_, [ReadChances]> {
        match self.destination_reads.iter().find(|d| d.node == anchor) {
            Some(reads) if outward => Cow::Borrowed(&reads.to),
            Some(reads) => Cow::Borrowed(&reads.from),
            None => Cow::Owned(self.chances_by_node(anchor, outward)),
        }
    }

    /// Adds `weight` times each camera's chance of reading first (or last) the drives
    /// between every node and `anchor` to `shares[camera][node]`.
    fn add_read_shares(&self, anchor: u32, outward: bool, weight: f32, shares: &mut [Vec<f32>]) {
        for (node, reads) in self.chances_toward(anchor, outward).iter().enumerate() {
            for (camera, chance) in reads.iter().flatten() {
                shares[*camera as usize][node] += weight * chance;
            }
        }
    }

    /// Along the fastest drives between every node and `destination` (from each node to it
    /// when `outward`, else from it to each node): per node, the chances that each of the
    /// first few cameras met (from the node's end of the drive) is the one that reads the
    /// car there, and the segment joining the node to the tree. Nodes come in the order the
    /// search settled them; with the drive times of the fastest tree.
    fn timed_reads_on_tree(
        &self,
        destination: u32,
        outward: bool,
    ) -> (Vec<u32>, Vec<(u32, ReadChances, u32)>) {
        let (seconds, settled) = self.fastest_tree(destination, outward);
        let mut chances: Vec<ReadChances> = vec![[None; READ_CHANCES]; self.node_positions.len()];
        let reads = settled
            .into_iter()
            .map(|(node, via)| {
                if via != u32::MAX {
                    let edge = &self.edges[via as usize];
                    let rest = if outward { edge.to } else { edge.from };
                    chances[node as usize] =
                        self.read_chances(&edge.cameras, &chances[rest as usize]);
                }
                (node, chances[node as usize], via)
            })
            .collect();
        (seconds, reads)
    }

    /// Dijkstra between `anchor` and every node: towards the anchor when `towards` (over
    /// incoming segments), else away from it. Returns the fastest drive in seconds per node
    /// (`u32::MAX` if none) and the nodes in the order they were settled, each with the
    /// segment joining it to the tree (`u32::MAX` for the anchor).
    fn fastest_tree(&self, anchor: u32, towards: bool) -> (Vec<u32>, Vec<(u32, u32)>) {
        let n = self.node_positions.len();
        let mut seconds = vec![u32::MAX; n];
        let mut done = vec![false; n];
        let mut settled = Vec::with_capacity(n);
        let mut heap = BinaryHeap::new();
        if (anchor as usize) < n {
            seconds[anchor as usize] = 0;
            heap.push(Reverse((0u32, anchor, u32::MAX)));
        }
        while let Some(Reverse((cost, node, via))) = heap.pop() {
            if done[node as usize] || cost > seconds[node as usize] {
                continue;
            }
            done[node as usize] = true;
            settled.push((node, via));
            let list = if towards {
                &self.in_edges[node as usize]
            } else {
                &self.out_edges[node as usize]
            };
            for &e in list {
                let edge = &self.edges[e as usize];
                let next = if towards { edge.from } else { edge.to };
                let next_cost = cost.saturating_add(edge.seconds);
                if next_cost < seconds[next as usize] {
                    seconds[next as usize] = next_cost;
                    heap.push(Reverse((next_cost, next, e)));
                }
            }
        }
        (seconds, settled)
    }

    /// The chances of each camera reading the car first: those on the segment at hand, then
    /// (scaled by the chance all of those missed) the ones further along.
    fn read_chances(&self, cameras: &[CameraId], further: &ReadChances) -> ReadChances {
        let mut out = [None; READ_CHANCES];
        let mut unseen = 1.0f32;
        let on_segment = cameras
            .iter()
            .map(|&c| {
                let p = self.read_probability[c as usize];
                let chance = unseen * p;
                unseen *= 1.0 - p;
                (c, chance)
            })
            .collect::<Vec<_>>();
        let later = further.iter().flatten().map(|&(c, p)| (c, unseen * p));
        for (slot, read) in out.iter_mut().zip(on_segment.into_iter().chain(later)) {
            *slot = Some(read);
        }
        out
    }

    /// The intersection nearest to a lon/lat point.
    pub fn nearest_node(&self, point: LonLat) -> Option<u32> {
        let mut best: Option<(f64, u32)> = None;
        for (i, &p) in self.node_positions.iter().enumerate() {
            let d = self.frame.distance_meters(point, p);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, i as u32));
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;

    mod camera_coverage {
        use super::*;

        #[test]
        fn a_camera_reads_only_the_direction_it_faces() {
            let town = fixtures::grid_town();
            let model = RouteModel::new(&town);
            // Camera 0 faces east on the middle row: a drive east along the row is read, the
            // drive back west is not.
            let west = fixtures::node(0, 4);
            let east = fixtures::node(8, 4);
            let (_, steps) = model.path(west, east).unwrap();
            assert!(steps.iter().any(|(_, cams)| cams.contains(&0)));
            let (_, steps) = model.path(east, west).unwrap();
            assert!(!steps.iter().any(|(_, cams)| cams.contains(&0)));
        }

        #[test]
        fn a_camera_reads_first_the_drives_that_start_behind_it() {
            let town = fixtures::grid_town();
            let model = RouteModel::new(&town);
            // Camera 0 faces east at (4, 4): drives into town from just west of it meet it
            // first; from just east of it they never pass it eastbound.
            let shares = &model.place_catchments().first_read[0];
            let (west, east) = (fixtures::node(3, 4), fixtures::node(5, 4));
            assert!(shares[west as usize] > 0.1, "{}", shares[west as usize]);
            assert_eq!(shares[east as usize], 0.0);
            // Towards one place: the drive east along the row is read there first, and the
            // chances of all cameras together never exceed one.
            let toward = model.read_shares_toward(fixtures::node(8, 4), true);
            let from = fixtures::node(2, 4) as usize;
            assert!(toward[0][from] > 0.5, "{}", toward[0][from]);
            let total: f32 = toward.iter().map(|camera| camera[from]).sum();
            assert!(total <= 1.0 + 1e-6, "{total}");
        }

        #[test]
        fn drives_to_any_corner_are_read_first_by_the_camera_they_start_behind() {
            let town = fixtures::grid_town();
            let model = RouteModel::new(&town);
            // Camera 0 faces east at (4, 4): of the drives from just west of it to every
            // corner, those heading east meet it first; from just east of it, none does.
            let corners = model.corner_catchments();
            let (west, east) = (fixtures::node(3, 4), fixtures::node(5, 4));
            let shares = &corners.first_read[0];
            assert!(shares[west as usize] > 0.1, "{}", shares[west as usize]);
            assert_eq!(shares[east as usize], 0.0);
            // Each drive is read first by one camera at most.
            for node in [west, east, fixtures::node(0, 0), fixtures::node(8, 8)] {
                for catchment in [&corners.first_read, &corners.last_read] {
                    let total: f32 = catchment.iter().map(|c| c[node as usize]).sum();
                    assert!(total <= 1.0 + 1e-5, "{total}");
                }
            }
        }

        #[test]
        fn whole_drives_list_their_cameras_in_the_order_driven() {
            let town = fixtures::grid_town();
            let model = RouteModel::new(&town);
            let path_cameras = |from: u32, to: u32| -> Vec<CameraId> {
                let (_, steps) = model.path(from, to).unwrap();
                steps.into_iter().flat_map(|(_, cameras)| cameras).collect()
            };
            // Along the middle row, east past camera 0 (facing east) to the road out of town,
            // and back west.
            let west = fixtures::node(0, 4);
            let out_of_town = model.place_node(6);
            let k = model
                .destination_reads
                .iter()
                .position(|d| d.node == out_of_town)
                .expect("the road out of town is a destination");
            let eastward = path_cameras(west, out_of_town);
            assert!(eastward.contains(&0));
            assert_eq!(model.cameras_to_destinations(west, true)[k], eastward);
            let westward = &model.cameras_to_destinations(west, false)[k];
            assert_eq!(*westward, path_cameras(out_of_town, west));
            assert!(!westward.contains(&0), "{westward:?}");
            // A destination's own door drives past no camera to itself.
            for (k, d) in model.destination_reads.iter().enumerate() {
                assert!(model.cameras_to_destinations(d.node, true)[k].is_empty());
            }
            // The tree of drives from one corner gives every node exactly `path`'s cameras,
            // ties broken alike.
            let tree = model.paths_from_cameras(west);
            assert_eq!(tree.len(), model.node_count());
            let before: std::collections::HashMap<u32, (u32, &[CameraId])> = tree
                .iter()
                .map(|&(node, b, cameras)| (node, (b, cameras)))
                .collect();
            for &(node, ..) in &tree {
                let mut cameras: Vec<CameraId> = Vec::new();
                let mut at = node;
                while at != west {
                    let (b, on) = before[&at];
                    cameras.extend(on.iter().rev());
                    at = b;
                }
                cameras.reverse();
                assert_eq!(cameras, path_cameras(west, node), "to node {node}");
            }
        }

        #[test]
        fn reach_after_a_camera_is_zero_seconds_at_its_far_end() {
            let town = fixtures::grid_town();
            let model = RouteModel::new(&town);
            let after = model.after(0).unwrap();
            assert!(after.seconds.contains(&0));
            assert!(after.seconds.iter().all(|&s| s != u32::MAX));
        }
    }
}
