//! The dossier's sentences, written from the findings' data ([`Guess`], [`Truth`]) in the
//! language now chosen, when they are drawn: the scenario layer (and the town-wide worker,
//! which has only English) hands over kinds, numbers, place kinds, distances and verdicts,
//! never words, so a language switch rewrites every card without running anything again.
//!
//! Words only: no UI crates, no simulation.

use crate::scenario::{Guess, Truth};

/// What the analyst guessed, as a sentence, with the confidence its finding states (a
/// sensitive flag under an even chance "may have been" at its places).
pub fn guess_sentence(guess: &Guess, confidence: f64) -> String {
    match guess {
        Guess::Anchor {
            radius_meters,
            near,
            stops,
        } => super::anchor_guess(*radius_meters, near.as_ref(), *stops),
        Guess::Routine(days) => days
            .iter()
            .map(|d| {
                super::routine_day(
                    d.weekday,
                    d.driven,
                    d.observed,
                    d.first_minute_of_day,
                    d.last_minute_of_day,
                )
            })
            .collect::<Vec<_>>()
            .join(" "),
        Guess::Place { name, kind, visits } => super::place_guess(
            &crate::scenario::PlaceMention {
                name: name.clone(),
                kind: *kind,
            },
            *visits,
        ),
        Guess::Sensitive { places, stops } => {
            super::sensitive_flag_guess(places, *stops, confidence)
        }
        Guess::Associate {
            plate,
            together,
            days,
            cameras,
        } => super::associate_guess(plate, *together, *days, *cameras),
        Guess::Prediction {
            weekday,
            minute_of_day,
            camera,
            probability,
        } => super::prediction_guess(*weekday, *minute_of_day, camera, *probability),
    }
}

/// What is true beside a guess, as a sentence.
pub fn truth_sentence(truth: &Truth) -> String {
    match truth {
        Truth::Anchor {
            near,
            error_meters,
            inside,
        } => super::anchor_truth(near.as_ref(), *error_meters, *inside),
        Truth::Routine {
            workdays,
            shift_start_minute_of_day,
        } => super::routine_truth(workdays, *shift_start_minute_of_day),
        Truth::Sensitive { right, stops } => super::sensitive_flag_truth(*right, *stops),
        Truth::Place { visits } => super::place_truth(*visits),
        Truth::Associate { companion } => super::associate_truth(*companion).to_owned(),
        Truth::Prediction {
            weekday,
            camera,
            passed_at,
        } => super::prediction_truth(*weekday, camera, *passed_at),
    }
}
