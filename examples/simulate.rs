//! Headless run of the simulation: prints one JSON object (see `plate_trail::sim::report`).
//!
//! ```sh
//! cargo run --release --example simulate -- --seed 7 --days 30 --vehicles 10000 \
//!     [--population-out sightings.csv] [--analyze] [--osm FILE [--cameras FILE]]
//! ```
//!
//! `--vehicles` is the background population (the commuter and companions come on top).
//! `--analyze` adds the analyst's findings as top-level `profile` and `uniqueness` fields
//! (`plate_trail::analyst::report::analysis_json`).
//! `--osm FILE` runs on the town imported from an OpenStreetMap file (XML, Overpass JSON or
//! PBF) instead of the generated one, with the ALPR nodes in it and `--cameras FILE`'s
//! (KML, GeoJSON or CSV; `--cameras` then has no count), the output unchanged.
//! Bad arguments print a message on stderr and exit with status 2; a bad file's message
//! names the file.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

use plate_trail::analyst::report::analysis_json;
use plate_trail::sim::report::{simulation_report, write_population_csv};
use plate_trail::sim::{Scenario, Simulation, simulate, simulate_on_map};

#[path = "common/town_file.rs"]
mod town_file;

struct Options {
    scenario: Scenario,
    population_out: Option<String>,
    analyze: bool,
    osm: Option<String>,
    camera_file: Option<String>,
}

fn parse_number(flag: &str, value: Option<String>) -> Result<u64, String> {
    let value = value.ok_or_else(|| format!("{flag} needs a value"))?;
    if value.starts_with('-') {
        return Err(format!("{flag} must not be negative (got {value})"));
    }
    value
        .parse()
        .map_err(|_| format!("{flag} takes a whole number (got {value})"))
}

fn parse_count(flag: &str, value: Option<String>) -> Result<u32, String> {
    let n = parse_number(flag, value)?;
    u32::try_from(n).map_err(|_| format!("{flag} {n} is far too large"))
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        scenario: Scenario::default(),
        population_out: None,
        analyze: false,
        osm: None,
        camera_file: None,
    };
    let mut camera_value = None;
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--seed" => options.scenario.seed = parse_number(&flag, args.next())?,
            "--days" => options.scenario.days = parse_count(&flag, args.next())?,
            "--vehicles" => options.scenario.population = parse_count(&flag, args.next())?,
            "--cameras" => camera_value = Some(args.next().ok_or("--cameras needs a value")?),
            "--osm" => options.osm = Some(args.next().ok_or("--osm needs a file name")?),
            "--population-out" => {
                options.population_out =
                    Some(args.next().ok_or("--population-out needs a file name")?)
            }
            "--analyze" => options.analyze = true,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    // With --osm, --cameras names a camera file; otherwise it counts generated cameras.
    match (camera_value, options.osm.is_some()) {
        (Some(file), true) => options.camera_file = Some(file),
        (Some(count), false) => {
            options.scenario.camera_count = parse_count("--cameras", Some(count))?
        }
        (None, _) => {}
    }
    Ok(options)
}

/// Runs `scenario` on the town imported from `osm` (and `cameras`).
fn simulate_on_file(
    scenario: &Scenario,
    osm: &str,
    cameras: Option<&str>,
) -> Result<Simulation, String> {
    simulate_on_map(scenario, town_file::imported_map(osm, cameras)?)
        .map(|run| run.simulation)
        .map_err(|e| format!("{osm}: {e}"))
}

fn run() -> Result<(), String> {
    let options = parse_args(std::env::args().skip(1))?;
    let simulation = match &options.osm {
        Some(path) => simulate_on_file(&options.scenario, path, options.camera_file.as_deref())?,
        None => simulate(&options.scenario).map_err(|e| e.to_string())?,
    };
    let report = simulation_report(&simulation);
    let json = if options.analyze {
        // Without --analyze the report prints exactly as before (field order kept).
        let mut value = serde_json::to_value(&report).map_err(|e| e.to_string())?;
        if let (Some(object), serde_json::Value::Object(analysis)) =
            (value.as_object_mut(), analysis_json(&simulation))
        {
            object.extend(analysis);
        }
        value.to_string()
    } else {
        serde_json::to_string(&report).map_err(|e| e.to_string())?
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{json}").map_err(|e| e.to_string())?;
    if let Some(path) = options.population_out {
        let file = File::create(&path).map_err(|e| format!("cannot write {path}: {e}"))?;
        let mut writer = BufWriter::new(file);
        write_population_csv(&simulation, &mut writer)
            .and_then(|()| writer.flush())
            .map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("simulate: {message}");
            ExitCode::from(2)
        }
    }
}
