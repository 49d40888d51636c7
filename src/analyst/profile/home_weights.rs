// Written by `cargo run --profile bench --example evaluate -- --fit-home --first-seed 201 --seeds 200` (cameras [20, 40, 80], 24 candidates a seed, 450 seeds with one within 500 m, log-likelihood -1191.307). Do not edit by hand.
/// The learned score's weights, in the order of its features: posterior, first_posterior, places_only, corners_only, consistent_nights, mass_500m, work_drive, silence, daytime_returns.
pub const HOME_WEIGHTS: [f64; 9] = [-0.513993, 0.662166, 0.029479, 0.055122, 1.921845, 0.203307, -1.514046, 0.264116, 0.506217];
