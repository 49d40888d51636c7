//! `evaluate --fit-work`: the weights of work's learned door score
//! (`src/analyst/profile/work_weights.rs`, see `work_choice.rs`), fitted by conditional
//! logit. For every seed and camera count of the table, the profile's work candidates (the
//! workplace posterior's likeliest doors, each with its features) form one choice; the
//! chosen one is the candidate nearest the true workplace within 500 m (seeds with none are
//! left out). The weights maximise the log-likelihood of those choices under a softmax over
//! each seed's candidates, by Newton's method with a small ridge. Prints the constants file
//! on stdout, the fit's diagnostics on stderr (per camera count: seeds, how many have a
//! candidate within 500 m, and how often the top candidate of the posterior and the top
//! candidate of the learned score lie within 500 m; then the same with each half of the
//! seeds (odd, even) scored by weights fitted on the other half).
//!
//! `--work-data FILE` keeps the candidates in FILE (written when it does not exist, read
//! when it does), so that the features picked (`--work-features 0,2,5`, indices into
//! `WORK_FEATURE_NAMES`; all by default) can be tried without simulating again.

use std::io::Write;

use plate_trail::analyst::profile::{
    AnalystOptions, Candidate, Profile, WORK_FEATURES, Weighed, build_profile_with,
};
use plate_trail::analyst::{LocalFrame, RouteModel, SightingIndex};
use plate_trail::sim::{LonLat, Scenario, simulate_in_detail};

/// Meters: a candidate this near the true place (home, workplace) is right.
pub const RIGHT_METERS: f64 = crate::WITHIN_METERS;

/// Ridge on the weights (the log-likelihood's penalty `RIDGE / 2 |w|^2`).
const RIDGE: f64 = 1e-3;

/// One seed's choice: its candidates' `N` features and which lie within 500 m of the truth.
pub struct Choice<const N: usize> {
    pub cameras: u32,
    pub seed: u64,
    pub features: Vec<[f64; N]>,
    pub right: Vec<bool>,
    /// The index of the right candidate nearest the truth, if any.
    pub chosen: Option<usize>,
}

/// A training town: its commuter's profile with raw (uncalibrated) confidences, as the
/// learned scores are fitted on, the route model and frame that place its candidates, and
/// the true home and work.
pub struct TrainingTown {
    pub profile: Profile,
    pub routes: RouteModel,
    pub frame: LocalFrame,
    pub home: LonLat,
    pub work: LonLat,
}

impl TrainingTown {
    /// `scenario`'s town; `None`, said on stderr, when it fails.
    pub fn simulate(scenario: &Scenario) -> Option<TrainingTown> {
        let Ok(run) = simulate_in_detail(scenario) else {
            eprintln!("seed {}: simulation failed", scenario.seed);
            return None;
        };
        let sim = &run.simulation;
        let index = SightingIndex::from_simulation(sim);
        let routes = RouteModel::new(&sim.map);
        let commuter = sim.commuter().expect("a commuter");
        let options = AnalystOptions {
            calibrated: false,
            ..AnalystOptions::default()
        };
        let profile = build_profile_with(&index, &routes, &sim.map, commuter.plate, options);
        Some(TrainingTown {
            profile,
            routes,
            frame: LocalFrame::for_map(&sim.map),
            home: sim.truth.home,
            work: sim.truth.work,
        })
    }

    /// The choice among `candidates`: those within [`RIGHT_METERS`] of `truth` are right, the
    /// nearest of them the one chosen.
    pub fn choice<const N: usize>(
        &self,
        (cameras, seed): (u32, u64),
        candidates: &[Candidate<N>],
        truth: LonLat,
    ) -> Choice<N> {
        let distances: Vec<f64> = candidates
            .iter()
            .map(|k| {
                self.frame
                    .distance_meters(self.routes.node_position(k.node), truth)
            })
            .collect();
        let chosen = (0..distances.len())
            .filter(|&k| distances[k] <= RIGHT_METERS)
            .min_by(|&a, &b| distances[a].total_cmp(&distances[b]));
        Choice {
            cameras,
            seed,
            features: candidates.iter().map(|k| k.features).collect(),
            right: distances.iter().map(|&d| d <= RIGHT_METERS).collect(),
            chosen,
        }
    }
}

/// What a learned score is fitted on, as [`collect`] gathers it: given the camera counts,
/// the first seed, how many seeds, and the scenario for a seed and a camera count, the
/// choices of those seeds at each count.
pub type Collect<const N: usize> =
    fn(&[u32], u32, u32, &dyn Fn(u64, u32) -> Scenario) -> Vec<Choice<N>>;

