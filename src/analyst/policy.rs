//! Policy levers and what survives them: retention, hit-only storage, sharing limits and
//! fewer cameras, applied to the database, then the analyst re-run on what is left.
//!
//! Presets are named after real laws and set-ups (`shared/docs/facts.md`); their names and
//! citations, as a visitor reads them, are in `text::preset_name` and `text::tools::preset_citation`:
//! - the common set-up: Flock's 30 days from capture (flocksafety.com/flock-evidence-policy)
//!   and National Lookup, which sharing is opt-in but about three agencies in four use
//!   (Wyden/Krishnamoorthi letter of November 2025, reported second-hand);
//! - New Hampshire RSA 261:75-b: purged within 3 minutes unless it matches a hot list;
//! - Maine: 21 days (NCSL table); Virginia HB 2724 (2025), Va. Code 2.2-5517: 21 days,
//!   limited purposes, and no sharing outside Virginia's own agencies (modelled as statewide
//!   sharing at most, as California);
//! - California SB 34 (2015): no sharing with out-of-state or federal agencies or private
//!   entities (AG bulletin 2023-DLE-06); modelled as statewide sharing at most;
//! - Illinois HB 3326 (2023): no sharing for immigration enforcement or reproductive-health
//!   investigations; modelled as banned search purposes;
//! - Massachusetts H.3431 (2023-24, sent to study): police erase within 48 hours (a state
//!   office could have kept data sent to it for 120 days; not modelled: the town's police
//!   database is what the lab shows).
//!
//! This module filters and compares; it does not infer (the profile does).

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use serde::{Deserialize, Serialize};

use crate::analyst::index::SightingIndex;
use crate::analyst::profile::{Profile, build_profile};
use crate::analyst::routes::RouteModel;
use crate::analyst::sharing::{Access, SearchPurpose, SharingSetting, who_can_query};
use crate::sim::{CameraId, LonLat, MINUTES_PER_DAY, PlaceId, Plate, Sighting, Simulation};

/// How long reads are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Retention {
    /// New Hampshire RSA 261:75-b: purged within 3 minutes unless on a hot list.
    ThreeMinutesUnlessHit,
    /// Massachusetts H.3431 (proposed): 48 hours.
    FortyEightHours,
    /// Maine; Virginia HB 2724: 21 days.
    TwentyOneDays,
    /// Flock's default: 30 days.
    ThirtyDays,
    OneYear,
}

impl Retention {
    /// How old, in minutes, a read not on a hot list may be and still be held.
    pub fn max_age_minutes(self) -> u32 {
        match self {
            Retention::ThreeMinutesUnlessHit => 3,
            Retention::FortyEightHours => 2 * MINUTES_PER_DAY,
            Retention::TwentyOneDays => 21 * MINUTES_PER_DAY,
            Retention::ThirtyDays => 30 * MINUTES_PER_DAY,
            Retention::OneYear => 365 * MINUTES_PER_DAY,
        }
    }
}

/// Which cameras keep running.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CameraSelection {
    All,
    /// A share (0..1) of the cameras, chosen by a seeded shuffle.
    Fraction {
        share: f64,
        seed: u64,
    },
    Subset(Vec<CameraId>),
}

impl CameraSelection {
    /// `percent` of the cameras running (the policy lab's lever), picked by a shuffle seeded
    /// with `seed` (the run's); all of them at 100 or more.
    pub fn running(percent: u32, seed: u64) -> CameraSelection {
        if percent >= 100 {
            CameraSelection::All
        } else {
            CameraSelection::Fraction {
                share: f64::from(percent) / 100.0,
                seed,
            }
        }
    }

    /// The percent of the cameras running, as the policy lab's lever reads it: 100 for all
    /// of them or a list.
    pub fn percent(&self) -> u32 {
        match self {
            CameraSelection::Fraction { share, .. } => (share * 100.0).round() as u32,
            _ => 100,
        }
    }

