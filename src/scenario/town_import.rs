//! A real town from the files the visitor picked, as the town-wide worker builds it: a road
//! network (OpenStreetMap XML, Overpass JSON or PBF) with an optional camera file (KML,
//! GeoJSON or CSV), or a scenario file saved earlier ([`super::towns`]). The result is the
//! town's JSON and name for the page, or a problem naming the file, what is wrong with it
//! and what to try.
//!
//! Pure: bytes in, a value out, progress through a callback. Only the worker's desk calls
//! it, so the parsers stay out of the page's first download.

use serde::{Deserialize, Serialize};

use super::towns::{self, HeldTown, ScenarioFileError};
use crate::import::{ImportError, ImportStep, import_town, read_camera_file};
use crate::sim::{Scenario, TownFile};
use crate::text;

/// One file the visitor picked: its name (for messages) and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct PickedFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// What the page hears of a finished import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TownNews {
    pub file: TownFile,
    /// The town as JSON, which the page hands to later workers and saves. Not in the
    /// reply's JSON: the worker sends it beside the reply with the town's flat arrays
    /// ([`super::flat_town`]), from which the page builds the town.
    #[serde(skip)]
    pub town_json: String,
    /// The scenario of a scenario file (the visitor's life in that town); `None` for a
    /// fresh import.
    pub scenario: Option<Scenario>,
    /// Places found, kilometres of road kept, cameras read, put on a road, and left off.
    pub places: usize,
    pub road_km: f64,
    pub cameras_read: usize,
    pub cameras_snapped: usize,
    pub cameras_unmatched: usize,
    /// Milliseconds the worker took to read and build the town (set by the worker's glue,
    /// which has a clock; 0 here).
    #[serde(default)]
    pub import_millis: f64,
}

/// Why an import failed: which file, and what is wrong with it, typed: the worker that
/// finds it has no language, so the page words the whole message, with what to try, in the
/// visitor's language ([`ImportProblem::message`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportProblem {
    pub file: String,
    pub what: Trouble,
    /// What the visitor is told to try.
    pub advice: Advice,
}

/// What is wrong with an imported file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Trouble {
    /// A road map or camera file the importer refused.
    File(ImportError),
    /// A scenario file that cannot be loaded.
    ScenarioFile(ScenarioFileError),
    /// Already in words: the page's own (in its language), or a technical detail.
    Said(String),
}

/// What to try after an import failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Advice {
    /// A file too big: an export of a smaller area.
    SmallerArea,
    /// A file that is not a map or camera file, or a broken one: another export or format.
    AnotherExport,
    /// A saved scenario file: save it again, or load its map file instead.
    ScenarioFile,
    /// The browser, not the file: a current browser (no worker could start here).
    Browser,
    /// Nothing more than what is wrong (an empty file, too many files).
    Nothing,
}

impl ImportProblem {
    /// A road map or camera file the importer refused, with the advice that fits.
    pub fn of_file(file: &str, error: ImportError) -> ImportProblem {
        let advice = match &error {
            e if e.too_big() => Advice::SmallerArea,
            ImportError::NotARoadNetwork
            | ImportError::NotACameraFile
            | ImportError::Malformed { .. } => Advice::AnotherExport,
            _ => Advice::Nothing,
        };
        ImportProblem {
            file: file.to_owned(),
            what: Trouble::File(error),
            advice,
        }
    }

    /// A problem already in words, with no advice.
    pub fn said(file: &str, what: impl Into<String>) -> ImportProblem {
        ImportProblem {
            file: file.to_owned(),
            what: Trouble::Said(what.into()),
            advice: Advice::Nothing,
        }
    }

    /// No worker could start to read `file`: the file may be fine, the browser is not.
    pub fn needs_worker(file: &str) -> ImportProblem {
        ImportProblem {
            advice: Advice::Browser,
            ..ImportProblem::said(file, text::tools::import_needs_worker())
        }
    }

    /// The message for the visitor, in the page's language: which file, what is wrong,
    /// what to try.
    pub fn message(&self) -> String {
        let what = match &self.what {
            Trouble::File(error) => text::tools::import_error(error),
            Trouble::ScenarioFile(error) => text::tools::scenario_file_error(error),
            Trouble::Said(what) => what.clone(),
        };
        let file = self.file.as_str();
        match self.advice {
            Advice::SmallerArea => text::tools::import_problem(file, what),
            Advice::AnotherExport => text::tools::import_problem_format(file, what),
            Advice::ScenarioFile => text::tools::scenario_file_problem(file, what),
            Advice::Browser => text::tools::browser_problem(file, what),
            Advice::Nothing => text::tools::import_problem_plain(file, what),
        }
    }
}

