//! A stable 64-bit fingerprint of a run (FNV-1a over the sightings and the truth), written
//! out by hand so it never depends on std's hasher, the platform or the crate versions.
//! A browser test compares it with the native one. Must not change a simulation.

use super::Simulation;
use super::model::LonLat;
use super::pace::{PIECES_PER_BREATH, Pace, Straight, straight_through};

const FNV_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a, fed little-endian bytes.
#[derive(Clone, Copy, Debug)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(FNV_OFFSET_BASIS)
    }
}

impl Fnv1a {
    pub fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }

    pub fn u32(&mut self, value: u32) {
        self.bytes(&value.to_le_bytes());
    }

    pub fn u64(&mut self, value: u64) {
        self.bytes(&value.to_le_bytes());
    }

    pub fn lon_lat(&mut self, position: LonLat) {
        self.u64(position[0].to_bits());
        self.u64(position[1].to_bits());
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

impl Simulation {
    /// A stable hash of the sightings and the truth (FNV-1a), to compare runs across
    /// platforms.
    pub fn digest(&self) -> u64 {
        digest(self)
    }
}

/// The digest of a run: every sighting, vehicle plate, and the whole truth (visits,
/// companions, households), plus camera positions.
pub fn digest(simulation: &Simulation) -> u64 {
    straight_through(digest_paced(simulation, &mut Straight))
}

/// Like [`digest`], pausing at `pace` between pieces of the sightings: a town month's
/// hundreds of thousands took 16 ms of one task on a page without a worker (issue 11).
/// The same digest.
pub async fn digest_paced(simulation: &Simulation, pace: &mut impl Pace) -> u64 {
    let mut h = Fnv1a::default();
    h.u64(simulation.scenario.seed);
    h.u32(simulation.scenario.days);
    for camera in &simulation.map.cameras {
        h.lon_lat(camera.position);
        h.u64(camera.heading_degrees.to_bits());
    }
    for vehicle in &simulation.vehicles {
        h.bytes(&vehicle.plate.0);
    }
    h.u64(simulation.sightings.len() as u64);
    for piece in simulation.sightings.chunks(PIECES_PER_BREATH * 4) {
        for s in piece {
            h.u32(u32::from(s.camera));
            h.u32(s.minute);
            h.bytes(&s.plate.0);
            h.bytes(&[s.direction as u8]);
            h.u32(s.vehicle);
        }
        pace.breathe().await;
    }
    let truth = &simulation.truth;
    h.u32(truth.commuter);
    h.lon_lat(truth.home);
    h.lon_lat(truth.work);
    for visit in &truth.visits {
        h.u32(visit.place);
        h.bytes(&[visit.kind as u8]);
        h.u32(visit.arrive_minute);
        h.u32(visit.depart_minute);
    }
    for &companion in &truth.companions {
        h.u32(companion);
    }
    for household in &truth.households {
        h.lon_lat(household.home);
        match household.work {
            Some(work) => {
                h.bytes(&[1]);
                h.lon_lat(work);
            }
            None => h.bytes(&[0]),
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    mod fnv1a {
        use super::*;

        #[test]
        fn matches_the_published_test_vectors() {
            let hash = |text: &str| {
                let mut h = Fnv1a::default();
                h.bytes(text.as_bytes());
                h.finish()
            };
            assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
            assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
            assert_eq!(hash("foobar"), 0x8594_4171_f739_67e8);
        }
    }
}