    /// The cameras kept, sorted, out of `camera_count`.
    pub fn kept(&self, camera_count: usize) -> Vec<CameraId> {
        let mut kept: Vec<CameraId> = match self {
            CameraSelection::All => (0..camera_count as CameraId).collect(),
            CameraSelection::Subset(list) => list
                .iter()
                .copied()
                .filter(|&c| (c as usize) < camera_count)
                .collect(),
            CameraSelection::Fraction { share, seed } => {
                let mut order: Vec<CameraId> = (0..camera_count as CameraId).collect();
                let mut rng = Pcg64::seed_from_u64(*seed);
                for i in (1..order.len()).rev() {
                    let j = rng.random_range(0..=i as u32) as usize;
                    order.swap(i, j);
                }
                let n = (share.clamp(0.0, 1.0) * camera_count as f64).round() as usize;
                order.truncate(n);
                order
            }
        };
        kept.sort_unstable();
        kept.dedup();
        kept
    }
}

/// A set of levers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    pub retention: Retention,
    /// Store only reads that match the hot list.
    pub hit_only: bool,
    pub sharing: SharingSetting,
    /// Search purposes the law forbids sharing for (Illinois HB 3326).
    pub banned_purposes: Vec<SearchPurpose>,
    pub cameras: CameraSelection,
    /// The hot list reads are checked against (NCIC plus the agency's own list).
    pub hot_list: Vec<Plate>,
}

impl Policy {
    /// The common set-up: Flock's default 30 days, every read, every camera, and National
    /// Lookup switched on. Sharing is opt-in; about three agencies in four opt in.
    pub fn common_setup() -> Policy {
        Policy {
            retention: Retention::ThirtyDays,
            hit_only: false,
            sharing: SharingSetting::National,
            banned_purposes: Vec::new(),
            cameras: CameraSelection::All,
            hot_list: Vec::new(),
        }
    }

    /// True when a read is kept as of `now_minute`.
    pub fn keeps(&self, sighting: &Sighting, now_minute: u32, cameras: &[CameraId]) -> bool {
        let hit = self.hot_list.contains(&sighting.plate);
        sighting.minute <= now_minute
            && cameras.binary_search(&sighting.camera).is_ok()
            && (hit || !self.hit_only)
            && (hit || now_minute - sighting.minute <= self.retention.max_age_minutes())
    }
}

/// The law or set-up a preset stands for; `text::preset_name` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum PresetSource {
    /// 30 days and National Lookup, as about three agencies in four run it.
    CommonSetup,
    NewHampshire,
    MassachusettsH3431,
    Maine,
    Virginia,
    California,
    Illinois,
    /// No statute: an agency keeping a year of reads.
    OneYear,
}

/// A policy with the law or set-up it stands for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PolicyPreset {
    pub source: PresetSource,
    pub policy: Policy,
}

/// The index in [`presets`] of the preset from `source`.
pub fn preset_index(source: PresetSource) -> Option<usize> {
    presets().iter().position(|preset| preset.source == source)
}

/// The presets, from the common set-up to the strictest law, then a year.
pub fn presets() -> Vec<PolicyPreset> {
    let base = Policy::common_setup();
    vec![
        PolicyPreset {
            source: PresetSource::CommonSetup,
            policy: base.clone(),
        },
        PolicyPreset {
            source: PresetSource::NewHampshire,
            policy: Policy {
                retention: Retention::ThreeMinutesUnlessHit,
                hit_only: true,
                ..base.clone()
            },
        },
        PolicyPreset {
            source: PresetSource::MassachusettsH3431,
            policy: Policy {
                retention: Retention::FortyEightHours,
                ..base.clone()
            },
        },
        PolicyPreset {
            source: PresetSource::Maine,
            policy: Policy {
                retention: Retention::TwentyOneDays,
                ..base.clone()
            },
        },
        PolicyPreset {
            source: PresetSource::Virginia,
            policy: Policy {
                retention: Retention::TwentyOneDays,
                sharing: SharingSetting::Statewide,
                ..base.clone()
            },
        },
        PolicyPreset {
            source: PresetSource::California,
            policy: Policy {
                sharing: SharingSetting::Statewide,
                ..base.clone()
            },
        },
        PolicyPreset {
            source: PresetSource::Illinois,
            policy: Policy {
                banned_purposes: vec![
                    SearchPurpose::Immigration,
                    SearchPurpose::ReproductiveHealth,
                ],
                ..base.clone()
            },
        },
        PolicyPreset {
            source: PresetSource::OneYear,
            policy: Policy {
                retention: Retention::OneYear,
                ..base
            },
        },
    ]
}

