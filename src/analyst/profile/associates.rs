//! Associates: plates read next to this one (same camera, within a few minutes) on several
//! days, at several cameras and for a fair share of their own reads, each with the chance
//! it is not a coincidence (Vigilant's "Associate Analysis").
//!
//! The coincidence is judged against the other plate's own habits: a stranger who takes the
//! same arterial at the same hour every weekday meets this car as often on other weeks as
//! on the same day, while a companion meets it only on the days they drive together. On a
//! real network, where a few dozen cameras sit on the arterials everyone uses, that is what
//! tells a partner from a fellow commuter.
//!
//! Built on the vendor's convoy search ([`crate::analyst::tools::convoy`]); this module
//! must not read [`crate::sim::Sighting::vehicle`] or any truth (a companion is found by
//! plates alone).

use serde::Serialize;

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::stays::STAY_GAP_MINUTES;
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

/// The other weeks a co-sighting is looked for by chance: the target's read shifted by
/// whole weeks (so a Tuesday 8:02 read is compared with the other plate's reads on other
/// Tuesdays at 8:02), up to four weeks either way.
const CHANCE_WEEKS: [i64; 8] = [-4, -3, -2, -1, 1, 2, 3, 4];

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
            let one_side = on_one_side(index, &hit) as f64 / hit.evidence.len().max(1) as f64;
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

/// How many of the co-sightings put the other plate on its usual side of the target
/// (behind, or ahead; the same minute counts for both). Someone driving along keeps to one
/// side; a neighbour who leaves at about the same time is now ahead, now behind.
fn on_one_side(index: &SightingIndex, hit: &crate::analyst::tools::ConvoyHit) -> usize {
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
    behind.max(ahead)
}

/// The co-sightings grouped into meetings, one per drive of the target (its reads less than
/// [`STAY_GAP_MINUTES`] apart): a stranger on the same arterial is read beside the target
/// at each camera of the stretch they share, one coincidence however many cameras. Each
/// meeting's side is its first co-sighting's: (behind or level, ahead or level).
fn meetings(index: &SightingIndex, hit: &crate::analyst::tools::ConvoyHit) -> Vec<(bool, bool)> {
    let mut out = Vec::new();
    let mut last_minute: Option<u32> = None;
    for &(t, o) in &hit.evidence {
        let (mine, theirs) = (index.get(t).minute, index.get(o).minute);
        if last_minute.is_none_or(|m| mine.saturating_sub(m) >= STAY_GAP_MINUTES) {
            out.push((theirs >= mine, theirs <= mine));
        }
        last_minute = Some(mine);
    }
    out
}

/// The chance that `n` meetings at random minutes of the window fall `on_one_side` or
/// more on one side of the target: a chance read is behind (or at the same minute) with
/// probability `(w + 1) / (2w + 1)`, either side may be the usual one (doubled, at most 1).
fn one_side_p_value(n: usize, on_one_side: usize) -> f64 {
    let w = f64::from(ASSOCIATE_WINDOW_MINUTES);
    let q = (w + 1.0) / (2.0 * w + 1.0);
    // P(Binomial(n, q) >= on_one_side), term by term in logarithms (n can be hundreds).
    let mut ln_choose = 0.0;
    let mut tail = 0.0;
    for i in 0..=n {
        if i > 0 {
            ln_choose += ((n - i + 1) as f64).ln() - (i as f64).ln();
        }
        if i >= on_one_side {
            tail += (ln_choose + i as f64 * q.ln() + (n - i) as f64 * (1.0 - q).ln()).exp();
        }
    }
    (2.0 * tail).min(1.0)
}

