//! The tools module's own words: "Massachusetts today" (the state's mapped cameras, their
//! attribution, the search by operator, the run as dense as a real town) and "Cameras on my
//! route" (the commute's cameras, the way round them, what the analyst still gets) and
//! "Your own town" (the import of a real road map, its problems, the scenario file).
//!
//! Each function holds its English pattern (`locales/en/tools.ftl`, see `build/locales.rs`),
//! and only the tools module calls them: the first visit's page must not, or their text
//! joins its download.

/// The typed message functions of `locales/en/tools.ftl`, written by `build.rs`.
pub mod messages {
    include!(concat!(env!("OUT_DIR"), "/messages_tools.rs"));
}
pub use messages::*;

use super::distance;

/// What an import found (Your own town, `#/import`).
pub fn town_imported(
    town: &str,
    places: usize,
    road_km: f64,
    cameras: (usize, usize, usize),
) -> String {
    let (read, snapped, unmatched) = cameras;
    messages::town_imported(
        town,
        super::ftl::Arg::fixed(road_km, 1),
        places,
        snapped,
        read,
        unmatched,
    )
}

/// The state map's accessible name; `matching` is the cameras of the operators searched
/// for, when the visitor searches.
pub fn map_label(cameras: usize, matching: Option<usize>) -> String {
    match matching {
        Some(matching) => ma_map_label_search(cameras, matching),
        None => ma_map_label(cameras),
    }
}

/// The camera list's caption: all `of` of them, or the first `shown`.
pub fn cameras_caption(shown: usize, of: usize) -> String {
    if shown == of {
        ma_cameras_caption_all(of)
    } else {
        ma_cameras_caption_first(shown, of)
    }
}

/// One way's route: "12 min, 3 cameras", with "(+4)" for the avoiding route's extra
/// minutes.
pub fn route_summary(minutes: u32, cameras: u32, extra_minutes: Option<u32>) -> String {
    match extra_minutes {
        Some(extra) => route_summary_extra(minutes, extra, cameras),
        None => messages::route_summary(minutes, cameras),
    }
}

