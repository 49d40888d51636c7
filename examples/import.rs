//! Imports a real town and prints what it found as one JSON object (the command-line
//! contract of issue 15):
//!
//! ```sh
//! cargo run --release --example import -- --osm FILE [--cameras FILE] [--timing]
//! ```
//!
//! `{nodes, ways, road_km, components, kept_nodes, places: {KIND: count}, cameras: {read,
//! snapped, unmatched}, bbox: [min_lon, min_lat, max_lon, max_lat]}`: nodes and ways read,
//! kilometres of kept road, strongly connected parts of the drivable network, intersections
//! kept (the largest part), places by kind, cameras read, put on a road and left unmatched.
//! `--timing` also prints `import_ms=` (reading and building, not the file's loading) on
//! stderr. A bad file prints `import: FILE: what is wrong` on stderr and exits with 2.

use std::process::ExitCode;
use std::time::Instant;

use plate_trail::import::{import_town, read_camera_file};

struct Options {
    osm: String,
    cameras: Option<String>,
    timing: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let (mut osm, mut cameras, mut timing) = (None, None, false);
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--osm" => osm = Some(args.next().ok_or("--osm needs a file name")?),
            "--cameras" => cameras = Some(args.next().ok_or("--cameras needs a file name")?),
            "--timing" => timing = true,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Options {
        osm: osm.ok_or("--osm FILE is required")?,
        cameras,
        timing,
    })
}

/// The file's bytes, or `FILE: why not`.
fn load(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{path}: cannot be read: {e}"))
}

/// The name a town gets from its file: `somerville-chelsea.osm.pbf` -> `somerville-chelsea`.
fn town_name(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    file.split('.').next().unwrap_or(file).to_string()
}

fn run() -> Result<(), String> {
    let options = parse_args(std::env::args().skip(1))?;
    let road_bytes = load(&options.osm)?;
    let camera_bytes = options.cameras.as_deref().map(load).transpose()?;
    let started = Instant::now();
    let records = match (&options.cameras, &camera_bytes) {
        (Some(path), Some(bytes)) => {
            read_camera_file(bytes)
                .map_err(|e| format!("{path}: {e}"))?
                .1
        }
        _ => Vec::new(),
    };
    let town = import_town(&town_name(&options.osm), &road_bytes, &records, &mut |_| {})
        .map_err(|e| format!("{}: {e}", options.osm))?;
    let elapsed = started.elapsed();
    let json = serde_json::to_string(&town.summary()).map_err(|e| e.to_string())?;
    println!("{json}");
    if options.timing {
        eprintln!("import_ms={:.1}", elapsed.as_secs_f64() * 1000.0);
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("import: {message}");
            ExitCode::from(2)
        }
    }
}
