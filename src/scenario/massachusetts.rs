//! Massachusetts today: the state's mapped ALPR cameras as the app ships them
//! (`static/data/massachusetts-alpr.json`, derived from the DeFlock KML export by
//! `cargo run --example massachusetts_cameras`), counted by operator and searched by
//! operator name, and the state's outline (`data/massachusetts-outline.json`, written at
//! build time from the Census Bureau's boundaries by `scripts/massachusetts_outline.mjs`).
//!
//! Pure data and functions: no UI crates; the view fetches the files and draws.
//!
//! # Units
//! Positions are WGS84 `[lon, lat]` degrees; directions compass degrees.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::sim::LonLat;

/// Where the shipped camera file sits in the built site.
pub const CAMERA_FILE: &str = "data/massachusetts-alpr.json";
/// Where the state's outline sits in the built site.
pub const OUTLINE_FILE: &str = "data/massachusetts-outline.json";

/// One mapped camera: lon, lat (degrees, 5 decimals), operator and manufacturer (indexes
/// into [`CameraFile::operators`] and [`CameraFile::manufacturers`], where index 0 is "not
/// tagged"), and the compass directions it faces (none when not tagged).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MappedCamera(pub f64, pub f64, pub u16, pub u16, pub Vec<u16>);

impl MappedCamera {
    pub fn position(&self) -> LonLat {
        [self.0, self.1]
    }
}

/// The shipped camera file: its provenance, then the cameras in the export's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CameraFile {
    /// What the data is and where it came from.
    pub source: String,
    /// The export's date, `YYYY-MM-DD`.
    pub exported: String,
    /// The data's licence and who holds the rights.
    pub licence: String,
    /// Operator names; index 0 is the empty name (not tagged).
    pub operators: Vec<String>,
    /// Manufacturer names; index 0 is the empty name (not tagged).
    pub manufacturers: Vec<String>,
    pub cameras: Vec<MappedCamera>,
}

/// Rounds degrees to 5 decimals (about a metre), as the file stores them.
fn five_decimals(degrees: f64) -> f64 {
    (degrees * 100_000.0).round() / 100_000.0
}

/// A name's index in `names`, adding it when new (the empty name is always 0).
fn index_of(names: &mut Vec<String>, name: &str) -> u16 {
    let name = name.trim();
    match names.iter().position(|n| n == name) {
        Some(i) => i as u16,
        None => {
            names.push(name.to_owned());
            (names.len() - 1) as u16
        }
    }
}

impl CameraFile {
    /// The file for `cameras` (position, operator, manufacturer, directions in degrees),
    /// with its provenance.
    pub fn new<'a>(
        source: &str,
        exported: &str,
        licence: &str,
        cameras: impl IntoIterator<Item = (LonLat, &'a str, &'a str, &'a [f64])>,
    ) -> CameraFile {
        let mut operators = vec![String::new()];
        let mut manufacturers = vec![String::new()];
        let cameras = cameras
            .into_iter()
            .map(|(position, operator, manufacturer, directions)| {
                MappedCamera(
                    five_decimals(position[0]),
                    five_decimals(position[1]),
                    index_of(&mut operators, operator),
                    index_of(&mut manufacturers, manufacturer),
                    directions
                        .iter()
                        .map(|d| (d.rem_euclid(360.0).round() as u16) % 360)
                        .collect(),
                )
            })
            .collect();
        CameraFile {
            source: source.to_owned(),
            exported: exported.to_owned(),
            licence: licence.to_owned(),
            operators,
            manufacturers,
            cameras,
        }
    }

    /// The file from its JSON; a message for the visitor when it is not one.
    pub fn from_json(json: &str) -> Result<CameraFile, String> {
        let file: CameraFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let bad = file.cameras.iter().any(|c| {
            usize::from(c.2) >= file.operators.len()
                || usize::from(c.3) >= file.manufacturers.len()
                || !c.0.is_finite()
                || !c.1.is_finite()
        });
        if bad || file.operators.is_empty() || file.manufacturers.is_empty() {
            return Err("a camera names an operator or maker the file does not list".into());
        }
        Ok(file)
    }

    /// The operator's name of a camera (empty when not tagged).
    pub fn operator(&self, camera: &MappedCamera) -> &str {
        &self.operators[usize::from(camera.2)]
    }

    /// The manufacturer's name of a camera (empty when not tagged).
    pub fn manufacturer(&self, camera: &MappedCamera) -> &str {
        &self.manufacturers[usize::from(camera.3)]
    }

    /// Cameras whose operator is tagged.
    pub fn with_operator(&self) -> usize {
        self.cameras.iter().filter(|c| c.2 != 0).count()
    }

    /// Every operator with its cameras, most first (then by name); the untagged last.
    pub fn by_operator(&self) -> Vec<OperatorCount> {
        let mut counts: BTreeMap<u16, OperatorCount> = BTreeMap::new();
        for camera in &self.cameras {
            let entry = counts.entry(camera.2).or_insert_with(|| OperatorCount {
                operator: self.operator(camera).to_owned(),
                cameras: 0,
                manufacturers: Vec::new(),
            });
            entry.cameras += 1;
            let maker = self.manufacturer(camera);
            if !maker.is_empty() && !entry.manufacturers.iter().any(|m| m == maker) {
                entry.manufacturers.push(maker.to_owned());
            }
        }
        let mut counts: Vec<OperatorCount> = counts.into_values().collect();
        counts.sort_by(|a, b| {
            a.operator
                .is_empty()
                .cmp(&b.operator.is_empty())
                .then(b.cameras.cmp(&a.cameras))
                .then_with(|| a.operator.cmp(&b.operator))
        });
        counts
    }

