//! Reads OpenStreetMap XML (`.osm`: openstreetmap.org's Export, JOSM, Overpass `[out:xml]`)
//! with quick-xml into [`OsmData`]. Takes bytes, not a path, so it runs the same in the
//! town-wide worker; reports how far it has read through `progress`.
//!
//! Elements JOSM marks `action="delete"` are skipped; anything else that is not a node, way,
//! relation, tag, node reference, member or bounds is ignored.

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

/// The value of attribute `key` of `e`, unescaped.
fn attribute(e: &BytesStart, key: &str) -> Result<Option<String>, ImportError> {
    for attr in e.attributes() {
        let attr = attr.map_err(|err| malformed(format!("a broken attribute: {err}")))?;
        if attr.key.as_ref() == key {
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| malformed(format!("a broken attribute value: {err}")))?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

fn number<T: std::str::FromStr>(
    e: &BytesStart,
    key: &str,
    element: &str,
) -> Result<T, ImportError> {
    attribute(e, key)?
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| malformed(format!("a {element} without a valid {key}")))
}

fn degrees(e: &BytesStart, key: &str, element: &str, limit: f64) -> Result<i32, ImportError> {
    let value: f64 = number(e, key, element)?;
    to_fixed(value, limit).ok_or_else(|| malformed(format!("a {element} with {key} {value}")))
}

fn start_element(
    e: &BytesStart,
    closed: bool,
    open: &mut Open,
    data: &mut OsmData,
) -> Result<(), ImportError> {
    let name = e.name();
    let deleted = || -> Result<bool, ImportError> {
        Ok(attribute(e, "action")?.as_deref() == Some("delete"))
    };
    match name.as_ref() {
        "node" => {
            *open = if deleted()? {
                Open::Deleted
            } else {
                let id = number(e, "id", "node")?;
                let lon = degrees(e, "lon", "node", 180.0)?;
                let lat = degrees(e, "lat", "node", 90.0)?;
                Open::Node {
                    id,
                    at: [lon, lat],
                    tags: Tags::new(),
                }
            };
        }
        "way" => {
            *open = if deleted()? {
                Open::Deleted
            } else {
                Open::Way(Way {
                    id: number(e, "id", "way")?,
                    nodes: Vec::new(),
                    tags: Tags::new(),
                })
            };
        }
        "relation" => {
            *open = if deleted()? {
                Open::Deleted
            } else {
                Open::Relation(Relation {
                    id: number(e, "id", "relation")?,
                    members: Vec::new(),
                    tags: Tags::new(),
                })
            };
        }
        "tag" => {
            let key = attribute(e, "k")?.ok_or_else(|| malformed("a tag without k".into()))?;
            let value = attribute(e, "v")?.unwrap_or_default();
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
                way.nodes.push(number(e, "ref", "way's node reference")?);
            }
            return Ok(());
        }
        "member" => {
            if let Open::Relation(relation) = open {
                let kind = match attribute(e, "type")?.as_deref() {
                    Some("node") => MemberKind::Node,
                    Some("way") => MemberKind::Way,
                    Some("relation") => MemberKind::Relation,
                    _ => return Err(malformed("a relation member of no known type".into())),
                };
                relation.members.push(Member {
                    kind,
                    id: number(e, "ref", "relation member")?,
                    role: attribute(e, "role")?.unwrap_or_default(),
                });
            }
            return Ok(());
        }
        "bounds" => {
            let min_lon = degrees(e, "minlon", "bounds", 180.0)?;
            let min_lat = degrees(e, "minlat", "bounds", 90.0)?;
            let max_lon = degrees(e, "maxlon", "bounds", 180.0)?;
            let max_lat = degrees(e, "maxlat", "bounds", 90.0)?;
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
