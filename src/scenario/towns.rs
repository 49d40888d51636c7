//! The town a run drives in: the one generated from the seed, or a real town imported from
//! a file ([`Scenario::town_file`]), and the versioned scenario file that carries an
//! imported town, its cameras and the visitor's life from one browser to another.
//!
//! A scenario only names its imported town (a share link or a saved setting cannot carry
//! megabytes of roads), so the town itself is held here, once per thread: the page holds the
//! one the visitor imported, the town-wide worker the one the page handed it. Both hold the
//! town's JSON as the worker wrote it, so the page can hand it to a new worker, or save it,
//! without writing it again. [`town_of`] is where every run (and the route panel) takes its
//! town, and [`simulate_in_detail`] what every run calls instead of the core's: a scenario
//! whose town this thread does not hold is an error for the visitor, never a run on another
//! town.
//!
//! Pure: no UI crates, no files (the file's bytes come and go as strings).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::sim::pace::{Pace, Straight, straight_through};
use crate::sim::{DetailedRun, Scenario, TownFile, TownMap};
use crate::text;

/// What a scenario file says it is, in its first bytes.
pub const SCENARIO_FILE_FORMAT: &str = "plate-trail-scenario";
/// The scenario file's version; a newer file is refused with a message, never misread.
pub const SCENARIO_FILE_VERSION: u32 = 1;
/// The longest town name a scenario file may give, characters (a real town's, with its
/// state, is well under this).
pub const MAX_TOWN_NAME_CHARS: usize = 100;

/// Why a scenario file cannot be loaded; the page words it (`text::tools`), since the worker
/// that reads the file has no language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScenarioFileError {
    /// Not a scenario file, or cut off: the reader's technical detail.
    Broken { detail: String },
    /// From a newer Plate Trail: its version.
    Newer { version: u32 },
    /// Read whole, but holding what no Plate Trail saves (a file changed by hand).
    Implausible(Implausible),
}

/// What in a scenario file no Plate Trail could have saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Implausible {
    /// A town without a road to drive on.
    NoRoads,
    /// A road of negative, infinite or NaN length, or no positive speed.
    Road,
    /// A camera whose chance of reading a plate is not between 0 and 1.
    Camera,
    /// A town name longer than [`MAX_TOWN_NAME_CHARS`].
    LongName,
    /// Days, cameras, cars, times or places outside the controls' limits
    /// ([`super::limits::plausible_in`]).
    Settings,
}

/// Why `map` cannot be a town a Plate Trail import made.
pub fn implausible_town(map: &TownMap) -> Option<Implausible> {
    let road_ok = |r: &crate::sim::RoadSegment| {
        r.length_meters.is_finite()
            && r.length_meters >= 0.0
            && r.speed_kmh.is_finite()
            && r.speed_kmh > 0.0
    };
    if map.name.chars().count() > MAX_TOWN_NAME_CHARS {
        Some(Implausible::LongName)
    } else if map.roads.is_empty() {
        Some(Implausible::NoRoads)
    } else if !map.roads.iter().all(road_ok) {
        Some(Implausible::Road)
    } else if !map
        .cameras
        .iter()
        .all(|c| (0.0..=1.0).contains(&c.read_probability))
    {
        Some(Implausible::Camera)
    } else {
        None
    }
}

/// An imported town as this thread holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldTown {
    pub file: TownFile,
    pub map: Rc<TownMap>,
    /// The map's JSON, as written once where it was imported.
    pub json: Rc<str>,
}

thread_local! {
    static HELD: RefCell<Option<HeldTown>> = const { RefCell::new(None) };
    /// How the shared code reads the held town ([`held_map`], [`held_json`], [`holds`]): set
    /// by [`hold`], so a module that never holds a town (the first visit's page, whose
    /// simulator stands the made-up town in) links no copy of a held town's roads.
    static READERS: Cell<Option<&'static Readers>> = const { Cell::new(None) };
}

/// Readers of the held town, reached through [`READERS`].
struct Readers {
    map: fn(&TownFile) -> Option<TownMap>,
    json: fn(&TownFile) -> Option<String>,
    holds: fn(&TownFile) -> bool,
}

