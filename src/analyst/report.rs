//! The JSON summary `simulate --analyze` prints: the commuter's reconstructed profile and the
//! uniqueness curve, in the documented shape
//! `{profile: {home, home_radius_m, work, work_radius_m, places: [{place, kind, visits,
//! sensitive}], associates: [plate]}, uniqueness: [{points, unique_fraction}]}`.
//! Positions are `[lon, lat]` degrees; a missing home or work is `null`.

use serde_json::{Value, json};

use crate::analyst::index::SightingIndex;
use crate::analyst::profile::{Profile, build_profile};
use crate::analyst::routes::RouteModel;
use crate::analyst::uniqueness::{UniquenessReport, uniqueness};
use crate::sim::Simulation;

/// Runs the analyst on the commuter's plate (vehicle 0's plate, as the visitor would type it)
/// and the uniqueness test over the whole database.
pub fn analysis_json(sim: &Simulation) -> Value {
    let index = SightingIndex::from_simulation(sim);
    let routes = RouteModel::new(&sim.map);
    let Some(commuter) = sim.commuter() else {
        return json!({ "profile": Value::Null, "uniqueness": [] });
    };
    let profile = build_profile(&index, &routes, &sim.map, commuter.plate);
    json_of(&profile, &uniqueness(&index))
}

/// The documented JSON shape of a profile and a uniqueness report.
pub fn json_of(profile: &Profile, uniqueness: &UniquenessReport) -> Value {
    let places: Vec<Value> = profile
        .places
        .iter()
        .map(|p| {
            json!({
                "place": p.place,
                "kind": p.kind,
                "visits": p.visits.len(),
                "sensitive": p.sensitive,
            })
        })
        .collect();
    let associates: Vec<String> = profile
        .associates
        .iter()
        .map(|a| a.plate.to_string())
        .collect();
    json!({
        "profile": {
            "home": profile.home.as_ref().map(|a| a.position),
            "home_radius_m": profile.home.as_ref().map(|a| a.radius_meters),
            "work": profile.work.as_ref().map(|a| a.position),
            "work_radius_m": profile.work.as_ref().map(|a| a.radius_meters),
            "places": places,
            "associates": associates,
        },
        "uniqueness": uniqueness
            .by_points
            .iter()
            .map(|u| json!({ "points": u.points, "unique_fraction": u.unique_fraction }))
            .collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;

    mod json_contract {
        use super::*;

        #[test]
        fn has_the_documented_fields() {
            let sim = fixtures::commuter_month(6);
            let value = analysis_json(&sim);
            let profile = &value["profile"];
            for key in [
                "home",
                "home_radius_m",
                "work",
                "work_radius_m",
                "places",
                "associates",
            ] {
                assert!(profile.get(key).is_some(), "missing {key}");
            }
            assert_eq!(profile["home"].as_array().unwrap().len(), 2);
            let curve = value["uniqueness"].as_array().unwrap();
            assert_eq!(curve.len(), 8);
            assert!(curve[0].get("points").is_some() && curve[0].get("unique_fraction").is_some());
        }
    }
}
