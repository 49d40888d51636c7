//! `evaluate --fit-home`: the data and weights of home's learned corner score
//! (`src/analyst/profile/home_choice.rs`), fitted by the conditional logit of
//! [`crate::fit_work`] (the same solver, diagnostics and constants file). For every seed and
//! camera count of the table, the profile's home candidates (the home posterior's likeliest
//! corners, each with its features) form one choice; the chosen one is the candidate nearest
//! the true home within 500 m (seeds with none are left out). The diagnostics' `posterior_top`
//! is the posterior's top corner; stderr also prints, per camera count, how often the
//! analyst's own estimate (the densest spot of the learned scores, with the weights in
//! `home_weights.rs` at the time) lies within 500 m. The densest spot is what the analyst
//! states; the fit's `learned_top` counts the learned score's top corner only.
//!
//! `--home-data FILE` keeps the candidates in FILE (written when it does not exist, read
//! when it does), so that the features picked (`--home-features 0,2,5`, indices into
//! `HOME_FEATURE_NAMES`; all by default) can be tried without simulating again.

use plate_trail::analyst::profile::{HOME_FEATURES, Weighed};
use plate_trail::sim::Scenario;

use crate::fit_work::{Choice, RIGHT_METERS, TrainingTown};

/// The choices of seeds `first_seed..first_seed + seeds` at each of `cameras`, each town
/// simulated from `scenario(seed, cameras)`.
pub fn collect(
    cameras: &[u32],
    first_seed: u32,
    seeds: u32,
    scenario: &dyn Fn(u64, u32) -> Scenario,
) -> Vec<Choice<HOME_FEATURES>> {
    let mut out = Vec::new();
    for &c in cameras {
        let (mut towns, mut estimate_right) = (0, 0);
        for seed in first_seed as u64..(first_seed + seeds) as u64 {
            let Some(town) = TrainingTown::simulate(&scenario(seed, c)) else {
                continue;
            };
            let Some(home) = &town.profile.home else {
                continue;
            };
            let Weighed::Home(candidates) = &home.weighed else {
                continue;
            };
            towns += 1;
            estimate_right +=
                u32::from(town.frame.distance_meters(home.position, town.home) <= RIGHT_METERS);
            out.push(town.choice((c, seed), candidates, town.home));
        }
        eprintln!(
            "fit_home: collected {c} cameras: towns={towns} estimate_within_500m={estimate_right}"
        );
    }
    out
}
