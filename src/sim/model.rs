//! The nouns of the simulated world: the town's map (roads, places, cameras), vehicles and
//! their fingerprints, and the sightings a camera vendor's database holds.
//!
//! Everything here is plain data, serialisable with serde, and free of any generator: the
//! default town fills these from a seed, and an OpenStreetMap import fills the same structs
//! later. No UI crates, no randomness, no clocks.
//!
//! # Units
//! Positions are WGS84 lon/lat degrees (`[lon, lat]`); lengths are meters; headings are
//! compass degrees (0 = north, 90 = east); times are whole minutes since the simulation
//! start, which is a Monday at 00:00.

use serde::{Deserialize, Serialize};

/// Minutes in a day.
pub const MINUTES_PER_DAY: u32 = 24 * 60;
/// Minutes in a week.
pub const MINUTES_PER_WEEK: u32 = 7 * MINUTES_PER_DAY;

/// A position in WGS84 lon/lat degrees, `[lon, lat]` (GeoJSON order).
pub type LonLat = [f64; 2];

/// Index of an intersection (a road-graph node) in [`TownMap::intersections`].
pub type IntersectionId = u32;
/// Index of a place in [`TownMap::places`].
pub type PlaceId = u32;
/// Index of a camera in [`TownMap::cameras`].
pub type CameraId = u16;
/// Index of a vehicle in the simulation's vehicle list. The commuter (the visitor's car) is
/// always vehicle 0. Only the simulation's truth knows it; the vendor knows plates.
pub type VehicleId = u32;

/// The day of the week; the simulation starts on a Monday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// All seven days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The weekday of a simulation minute (minute 0 is Monday 00:00).
    pub fn of_minute(minute: u32) -> Weekday {
        Self::ALL[((minute / MINUTES_PER_DAY) % 7) as usize]
    }

    /// Monday = 0 ... Sunday = 6.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

/// The class of a road, which sets its default speed and how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RoadClass {
    Highway,
    Arterial,
    Collector,
    Local,
}

/// A junction of roads (a node of the road graph).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Intersection {
    pub position: LonLat,
}

/// A stretch of road between two intersections. Two-way unless `oneway`, in which case it
/// may only be driven from `from` to `to`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoadSegment {
    pub from: IntersectionId,
    pub to: IntersectionId,
    pub class: RoadClass,
    pub name: String,
    pub speed_kmh: f64,
    pub length_meters: f64,
    pub oneway: bool,
}

/// What a place is, in the visitor's world.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlaceKind {
    Home,
    FriendsHouse,
    Hospital,
    School,
    Daycare,
    Factory,
    OfficePark,
    Store,
    Grocery,
    Gym,
    Bar,
    Restaurant,
    Church,
    Mosque,
    Synagogue,
    Temple,
    ReproductiveHealthClinic,
    ImmigrationLegalAid,
    UnionHall,
    Courthouse,
    TownHall,
    /// A destination out of town (the highway to the city, a neighbour's mall).
    OutOfTown,
    /// A park or playground (from an imported town's `leisure=park` and the like).
    Park,
    /// A shelter, food bank or other social facility: a visit tells of housing or money
    /// trouble (from an imported town's `amenity=social_facility` and the like).
    Shelter,
}

impl PlaceKind {
    /// Every kind, in the order they are declared: a kind's number on the worker's wire and
    /// its byte in the share link's `life`, so a new kind is appended, never inserted.
    pub const ALL: [PlaceKind; 24] = [
        PlaceKind::Home,
        PlaceKind::FriendsHouse,
        PlaceKind::Hospital,
        PlaceKind::School,
        PlaceKind::Daycare,
        PlaceKind::Factory,
        PlaceKind::OfficePark,
        PlaceKind::Store,
        PlaceKind::Grocery,
        PlaceKind::Gym,
        PlaceKind::Bar,
        PlaceKind::Restaurant,
        PlaceKind::Church,
        PlaceKind::Mosque,
        PlaceKind::Synagogue,
        PlaceKind::Temple,
        PlaceKind::ReproductiveHealthClinic,
        PlaceKind::ImmigrationLegalAid,
        PlaceKind::UnionHall,
        PlaceKind::Courthouse,
        PlaceKind::TownHall,
        PlaceKind::OutOfTown,
        PlaceKind::Park,
        PlaceKind::Shelter,
    ];

