//! Reads the camera files activists share (the DeFlock / deflock.me exports): KML (one
//! Placemark per camera, details in its description or ExtendedData) with quick-xml,
//! GeoJSON (Point features) with serde_json and CSV (a `lon` and a `lat` column) with the
//! `csv` crate, into [`CameraRecord`]s. Takes bytes, not a path.

use quick_xml::Reader;
use quick_xml::events::Event;
use serde_json::Value;

use super::cameras::{CameraRecord, parse_directions};
use super::error::{Counted, FileFormat, ImportError, MAX_CAMERA_RECORDS, one_line};

fn malformed(format: FileFormat, detail: String) -> ImportError {
    ImportError::Malformed {
        format,
        detail: one_line(&detail),
    }
}

fn too_many() -> ImportError {
    ImportError::TooMany {
        what: Counted::Cameras,
        limit: MAX_CAMERA_RECORDS,
    }
}

/// A position from lon/lat degrees, when both are finite and on the globe.
fn position(lon: f64, lat: f64) -> Option<[f64; 2]> {
    (lon.is_finite() && lat.is_finite() && lon.abs() <= 180.0 && lat.abs() <= 90.0)
        .then_some([lon, lat])
}

/// An OSM node id from text such as `61400195` or `https://www.openstreetmap.org/node/61400195`.
fn node_id(text: &str) -> Option<i64> {
    let text = text.trim();
    let digits = text.rsplit('/').next().unwrap_or(text);
    digits.parse().ok().filter(|id: &i64| *id > 0)
}

/// What a KML Placemark has said so far.
#[derive(Default)]
struct Placemark {
    fields: Vec<(String, String)>,
    coordinates: Option<String>,
}

impl Placemark {
    fn field(&self, key: &str) -> String {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    }

    fn record(self) -> Result<CameraRecord, ImportError> {
        let text = self.coordinates.clone().unwrap_or_default();
        let mut parts = text.trim().split(',').map(|p| p.trim().parse::<f64>());
        let at = match (parts.next(), parts.next()) {
            (Some(Ok(lon)), Some(Ok(lat))) => position(lon, lat),
            _ => None,
        }
        .ok_or_else(|| {
            malformed(
                FileFormat::Kml,
                format!(
                    "a Placemark has no lon,lat coordinates (\"{}\")",
                    one_line(&text)
                ),
            )
        })?;
        let node = {
            let named = self.field("OSM node");
            if named.is_empty() {
                self.field("osm_node_id")
            } else {
                named
            }
        };
        Ok(CameraRecord {
            osm_node: node_id(&node),
            position: at,
            operator: self.field("Operator"),
            manufacturer: self.field("Manufacturer"),
            directions: parse_directions(&self.field("Direction")),
        })
    }
}

/// `Key: value` lines of a Placemark description.
fn description_fields(text: &str, into: &mut Vec<(String, String)>) {
    for line in text.lines() {
        if let Some((key, value)) = line.split_once(':') {
            into.push((key.trim().to_string(), value.trim().to_string()));
        }
    }
}

/// Reads a KML file's Placemarks with a Point.
pub fn read_kml(bytes: &[u8]) -> Result<Vec<CameraRecord>, ImportError> {
    let mut reader = Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut placemark: Option<Placemark> = None;
    let mut data_name: Option<String> = None;
    let mut records = Vec::new();
    let mut saw_kml = false;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            malformed(
                FileFormat::Kml,
                format!("the XML is broken at byte {}: {e}", reader.error_position()),
            )
        })?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_string();
                if path.is_empty() {
                    if name != "kml" {
                        return Err(ImportError::NotACameraFile);
                    }
                    saw_kml = true;
                }
                match name.as_str() {
                    "Placemark" => placemark = Some(Placemark::default()),
                    "Data" => {
                        data_name = e
                            .try_get_attribute("name")
                            .ok()
                            .flatten()
                            .map(|a| a.value.into_owned());
                    }
                    _ => {}
                }
                path.push(name);
                text.clear();
            }
            Event::Empty(e) if path.is_empty() => {
                if e.local_name().as_ref() != "kml" {
                    return Err(ImportError::NotACameraFile);
                }
                saw_kml = true;
                break;
            }
            Event::Text(t) => text.push_str(&t.xml_content(quick_xml::XmlVersion::Implicit1_0)),
            Event::CData(t) => text.push_str(&t),
            Event::GeneralRef(r) => {
                let entity = format!("&{};", &*r);
                let resolved = quick_xml::escape::unescape(&entity).map_err(|e| {
                    malformed(FileFormat::Kml, format!("an unknown entity {entity}: {e}"))
                })?;
                text.push_str(&resolved);
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                if let Some(mark) = placemark.as_mut() {
                    match name.as_str() {
                        "description" => description_fields(&text, &mut mark.fields),
                        "coordinates" if path.last().is_some_and(|p| p == "Point") => {
                            mark.coordinates = Some(text.clone());
                        }
                        "value" => {
                            if let Some(key) = data_name.take() {
                                mark.fields.push((key, text.clone()));
                            }
                        }
                        "Placemark" => {
                            let done = placemark.take().unwrap_or_default();
                            if done.coordinates.is_some() {
                                if records.len() >= MAX_CAMERA_RECORDS {
                                    return Err(too_many());
                                }
                                records.push(done.record()?);
                            }
                        }
                        _ => {}
                    }
                }
                text.clear();
            }
            Event::Eof => {
                if !path.is_empty() {
                    return Err(malformed(
                        FileFormat::Kml,
                        format!("the file ends inside <{}>: it is cut off", path.join("><")),
                    ));
                }
                break;
            }
            _ => {}
        }
        buf.clear();
    }
    if !saw_kml {
        return Err(ImportError::NotACameraFile);
    }
    Ok(records)
}