/// The reads the database still holds at `now_minute` under `policy`.
pub fn apply(policy: &Policy, sim: &Simulation, now_minute: u32) -> Vec<Sighting> {
    let cameras = policy.cameras.kept(sim.map.cameras.len());
    sim.sightings
        .iter()
        .filter(|s| policy.keeps(s, now_minute, &cameras))
        .copied()
        .collect()
}

/// The headline of a profile, to compare before and after a policy.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProfileSummary {
    pub sightings: u32,
    /// Position (lon/lat degrees) and radius in meters.
    pub home: Option<(LonLat, f64)>,
    pub work: Option<(LonLat, f64)>,
    pub places: Vec<PlaceId>,
    pub sensitive_places: Vec<PlaceId>,
    pub associates: Vec<Plate>,
    pub trips_out_of_town: u32,
    /// Weekdays with a pass prediction stated at 0.5 or more (the profile's calibrated
    /// confidence: about half or more of such predictions come true).
    pub predictable_weekdays: u32,
}

impl ProfileSummary {
    pub fn of(profile: &Profile) -> ProfileSummary {
        ProfileSummary {
            sightings: profile.sightings.len() as u32,
            home: profile.home.as_ref().map(|a| (a.position, a.radius_meters)),
            work: profile.work.as_ref().map(|a| (a.position, a.radius_meters)),
            places: profile.places.iter().map(|p| p.place).collect(),
            sensitive_places: profile.sensitive_places_visited(),
            associates: profile.associates.iter().map(|a| a.plate).collect(),
            trips_out_of_town: profile.trips_out_of_town.len() as u32,
            predictable_weekdays: profile
                .routine
                .predictions
                .iter()
                .filter(|p| p.probability >= 0.5)
                .count() as u32,
        }
    }
}

/// One thing the analyst can (or can no longer) tell.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Inference {
    Home,
    Work,
    Routine,
    Place { place: PlaceId, sensitive: bool },
    Associate(Plate),
    TripsOutOfTown,
}

/// What a policy leaves inferable about one plate, and what it takes away.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PolicyOutcome {
    pub now_minute: u32,
    /// Under the common set-up ([`Policy::common_setup`]).
    pub before: ProfileSummary,
    /// Under the policy.
    pub after: ProfileSummary,
    /// Inferable before, not after.
    pub lost: Vec<Inference>,
    /// Still inferable after.
    pub kept: Vec<Inference>,
    pub access_before: Access,
    pub access_after: Access,
}

fn inferences(summary: &ProfileSummary) -> Vec<Inference> {
    let mut out = Vec::new();
    if summary.home.is_some() {
        out.push(Inference::Home);
    }
    if summary.work.is_some() {
        out.push(Inference::Work);
    }
    if summary.predictable_weekdays > 0 {
        out.push(Inference::Routine);
    }
    for &place in &summary.places {
        out.push(Inference::Place {
            place,
            sensitive: summary.sensitive_places.contains(&place),
        });
    }
    out.extend(summary.associates.iter().map(|&p| Inference::Associate(p)));
    if summary.trips_out_of_town > 0 {
        out.push(Inference::TripsOutOfTown);
    }
    out
}

