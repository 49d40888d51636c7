//! Fuzzing every import parser natively: random bytes and mutated real files (from
//! `../shared/data/`, or small built-in samples when it is absent) must give a town or a
//! one-line error, never a panic.
//!
//! `cargo test` runs a short pass ([`DEFAULT_CASES`] inputs per format, seconds). The long
//! run (`make fuzz-import`) sets `IMPORT_FUZZ_CASES=1000000` and prints
//! `import_fuzz_cases{format=...}=N` per format. Native only (proptest needs OS entropy).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use proptest::prelude::*;
use proptest::test_runner::Config;

use plate_trail::import::{ImportError, build_town, read_camera_file, read_road_network};

/// Inputs per format in a plain `cargo test`.
const DEFAULT_CASES: u32 = 1_500;

fn cases() -> u32 {
    std::env::var("IMPORT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

/// PBF inputs decode zlib blocks of thousands of nodes: a tenth as many in the short pass.
fn config_for(format: &str) -> Config {
    let cases = cases();
    let short_pass = std::env::var("IMPORT_FUZZ_CASES").is_err();
    Config {
        cases: if short_pass && format == "osm_pbf" {
            cases / 10
        } else {
            cases
        },
        failure_persistence: None,
        ..Config::default()
    }
}

fn shared(name: &str) -> Option<Vec<u8>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(name);
    std::fs::read(path).ok()
}

const SAMPLE_OSM_XML: &str = r#"<?xml version="1.0"?><osm version="0.6">
<bounds minlat="42.0" minlon="-71.0" maxlat="42.002" maxlon="-70.998"/>
<node id="1" lat="42.000" lon="-71.000"/><node id="2" lat="42.000" lon="-70.998"/>
<node id="3" lat="42.002" lon="-70.998"/><node id="4" lat="42.002" lon="-71.000"/>
<node id="5" lat="42.001" lon="-70.999"><tag k="amenity" v="clinic"/><tag k="name" v="A &amp; B"/></node>
<node id="6" lat="42.0001" lon="-70.999"><tag k="surveillance:type" v="ALPR"/><tag k="direction" v="90;270"/></node>
<way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
<tag k="highway" v="residential"/><tag k="oneway" v="yes"/><tag k="maxspeed" v="25 mph"/></way>
<relation id="20"><member type="way" ref="10" role="outer"/><tag k="boundary" v="administrative"/><tag k="name" v="T"/></relation>
</osm>"#;

const SAMPLE_OVERPASS: &str = r#"{"elements":[{"type":"node","id":1,"lat":42.0,"lon":-71.0},
{"type":"node","id":2,"lat":42.0,"lon":-70.998},{"type":"node","id":3,"lat":42.002,"lon":-70.998,
"tags":{"shop":"supermarket","name":"Market"}},{"type":"way","id":9,"nodes":[1,2,3,1],
"tags":{"highway":"primary","oneway":"-1"}},{"type":"relation","id":4,"members":[{"type":"way","ref":9,"role":"outer"}],"tags":{"boundary":"administrative"}}]}"#;

const SAMPLE_KML: &str = r#"<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>ALPR</name><description>OSM node: https://www.openstreetmap.org/node/1
Operator: Town Police
Direction: 60;240</description><Point><coordinates>-71.0,42.0,0</coordinates></Point></Placemark>
<Placemark><ExtendedData><Data name="operator"><value>X</value></Data></ExtendedData><Point><coordinates>-70.9,42.1</coordinates></Point></Placemark>
</Document></kml>"#;

const SAMPLE_GEOJSON: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":5,
"geometry":{"type":"Point","coordinates":[-71.0,42.0]},"properties":{"operator":"P","direction":"N;S"}}]}"#;

const SAMPLE_CSV: &str = "osm_node_id,lon,lat,operator,manufacturer,direction\n1,-71.0,42.0,Police,Flock Safety,90\n2,-70.99,42.01,,,both\n";

/// The first `blobs` blocks of a PBF file (a valid, smaller PBF).
fn first_pbf_blocks(bytes: &[u8], blobs: usize) -> Vec<u8> {
    let mut cursor = std::io::Cursor::new(bytes);
    let ends: Vec<usize> = osmpbf::BlobReader::new(&mut cursor)
        .filter_map(|b| b.ok()?.offset().map(|o| o.0 as usize))
        .collect();
    ends.get(blobs)
        .map_or(bytes.to_vec(), |&end| bytes[..end].to_vec())
}

