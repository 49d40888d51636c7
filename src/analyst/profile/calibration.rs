//! Stated confidences that match how often the analyst is right: each method's raw score
//! (a circle's share of the evidence, a stop's probability over its candidates, an
//! associate's score, a pass prediction's smoothed share of the weekday's days) is mapped
//! to the share of claims with about that score that were right in towns the analyst was
//! tuned on.
//!
//! The maps are isotonic regressions (Zadrozny and Elkan 2002: pool adjacent violators
//! over the claims sorted by raw score), fitted by `examples/evaluate.rs --fit-calibration`
//! on seeds 801 to 1100 at 20, 40 and 80 cameras (until 2026-12-03 on seeds 1 to 60,
//! see `docs/analyst/calibration.md`), the odd seeds' commuters living where a visitor may pick (a
//! street corner and a workplace drawn uniformly: `--mixed-lives`, since session 45; fitted
//! on the personas' lives alone, the home circle on visitors' lives at 40 cameras held the
//! truth 68% of the time against 80% stated, see the README), and written to
//! `calibration_curves.rs` by
//! `cargo run --release --example evaluate -- --fit-calibration --first-seed 801 --seeds 300 --mixed-lives > src/analyst/profile/calibration_curves.rs`;
//! each flat block pools at least max(15, n/10) of a curve's n claims, so that a sparse
//! band gets no knot of its own. `evaluate` judges them on seeds 101 to 200 and 501 to
//! 600. A raw score between two knots is interpolated; beyond the ends it takes the end's
//! value. The maps change only the confidence stated, with one exception: a sensitive flag whose stated confidence is
//! under its camera count's bar ([`super::sensitive::min_stated_flag_probability`]) is not
//! raised (issue 17, seventh and fourteenth rounds in `docs/analyst/sensitive.md`), so the raw profile
//! the curves are fitted on has every flag, and the calibrated one only those its curve
//! states often enough right (more often right than wrong at 20 cameras, and for repeated
//! flags at every count; one-off flags from 0.3 at 40 and 80).
//!
//! Per camera count: the places', the flags' and (since session 46) the home circle's curves
//! are fitted at 20, 40 and 80 cameras apart and read with [`on_curves`] (the analyst knows its
//! own network); one raw score means a tighter circle, or a flag right less often, the more
//! cameras there are. How the curves came to be fitted so (pooled or per count, block sizes,
//! training seeds), with the numbers of each try, is in `docs/analyst/calibration.md`.
//!
//! This module must not read [`crate::sim::Sighting::vehicle`] or any truth.

use super::sensitive::min_stated_flag_probability;
use super::{Profile, SensitiveVisit};

// A fitted knot may land near a mathematical constant by chance (0.3180 near 1/pi).
#[allow(clippy::approx_constant)]
mod curves {
    //! Written by `cargo run --release --example evaluate -- --fit-calibration`.
    include!("calibration_curves.rs");
}

/// A raw score's calibrated confidence on a curve of (raw, share right) knots sorted by raw
/// score; the raw score itself when the curve is empty.
pub fn on_curve(curve: &[(f64, f64)], raw: f64) -> f64 {
    let (Some(first), Some(last)) = (curve.first(), curve.last()) else {
        return raw;
    };
    if raw <= first.0 {
        return first.1;
    }
    if raw >= last.0 {
        return last.1;
    }
    for pair in curve.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        if raw <= x1 {
            let t = if x1 > x0 { (raw - x0) / (x1 - x0) } else { 1.0 };
            return y0 + t * (y1 - y0);
        }
    }
    last.1
}

/// A raw score's calibrated confidence on curves fitted per camera count (count, curve),
/// sorted by count, for a network of `cameras`: between two fitted counts, the two curves'
/// values interpolated on the logarithm of the count ([`super::between_counts`]); beyond
/// the ends, the end's curve.
pub fn on_curves(curves: &[(u32, &[(f64, f64)])], cameras: usize, raw: f64) -> f64 {
    if curves.is_empty() {
        return raw;
    }
    super::between_counts(curves, cameras, |curve| on_curve(curve, raw))
}

