//! The ceiling without destinations (`evaluate --blind-ceiling`, issue 17): how far the
//! cameras alone can place home or work, for an analyst as generous as `evaluate`'s ceiling
//! in every way but one.
//!
//! `evaluate`'s ceiling knows every place the car drove to from home and back (the errand's
//! shop, the school, the workplace) and asks which corners' fastest drives to those very
//! places pass the same cameras. The cameras never say where a drive ended. This ceiling
//! keeps everything else the first one grants: no camera ever misses, every drive follows the
//! fastest path, and it knows which drives started or ended at home, and which outward and
//! return drives went to the same place. A corner is alike when, for every place the car
//! really drove to from home (or back), some mapped place's door gives the same cameras in
//! the same order, both ways the car drove them. The anchor counts as resolvable to 500 m
//! when most of its alike corners lie within 500 m, as in `evaluate`'s ceiling.
//!
//! Both ceilings are computed here the same way (`RouteModel::path`'s fastest drives, ties
//! broken alike), so the two differ only by what they know of the destinations; `known`
//! matches `evaluate`'s own ceiling.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use plate_trail::analyst::{LocalFrame, RouteModel};
use plate_trail::sim::{DetailedRun, PlaceId};

/// Which ways the car drove between the anchor and one place: (out to it, back from it).
type Ways = (bool, bool);

/// The cameras passed those ways, as [`camera_sequences`]' hashes (0 for a way not driven).
type Passed = (u64, u64);

/// Whether each ceiling places the anchor within 500 m.
pub struct BlindCeiling {
    /// Knowing the destinations (`evaluate`'s ceiling, on this module's trees).
    pub known: bool,
    /// Not knowing them.
    pub blind: bool,
}

/// Per node, a hash of the cameras on the fastest drive from `from` to that node, in the
/// order passed (`u64::MAX` where no drive reaches it). Two drives pass the same cameras in
/// the same order exactly when their hashes are equal (but for a 64-bit collision).
fn camera_sequences(routes: &RouteModel, from: u32) -> Vec<u64> {
    let mut hashes = vec![u64::MAX; routes.node_count()];
    for (node, before, cameras) in routes.paths_from_cameras(from) {
        let so_far = if node == before {
            0
        } else {
            hashes[before as usize]
        };
        hashes[node as usize] = if cameras.is_empty() {
            so_far
        } else {
            let mut hasher = DefaultHasher::new();
            (so_far, cameras).hash(&mut hasher);
            hasher.finish()
        };
    }
    hashes
}

/// Both ceilings for one anchor place among `candidates` (nodes); `doors` are the mapped
/// places' doors (distinct), where the blind ceiling lets a drive end, and `into_doors`
/// each door's [`camera_sequences`] (the drives from it).
pub fn blind_ceiling(
    run: &DetailedRun,
    routes: &RouteModel,
    frame: &LocalFrame,
    anchor: PlaceId,
    candidates: &[u32],
    doors: &[u32],
    from_doors: &[Vec<u64>],
) -> BlindCeiling {
    // The places the car drove to from the anchor and back: (door, outward, inward).
    let mut ends: Vec<(u32, bool, bool)> = Vec::new();
    for trip in &run.trips {
        let (other, outward) = match (trip.from == anchor, trip.to == anchor) {
            (true, false) => (trip.to, true),
            (false, true) => (trip.from, false),
            _ => continue,
        };
        let door = routes.place_node(other);
        match ends.iter_mut().find(|e| e.0 == door) {
            Some(end) if outward => end.1 = true,
            Some(end) => end.2 = true,
            None => ends.push((door, outward, !outward)),
        }
    }
    let door_index = |d: u32| doors.iter().position(|&x| x == d).expect("a mapped door");
    // The cameras both ways between `x` and door number `i`, as far as the end's drives go.
    let key = |out: &[u64], x: u32, i: usize, way: Ways| -> Passed {
        (
            if way.0 { out[doors[i] as usize] } else { 0 },
            if way.1 { from_doors[i][x as usize] } else { 0 },
        )
    };
    let anchor_door = routes.place_node(anchor);
    let truth = camera_sequences(routes, anchor_door);
    let wanted: Vec<(usize, Ways, Passed)> = ends
        .iter()
        .map(|&(d, o, i)| {
            let at = door_index(d);
            (at, (o, i), key(&truth, anchor_door, at, (o, i)))
        })
        .collect();
    let at = routes.node_position(anchor_door);
    let (mut known, mut blind) = (Vec::new(), Vec::new());
    for &x in candidates {
        let out = camera_sequences(routes, x);
        let meters = frame.distance_meters(routes.node_position(x), at);
        if wanted.iter().all(|&(i, way, w)| key(&out, x, i, way) == w) {
            known.push(meters);
        }
        // Each way the car drove matters, so a door matches on both at once.
        let reachable = |way: Ways| -> HashSet<Passed> {
            (0..doors.len())
                .filter(|&i| doors[i] != x)
                .map(|i| key(&out, x, i, way))
                .collect()
        };
        let shapes = [
            reachable((true, false)),
            reachable((false, true)),
            reachable((true, true)),
        ];
        let shape = |way: Ways| match way {
            (true, false) => &shapes[0],
            (false, true) => &shapes[1],
            _ => &shapes[2],
        };
        if wanted.iter().all(|(_, way, w)| shape(*way).contains(w)) {
            blind.push(meters);
        }
    }
    let resolvable = |alike: &[f64]| {
        let near = alike.iter().filter(|&&d| d <= 500.0).count();
        !alike.is_empty() && near * 2 > alike.len()
    };
    BlindCeiling {
        known: resolvable(&known),
        blind: resolvable(&blind),
    }
}

/// The drives from every mapped door, as [`blind_ceiling`] wants them: the distinct doors
/// and each one's [`camera_sequences`].
pub fn door_sequences(run: &DetailedRun, routes: &RouteModel) -> (Vec<u32>, Vec<Vec<u64>>) {
    let mut doors: Vec<u32> = (0..run.simulation.map.places.len() as PlaceId)
        .map(|p| routes.place_node(p))
        .collect();
    doors.sort_unstable();
    doors.dedup();
    let sequences = doors.iter().map(|&d| camera_sequences(routes, d)).collect();
    (doors, sequences)
}
