//! How few reads single a car out: for k = 1..8, the share of vehicles whose k reads, drawn
//! at random from their own, match no other vehicle (de Montjoye et al. 2013, "Unique in the
//! Crowd", Sci. Rep. 3:1376: with hourly times and antenna-sized places, 4 points identified
//! 95% of 1.5 million people). A point here is (camera, hour of the simulation); a vehicle is
//! its plate as read. Also the home/work pair (Golle & Partridge 2009): how many vehicles
//! share a car's home area and work area.
//!
//! An inverted index (point -> sorted list of plates) answers "who else has all k points" by
//! intersecting the shortest lists first; [`PointIndex::is_unique_brute_force`] is the
//! reference the tests compare it with. Sampling is seeded (`rand_pcg::Pcg64`, u32 draws).

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use serde::Serialize;

use crate::analyst::index::SightingIndex;
use crate::analyst::stays::analyst_day;
use crate::sim::pace::{Pace, Straight, straight_through};
use crate::sim::{CameraId, MINUTES_PER_DAY, Plate, Weekday};

/// Every plate's set of (camera, hour) points, and for every point the plates that have it.
#[derive(Clone, Debug, PartialEq)]
pub struct PointIndex {
    plates: Vec<Plate>,
    /// Per plate: sorted, distinct point ids.
    points: Vec<Vec<u32>>,
    /// Per point id: sorted plate numbers (indices into `plates`).
    postings: Vec<Vec<u32>>,
}

impl PointIndex {
    /// Builds the point sets from the database; point id = hour * cameras + camera.
    pub fn new(index: &SightingIndex) -> PointIndex {
        straight_through(Self::new_paced(index, &mut Straight))
    }

    /// Like [`PointIndex::new`], pausing at `pace` between plates.
    pub async fn new_paced(index: &SightingIndex, pace: &mut impl Pace) -> PointIndex {
        let cameras = index.camera_count().max(1) as u32;
        let hours = index.latest_minute().map_or(0, |m| m / 60 + 1);
        let mut postings = vec![Vec::new(); (hours * cameras) as usize];
        let mut plates = Vec::with_capacity(index.plate_count());
        let mut points = Vec::with_capacity(index.plate_count());
        for i in 0..index.plate_count() {
            pace.breathe().await;
            let (plate, refs) = index.plate_group(i);
            let mut set: Vec<u32> = refs
                .iter()
                .map(|&r| {
                    let s = index.get(r);
                    (s.minute / 60) * cameras + s.camera as u32
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            for &p in &set {
                postings[p as usize].push(i as u32);
            }
            plates.push(plate);
            points.push(set);
        }
        PointIndex {
            plates,
            points,
            postings,
        }
    }

    /// Number of plates.
    pub fn plate_count(&self) -> usize {
        self.plates.len()
    }

    /// The plate's sorted point ids.
    pub fn points_of(&self, plate_number: u32) -> &[u32] {
        &self.points[plate_number as usize]
    }

    /// True when no plate other than `plate_number` has every one of `points`.
    pub fn is_unique(&self, plate_number: u32, points: &[u32]) -> bool {
        let mut lists: Vec<&[u32]> = points
            .iter()
            .map(|&p| self.postings[p as usize].as_slice())
            .collect();
        lists.sort_by_key(|l| l.len());
        let Some((shortest, rest)) = lists.split_first() else {
            return self.plates.len() <= 1;
        };
        !shortest
            .iter()
            .filter(|&&other| other != plate_number)
            .any(|other| rest.iter().all(|l| l.binary_search(other).is_ok()))
    }

    /// The same answer by checking every other plate's set: the reference for tests.
    pub fn is_unique_brute_force(&self, plate_number: u32, points: &[u32]) -> bool {
        !(0..self.plates.len() as u32)
            .filter(|&o| o != plate_number)
            .any(|o| {
                let set = &self.points[o as usize];
                points.iter().all(|p| set.binary_search(p).is_ok())
            })
    }
}

/// The share of vehicles unique with `points` random points of their own.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UniquenessAtK {
    pub points: u32,
    pub unique_fraction: f64,
    /// Draws tested (vehicles with at least `points` points, times draws per vehicle).
    pub draws: u32,
}

/// How to sample.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct UniquenessSettings {
    /// k runs from 1 to this.
    pub max_points: u32,
    /// At most this many vehicles are sampled.
    pub max_vehicles: u32,
    pub draws_per_vehicle: u32,
    pub seed: u64,
}

