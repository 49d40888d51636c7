//! Before and after a policy, in the visitor's terms: what the analyst can still tell about
//! the car (home, work, places, sensitive visits, associates) and who can query it.
//!
//! Pure and synchronous (slow: it re-runs the analyst twice, so call it deferred). It calls
//! [`crate::analyst::policy::compare`] and turns its summaries into sentences; the truth is
//! read only to say how far a home or work guess is from the real one, and which associates
//! really travel with the car.

use serde::{Deserialize, Serialize};

use crate::analyst::policy::{Policy, ProfileSummary, compare};
use crate::analyst::sharing::{Access, SearchPurpose, SharingSetting, who_can_query};
use crate::analyst::{LocalFrame, RouteModel};
use crate::scenario::{PlaceMention, Run};
use crate::sim::{LonLat, Simulation, TownMap};

/// A found home or work place, as the visitor reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnchorLine {
    /// The guess's radius, meters.
    #[serde(with = "super::exact::number")]
    pub radius_meters: f64,
    /// Meters from the guess to the truth.
    #[serde(with = "super::exact::number")]
    pub error_meters: f64,
}

/// One side of the comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DossierSummary {
    /// Reads of the car the database still holds.
    pub reads: u32,
    pub home: Option<AnchorLine>,
    pub work: Option<AnchorLine>,
    /// Places flagged, named where the page draws them (the worker has only English).
    pub places: Vec<PlaceMention>,
    pub sensitive: Vec<PlaceMention>,
    /// Plates seen travelling with the car, and whether each really does.
    pub associates: Vec<(String, bool)>,
}

/// Before (the common set-up) and after (the lab's levers).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub before: DossierSummary,
    pub after: DossierSummary,
    pub access_before: Access,
    pub access_after: Access,
    /// Search purposes the policy bans sharing for.
    pub banned: Vec<SearchPurpose>,
    /// Findings listed under the common set-up that the policy takes away.
    pub lost: usize,
    /// Findings listed under the common set-up still listed under the policy.
    pub kept: usize,
}

impl Default for Comparison {
    fn default() -> Comparison {
        let nobody = |setting| Access {
            setting,
            groups: Vec::new(),
            total_agencies: 0,
        };
        Comparison {
            before: DossierSummary::default(),
            after: DossierSummary::default(),
            access_before: nobody(SharingSetting::National),
            access_after: nobody(SharingSetting::None),
            banned: Vec::new(),
            lost: 0,
            kept: 0,
        }
    }
}

fn anchor(found: Option<(LonLat, f64)>, truth: LonLat, frame: &LocalFrame) -> Option<AnchorLine> {
    found.map(|(position, radius_meters)| AnchorLine {
        radius_meters,
        error_meters: frame.distance_meters(position, truth),
    })
}

fn summary(
    s: &ProfileSummary,
    sim: &Simulation,
    companions: &[crate::sim::Plate],
) -> DossierSummary {
    let frame = LocalFrame::for_map(&sim.map);
    let name = |id: &u32| sim.map.places.get(*id as usize).map(PlaceMention::of);
    DossierSummary {
        reads: s.sightings,
        home: anchor(s.home, sim.truth.home, &frame),
        work: anchor(s.work, sim.truth.work, &frame),
        places: s
            .places
            .iter()
            .filter(|p| !s.sensitive_places.contains(p))
            .filter_map(name)
            .collect(),
        sensitive: s.sensitive_places.iter().filter_map(name).collect(),
        associates: s
            .associates
            .iter()
            .map(|p| (p.as_str().to_owned(), companions.contains(p)))
            .collect(),
    }
}

/// The findings a summary's column lists, one per line of the table: home, work, each place,
/// each sensitive place, each associate (the reads held and who can query are not findings).
fn listed(d: &DossierSummary) -> Vec<String> {
    let mut out = Vec::new();
    if d.home.is_some() {
        out.push("home".to_owned());
    }
    if d.work.is_some() {
        out.push("work".to_owned());
    }
    out.extend(d.places.iter().map(|p| format!("place {p:?}")));
    out.extend(d.sensitive.iter().map(|p| format!("sensitive {p:?}")));
    out.extend(d.associates.iter().map(|(p, _)| format!("associate {p}")));
    out
}

/// `(lost, kept)`: of the findings the common set-up column lists, how many the policy's
/// column no longer lists and how many it still does. They add up to what the first
/// column shows, so the sentence over the table counts what the table shows.
pub fn table_count(before: &DossierSummary, after: &DossierSummary) -> (usize, usize) {
    let now = listed(after);
    let was = listed(before);
    let kept = was.iter().filter(|f| now.contains(f)).count();
    (was.len() - kept, kept)
}

/// What the analyst can still tell under a policy, against the common set-up: the part of
/// a [`Comparison`] that needs the whole town's database (the town-wide worker computes it
/// and sends it as JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabVerdict {
    pub before: DossierSummary,
    pub after: DossierSummary,
    /// Findings listed under the common set-up that the policy takes away
    /// ([`table_count`]).
    pub lost: usize,
    /// Findings listed under the common set-up still listed under the policy.
    pub kept: usize,
}

