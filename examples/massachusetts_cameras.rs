//! Derives the camera file the "Massachusetts today" view ships
//! (`static/data/massachusetts-alpr.json`) from DeFlock's KML export of the state's mapped
//! ALPR cameras: position, operator, manufacturer and facing of each, with the export's
//! source, date and licence.
//!
//! ```sh
//! cargo run --release --example massachusetts_cameras -- \
//!     ../shared/data/alpr/massachusetts-alpr.kml static/data/massachusetts-alpr.json
//! ```
//!
//! The KML is read by the importer's own reader (`plate_trail::import::camera_files`), so
//! the app shows the cameras exactly as an imported town would get them. Prints
//! `cameras=N operators=N bytes=N`; a bad file exits with 2 and a line on stderr.

use std::process::ExitCode;

use plate_trail::import::camera_files::read_kml;
use plate_trail::scenario::massachusetts::CameraFile;

/// The export's provenance, as the KML's own header states it.
pub const SOURCE: &str = "DeFlock ALPR Cameras -- Massachusetts: OpenStreetMap nodes tagged surveillance:type=ALPR, the data deflock.me displays (massachusetts-alpr.kml)";
pub const EXPORTED: &str = "2026-10-04";
pub const LICENCE: &str = "(c) OpenStreetMap contributors, Open Database License (ODbL) 1.0: https://www.openstreetmap.org/copyright";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kml, out] = args.as_slice() else {
        eprintln!("usage: massachusetts_cameras KML_FILE OUT_JSON");
        return ExitCode::from(2);
    };
    let derived = std::fs::read(kml)
        .map_err(|e| e.to_string())
        .and_then(|bytes| read_kml(&bytes).map_err(|e| e.to_string()))
        .map(|records| {
            CameraFile::new(
                SOURCE,
                EXPORTED,
                LICENCE,
                records.iter().map(|r| {
                    (
                        r.position,
                        r.operator.as_str(),
                        r.manufacturer.as_str(),
                        r.directions.as_slice(),
                    )
                }),
            )
        });
    let file = match derived {
        Ok(file) => file,
        Err(e) => {
            eprintln!("massachusetts_cameras: {kml}: {e}");
            return ExitCode::from(2);
        }
    };
    let json = serde_json::to_string(&file).expect("plain data serialises");
    if let Err(e) = std::fs::write(out, &json) {
        eprintln!("massachusetts_cameras: {out}: {e}");
        return ExitCode::from(2);
    }
    println!(
        "cameras={} operators={} bytes={}",
        file.cameras.len(),
        file.operators.len() - 1,
        json.len()
    );
    ExitCode::SUCCESS
}
