//! The real OpenStreetMap and camera files in `../shared/data/` (beside the project, never
//! copied into it), for the native tests of the import and of the console on an imported
//! town (`tests/import_real_data.rs`, `tests/console_real_town.rs`).

use std::path::PathBuf;

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