/// The share of the import done, 0 to 100, after `step`: reading is most of the work.
pub fn percent_done(step: ImportStep) -> u32 {
    match step {
        ImportStep::Reading {
            read_bytes,
            total_bytes,
        } => (read_bytes.min(total_bytes) * 80 / total_bytes.max(1)) as u32,
        ImportStep::Roads => 82,
        ImportStep::Places => 90,
        ImportStep::Cameras => 95,
    }
}

/// The name a town gets from its file: `somerville-chelsea.osm.pbf` -> `somerville-chelsea`.
pub fn town_name(file_name: &str) -> &str {
    let file = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    file.split('.')
        .next()
        .filter(|n| !n.is_empty())
        .unwrap_or(file)
}

/// Builds the town of `road` (or loads a scenario file) with `cameras`' cameras, calling
/// `progress` with the share done (0 to 100) whenever it grows.
pub fn import_files(
    road: PickedFile,
    cameras: Option<PickedFile>,
    mut progress: impl FnMut(u32),
) -> Result<(HeldTown, TownNews), ImportProblem> {
    let problem = |file: &PickedFile, error| ImportProblem::of_file(file.name, error);
    if towns::looks_like_scenario_file(road.bytes) {
        let (scenario, town) =
            towns::read_scenario_file(road.bytes).map_err(|error| ImportProblem {
                file: road.name.to_owned(),
                what: Trouble::ScenarioFile(error),
                advice: Advice::ScenarioFile,
            })?;
        progress(100);
        let news = news_of(&town, Some(scenario), None);
        return Ok((town, news));
    }
    let records = match &cameras {
        Some(file) => {
            read_camera_file(file.bytes)
                .map_err(|e| problem(file, e))?
                .1
        }
        None => Vec::new(),
    };
    let mut last = 0;
    let mut step = |step: ImportStep| {
        let percent = percent_done(step);
        if percent > last {
            last = percent;
            progress(percent);
        }
    };
    let imported = import_town(town_name(road.name), road.bytes, &records, &mut step)
        .map_err(|e| problem(&road, e))?;
    let counts = imported.summary();
    let town = towns::town_of_map(imported.map).map_err(|e| ImportProblem::said(road.name, e))?;
    let news = news_of(
        &town,
        None,
        Some((
            counts.road_km,
            counts.cameras.read,
            counts.cameras.unmatched,
        )),
    );
    progress(100);
    Ok((town, news))
}