/// Whose cameras a route passes: "Millbrook Police Department: 2, Lowe's: 1" (an operator
/// the map does not name is "" and said so).
pub fn route_operators(operators: &[(String, u32)]) -> String {
    if operators.is_empty() {
        return route_operators_none().to_owned();
    }
    operators
        .iter()
        .map(|(operator, n)| {
            let name = if operator.is_empty() {
                crate::text::route_operator_unknown()
            } else {
                operator.as_str()
            };
            route_operator(name, *n)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The round trip in one sentence (also announced): cameras the fastest way and the way
/// round, with the extra minutes a day, within `budget` minutes each way.
pub fn route_round_trip(fastest: u32, avoiding: u32, extra_minutes: u32, budget: u32) -> String {
    if fastest == 0 {
        route_round_trip_none().to_owned()
    } else if avoiding >= fastest {
        route_round_trip_no_way_round(budget, fastest)
    } else {
        messages::route_round_trip(fastest, avoiding, extra_minutes)
    }
}

/// How close a guess of home or work came: meters from the truth, and whether the truth is
/// inside the analyst's circle (when that is judged).
pub type Guess = Option<(f64, Option<bool>)>;

/// What the analyst gets from a month, driving the fastest way or (`avoiding`) the way
/// round: the vendor's reads of the car and how close the home and work guesses came.
pub fn route_analyst(avoiding: bool, reads: u32, home: Guess, work: Guess) -> String {
    let yes_no = |inside: bool| if inside { "yes" } else { "no" };
    let home = match home {
        None => route_home_none().to_owned(),
        Some((meters, None)) => route_home(distance(meters)),
        Some((meters, Some(inside))) => route_home_judged(distance(meters), yes_no(inside)),
    };
    let work = match work {
        None => route_work_none().to_owned(),
        Some((meters, None)) => route_work(distance(meters)),
        Some((meters, Some(inside))) => route_work_judged(distance(meters), yes_no(inside)),
    };
    if avoiding {
        route_analyst_avoiding(reads, home, work)
    } else {
        route_analyst_fastest(reads, home, work)
    }
}

/// Why the importer refused a file, in the page's language (the worker that finds it has
/// none). A broken file's detail is the file reader's own technical English, quoted.
pub fn import_error(error: &crate::import::ImportError) -> String {
    use crate::import::{Counted, ImportError, error::grouped};
    match error {
        ImportError::Empty => import_error_empty().to_owned(),
        ImportError::TooLarge { bytes, limit } => {
            import_error_too_large(grouped(*bytes), grouped(*limit))
        }
        ImportError::TooMany { what, limit } => {
            let what = match what {
                Counted::Nodes => "nodes",
                Counted::Ways => "ways",
                Counted::Cameras => "cameras",
            };
            import_error_too_many(grouped(*limit), what)
        }
        ImportError::NotARoadNetwork => import_error_not_a_road_network().to_owned(),
        ImportError::NotACameraFile => import_error_not_a_camera_file().to_owned(),
        ImportError::Malformed { format, detail } => {
            import_error_malformed(format.name(), detail.as_str())
        }
        ImportError::NoDrivableRoads => import_error_no_roads().to_owned(),
        ImportError::NoCameras => import_error_no_cameras().to_owned(),
    }
}

/// Why a scenario file cannot be loaded, in the page's language.
pub fn scenario_file_error(error: &crate::scenario::towns::ScenarioFileError) -> String {
    use crate::scenario::towns::{
        Implausible, MAX_TOWN_NAME_CHARS, SCENARIO_FILE_VERSION, ScenarioFileError,
    };
    match error {
        ScenarioFileError::Broken { detail } => scenario_file_broken(detail.as_str()),
        ScenarioFileError::Newer { version } => {
            scenario_file_newer(*version, SCENARIO_FILE_VERSION)
        }
        ScenarioFileError::Implausible(what) => {
            let what = match what {
                Implausible::NoRoads => "no-roads",
                Implausible::Road => "road",
                Implausible::Camera => "camera",
                Implausible::LongName => "long-name",
                Implausible::Settings => "settings",
            };
            scenario_file_implausible(what, MAX_TOWN_NAME_CHARS)
        }
    }
}

/// "The database holds 183,201 reads of 10,012 plates from 30 simulated days."
pub fn console_database(reads: usize, plates: usize, days: u32) -> String {
    messages::console_database(reads, plates, days)
}

/// "The search took 12 ms in your browser."
pub fn search_millis(millis: f64) -> String {
    messages::search_millis(millis)
}

/// "All of them" or "40% of them".
pub fn camera_percent(percent: u32) -> String {
    messages::camera_percent(percent.min(100))
}

/// The search purposes a policy forbids sharing for.
pub fn banned_note(banned: &[crate::analyst::sharing::SearchPurpose]) -> String {
    let names: Vec<&str> = banned.iter().map(|p| super::purpose_name(*p)).collect();
    messages::banned_note(super::list_with_and(&names))
}

pub fn sharing_slug(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => sharing_slug_none(),
        OneToOne => sharing_slug_one_to_one(),
        VendorContractClause => sharing_slug_vendor_contract_clause(),
        Radius => sharing_slug_radius(),
        Statewide => sharing_slug_statewide(),
        National => sharing_slug_national(),
    }
}

pub fn sharing_short(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => sharing_short_none(),
        OneToOne => sharing_short_one_to_one(),
        VendorContractClause => sharing_short_vendor_contract_clause(),
        Radius => sharing_short_radius(),
        Statewide => sharing_short_statewide(),
        National => sharing_short_national(),
    }
}

pub fn sharing_label(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => sharing_label_none(),
        OneToOne => sharing_label_one_to_one(),
        VendorContractClause => sharing_label_vendor_contract_clause(),
        Radius => sharing_label_radius(),
        Statewide => sharing_label_statewide(),
        National => sharing_label_national(),
    }
}

/// A group's label in the "who can see it" list, before its count ("Federal agencies: 1").
pub fn agency_kind_name(kind: crate::analyst::AgencyKind) -> &'static str {
    use crate::analyst::AgencyKind::*;
    match kind {
        TownPolice => agency_kind_name_town_police(),
        NeighbourPolice => agency_kind_name_neighbour_police(),
        StatePolice => agency_kind_name_state_police(),
        StatewideAgency => agency_kind_name_statewide_agency(),
        NationalLookupAgency => agency_kind_name_national_lookup_agency(),
        FederalAgency => agency_kind_name_federal_agency(),
        Vendor => agency_kind_name_vendor(),
    }
}

/// A group's agencies, as the "who can see it" list names them: operators by their own
/// names, the others described in the visitor's language.
pub fn access_examples(examples: &[crate::analyst::sharing::Example]) -> String {
    use crate::analyst::sharing::Example::*;
    let words: Vec<&str> = examples
        .iter()
        .map(|example| match example {
            Named(name) => name.as_str(),
            NeighbouringDepartment => access_example_neighbouring_department(),
            StatePolice => access_example_state_police(),
            OtherDepartmentsInState => access_example_other_departments_in_state(),
            DepartmentsInOtherStates => access_example_departments_in_other_states(),
            FederalThroughLocal => access_example_federal_through_local(),
            VendorAndWhoever => access_example_vendor_and_whoever(),
        })
        .collect();
    words.join(", ")
}