impl Default for UniquenessSettings {
    fn default() -> Self {
        UniquenessSettings {
            max_points: 8,
            max_vehicles: 1_000,
            draws_per_vehicle: 2,
            seed: 2013,
        }
    }
}

/// Uniqueness for k = 1..max_points.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UniquenessReport {
    pub by_points: Vec<UniquenessAtK>,
    pub vehicles_in_database: u32,
    pub vehicles_sampled: u32,
}

/// de Montjoye's test over the database, with the default settings.
pub fn uniqueness(index: &SightingIndex) -> UniquenessReport {
    straight_through(uniqueness_paced(index, &mut Straight))
}

/// Like [`uniqueness`], pausing at `pace` between vehicles.
pub async fn uniqueness_paced(index: &SightingIndex, pace: &mut impl Pace) -> UniquenessReport {
    let points = PointIndex::new_paced(index, pace).await;
    uniqueness_with_paced(&points, UniquenessSettings::default(), pace).await
}

/// Draws `k` distinct points of `set` at random into `out`.
fn draw(rng: &mut Pcg64, set: &[u32], k: usize, scratch: &mut Vec<u32>, out: &mut Vec<u32>) {
    scratch.clear();
    scratch.extend_from_slice(set);
    for i in 0..k {
        let j = i + rng.random_range(0..(scratch.len() - i) as u32) as usize;
        scratch.swap(i, j);
    }
    out.clear();
    out.extend_from_slice(&scratch[..k]);
}

/// de Montjoye's test over a prepared point index.
pub fn uniqueness_with(points: &PointIndex, settings: UniquenessSettings) -> UniquenessReport {
    straight_through(uniqueness_with_paced(points, settings, &mut Straight))
}

/// Like [`uniqueness_with`], pausing at `pace` between vehicles.
pub async fn uniqueness_with_paced(
    points: &PointIndex,
    settings: UniquenessSettings,
    pace: &mut impl Pace,
) -> UniquenessReport {
    let mut rng = Pcg64::seed_from_u64(settings.seed);
    let mut candidates: Vec<u32> = (0..points.plate_count() as u32)
        .filter(|&p| !points.points_of(p).is_empty())
        .collect();
    let sample = (settings.max_vehicles as usize).min(candidates.len());
    for i in 0..sample {
        let j = i + rng.random_range(0..(candidates.len() - i) as u32) as usize;
        candidates.swap(i, j);
    }
    candidates.truncate(sample);
    let (mut scratch, mut chosen) = (Vec::new(), Vec::new());
    let mut by_points = Vec::with_capacity(settings.max_points as usize);
    for k in 1..=settings.max_points {
        let (mut unique, mut draws) = (0u32, 0u32);
        for &plate in &candidates {
            pace.breathe().await;
            let set = points.points_of(plate);
            if set.len() < k as usize {
                continue;
            }
            for _ in 0..settings.draws_per_vehicle {
                draw(&mut rng, set, k as usize, &mut scratch, &mut chosen);
                draws += 1;
                if points.is_unique(plate, &chosen) {
                    unique += 1;
                }
            }
        }
        by_points.push(UniquenessAtK {
            points: k,
            unique_fraction: if draws == 0 {
                0.0
            } else {
                unique as f64 / draws as f64
            },
            draws,
        });
    }
    UniquenessReport {
        by_points,
        vehicles_in_database: points.plate_count() as u32,
        vehicles_sampled: sample as u32,
    }
}

/// How many vehicles share one car's home area and work area, where an area is the camera
/// that reads the car first each morning (home) and last before its weekday daytime stop
/// (work): camera-sized areas, as Golle & Partridge used census blocks and tracts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HomeWorkCrowd {
    pub home_camera: Option<CameraId>,
    pub work_camera: Option<CameraId>,
    /// Vehicles (this one included) with the same home area.
    pub same_home: u32,
    /// Vehicles (this one included) with the same work area.
    pub same_work: u32,
    /// Vehicles (this one included) with the same pair; 1 means the pair alone singles it out.
    pub same_pair: u32,
}

