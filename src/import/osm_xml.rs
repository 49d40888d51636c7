//! Reads OpenStreetMap XML (`.osm`: openstreetmap.org's Export, JOSM, Overpass `[out:xml]`)
//! with quick-xml into [`OsmData`]. Takes bytes, not a path, so it runs the same in the
//! town-wide worker; reports how far it has read through `progress`.
//!
//! Elements JOSM marks `action="delete"` are skipped; anything else that is not a node, way,
//! relation, tag, node reference, member or bounds is ignored.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::error::{FileFormat, ImportError, one_line};
use super::osm::{Member, MemberKind, OsmData, Relation, Tags, Way, sort_tags, to_fixed};

/// Bytes read between two progress reports.
const PROGRESS_EVERY_BYTES: usize = 256 * 1024;

fn malformed(detail: String) -> ImportError {
    ImportError::Malformed {
        format: FileFormat::OsmXml,
        detail: one_line(&detail),
    }
}

/// The element being read, between its start and end tags.
enum Open {
    Nothing,
    Node { id: i64, at: [i32; 2], tags: Tags },
    Way(Way),
    Relation(Relation),
    Deleted,
}

/// Reads `bytes` as OSM XML; `progress(read_bytes)` is called as reading goes.
pub fn read_osm_xml(bytes: &[u8], progress: &mut dyn FnMut(usize)) -> Result<OsmData, ImportError> {
    let mut reader = Reader::from_reader(bytes);
    let mut data = OsmData::default();
    let mut buf = Vec::new();
    let mut open = Open::Nothing;
    let mut saw_root = false;
    let mut closed_root = false;
    let mut next_report = PROGRESS_EVERY_BYTES;
    loop {
        let at_byte = reader.buffer_position() as usize;
        if at_byte >= next_report {
            progress(at_byte);
            next_report = at_byte + PROGRESS_EVERY_BYTES;
        }
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            malformed(format!(
                "the XML is broken at byte {}: {e}",
                reader.error_position()
            ))
        })?;
        match event {
            Event::Start(e) if !saw_root => {
                if e.name().as_ref() != "osm" {
                    return Err(ImportError::NotARoadNetwork);
                }
                saw_root = true;
            }
            Event::Empty(e) if !saw_root => {
                if e.name().as_ref() != "osm" {
                    return Err(ImportError::NotARoadNetwork);
                }
                saw_root = true;
                closed_root = true;
                break;
            }
            Event::Start(e) => start_element(&e, false, &mut open, &mut data)?,
            Event::Empty(e) => start_element(&e, true, &mut open, &mut data)?,
            Event::End(e) => match e.name().as_ref() {
                "node" | "way" | "relation" => {
                    finish(std::mem::replace(&mut open, Open::Nothing), &mut data)?
                }
                "osm" => {
                    closed_root = true;
                    break;
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !saw_root {
        return Err(ImportError::NotARoadNetwork);
    }
    if !closed_root {
        return Err(malformed(format!(
            "the file ends at byte {} before </osm>: it is cut off",
            bytes.len()
        )));
    }
    progress(bytes.len());
    data.finish();
    Ok(data)
}

/// The values of `keys` among `e`'s attributes (`None` for a key it lacks), read in one pass
/// over them. A value is unescaped (entities, XML's whitespace normalisation) only when it
/// holds `&` or a tab or line break; any other is borrowed from the file, not copied, so a
/// node's id and position cost no allocation.
fn attributes<'a, const N: usize>(
    e: &'a BytesStart,
    keys: [&str; N],
) -> Result<[Option<Cow<'a, str>>; N], ImportError> {
    let mut found: [Option<Cow<'a, str>>; N] = std::array::from_fn(|_| None);
    for attr in e.attributes() {
        let attr = attr.map_err(|err| malformed(format!("a broken attribute: {err}")))?;
        let Some(i) = keys.iter().position(|key| attr.key.as_ref() == *key) else {
            continue;
        };
        if found[i].is_some() {
            continue;
        }
        let plain = !attr
            .value
            .bytes()
            .any(|b| matches!(b, b'&' | b'\t' | b'\n' | b'\r'));
        found[i] = Some(if plain {
            attr.value
        } else {
            attr.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| malformed(format!("a broken attribute value: {err}")))?
        });
    }
    Ok(found)
}

/// `value`, the `key` of an `element`, as a number.
fn number<T: std::str::FromStr>(
    value: Option<&str>,
    key: &str,
    element: &str,
) -> Result<T, ImportError> {
    value
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| malformed(format!("a {element} without a valid {key}")))
}

/// `value`, the `key` of an `element`, in ten-millionths of a degree within `limit`.
fn degrees(value: Option<&str>, key: &str, element: &str, limit: f64) -> Result<i32, ImportError> {
    let value: f64 = number(value, key, element)?;
    to_fixed(value, limit).ok_or_else(|| malformed(format!("a {element} with {key} {value}")))
}