    /// Places whose visits reveal religion, health, immigration status, union membership or
    /// political activity: the ones the analyst flags.
    pub fn is_sensitive(self) -> bool {
        matches!(
            self,
            PlaceKind::Church
                | PlaceKind::Mosque
                | PlaceKind::Synagogue
                | PlaceKind::Temple
                | PlaceKind::ReproductiveHealthClinic
                | PlaceKind::ImmigrationLegalAid
                | PlaceKind::UnionHall
                | PlaceKind::Courthouse
                | PlaceKind::TownHall
                | PlaceKind::Shelter
        )
    }

    /// Places where people work.
    pub fn is_workplace(self) -> bool {
        matches!(
            self,
            PlaceKind::Hospital
                | PlaceKind::School
                | PlaceKind::Factory
                | PlaceKind::OfficePark
                | PlaceKind::Store
                | PlaceKind::Grocery
                | PlaceKind::TownHall
                | PlaceKind::Courthouse
                | PlaceKind::OutOfTown
        )
    }

    /// Places of worship.
    pub fn is_worship(self) -> bool {
        matches!(
            self,
            PlaceKind::Church | PlaceKind::Mosque | PlaceKind::Synagogue | PlaceKind::Temple
        )
    }
}

/// A place on the map, reached by road from its nearest intersection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub kind: PlaceKind,
    /// The town's name for it, or one the visitor's data gives, shown as it is; empty for
    /// the places the visitor's plan adds without a name (their home, their workplace, a stop
    /// where no town place is), which the text layer names from `kind` in the visitor's
    /// language (`text::place_name`).
    pub name: String,
    pub position: LonLat,
    /// The intersection a car leaves from and arrives at.
    pub access: IntersectionId,
}

/// Who runs a camera. Private cameras (retail lots, HOAs) can feed police under an MOU.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CameraOwner {
    TownPolice,
    NeighbourPolice,
    StatePolice,
    PrivateBusiness,
}

/// Why a camera stands where it does; mirrors how deployments are actually placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CameraPlacement {
    TownLine,
    ArterialIntersection,
    RetailLot,
    SchoolZone,
    NeighbouringTown,
    StateRoad,
    /// A homeowners' association's camera on a residential street just off a collector,
    /// reading the cars that turn in: private, and it can feed police under an MOU
    /// (<https://www.flocksafety.com/articles/what-happens-if-a-wanted-car-passes-by-a-flock-safety-camera>).
    NeighbourhoodEntrance,
    /// Imported from a camera file; placement unknown.
    Mapped,
}

/// A fixed plate-reading camera.
///
/// It reads the rear plates of vehicles driving away from it: a vehicle passing within
/// `range_meters` is read when its travel bearing lies within `field_of_view_degrees / 2`
/// of `heading_degrees`, with probability `read_probability`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Camera {
    /// The vendor's label, e.g. `"FL-07"`.
    pub label: String,
    pub position: LonLat,
    pub heading_degrees: f64,
    pub field_of_view_degrees: f64,
    pub range_meters: f64,
    /// The operating organisation's display name, e.g. "Millbrook Police Department".
    pub operator: String,
    pub owner: CameraOwner,
    pub placement: CameraPlacement,
    pub read_probability: f64,
}

/// Everything drawn on the map and driven over: fed by the town generator or an import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TownMap {
    pub name: String,
    /// The town line, a closed ring of lon/lat points.
    pub boundary: Vec<LonLat>,
    pub intersections: Vec<Intersection>,
    pub roads: Vec<RoadSegment>,
    pub places: Vec<Place>,
    pub cameras: Vec<Camera>,
    /// Where map data came from, shown as attribution (empty for the generated town).
    pub attribution: String,
}

