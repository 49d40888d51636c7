//! The vendor's database as the analyst queries it: every read, indexed by plate and by
//! camera, so a lookup over a million reads is a binary search, not a scan.
//!
//! The index owns its sightings (in the simulation's order: minute, then camera) and the
//! fingerprint of each vehicle, which stands for what the camera's AI stored with each read.
//! It does not infer anything; [`crate::analyst::profile`] and [`crate::analyst::tools`] do.

use std::collections::HashMap;
use std::ops::Range;

use crate::sim::pace::{PIECES_PER_BREATH, Pace, Straight, straight_through};
use crate::sim::{CameraId, Fingerprint, Plate, Sighting, Simulation, Vehicle};

/// Index of a sighting in [`SightingIndex::sightings`]: what evidence lists hold.
pub type SightingRef = u32;

/// Every sighting, grouped by plate (each group in time order) and by camera (in time order).
#[derive(Clone, Debug, PartialEq)]
pub struct SightingIndex {
    sightings: Vec<Sighting>,
    /// Fingerprints by vehicle id: what the camera's AI recorded with each read.
    fingerprints: Vec<Fingerprint>,
    /// Distinct plates as read, sorted, each with its range in `by_plate`.
    plates: Vec<(Plate, Range<u32>)>,
    /// Sighting refs grouped by plate, each group in time order.
    by_plate: Vec<SightingRef>,
    /// Sighting refs per camera, in time order.
    by_camera: Vec<Vec<SightingRef>>,
}

impl SightingIndex {
    /// Indexes `sightings` (any order; they are sorted by minute, then camera). `vehicles`
    /// supplies each read's fingerprint; `camera_count` the number of cameras on the map.
    pub fn new(sightings: Vec<Sighting>, vehicles: &[Vehicle], camera_count: usize) -> Self {
        straight_through(Self::new_paced(
            sightings,
            vehicles,
            camera_count,
            &mut Straight,
        ))
    }

    /// Like [`SightingIndex::new`], pausing at `pace` between pieces of the work. Reads in
    /// the simulation's order need no sorting; the plate groups are counted, not sorted.
    pub async fn new_paced(
        mut sightings: Vec<Sighting>,
        vehicles: &[Vehicle],
        camera_count: usize,
        pace: &mut impl Pace,
    ) -> Self {
        let key = |s: &Sighting| (s.minute, s.camera, s.plate, s.vehicle);
        if !sightings.is_sorted_by_key(key) {
            sightings.sort_unstable_by_key(key);
        }
        pace.breathe().await;
        // Each read's plate as a slot (plates in the order first read), with its count.
        let mut slot_of: HashMap<Plate, u32> = HashMap::new();
        let (mut slot_plates, mut counts) = (Vec::new(), Vec::<u32>::new());
        let mut slots = Vec::with_capacity(sightings.len());
        for (done, s) in sightings.iter().enumerate() {
            let slot = *slot_of.entry(s.plate).or_insert_with(|| {
                slot_plates.push(s.plate);
                counts.push(0);
                (slot_plates.len() - 1) as u32
            });
            counts[slot as usize] += 1;
            slots.push(slot);
            if done % PIECES_PER_BREATH == 0 {
                pace.breathe().await;
            }
        }
        // The plates sorted, each with its range of `by_plate`.
        let mut order: Vec<usize> = (0..slot_plates.len()).collect();
        order.sort_unstable_by_key(|&slot| slot_plates[slot]);
        let mut next = vec![0u32; slot_plates.len()];
        let mut plates = Vec::with_capacity(order.len());
        let mut start = 0;
        for slot in order {
            next[slot] = start;
            plates.push((slot_plates[slot], start..start + counts[slot]));
            start += counts[slot];
        }
        pace.breathe().await;
        // Each plate's refs in time order: the reads are.
        let mut by_plate: Vec<SightingRef> = vec![0; sightings.len()];
        for (r, &slot) in slots.iter().enumerate() {
            by_plate[next[slot as usize] as usize] = r as SightingRef;
            next[slot as usize] += 1;
            if r % PIECES_PER_BREATH == 0 {
                pace.breathe().await;
            }
        }
        let cameras = camera_count.max(
            sightings
                .iter()
                .map(|s| s.camera as usize + 1)
                .max()
                .unwrap_or(0),
        );
        let mut by_camera = vec![Vec::new(); cameras];
        for (r, s) in sightings.iter().enumerate() {
            by_camera[s.camera as usize].push(r as SightingRef);
            if r % PIECES_PER_BREATH == 0 {
                pace.breathe().await;
            }
        }
        let fingerprints = vehicles.iter().map(|v| v.fingerprint.clone()).collect();
        SightingIndex {
            sightings,
            fingerprints,
            plates,
            by_plate,
            by_camera,
        }
    }

    /// Indexes a whole simulation's database.
    pub fn from_simulation(sim: &Simulation) -> Self {
        Self::new(sim.sightings.clone(), &sim.vehicles, sim.map.cameras.len())
    }

    /// Every sighting, sorted by minute, then camera. [`SightingRef`]s index this slice.
    pub fn sightings(&self) -> &[Sighting] {
        &self.sightings
    }

    /// The sighting a reference points to.
    pub fn get(&self, r: SightingRef) -> &Sighting {
        &self.sightings[r as usize]
    }