/// The choices of seeds `first_seed..first_seed + seeds` at each of `cameras`, each town
/// simulated from `scenario(seed, cameras)`.
pub fn collect(
    cameras: &[u32],
    first_seed: u32,
    seeds: u32,
    scenario: &dyn Fn(u64, u32) -> Scenario,
) -> Vec<Choice<WORK_FEATURES>> {
    let mut out = Vec::new();
    for &c in cameras {
        for seed in first_seed as u64..(first_seed + seeds) as u64 {
            let Some(town) = TrainingTown::simulate(&scenario(seed, c)) else {
                continue;
            };
            let Some(work) = &town.profile.work else {
                continue;
            };
            // Work not located again weighed no doors: a choice among none, as it was.
            let candidates = match &work.weighed {
                Weighed::Work(candidates) => &candidates[..],
                _ => &[],
            };
            out.push(town.choice((c, seed), candidates, town.work));
        }
        eprintln!("fit_work: collected {c} cameras");
    }
    out
}

/// Writes the choices as text: one line per candidate, `cameras seed k right chosen f...`.
pub fn write<const N: usize>(path: &str, choices: &[Choice<N>]) -> std::io::Result<()> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    for c in choices {
        for (k, x) in c.features.iter().enumerate() {
            let xs: Vec<String> = x.iter().map(|v| format!("{v:e}")).collect();
            writeln!(
                f,
                "{} {} {} {} {} {}",
                c.cameras,
                c.seed,
                k,
                u8::from(c.right[k]),
                u8::from(c.chosen == Some(k)),
                xs.join(" ")
            )?;
        }
    }
    Ok(())
}

/// Reads what [`write`] wrote.
pub fn read<const N: usize>(path: &str) -> std::io::Result<Vec<Choice<N>>> {
    let text = std::fs::read_to_string(path)?;
    let mut out: Vec<Choice<N>> = Vec::new();
    for line in text.lines() {
        let v: Vec<&str> = line.split_whitespace().collect();
        let cameras: u32 = v[0].parse().expect("cameras");
        let seed: u64 = v[1].parse().expect("seed");
        let k: usize = v[2].parse().expect("k");
        let mut x = [0.0; N];
        for (i, slot) in x.iter_mut().enumerate() {
            *slot = v[5 + i].parse().expect("feature");
        }
        if k == 0 {
            out.push(Choice {
                cameras,
                seed,
                features: Vec::new(),
                right: Vec::new(),
                chosen: None,
            });
        }
        let c = out.last_mut().expect("a choice");
        c.features.push(x);
        c.right.push(v[3] == "1");
        if v[4] == "1" {
            c.chosen = Some(k);
        }
    }
    Ok(out)
}

fn scores<const N: usize>(c: &Choice<N>, w: &[f64; N]) -> Vec<f64> {
    c.features
        .iter()
        .map(|x| x.iter().zip(w).map(|(a, b)| a * b).sum())
        .collect()
}

/// The index of the highest score (the first of equals).
fn top(scores: &[f64]) -> usize {
    (0..scores.len()).fold(0, |b, i| if scores[i] > scores[b] { i } else { b })
}

/// Conditional logit by Newton's method over the features in `used`.
pub fn fit<const N: usize>(choices: &[&Choice<N>], used: &[usize]) -> ([f64; N], f64) {
    let d = used.len();
    let mut w = [0.0; N];
    let mut log_likelihood = 0.0;
    for _ in 0..100 {
        let mut gradient = vec![0.0; d];
        let mut hessian = vec![vec![0.0; d]; d];
        log_likelihood = 0.0;
        for c in choices {
            let Some(y) = c.chosen else { continue };
            let s = scores(c, &w);
            let max = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let e: Vec<f64> = s.iter().map(|v| (v - max).exp()).collect();
            let z: f64 = e.iter().sum();
            log_likelihood += s[y] - max - z.ln();
            let p: Vec<f64> = e.iter().map(|v| v / z).collect();
            let mean: Vec<f64> = used
                .iter()
                .map(|&i| (0..p.len()).map(|k| p[k] * c.features[k][i]).sum())
                .collect();
            for (a, &i) in used.iter().enumerate() {
                gradient[a] += c.features[y][i] - mean[a];
                for (b, &j) in used.iter().enumerate() {
                    let second: f64 = (0..p.len())
                        .map(|k| p[k] * c.features[k][i] * c.features[k][j])
                        .sum();
                    hessian[a][b] += second - mean[a] * mean[b];
                }
            }
        }
        for (a, &i) in used.iter().enumerate() {
            gradient[a] -= RIDGE * w[i];
            hessian[a][a] += RIDGE;
            log_likelihood -= 0.5 * RIDGE * w[i] * w[i];
        }
        // Newton's step: solve hessian * step = gradient (hessian is minus the second
        // derivative, positive definite with the ridge).
        let step = solve(hessian, gradient);
        for (a, &i) in used.iter().enumerate() {
            w[i] += step[a];
        }
        if step.iter().map(|s| s.abs()).fold(0.0, f64::max) < 1e-9 {
            break;
        }
    }
    (w, log_likelihood)
}

/// Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .expect("a row");
        a.swap(col, pivot);
        b.swap(col, pivot);
        let pivot_row = a[col].clone();
        for row in col + 1..n {
            let f = a[row][col] / pivot_row[col];
            for (x, p) in a[row][col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let rest: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - rest) / a[row][row];
    }
    x
}

