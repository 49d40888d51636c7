//! The simulation's one generator, PCG-32 (`rand_pcg`), and how independent streams are
//! derived from the scenario's seed: one per purpose (town, cameras, commuter, each
//! background vehicle), so changing the population leaves the town and the commuter as
//! they were. Never use any other source of randomness.

use rand_pcg::Pcg32;

/// What a stream of random numbers is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Stream {
    Town = 0x746f_776e,
    Cameras = 0x6361_6d73,
    Persona = 0x7065_7273,
    Commuter = 0x636f_6d6d,
    Companion = 0x636f_6d70,
    Vehicle = 0x7665_6869,
    Capture = 0x6361_7074,
}

/// SplitMix64's finaliser: spreads nearby seeds far apart.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The generator for `stream`, item `index` (e.g. a vehicle id), of scenario `seed`.
pub fn generator(seed: u64, stream: Stream, index: u64) -> Pcg32 {
    let state = mix(seed ^ mix(stream as u64 ^ mix(index)));
    Pcg32::new(state, mix(state ^ stream as u64))
}
