// Written by `cargo run --profile bench --example evaluate -- --fit-work --first-seed 201 --seeds 200` (cameras [20, 40, 80], 12 candidates a seed, 563 seeds with one within 500 m, log-likelihood -515.251). Do not edit by hand.
/// The learned score's weights, in `WORK_FEATURE_NAMES`' order: posterior, mixed_corners, unread_sides, silence, consistent_days, home_drive.
pub const WORK_WEIGHTS: [f64; 6] = [0.042739, 0.377524, 0.385371, 0.892946, 1.407375, 3.850039];
