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
//! How much of that is the drives' whole camera sequences, and how much the pairing of
//! outward and return drives, shows in three weaker variants: each way matched on its own
//! (a door for the drive out, maybe another for the drive back), and only the drives' ends
//! (the first camera on the way out, the last on the way back: what the analyst's
//! catchments use), paired or not.
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

/// The cameras passed those ways, as [`Drives`]' hashes (0 for a way not driven).
type Passed = (u64, u64);

/// What the blind ceiling sees of each drive.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    /// Every camera passed, in order.
    Whole,
    /// Only the first camera on the way out of the anchor and the last on the way in.
    Ends,
}

/// Whether each ceiling places the anchor within 500 m.
pub struct BlindCeiling {
    /// Knowing the destinations (`evaluate`'s ceiling).
    pub known: bool,
    /// Not knowing them, per [`VARIANT_NAMES`]: the whole drives paired, the whole drives each
    /// way on its own, the drives' ends paired, the ends each way on its own.
    pub blind: [bool; 4],
}

/// The names [`BlindCeiling::blind`]'s variants are printed under: what the ceiling sees of
/// each drive ([`Seen::Whole`], then [`Seen::Ends`]), and whether the drive out to a place
/// and the drive back must end at one door (paired) or each may end at its own.
pub const VARIANT_NAMES: [&str; 4] = [
    "blind",
    "blind_each_way",
    "blind_ends",
    "blind_ends_each_way",
];

/// The fastest drives from one node to every node: per node a hash of the cameras passed in
/// order, and the first and last camera passed (camera + 1; 0 for none). `u64::MAX` where no
/// drive reaches. Two drives pass the same cameras in the same order exactly when their
/// hashes are equal (but for a 64-bit collision).
pub struct Drives {
    whole: Vec<u64>,
    first: Vec<u64>,
    last: Vec<u64>,
}

impl Drives {
    fn from(routes: &RouteModel, from: u32) -> Drives {
        let n = routes.node_count();
        let mut drives = Drives {
            whole: vec![u64::MAX; n],
            first: vec![u64::MAX; n],
            last: vec![u64::MAX; n],
        };
        for (node, before, cameras) in routes.paths_from_cameras(from) {
            let (node, before) = (node as usize, before as usize);
            let (whole, first, last) = if node == before {
                (0, 0, 0)
            } else {
                (
                    drives.whole[before],
                    drives.first[before],
                    drives.last[before],
                )
            };
            drives.whole[node] = whole;
            drives.first[node] = first;
            drives.last[node] = last;
            if let (Some(&head), Some(&tail)) = (cameras.first(), cameras.last()) {
                let mut hasher = DefaultHasher::new();
                (whole, cameras).hash(&mut hasher);
                drives.whole[node] = hasher.finish();
                if first == 0 {
                    drives.first[node] = u64::from(head) + 1;
                }
                drives.last[node] = u64::from(tail) + 1;
            }
        }
        drives
    }

    /// The drive to `node` as `seen` sees it, `out` of the anchor or into it.
    fn seen(&self, node: u32, seen: Seen, out: bool) -> u64 {
        let node = node as usize;
        match (seen, out) {
            (Seen::Whole, _) => self.whole[node],
            (Seen::Ends, true) => self.first[node],
            (Seen::Ends, false) => self.last[node],
        }
    }
}

/// Both ceilings for one anchor place among `candidates` (nodes); `doors` are the mapped
/// places' doors (distinct), where the blind ceiling lets a drive end, and `from_doors`
/// each door's [`Drives`].
pub fn blind_ceiling(
    run: &DetailedRun,
    routes: &RouteModel,
    frame: &LocalFrame,
    anchor: PlaceId,
    candidates: &[u32],
    (doors, from_doors): (&[u32], &[Drives]),
) -> BlindCeiling {
    // The places the car drove to from the anchor and back: (door, out, back).
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
    // The cameras both ways between `x` and door number `i`, as far as `ways` go.
    let passed = |out: &Drives, x: u32, i: usize, ways: Ways, seen: Seen| -> Passed {
        (
            if ways.0 {
                out.seen(doors[i], seen, true)
            } else {
                0
            },
            if ways.1 {
                from_doors[i].seen(x, seen, false)
            } else {
                0
            },
        )
    };
    let anchor_door = routes.place_node(anchor);
    let truth = Drives::from(routes, anchor_door);
    let ends: Vec<(usize, Ways)> = ends
        .iter()
        .map(|&(d, o, b)| (door_index(d), (o, b)))
        .collect();
    let at = routes.node_position(anchor_door);
    // What the car's own drives passed, as each way of seeing them sees it, once.
    let wanted = |seen: Seen| -> Vec<Passed> {
        ends.iter()
            .map(|&(i, ways)| passed(&truth, anchor_door, i, ways, seen))
            .collect()
    };
    let wanted = [wanted(Seen::Whole), wanted(Seen::Ends)];
    let mut known = Vec::new();
    let mut blind: [Vec<f64>; 4] = Default::default();
    for &x in candidates {
        let out = Drives::from(routes, x);
        let meters = frame.distance_meters(routes.node_position(x), at);
        if ends
            .iter()
            .zip(&wanted[0])
            .all(|(&(i, ways), w)| passed(&out, x, i, ways, Seen::Whole) == *w)
        {
            known.push(meters);
        }
        for (s, (seen, wanted)) in [Seen::Whole, Seen::Ends]
            .into_iter()
            .zip(&wanted)
            .enumerate()
        {
            // What the drives between `x` and some door other than itself pass, these ways.
            let reachable = |ways: Ways| -> HashSet<Passed> {
                (0..doors.len())
                    .filter(|&i| doors[i] != x)
                    .map(|i| passed(&out, x, i, ways, seen))
                    .collect()
            };
            let [out_only, back_only, both] =
                [(true, false), (false, true), (true, true)].map(reachable);
            for paired in [true, false] {
                let alike = ends.iter().zip(wanted).all(|(&(_, ways), w)| match ways {
                    (true, true) if paired => both.contains(w),
                    (true, true) => out_only.contains(&(w.0, 0)) && back_only.contains(&(0, w.1)),
                    (true, false) => out_only.contains(w),
                    _ => back_only.contains(w),
                });
                if alike {
                    // In VARIANT_NAMES' order: what is seen, then paired before each way.
                    blind[2 * s + usize::from(!paired)].push(meters);
                }
            }
        }
    }
    let resolvable = |alike: &[f64]| {
        let near = alike.iter().filter(|&&d| d <= crate::WITHIN_METERS).count();
        !alike.is_empty() && near * 2 > alike.len()
    };
    BlindCeiling {
        known: resolvable(&known),
        blind: blind.each_ref().map(|alike| resolvable(alike)),
    }
}

/// The drives from every mapped door, as [`blind_ceiling`] wants them: the distinct doors
/// and each one's [`Drives`].
pub fn door_drives(run: &DetailedRun, routes: &RouteModel) -> (Vec<u32>, Vec<Drives>) {
    let mut doors: Vec<u32> = (0..run.simulation.map.places.len() as PlaceId)
        .map(|p| routes.place_node(p))
        .collect();
    doors.sort_unstable();
    doors.dedup();
    let drives = doors.iter().map(|&d| Drives::from(routes, d)).collect();
    (doors, drives)
}
