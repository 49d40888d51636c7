//! The camera file Massachusetts today ships (`static/data/massachusetts-alpr.json`) is
//! exactly what `cargo run --example massachusetts_cameras` derives from DeFlock's export
//! (`../shared/data/alpr/massachusetts-alpr.kml`), so the committed file cannot drift from
//! its source. Passes with a note when `../shared/data` is absent (a clone without it).

use std::path::PathBuf;

use plate_trail::import::camera_files::read_kml;
use plate_trail::scenario::massachusetts::CameraFile;

#[test]
fn the_shipped_camera_file_is_derived_from_the_export() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let kml = root.join("../shared/data/alpr/massachusetts-alpr.kml");
    let Ok(bytes) = std::fs::read(&kml) else {
        eprintln!("note: {} is absent; skipping this test", kml.display());
        return;
    };
    let shipped = CameraFile::from_json(
        &std::fs::read_to_string(root.join("static/data/massachusetts-alpr.json"))
            .expect("the shipped file is in the project"),
    )
    .expect("the shipped file reads");
    let records = read_kml(&bytes).expect("the export reads");
    let derived = CameraFile::new(
        &shipped.source,
        &shipped.exported,
        &shipped.licence,
        records.iter().map(|r| {
            (
                r.position,
                r.operator.as_str(),
                r.manufacturer.as_str(),
                r.directions.as_slice(),
            )
        }),
    );
    assert_eq!(derived.cameras.len(), 1221);
    assert_eq!(
        derived, shipped,
        "rerun: cargo run --release --example massachusetts_cameras -- \
         ../shared/data/alpr/massachusetts-alpr.kml static/data/massachusetts-alpr.json"
    );
}
