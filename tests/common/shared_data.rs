//! The real OpenStreetMap and camera files in `../shared/data/` (beside the project, never
//! copied into it), for the native tests of the import and of the console on an imported
//! town (`tests/import_real_data.rs`, `tests/console_real_town.rs`,
//! `tests/route_real_town.rs`).
// Not every test that includes this module imports a whole town.
#![allow(dead_code)]

use std::path::PathBuf;

use plate_trail::scenario::town_import::{PickedFile, import_files};
use plate_trail::scenario::towns::HeldTown;

/// The bytes of `../shared/data/NAME`, or `None` (with a note) when the folder is absent, so
/// a clone without the shared folder still passes.
pub fn shared(name: &str) -> Option<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if !dir.is_dir() {
        eprintln!("note: {} is absent; skipping this test", dir.display());
        return None;
    }
    Some(std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}")))
}

/// The Somerville/Chelsea extract (PBF) with the Greater Boston cameras (CSV), imported as
/// the app's picker imports them, or `None` without the shared folder.
pub fn somerville_with_cameras() -> Option<HeldTown> {
    let road = shared("osm/somerville-chelsea.osm.pbf")?;
    let cameras = shared("alpr/greater-boston-alpr.csv").unwrap();
    let (town, _) = import_files(
        PickedFile {
            name: "somerville-chelsea.osm.pbf",
            bytes: &road,
        },
        Some(PickedFile {
            name: "greater-boston-alpr.csv",
            bytes: &cameras,
        }),
        |_| {},
    )
    .expect("the town imports");
    Some(town)
}
