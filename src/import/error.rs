//! Why a file cannot be imported: a typed value naming what is wrong, never a panic, and the
//! documented limits a file must stay under. Holds no parsing.
//!
//! The page words an error in the visitor's language (`text::tools::import_error`, through
//! the error's kind: this module imports no words); [`std::fmt::Display`] is the command
//! line's English (the `import` example puts the file's name in front of it:
//! `somerville.osm: the XML is cut off at byte 1,204`). A [`ImportError::Malformed`]'s
//! `detail` is the parser's own technical English, quoted as it is.

use serde::{Deserialize, Serialize};

/// The largest OpenStreetMap XML or Overpass JSON file read, in bytes (64 MiB): a town of
/// 10 MB XML imports in seconds; a file six times that is a county, refused before parsing.
pub const MAX_OSM_TEXT_BYTES: usize = 64 * 1024 * 1024;
/// The largest OSM PBF file read, in bytes (16 MiB, about the same data as 160 MB of XML).
pub const MAX_OSM_PBF_BYTES: usize = 16 * 1024 * 1024;
/// The most nodes a road-network file may hold (a 10 MB XML town has about 70,000).
pub const MAX_OSM_NODES: usize = 2_000_000;
/// The most ways a road-network file may hold.
pub const MAX_OSM_WAYS: usize = 300_000;
/// The largest camera file read (KML, GeoJSON or CSV), in bytes (8 MiB; the whole of
/// Massachusetts' mapped cameras as KML is 0.4 MB).
pub const MAX_CAMERA_FILE_BYTES: usize = 8 * 1024 * 1024;
/// The most cameras a camera file may list.
pub const MAX_CAMERA_RECORDS: usize = 20_000;

/// What a road-network or camera file was found to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileFormat {
    OsmXml,
    OverpassJson,
    OsmPbf,
    Kml,
    GeoJson,
    Csv,
}

impl FileFormat {
    /// The format's name as people call it.
    pub fn name(self) -> &'static str {
        match self {
            FileFormat::OsmXml => "OpenStreetMap XML",
            FileFormat::OverpassJson => "Overpass JSON",
            FileFormat::OsmPbf => "OSM PBF",
            FileFormat::Kml => "KML",
            FileFormat::GeoJson => "GeoJSON",
            FileFormat::Csv => "CSV",
        }
    }
}

/// What a file holds too many of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Counted {
    /// OpenStreetMap nodes (points of the map).
    Nodes,
    /// OpenStreetMap ways (roads, paths, outlines).
    Ways,
    Cameras,
}

impl Counted {
    /// The English word, for the command line.
    pub fn name(self) -> &'static str {
        match self {
            Counted::Nodes => "nodes",
            Counted::Ways => "ways",
            Counted::Cameras => "cameras",
        }
    }
}

/// A file the import refuses, with the reason; sent from the worker to the page, which
/// words it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ImportError {
    /// The file has no bytes.
    Empty,
    /// The file is larger than the limit for its format.
    TooLarge { bytes: usize, limit: usize },
    /// The file holds more elements than the limit.
    TooMany { what: Counted, limit: usize },
    /// The bytes are not any of the formats this importer reads as a road network.
    NotARoadNetwork,
    /// The bytes are not any of the camera formats.
    NotACameraFile,
    /// The file is in `format` but broken; `detail` says where and how.
    Malformed { format: FileFormat, detail: String },
    /// The file parsed but has no drivable road (`highway=*` a car may use).
    NoDrivableRoads,
    /// A camera file parsed but lists no camera with a position.
    NoCameras,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::TooLarge { bytes, limit } => write!(
                f,
                "the file is {} bytes, more than the {} this format may have; export a \
                 smaller area",
                grouped(*bytes),
                grouped(*limit)
            ),
            ImportError::TooMany { what, limit } => write!(
                f,
                "the file holds more than {} {}; export a smaller area",
                grouped(*limit),
                what.name()
            ),
            ImportError::NotARoadNetwork => write!(
                f,
                "not a road network: expected OpenStreetMap XML (.osm), Overpass JSON or OSM \
                 PBF (.osm.pbf)"
            ),
            ImportError::NotACameraFile => write!(
                f,
                "not a camera file: expected KML, GeoJSON or CSV with lon and lat columns"
            ),
            ImportError::Malformed { format, detail } => {
                write!(f, "broken {} file: {detail}", format.name())
            }
            ImportError::NoDrivableRoads => write!(
                f,
                "no drivable roads (highway=* ways a car may use) in the file; export an area \
                 with streets"
            ),
            ImportError::NoCameras => write!(f, "no camera with a position in the file"),
        }
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// Whether a smaller export is the cure (the file is too big), not another file.
    pub fn too_big(&self) -> bool {
        matches!(
            self,
            ImportError::TooLarge { .. } | ImportError::TooMany { .. }
        )
    }
}

/// `1234567` as `1,234,567`.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A one-line detail: control characters and newlines become spaces, and long text is cut.
pub(crate) fn one_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(160)
        .collect();
    flat.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_one_line() {
        let errors = [
            ImportError::Empty,
            ImportError::TooLarge {
                bytes: 70_000_000,
                limit: MAX_OSM_TEXT_BYTES,
            },
            ImportError::TooMany {
                what: Counted::Nodes,
                limit: MAX_OSM_NODES,
            },
            ImportError::NotARoadNetwork,
            ImportError::NotACameraFile,
            ImportError::Malformed {
                format: FileFormat::OsmXml,
                detail: one_line("line\nbreak"),
            },
            ImportError::NoDrivableRoads,
            ImportError::NoCameras,
        ];
        for error in errors {
            let text = error.to_string();
            assert!(!text.contains('\n') && !text.is_empty(), "{text}");
        }
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(67_108_864), "67,108,864");
        assert_eq!(grouped(999), "999");
    }
}