/// Replaces every confidence the profile states with its calibrated value, for a network
/// of `cameras`.
pub(super) fn calibrate(profile: &mut Profile, cameras: usize) {
    if let Some(home) = profile.home.as_mut() {
        home.confidence = on_curves(curves::HOME_CIRCLE, cameras, home.confidence);
    }
    if let Some(work) = profile.work.as_mut() {
        work.confidence = on_curve(curves::WORK_CIRCLE, work.confidence);
    }
    for flag in &mut profile.sensitive_visits {
        let curve = if flag.repeated > 1 {
            curves::SENSITIVE_FLAG_REPEATED
        } else {
            curves::SENSITIVE_FLAG_ONE_OFF
        };
        let stated = on_curves(curve, cameras, flag.probability);
        let scale = if flag.probability > 0.0 {
            stated / flag.probability
        } else {
            0.0
        };
        for candidate in &mut flag.candidates {
            candidate.1 *= scale;
        }
        flag.probability = stated;
    }
    // A flag is raised only when the confidence it states reaches the bar: one that its
    // curve puts under it is dropped, with the visits it listed at its candidate places
    // (see `docs/analyst/sensitive.md`).
    let (kept, dropped): (Vec<SensitiveVisit>, Vec<SensitiveVisit>) =
        std::mem::take(&mut profile.sensitive_visits)
            .into_iter()
            .partition(|f| f.probability >= min_stated_flag_probability(cameras, f.repeated > 1));
    profile.sensitive_visits = kept;
    for flag in &dropped {
        for &(candidate, _) in &flag.candidates {
            let Some(place) = profile.places.iter_mut().find(|p| p.place == candidate) else {
                continue;
            };
            if let Some(i) = place.visits.iter().position(|v| {
                v.after_minute == flag.after_minute && v.before_minute == flag.before_minute
            }) {
                place.visits.remove(i);
            }
        }
    }
    profile.places.retain(|p| !p.visits.is_empty());
    // A sensitive place is named as one of a flagged stop's candidates, with its share of
    // the stop's probability; any other place is a stop's likeliest explanation. The
    // first-named sensitive place, the runners-up and the other places each have a curve.
    let flags = &profile.sensitive_visits;
    for place in &mut profile.places {
        for visit in &mut place.visits {
            let curve = if !place.sensitive {
                curves::PLACE_VISIT
            } else if visit.is_named_first(place.place, flags) {
                curves::SENSITIVE_PLACE_FIRST
            } else if visit.named_rank(place.place, flags) <= 2 {
                curves::SENSITIVE_PLACE_SECOND
            } else {
                curves::SENSITIVE_PLACE_THIRD
            };
            visit.probability = on_curves(curve, cameras, visit.probability);
        }
        if !place.visits.is_empty() {
            place.confidence =
                place.visits.iter().map(|v| v.probability).sum::<f64>() / place.visits.len() as f64;
        }
    }
    for associate in &mut profile.associates {
        associate.confidence = on_curve(curves::ASSOCIATE, associate.confidence);
    }
    for prediction in &mut profile.routine.predictions {
        prediction.probability = on_curve(curves::PASS_PREDICTION, prediction.probability);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A network between two fitted camera counts states between their curves' values,
    /// nearer the nearer count's; beyond the fitted counts, the end's curve.
    #[test]
    fn interpolates_between_camera_counts_on_their_logarithm() {
        let sparse: &[(f64, f64)] = &[(0.5, 0.2)];
        let dense: &[(f64, f64)] = &[(0.5, 0.6)];
        let curves = [(20, sparse), (80, dense)];
        assert_eq!(on_curves(&curves, 10, 0.5), 0.2);
        assert_eq!(on_curves(&curves, 20, 0.5), 0.2);
        assert!((on_curves(&curves, 40, 0.5) - 0.4).abs() < 1e-9);
        assert_eq!(on_curves(&curves, 160, 0.5), 0.6);
        assert_eq!(on_curves(&[], 40, 0.42), 0.42);
    }

    #[test]
    fn interpolates_between_knots_and_holds_the_ends() {
        let curve = [(0.2, 0.1), (0.6, 0.5), (0.9, 0.8)];
        assert_eq!(on_curve(&curve, 0.0), 0.1);
        assert!((on_curve(&curve, 0.4) - 0.3).abs() < 1e-9);
        assert_eq!(on_curve(&curve, 0.95), 0.8);
        assert_eq!(on_curve(&[], 0.42), 0.42);
    }

    /// The routine's predictions state the curve's value of their raw share, as every
    /// other claim does, so the dossier and the policy lab's "predictable weekday" (0.5
    /// or more) read a confidence that matches how often such predictions came true.
    #[test]
    fn pass_predictions_state_their_calibrated_confidence() {
        use crate::analyst::fixtures;
        use crate::analyst::profile::{AnalystOptions, build_profile_with};
        use crate::analyst::{RouteModel, SightingIndex};
        let sim = fixtures::commuter_month(10);
        let index = SightingIndex::from_simulation(&sim);
        let routes = RouteModel::new(&sim.map);
        let plate = sim.vehicles[0].plate;
        let profile = |calibrated| {
            let options = AnalystOptions {
                calibrated,
                ..AnalystOptions::default()
            };
            build_profile_with(&index, &routes, &sim.map, plate, options)
        };
        let (raw, stated) = (profile(false), profile(true));
        assert!(!raw.routine.predictions.is_empty());
        for (raw, stated) in raw
            .routine
            .predictions
            .iter()
            .zip(&stated.routine.predictions)
        {
            assert_eq!(
                stated.probability,
                on_curve(curves::PASS_PREDICTION, raw.probability),
                "{raw:?}"
            );
            assert_ne!(stated.probability, raw.probability, "{raw:?}");
        }
    }

    /// A flag whose curve states less than its camera count's bar
    /// ([`min_stated_flag_probability`]) is not raised, and the visits it listed at its
    /// candidate places go with it; a flag its curve states high keeps its own. At 80
    /// cameras a one-off flag at raw 0.32 was right about a quarter of the time on the
    /// training seeds.
    #[test]
    fn a_flag_stated_under_the_bar_is_dropped_with_its_visits() {
        use crate::analyst::fixtures;
        use crate::analyst::profile::{
            AnalystOptions, InferredVisit, PlaceVisits, build_profile_with,
        };
        use crate::analyst::{RouteModel, SightingIndex};
        use crate::sim::{PlaceId, PlaceKind};
        let sim = fixtures::commuter_month(10);
        let index = SightingIndex::from_simulation(&sim);
        let routes = RouteModel::new(&sim.map);
        let plate = sim.vehicles[0].plate;
        let options = AnalystOptions {
            calibrated: false,
            ..AnalystOptions::default()
        };
        let mut profile = build_profile_with(&index, &routes, &sim.map, plate, options);
        profile.sensitive_visits.clear();
        profile.places.retain(|p| !p.sensitive);
        let flag = |after_minute: u32, place: PlaceId, raw: f64| SensitiveVisit {
            after_minute,
            before_minute: after_minute + 600,
            candidates: vec![(place, raw)],
            probability: raw,
            repeated: 1,
            evidence: [0, 1],
        };
        let (weak, strong) = (flag(1_000, 900, 0.32), flag(20_000, 901, 0.95));
        for (place, f) in [(900, &weak), (901, &strong)] {
            profile.places.push(PlaceVisits {
                place,
                name: format!("place {place}"),
                kind: PlaceKind::ReproductiveHealthClinic,
                sensitive: true,
                visits: vec![InferredVisit {
                    after_minute: f.after_minute,
                    before_minute: f.before_minute,
                    probability: f.probability,
                    evidence: f.evidence,
                }],
                confidence: f.probability,
            });
        }
        profile.sensitive_visits = vec![weak, strong];
        assert!(
            on_curves(curves::SENSITIVE_FLAG_ONE_OFF, 80, 0.32)
                < min_stated_flag_probability(80, false)
        );
        calibrate(&mut profile, 80);
        let flagged: Vec<u32> = profile
            .sensitive_visits
            .iter()
            .map(|f| f.after_minute)
            .collect();
        assert_eq!(flagged, vec![20_000]);
        assert!(profile.sensitive_visits[0].probability >= min_stated_flag_probability(80, false));
        let listed: Vec<PlaceId> = profile.sensitive_places().map(|p| p.place).collect();
        assert_eq!(listed, vec![901]);
    }

    #[test]
    fn every_fitted_curve_rises_and_stays_a_probability() {
        let per_count = [
            curves::HOME_CIRCLE,
            curves::PLACE_VISIT,
            curves::SENSITIVE_PLACE_FIRST,
            curves::SENSITIVE_PLACE_SECOND,
            curves::SENSITIVE_PLACE_THIRD,
            curves::SENSITIVE_FLAG_ONE_OFF,
            curves::SENSITIVE_FLAG_REPEATED,
        ];
        for curves in per_count {
            assert!(curves.windows(2).all(|p| p[0].0 < p[1].0), "{curves:?}");
        }
        let fitted = per_count
            .iter()
            .flat_map(|c| c.iter().map(|(_, curve)| *curve));
        for curve in [
            curves::WORK_CIRCLE,
            curves::ASSOCIATE,
            curves::PASS_PREDICTION,
        ]
        .into_iter()
        .chain(fitted)
        {
            for pair in curve.windows(2) {
                assert!(
                    pair[0].0 <= pair[1].0 && pair[0].1 <= pair[1].1,
                    "{curve:?}"
                );
            }
            assert!(
                curve.iter().all(|k| (0.0..=1.0).contains(&k.1)),
                "{curve:?}"
            );
        }
    }
}