static READERS_OF_HELD: Readers = Readers {
    map: |file| held_for(file).map(|town| TownMap::clone(&town.map)),
    json: |file| held_for(file).map(|town| town.json.to_string()),
    holds: |file| {
        HELD.with_borrow(|held| {
            held.as_ref()
                .is_some_and(|town| town.file.digest == file.digest)
        })
    },
};

/// 16 hex digits of 64-bit FNV-1a over `bytes`: a town's digest.
pub fn digest_hex(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Writes `map` once and names it: what an import hands to [`hold`]. The town held is the
/// one read back from that JSON, as the page will read it: serde's float parsing may differ
/// from the written float in the last bit, and the page and the worker must drive the very
/// same roads.
pub fn town_of_map(map: TownMap) -> Result<HeldTown, String> {
    let json = serde_json::to_string(&map).map_err(|e| e.to_string())?;
    town_of_json(&json)
}

/// Reads a town's JSON (from the worker, or from a page handing it to a new worker).
pub fn town_of_json(json: &str) -> Result<HeldTown, String> {
    let map: TownMap = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(HeldTown {
        file: TownFile {
            name: map.name.clone(),
            digest: digest_hex(json.as_bytes()),
        },
        map: Rc::new(map),
        json: json.into(),
    })
}

/// Holds `town` for this thread's runs, in place of any held before.
pub fn hold(town: HeldTown) {
    HELD.set(Some(town));
    READERS.set(Some(&READERS_OF_HELD));
}

/// A copy of the held town's roads and places if it is `file`'s.
pub fn held_map(file: &TownFile) -> Option<TownMap> {
    READERS.get().and_then(|read| (read.map)(file))
}

/// The held town's JSON if it is `file`'s (to hand to a new worker).
pub fn held_json(file: &TownFile) -> Option<String> {
    READERS.get().and_then(|read| (read.json)(file))
}

/// True when this thread holds `file`'s town.
pub fn holds(file: &TownFile) -> bool {
    READERS.get().is_some_and(|read| (read.holds)(file))
}

/// The imported town this thread holds.
pub fn held() -> Option<HeldTown> {
    HELD.with_borrow(Clone::clone)
}

/// The held town if it is `file`'s (by its digest: a link carries the name only roughly).
pub fn held_for(file: &TownFile) -> Option<HeldTown> {
    held().filter(|town| town.file.digest == file.digest)
}

/// Runs `scenario` in its town: the generated one, or the imported one this thread holds.
pub fn simulate_in_detail(scenario: &Scenario) -> Result<DetailedRun, String> {
    straight_through(simulate_in_detail_paced(scenario, &mut Straight))
}

/// Like [`simulate_in_detail`], pausing at `pace` between cars.
pub async fn simulate_in_detail_paced(
    scenario: &Scenario,
    pace: &mut impl Pace,
) -> Result<DetailedRun, String> {
    let map = town_of_paced(scenario, pace).await?;
    crate::sim::simulate_on_map_paced(scenario, map, pace)
        .await
        .map_err(|e| e.to_string())
}

/// `scenario`'s town, its counts checked: the imported one this thread holds (never
/// another: a town it does not hold is an error for the visitor), or the one generated from
/// the seed with `scenario.camera_count` cameras. Every run and the route panel take their
/// town here.
pub fn town_of(scenario: &Scenario) -> Result<TownMap, String> {
    straight_through(town_of_paced(scenario, &mut Straight))
}

/// What a run on the imported town `file` says when this thread does not hold it: load the
/// map file or the scenario file. A link may name no town (its `town` value cut after the
/// digest), and then the sentence names none.
pub fn file_needed(file: &TownFile) -> String {
    match file.name.as_str() {
        "" => text::town_file_needed_unnamed().to_owned(),
        name => text::town_file_needed(name),
    }
}

/// [`town_of`], pausing at `pace` inside a generated town's making. The same town.
pub async fn town_of_paced(scenario: &Scenario, pace: &mut impl Pace) -> Result<TownMap, String> {
    match &scenario.town_file {
        Some(file) => held_map(file).ok_or_else(|| file_needed(file)),
        None => crate::sim::town_for_paced(scenario, pace)
            .await
            .map_err(|e| e.to_string()),
    }
}

/// A scenario file's first part: what it is and its version, read before the rest.
#[derive(Deserialize)]
struct FileHeader {
    format: String,
    version: u32,
}

/// A scenario file's content (see [`scenario_file`]): the town as the text it was saved as.
#[derive(Deserialize)]
struct ScenarioFileBody<'a> {
    scenario: Scenario,
    #[serde(borrow)]
    town: &'a serde_json::value::RawValue,
}

