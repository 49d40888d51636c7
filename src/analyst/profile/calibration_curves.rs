// Written by `cargo run --profile bench --example evaluate -- --fit-calibration --first-seed 1 --seeds 40` (cameras [20, 40, 80], population 10000, 30 days). Do not edit by hand.
/// From 120 claims.
pub const HOME_CIRCLE: &[(f64, f64)] = &[(0.6642, 0.7500)];
/// From 119 claims.
pub const WORK_CIRCLE: &[(f64, f64)] = &[(0.4952, 0.7778), (0.6243, 0.8222), (0.7192, 0.9655)];
/// From 1264 claims.
pub const PLACE_VISIT: &[(f64, f64)] = &[(0.0799, 0.0276), (0.1889, 0.2100), (0.3546, 0.4016), (0.4830, 0.5118), (0.5814, 0.6850), (0.7952, 0.9113)];
/// From 397 claims.
pub const SENSITIVE_FLAG: &[(f64, f64)] = &[(0.4217, 0.3875), (0.4550, 0.4000), (0.6003, 0.6065)];
/// From 171 claims.
pub const ASSOCIATE: &[(f64, f64)] = &[(0.0299, 0.0000), (0.2274, 0.1667), (0.6365, 0.8889), (0.7220, 0.9815), (0.7778, 1.0000), (0.7998, 1.0000), (0.8937, 1.0000)];
/// From 630 claims.
pub const PASS_PREDICTION: &[(f64, f64)] = &[(0.5532, 0.5159), (0.6339, 0.5397), (0.7487, 0.6508), (0.8050, 0.6635)];
