//! Reads OSM PBF (`.osm.pbf`, small extracts) with the `osmpbf` crate into [`OsmData`]. Takes
//! bytes, not a path; decodes one blob at a time on the calling thread (no rayon pool, no
//! memory map), so it runs the same in the town-wide worker, and reports progress per blob.

use osmpbf::{BlobDecode, BlobReader, Element, RelMemberType};

use super::error::{FileFormat, ImportError, one_line};
use super::osm::{Member, MemberKind, OsmData, Relation, Tags, Way, sort_tags, to_fixed};

fn malformed(detail: String) -> ImportError {
    ImportError::Malformed {
        format: FileFormat::OsmPbf,
        detail: one_line(&detail),
    }
}

fn tags_of<'a>(tags: impl Iterator<Item = (&'a str, &'a str)>) -> Tags {
    let mut tags: Tags = tags.map(|(k, v)| (k.to_string(), v.to_string())).collect();
    sort_tags(&mut tags);
    tags
}

/// Whether `bytes` start like a PBF file: a 4-byte header length, then a `BlobHeader`
/// whose first field is the string `OSMHeader`.
pub fn looks_like_pbf(bytes: &[u8]) -> bool {
    bytes.len() > 16
        && bytes[..64.min(bytes.len())]
            .windows(9)
            .any(|w| w == b"OSMHeader")
}

/// Reads `bytes` as OSM PBF; `progress(read_bytes)` is called after each blob.
pub fn read_osm_pbf(bytes: &[u8], progress: &mut dyn FnMut(usize)) -> Result<OsmData, ImportError> {
    let mut data = OsmData::default();
    let mut cursor = std::io::Cursor::new(bytes);
    let mut saw_header = false;
    for blob in BlobReader::new(&mut cursor) {
        let blob = blob.map_err(|e| malformed(format!("a block cannot be read: {e}")))?;
        let decoded = blob
            .decode()
            .map_err(|e| malformed(format!("a block cannot be unpacked: {e}")))?;
        match decoded {
            BlobDecode::OsmHeader(header) => {
                saw_header = true;
                if let Some(b) = header.bbox() {
                    let fixed = [
                        to_fixed(b.left, 180.0),
                        to_fixed(b.bottom, 90.0),
                        to_fixed(b.right, 180.0),
                        to_fixed(b.top, 90.0),
                    ];
                    if let [Some(w), Some(s), Some(e), Some(n)] = fixed
                        && w < e
                        && s < n
                    {
                        data.bounds = Some([w, s, e, n]);
                    }
                }
            }
            BlobDecode::OsmData(block) => {
                if !saw_header {
                    return Err(malformed(
                        "the data comes before the OSMHeader block".into(),
                    ));
                }
                for element in block.elements() {
                    read_element(element, &mut data)?;
                }
            }
            BlobDecode::Unknown(_) => {}
        }
        progress(blob_start(&blob, bytes.len()));
    }
    if !saw_header {
        return Err(ImportError::NotARoadNetwork);
    }
    progress(bytes.len());
    data.finish();
    Ok(data)
}

fn blob_start(blob: &osmpbf::Blob, total: usize) -> usize {
    blob.offset().map_or(total, |o| (o.0 as usize).min(total))
}

fn position(lon: i32, lat: i32, id: i64) -> Result<[i32; 2], ImportError> {
    let valid = to_fixed(f64::from(lon) / 1e7, 180.0).is_some()
        && to_fixed(f64::from(lat) / 1e7, 90.0).is_some();
    if valid {
        Ok([lon, lat])
    } else {
        Err(malformed(format!("node {id} is off the globe")))
    }
}

fn read_element(element: Element, data: &mut OsmData) -> Result<(), ImportError> {
    match element {
        Element::Node(node) => {
            let at = position(node.decimicro_lon(), node.decimicro_lat(), node.id())?;
            data.add_node(node.id(), at, tags_of(node.tags()))
        }
        Element::DenseNode(node) => {
            let at = position(node.decimicro_lon(), node.decimicro_lat(), node.id())?;
            data.add_node(node.id(), at, tags_of(node.tags()))
        }
        Element::Way(way) => data.add_way(Way {
            id: way.id(),
            nodes: way.refs().collect(),
            tags: tags_of(way.tags()),
        }),
        Element::Relation(relation) => {
            let members = relation
                .members()
                .map(|m| Member {
                    kind: match m.member_type {
                        RelMemberType::Node => MemberKind::Node,
                        RelMemberType::Way => MemberKind::Way,
                        RelMemberType::Relation => MemberKind::Relation,
                    },
                    id: m.member_id,
                    role: m.role().unwrap_or_default().to_string(),
                })
                .collect();
            data.relations.push(Relation {
                id: relation.id(),
                members,
                tags: tags_of(relation.tags()),
            });
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_bytes_are_not_a_network() {
        let bytes = b"\x00\x00\x00\x0dnot a pbf file at all";
        assert!(read_osm_pbf(bytes, &mut |_| {}).is_err());
        assert!(!looks_like_pbf(bytes));
    }
}
