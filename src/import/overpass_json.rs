//! Reads Overpass JSON (`[out:json]`) with serde_json into [`OsmData`]: the same nodes, ways
//! and relations as OpenStreetMap XML, so the same area gives the same town. Takes bytes, not
//! a path.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::error::{FileFormat, ImportError, one_line};
use super::osm::{Member, MemberKind, OsmData, Relation, Tags, Way, sort_tags, to_fixed};

#[derive(Deserialize)]
struct Root {
    elements: Option<Vec<Element>>,
    /// Overpass puts a runtime error (a timeout, a memory limit) here.
    remark: Option<String>,
}

#[derive(Deserialize)]
struct Element {
    #[serde(rename = "type")]
    kind: String,
    id: i64,
    lat: Option<f64>,
    lon: Option<f64>,
    nodes: Option<Vec<i64>>,
    members: Option<Vec<JsonMember>>,
    tags: Option<BTreeMap<String, String>>,
}

#[derive(Deserialize)]
struct JsonMember {
    #[serde(rename = "type")]
    kind: String,
    #[serde(rename = "ref")]
    id: i64,
    #[serde(default)]
    role: String,
}

fn malformed(detail: String) -> ImportError {
    ImportError::Malformed {
        format: FileFormat::OverpassJson,
        detail: one_line(&detail),
    }
}

fn tags_of(tags: Option<BTreeMap<String, String>>) -> Tags {
    let mut tags: Tags = tags.unwrap_or_default().into_iter().collect();
    sort_tags(&mut tags);
    tags
}

/// Reads `bytes` as Overpass JSON; `progress(read_bytes)` is called when it is read.
pub fn read_overpass_json(
    bytes: &[u8],
    progress: &mut dyn FnMut(usize),
) -> Result<OsmData, ImportError> {
    let root: Root = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_data() {
            malformed(format!("an element does not fit Overpass JSON: {e}"))
        } else {
            malformed(format!("the JSON is broken: {e}"))
        }
    })?;
    progress(bytes.len());
    let Some(elements) = root.elements else {
        return Err(ImportError::NotARoadNetwork);
    };
    if let Some(remark) = root.remark.filter(|r| r.contains("error")) {
        return Err(malformed(format!("Overpass stopped with: {remark}")));
    }
    let mut data = OsmData::default();
    for element in elements {
        match element.kind.as_str() {
            "node" => {
                let (Some(lon), Some(lat)) = (element.lon, element.lat) else {
                    return Err(malformed(format!("node {} has no lat and lon", element.id)));
                };
                let at = to_fixed(lon, 180.0)
                    .zip(to_fixed(lat, 90.0))
                    .ok_or_else(|| malformed(format!("node {} is off the globe", element.id)))?;
                data.add_node(element.id, [at.0, at.1], tags_of(element.tags))?;
            }
            "way" => data.add_way(Way {
                id: element.id,
                nodes: element.nodes.unwrap_or_default(),
                tags: tags_of(element.tags),
            })?,
            "relation" => {
                let members = element
                    .members
                    .unwrap_or_default()
                    .into_iter()
                    .map(|m| {
                        let kind = match m.kind.as_str() {
                            "node" => MemberKind::Node,
                            "way" => MemberKind::Way,
                            "relation" => MemberKind::Relation,
                            other => {
                                return Err(malformed(format!(
                                    "relation {} has a member of type {other}",
                                    element.id
                                )));
                            }
                        };
                        Ok(Member {
                            kind,
                            id: m.id,
                            role: m.role,
                        })
                    })
                    .collect::<Result<_, _>>()?;
                data.relations.push(Relation {
                    id: element.id,
                    members,
                    tags: tags_of(element.tags),
                });
            }
            _ => {}
        }
    }
    data.finish();
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<OsmData, ImportError> {
        read_overpass_json(text.as_bytes(), &mut |_| {})
    }

    #[test]
    fn reads_nodes_and_ways() {
        let data = read(
            r#"{"elements":[{"type":"node","id":1,"lat":42.0,"lon":-71.0},
            {"type":"node","id":2,"lat":42.001,"lon":-71.0,"tags":{"shop":"bakery"}},
            {"type":"way","id":5,"nodes":[1,2],"tags":{"highway":"primary"}}]}"#,
        )
        .expect("valid");
        assert_eq!(data.positions.len(), 2);
        assert_eq!(data.tagged_nodes.len(), 1);
        assert_eq!(data.ways[0].nodes, vec![1, 2]);
    }

    #[test]
    fn geojson_is_not_a_road_network() {
        assert_eq!(
            read(r#"{"type":"FeatureCollection","features":[]}"#),
            Err(ImportError::NotARoadNetwork)
        );
    }

    #[test]
    fn a_node_without_position_is_named() {
        let error = read(r#"{"elements":[{"type":"node","id":7}]}"#).expect_err("no position");
        assert!(error.to_string().contains("node 7"), "{error}");
    }
}