fn start_element(
    e: &BytesStart,
    closed: bool,
    open: &mut Open,
    data: &mut OsmData,
) -> Result<(), ImportError> {
    let name = e.name();
    match name.as_ref() {
        "node" => {
            let [action, id, lon, lat] = attributes(e, ["action", "id", "lon", "lat"])?;
            *open = if action.as_deref() == Some("delete") {
                Open::Deleted
            } else {
                let id = number(id.as_deref(), "id", "node")?;
                let lon = degrees(lon.as_deref(), "lon", "node", 180.0)?;
                let lat = degrees(lat.as_deref(), "lat", "node", 90.0)?;
                Open::Node {
                    id,
                    at: [lon, lat],
                    tags: Tags::new(),
                }
            };
        }
        "way" => {
            let [action, id] = attributes(e, ["action", "id"])?;
            *open = if action.as_deref() == Some("delete") {
                Open::Deleted
            } else {
                Open::Way(Way {
                    id: number(id.as_deref(), "id", "way")?,
                    nodes: Vec::new(),
                    tags: Tags::new(),
                })
            };
        }
        "relation" => {
            let [action, id] = attributes(e, ["action", "id"])?;
            *open = if action.as_deref() == Some("delete") {
                Open::Deleted
            } else {
                Open::Relation(Relation {
                    id: number(id.as_deref(), "id", "relation")?,
                    members: Vec::new(),
                    tags: Tags::new(),
                })
            };
        }
        "tag" => {
            let [key, value] = attributes(e, ["k", "v"])?;
            let key = key
                .ok_or_else(|| malformed("a tag without k".into()))?
                .into_owned();
            let value = value.map(Cow::into_owned).unwrap_or_default();
            match open {
                Open::Node { tags, .. } => tags.push((key, value)),
                Open::Way(way) => way.tags.push((key, value)),
                Open::Relation(relation) => relation.tags.push((key, value)),
                Open::Nothing | Open::Deleted => {}
            }
            return Ok(());
        }
        "nd" => {
            if let Open::Way(way) = open {
                let [reference] = attributes(e, ["ref"])?;
                way.nodes
                    .push(number(reference.as_deref(), "ref", "way's node reference")?);
            }
            return Ok(());
        }
        "member" => {
            if let Open::Relation(relation) = open {
                let [kind, reference, role] = attributes(e, ["type", "ref", "role"])?;
                let kind = match kind.as_deref() {
                    Some("node") => MemberKind::Node,
                    Some("way") => MemberKind::Way,
                    Some("relation") => MemberKind::Relation,
                    _ => return Err(malformed("a relation member of no known type".into())),
                };
                relation.members.push(Member {
                    kind,
                    id: number(reference.as_deref(), "ref", "relation member")?,
                    role: role.map(Cow::into_owned).unwrap_or_default(),
                });
            }
            return Ok(());
        }
        "bounds" => {
            let [min_lon, min_lat, max_lon, max_lat] =
                attributes(e, ["minlon", "minlat", "maxlon", "maxlat"])?;
            let min_lon = degrees(min_lon.as_deref(), "minlon", "bounds", 180.0)?;
            let min_lat = degrees(min_lat.as_deref(), "minlat", "bounds", 90.0)?;
            let max_lon = degrees(max_lon.as_deref(), "maxlon", "bounds", 180.0)?;
            let max_lat = degrees(max_lat.as_deref(), "maxlat", "bounds", 90.0)?;
            if min_lon < max_lon && min_lat < max_lat {
                data.bounds = Some([min_lon, min_lat, max_lon, max_lat]);
            }
            return Ok(());
        }
        _ => return Ok(()),
    }
    if closed {
        finish(std::mem::replace(open, Open::Nothing), data)?;
    }
    Ok(())
}

fn finish(open: Open, data: &mut OsmData) -> Result<(), ImportError> {
    match open {
        Open::Node { id, at, mut tags } => {
            sort_tags(&mut tags);
            data.add_node(id, at, tags)
        }
        Open::Way(way) => data.add_way(way),
        Open::Relation(relation) => {
            data.relations.push(relation);
            Ok(())
        }
        Open::Nothing | Open::Deleted => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::osm::tag;

    fn read(text: &str) -> Result<OsmData, ImportError> {
        read_osm_xml(text.as_bytes(), &mut |_| {})
    }

    #[test]
    fn reads_nodes_ways_tags_and_bounds() {
        let data = read(
            r#"<?xml version="1.0"?><osm version="0.6">
            <bounds minlat="42.0" minlon="-71.1" maxlat="42.1" maxlon="-71.0"/>
            <node id="1" lat="42.05" lon="-71.05"/>
            <node id="2" lat="42.06" lon="-71.04"><tag k="amenity" v="school"/><tag k="name" v="A &amp; B"/></node>
            <way id="9"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
            </osm>"#,
        )
        .expect("valid XML");
        assert_eq!(data.positions.len(), 2);
        assert_eq!(data.tagged_nodes.len(), 1);
        assert_eq!(tag(&data.tagged_nodes[0].tags, "name"), Some("A & B"));
        assert_eq!(data.ways[0].nodes, vec![1, 2]);
        assert_eq!(
            data.bounds,
            Some([-711_000_000, 420_000_000, -710_000_000, 421_000_000])
        );
    }

    #[test]
    fn refuses_a_file_that_is_not_osm() {
        assert_eq!(read("<kml></kml>"), Err(ImportError::NotARoadNetwork));
        assert_eq!(read(""), Err(ImportError::NotARoadNetwork));
    }

    #[test]
    fn a_node_without_a_latitude_is_named() {
        let error = read(r#"<osm><node id="1" lon="1"/></osm>"#).expect_err("no lat");
        assert!(
            error.to_string().contains("node without a valid lat"),
            "{error}"
        );
    }

    #[test]
    fn a_file_cut_between_elements_is_broken() {
        let error = read(r#"<osm><node id="1" lat="1" lon="1"/>"#).expect_err("cut off");
        assert!(error.to_string().contains("cut off"), "{error}");
    }

    #[test]
    fn a_cut_off_file_is_broken_not_empty() {
        let error =
            read(r#"<osm><node id="1" lat="1" lon="1"><tag k="a" v="b"#).expect_err("cut off");
        assert!(matches!(error, ImportError::Malformed { .. }), "{error}");
    }
}