/// The first `count` Placemarks of a KML file, closed again.
fn first_placemarks(kml: &[u8], count: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(kml);
    let end = text
        .match_indices("</Placemark>")
        .nth(count)
        .map_or(text.len(), |(i, m)| i + m.len());
    format!("{}</Document></kml>", &text[..end]).into_bytes()
}

/// Seed files by format name.
type SeedTable = Vec<(&'static str, Vec<Vec<u8>>)>;

/// Real files (small ones, or the start of large ones) and built-in samples, per format.
fn seeds(format: &str) -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<SeedTable> = OnceLock::new();
    let all = SEEDS.get_or_init(|| {
        let real = |name: &str, cut: &dyn Fn(Vec<u8>) -> Vec<u8>| shared(name).map(cut);
        let keep = |b: Vec<u8>| b;
        let mut table: SeedTable = vec![
            ("osm_xml", vec![SAMPLE_OSM_XML.as_bytes().to_vec()]),
            ("overpass_json", vec![SAMPLE_OVERPASS.as_bytes().to_vec()]),
            ("osm_pbf", vec![]),
            ("kml", vec![SAMPLE_KML.as_bytes().to_vec()]),
            ("geojson", vec![SAMPLE_GEOJSON.as_bytes().to_vec()]),
            ("csv", vec![SAMPLE_CSV.as_bytes().to_vec()]),
        ];
        let extra = [
            ("osm_xml", real("osm/bolzano-overpass.osm", &keep)),
            ("overpass_json", real("osm/bolzano-overpass.json", &keep)),
            (
                "osm_pbf",
                real("osm/somerville-chelsea.osm.pbf", &|b| {
                    first_pbf_blocks(&b, 2)
                }),
            ),
            (
                "kml",
                real("alpr/massachusetts-alpr.kml", &|b| first_placemarks(&b, 40)),
            ),
            ("geojson", real("alpr/greater-boston-alpr.geojson", &keep)),
            ("csv", real("alpr/greater-boston-alpr.csv", &keep)),
        ];
        for (format, bytes) in extra {
            if let (Some(bytes), Some(entry)) =
                (bytes, table.iter_mut().find(|(f, _)| *f == format))
            {
                entry.1.push(bytes);
            }
        }
        table
    });
    all.iter()
        .find(|(f, _)| *f == format)
        .map_or(&[], |(_, s)| s.as_slice())
}

/// One change to a file.
#[derive(Clone, Debug)]
enum Mutation {
    Flip { at: usize, bits: u8 },
    Insert { at: usize, byte: u8 },
    Delete { at: usize, len: usize },
    Truncate { at: usize },
    Repeat { at: usize, len: usize },
    Splice { at: usize, text: &'static str },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let tricky = prop::sample::select(vec![
        "<",
        ">",
        "\"",
        "&amp;",
        "&#0;",
        "&bogus;",
        "-",
        "1e309",
        "NaN",
        "99999999999999999999",
        ";",
        ",",
        "\n",
        "\u{feff}",
        "{",
        "}",
        "[",
        "]",
        "null",
        "\"type\":\"node\"",
        "<nd ref=\"1\"/>",
        "</osm>",
        "</Placemark>",
        "<Point><coordinates>",
        "\u{0}",
        "\"\"",
    ]);
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, bits)| Mutation::Flip { at, bits }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Insert { at, byte }),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), 1usize..256).prop_map(|(at, len)| Mutation::Repeat { at, len }),
        (any::<usize>(), tricky).prop_map(|(at, text)| Mutation::Splice { at, text }),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let n = bytes.len().max(1);
        match *m {
            Mutation::Flip { at, bits } => {
                if let Some(b) = bytes.get_mut(at % n) {
                    *b ^= bits;
                }
            }
            Mutation::Insert { at, byte } => bytes.insert(at % (bytes.len() + 1), byte),
            Mutation::Delete { at, len } => {
                let start = at % n;
                let end = (start + len).min(bytes.len());
                bytes.drain(start.min(end)..end);
            }
            Mutation::Truncate { at } => bytes.truncate(at % n),
            Mutation::Repeat { at, len } => {
                let start = at % n;
                let end = (start + len).min(bytes.len());
                let chunk = bytes.get(start..end).unwrap_or(&[]).to_vec();
                bytes.splice(start.min(end)..start.min(end), chunk);
            }
            Mutation::Splice { at, text } => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, text.bytes());
            }
        }
    }
    bytes
}