/// Per camera count, on `choices`: seeds, seeds with a right candidate, right at the top of
/// the posterior, right at the top of the score.
fn report<const N: usize>(
    what: &str,
    label: &str,
    choices: &[&Choice<N>],
    w: &[f64; N],
    cameras: &[u32],
) {
    for &c in cameras {
        let these: Vec<&&Choice<N>> = choices.iter().filter(|x| x.cameras == c).collect();
        let any = these.iter().filter(|x| x.chosen.is_some()).count();
        let posterior = these.iter().filter(|x| x.right[0]).count();
        let learned = these.iter().filter(|x| x.right[top(&scores(x, w))]).count();
        eprintln!(
            "{what} {label} cameras={c} seeds={} any_within_500m={any} posterior_top={posterior} learned_top={learned}",
            these.len()
        );
    }
}

/// What a learned score's constants file is called and holds.
pub struct Constants<'a, const N: usize> {
    /// The diagnostics' prefix (`fit_work`).
    pub what: &'a str,
    /// The weights' constant (`WORK_WEIGHTS`).
    pub name: &'a str,
    pub feature_names: &'a [&'a str; N],
    /// Candidates a seed.
    pub candidates: usize,
}

/// Fits on all `choices`, prints the diagnostics and the constants file.
pub fn fit_and_print<const N: usize>(
    choices: &[Choice<N>],
    used: &[usize],
    cameras: &[u32],
    command: &str,
    constants: &Constants<N>,
) -> std::io::Result<()> {
    let Constants {
        what,
        name,
        feature_names,
        candidates,
    } = constants;
    let all: Vec<&Choice<N>> = choices.iter().collect();
    let (w, ll) = fit(&all, used);
    report(what, "in_sample", &all, &w, cameras);
    // Two-fold by seed parity: each half scored by the weights fitted on the other.
    for parity in [0, 1] {
        let train: Vec<&Choice<N>> = all
            .iter()
            .copied()
            .filter(|c| c.seed % 2 != parity)
            .collect();
        let test: Vec<&Choice<N>> = all
            .iter()
            .copied()
            .filter(|c| c.seed % 2 == parity)
            .collect();
        let (wh, _) = fit(&train, used);
        report(what, &format!("half_{parity}"), &test, &wh, cameras);
    }
    let fitted = all.iter().filter(|c| c.chosen.is_some()).count();
    eprintln!("{what} log_likelihood={ll:.3} choices={fitted}");
    for (feature, v) in feature_names.iter().zip(&w) {
        eprintln!("{what} weight {feature}={v:.4}");
    }
    let mut out = std::io::stdout();
    writeln!(
        out,
        "// Written by `{command}` (cameras {cameras:?}, {candidates} candidates a seed, {fitted} seeds with one within 500 m, log-likelihood {ll:.3}). Do not edit by hand."
    )?;
    writeln!(
        out,
        "/// The learned score's weights, in the order of its features: {}.",
        feature_names.join(", ")
    )?;
    let ws: Vec<String> = w.iter().map(|v| format!("{v:.6}")).collect();
    writeln!(out, "pub const {name}: [f64; {N}] = [{}];", ws.join(", "))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Choices drawn from a known conditional logit (a fixed pseudo-random sequence): the
    /// fit recovers its weights.
    #[test]
    fn fit_recovers_the_weights_that_made_the_choices() {
        let mut truth = [0.0; WORK_FEATURES];
        truth[0] = 1.5;
        truth[1] = -0.8;
        let mut state = 12345u64;
        let mut uniform = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut choices = Vec::new();
        for seed in 0..4000 {
            let features: Vec<[f64; WORK_FEATURES]> = (0..6)
                .map(|_| {
                    let mut x = [0.0; WORK_FEATURES];
                    x[0] = 2.0 * uniform() - 1.0;
                    x[1] = 2.0 * uniform() - 1.0;
                    x
                })
                .collect();
            let choice = Choice {
                cameras: 40,
                seed,
                features,
                right: vec![false; 6],
                chosen: None,
            };
            let s = scores(&choice, &truth);
            let z: f64 = s.iter().map(|v| v.exp()).sum();
            let mut u = uniform() * z;
            let mut chosen = s.len() - 1;
            for (k, v) in s.iter().enumerate() {
                u -= v.exp();
                if u <= 0.0 {
                    chosen = k;
                    break;
                }
            }
            choices.push(Choice {
                chosen: Some(chosen),
                ..choice
            });
        }
        let all: Vec<&Choice<WORK_FEATURES>> = choices.iter().collect();
        let (w, _) = fit(&all, &[0, 1]);
        assert!((w[0] - 1.5).abs() < 0.15, "{w:?}");
        assert!((w[1] + 0.8).abs() < 0.15, "{w:?}");
        assert!(w[2..].iter().all(|&v| v == 0.0), "{w:?}");
    }
}