/// Where a group of the "who can see it" list, and its count, come from.
pub fn access_source(source: crate::analyst::sharing::GroupSource) -> String {
    use crate::analyst::sharing::{self, GroupSource::*};
    let (fewest, most) = sharing::NATIONAL_REACH_NETWORKS;
    match source {
        RunsTheCameras => access_source_runs_the_cameras().to_owned(),
        OnePartner => access_source_one_partner().to_owned(),
        WithinTheRadius => access_source_within_the_radius().to_owned(),
        StatewideContracts => access_source_statewide_contracts(sharing::STATEWIDE_NETWORKS),
        FederalLookups => access_source_federal_lookups().to_owned(),
        VendorContract => access_source_vendor_contract().to_owned(),
        NationalSearches => {
            access_source_national_searches(fewest, most, sharing::NATIONAL_NETWORKS)
        }
    }
}

pub fn retention_label(retention: crate::analyst::Retention) -> &'static str {
    use crate::analyst::Retention::*;
    match retention {
        ThreeMinutesUnlessHit => retention_label_three_minutes_unless_hit(),
        FortyEightHours => retention_label_forty_eight_hours(),
        TwentyOneDays => retention_label_twenty_one_days(),
        ThirtyDays => retention_label_thirty_days(),
        OneYear => retention_label_one_year(),
    }
}

/// What a sharing setting means.
pub fn sharing_explained(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => sharing_explained_none(),
        OneToOne => sharing_explained_one_to_one(),
        VendorContractClause => sharing_explained_vendor_contract_clause(),
        Radius => sharing_explained_radius(),
        Statewide => sharing_explained_statewide(),
        National => super::national_reach(),
    }
}

/// Where a preset's rules come from.
pub fn preset_citation(source: crate::analyst::PresetSource) -> &'static str {
    use crate::analyst::PresetSource::*;
    match source {
        CommonSetup => preset_citation_common_setup(),
        NewHampshire => preset_citation_new_hampshire(),
        MassachusettsH3431 => preset_citation_massachusetts_h3431(),
        Maine => preset_citation_maine(),
        Virginia => preset_citation_virginia(),
        California => preset_citation_california(),
        Illinois => preset_citation_illinois(),
        OneYear => preset_citation_one_year(),
    }
}

/// "Found: within 2.0 km (600 m from your real home)": the distances as the dossier writes
/// them ([`distance`]), so the policy lab and the dossier quote one run alike.
/// `home` picks the home's words, else the workplace's (each language words them on its
/// own: Portuguese's "sua casa" and "seu trabalho" differ in gender).
pub fn anchor_found(radius_meters: f64, error_meters: f64, home: bool) -> String {
    let (radius, error) = (distance(radius_meters), distance(error_meters));
    if home {
        messages::anchor_found_home(radius, error)
    } else {
        messages::anchor_found_work(radius, error)
    }
}

/// "4KTR217 (a coincidence)".
pub fn associate_line(plate: &str, real: bool) -> String {
    if real {
        associate_line_real(plate)
    } else {
        associate_line_coincidence(plate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod route_sentences {
        use super::*;

        #[test]
        fn name_whose_cameras_a_route_passes() {
            let operators = [("Chelsea Police".to_owned(), 2), (String::new(), 1)];
            assert_eq!(
                route_operators(&operators),
                "Chelsea Police: 2, operator not mapped: 1"
            );
            assert_eq!(route_operators(&[]), "none");
        }

        #[test]
        fn count_one_camera_as_one() {
            assert_eq!(route_summary(12, 1, None), "12\u{a0}min, 1 camera");
            assert_eq!(route_summary(16, 3, Some(4)), "16\u{a0}min (+4), 3 cameras");
        }

        #[test]
        fn say_when_there_is_no_way_round() {
            assert!(route_round_trip(0, 0, 0, 5).contains("no camera"));
            assert!(route_round_trip(4, 4, 0, 5).contains("no way round"));
            assert_eq!(
                route_round_trip(4, 1, 6, 5),
                "A round trip passes 4 cameras the fastest way, 1 the way round, for 6 extra minutes a day."
            );
        }

        #[test]
        fn judge_the_guesses_against_the_truth() {
            let text = route_analyst(true, 12, Some((140.0, Some(true))), None);
            assert_eq!(
                text,
                "If every commute goes the way round: the vendor holds 12 reads of your car in the month; home guessed 140\u{a0}m from the truth, inside their circle; work: no guess."
            );
        }
    }
}