/// The verdict for `policy` on the visitor's run, as of the end of the simulation. Slow: it
/// re-runs the analyst twice.
pub fn judge_policy(run: &Run, policy: &Policy) -> LabVerdict {
    let sim = &run.simulation;
    let routes = RouteModel::new(&sim.map);
    let result = compare(sim, &routes, run.commuter_plate(), policy, run.end_minute);
    let companions = sim.companion_plates();
    let before = summary(&result.before, sim, &companions);
    let after = summary(&result.after, sim, &companions);
    let (lost, kept) = table_count(&before, &after);
    LabVerdict {
        before,
        after,
        lost,
        kept,
    }
}

impl Comparison {
    /// The whole comparison from a verdict: who can query the reads before and after is a
    /// matter of the town's cameras and the sharing setting alone.
    pub fn new(verdict: LabVerdict, town: &TownMap, policy: &Policy) -> Comparison {
        Comparison {
            before: verdict.before,
            after: verdict.after,
            access_before: who_can_query(Policy::common_setup().sharing, town),
            access_after: who_can_query(policy.sharing, town),
            banned: policy.banned_purposes.clone(),
            lost: verdict.lost,
            kept: verdict.kept,
        }
    }
}

/// The comparison for `policy` on the visitor's run, as of the end of the simulation.
pub fn compare_policy(run: &Run, policy: &Policy) -> Comparison {
    Comparison::new(judge_policy(run, policy), &run.town, policy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    mod the_sentence_over_the_table {
        use super::*;

        fn column(home: bool, places: &[&str], associates: &[&str]) -> DossierSummary {
            DossierSummary {
                reads: 12,
                home: home.then_some(AnchorLine {
                    radius_meters: 200.0,
                    error_meters: 80.0,
                }),
                work: None,
                places: places
                    .iter()
                    .map(|p| PlaceMention {
                        name: p.to_string(),
                        kind: crate::sim::PlaceKind::Church,
                    })
                    .collect(),
                sensitive: Vec::new(),
                associates: associates.iter().map(|p| (p.to_string(), false)).collect(),
            }
        }

        #[test]
        fn counts_the_findings_the_common_setup_column_lists() {
            // Home, two places and an associate: four lines, and "None" for work counts 0.
            let before = column(true, &["Elm Diner (restaurant)", "Gym (gym)"], &["1ABC234"]);
            let after = column(false, &["Gym (gym)"], &[]);
            assert_eq!(table_count(&before, &after), (3, 1));
            assert_eq!(table_count(&before, &column(false, &[], &[])), (4, 0));
            assert_eq!(table_count(&before, &before), (0, 4));
            let sentence = text::comparison_sentence(4, 0);
            assert!(sentence.contains("all 4"), "{sentence}");
            assert!(text::comparison_sentence(3, 1).contains("3 of the 4"));
        }
    }

    mod one_figure {
        use super::*;
        use crate::scenario::console::Scope;
        use crate::scenario::run::{run_commuter, small_scenario};

        #[test]
        fn the_console_and_the_policy_lab_count_the_same_agencies() {
            let run = run_commuter(1, &small_scenario(), || 0.0).unwrap();
            let verdict = LabVerdict {
                before: DossierSummary::default(),
                after: DossierSummary::default(),
                lost: 0,
                kept: 0,
            };
            for (scope, sharing) in [
                (Scope::OwnNetwork, SharingSetting::None),
                (Scope::Statewide, SharingSetting::Statewide),
                (Scope::National, SharingSetting::National),
            ] {
                let policy = Policy {
                    sharing,
                    ..Policy::common_setup()
                };
                let lab = Comparison::new(verdict.clone(), &run.town, &policy);
                let total = lab.access_after.total_agencies;
                assert_eq!(scope.networks(), total, "{scope:?}");
                // And the words on both screens carry the same number.
                let number = text::thousands(total as usize);
                assert!(scope.label().contains(&number), "{}", scope.label());
                assert!(
                    text::agencies(total).contains(&number),
                    "{}",
                    text::agencies(total)
                );
            }
        }
    }

    mod policy_lab {
        use super::*;

        use crate::scenario::run::three_weeks_run as month;

        #[test]
        fn the_common_set_up_against_itself_takes_nothing_away() {
            let run = month();
            let c = compare_policy(&run, &Policy::common_setup());
            assert_eq!(c.before, c.after);
            assert_eq!(c.lost, 0);
            assert!(
                c.kept > 0 && c.before.reads == run.rows.len() as u32,
                "{c:?}"
            );
        }

        #[test]
        fn no_sharing_leaves_the_town_police_alone_and_marks_real_companions() {
            let run = month();
            let policy = Policy {
                sharing: SharingSetting::None,
                ..Policy::common_setup()
            };
            let c = compare_policy(&run, &policy);
            assert!(c.access_after.total_agencies < c.access_before.total_agencies);
            let companions = run.simulation.companion_plates();
            for (plate, real) in &c.before.associates {
                let is_companion = companions.iter().any(|p| p.as_str() == plate.as_str());
                assert_eq!(*real, is_companion, "{plate}");
            }
        }
    }
}
