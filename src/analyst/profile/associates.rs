//! Associates: plates read next to this one (same camera, within a few minutes) on several
//! days, at several cameras and for a fair share of their own reads, each with the chance
//! it is not a coincidence (Vigilant's "Associate Analysis").
//!
//! Built on the vendor's convoy search ([`crate::analyst::tools::convoy`]); this module
//! must not read [`crate::sim::Sighting::vehicle`] or any truth (a companion is found by
//! plates alone).

use serde::Serialize;

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::tools::convoy;
use crate::sim::{MINUTES_PER_DAY, Plate};

/// Associates: read within this many minutes of the target at the same camera (a partner
/// driving to the same place in their own car leaves a few minutes later).
pub const ASSOCIATE_WINDOW_MINUTES: u32 = 4;

/// Associates: co-sightings on at least this many days.
const MIN_ASSOCIATE_DAYS: u32 = 3;

/// Associates: at least this share of the other plate's reads were next to the target's.
/// Low, because a partner also drives a life of their own; the days and cameras rule out
/// chance (a random car meets the target within minutes at one camera a few times a year).
const MIN_ASSOCIATE_SHARE: f64 = 0.1;

/// The most confidence an associate is stated with. Chance is modelled as independent
/// drives, but neighbours and colleagues on the same schedule are not independent: of the
/// plates that pass the filters below, about four in five were true companions in
/// `examples/evaluate.rs` (20 seeds, 20 cameras: 17 true, 5 not).
const MAX_ASSOCIATE_CONFIDENCE: f64 = 0.8;

/// Associates: at least this share of co-sightings with the other plate on the same side
/// (behind the target, or ahead of it).
const MIN_ASSOCIATE_ONE_SIDE: f64 = 0.8;

/// A plate that travels with this one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Associate {
    pub plate: Plate,
    pub co_sightings: u32,
    pub distinct_cameras: u32,
    pub distinct_days: u32,
    /// Share of the other plate's reads that were next to this plate's.
    pub share_of_their_reads: f64,
    pub confidence: f64,
    pub evidence: Vec<(SightingRef, SightingRef)>,
}

/// Plates seen next to this one (same camera, within [`ASSOCIATE_WINDOW_MINUTES`]) on several
/// days at several cameras, and for a fair share of their own reads.
pub(super) fn find_associates(index: &SightingIndex, plate: Plate) -> Vec<Associate> {
    let hits = convoy(index, plate, ASSOCIATE_WINDOW_MINUTES, 2, 0..u32::MAX);
    let tested = hits.len();
    let target_reads = index.of_plate(plate);
    hits.into_iter()
        .filter_map(|hit| {
            let share = hit.co_sightings as f64 / hit.total_sightings.max(1) as f64;
            // Someone driving along keeps to one side of the target (behind, or ahead); a
            // neighbour who leaves at about the same time is now ahead, now behind.
            let minutes = |r: SightingRef| index.get(r).minute;
            let behind = hit
                .evidence
                .iter()
                .filter(|&&(t, o)| minutes(o) >= minutes(t))
                .count();
            let ahead = hit
                .evidence
                .iter()
                .filter(|&&(t, o)| minutes(o) <= minutes(t))
                .count();
            let one_side = behind.max(ahead) as f64 / hit.evidence.len().max(1) as f64;
            (hit.distinct_days >= MIN_ASSOCIATE_DAYS
                && hit.co_sightings >= 4
                && share >= MIN_ASSOCIATE_SHARE
                && one_side >= MIN_ASSOCIATE_ONE_SIDE)
                .then(|| Associate {
                    plate: hit.plate,
                    co_sightings: hit.co_sightings,
                    distinct_cameras: hit.distinct_cameras,
                    distinct_days: hit.distinct_days,
                    share_of_their_reads: share,
                    confidence: associate_confidence(index, target_reads, &hit, tested),
                    evidence: hit.evidence,
                })
        })
        .collect()
}

