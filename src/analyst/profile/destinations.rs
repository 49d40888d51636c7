//! Where this car's drives go: expectation-maximisation over the mapped destinations,
//! weighted by the car's own drives.
//!
//! The town's catchments ([`RouteModel::place_catchments`]) assume a drive from home is as
//! likely to go to any mapped place. One car goes to a few places again and again (Krumm
//! 2007; de Montjoye et al. 2013: four points single out most people), so the camera that
//! first reads its morning drive says much more once the analyst knows which places those
//! are. Given where home probably is (the anchor's posterior), each read next to a night's
//! stop is shared among the destinations whose drives from there it fits (the E step); the
//! destinations' weights are those shares, added over every read and mixed with the town's
//! uniform weights (the M step); home is then located again with the weighted catchments.
//!
//! This module must not decide where home is (that is [`super::anchors`]), and must not
//! read [`crate::sim::Sighting::vehicle`] or any truth.

use super::drive_evidence::{AnchorEvent, Side};
use crate::analyst::index::SightingIndex;
use crate::analyst::routes::RouteModel;

/// Share of the weights kept uniform over every mapped destination, so a place the car
/// went to unseen is never ruled out. Chosen between 0.1 and 0.3 on seeds 1 to 20 with
/// `examples/evaluate.rs` (alike at 40 cameras).
const UNIFORM_SHARE: f32 = 0.3;

/// Rounds of the E and M steps for one posterior of home.
const ROUNDS: usize = 4;

/// The posterior's candidates used, likeliest first (the rest carry little weight).
const POSTERIOR_NODES: usize = 60;

/// The weight of each mapped destination (in [`RouteModel::destination_count`]'s order)
/// as the other end of the drives around the night stops, given home's `posterior`
/// (node, probability).
pub(super) fn own_destination_weights(
    routes: &RouteModel,
    index: &SightingIndex,
    events: &[AnchorEvent],
    posterior: &[(u32, f64)],
) -> Vec<f32> {
    let count = routes.destination_count();
    let uniform = vec![1.0 / count.max(1) as f32; count];
    if count == 0 || events.is_empty() || posterior.is_empty() {
        return uniform;
    }
    let nodes = &posterior[..posterior.len().min(POSTERIOR_NODES)];
    // Per event and destination: how well the drive between home and it fits the read,
    // averaged over where home may be.
    let fits: Vec<Vec<f32>> = events
        .iter()
        .map(|e| {
            let camera = index.get(e.read).camera;
            let outward = e.side == Side::BeforeRead;
            (0..count)
                .map(|d| {
                    nodes
                        .iter()
                        .map(|&(h, p)| {
                            p as f32 * routes.destination_read_chance(d, outward, h, camera)
                        })
                        .sum()
                })
                .collect()
        })
        .collect();
    let mut weights = uniform.clone();
    for _ in 0..ROUNDS {
        let mut next = vec![0.0f32; count];
        let mut explained = 0.0f32;
        for fit in &fits {
            let total: f32 = fit.iter().zip(&weights).map(|(f, w)| f * w).sum();
            if total <= 0.0 {
                continue;
            }
            explained += 1.0;
            for ((n, f), w) in next.iter_mut().zip(fit).zip(&weights) {
                *n += f * w / total;
            }
        }
        if explained == 0.0 {
            return uniform;
        }
        for (w, (n, u)) in weights.iter_mut().zip(next.iter().zip(&uniform)) {
            *w = UNIFORM_SHARE * u + (1.0 - UNIFORM_SHARE) * n / explained;
        }
    }
    weights
}