/// The head of a scenario file as [`scenario_file`] writes it.
#[derive(Serialize)]
struct FileHead<'a> {
    format: &'a str,
    version: u32,
    scenario: &'a Scenario,
}

/// The scenario file of `scenario` on the held `town`: JSON with its format and version
/// first, the scenario (seed, days, cameras, the visitor's life) and the whole town with its
/// cameras. The town's JSON is put in as it is, never written again.
pub fn scenario_file(scenario: &Scenario, town: &HeldTown) -> Result<String, String> {
    let head = serde_json::to_string(&FileHead {
        format: SCENARIO_FILE_FORMAT,
        version: SCENARIO_FILE_VERSION,
        scenario,
    })
    .map_err(|e| e.to_string())?;
    let open = head.strip_suffix('}').ok_or("a scenario is an object")?;
    Ok(format!("{open},\"town\":{}}}", town.json))
}

/// True when `bytes` start like a scenario file (so the import reads them as one).
pub fn looks_like_scenario_file(bytes: &[u8]) -> bool {
    let start = &bytes[..bytes.len().min(200)];
    let start = String::from_utf8_lossy(start);
    start.trim_start().starts_with('{') && start.contains(SCENARIO_FILE_FORMAT)
}

/// Reads a scenario file: its scenario (naming its town) and the town, checked as a share
/// link or a saved scenario is ([`super::limits::plausible_in`], with the places on this
/// town's roads) and the town as an import makes it ([`implausible_town`]). An error says
/// what is wrong with the file.
pub fn read_scenario_file(bytes: &[u8]) -> Result<(Scenario, HeldTown), ScenarioFileError> {
    let broken = |detail: String| ScenarioFileError::Broken { detail };
    let header: FileHeader = serde_json::from_slice(bytes).map_err(|e| broken(e.to_string()))?;
    if header.format != SCENARIO_FILE_FORMAT {
        return Err(broken(header.format.chars().take(40).collect()));
    }
    if header.version > SCENARIO_FILE_VERSION {
        return Err(ScenarioFileError::Newer {
            version: header.version,
        });
    }
    let body: ScenarioFileBody =
        serde_json::from_slice(bytes).map_err(|e| broken(e.to_string()))?;
    let town = town_of_json(body.town.get()).map_err(broken)?;
    if let Some(what) = implausible_town(&town.map) {
        return Err(ScenarioFileError::Implausible(what));
    }
    let scenario = Scenario {
        town_file: Some(town.file.clone()),
        ..body.scenario
    };
    let area = crate::sim::PlanArea::of_map(&town.map);
    let scenario = area
        .and_then(|area| super::limits::plausible_in(scenario, &area))
        .ok_or(ScenarioFileError::Implausible(Implausible::Settings))?;
    Ok((scenario, town))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::run::small_scenario;
    use crate::sim::{DEFAULT_CAMERA_COUNT, generate_town};

    /// A town that is not the seed's: the generated town of another seed, renamed.
    fn other_town() -> HeldTown {
        let mut map = generate_town(9, DEFAULT_CAMERA_COUNT);
        map.name = "Imported".to_owned();
        town_of_map(map).unwrap()
    }

    mod scenario_file {
        use super::*;

        #[test]
        fn a_saved_scenario_loads_as_the_same_run() {
            let town = other_town();
            hold(town.clone());
            let scenario = Scenario {
                town_file: Some(town.file.clone()),
                ..small_scenario()
            };
            let before = simulate_in_detail(&scenario).unwrap();
            let file = scenario_file(&scenario, &town).unwrap();
            HELD.set(None);
            let (loaded, loaded_town) = read_scenario_file(file.as_bytes()).unwrap();
            assert_eq!(loaded, scenario);
            assert_eq!(loaded_town.file, town.file);
            hold(loaded_town);
            let after = simulate_in_detail(&loaded).unwrap();
            assert_eq!(after.simulation.digest(), before.simulation.digest());
        }

        #[test]
        fn a_newer_version_is_refused_with_a_message() {
            let file = br#"{"format":"plate-trail-scenario","version":99,"scenario":{}}"#;
            let error = read_scenario_file(file).unwrap_err();
            assert_eq!(error, ScenarioFileError::Newer { version: 99 });
        }

        /// The scenario file of `scenario` on [`other_town`] changed by `edit`, read back.
        fn tampered(
            scenario: Scenario,
            edit: impl FnOnce(&mut TownMap),
        ) -> Result<(Scenario, HeldTown), ScenarioFileError> {
            let mut map = TownMap::clone(&other_town().map);
            edit(&mut map);
            let town = town_of_map(map).unwrap();
            read_scenario_file(scenario_file(&scenario, &town).unwrap().as_bytes())
        }

        #[test]
        fn a_file_changed_by_hand_is_refused_as_a_link_would_be() {
            let settings = Err(ScenarioFileError::Implausible(Implausible::Settings));
            for days in [0, 100_000] {
                let scenario = Scenario {
                    days,
                    ..small_scenario()
                };
                assert_eq!(tampered(scenario, |_| ()), settings);
            }
            let crowded = Scenario {
                population: 60_000,
                ..small_scenario()
            };
            assert_eq!(tampered(crowded, |_| ()), settings);
            // A home the town's roads are nowhere near.
            let mut far = small_scenario();
            let mut plan = crate::sim::CommuterPlan::for_persona(
                crate::sim::Persona::Student,
                &other_town().map,
                3,
            );
            plan.home = [139.7, 35.6];
            far.commuter = Some(plan);
            assert_eq!(tampered(far, |_| ()), settings);
        }

        #[test]
        fn a_town_changed_by_hand_is_refused_with_what_is_wrong() {
            let refused = |what| Err(ScenarioFileError::Implausible(what));
            let scenario = small_scenario;
            assert_eq!(
                tampered(scenario(), |m| m.roads.clear()),
                refused(Implausible::NoRoads)
            );
            assert_eq!(
                tampered(scenario(), |m| m.roads[0].length_meters = -11_200.0),
                refused(Implausible::Road)
            );
            assert_eq!(
                tampered(scenario(), |m| m.roads[0].speed_kmh = 0.0),
                refused(Implausible::Road)
            );
            assert_eq!(
                tampered(scenario(), |m| m.cameras[0].read_probability = 7.0),
                refused(Implausible::Camera)
            );
            assert_eq!(
                tampered(scenario(), |m| m.name = "x".repeat(5_000)),
                refused(Implausible::LongName)
            );
            assert!(tampered(scenario(), |_| ()).is_ok());
        }

        #[test]
        fn a_cut_off_file_is_refused_with_a_message() {
            let town = other_town();
            let file = scenario_file(&small_scenario(), &town).unwrap();
            let cut = &file.as_bytes()[..file.len() / 2];
            assert!(looks_like_scenario_file(cut));
            assert!(read_scenario_file(cut).is_err());
        }
    }

    mod imported_runs {
        use super::*;

        #[test]
        fn a_run_on_a_town_not_held_is_an_error_not_another_town() {
            HELD.set(None);
            let scenario = Scenario {
                town_file: Some(TownFile {
                    name: "Somerville".to_owned(),
                    digest: "0".repeat(16),
                }),
                ..small_scenario()
            };
            let message = simulate_in_detail(&scenario).unwrap_err();
            assert!(message.contains("Somerville"), "{message}");
        }

        #[test]
        fn a_link_naming_no_town_gets_a_sentence_without_a_blank_name() {
            // A link whose `town` value was cut after the digest names no town.
            HELD.set(None);
            let scenario = Scenario {
                town_file: Some(TownFile {
                    name: String::new(),
                    digest: "0".repeat(16),
                }),
                ..small_scenario()
            };
            let message = simulate_in_detail(&scenario).unwrap_err();
            assert!(
                message.starts_with("This run is on a town read from a map file"),
                "{message}"
            );
            assert!(!message.contains(" ,"), "{message}");
        }

        #[test]
        fn a_run_on_a_held_town_drives_its_roads() {
            let town = other_town();
            hold(town.clone());
            let scenario = Scenario {
                town_file: Some(town.file.clone()),
                ..small_scenario()
            };
            let run = simulate_in_detail(&scenario).unwrap();
            assert_eq!(run.simulation.map.name, "Imported");
            assert_eq!(run.simulation.map.roads, town.map.roads);
        }
    }
}
