//! Where the town's cars sleep, as the camera database shows it: every plate's night-side
//! reads (the evening's last read before a night's stop, the morning's first after it)
//! counted per camera and side, each car weighing one. The route model predicts the same
//! counts from its catchments and a spread of homes over the corners; where they differ,
//! the homes are spread otherwise (a home prior fitted by expectation-maximisation) or the
//! drives take other ways than the catchments say (each camera's share rescaled by
//! iterative proportional fitting).
//!
//! This module reads every plate's reads but never a read's vehicle or any truth.
//!
//! A prototype (issue 17, branch home17g), tuned by `TH_*` environment variables; not kept.
#![allow(clippy::needless_range_loop)]

use std::cell::RefCell;

use super::anchors::anchor_events;
use super::drive_evidence::Side;
use crate::analyst::index::SightingIndex;
use crate::analyst::routes::{Catchments, RouteModel};
use crate::analyst::stays::find_stays;
use crate::sim::CameraId;

/// Per camera, the town's cars' night-side reads: `first` the morning's first reads
/// (home before the read), `last` the evening's last (home after it); each car's reads on
/// one side share a weight of one.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct NightSides {
    pub(super) first: Vec<f64>,
    pub(super) last: Vec<f64>,
}

thread_local! {
    static CACHE: RefCell<Option<((usize, usize), NightSides)>> = const { RefCell::new(None) };
}

/// The town's night-side reads (cached per index for the prototype).
pub(super) fn night_sides(index: &SightingIndex) -> NightSides {
    let key = (index as *const SightingIndex as usize, index.len());
    if let Some(hit) = CACHE.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }) {
        return hit;
    }
    let cameras = index.camera_count();
    let mut out = NightSides {
        first: vec![0.0; cameras],
        last: vec![0.0; cameras],
    };
    for i in 0..index.plate_count() {
        let (_, refs) = index.plate_group(i);
        let stays = find_stays(index, refs);
        let (home, _) = anchor_events(&stays);
        let (mut nf, mut nl) = (0usize, 0usize);
        for e in &home {
            match e.side {
                Side::BeforeRead => nf += 1,
                Side::AfterRead => nl += 1,
            }
        }
        for e in &home {
            let camera = index.get(e.read).camera as usize;
            match e.side {
                Side::BeforeRead => out.first[camera] += 1.0 / nf as f64,
                Side::AfterRead => out.last[camera] += 1.0 / nl as f64,
            }
        }
    }
    CACHE.with(|c| *c.borrow_mut() = Some((key, out.clone())));
    out
}