/// A vehicle colour as an attribute search names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Colour {
    White,
    Black,
    Silver,
    Grey,
    Blue,
    Red,
    Green,
    Brown,
    Yellow,
}

impl Colour {
    pub const ALL: [Colour; 9] = [
        Colour::White,
        Colour::Black,
        Colour::Silver,
        Colour::Grey,
        Colour::Blue,
        Colour::Red,
        Colour::Green,
        Colour::Brown,
        Colour::Yellow,
    ];
}

/// A vehicle body type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BodyType {
    Sedan,
    Suv,
    Pickup,
    Hatchback,
    Minivan,
    Van,
    Coupe,
}

impl BodyType {
    pub const ALL: [BodyType; 7] = [
        BodyType::Sedan,
        BodyType::Suv,
        BodyType::Pickup,
        BodyType::Hatchback,
        BodyType::Minivan,
        BodyType::Van,
        BodyType::Coupe,
    ];
}

/// A distinguishing feature a camera's "vehicle fingerprint" picks up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Feature {
    RoofRack,
    BumperSticker,
    Dent,
    TemporaryTag,
}

impl Feature {
    pub const ALL: [Feature; 4] = [
        Feature::RoofRack,
        Feature::BumperSticker,
        Feature::Dent,
        Feature::TemporaryTag,
    ];
}

/// What a camera's AI records about a vehicle besides its plate.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fingerprint {
    pub make: String,
    pub model: String,
    pub colour: Colour,
    pub body: BodyType,
    pub features: Vec<Feature>,
}

/// A licence plate as printed or as read: up to 7 ASCII characters, Massachusetts style
/// (e.g. `4KTR217`). `Copy` and compact, because the database holds millions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Plate(pub [u8; 7]);

impl Plate {
    /// The plate's text.
    pub fn as_str(&self) -> &str {
        let end = self.0.iter().position(|&b| b == 0).unwrap_or(7);
        std::str::from_utf8(&self.0[..end]).unwrap_or("")
    }

    /// Parses a plate of 1 to 7 ASCII letters and digits (upper-cased); `None` otherwise.
    pub fn parse(text: &str) -> Option<Plate> {
        let text = text.trim();
        if text.is_empty() || text.len() > 7 || !text.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let mut bytes = [0u8; 7];
        for (slot, b) in bytes.iter_mut().zip(text.bytes()) {
            *slot = b.to_ascii_uppercase();
        }
        Some(Plate(bytes))
    }
}

impl std::fmt::Display for Plate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Plate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Plate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Plate::parse(&text).ok_or_else(|| serde::de::Error::custom("not a licence plate"))
    }
}

/// A registered vehicle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Vehicle {
    pub plate: Plate,
    pub fingerprint: Fingerprint,
}

/// The compass direction a vehicle was travelling when read, as the vendor logs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TravelDirection {
    North,
    East,
    South,
    West,
}

impl TravelDirection {
    /// The nearest of the four directions to a compass bearing in degrees.
    pub fn from_bearing_degrees(bearing: f64) -> TravelDirection {
        let b = bearing.rem_euclid(360.0);
        if !(45.0..315.0).contains(&b) {
            TravelDirection::North
        } else if b < 135.0 {
            TravelDirection::East
        } else if b < 225.0 {
            TravelDirection::South
        } else {
            TravelDirection::West
        }
    }
}

/// One row of the vendor's database: a camera read a plate.
///
/// `vehicle` is the simulation's truth (which car it really was); the vendor and the
/// analyst know only `plate` (as read, possibly misread) and the vehicle's fingerprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sighting {
    pub camera: CameraId,
    pub minute: u32,
    pub plate: Plate,
    pub direction: TravelDirection,
    pub vehicle: VehicleId,
}
