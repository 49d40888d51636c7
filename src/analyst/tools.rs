//! The vendor's search tools, as functions over the whole database: Lookup, attribute
//! search ("Vehicle Fingerprint"), Multi-Geo, Convoy, Stakeout and hot-list alerts.
//!
//! What each tool does follows the vendor's and researchers' descriptions in
//! `shared/docs/facts.md`: Lookup over the last 1, 7, 14 or 30 days
//! (haveibeenflocked.com/about/search-types); search by colour, make, body type, roof racks,
//! bumper stickers and temporary tags without a plate (Flock's "Vehicle Fingerprint" and
//! FreeForm); Multi-Geo and Convoy (maryvilleprivacy.org; i2 Convoy analysis); Stakeout
//! (Motorola Vigilant); hot lists (NCIC plus custom lists, checked on every read).
//!
//! Every tool answers from [`SightingIndex`]'s plate and camera indexes, so a query over a
//! million reads costs milliseconds. Results never depend on hash order. No inference here:
//! the profile builds on these tools, not the other way round.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::stays::analyst_day;
use crate::sim::geometry::LocalFrame;
use crate::sim::{
    BodyType, CameraId, Colour, Feature, Fingerprint, LonLat, MINUTES_PER_DAY, Plate, TownMap,
};

/// How far back a Lookup reaches, as the vendor's search form offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Lookback {
    OneDay,
    SevenDays,
    FourteenDays,
    ThirtyDays,
}

impl Lookback {
    /// All four choices, shortest first.
    pub const ALL: [Lookback; 4] = [
        Lookback::OneDay,
        Lookback::SevenDays,
        Lookback::FourteenDays,
        Lookback::ThirtyDays,
    ];

    /// Length of the window in days.
    pub fn days(self) -> u32 {
        match self {
            Lookback::OneDay => 1,
            Lookback::SevenDays => 7,
            Lookback::FourteenDays => 14,
            Lookback::ThirtyDays => 30,
        }
    }
}

/// Every read of one plate in a window, and how often each camera saw it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LookupResult {
    pub plate: Plate,
    /// The window searched, `from_minute <= minute <= to_minute`.
    pub from_minute: u32,
    pub to_minute: u32,
    /// The reads, in time order.
    pub sightings: Vec<SightingRef>,
    /// `(camera, reads)`, most reads first, then by camera.
    pub reads_per_camera: Vec<(CameraId, u32)>,
}

/// Lookup: where `plate` was read in the `lookback` window ending at `now_minute`.
pub fn lookup(
    index: &SightingIndex,
    plate: Plate,
    lookback: Lookback,
    now_minute: u32,
) -> LookupResult {
    let from_minute = now_minute.saturating_sub(lookback.days() * MINUTES_PER_DAY);
    let sightings = index
        .of_plate_between(plate, from_minute..now_minute + 1)
        .to_vec();
    let mut counts: BTreeMap<CameraId, u32> = BTreeMap::new();
    for &r in &sightings {
        *counts.entry(index.get(r).camera).or_default() += 1;
    }
    let mut reads_per_camera: Vec<(CameraId, u32)> = counts.into_iter().collect();
    reads_per_camera.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    LookupResult {
        plate,
        from_minute,
        to_minute: now_minute,
        sightings,
        reads_per_camera,
    }
}

/// A part of the day, for attribute searches ("in the evening").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimeOfDay {
    /// 05:00-12:00.
    Morning,
    /// 12:00-17:00.
    Afternoon,
    /// 17:00-22:00.
    Evening,
    /// 22:00-05:00.
    Night,
}

impl TimeOfDay {
    /// True when a minute (since the simulation start) falls in this part of the day.
    pub fn contains(self, minute: u32) -> bool {
        let m = minute % MINUTES_PER_DAY;
        match self {
            TimeOfDay::Morning => (300..720).contains(&m),
            TimeOfDay::Afternoon => (720..1020).contains(&m),
            TimeOfDay::Evening => (1020..1320).contains(&m),
            TimeOfDay::Night => !(300..1320).contains(&m),
        }
    }
}

/// A search without a plate: every field set must match; unset fields match anything.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AttributeQuery {
    pub colour: Option<Colour>,
    /// Make, compared case-insensitively.
    pub make: Option<String>,
    pub body: Option<BodyType>,
    /// Features the vehicle must all have.
    pub features: Vec<Feature>,
    /// Only reads with `start <= minute < end`.
    pub minutes: Option<Range<u32>>,
    pub time_of_day: Option<TimeOfDay>,
    /// Only reads by these cameras (an area).
    pub cameras: Option<Vec<CameraId>>,
}

