//! The car's week: per weekday, when it is first and last read and how regularly, and
//! predictions of which camera it will pass at a given weekday and time.
//!
//! Counts reads by analyst day (from 03:00); this module must not locate anything, and
//! must not read [`crate::sim::Sighting::vehicle`] or any truth.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::stays::analyst_day;
use crate::sim::{CameraId, MINUTES_PER_DAY, MINUTES_PER_WEEK, Plate, Weekday};

/// How one weekday usually goes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DayRoutine {
    pub weekday: Weekday,
    /// Days of this weekday in the database's period.
    pub days_observed: u32,
    /// Of those, days with at least one read.
    pub days_driven: u32,
    /// Median minute of the day (0..1440) of the first read after 03:00.
    pub first_read_minute_of_day: Option<u32>,
    /// Median minute of the day of the last read before 03:00 next day (may exceed 1440).
    pub last_read_minute_of_day: Option<u32>,
    /// 0..1: share of driven days whose first read is within 20 minutes of the median.
    pub regularity: f64,
}

/// "Tuesday 08:15: most likely passing camera X, probability p."
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassPrediction {
    pub weekday: Weekday,
    /// Minute of the day, 0..1440.
    pub minute_of_day: u32,
    pub camera: CameraId,
    /// How likely the car is read there within [`PREDICTION_WINDOW_MINUTES`]: in a
    /// profile, the calibrated confidence (see `calibration`); from [`predict_pass`], the
    /// smoothed share of this weekday's days with such a read.
    pub probability: f64,
    pub evidence: Vec<SightingRef>,
}

/// The car's week: per-weekday timings and the strongest pass prediction per weekday.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Routine {
    pub days: Vec<DayRoutine>,
    pub predictions: Vec<PassPrediction>,
}

impl Routine {
    /// The prediction stated with the most confidence; the earliest weekday among equals.
    pub fn most_confident(&self) -> Option<&PassPrediction> {
        self.predictions.iter().fold(None, |best, p| match best {
            Some(b) if b.probability >= p.probability => Some(b),
            _ => Some(p),
        })
    }
}

fn median(values: &mut [u32]) -> Option<u32> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    Some(values[values.len() / 2])
}

/// Per-weekday first and last reads, regularity, and the strongest pass prediction.
pub(super) fn routine(index: &SightingIndex, refs: &[SightingRef]) -> Routine {
    let (first_minute, last_minute) = match (index.sightings().first(), index.latest_minute()) {
        (Some(first), Some(last)) => (first.minute, last),
        _ => {
            return Routine {
                days: Vec::new(),
                predictions: Vec::new(),
            };
        }
    };
    // Per analyst day: first and last read, minutes since that day's midnight.
    let mut per_day: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
    for &r in refs {
        let minute = index.get(r).minute;
        let day = analyst_day(minute);
        let of_day = minute - day * MINUTES_PER_DAY;
        let entry = per_day.entry(day).or_insert((of_day, of_day));
        entry.0 = entry.0.min(of_day);
        entry.1 = entry.1.max(of_day);
    }
    let observed = |weekday: Weekday| -> u32 {
        (analyst_day(first_minute)..=analyst_day(last_minute))
            .filter(|d| Weekday::of_minute(d * MINUTES_PER_DAY) == weekday)
            .count() as u32
    };
    let mut days = Vec::new();
    let mut predictions = Vec::new();
    for weekday in Weekday::ALL {
        let driven: Vec<(u32, u32)> = per_day
            .iter()
            .filter(|(d, _)| Weekday::of_minute(*d * MINUTES_PER_DAY) == weekday)
            .map(|(_, v)| *v)
            .collect();
        let mut firsts: Vec<u32> = driven.iter().map(|v| v.0).collect();
        let mut lasts: Vec<u32> = driven.iter().map(|v| v.1).collect();
        let first = median(&mut firsts);
        let regular = first.map_or(0, |m| {
            firsts.iter().filter(|&&f| f.abs_diff(m) <= 20).count()
        });
        let days_observed = observed(weekday);
        days.push(DayRoutine {
            weekday,
            days_observed,
            days_driven: driven.len() as u32,
            first_read_minute_of_day: first,
            last_read_minute_of_day: median(&mut lasts),
            regularity: if driven.is_empty() {
                0.0
            } else {
                regular as f64 / driven.len() as f64
            },
        });
        if let Some(p) = strongest_pass(index, refs, weekday) {
            predictions.push(p);
        }
    }
    Routine { days, predictions }
}