/// Re-runs the analyst on `plate` under the common set-up and under `policy`, both as of
/// `now_minute`, and lists what is lost. `routes` must be built from `sim.map`.
pub fn compare(
    sim: &Simulation,
    routes: &RouteModel,
    plate: Plate,
    policy: &Policy,
    now_minute: u32,
) -> PolicyOutcome {
    let summary = |p: &Policy| {
        let index = SightingIndex::new(
            apply(p, sim, now_minute),
            &sim.vehicles,
            sim.map.cameras.len(),
        );
        ProfileSummary::of(&build_profile(&index, routes, &sim.map, plate))
    };
    let before = summary(&Policy::common_setup());
    let after = summary(policy);
    let (was, is) = (inferences(&before), inferences(&after));
    PolicyOutcome {
        now_minute,
        lost: was.iter().filter(|i| !is.contains(i)).cloned().collect(),
        kept: is,
        access_before: who_can_query(Policy::common_setup().sharing, &sim.map),
        access_after: who_can_query(policy.sharing, &sim.map),
        before,
        after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;

    mod levers {
        use super::*;

        #[test]
        fn three_minutes_unless_hit_leaves_no_home_and_no_work() {
            let sim = fixtures::commuter_month(5);
            let routes = RouteModel::new(&sim.map);
            let now = sim.sightings.last().unwrap().minute;
            let nh = presets()
                .into_iter()
                .find(|p| p.source == PresetSource::NewHampshire)
                .unwrap();
            let outcome = compare(&sim, &routes, sim.vehicles[0].plate, &nh.policy, now);
            assert!(outcome.before.home.is_some() && outcome.before.work.is_some());
            assert!(outcome.after.home.is_none() && outcome.after.work.is_none());
            assert!(
                outcome.lost.contains(&Inference::Home) && outcome.lost.contains(&Inference::Work)
            );
        }

        #[test]
        fn a_hot_listed_plate_survives_the_three_minute_purge() {
            let sim = fixtures::commuter_month(5);
            let now = sim.sightings.last().unwrap().minute;
            let listed = sim.vehicles[3].plate;
            let policy = Policy {
                retention: Retention::ThreeMinutesUnlessHit,
                hit_only: true,
                hot_list: vec![listed],
                ..Policy::common_setup()
            };
            let kept = apply(&policy, &sim, now);
            assert!(!kept.is_empty() && kept.iter().all(|s| s.plate == listed));
        }

        #[test]
        fn forty_eight_hours_keeps_two_days() {
            let sim = fixtures::commuter_month(5);
            let now = sim.sightings.last().unwrap().minute;
            let policy = Policy {
                retention: Retention::FortyEightHours,
                ..Policy::common_setup()
            };
            let kept = apply(&policy, &sim, now);
            assert!(kept.iter().all(|s| now - s.minute <= 2 * MINUTES_PER_DAY));
            assert!(kept.len() < sim.sightings.len());
        }

        #[test]
        fn half_the_cameras_is_a_half_the_seed_picks() {
            let half = |seed| CameraSelection::Fraction { share: 0.5, seed }.kept(20);
            let kept = half(9);
            assert_eq!(kept.len(), 10);
            assert!(kept.windows(2).all(|w| w[0] < w[1]) && kept.iter().all(|&c| c < 20));
            assert!(
                (10..20).any(|seed| half(seed) != kept),
                "the seed chooses which half"
            );
        }

        #[test]
        fn the_common_setup_keeps_thirty_days_and_opts_in_to_national_lookup() {
            let common = Policy::common_setup();
            assert_eq!(common.retention, Retention::ThirtyDays);
            assert_eq!(common.sharing, SharingSetting::National);
            assert!(!common.hit_only && common.banned_purposes.is_empty());
            assert_eq!(presets()[0].source, PresetSource::CommonSetup);
            assert_eq!(presets()[0].policy, common);
        }

        #[test]
        fn virginia_keeps_twenty_one_days_and_shares_only_within_the_state() {
            let va = presets()
                .into_iter()
                .find(|p| p.source == PresetSource::Virginia)
                .unwrap();
            assert_eq!(va.policy.retention, Retention::TwentyOneDays);
            assert_eq!(va.policy.sharing, SharingSetting::Statewide);
        }

        #[test]
        fn california_limits_who_can_query() {
            let sim = fixtures::commuter_month(5);
            let routes = RouteModel::new(&sim.map);
            let ca = presets()
                .into_iter()
                .find(|p| p.source == PresetSource::California)
                .unwrap();
            let outcome = compare(&sim, &routes, sim.vehicles[0].plate, &ca.policy, 40_000);
            assert!(outcome.access_after.total_agencies < outcome.access_before.total_agencies);
        }
    }
}
