// Written by `cargo run --profile bench --example evaluate -- --fit-home --first-seed 201 --seeds 200` (cameras [20, 40, 80], 24 candidates a seed, 450 seeds with one within 500 m, log-likelihood -1155.900). Do not edit by hand.
/// The learned score's weights, in the order of its features: posterior, first_posterior, places_only, corners_only, consistent_nights, mass_500m, work_drive, silence, daytime_returns, whole_drives.
pub const HOME_WEIGHTS: [f64; 10] = [-0.475869, 0.637533, -0.033831, 0.016052, 0.858148, 0.199685, -1.341568, 0.264492, 0.456380, 0.079974];