/// The camera and time this weekday most reliably brings, and its raw score.
///
/// Centred on the times the reads actually happen: every read of the weekday proposes its
/// own minute of the day, and the median of the reads it gathers (one per day, within
/// [`PREDICTION_WINDOW_MINUTES`]); the centre that gathers the most days is kept. The raw
/// score is the Laplace-smoothed share `(days read there + 1) / (days the car was read that
/// weekday + 2)`, so that one Tuesday out of one does not state certainty; `calibration`
/// then maps it to how often such predictions came true.
fn strongest_pass(
    index: &SightingIndex,
    refs: &[SightingRef],
    weekday: Weekday,
) -> Option<PassPrediction> {
    let of_weekday: Vec<SightingRef> = refs
        .iter()
        .copied()
        .filter(|&r| Weekday::of_minute(index.get(r).minute) == weekday)
        .collect();
    let days_seen = of_weekday
        .iter()
        .map(|&r| index.get(r).minute / MINUTES_PER_DAY)
        .collect::<BTreeSet<u32>>()
        .len() as u32;
    let mut best: Option<PassPrediction> = None;
    let mut tried: BTreeSet<(CameraId, u32)> = BTreeSet::new();
    for &r in &of_weekday {
        let s = index.get(r);
        let proposed = s.minute % MINUTES_PER_DAY;
        let gathered = predict_pass_at(index, &of_weekday, weekday, proposed, s.camera, days_seen);
        let mut times: Vec<u32> = gathered
            .evidence
            .iter()
            .map(|&e| index.get(e).minute % MINUTES_PER_DAY)
            .collect();
        let centre = median(&mut times).unwrap_or(proposed);
        // The prediction at the proposed time is the one just gathered: not made twice.
        for (minute, made) in [(centre, None), (proposed, Some(gathered))] {
            if !tried.insert((s.camera, minute)) {
                continue;
            }
            let p = made.unwrap_or_else(|| {
                predict_pass_at(index, &of_weekday, weekday, minute, s.camera, days_seen)
            });
            if best.as_ref().is_none_or(|b| p.probability > b.probability) {
                best = Some(p);
            }
        }
    }
    best
}

/// Days of `weekday` with a read at `camera` within [`PREDICTION_WINDOW_MINUTES`] of
/// `minute_of_day` (the read nearest that time each day as evidence), scored
/// `(days + 1) / (days_seen + 2)`.
fn predict_pass_at(
    index: &SightingIndex,
    refs: &[SightingRef],
    weekday: Weekday,
    minute_of_day: u32,
    camera: CameraId,
    days_seen: u32,
) -> PassPrediction {
    // Per day, the read nearest the time: (distance in minutes, read).
    let mut nearest: BTreeMap<u32, (u32, SightingRef)> = BTreeMap::new();
    for &r in refs {
        let s = index.get(r);
        let distance = (s.minute % MINUTES_PER_DAY).abs_diff(minute_of_day);
        if s.camera != camera
            || Weekday::of_minute(s.minute) != weekday
            || distance > PREDICTION_WINDOW_MINUTES
        {
            continue;
        }
        let day = s.minute / MINUTES_PER_DAY;
        let entry = nearest.entry(day).or_insert((distance, r));
        if distance < entry.0 {
            *entry = (distance, r);
        }
    }
    let days = nearest.len() as u32;
    PassPrediction {
        weekday,
        minute_of_day,
        camera,
        probability: (days + 1) as f64 / (days_seen.max(days) + 2) as f64,
        evidence: nearest.values().map(|&(_, r)| r).collect(),
    }
}

/// A prediction counts a read within this many minutes of the predicted time.
pub const PREDICTION_WINDOW_MINUTES: u32 = 15;

/// Predictions for one weekday and time: each camera the plate passed within
/// [`PREDICTION_WINDOW_MINUTES`] of `minute_of_day` on that weekday, with the share of
/// observed weekdays it did; most likely first.
pub fn predict_pass(
    index: &SightingIndex,
    plate: Plate,
    weekday: Weekday,
    minute_of_day: u32,
) -> Vec<PassPrediction> {
    let refs = index.of_plate(plate);
    let (Some(first), Some(last)) = (index.sightings().first(), index.latest_minute()) else {
        return Vec::new();
    };
    let weeks = (first.minute / MINUTES_PER_WEEK..=last / MINUTES_PER_WEEK)
        .filter(|w| {
            let m = w * MINUTES_PER_WEEK + weekday.index() as u32 * MINUTES_PER_DAY + minute_of_day;
            m >= first.minute && m <= last
        })
        .count() as u32;
    let cameras: BTreeSet<CameraId> = refs
        .iter()
        .map(|&r| index.get(r))
        .filter(|s| {
            Weekday::of_minute(s.minute) == weekday
                && (s.minute % MINUTES_PER_DAY).abs_diff(minute_of_day) <= PREDICTION_WINDOW_MINUTES
        })
        .map(|s| s.camera)
        .collect();
    let mut out: Vec<PassPrediction> = cameras
        .into_iter()
        .map(|c| predict_pass_at(index, refs, weekday, minute_of_day, c, weeks))
        .collect();
    out.sort_by(|a, b| {
        b.probability
            .total_cmp(&a.probability)
            .then(a.camera.cmp(&b.camera))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::analyst::profile::tests::profile_of_commuter;

    mod routine {
        use super::*;

        #[test]
        fn weekday_mornings_start_around_eight() {
            let sim = fixtures::commuter_month(10);
            let (profile, _, _) = profile_of_commuter(&sim);
            let tuesday = &profile.routine.days[Weekday::Tuesday.index()];
            let first = tuesday.first_read_minute_of_day.unwrap();
            assert!((470..=510).contains(&first), "{first}");
            assert_eq!(tuesday.days_driven, 4);
        }

        #[test]
        fn predicts_the_tuesday_morning_camera() {
            let sim = fixtures::commuter_month(10);
            let index = SightingIndex::from_simulation(&sim);
            let tuesday = profile_of_commuter(&sim).0.routine.days[1].first_read_minute_of_day;
            let predictions = predict_pass(
                &index,
                sim.vehicles[0].plate,
                Weekday::Tuesday,
                tuesday.unwrap(),
            );
            assert!(predictions[0].probability >= 0.75, "{:?}", predictions[0]);
        }
    }
}