/// An input for `format`: random bytes, or a seed file with a few mutations.
fn input(format: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds(format);
    let random = prop::collection::vec(any::<u8>(), 0..300).boxed();
    if seeds.is_empty() {
        return random;
    }
    let mutated = (0..seeds.len(), prop::collection::vec(mutation(), 1..6))
        .prop_map(move |(seed, mutations)| mutate(seeds[seed].clone(), &mutations));
    prop_oneof![1 => random, 4 => mutated].boxed()
}

fn check_error(error: &ImportError) {
    let text = error.to_string();
    assert!(!text.is_empty() && !text.contains('\n'), "{text:?}");
}

/// Reads a road network and builds its town: a town whose roads join its intersections, or
/// a one-line error.
fn road_file_holds(bytes: &[u8]) {
    match read_road_network(bytes, &mut |_| {}) {
        Ok(data) => match build_town("fuzz", &data, &[], &mut |_| {}) {
            Ok(town) => {
                let n = town.map.intersections.len() as u32;
                assert!(town.map.roads.iter().all(|r| r.from < n && r.to < n));
                assert!(town.map.places.iter().all(|p| p.access < n));
                let _ = serde_json::to_string(&town.summary()).expect("the summary prints");
            }
            Err(error) => check_error(&error),
        },
        Err(error) => check_error(&error),
    }
}

/// Reads a camera file: records on the globe, or a one-line error.
fn camera_file_holds(bytes: &[u8]) {
    match read_camera_file(bytes) {
        Ok((_, records)) => {
            assert!(!records.is_empty());
            for r in &records {
                assert!(r.position[0].abs() <= 180.0 && r.position[1].abs() <= 90.0);
                assert!(r.directions.iter().all(|d| (0.0..360.0).contains(d)));
            }
        }
        Err(error) => check_error(&error),
    }
}

fn config() -> Config {
    config_for("")
}

static COUNTS: [AtomicU64; 6] = [const { AtomicU64::new(0) }; 6];

fn counted(slot: usize, format: &str) {
    let done = COUNTS[slot].fetch_add(1, Ordering::Relaxed) + 1;
    if done == u64::from(config_for(format).cases) {
        eprintln!("import_fuzz_cases{{format={format}}}={done} panics=0");
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn osm_xml_never_panics(bytes in input("osm_xml")) {
        road_file_holds(&bytes);
        counted(0, "osm_xml");
    }

    #[test]
    fn overpass_json_never_panics(bytes in input("overpass_json")) {
        road_file_holds(&bytes);
        counted(1, "overpass_json");
    }


    #[test]
    fn kml_never_panics(bytes in input("kml")) {
        camera_file_holds(&bytes);
        counted(3, "kml");
    }

    #[test]
    fn geojson_never_panics(bytes in input("geojson")) {
        camera_file_holds(&bytes);
        counted(4, "geojson");
    }

    #[test]
    fn csv_never_panics(bytes in input("csv")) {
        camera_file_holds(&bytes);
        counted(5, "csv");
    }
}

proptest! {
    #![proptest_config(config_for("osm_pbf"))]

    #[test]
    fn osm_pbf_never_panics(bytes in input("osm_pbf")) {
        road_file_holds(&bytes);
        counted(2, "osm_pbf");
    }
}

#[test]
fn the_seeds_are_valid_files_so_mutations_reach_deep() {
    for format in ["osm_xml", "overpass_json", "osm_pbf"] {
        for seed in seeds(format) {
            read_road_network(seed, &mut |_| {})
                .unwrap_or_else(|e| panic!("a {format} seed does not read: {e}"));
        }
    }
    for format in ["kml", "geojson", "csv"] {
        for seed in seeds(format) {
            read_camera_file(seed).unwrap_or_else(|e| panic!("a {format} seed does not read: {e}"));
        }
    }
}
