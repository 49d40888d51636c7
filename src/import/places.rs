//! The places of an OpenStreetMap file, with their real names, mapped to the place kinds the
//! analyst already uses ([`PlaceKind`], whose `is_sensitive` flags religion, health,
//! immigration, union and government visits). Each is reached from the nearest street.
//!
//! A place needs a `name`; one with no kind of ours (a hotel, a museum) is counted, not
//! placed. Parks (`leisure=park`, playgrounds, gardens) are [`PlaceKind::Park`]; shelters and
//! social facilities (`amenity=social_facility`, food banks, soup kitchens) are
//! [`PlaceKind::Shelter`], which the analyst flags as sensitive. A place drawn as a way counts
//! at its centre (`way_centre`): a closed outline's (a building, a park) by area, an open
//! line's by length.

use geo::Centroid;

use crate::sim::geometry::LocalFrame;
use crate::sim::{IntersectionId, Place, PlaceKind, RoadClass};

use super::network::RoadNetwork;
use super::osm::{OsmData, Tags, tag, to_degrees};
use super::spatial::SegmentGrid;

/// How far from the nearest street a place may be and still be reached from it, in meters.
pub const MAX_ACCESS_METERS: f64 = 500.0;

fn contains_any(text: &str, words: &[&str]) -> bool {
    let text = text.to_ascii_lowercase();
    words.iter().any(|w| text.contains(w))
}

/// A clinic whose tags or name say it offers reproductive health care.
fn reproductive(tags: &Tags) -> bool {
    tag(tags, "healthcare:speciality").is_some_and(|s| {
        contains_any(
            s,
            &["gynaecology", "family_planning", "abortion", "obstetrics"],
        )
    }) || tag(tags, "name")
        .is_some_and(|n| contains_any(n, &["planned parenthood", "women's health", "reproductive"]))
}

fn immigration(tags: &Tags) -> bool {
    tag(tags, "lawyer").is_some_and(|l| l.contains("immigration"))
        || tag(tags, "social_facility:for")
            .is_some_and(|f| contains_any(f, &["migrant", "refugee"]))
        || tag(tags, "name").is_some_and(|n| contains_any(n, &["immigra", "refugee"]))
}

fn health(tags: &Tags) -> PlaceKind {
    if reproductive(tags) {
        PlaceKind::ReproductiveHealthClinic
    } else {
        PlaceKind::Hospital
    }
}

/// The place kind `tags` describe, if it is one of ours.
pub fn place_kind(tags: &Tags) -> Option<PlaceKind> {
    use PlaceKind::*;
    if let Some(amenity) = tag(tags, "amenity") {
        let kind = match amenity {
            "hospital" => Some(Hospital),
            "clinic" | "doctors" => Some(health(tags)),
            "school" | "college" | "university" => Some(School),
            "kindergarten" | "childcare" => Some(Daycare),
            "place_of_worship" => Some(match tag(tags, "religion") {
                Some("muslim") => Mosque,
                Some("jewish") => Synagogue,
                Some("christian") | None => Church,
                Some(_) => Temple,
            }),
            "courthouse" => Some(Courthouse),
            "townhall" => Some(TownHall),
            "social_facility" | "refugee_site" if immigration(tags) => Some(ImmigrationLegalAid),
            "social_facility" | "food_bank" | "soup_kitchen" => Some(Shelter),
            "bar" | "pub" | "nightclub" => Some(Bar),
            "restaurant" | "cafe" | "fast_food" => Some(Restaurant),
            _ => None,
        };
        if kind.is_some() {
            return kind;
        }
    }
    if let Some(healthcare) = tag(tags, "healthcare") {
        match healthcare {
            "hospital" => return Some(Hospital),
            "clinic" | "doctor" | "centre" => return Some(health(tags)),
            _ => {}
        }
    }
    if let Some(office) = tag(tags, "office") {
        return Some(match office {
            "government" => TownHall,
            "union" | "trade_union" => UnionHall,
            _ if immigration(tags) => ImmigrationLegalAid,
            _ => OfficePark,
        });
    }
    if let Some(shop) = tag(tags, "shop") {
        return Some(match shop {
            "supermarket" | "grocery" | "greengrocer" | "convenience" | "butcher" | "bakery"
            | "deli" | "food" => Grocery,
            _ => Store,
        });
    }
    match tag(tags, "leisure") {
        Some("fitness_centre" | "sports_centre") => return Some(Gym),
        Some("park" | "playground" | "garden" | "nature_reserve" | "dog_park") => {
            return Some(Park);
        }
        _ => {}
    }
    if tag(tags, "landuse") == Some("industrial")
        || tag(tags, "man_made") == Some("works")
        || matches!(tag(tags, "building"), Some("industrial" | "warehouse"))
    {
        return Some(Factory);
    }
    None
}

/// Whether `tags` name something a person visits, whatever our kinds (for the count of
/// named places we could not map).
fn is_destination(tags: &Tags) -> bool {
    [
        "amenity",
        "shop",
        "office",
        "leisure",
        "healthcare",
        "craft",
        "tourism",
    ]
    .iter()
    .any(|k| tag(tags, k).is_some())
}

/// The places found, and how many named destinations had no kind of ours or no street.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FoundPlaces {
    pub places: Vec<Place>,
    pub without_kind: usize,
    pub off_network: usize,
}

