//! The letter's facts: what the visitor's run found, in the numbers the letter to local
//! officials needs ([`crate::text::letter`] writes it). Read from the run's dossier, the
//! same findings the simulator shows, so the letter and the dossier never disagree.
//!
//! Pure: no UI crates.

use serde::{Deserialize, Serialize};

use std::collections::BTreeSet;

use super::{FindingKind, Run, UniquenessPoint};
use crate::text;

/// What the visitor's simulation found, in the words the letter needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LetterFacts {
    /// Simulated days.
    pub days: u32,
    /// Distinct cameras that read the car's plate at least once.
    pub cameras_that_saw_me: u32,
    /// Reads of the car's plate in the capture log.
    pub sightings: u32,
    /// Distance from the analyst's guess of home to the true home, in meters; `None` when the
    /// analyst could not place it.
    pub home_error_meters: Option<f64>,
    /// Distance from the analyst's guess of the workplace to the true one, in meters; `None`
    /// when the analyst could not place it.
    pub work_error_meters: Option<f64>,
    /// Sensitive places the analyst saw the car visit, as a person says them
    /// ("a reproductive-health clinic").
    pub sensitive_places: Vec<String>,
    /// `(points, percent)`: with `points` sightings of a car, `percent` (0 to 100) of the
    /// town's cars can be told apart from every other car. `None` when not computed.
    pub unique_with_points: Option<(u32, f64)>,
    /// The simulated town's name (the default town is fictional).
    pub town: String,
}

impl LetterFacts {
    /// Illustrative numbers, used to preview the letter before a simulation has run and in
    /// tests. Not anyone's results: the view labels them as a sample.
    pub fn sample() -> LetterFacts {
        LetterFacts {
            days: 30,
            cameras_that_saw_me: 11,
            sightings: 212,
            home_error_meters: Some(200.0),
            work_error_meters: Some(350.0),
            sensitive_places: vec![
                "a reproductive-health clinic".to_owned(),
                "a union hall".to_owned(),
            ],
            unique_with_points: Some((4, 95.0)),
            town: "Millbrook".to_owned(),
        }
    }
}

/// The letter's numbers from a finished run and its uniqueness curve: what the vendor
/// logged about the visitor's car and how close the analyst came, as the dossier judged it
/// against the simulation's truth. Sensitive places are the kinds of place the dossier's
/// sensitive-visit findings name.
pub fn facts_of(run: &Run, uniqueness: &[UniquenessPoint]) -> LetterFacts {
    let cameras: BTreeSet<_> = run.rows.iter().map(|s| s.camera).collect();
    let error = |kind| run.dossier.first(kind).and_then(|f| f.error_meters);
    let mut sensitive_places: Vec<String> = Vec::new();
    for finding in run
        .dossier
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Sensitive)
    {
        for place in finding
            .places
            .iter()
            .filter_map(|&p| run.town.places.get(p as usize))
        {
            let said = text::with_article(text::place_kind_name(place.kind));
            if !sensitive_places.contains(&said) {
                sensitive_places.push(said);
            }
        }
    }
    let unique_with_points = uniqueness
        .iter()
        .find(|point| point.sightings == 4)
        .map(|point| (point.sightings, point.share_unique * 100.0));
    LetterFacts {
        days: run.simulation.scenario.days,
        cameras_that_saw_me: cameras.len() as u32,
        sightings: run.rows.len() as u32,
        home_error_meters: error(FindingKind::Home),
        work_error_meters: error(FindingKind::Work),
        sensitive_places,
        unique_with_points,
        town: run.town.name.clone(),
    }
}