/// The page's news of `town`; `counts` (road km, cameras read, cameras left off the roads)
/// when the import counted them.
fn news_of(
    town: &HeldTown,
    scenario: Option<Scenario>,
    counts: Option<(f64, usize, usize)>,
) -> TownNews {
    let snapped = town.map.cameras.len();
    let meters: f64 = town.map.roads.iter().map(|r| r.length_meters).sum();
    let (road_km, read, unmatched) =
        counts.unwrap_or(((meters / 100.0).round() / 10.0, snapped, 0));
    TownNews {
        file: town.file.clone(),
        town_json: town.json.to_string(),
        scenario,
        places: town.map.places.len(),
        road_km,
        cameras_read: read,
        cameras_snapped: snapped,
        cameras_unmatched: unmatched,
        import_millis: 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STREETS: &[u8] = br#"<osm>
        <node id="1" lat="42.000" lon="-71.000"/><node id="2" lat="42.000" lon="-70.998"/>
        <node id="3" lat="42.002" lon="-70.998"/><node id="4" lat="42.002" lon="-71.000"/>
        <node id="5" lat="42.001" lon="-70.999"><tag k="amenity" v="place_of_worship"/>
          <tag k="religion" v="muslim"/><tag k="name" v="Islamic Center"/></node>
        <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
          <tag k="highway" v="residential"/><tag k="name" v="Ring Road"/></way>
    </osm>"#;

    fn picked<'a>(name: &'a str, bytes: &'a [u8]) -> PickedFile<'a> {
        PickedFile { name, bytes }
    }

    #[test]
    fn a_road_network_becomes_a_named_town_with_progress() {
        let mut said = Vec::new();
        let (town, news) =
            import_files(picked("ring.osm", STREETS), None, |p| said.push(p)).unwrap();
        assert_eq!(town.map.name, "ring");
        assert_eq!(news.file, town.file);
        assert_eq!(
            towns::town_of_json(&news.town_json).unwrap().file,
            town.file
        );
        assert_eq!(said.last(), Some(&100));
        assert!(said.windows(2).all(|w| w[0] < w[1]), "{said:?}");
    }

    #[test]
    fn a_broken_file_names_the_file_and_what_is_wrong() {
        let cut = &STREETS[..STREETS.len() / 2];
        let problem = import_files(picked("ring.osm", cut), None, |_| ()).unwrap_err();
        assert_eq!(problem.file, "ring.osm");
        assert!(
            problem.message().starts_with("ring.osm"),
            "{}",
            problem.message()
        );
        let empty = import_files(picked("empty.osm", b""), None, |_| ()).unwrap_err();
        assert!(empty.message().contains("empty"), "{}", empty.message());
    }

    mod in_the_visitors_language {
        use super::*;
        use crate::import::Counted;
        use crate::text::catalog::in_language;

        fn message_in(code: &str, bytes: &[u8]) -> String {
            let problem = import_files(picked("ring.osm", bytes), None, |_| ()).unwrap_err();
            in_language(code, || problem.message())
        }

        #[test]
        fn a_broken_or_foreign_file_is_worded_in_spanish_and_portuguese() {
            let cut = &STREETS[..STREETS.len() / 2];
            for bytes in [cut, &b"\x00\x01 random bytes"[..]] {
                let english = message_in("en", bytes);
                for code in ["es", "pt-BR"] {
                    let message = message_in(code, bytes);
                    assert!(message.starts_with("ring.osm: "), "{message}");
                    assert_ne!(message, english);
                    // Only the parser's quoted detail may stay English.
                    for english_words in ["broken OpenStreetMap", "not a road network", "Try "] {
                        assert!(!message.contains(english_words), "{code}: {message}");
                    }
                }
            }
        }

        #[test]
        fn a_smaller_area_is_advised_only_for_a_file_too_big() {
            let smaller = |code| in_language(code, || text::tools::import_problem("", ""));
            let advice = smaller("en");
            let advice = advice.trim_start_matches(": . ");
            let too_many = ImportProblem::of_file(
                "big.osm",
                ImportError::TooMany {
                    what: Counted::Nodes,
                    limit: 2_000_000,
                },
            );
            assert!(
                too_many.message().contains("smaller area"),
                "{}",
                too_many.message()
            );
            let empty = import_files(picked("empty.osm", b""), None, |_| ()).unwrap_err();
            let garbage = message_in("en", b"\x00\x01 random bytes");
            for message in [empty.message(), garbage] {
                assert!(!message.contains("smaller area"), "{message}");
                assert!(!message.contains(advice), "{message}");
            }
            for code in ["es", "pt-BR"] {
                let message = in_language(code, || empty.message());
                assert!(message.starts_with("empty.osm: "), "{message}");
                assert!(!message.contains("is empty"), "{code}: {message}");
            }
        }

        #[test]
        fn a_tampered_scenario_file_is_worded_in_the_page_language() {
            let problem = ImportProblem {
                file: "town.plate-trail.json".into(),
                what: Trouble::ScenarioFile(ScenarioFileError::Implausible(
                    towns::Implausible::NoRoads,
                )),
                advice: Advice::ScenarioFile,
            };
            let english = problem.message();
            assert!(english.contains("no roads"), "{english}");
            let spanish = in_language("es", || problem.message());
            assert!(spanish.contains("sin calles"), "{spanish}");
        }
    }

    #[test]
    fn a_browser_without_workers_is_blamed_not_the_file() {
        let map_advice = ImportProblem {
            advice: Advice::SmallerArea,
            ..ImportProblem::said("ring.osm", "too big")
        }
        .message();
        let problem = ImportProblem::needs_worker("ring.osm");
        assert_eq!(problem.advice, Advice::Browser);
        let message = problem.message();
        assert!(message.starts_with("ring.osm"), "{message}");
        // The map file's advice (a smaller area, another format) is not given for a browser.
        let map_tail = map_advice.trim_start_matches("ring.osm: too big");
        assert!(!message.contains(map_tail), "{message}");
    }

    #[test]
    fn a_broken_camera_file_is_named_not_the_road_network() {
        let problem = import_files(
            picked("ring.osm", STREETS),
            Some(picked("cams.geojson", b"{\"type\":")),
            |_| (),
        )
        .unwrap_err();
        assert_eq!(problem.file, "cams.geojson");
    }

    #[test]
    fn town_names_come_from_file_names() {
        assert_eq!(
            town_name("somerville-chelsea.osm.pbf"),
            "somerville-chelsea"
        );
        assert_eq!(town_name("C:\\maps\\town.osm"), "town");
    }
}