    /// The cameras whose operator's name contains `query` (any case, ignoring the
    /// brackets some mappers put round a name); every camera for a blank query.
    pub fn search(&self, query: &str) -> Vec<&MappedCamera> {
        let wanted = normalised(query);
        self.cameras
            .iter()
            .filter(|c| wanted.is_empty() || normalised(self.operator(c)).contains(&wanted))
            .collect()
    }

    /// Cameras a town's police runs ("Lowell Police", "[Methuen Police]",
    /// "Sharon Police Department").
    pub fn police_of(&self, town: &str) -> usize {
        let police = normalised(&format!("{town} Police"));
        self.cameras
            .iter()
            .filter(|c| {
                let operator = normalised(self.operator(c));
                operator == police || operator == format!("{police} department")
            })
            .count()
    }
}

/// Lower case without brackets or surrounding blanks, for matching names.
pub fn normalised(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '[' | ']'))
        .collect::<String>()
        .trim()
        .to_lowercase()
}

/// One operator's line of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct OperatorCount {
    /// The name as mapped (empty: not tagged).
    pub operator: String,
    pub cameras: usize,
    /// Manufacturers tagged on its cameras, in the file's order.
    pub manufacturers: Vec<String>,
}

/// The state's outline: rings of `[lon, lat]` points (the mainland and the islands).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outline {
    pub source: String,
    pub rings: Vec<Vec<LonLat>>,
}

impl Outline {
    /// The outline from its JSON; a message for the visitor when it is not one.
    pub fn from_json(json: &str) -> Result<Outline, String> {
        let outline: Outline = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if outline
            .rings
            .iter()
            .flatten()
            .flatten()
            .all(|v| v.is_finite())
        {
            Ok(outline)
        } else {
            Err("the outline has a point that is not a number".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::camera_density::MASSACHUSETTS_NETWORKS;

    fn shipped() -> CameraFile {
        CameraFile::from_json(include_str!("../../static/data/massachusetts-alpr.json"))
            .expect("the shipped file reads")
    }

    mod the_shipped_file {
        use super::*;

        #[test]
        fn holds_the_1221_cameras_of_the_export_with_its_provenance() {
            let file = shipped();
            assert_eq!(file.cameras.len(), 1221);
            assert_eq!(file.exported, "2026-10-04");
            assert!(file.licence.contains("ODbL"), "{}", file.licence);
            assert!(file.licence.contains("OpenStreetMap contributors"));
            let flock = file
                .cameras
                .iter()
                .filter(|c| file.manufacturer(c).starts_with("Flock"))
                .count();
            assert_eq!(
                flock, 998,
                "the facts file's count ('Flock Safety' or 'Flock')"
            );
        }

        #[test]
        fn every_camera_lies_in_massachusetts_box() {
            for camera in &shipped().cameras {
                assert!((-73.6..-69.8).contains(&camera.0), "{camera:?}");
                assert!((41.1..43.0).contains(&camera.1), "{camera:?}");
            }
        }

        #[test]
        fn agrees_with_the_simulators_real_town_densities() {
            let file = shipped();
            for network in MASSACHUSETTS_NETWORKS {
                assert_eq!(
                    file.police_of(network.town) as u32,
                    network.cameras,
                    "{}",
                    network.town
                );
            }
        }
    }

    mod by_operator {
        use super::*;

        #[test]
        fn counts_every_camera_once_most_first_untagged_last() {
            let file = shipped();
            let counts = file.by_operator();
            assert_eq!(counts.iter().map(|c| c.cameras).sum::<usize>(), 1221);
            assert_eq!(counts[0].operator, "Lowell Police");
            assert_eq!(counts[0].cameras, 40);
            assert!(counts.last().unwrap().operator.is_empty());
            assert!(
                counts
                    .windows(2)
                    .rev()
                    .skip(1)
                    .all(|w| w[0].cameras >= w[1].cameras)
            );
        }
    }

    mod search {
        use super::*;

        #[test]
        fn finds_an_operator_in_any_case_and_without_its_brackets() {
            let file = shipped();
            assert_eq!(file.search("lowell police").len(), 40);
            assert_eq!(file.search("METHUEN POLICE").len(), 38);
            assert_eq!(file.search("   ").len(), 1221);
            assert!(file.search("no such operator").is_empty());
        }
    }

    mod file_format {
        use super::*;

        #[test]
        fn round_trips_and_shares_names() {
            let file = CameraFile::new(
                "test",
                "2026-10-04",
                "ODbL",
                [
                    (
                        [-71.123456789, 42.1],
                        "Town Police",
                        "Flock Safety",
                        &[60.0, 240.0][..],
                    ),
                    ([-71.2, 42.2], "Town Police", "", &[][..]),
                    ([-71.3, 42.3], "", "Flock Safety", &[-10.0][..]),
                ],
            );
            assert_eq!(file.operators, vec!["", "Town Police"]);
            assert_eq!(
                file.cameras[0],
                MappedCamera(-71.12346, 42.1, 1, 1, vec![60, 240])
            );
            assert_eq!(file.cameras[2].4, vec![350]);
            let json = serde_json::to_string(&file).unwrap();
            assert_eq!(CameraFile::from_json(&json).unwrap(), file);
        }

        #[test]
        fn refuses_a_camera_that_names_an_unlisted_operator() {
            let json = r#"{"source":"","exported":"","licence":"","operators":[""],"manufacturers":[""],"cameras":[[-71,42,3,0,[]]]}"#;
            assert!(CameraFile::from_json(json).is_err());
            assert!(CameraFile::from_json("{").is_err());
        }
    }
}