    /// Number of sightings.
    pub fn len(&self) -> usize {
        self.sightings.len()
    }

    /// True when the database holds no sighting.
    pub fn is_empty(&self) -> bool {
        self.sightings.is_empty()
    }

    /// Number of cameras the index knows.
    pub fn camera_count(&self) -> usize {
        self.by_camera.len()
    }

    /// The minute of the latest sighting, which "yesterday" and "last 7 days" count back from.
    pub fn latest_minute(&self) -> Option<u32> {
        self.sightings.last().map(|s| s.minute)
    }

    /// Distinct plates as read, sorted.
    pub fn plates(&self) -> impl Iterator<Item = Plate> + '_ {
        self.plates.iter().map(|(p, _)| *p)
    }

    /// Number of distinct plates as read.
    pub fn plate_count(&self) -> usize {
        self.plates.len()
    }

    /// The plate's sightings, in time order (empty if never read).
    pub fn of_plate(&self, plate: Plate) -> &[SightingRef] {
        match self.plates.binary_search_by_key(&plate, |(p, _)| *p) {
            Ok(i) => {
                let range = &self.plates[i].1;
                &self.by_plate[range.start as usize..range.end as usize]
            }
            Err(_) => &[],
        }
    }

    /// The `i`-th distinct plate (sorted order) and its sightings in time order.
    pub fn plate_group(&self, i: usize) -> (Plate, &[SightingRef]) {
        let (plate, range) = &self.plates[i];
        (
            *plate,
            &self.by_plate[range.start as usize..range.end as usize],
        )
    }

    /// The plate's sightings with `minutes.start <= minute < minutes.end`, in time order.
    pub fn of_plate_between(&self, plate: Plate, minutes: Range<u32>) -> &[SightingRef] {
        let refs = self.of_plate(plate);
        let start = refs.partition_point(|&r| self.get(r).minute < minutes.start);
        let end = refs.partition_point(|&r| self.get(r).minute < minutes.end);
        &refs[start..end.max(start)]
    }

    /// Reads by one camera with `minutes.start <= minute < minutes.end`, in time order.
    pub fn at_camera(&self, camera: CameraId, minutes: Range<u32>) -> &[SightingRef] {
        let Some(refs) = self.by_camera.get(camera as usize) else {
            return &[];
        };
        let start = refs.partition_point(|&r| self.get(r).minute < minutes.start);
        let end = refs.partition_point(|&r| self.get(r).minute < minutes.end);
        &refs[start..end.max(start)]
    }

    /// The vehicle fingerprint the camera stored with this read.
    pub fn fingerprint(&self, sighting: &Sighting) -> Option<&Fingerprint> {
        self.fingerprints.get(sighting.vehicle as usize)
    }

    /// Sightings with `minutes.start <= minute < minutes.end`, as a range of refs.
    pub fn between(&self, minutes: Range<u32>) -> Range<SightingRef> {
        let start = self.sightings.partition_point(|s| s.minute < minutes.start);
        let end = self.sightings.partition_point(|s| s.minute < minutes.end);
        start as u32..end.max(start) as u32
    }
}

#[cfg(test)]
mod tests {
    use crate::analyst::fixtures;

    mod lookups {
        use super::fixtures;
        use crate::analyst::SightingIndex;
        use crate::sim::Plate;

        #[test]
        fn groups_a_plates_sightings_in_time_order() {
            let (index, _) = fixtures::two_cars_index();
            let refs = index.of_plate(fixtures::plate("AAA111"));
            assert_eq!(refs.len(), 3);
            let minutes: Vec<u32> = refs.iter().map(|&r| index.get(r).minute).collect();
            assert_eq!(minutes, vec![10, 20, 30]);
        }

        #[test]
        fn unknown_plate_has_no_sightings() {
            let (index, _) = fixtures::two_cars_index();
            assert!(index.of_plate(fixtures::plate("ZZZ999")).is_empty());
        }

        #[test]
        fn a_towns_reads_in_any_order_give_plates_sorted_each_in_time_order() {
            let simulation = crate::sim::simulate(&crate::sim::Scenario {
                population: 300,
                days: 7,
                ..crate::sim::Scenario::default()
            })
            .expect("a small town runs");
            let mut shuffled = simulation.sightings.clone();
            shuffled.reverse();
            let index = SightingIndex::new(shuffled, &simulation.vehicles, 20);
            assert_eq!(index, SightingIndex::from_simulation(&simulation));
            let plates: Vec<Plate> = index.plates().collect();
            assert!(plates.is_sorted(), "plates sorted");
            assert!(plates.len() > 100, "{} plates read", plates.len());
            for plate in plates {
                let refs = index.of_plate(plate);
                assert!(refs.is_sorted(), "{plate:?}'s reads in time order");
                assert!(refs.iter().all(|&r| index.get(r).plate == plate));
            }
            let grouped: usize = index.plates().map(|p| index.of_plate(p).len()).sum();
            assert_eq!(grouped, index.len());
        }

        #[test]
        fn camera_window_is_half_open() {
            let (index, _) = fixtures::two_cars_index();
            assert_eq!(index.at_camera(0, 10..20).len(), 2);
            assert_eq!(index.at_camera(0, 11..20).len(), 0);
        }
    }
}