/// How likely a plate found next to the target is a real associate rather than chance.
///
/// By chance, the other plate turns up within the window of one of the target's reads as
/// often as it passes that camera at all: over the target's reads, the expected number of
/// chance co-sightings is `λ = Σ reads_of_other_at(camera) · (2w + 1) / minutes_covered`.
/// The chance of at least the observed number under that (Poisson) is the p-value; with
/// `tested` plates looked at, about `tested · p` of them would pass by chance, so the
/// confidence is `1 / (1 + tested · p)` (a prior of one associate among those tested),
/// discounted for few days together and capped at [`MAX_ASSOCIATE_CONFIDENCE`]: drivers
/// on the same schedule are not independent, and a rarely read plate makes `λ` tiny.
fn associate_confidence(
    index: &SightingIndex,
    target_reads: &[SightingRef],
    hit: &crate::analyst::tools::ConvoyHit,
    tested: usize,
) -> f64 {
    let (Some(first), Some(last)) = (target_reads.first(), index.latest_minute()) else {
        return 0.0;
    };
    let covered = (last.saturating_sub(index.get(*first).minute) + MINUTES_PER_DAY) as f64;
    let mut at_camera = vec![0u32; index.camera_count()];
    for &r in index.of_plate(hit.plate) {
        if let Some(count) = at_camera.get_mut(index.get(r).camera as usize) {
            *count += 1;
        }
    }
    let window = (2 * ASSOCIATE_WINDOW_MINUTES + 1) as f64;
    let expected: f64 = target_reads
        .iter()
        .map(|&r| {
            at_camera
                .get(index.get(r).camera as usize)
                .copied()
                .unwrap_or(0) as f64
        })
        .sum::<f64>()
        * window
        / covered;
    // P(X >= k) for X ~ Poisson(expected), summed from the terms below k.
    let k = hit.co_sightings;
    let mut term = (-expected).exp();
    let mut below = 0.0;
    for i in 0..k {
        below += term;
        term *= expected / f64::from(i + 1);
    }
    let p_value = (1.0 - below).max(0.0);
    // Few days together could still be one shared errand: discounted as days / (days + 2).
    let days = f64::from(hit.distinct_days);
    (days / (days + 2.0) / (1.0 + tested as f64 * p_value)).min(MAX_ASSOCIATE_CONFIDENCE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::analyst::profile::tests::profile_of_commuter;

    mod associates {
        use super::*;

        #[test]
        fn finds_the_companion_but_not_the_look_alike_neighbour() {
            let sim = fixtures::commuter_month(11);
            let (profile, _, _) = profile_of_commuter(&sim);
            let plates: Vec<Plate> = profile.associates.iter().map(|a| a.plate).collect();
            assert_eq!(plates, vec![sim.vehicles[1].plate]);
        }

        #[test]
        fn a_companion_is_stated_with_more_confidence_than_a_chance_meeting() {
            let sim = fixtures::commuter_month(11);
            let index = SightingIndex::from_simulation(&sim);
            let plate = sim.vehicles[0].plate;
            let reads = index.of_plate(plate);
            let hits = convoy(&index, plate, ASSOCIATE_WINDOW_MINUTES, 2, 0..u32::MAX);
            let confidence = |h| associate_confidence(&index, reads, h, hits.len());
            let companion = hits
                .iter()
                .find(|h| h.plate == sim.vehicles[1].plate)
                .expect("the companion is beside the car");
            let weakest = hits
                .iter()
                .filter(|h| h.plate != companion.plate)
                .min_by_key(|h| h.co_sightings)
                .expect("some other plate was beside the car");
            assert!(confidence(companion) >= 0.5, "{}", confidence(companion));
            assert!(confidence(companion) <= MAX_ASSOCIATE_CONFIDENCE);
            assert!(
                confidence(weakest) < 0.5,
                "{} co-sightings: {}",
                weakest.co_sightings,
                confidence(weakest)
            );
        }
    }
}
