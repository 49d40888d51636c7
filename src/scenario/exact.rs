//! Serde helpers that carry `f64`s as their exact bits (a `u64`), for what the town-wide
//! worker sends: JSON numbers would need serde_json's `float_roundtrip` (10 kB of wasm) to
//! parse back to the same bits, and the page must draw exactly what the worker computed.
//!
//! Pure serde helpers: no UI crates.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::sim::LonLat;

/// A plain `f64`.
pub mod number {
    use super::*;

    pub fn serialize<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
        value.to_bits().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        u64::deserialize(d).map(f64::from_bits)
    }
}

/// An `Option<f64>`.
pub mod optional {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        value.map(f64::to_bits).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        Ok(Option::<u64>::deserialize(d)?.map(f64::from_bits))
    }
}

/// An optional spot: lon/lat degrees and a radius in meters.
pub mod spot {
    use super::*;

    pub fn serialize<S: Serializer>(
        value: &Option<(LonLat, f64)>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        value
            .map(|([lon, lat], r)| [lon.to_bits(), lat.to_bits(), r.to_bits()])
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<(LonLat, f64)>, D::Error> {
        Ok(Option::<[u64; 3]>::deserialize(d)?.map(|[lon, lat, r]| {
            (
                [f64::from_bits(lon), f64::from_bits(lat)],
                f64::from_bits(r),
            )
        }))
    }
}

/// A list of spots: lon/lat degrees and a radius in meters each.
pub mod spots {
    use super::*;

    pub fn serialize<S: Serializer>(value: &[(LonLat, f64)], s: S) -> Result<S::Ok, S::Error> {
        value
            .iter()
            .map(|([lon, lat], r)| [lon.to_bits(), lat.to_bits(), r.to_bits()])
            .collect::<Vec<_>>()
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(LonLat, f64)>, D::Error> {
        Ok(Vec::<[u64; 3]>::deserialize(d)?
            .into_iter()
            .map(|[lon, lat, r]| {
                (
                    [f64::from_bits(lon), f64::from_bits(lat)],
                    f64::from_bits(r),
                )
            })
            .collect())
    }
}
