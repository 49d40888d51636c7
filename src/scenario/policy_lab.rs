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
use crate::scenario::Run;
use crate::sim::{LonLat, Simulation, TownMap};
use crate::text;

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
    /// Places flagged, "Name (kind)".
    pub places: Vec<String>,
    pub sensitive: Vec<String>,
    /// Plates seen travelling with the car, and whether each really does.
    pub associates: Vec<(String, bool)>,
}

/// Before (the vendor's defaults) and after (the lab's levers).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub before: DossierSummary,
    pub after: DossierSummary,
    pub access_before: Access,
    pub access_after: Access,
    /// Search purposes the policy bans sharing for.
    pub banned: Vec<SearchPurpose>,
    /// Inferences the policy takes away.
    pub lost: usize,
    /// Inferences still possible.
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
    let name = |id: &u32| {
        sim.map
            .places
            .get(*id as usize)
            .map(|p| format!("{} ({})", p.name, text::place_kind_name(p.kind)))
    };
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

/// What the analyst can still tell under a policy, against the common set-up: the part of
/// a [`Comparison`] that needs the whole town's database (the town-wide worker computes it
/// and sends it as JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabVerdict {
    pub before: DossierSummary,
    pub after: DossierSummary,
    /// Inferences the policy takes away.
    pub lost: usize,
    /// Inferences still possible.
    pub kept: usize,
}

/// The verdict for `policy` on the visitor's run, as of the end of the simulation. Slow: it
/// re-runs the analyst twice.
pub fn judge_policy(run: &Run, policy: &Policy) -> LabVerdict {
    let sim = &run.simulation;
    let routes = RouteModel::new(&sim.map);
    let result = compare(sim, &routes, run.commuter_plate(), policy, run.end_minute);
    let companions = sim.companion_plates();
    LabVerdict {
        before: summary(&result.before, sim, &companions),
        after: summary(&result.after, sim, &companions),
        lost: result.lost.len(),
        kept: result.kept.len(),
    }
}

impl Comparison {
    /// The whole comparison from a verdict: who can query the reads before and after is a
    /// matter of the town's cameras and the sharing setting alone.
    pub fn new(verdict: LabVerdict, town: &TownMap, policy: &Policy) -> Comparison {
        Comparison {
            before: verdict.before,
            after: verdict.after,
            access_before: who_can_query(Policy::vendor_default().sharing, town),
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
    use crate::sim::Scenario;

    mod policy_lab {
        use super::*;

        fn month() -> Run {
            let scenario = Scenario {
                seed: 1,
                days: 21,
                population: 600,
                ..Scenario::default()
            };
            crate::scenario::run::run_town(0, &scenario, || 0.0).expect("a run")
        }

        #[test]
        fn the_common_set_up_against_itself_takes_nothing_away() {
            let run = month();
            let c = compare_policy(&run, &Policy::vendor_default());
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
                ..Policy::vendor_default()
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