impl AttributeQuery {
    /// True when a fingerprint has every attribute the query asks for.
    pub fn matches(&self, fingerprint: &Fingerprint) -> bool {
        self.colour.is_none_or(|c| c == fingerprint.colour)
            && self.body.is_none_or(|b| b == fingerprint.body)
            && self
                .make
                .as_ref()
                .is_none_or(|m| m.eq_ignore_ascii_case(&fingerprint.make))
            && self
                .features
                .iter()
                .all(|f| fingerprint.features.contains(f))
    }
}

/// One vehicle a search found: its plate as read, fingerprint, and matching reads.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VehicleHit {
    pub plate: Plate,
    pub fingerprint: Option<Fingerprint>,
    /// Matching reads in time order.
    pub sightings: Vec<SightingRef>,
}

fn group_by_plate(
    index: &SightingIndex,
    refs: impl Iterator<Item = SightingRef>,
) -> Vec<VehicleHit> {
    let mut groups: BTreeMap<Plate, Vec<SightingRef>> = BTreeMap::new();
    for r in refs {
        groups.entry(index.get(r).plate).or_default().push(r);
    }
    let mut hits: Vec<VehicleHit> = groups
        .into_iter()
        .map(|(plate, mut sightings)| {
            sightings.sort_unstable();
            let fingerprint = index.fingerprint(index.get(sightings[0])).cloned();
            VehicleHit {
                plate,
                fingerprint,
                sightings,
            }
        })
        .collect();
    hits.sort_by(|a, b| {
        b.sightings
            .len()
            .cmp(&a.sightings.len())
            .then(a.plate.cmp(&b.plate))
    });
    hits
}

/// Reads in a time window, optionally only at some cameras, as sighting refs.
fn reads_in(
    index: &SightingIndex,
    cameras: Option<&[CameraId]>,
    minutes: Range<u32>,
) -> Vec<SightingRef> {
    match cameras {
        Some(cameras) => {
            let set: BTreeSet<CameraId> = cameras.iter().copied().collect();
            set.into_iter()
                .flat_map(|c| index.at_camera(c, minutes.clone()).iter().copied())
                .collect()
        }
        None => index.between(minutes).collect(),
    }
}

/// Attribute search: every vehicle whose fingerprint matches, with its matching reads; most
/// reads first.
pub fn search_attributes(index: &SightingIndex, query: &AttributeQuery) -> Vec<VehicleHit> {
    let minutes = query.minutes.clone().unwrap_or(0..u32::MAX);
    let refs = reads_in(index, query.cameras.as_deref(), minutes);
    let matching = refs.into_iter().filter(|&r| {
        let s = index.get(r);
        query.time_of_day.is_none_or(|t| t.contains(s.minute))
            && index.fingerprint(s).is_some_and(|f| query.matches(f))
    });
    group_by_plate(index, matching)
}

/// The cameras within `radius_meters` of a lon/lat point, nearest first.
pub fn cameras_near(map: &TownMap, point: LonLat, radius_meters: f64) -> Vec<CameraId> {
    let frame = LocalFrame::for_map(map);
    let mut near: Vec<(f64, CameraId)> = map
        .cameras
        .iter()
        .enumerate()
        .map(|(c, camera)| (frame.distance_meters(point, camera.position), c as CameraId))
        .filter(|(d, _)| *d <= radius_meters)
        .collect();
    near.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    near.into_iter().map(|(_, c)| c).collect()
}

/// A place on the map as a search chooses it: a name and the cameras that cover it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Area {
    pub name: String,
    pub cameras: Vec<CameraId>,
}

/// A vehicle Multi-Geo found, with the areas (indices into the query's list) it was read in.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MultiGeoHit {
    pub plate: Plate,
    pub areas: Vec<usize>,
    pub sightings: Vec<SightingRef>,
}

