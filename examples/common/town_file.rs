//! The town an example runs on when given `--osm FILE [--cameras FILE]`: the road network
//! imported from an OpenStreetMap file (XML, Overpass JSON or PBF) with the ALPR nodes in it
//! and the camera file's cameras (KML, GeoJSON or CSV). Shared by `simulate` and `evaluate`
//! (each includes this file with `#[path]`). Errors name the file and what is wrong.

use plate_trail::import::{import_town, read_camera_file};
use plate_trail::sim::TownMap;

/// The file's bytes, or `FILE: why not`.
pub fn load(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{path}: cannot be read: {e}"))
}

/// The town imported from `osm` (named after the file unless a boundary names it), with the
/// cameras of `cameras` put on its roads.
pub fn imported_map(osm: &str, cameras: Option<&str>) -> Result<TownMap, String> {
    let records = match cameras {
        Some(path) => {
            read_camera_file(&load(path)?)
                .map_err(|e| format!("{path}: {e}"))?
                .1
        }
        None => Vec::new(),
    };
    let name = osm.rsplit(['/', '\\']).next().unwrap_or(osm);
    let name = name.split('.').next().unwrap_or(name);
    let town =
        import_town(name, &load(osm)?, &records, &mut |_| {}).map_err(|e| format!("{osm}: {e}"))?;
    Ok(town.map)
}
