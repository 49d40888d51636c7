// Written by `cargo run --profile bench --example evaluate -- --fit-calibration --first-seed 1 --seeds 40` (cameras [20, 40, 80], population 10000, 30 days). Do not edit by hand.
/// From 120 claims.
pub const HOME_CIRCLE: &[(f64, f64)] = &[(0.6642, 0.7500)];
/// From 119 claims.
pub const WORK_CIRCLE: &[(f64, f64)] = &[(0.4952, 0.7778), (0.6243, 0.8222), (0.7192, 0.9655)];
/// From 1215 claims.
pub const PLACE_VISIT: &[(f64, f64)] = &[(0.0648, 0.0328), (0.0855, 0.0574), (0.1907, 0.2295), (0.3930, 0.4672), (0.5622, 0.6230), (0.8044, 0.9289)];
/// From 369 claims.
pub const SENSITIVE_FLAG: &[(f64, f64)] = &[(0.4274, 0.4730), (0.5106, 0.5568), (0.7184, 0.7091)];
/// From 171 claims.
pub const ASSOCIATE: &[(f64, f64)] = &[(0.0299, 0.0000), (0.2274, 0.1667), (0.6365, 0.8889), (0.7220, 0.9815), (0.7778, 1.0000), (0.7998, 1.0000), (0.8937, 1.0000)];
/// From 630 claims.
pub const PASS_PREDICTION: &[(f64, f64)] = &[(0.5532, 0.5159), (0.6339, 0.5397), (0.7487, 0.6508), (0.8050, 0.6635)];