/// Multi-Geo: vehicles read in at least `min_areas` of the chosen areas within the window.
pub fn multi_geo(
    index: &SightingIndex,
    areas: &[Area],
    minutes: Range<u32>,
    min_areas: usize,
) -> Vec<MultiGeoHit> {
    let reads: Vec<Vec<SightingRef>> = areas
        .iter()
        .map(|area| reads_in(index, Some(&area.cameras), minutes.clone()))
        .collect();
    // Which areas each plate was seen in, as sorted (plate, area) pairs: cheap even when the
    // areas hold hundreds of thousands of reads, unlike a map of every plate's reads.
    let mut plate_areas: Vec<(Plate, usize)> = reads
        .iter()
        .enumerate()
        .flat_map(|(a, refs)| refs.iter().map(move |&r| (index.get(r).plate, a)))
        .collect();
    plate_areas.sort_unstable();
    plate_areas.dedup();
    let mut found: BTreeMap<Plate, Vec<usize>> = BTreeMap::new();
    for group in plate_areas.chunk_by(|x, y| x.0 == y.0) {
        if group.len() >= min_areas.max(1) {
            found.insert(group[0].0, group.iter().map(|&(_, a)| a).collect());
        }
    }
    // Only the plates that qualify collect their reads.
    let mut evidence: BTreeMap<Plate, Vec<SightingRef>> = BTreeMap::new();
    for &r in reads.iter().flatten() {
        let plate = index.get(r).plate;
        if found.contains_key(&plate) {
            evidence.entry(plate).or_default().push(r);
        }
    }
    let mut hits: Vec<MultiGeoHit> = found
        .into_iter()
        .map(|(plate, areas)| {
            let mut sightings = evidence.remove(&plate).unwrap_or_default();
            sightings.sort_unstable();
            sightings.dedup();
            MultiGeoHit {
                plate,
                areas,
                sightings,
            }
        })
        .collect();
    hits.sort_by(|a, b| {
        b.areas
            .len()
            .cmp(&a.areas.len())
            .then(a.plate.cmp(&b.plate))
    });
    hits
}

/// A vehicle that travelled with the target: read by the same camera within the window.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConvoyHit {
    pub plate: Plate,
    /// The target's reads that had this plate at the same camera within the window.
    pub co_sightings: u32,
    pub distinct_cameras: u32,
    /// Distinct analyst days (03:00 to 03:00) with a co-sighting.
    pub distinct_days: u32,
    /// All reads of this plate in the searched period.
    pub total_sightings: u32,
    /// `(target read, other read)` pairs, in time order.
    pub evidence: Vec<(SightingRef, SightingRef)>,
}

/// Convoy: plates read by the same camera within `window_minutes` of the target's reads, at
/// `min_cameras` or more distinct cameras; most co-sightings first.
pub fn convoy(
    index: &SightingIndex,
    target: Plate,
    window_minutes: u32,
    min_cameras: u32,
    minutes: Range<u32>,
) -> Vec<ConvoyHit> {
    let mut pairs: BTreeMap<Plate, Vec<(SightingRef, SightingRef)>> = BTreeMap::new();
    for &t in index.of_plate_between(target, minutes.clone()) {
        let read = index.get(t);
        let window = read.minute.saturating_sub(window_minutes)..read.minute + window_minutes + 1;
        let mut seen_here: BTreeSet<Plate> = BTreeSet::new();
        for &o in index.at_camera(read.camera, window) {
            let other = index.get(o);
            if other.plate != target && seen_here.insert(other.plate) {
                pairs.entry(other.plate).or_default().push((t, o));
            }
        }
    }
    let mut hits: Vec<ConvoyHit> = pairs
        .into_iter()
        .filter_map(|(plate, evidence)| {
            let cameras: BTreeSet<CameraId> =
                evidence.iter().map(|&(t, _)| index.get(t).camera).collect();
            if (cameras.len() as u32) < min_cameras {
                return None;
            }
            let days: BTreeSet<u32> = evidence
                .iter()
                .map(|&(t, _)| analyst_day(index.get(t).minute))
                .collect();
            Some(ConvoyHit {
                plate,
                co_sightings: evidence.len() as u32,
                distinct_cameras: cameras.len() as u32,
                distinct_days: days.len() as u32,
                total_sightings: index.of_plate_between(plate, minutes.clone()).len() as u32,
                evidence,
            })
        })
        .collect();
    hits.sort_by(|a, b| {
        b.co_sightings
            .cmp(&a.co_sightings)
            .then(a.plate.cmp(&b.plate))
    });
    hits
}

