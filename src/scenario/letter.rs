//! The letter's facts: what the visitor's run found, in the numbers the letter to local
//! officials needs ([`crate::text::letter`] writes it). Read from the run's dossier, the
//! same findings the simulator shows, so the letter and the dossier never disagree.
//!
//! Pure: no UI crates.

use serde::{Deserialize, Serialize};

use std::collections::BTreeSet;

use super::{Finding, FindingKind, Run, UniquenessPoint};
use crate::text;

/// A home or work guess as the dossier states it: the circle the analyst drew, how sure it
/// was, and whether the truth fell inside.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnchorFact {
    /// The stated circle's radius, meters (the finding's spot radius).
    #[serde(with = "super::exact::number")]
    pub radius_meters: f64,
    /// The analyst's confidence, 0 to 1.
    #[serde(with = "super::exact::number")]
    pub confidence: f64,
    /// True when the real place is inside the circle (the dossier's Right).
    pub truth_inside: bool,
    /// Meters from the circle's centre to the real place (the dossier's "600 m from their
    /// guess"), when the simulation knows it.
    #[serde(default, with = "super::exact::optional")]
    pub error_meters: Option<f64>,
}

/// What the visitor's simulation found, in the words the letter needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LetterFacts {
    /// Simulated days.
    pub days: u32,
    /// Distinct cameras that read the car's plate at least once.
    pub cameras_that_saw_me: u32,
    /// Reads of the car's plate in the capture log.
    pub sightings: u32,
    /// The dossier's home guess; `None` when the analyst could not place it.
    pub home: Option<AnchorFact>,
    /// The dossier's workplace guess; `None` when the analyst could not place it.
    pub work: Option<AnchorFact>,
    /// Sensitive places the analyst saw the car visit, as a person says them
    /// ("a reproductive-health clinic"): one entry per flagged stop's candidates, the few
    /// places it may have been ("a town hall or a mosque"), never "and" between them.
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
            home: Some(AnchorFact {
                radius_meters: 200.0,
                confidence: 0.8,
                truth_inside: true,
                error_meters: Some(140.0),
            }),
            work: Some(AnchorFact {
                radius_meters: 350.0,
                confidence: 0.6,
                truth_inside: true,
                error_meters: None,
            }),
            sensitive_places: vec![
                "a reproductive-health clinic".to_owned(),
                "a union hall".to_owned(),
            ],
            unique_with_points: Some((4, 95.0)),
            town: "Millbrook".to_owned(),
        }
    }
}

/// The dossier's home or work finding as the letter states it: its circle, its confidence
/// and its verdict. `None` when there is no such finding or it has no circle.
fn anchor_fact(finding: Option<&Finding>) -> Option<AnchorFact> {
    let finding = finding?;
    let (_, radius_meters) = finding.spot?;
    Some(AnchorFact {
        radius_meters,
        confidence: finding.confidence,
        truth_inside: finding
            .right
            .unwrap_or_else(|| finding.error_meters.is_some_and(|e| e <= radius_meters)),
        error_meters: finding.error_meters,
    })
}

/// The letter's numbers from a finished run and its uniqueness curve: what the vendor
/// logged about the visitor's car and what the analyst stated about it, with the dossier's
/// verdict against the simulation's truth. Sensitive places are the kinds of place the
/// dossier's sensitive-visit findings name.
pub fn facts_of(run: &Run, uniqueness: &[UniquenessPoint]) -> LetterFacts {
    let cameras: BTreeSet<_> = run.rows.iter().map(|s| s.camera).collect();
    let mut sensitive_places: Vec<String> = Vec::new();
    for finding in run
        .dossier
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Sensitive)
    {
        // The flag names the few places the stop may have been: one of them, not all.
        let mut kinds: Vec<&str> = Vec::new();
        for place in finding
            .places
            .iter()
            .filter_map(|&p| run.town.places.get(p as usize))
        {
            let kind = text::place_kind_with_article(place.kind);
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        let said = text::list_with_or(&kinds);
        if !said.is_empty() && !sensitive_places.contains(&said) {
            sensitive_places.push(said);
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
        home: anchor_fact(run.dossier.first(FindingKind::Home)),
        work: anchor_fact(run.dossier.first(FindingKind::Work)),
        sensitive_places,
        unique_with_points,
        town: run.town.name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::run::{run_town, small_scenario};

    mod facts_of {
        use super::*;

        #[test]
        fn states_home_and_work_as_the_dossier_does() {
            let run = run_town(1, &small_scenario(), || 0.0).unwrap();
            let facts = facts_of(&run, &[]);
            for (fact, kind) in [
                (facts.home, FindingKind::Home),
                (facts.work, FindingKind::Work),
            ] {
                let finding = run.dossier.first(kind);
                assert_eq!(fact.is_some(), finding.is_some(), "{kind:?}");
                if let (Some(fact), Some(finding)) = (fact, finding) {
                    let (_, radius) = finding.spot.expect("a circle");
                    assert_eq!(fact.radius_meters, radius);
                    assert_eq!(fact.confidence, finding.confidence);
                    let error = finding.error_meters.expect("judged");
                    assert_eq!(fact.truth_inside, error <= radius);
                    assert_eq!(Some(fact.truth_inside), finding.right);
                }
            }
            assert_eq!(facts.sightings, run.rows.len() as u32);
        }

        /// A flag naming a town hall and a mosque says the car may have been at one of
        /// them: "a town hall or a mosque", one place, not visits to both.
        #[test]
        fn says_a_flags_candidates_as_one_place_or_another() {
            let mut run = run_town(1, &small_scenario(), || 0.0).unwrap();
            let of_kind = |kind| {
                run.town
                    .places
                    .iter()
                    .position(|p| p.kind == kind)
                    .expect("the town has one") as crate::sim::PlaceId
            };
            let (hall, mosque) = (
                of_kind(crate::sim::PlaceKind::TownHall),
                of_kind(crate::sim::PlaceKind::Mosque),
            );
            let dossier = std::rc::Rc::make_mut(&mut run.dossier);
            let template = dossier.findings[0].clone();
            dossier
                .findings
                .retain(|f| f.kind != FindingKind::Sensitive);
            for places in [vec![hall, mosque], vec![mosque]] {
                dossier.findings.push(crate::scenario::Finding {
                    kind: FindingKind::Sensitive,
                    places,
                    ..template.clone()
                });
            }
            let facts = facts_of(&run, &[]);
            assert_eq!(
                facts.sensitive_places,
                ["a town hall or a mosque", "a mosque"]
            );
        }
    }
}
