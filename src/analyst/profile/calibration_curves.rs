// Written by `cargo run --profile bench --example evaluate -- --fit-calibration --first-seed 1 --seeds 40` (cameras [20, 40, 80], population 10000, 30 days). Do not edit by hand.
/// From 120 claims.
pub const HOME_CIRCLE: &[(f64, f64)] = &[(0.6642, 0.7500)];
/// From 119 claims.
pub const WORK_CIRCLE: &[(f64, f64)] = &[(0.4952, 0.7778), (0.6243, 0.8222), (0.7192, 0.9655)];
/// From 375 claims.
pub const PLACE_VISIT: &[(f64, f64)] = &[(0.5495, 0.7039), (0.6511, 0.7105), (0.7150, 0.8947), (0.7866, 0.9342), (0.8968, 1.0000)];
/// From 411 claims.
pub const SENSITIVE_PLACE_FIRST: &[(f64, f64)] = &[(0.1706, 0.0000), (0.2617, 0.0119), (0.3088, 0.2143), (0.3935, 0.4048), (0.5014, 0.4762), (0.7112, 0.7067)];
/// From 522 claims.
pub const SENSITIVE_PLACE_RUNNER_UP: &[(f64, f64)] = &[(0.0694, 0.0283), (0.0921, 0.0755), (0.1060, 0.2264), (0.1537, 0.3333)];
/// From 406 claims.
pub const SENSITIVE_FLAG: &[(f64, f64)] = &[(0.4077, 0.2195), (0.4274, 0.3171), (0.4492, 0.4878), (0.5195, 0.5793), (0.7128, 0.7059)];
/// From 171 claims.
pub const ASSOCIATE: &[(f64, f64)] = &[(0.0299, 0.0000), (0.2274, 0.1667), (0.6365, 0.8889), (0.7220, 0.9815), (0.7778, 1.0000), (0.7998, 1.0000), (0.8937, 1.0000)];
/// From 630 claims.
pub const PASS_PREDICTION: &[(f64, f64)] = &[(0.5532, 0.5159), (0.6339, 0.5397), (0.7487, 0.6508), (0.8050, 0.6635)];