fn env(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Per intersection, the share of the catchments' reads each camera takes (per side),
/// normalised over cameras.
fn conditional(shares: &[Vec<f32>], corners: usize) -> (Vec<Vec<f64>>, Vec<f64>) {
    let cameras = shares.len();
    let mut total = vec![0.0f64; corners];
    for s in shares {
        for (t, &v) in total.iter_mut().zip(s) {
            *t += f64::from(v);
        }
    }
    let p = (0..cameras)
        .map(|c| {
            (0..corners)
                .map(|x| {
                    if total[x] > 0.0 {
                        f64::from(shares[c][x]) / total[x]
                    } else {
                        0.0
                    }
                })
                .collect()
        })
        .collect();
    (p, total)
}

/// Log home prior per intersection (mean 0 over corners with reads), fitted so the
/// catchments' predicted night-side reads match the town's.
pub(super) fn home_log_prior(
    routes: &RouteModel,
    catchments: &Catchments,
    town: &NightSides,
) -> Vec<f32> {
    let corners = routes.intersection_count();
    let iterations = env("TH_ITERS", 30.0) as usize;
    let sides = [
        (conditional(&catchments.first_read, corners), &town.first),
        (conditional(&catchments.last_read, corners), &town.last),
    ];
    let mut prior = vec![1.0 / corners as f64; corners];
    // Smoothing kernel (EMS): each corner's neighbours within 2 sigma.
    let sigma = env("TH_SIGMA", 0.0);
    let frame = routes.frame();
    let kernel: Vec<Vec<(usize, f64)>> = if sigma > 0.0 {
        let points: Vec<_> = (0..corners)
            .map(|x| frame.to_local(routes.node_position(x as u32)))
            .collect();
        (0..corners)
            .map(|x| {
                let mut row: Vec<(usize, f64)> = (0..corners)
                    .filter_map(|y| {
                        let d = points[x].distance_meters(points[y]);
                        (d <= 2.0 * sigma).then(|| (y, (-0.5 * (d / sigma).powi(2)).exp()))
                    })
                    .collect();
                let z: f64 = row.iter().map(|r| r.1).sum();
                row.iter_mut().for_each(|r| r.1 /= z);
                row
            })
            .collect()
    } else {
        Vec::new()
    };
    for _ in 0..iterations {
        let mut next = vec![0.0f64; corners];
        let mut counted = vec![0u32; corners];
        for ((p, total), observed) in &sides {
            let sum: f64 = observed.iter().sum();
            if sum <= 0.0 {
                continue;
            }
            let ratio: Vec<f64> = p
                .iter()
                .zip(observed.iter())
                .map(|(pc, &o)| {
                    let predicted: f64 = pc.iter().zip(&prior).map(|(a, b)| a * b).sum();
                    if predicted > 0.0 {
                        o / sum / predicted
                    } else {
                        0.0
                    }
                })
                .collect();
            for x in 0..corners {
                if total[x] <= 0.0 {
                    continue;
                }
                let r: f64 = p.iter().zip(&ratio).map(|(pc, r)| pc[x] * r).sum();
                next[x] += prior[x] * r;
                counted[x] += 1;
            }
        }
        for x in 0..corners {
            if counted[x] > 0 {
                prior[x] = next[x] / f64::from(counted[x]);
            }
        }
        if !kernel.is_empty() {
            prior = kernel
                .iter()
                .map(|row| row.iter().map(|&(y, k)| k * prior[y]).sum())
                .collect();
        }
        let s: f64 = prior.iter().sum();
        prior.iter_mut().for_each(|p| *p /= s);
    }
    if std::env::var_os("TH_DEBUG").is_some() {
        for ((p, _), observed) in &sides {
            let sum: f64 = observed.iter().sum();
            let uniform = 1.0 / corners as f64;
            let line: Vec<String> = p
                .iter()
                .zip(observed.iter())
                .enumerate()
                .map(|(c, (pc, &o))| {
                    let u: f64 = pc.iter().map(|a| a * uniform).sum();
                    let f: f64 = pc.iter().zip(&prior).map(|(a, b)| a * b).sum();
                    format!("{c}:{:.3}/{:.3}/{:.3}", o / sum, u, f)
                })
                .collect();
            eprintln!("TH side obs/uniform/fitted {}", line.join(" "));
        }
        let mut sorted: Vec<f64> = prior.iter().map(|p| (p * corners as f64).ln()).collect();
        sorted.sort_by(f64::total_cmp);
        let q = |f: f64| sorted[((sorted.len() - 1) as f64 * f) as usize];
        eprintln!(
            "TH prior ln quantiles 5% {:.2} 25% {:.2} 50% {:.2} 75% {:.2} 95% {:.2}",
            q(0.05),
            q(0.25),
            q(0.5),
            q(0.75),
            q(0.95)
        );
    }
    let mean = 1.0 / corners as f64;
    let cap = env("TH_CAP", 3.0);
    let mut out = vec![0.0f32; routes.node_count()];
    for x in 0..corners {
        out[x] = ((prior[x] / mean).max(1e-9).ln().clamp(-cap, cap)) as f32;
    }
    out
}

/// Per camera and side, the factor iterative proportional fitting puts on the camera's
/// share so the catchments (homes alike over the corners) predict the town's night-side
/// reads: `(first, last)`.
pub(super) fn camera_factors(
    routes: &RouteModel,
    catchments: &Catchments,
    town: &NightSides,
) -> (Vec<f64>, Vec<f64>) {
    let corners = routes.intersection_count();
    let iterations = env("TH_ITERS", 30.0) as usize;
    let fit = |shares: &[Vec<f32>], observed: &[f64]| -> Vec<f64> {
        let (p, total) = conditional(shares, corners);
        let cameras = p.len();
        let sum: f64 = observed.iter().sum();
        let mut a = vec![1.0f64; cameras];
        if sum <= 0.0 {
            return a;
        }
        let live: Vec<usize> = (0..corners).filter(|&x| total[x] > 0.0).collect();
        let u = 1.0 / live.len().max(1) as f64;
        for _ in 0..iterations {
            let norm: Vec<f64> = live
                .iter()
                .map(|&x| (0..cameras).map(|c| a[c] * p[c][x]).sum::<f64>())
                .collect();
            for c in 0..cameras {
                let predicted: f64 = live
                    .iter()
                    .zip(&norm)
                    .filter(|(_, n)| **n > 0.0)
                    .map(|(&x, n)| u * a[c] * p[c][x] / n)
                    .sum();
                if predicted > 0.0 {
                    a[c] *= observed[c] / sum / predicted;
                }
                a[c] = a[c].clamp(1e-3, 1e3);
            }
        }
        a
    };
    (
        fit(&catchments.first_read, &town.first),
        fit(&catchments.last_read, &town.last),
    )
}

/// `catchments` with each camera's share scaled by `factors^alpha` and renormalised per
/// corner, so each corner's total read chance stays as it was.
pub(super) fn rescaled(catchments: &Catchments, factors: &(Vec<f64>, Vec<f64>)) -> Catchments {
    let alpha = env("TH_B", 0.0);
    let scale = |shares: &[Vec<f32>], a: &[f64]| -> Vec<Vec<f32>> {
        let n = shares.first().map_or(0, Vec::len);
        let mut total = vec![0.0f64; n];
        let mut scaled_total = vec![0.0f64; n];
        for (s, &f) in shares.iter().zip(a) {
            let f = f.powf(alpha);
            for x in 0..n {
                total[x] += f64::from(s[x]);
                scaled_total[x] += f * f64::from(s[x]);
            }
        }
        shares
            .iter()
            .zip(a)
            .map(|(s, &f)| {
                let f = f.powf(alpha);
                (0..n)
                    .map(|x| {
                        if scaled_total[x] > 0.0 {
                            (f64::from(s[x]) * f * total[x] / scaled_total[x]) as f32
                        } else {
                            s[x]
                        }
                    })
                    .collect()
            })
            .collect()
    };
    Catchments {
        first_read: scale(&catchments.first_read, &factors.0),
        last_read: scale(&catchments.last_read, &factors.1),
    }
}

/// Prototype knobs: the home prior's weight (`TH_W`) and the camera factors' power (`TH_B`).
pub(super) fn prior_weight() -> f32 {
    env("TH_W", 0.0) as f32
}

/// Whether the camera factors are applied.
pub(super) fn rescale_on() -> bool {
    env("TH_B", 0.0) != 0.0
}

/// Per camera and side, a halo of corners near the camera (reachable unseen within a few
/// minutes, `exp(log_unseen - seconds / tau)`), weighted so that the catchments plus the
/// halos predict the town's night-side reads where the catchments alone predict too few:
/// drives that take another way than the fastest into a camera the town reads more often
/// than the model says. `(first, last)`, each per camera per node; empty when off.
pub(super) fn halos(
    routes: &RouteModel,
    catchments: &Catchments,
    town: &NightSides,
) -> Option<Catchments> {
    let tau = env("TH_HALO", 0.0);
    if tau <= 0.0 {
        return None;
    }
    let gain = env("TH_HG", 1.0);
    let corners = routes.intersection_count();
    let n = routes.node_count();
    let build = |shares: &[Vec<f32>], observed: &[f64], first: bool| -> Vec<Vec<f32>> {
        let cameras = shares.len();
        let u = 1.0 / corners as f64;
        let predicted: Vec<f64> = shares
            .iter()
            .map(|s| s[..corners].iter().map(|&v| f64::from(v) * u).sum())
            .collect();
        let total_predicted: f64 = predicted.iter().sum();
        let total_observed: f64 = observed.iter().sum();
        (0..cameras)
            .map(|c| {
                let mut halo = vec![0.0f32; n];
                let reach = if first {
                    routes.before(c as CameraId)
                } else {
                    routes.after(c as CameraId)
                };
                let Some(reach) = reach else { return halo };
                if total_observed <= 0.0 {
                    return halo;
                }
                let target = observed[c] / total_observed * total_predicted;
                let deficit = target - predicted[c];
                if deficit <= 0.0 {
                    return halo;
                }
                let mut mass = 0.0f64;
                for x in 0..corners {
                    if reach.seconds[x] == u32::MAX {
                        continue;
                    }
                    let a =
                        (f64::from(reach.log_unseen[x]) - f64::from(reach.seconds[x]) / tau).exp();
                    halo[x] = a as f32;
                    mass += a * u;
                }
                if mass <= 0.0 {
                    return vec![0.0; n];
                }
                let k = gain * deficit / mass;
                halo.iter_mut()
                    .for_each(|h| *h = (f64::from(*h) * k) as f32);
                halo
            })
            .collect()
    };
    Some(Catchments {
        first_read: build(&catchments.first_read, &town.first, true),
        last_read: build(&catchments.last_read, &town.last, false),
    })
}

/// `catchments` plus `halos`.
pub(super) fn with_halos(catchments: &Catchments, halos: &Catchments) -> Catchments {
    let add = |a: &[Vec<f32>], b: &[Vec<f32>]| -> Vec<Vec<f32>> {
        a.iter()
            .zip(b)
            .map(|(a, b)| a.iter().zip(b).map(|(x, y)| x + y).collect())
            .collect()
    };
    Catchments {
        first_read: add(&catchments.first_read, &halos.first_read),
        last_read: add(&catchments.last_read, &halos.last_read),
    }
}