fn text_of(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// Reads a GeoJSON FeatureCollection's Point features.
pub fn read_geojson(bytes: &[u8]) -> Result<Vec<CameraRecord>, ImportError> {
    let root: Value = serde_json::from_slice(bytes)
        .map_err(|e| malformed(FileFormat::GeoJson, format!("the JSON is broken: {e}")))?;
    let features = match root.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => root
            .get("features")
            .and_then(Value::as_array)
            .ok_or_else(|| {
                malformed(
                    FileFormat::GeoJson,
                    "a FeatureCollection without features".into(),
                )
            })?
            .as_slice(),
        Some("Feature") => std::slice::from_ref(&root),
        _ => return Err(ImportError::NotACameraFile),
    };
    if features.len() > MAX_CAMERA_RECORDS {
        return Err(too_many());
    }
    let mut records = Vec::new();
    for (index, feature) in features.iter().enumerate() {
        let geometry = feature.get("geometry");
        if geometry.and_then(|g| g.get("type")).and_then(Value::as_str) != Some("Point") {
            continue;
        }
        let coordinates = geometry
            .and_then(|g| g.get("coordinates"))
            .and_then(Value::as_array);
        let at = coordinates
            .and_then(|c| match c.as_slice() {
                [lon, lat, ..] => position(lon.as_f64()?, lat.as_f64()?),
                _ => None,
            })
            .ok_or_else(|| {
                malformed(
                    FileFormat::GeoJson,
                    format!("feature {} has no [lon, lat] coordinates", index + 1),
                )
            })?;
        let empty = serde_json::Map::new();
        let properties = feature
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let node = {
            let named = text_of(properties.get("osm_node_id"));
            if named.is_empty() {
                text_of(feature.get("id"))
            } else {
                named
            }
        };
        records.push(CameraRecord {
            osm_node: node_id(&node),
            position: at,
            operator: text_of(properties.get("operator")),
            manufacturer: text_of(properties.get("manufacturer")),
            directions: parse_directions(&text_of(
                properties
                    .get("direction")
                    .or(properties.get("camera:direction")),
            )),
        });
    }
    Ok(records)
}

/// Reads a CSV file with a header naming at least a longitude (`lon`, `lng`, `longitude`)
/// and a latitude (`lat`, `latitude`) column.
pub fn read_csv(bytes: &[u8]) -> Result<Vec<CameraRecord>, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| malformed(FileFormat::Csv, format!("the header line is broken: {e}")))?
        .clone();
    let column = |names: &[&str]| {
        headers.iter().position(|h| {
            names
                .iter()
                .any(|n| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(n))
        })
    };
    let (Some(lon), Some(lat)) = (
        column(&["lon", "lng", "longitude", "x"]),
        column(&["lat", "latitude", "y"]),
    ) else {
        return Err(ImportError::NotACameraFile);
    };
    let node = column(&["osm_node_id", "osm_id", "id", "node"]);
    let operator = column(&["operator"]);
    let manufacturer = column(&["manufacturer", "brand"]);
    let direction = column(&["direction", "camera:direction"]);
    let mut records = Vec::new();
    for (index, row) in reader.records().enumerate() {
        let line = index + 2;
        let row = row.map_err(|e| malformed(FileFormat::Csv, format!("line {line}: {e}")))?;
        if row.iter().all(str::is_empty) {
            continue;
        }
        if records.len() >= MAX_CAMERA_RECORDS {
            return Err(too_many());
        }
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).unwrap_or("").to_string();
        let number = |i: usize, what: &str| {
            let text = row.get(i).unwrap_or("");
            text.parse::<f64>().map_err(|_| {
                malformed(
                    FileFormat::Csv,
                    format!("line {line}: {what} \"{}\" is not a number", one_line(text)),
                )
            })
        };
        let at = position(number(lon, "lon")?, number(lat, "lat")?).ok_or_else(|| {
            malformed(
                FileFormat::Csv,
                format!("line {line}: the position is off the globe"),
            )
        })?;
        records.push(CameraRecord {
            osm_node: node_id(&get(node)),
            position: at,
            operator: get(operator),
            manufacturer: get(manufacturer),
            directions: parse_directions(&get(direction)),
        });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kml_description_fields_become_a_record() {
        let kml = br#"<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
        <Placemark><name>x</name><description>OSM node: https://www.openstreetmap.org/node/42
Operator: Town of A &amp; B
Direction: 90</description><Point><coordinates>-71.1,42.3,0</coordinates></Point></Placemark>
        </Document></kml>"#;
        let records = read_kml(kml).expect("valid KML");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].osm_node, Some(42));
        assert_eq!(records[0].operator, "Town of A & B");
        assert_eq!(records[0].directions, vec![90.0]);
        assert_eq!(records[0].position, [-71.1, 42.3]);
    }

    #[test]
    fn a_csv_without_coordinates_is_not_a_camera_file() {
        assert_eq!(
            read_csv(b"name,city\nA,B\n"),
            Err(ImportError::NotACameraFile)
        );
    }

    #[test]
    fn a_csv_row_with_a_bad_number_names_its_line() {
        let error = read_csv(b"lon,lat\n-71.0,42.0\nabc,42.0\n").expect_err("bad lon");
        assert!(error.to_string().contains("line 3"), "{error}");
    }

    #[test]
    fn geojson_points_are_read() {
        let json = br#"{"type":"FeatureCollection","features":[{"type":"Feature","id":7,
        "geometry":{"type":"Point","coordinates":[-71.0,42.0]},"properties":{"direction":"both"}}]}"#;
        let records = read_geojson(json).expect("valid");
        assert_eq!(records[0].osm_node, Some(7));
        assert!(records[0].directions.is_empty());
    }
}
