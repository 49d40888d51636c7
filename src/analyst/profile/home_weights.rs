// Written by `cargo run --profile bench --example evaluate -- --fit-home --first-seed 201 --seeds 200` (cameras [20, 40, 80], 24 candidates a seed, 450 seeds with one within 500 m, log-likelihood -1163.806). Do not edit by hand.
/// The learned score's weights, in the order of its features: posterior, first_posterior, places_only, corners_only, consistent_nights, mass_500m, work_drive, silence, daytime_returns, whole_drives.
pub const HOME_WEIGHTS: [f64; 10] = [-0.508913, 0.665791, -0.043801, 0.038718, 0.937123, 0.206139, -1.398576, 0.264293, 0.476157, 0.069061];
