//! OpenStreetMap data as the three road-network readers hand it over: nodes, ways and
//! relations with their tags, whatever file format they came from. Plain data; building the
//! town from it is [`super::network`]'s, [`super::places`]' and [`super::cameras`]' job.
//!
//! # Units
//! Coordinates are held as whole ten-millionths of a degree (OSM's own precision, what PBF
//! stores), so XML's decimal text and PBF's integers give identical values.

use rustc_hash::FxHashMap;

use crate::sim::LonLat;

use super::error::{Counted, ImportError, MAX_OSM_NODES, MAX_OSM_WAYS};

/// A position in ten-millionths of a degree, `[lon, lat]`.
pub type FixedLonLat = [i32; 2];

/// Ten-millionths of a degree per degree.
const FIXED_PER_DEGREE: f64 = 1e7;

/// `degrees` as ten-millionths, or `None` when not a finite value in `-limit..=limit`.
pub fn to_fixed(degrees: f64, limit: f64) -> Option<i32> {
    (degrees.is_finite() && degrees.abs() <= limit)
        .then(|| (degrees * FIXED_PER_DEGREE).round() as i32)
}

/// A fixed position in lon/lat degrees.
pub fn to_degrees(at: FixedLonLat) -> LonLat {
    [
        f64::from(at[0]) / FIXED_PER_DEGREE,
        f64::from(at[1]) / FIXED_PER_DEGREE,
    ]
}

/// An element's tags, sorted by key.
pub type Tags = Vec<(String, String)>;

/// The value of `key` in `tags`.
pub fn tag<'a>(tags: &'a Tags, key: &str) -> Option<&'a str> {
    tags.binary_search_by(|(k, _)| k.as_str().cmp(key))
        .ok()
        .map(|i| tags[i].1.as_str())
}

/// A node with tags (a shop, a camera): untagged nodes only carry a way's shape.
#[derive(Clone, Debug, PartialEq)]
pub struct TaggedNode {
    pub id: i64,
    pub at: FixedLonLat,
    pub tags: Tags,
}

/// A way: an ordered list of node ids.
#[derive(Clone, Debug, PartialEq)]
pub struct Way {
    pub id: i64,
    pub nodes: Vec<i64>,
    pub tags: Tags,
}

/// What a relation member is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberKind {
    Node,
    Way,
    Relation,
}

/// A member of a relation.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub kind: MemberKind,
    pub id: i64,
    pub role: String,
}

/// A relation (a boundary, a multipolygon).
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    pub id: i64,
    pub members: Vec<Member>,
    pub tags: Tags,
}

/// Everything read from one road-network file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OsmData {
    /// The area the file says it covers (`<bounds>`, the PBF header's box):
    /// `[min_lon, min_lat, max_lon, max_lat]` in ten-millionths of a degree.
    pub bounds: Option<[i32; 4]>,
    /// Every node's position by id.
    pub positions: FxHashMap<i64, FixedLonLat>,
    /// The nodes with tags, by id.
    pub tagged_nodes: Vec<TaggedNode>,
    /// By id.
    pub ways: Vec<Way>,
    /// By id.
    pub relations: Vec<Relation>,
}

impl OsmData {
    /// Adds a node, refusing past [`MAX_OSM_NODES`].
    pub fn add_node(&mut self, id: i64, at: FixedLonLat, tags: Tags) -> Result<(), ImportError> {
        if self.positions.len() >= MAX_OSM_NODES {
            return Err(ImportError::TooMany {
                what: Counted::Nodes,
                limit: MAX_OSM_NODES,
            });
        }
        self.positions.insert(id, at);
        if !tags.is_empty() {
            self.tagged_nodes.push(TaggedNode { id, at, tags });
        }
        Ok(())
    }

    /// Adds a way, refusing past [`MAX_OSM_WAYS`].
    pub fn add_way(&mut self, way: Way) -> Result<(), ImportError> {
        if self.ways.len() >= MAX_OSM_WAYS {
            return Err(ImportError::TooMany {
                what: Counted::Ways,
                limit: MAX_OSM_WAYS,
            });
        }
        self.ways.push(way);
        Ok(())
    }

    /// Puts every list in id order and every tag list in key order, so the same data read
    /// from any format compares equal.
    pub fn finish(&mut self) {
        self.tagged_nodes.sort_by_key(|n| n.id);
        self.tagged_nodes.dedup_by_key(|n| n.id);
        self.ways.sort_by_key(|w| w.id);
        self.ways.dedup_by_key(|w| w.id);
        self.relations.sort_by_key(|r| r.id);
        self.relations.dedup_by_key(|r| r.id);
        for tags in self
            .tagged_nodes
            .iter_mut()
            .map(|n| &mut n.tags)
            .chain(self.ways.iter_mut().map(|w| &mut w.tags))
            .chain(self.relations.iter_mut().map(|r| &mut r.tags))
        {
            sort_tags(tags);
        }
    }

    /// `[min_lon, min_lat, max_lon, max_lat]` in degrees: the file's bounds, or else the
    /// box around its nodes; `None` for a file without nodes.
    pub fn bbox_degrees(&self) -> Option<[f64; 4]> {
        let fixed = self.bounds.or_else(|| {
            let mut points = self.positions.values();
            let first = points.next()?;
            let mut bbox = [first[0], first[1], first[0], first[1]];
            for p in points {
                bbox = [
                    bbox[0].min(p[0]),
                    bbox[1].min(p[1]),
                    bbox[2].max(p[0]),
                    bbox[3].max(p[1]),
                ];
            }
            Some(bbox)
        })?;
        let low = to_degrees([fixed[0], fixed[1]]);
        let high = to_degrees([fixed[2], fixed[3]]);
        Some([low[0], low[1], high[0], high[1]])
    }
}

/// Sorts tags by key, the last of a repeated key winning (as OSM editors do).
pub fn sort_tags(tags: &mut Tags) {
    tags.reverse();
    tags.sort_by(|a, b| a.0.cmp(&b.0));
    tags.dedup_by(|a, b| a.0 == b.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_text_and_integers_give_the_same_position() {
        let from_text: f64 = "42.3678097".parse().expect("a number");
        assert_eq!(to_fixed(from_text, 90.0), Some(423_678_097));
        assert_eq!(to_fixed(f64::NAN, 90.0), None);
        assert_eq!(to_fixed(91.0, 90.0), None);
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value() {
        let mut tags = vec![
            ("name".to_string(), "Old".to_string()),
            ("highway".to_string(), "residential".to_string()),
            ("name".to_string(), "New".to_string()),
        ];
        sort_tags(&mut tags);
        assert_eq!(tag(&tags, "name"), Some("New"));
        assert_eq!(tag(&tags, "highway"), Some("residential"));
        assert_eq!(tags.len(), 2);
    }
}
