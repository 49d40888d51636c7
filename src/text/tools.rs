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