/// How likely a plate found next to the target is a real associate rather than chance.
///
/// By chance, the other plate turns up within the window of one of the target's reads at
/// least as often as it passes that camera at all (`λ = Σ reads_of_other_at(camera) ·
/// (2w + 1) / minutes_covered` over the target's reads), and as often as it turns up there
/// at the same time of day on other weeks ([`same_hour_chance`]): the larger of the two is
/// the expected number of chance co-sightings. Co-sightings on one drive are one
/// coincidence, so both counts are taken in meetings ([`meetings`]; the expected number
/// scaled by the meetings per co-sighting). The chance of at least the observed meetings
/// under that (Poisson), times the chance of keeping to one side in as many of them
/// ([`one_side_p_value`]; the two are independent by chance), is the p-value; with `tested`
/// plates looked at, about `tested · p` of them would pass by chance, so the score is
/// `1 / (1 + tested · p)` (a prior of one associate among those tested), discounted for few
/// days together. The calibration curve turns the score into the confidence stated.
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
    let uniform: f64 = target_reads
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
    let expected = uniform.max(same_hour_chance(index, target_reads, hit.plate).unwrap_or(0.0));
    let met = meetings(index, hit);
    let k = met.len() as u32;
    let expected = expected * f64::from(k) / f64::from(hit.co_sightings.max(1));
    let behind = met.iter().filter(|m| m.0).count();
    let ahead = met.iter().filter(|m| m.1).count();
    // P(X >= k) for X ~ Poisson(expected), summed from the terms below k.
    let mut term = (-expected).exp();
    let mut below = 0.0;
    for i in 0..k {
        below += term;
        term *= expected / f64::from(i + 1);
    }
    let p_value = (1.0 - below).max(0.0) * one_side_p_value(met.len(), behind.max(ahead));
    // Few days together could still be one shared errand: discounted as days / (days + 2).
    let days = f64::from(hit.distinct_days);
    days / (days + 2.0) / (1.0 + tested as f64 * p_value)
}

/// The co-sightings with `other` expected from its own habits: the share of the target's
/// reads, moved by whole weeks ([`CHANCE_WEEKS`], within the data), that find `other` at
/// the same camera within [`ASSOCIATE_WINDOW_MINUTES`], times the target's reads. A
/// fellow commuter on the same road at the same hour scores as high on other weeks as on
/// the same day; a companion, whose drives follow the target's own (late one day, early the
/// next), scores low. `None` when no other week is in the data.
fn same_hour_chance(
    index: &SightingIndex,
    target_reads: &[SightingRef],
    other: Plate,
) -> Option<f64> {
    let latest = i64::from(index.latest_minute()?);
    let mut minutes_at: Vec<Vec<i64>> = vec![Vec::new(); index.camera_count()];
    for &r in index.of_plate(other) {
        let read = index.get(r);
        if let Some(minutes) = minutes_at.get_mut(read.camera as usize) {
            minutes.push(i64::from(read.minute));
        }
    }
    let week = i64::from(7 * MINUTES_PER_DAY);
    let window = i64::from(ASSOCIATE_WINDOW_MINUTES);
    let (mut compared, mut met) = (0u32, 0u32);
    for &r in target_reads {
        let read = index.get(r);
        let Some(minutes) = minutes_at.get(read.camera as usize) else {
            continue;
        };
        for weeks in CHANCE_WEEKS {
            let moved = i64::from(read.minute) + weeks * week;
            if !(0..=latest).contains(&moved) {
                continue;
            }
            compared += 1;
            let first = minutes.partition_point(|&m| m < moved - window);
            met += minutes.get(first).is_some_and(|&m| m <= moved + window) as u32;
        }
    }
    (compared > 0).then(|| f64::from(met) / f64::from(compared) * target_reads.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::analyst::profile::tests::profile_of_commuter;

    mod associates {
        use super::*;

        #[test]
        fn keeping_to_one_side_every_time_is_unlikely_by_chance_and_half_the_time_is_not() {
            assert!(one_side_p_value(8, 8) < 0.02, "{}", one_side_p_value(8, 8));
            assert_eq!(one_side_p_value(8, 4), 1.0);
            assert!(one_side_p_value(300, 300) < 1e-60);
            assert!(one_side_p_value(300, 300) >= 0.0);
        }

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
            assert!(confidence(companion) <= 1.0);
            assert!(
                confidence(weakest) < 0.5,
                "{} co-sightings: {}",
                weakest.co_sightings,
                confidence(weakest)
            );
        }
    }
}