/// Stakeout: every vehicle read by the chosen cameras in the window; most reads first.
pub fn stakeout(
    index: &SightingIndex,
    cameras: &[CameraId],
    minutes: Range<u32>,
) -> Vec<VehicleHit> {
    group_by_plate(index, reads_in(index, Some(cameras), minutes).into_iter())
}

/// A hot-list alert: a listed plate passed a camera.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Alert {
    pub minute: u32,
    pub camera: CameraId,
    pub plate: Plate,
    pub sighting: SightingRef,
}

/// Hot list: the alerts the listed plates raise in the window, in time order (as the
/// network raises them the moment a listed plate passes).
pub fn hot_list_alerts(index: &SightingIndex, plates: &[Plate], minutes: Range<u32>) -> Vec<Alert> {
    let listed: BTreeSet<Plate> = plates.iter().copied().collect();
    let mut alerts: Vec<Alert> = listed
        .iter()
        .flat_map(|&p| index.of_plate_between(p, minutes.clone()).iter().copied())
        .map(|r| {
            let s = index.get(r);
            Alert {
                minute: s.minute,
                camera: s.camera,
                plate: s.plate,
                sighting: r,
            }
        })
        .collect();
    alerts.sort_by_key(|a| (a.minute, a.camera, a.plate, a.sighting));
    alerts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;

    mod lookup_tool {
        use super::*;

        #[test]
        fn one_day_sees_only_the_last_day() {
            let sim = fixtures::commuter_month(2);
            let index = SightingIndex::from_simulation(&sim);
            let now = index.latest_minute().unwrap();
            let plate = sim.vehicles[0].plate;
            let day = lookup(&index, plate, Lookback::OneDay, now);
            let month = lookup(&index, plate, Lookback::ThirtyDays, now);
            assert!(day.sightings.len() < month.sightings.len());
            assert_eq!(month.sightings.len(), index.of_plate(plate).len());
            assert!(
                day.sightings
                    .iter()
                    .all(|&r| index.get(r).minute + MINUTES_PER_DAY >= now)
            );
        }
    }

    mod attribute_search {
        use super::*;

        #[test]
        fn finds_the_silver_suv_with_a_roof_rack_and_nothing_else() {
            let sim = fixtures::commuter_month(2);
            let index = SightingIndex::from_simulation(&sim);
            let query = AttributeQuery {
                colour: Some(Colour::Silver),
                body: Some(BodyType::Suv),
                features: vec![Feature::RoofRack],
                ..AttributeQuery::default()
            };
            let hits = search_attributes(&index, &query);
            let plates: Vec<Plate> = hits.iter().map(|h| h.plate).collect();
            assert_eq!(plates, vec![sim.vehicles[0].plate]);
        }
    }

    mod convoy_tool {
        use super::*;

        #[test]
        fn the_companion_tops_the_convoy_list() {
            let sim = fixtures::commuter_month(3);
            let index = SightingIndex::from_simulation(&sim);
            let hits = convoy(&index, sim.vehicles[0].plate, 2, 2, 0..u32::MAX);
            assert_eq!(hits[0].plate, sim.vehicles[1].plate);
        }
    }

    mod hot_list {
        use super::*;

        #[test]
        fn alerts_come_in_time_order_for_listed_plates_only() {
            let (index, vehicles) = fixtures::two_cars_index();
            let alerts = hot_list_alerts(&index, &[vehicles[1].plate], 0..u32::MAX);
            let minutes: Vec<u32> = alerts.iter().map(|a| a.minute).collect();
            assert_eq!(minutes, vec![10, 31, 50]);
            assert!(alerts.iter().all(|a| a.plate == vehicles[1].plate));
        }
    }

    mod stakeout_and_multi_geo {
        use super::*;

        #[test]
        fn stakeout_lists_every_vehicle_at_the_camera() {
            let (index, _) = fixtures::two_cars_index();
            assert_eq!(stakeout(&index, &[0], 0..60).len(), 2);
            assert_eq!(stakeout(&index, &[2], 0..30).len(), 1);
        }

        #[test]
        fn multi_geo_needs_both_areas() {
            let (index, vehicles) = fixtures::two_cars_index();
            let areas = vec![
                Area {
                    name: "a".into(),
                    cameras: vec![1],
                },
                Area {
                    name: "b".into(),
                    cameras: vec![2],
                },
            ];
            let hits = multi_geo(&index, &areas, 0..40, 2);
            assert_eq!(hits.len(), 1);
            assert_eq!(hits[0].plate, vehicles[0].plate);
        }
    }
}