/// A plate's home and work areas by the commonest morning-first and work-arrival cameras.
fn areas(index: &SightingIndex, refs: &[u32]) -> (Option<CameraId>, Option<CameraId>) {
    let mut firsts: BTreeMap<CameraId, u32> = BTreeMap::new();
    let mut arrivals: BTreeMap<CameraId, u32> = BTreeMap::new();
    for (i, &r) in refs.iter().enumerate() {
        let s = index.get(r);
        let previous = i.checked_sub(1).map(|p| index.get(refs[p]));
        if previous.is_none_or(|p| analyst_day(p.minute) != analyst_day(s.minute)) {
            *firsts.entry(s.camera).or_default() += 1;
        }
        if let Some(next) = refs.get(i + 1).map(|&n| index.get(n)) {
            let of_day = s.minute % MINUTES_PER_DAY;
            if !Weekday::of_minute(s.minute).is_weekend()
                && (5 * 60..13 * 60).contains(&of_day)
                && next.minute >= s.minute + 180
                && analyst_day(next.minute) == analyst_day(s.minute)
            {
                *arrivals.entry(s.camera).or_default() += 1;
            }
        }
    }
    let commonest = |m: BTreeMap<CameraId, u32>| {
        m.into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(c, _)| c)
    };
    (commonest(firsts), commonest(arrivals))
}

/// Golle & Partridge's count for one plate over the whole database.
pub fn home_work_crowd(index: &SightingIndex, plate: Plate) -> HomeWorkCrowd {
    let (home_camera, work_camera) = areas(index, index.of_plate(plate));
    let (mut same_home, mut same_work, mut same_pair) = (0, 0, 0);
    for i in 0..index.plate_count() {
        let (_, refs) = index.plate_group(i);
        let (h, w) = areas(index, refs);
        let home_match = home_camera.is_some() && h == home_camera;
        let work_match = work_camera.is_some() && w == work_camera;
        same_home += home_match as u32;
        same_work += work_match as u32;
        same_pair += (home_match && work_match) as u32;
    }
    HomeWorkCrowd {
        home_camera,
        work_camera,
        same_home,
        same_work,
        same_pair,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::sim::{Sighting, TravelDirection, Vehicle};

    fn random_database(seed: u64, vehicles: u32, reads: u32) -> SightingIndex {
        let mut rng = Pcg64::seed_from_u64(seed);
        let sightings: Vec<Sighting> = (0..reads)
            .map(|_| {
                let v = rng.random_range(0..vehicles);
                Sighting {
                    camera: rng.random_range(0..4u32) as CameraId,
                    minute: rng.random_range(0..6 * 60u32),
                    plate: Plate::parse(&format!("P{v}")).unwrap(),
                    direction: TravelDirection::North,
                    vehicle: v,
                }
            })
            .collect();
        SightingIndex::new(sightings, &Vec::<Vehicle>::new(), 4)
    }

    mod de_montjoye {
        use super::*;

        #[test]
        fn the_index_agrees_with_brute_force() {
            for seed in 0..5 {
                let index = random_database(seed, 40, 400);
                let points = PointIndex::new(&index);
                let mut rng = Pcg64::seed_from_u64(seed + 100);
                let (mut scratch, mut chosen) = (Vec::new(), Vec::new());
                for plate in 0..points.plate_count() as u32 {
                    let set = points.points_of(plate).to_vec();
                    for k in 1..=set.len().min(4) {
                        draw(&mut rng, &set, k, &mut scratch, &mut chosen);
                        assert_eq!(
                            points.is_unique(plate, &chosen),
                            points.is_unique_brute_force(plate, &chosen),
                            "seed {seed} plate {plate} points {chosen:?}"
                        );
                    }
                }
            }
        }

        #[test]
        fn more_points_never_make_a_draw_less_unique() {
            let index = random_database(9, 40, 600);
            let points = PointIndex::new(&index);
            for plate in 0..points.plate_count() as u32 {
                let set = points.points_of(plate);
                for k in 1..set.len() {
                    if points.is_unique(plate, &set[..k]) {
                        assert!(points.is_unique(plate, &set[..k + 1]));
                    }
                }
            }
        }

        #[test]
        fn the_same_seed_gives_the_same_report() {
            let sim = fixtures::commuter_month(4);
            let index = SightingIndex::from_simulation(&sim);
            assert_eq!(uniqueness(&index), uniqueness(&index));
            let report = uniqueness(&index);
            assert_eq!(report.by_points.len(), 8);
        }
    }

    mod golle_partridge {
        use super::*;

        #[test]
        fn the_companion_shares_the_commuters_pair() {
            let sim = fixtures::commuter_month(4);
            let index = SightingIndex::from_simulation(&sim);
            let crowd = home_work_crowd(&index, sim.vehicles[0].plate);
            assert!(crowd.home_camera.is_some() && crowd.work_camera.is_some());
            assert!(crowd.same_pair >= 2, "{crowd:?}");
            assert!(crowd.same_pair <= crowd.same_home.min(crowd.same_work));
        }
    }
}