/// The named places of `data`, reached from `network`'s streets.
pub fn find_places(data: &OsmData, network: &RoadNetwork) -> FoundPlaces {
    let frame = LocalFrame::around(network.intersections.iter().map(|i| i.position));
    let point = |id: IntersectionId| frame.to_local(network.intersections[id as usize].position);
    let streets: Vec<&crate::sim::RoadSegment> = network
        .roads
        .iter()
        .filter(|r| r.class != RoadClass::Highway)
        .collect();
    let grid = SegmentGrid::new(
        streets
            .iter()
            .map(|r| (point(r.from), point(r.to)))
            .collect(),
    );
    let mut found = FoundPlaces::default();
    let nodes = data
        .tagged_nodes
        .iter()
        .map(|n| (&n.tags, Some(to_degrees(n.at))));
    let ways = data.ways.iter().map(|w| {
        let points: Vec<_> = w
            .nodes
            .iter()
            .filter_map(|id| data.positions.get(id))
            .map(|&p| to_degrees(p))
            .collect();
        (&w.tags, way_centre(&points))
    });
    for (tags, position) in nodes.chain(ways) {
        let (Some(name), Some(position)) = (tag(tags, "name"), position) else {
            continue;
        };
        let Some(kind) = place_kind(tags) else {
            if is_destination(tags) {
                found.without_kind += 1;
            }
            continue;
        };
        let Some(near) = grid.nearest(frame.to_local(position), MAX_ACCESS_METERS) else {
            found.off_network += 1;
            continue;
        };
        let road = streets[near.segment];
        let access = if near.fraction < 0.5 {
            road.from
        } else {
            road.to
        };
        found.places.push(Place {
            kind,
            name: name.to_string(),
            position,
            access,
        });
    }
    found
}

/// Where a place drawn as a way stands, from its nodes (longitude, latitude): a closed way's
/// (first node repeated last) is its outline's area centroid, so a building with many nodes
/// along one wall, or the repeated closing node, does not pull it toward them; an open way's
/// is the centroid of its line (a single node's: that node). None for no nodes.
fn way_centre(points: &[[f64; 2]]) -> Option<[f64; 2]> {
    let line = geo::LineString::from(points.iter().map(|&[x, y]| (x, y)).collect::<Vec<_>>());
    let centre = if points.len() >= 4 && line.is_closed() {
        geo::Polygon::new(line, vec![]).centroid()
    } else {
        line.centroid()
    };
    centre.map(|c| [c.x(), c.y()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::osm::sort_tags;

    fn kind(pairs: &[(&str, &str)]) -> Option<PlaceKind> {
        let mut tags: Tags = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        sort_tags(&mut tags);
        place_kind(&tags)
    }

    #[test]
    fn places_of_worship_follow_their_religion() {
        let worship = ("amenity", "place_of_worship");
        assert_eq!(
            kind(&[worship, ("religion", "muslim")]),
            Some(PlaceKind::Mosque)
        );
        assert_eq!(
            kind(&[worship, ("religion", "jewish")]),
            Some(PlaceKind::Synagogue)
        );
        assert_eq!(
            kind(&[worship, ("religion", "buddhist")]),
            Some(PlaceKind::Temple)
        );
        assert_eq!(kind(&[worship]), Some(PlaceKind::Church));
    }

    #[test]
    fn sensitive_places_are_recognised() {
        let clinic = kind(&[("amenity", "clinic"), ("name", "Planned Parenthood")]);
        assert_eq!(clinic, Some(PlaceKind::ReproductiveHealthClinic));
        assert_eq!(kind(&[("office", "union")]), Some(PlaceKind::UnionHall));
        assert_eq!(
            kind(&[("amenity", "courthouse")]),
            Some(PlaceKind::Courthouse)
        );
        assert!(kind(&[("office", "government")]).is_some_and(PlaceKind::is_sensitive));
    }

    #[test]
    fn everyday_places_are_not_sensitive() {
        assert_eq!(kind(&[("shop", "supermarket")]), Some(PlaceKind::Grocery));
        assert_eq!(kind(&[("shop", "hardware")]), Some(PlaceKind::Store));
        let park = kind(&[("leisure", "park")]);
        assert_eq!(park, Some(PlaceKind::Park));
        assert!(!PlaceKind::Park.is_sensitive());
    }

    #[test]
    fn shelters_and_social_facilities_are_sensitive() {
        for tags in [
            [
                ("amenity", "social_facility"),
                ("social_facility", "shelter"),
            ],
            [("amenity", "food_bank"), ("name", "Community Pantry")],
        ] {
            let found = kind(&tags).expect("a kind");
            assert_eq!(found, PlaceKind::Shelter);
            assert!(found.is_sensitive());
        }
    }

    #[test]
    fn a_closed_outline_stands_at_its_area_centre() {
        // A square with extra nodes along its south wall and its first node repeated last:
        // the mean of the nodes would sit south-west of the middle.
        let square = [
            [0.0, 0.0],
            [0.25, 0.0],
            [0.5, 0.0],
            [0.75, 0.0],
            [1.0, 0.0],
            [1.0, 1.0],
            [0.0, 1.0],
            [0.0, 0.0],
        ];
        let [x, y] = way_centre(&square).unwrap();
        assert!((x - 0.5).abs() < 1e-9 && (y - 0.5).abs() < 1e-9, "{x}, {y}");
    }

    #[test]
    fn an_open_way_stands_at_its_line_centre_and_a_node_at_itself() {
        let [x, y] = way_centre(&[[0.0, 0.0], [0.1, 0.0], [4.0, 0.0]]).unwrap();
        assert!((x - 2.0).abs() < 1e-9 && y.abs() < 1e-9, "{x}, {y}");
        assert_eq!(way_centre(&[[3.0, 4.0]]), Some([3.0, 4.0]));
        assert_eq!(way_centre(&[]), None);
    }
}
