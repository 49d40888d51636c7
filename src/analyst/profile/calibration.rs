//! Stated confidences that match how often the analyst is right: each method's raw score
//! (a circle's share of the evidence, a stop's probability over its candidates, an
//! associate's score, a pass prediction's smoothed share of the weekday's days) is mapped
//! to the share of claims with about that score that were right in towns the analyst was
//! tuned on.
//!
//! The maps are isotonic regressions (Zadrozny and Elkan 2002: pool adjacent violators
//! over the claims sorted by raw score), fitted by `examples/evaluate.rs --fit-calibration`
//! on seeds 801 to 1100 at 20, 40 and 80 cameras (until 2026-12-03 on seeds 1 to 60,
//! see the end of this doc), the odd seeds' commuters living where a visitor may pick (a
//! street corner and a workplace drawn uniformly: `--mixed-lives`, since session 45; fitted
//! on the personas' lives alone, the home circle on visitors' lives at 40 cameras held the
//! truth 68% of the time against 80% stated, see the README), and written to
//! `calibration_curves.rs` by
//! `cargo run --release --example evaluate -- --fit-calibration --first-seed 801 --seeds 300 --mixed-lives > src/analyst/profile/calibration_curves.rs`;
//! each flat block pools at least max(15, n/10) of a curve's n claims, so that a sparse
//! band gets no knot of its own. `evaluate` judges them on seeds 101 to 200 and 501 to
//! 600. A raw score between two knots is interpolated; beyond the ends it takes the end's
//! value. The maps change only the confidence stated, with one exception: a sensitive flag whose stated confidence is
//! under its camera count's bar ([`super::sensitive::min_stated_flag_probability`]) is not
//! raised (issue 17, seventh and fourteenth rounds in `sensitive.rs`), so the raw profile
//! the curves are fitted on has every flag, and the calibrated one only those its curve
//! states often enough right (more often right than wrong at 20 cameras, and for repeated
//! flags at every count; one-off flags from 0.3 at 40 and 80).
//!
//! Places have three curves (issue 17): a stop's likeliest place other than a sensitive one
//! (raw 0.3 and up), the sensitive place a flag names first, and the ones it names second
//! or third ([`super::places::InferredVisit::is_named_first`]). With one curve for all of them, held-out
//! seeds 101 to 120 (`evaluate --first-seed 101 --seeds 20 --cameras N`) stated 0.1-0.2
//! where 12 of 21 were right and 0.2-0.4 where 1 of 33 were (40 cameras): traced on
//! training seeds 1 to 40 (raw scores, all three camera counts), runners-up at raw 0.1-0.2
//! were right 62 of 175 times, first-named places at 0.1-0.3 5 of 131. Most of those right
//! runners-up are the second of two churches a flag names together (the car's church is
//! often not the one nearer the estimated home); churches at raw 0.2-0.5, nearly all named
//! first, were right 3 of 143 times. `place_visit_calibration_worst_band_gap` with one curve
//! and with three: 20 cameras 0.60 to 0.30, 40 cameras 0.44 to 0.33, 80 cameras 0.24 to 0.19 (the
//! issue's 0.1 is not reached). What is left is inside the runners-up: at 20 and 40
//! cameras those stated 0.2-0.3 (raw about 0.11-0.15) were right 14 of 15 and 14 of 18
//! times, those stated 0.3-0.4 (raw 0.15 and up) 0 of 6 and 0 of 12, so even this curve
//! is not monotone in its raw score; a curve per kind of place would follow the simulated
//! town's two churches rather than anything the analyst could know elsewhere, and was
//! not tried. The refit also moved `SENSITIVE_FLAG` (raw 0.41 to 0.22), which at 20
//! held-out cameras stated 0.25 where 6 of 11 flags were right (worst band 0.12 to
//! 0.30). It is kept as fitted: a curve chosen by how it does on seeds 101 to 120 would be
//! tuned on them, and the file would no longer be what the command writes.
//!
//! Per camera count (issue 17): the places' and flags' curves (and, since session 46, home's
//! circle, see below) are fitted at 20, 40 and 80
//! cameras apart ([`on_curves`]; the analyst knows its own network), since at one raw
//! score flags were right far more often at 20 cameras than at 80 (a pooled curve under-
//! stated the one and over-stated the other). Curves fitted on seeds 1 to 40, judged on
//! seeds 41 to 60 (`evaluate --first-seed 41 --seeds 20 --cameras N`), worst band gap
//! pooled to per count: place_visit 0.06 / 0.25 / 0.27 to 0.01 / 0.21 / 0.25 at 20 / 40 /
//! 80 cameras, sensitive_flag 0.00 / 0.17 / 0.15 to 0.06 / 0.01 / 0.07. What is left in
//! place_visit is the runners-up again (at 40 cameras stated 0.2-0.3, right 0 of 14).
//! Flags went back to one curve pooled over the counts (`evaluate --fit-calibration` writes
//! it for each count): fitted per count, flags at 40 cameras stated 0.89 and were right
//! 0.76 of the time on seeds 101 to 120, and 0.77 on the native test's seeds 1 to 6 at
//! population 300. One persona's weekly visit is flagged week after week, right every time
//! or wrong every time, so a count's few dozen flags are a handful of independent ones, too
//! few for a curve of their own. Pooled (seeds 1 to 40), the native test's flags state no
//! more than 0.1 above their share right; on seeds 101 to 120 flags at 40 cameras still
//! state 0.90 where 0.76 are right (worst band 0.8-0.9: 13 of 21 at 0.85), at 20 cameras
//! 0.98 where 0.94 are, at 80 cameras 0.74 where 0.65 are.
//!
//! Flags split by one-off and repeated stops, per camera count, on seeds 1 to 60 (issue 17).
//! Held-out seeds 101 to 120 showed the flags' misses are not all sampling: at 80 cameras
//! flags stated 0.85 and were right 52 of 80 times (band 0.7-0.8 right 10 of 27, its 90%
//! interval 0.24-0.53, well clear of 0.74). The pooled curve carried the 20 and 40 camera
//! flags' higher shares to 80 cameras (right 0.83 / 0.82 / 0.71 on training seeds 1-20 /
//! 21-40 / 41-60 at 80, against 0.95-1.00 at 20). Flags on a stop repeated in other weeks
//! ([`super::SensitiveVisit::repeated`] above 1) were right 62 of 62 times at 40 cameras
//! on seeds 1 to 60, the one-offs 37 of 50; so each gets its own curve per camera count.
//! Chosen by cross-validation on seeds 1 to 60 (fit on two of 1-20, 21-40, 41-60, judge
//! the third; the bands whose 90% interval lies more than 0.1 from what they stated):
//! pooled as before 0.14 / 0.12 / 0.07 beyond at 20 / 40 / 80 cameras, per count 0.00 /
//! 0.04 / 0.18, split and per count 0.01 / 0.00 / 0.00. Each knot's share is Laplace's
//! (right + 1) / (claims + 2), so that a block of claims all right states a little less
//! than certainty (as fitted, repeated flags stated 1.00 at 40 cameras and the native
//! test's flags, population 300, stated 0.91 where 0.77 were right; now under 0.87).
//! Held-out 101 to 120 (`evaluate --markdown --first-seed 101 --seeds 20`), flags overall
//! stated / right 0.80 / 0.94, 0.86 / 0.76, 0.85 / 0.65 became 0.93 / 0.94, 0.80 / 0.76,
//! 0.71 / 0.65 at 20 / 40 / 80 cameras; worst band of ten or more 0.17 / 0.24 / 0.37 to
//! 0.05 / 0.20 / 0.15, no band off beyond its interval. What is left is the runners-up
//! places at 40 cameras (stated 0.6-0.7, right 3 of 15, interval 0.06-0.44): their raw
//! score is not monotone across seeds (tried below).
//!
//! Runner-up places by rank (issue 17, [`super::InferredVisit::named_rank`]). On training seeds 1 to 60 (`EVALUATE_CLAIMS=1 evaluate
//! --fit-calibration --first-seed 1 --seeds 60`, raw scores; the dump now gives a sensitive
//! place's rank among its flag's candidates) the runners-up split by rank and by how many
//! candidates the flag names: at 20 / 40 / 80 cameras the second of three was right 26 of
//! 33, 30 of 58 and 25 of 82 times, the third of three 8 of 33, 9 of 58, 15 of 82, the
//! second of two 0 of 3, 3 of 18, 4 of 31 (and the first of three only 1 of 33, 14 of 58,
//! 17 of 82: its raw score is low, and its own curve already says so). Chosen by
//! cross-validation within seeds 1 to 60 (fit on two of 1-20, 21-40, 41-60, judge the
//! third; runner-ups' worst band gap of ten or more, bands OFF, Brier score; at 20 / 40 /
//! 80 cameras):
//!
//! | runner-up curve | worst band gap | bands OFF | Brier |
//! |---|---|---|---|
//! | raw probability (as before) | 0.37 / 0.45 / 0.16 | 1 / 1 / 0 | 0.156 / 0.144 / 0.145 |
//! | raw probability, a curve per rank | 0.29 / 0.51 / 0.24 | 0 / 3 / 1 | 0.215 / 0.183 / 0.146 |
//! | one share per rank (raw score ignored) | 0.29 / 0.28 / 0.15 | 0 / 0 / 0 | 0.215 / 0.208 / 0.178 |
//! | one share per rank and candidates | 0.35 / 0.28 / 0.27 | 1 / 0 / 1 | - |
//! | one share for all runners-up | 0.09 / 0.01 / 0.00 | 0 / 0 / 0 | 0.252 / 0.218 / 0.177 |
//! | share of the first-named's probability | 0.06 / 0.22 / 0.06 | 0 / 0 / 0 | 0.212 / 0.173 / 0.165 |
//! | the same, blocks of a quarter of the claims | 0.09 / 0.25 / 0.26 | 0 / 0 / 0 | 0.252 / 0.169 / 0.170 |
//!
//! The raw probability orders best within the seeds it was fitted on (lowest Brier) but
//! states bands that other seeds contradict; a share for all is honest only on average
//! (one band, no resolution). The share of the first-named place's probability (which
//! carries the rank: a third is rarely near the first) is calibrated in every fold and
//! orders better than rank alone, so it was kept. Held-out seeds 101 to 120 (`evaluate
//! --markdown --first-seed 101 --seeds 20`, judged once) did not bear it out: place_visit
//! worst band 0.14 / 0.38 / 0.16 became 0.14 / 0.42 / 0.21 at 20 / 40 / 80 cameras, and at
//! 40 the runners-up stated 0.67 where 2 of 13 were right (interval 0.03-0.41, OFF), as the
//! raw curve had stated 0.65 where 3 of 15 were. On seeds 201 to 220, never used for
//! anything before (`EVALUATE_CLAIMS=1 evaluate --fit-calibration --first-seed 201 --seeds
//! 20`, curves fitted on 1 to 60 offline by the same pooling), runner-ups' worst band /
//! bands OFF at 20 / 40 / 80 cameras: raw 0.22 / 0.45 / 0.21, 0 / 2 / 0; share of the
//! first's 0.00 / 0.37 / 0.24, 1 / 0 / 0; one share per rank 0.24 / 0.13 / 0.04, 0 / 0 / 0;
//! one share for all 0.04 / 0.08 / 0.01, 0 / 0 / 0. A few weekly stops make most of a
//! count's runner-up claims, so how close the runner-up comes to the first says less
//! across towns than which rank it holds. (On those seeds the pooled place_visit line had
//! 2-3 bands OFF at 40 cameras whichever runner-up curve: the other places' curves miss
//! there too.)
//!
//! So the runners-up now state one share per rank and camera count, second and third
//! (`evaluate --fit-calibration` writes `SENSITIVE_PLACE_SECOND` and `_THIRD` as one knot
//! each; a place no flag on its stop names counts as second): chosen on the cross-
//! validation and seeds 201 to 220 above, where it and one share for all are the only
//! curves with no band OFF, and it keeps telling a second from a third. Seeds 101 to 120
//! were then looked at a second time, for this curve only: place_visit worst band 0.17 /
//! 0.15 / 0.16 at 20 / 40 / 80 cameras, no band OFF (with the raw curve 0.14 / 0.38 / 0.16,
//! one OFF at 40); the runners-up 0.19 / 0.17 / 0.03, none OFF (at 40 the second stated
//! 0.44 where 8 of 23 were right, the third 0.17 where 6 of 18 were). Still OFF there, not
//! the runners-up: other places at 80 cameras stated 0.63 where 0 of 6 were right.
//!
//! More robust fitting, tried and not kept (issue 17; the curves above are unchanged).
//! On fresh seeds 201 to 220 (`evaluate --markdown --first-seed 201 --seeds 20`, judged
//! once) these curves leave bands OFF: at 20 cameras place_visit 0.6-0.7 (4 of 14 right at
//! 0.65, 0.01 beyond), first-named places 0.6-0.7 (0 of 7 at 0.68, 0.23 beyond), repeated
//! flags 0.9-1.0 (9 of 16 at 0.95, 0.08 beyond); at 40 place_visit 0.5-0.6 (14 of 15 at
//! 0.55, 0.07) and 0.8-0.9 (2 of 6 at 0.87, 0.04), from the other places' 0.4-0.5 (22 of
//! 25 at 0.49, 0.13) and 0.8-0.9; at 80 the other places' 0.5-0.6 (28 of 34 at 0.55,
//! 0.04). Seeds 221 to 240 (fresh too): one band, repeated flags at 80 cameras (0.03).
//! Fitted only on seeds 1 to 100 (their raw claims dumped by `EVALUATE_CLAIMS=1 evaluate
//! --fit-calibration`, the fits replayed offline: the replay gives the curves of the file
//! above from seeds 1 to 60, and judged on 201 to 220 the OFF bands `evaluate` prints), each
//! way judged by cross-validation (16 random splits: fit on 80 of the seeds, judge the other
//! 20; bands OFF in the sub-lines per split, splits with one or more, Brier score) and on
//! the three 20-seed sets, fitted on seeds 1 to 60 and on 1 to 100 (sub-line bands OFF /
//! place_visit bands OFF, on 101 / 201 / 221):
//!
//! | fit | OFF per split (splits) | Brier | from 1-60 | from 1-100 |
//! |---|---|---|---|---|
//! | isotonic, blocks of max(15, n/10) (these curves) | 3.0 (15/16) | 0.163 | 1/0 5/3 1/0 | 2/1 4/0 2/1 |
//! | a claim weighs min(1, 5 / its seed's claims on the curve) | 2.6 (13/16) | 0.163 | 0/0 5/2 1/0 | 2/0 4/1 2/1 |
//! | the same, 3 | 2.8 (15/16) | 0.164 | 0/0 5/3 0/0 | 3/0 4/2 1/1 |
//! | a block spans at least 6 seeds | 3.2 (15/16) | 0.163 | 1/0 5/3 1/0 | 2/1 4/0 2/1 |
//! | blocks of max(25, 0.15 n) | 2.6 (16/16) | 0.164 | 1/1 5/2 1/0 | 3/1 4/1 2/0 |
//! | blocks of max(40, n/4) | 3.0 (15/16) | 0.166 | 2/0 5/2 1/0 | 2/0 7/3 1/0 |
//! | a count's blocks shrunk to the pooled curve (60 claims' weight) | 3.1 (14/16) | 0.163 | 2/1 6/3 0/0 | 2/0 5/3 0/0 |
//! | places' curves pooled over camera counts | 2.9 (14/16) | 0.162 | 1/0 4/2 1/0 | 4/3 6/1 0/0 |
//! | places' curves logistic (Platt 1999), knots at the deciles | 3.9 (16/16) | 0.165 | 3/0 5/3 1/1 | 5/1 8/3 1/1 |
//!
//! None gives no band OFF on both 101 to 120 and 201 to 220, and the best two (2.6 per
//! split) beat these curves by 0.4 ± 0.4 (paired over the splits): noise. The floor is not
//! in the fit: curves fitted on all of seeds 1 to 100 and judged on 20-seed subsets of those
//! very seeds still leave 1.9 bands OFF per subset (13 of 16 subsets with one or more),
//! nearly all in the other places at 20 and 40 cameras. Those claims come in clusters, one
//! weekly stop attributed week after week, right every week or wrong every week: at 40
//! cameras the other places' visits at raw score under 0.56 were right 15 of 15, 10 of 12,
//! 5 of 23, 2 of 4, 7 of 20 times on seeds 1-20, 21-40, 41-60, 61-80, 81-100, and 18 of 20
//! on 201-220 (seed 87 alone 0 of 9, seed 214 6 of 6), while the 90% interval `evaluate`
//! draws treats each claim as independent. No one stated value lies within 0.1 of the
//! interval of both 15 of 15 and 5 of 23. The count of visits the profile gives the place
//! (now in the claims dump as `visits=`) does not separate them either: at 40 cameras the
//! visits at raw under 0.6 to places visited two or three times were right 17 of 22 times
//! on seeds 1-50 and 8 of 22 on 51-100, to places visited four times or more 13 of 39 and
//! 16 of 25. What would meet the target is a score whose meaning holds from
//! one town to the next for those stops, or an `evaluate` that judges the bands on clusters
//! (stops) rather than claims; neither is a fitting choice.
//!
//! Overall gap per line with these curves (|share right - mean stated| at 20 / 40 / 80
//! cameras; seeds 101-120, 201-220, 221-240): home_circle 0.02 0.02 0.07, 0.07 0.02 0.13,
//! 0.02 0.08 0.02; work_circle 0.03 0.03 0.12, 0.02 0.09 0.14, 0.25 0.03 0.05; place_visit
//! 0.02 0.02 0.03, 0.12 0.12 0.02, 0.00 0.05 0.00; sensitive_flag 0.01 0.03 0.06, 0.34 0.07
//! 0.01, 0.06 0.05 0.01; associate 0.04 0.01 0.04, 0.05 0.02 0.01, 0.07 0.00 0.01;
//! pass_prediction 0.09 0.05 0.04, 0.02 0.00 0.06, 0.15 0.04 0.05.
//!
//! Home's circle per camera count (issue 17, session 46), like the places'. With one curve
//! for all counts, fitted on mixed lives, home circles on visitors' lives at 20 cameras
//! stated 0.70 where 0.56 held the truth, and personas' at 80 stated 0.76 where 0.89 did
//! (fresh seeds 2301-2500, 200 towns a line: `evaluate --cameras N --first-seed S --seeds
//! 100 --no-timing --no-added-stop [--visitor-lives]`): a raw score means a tighter circle
//! the more cameras there are. Fitted per count on the same 801-1100 mixed lives (300
//! claims a count), overall gap |share right - mean stated| at 20 / 40 / 80 cameras went
//! from 0.00 / 0.02 / 0.13 to 0.09 / 0.03 / 0.07 on personas' lives and from 0.14 / 0.05 /
//! 0.09 to 0.05 / 0.02 / 0.04 on visitors', the worst from 0.14 to 0.09; the one home band
//! off (personas' lives at 80 cameras, 0.08 beyond) is gone, and bands off over the six
//! lines went from 9 to 8. Each count's curve rests on 300 claims, about a third of the
//! pooled curve's, so its blocks are max(15, n/10) = 30 claims.
//!
//! Tried and not kept then (issue 17, 2026-12-03, before visitors' lives were judged): the
//! home and work circles', associates' and pass predictions' curves per camera count too, like the places' (`--fit-calibration`
//! writing every curve per count), fitted on seeds 1-60, on fresh seeds 301-400, and on
//! 201-400, every curve refitted each time, judged on seeds 101-200 (100 seeds, `evaluate
//! --first-seed 101 --seeds 100 --cameras N --no-added-stop`). Overall gap |share right -
//! mean stated| at 20 / 40 / 80 cameras, these curves against the 201-400 fit: home circle
//! 0.09 0.01 0.02 against 0.06 0.05 0.03; work circle 0.07 0.08 0.06 against 0.07 0.02
//! 0.11; sensitive flags 0.04 0.05 0.02 against 0.09 0.04 0.00; worst band of places 0.32
//! 0.09 0.23 against 0.09 0.26 0.29. Sensitive recall at 40 cameras rose 0.30 to 0.35
//! (precision 0.84 to 0.83) as more flags cleared the bar. Neither is better on every line:
//! the seed sets differ more than the fits (home circle at 40 cameras right 0.77 of the
//! time on 101-200, 0.68 on 301-400; work circle at 20, 0.70 on 101-200, 0.60 on 301-400,
//! 0.83 on 1-60, the seeds the constants were tuned on). The 1-60 fit per count stated
//! 0.82 at 20 cameras where 0.70 were right (these curves 0.77), the 301-400 fit home
//! circles at 40 cameras 0.65 where 0.77 were.
//!
//! Fitted on fresh seeds 801 to 1100 (issue 17, 2026-12-03; `cargo run --release --example
//! evaluate -- --fit-calibration --first-seed 801 --seeds 300`, the command the file's
//! header names): 300 seeds instead of 60, so the other places at 20 cameras rest on 141
//! claims instead of 42, the first-named places on 459 instead of 89. Judged on seeds 101
//! to 200 and 501 to 600, neither ever used to fit curves (`evaluate --cameras N
//! --first-seed S --seeds 100 --no-timing --no-added-stop`), bands OFF (worst beyond the
//! interval) at 20 / 40 / 80 cameras, curves from 1 to 60 against these:
//!
//! | line | 101-200, 1-60 fit | 101-200, 801-1100 fit | 501-600, 1-60 fit | 501-600, 801-1100 fit |
//! |---|---|---|---|---|
//! | home_circle | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 |
//! | work_circle | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 |
//! | place_visit | 2 (0.06) / 0 / 0 | 1 (0.00) / 0 / 0 | 5 (0.07) / 1 (0.00) / 0 | 0 / 0 / 0 |
//! | place_visit_not_sensitive | 1 (0.17) / 0 / 0 | 0 / 0 / 0 | 1 (0.19) / 1 (0.00) / 0 | 0 / 0 / 0 |
//! | place_visit_sensitive_first | 1 (0.06) / 0 / 0 | 0 / 0 / 0 | 4 (0.05) / 1 (0.16) / 1 (0.02) | 1 (0.06) / 0 / 0 |
//! | place_visit_sensitive_runner_up | 1 (0.02) / 0 / 0 | 0 / 0 / 0 | 1 (0.03) / 0 / 0 | 0 / 0 / 0 |
//! | sensitive_flag | 0 / 0 / 0 | 0 / 0 / 0 | 1 (0.07) / 1 (0.05) / 0 | 0 / 1 (0.01) / 0 |
//! | sensitive_flag_one_off | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 1 (0.06) / 0 |
//! | sensitive_flag_repeated | 0 / 0 / 1 (0.17) | 0 / 0 / 0 | 1 (0.07) / 0 / 0 | 0 / 1 (0.09) / 0 |
//! | associate | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 |
//! | pass_prediction | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 | 0 / 0 / 0 |
//!
//! Home and work circles, associates and pass predictions: no band OFF with either set.
//! What is left is the clustering described above, not the fit: cross-validated within
//! 801 to 1100 (fit on 200 seeds, judge the other 100, 24 splits; the fit replayed
//! offline from the `EVALUATE_CLAIMS=1` dump, knots within 0.0005 of the file's), bands OFF per
//! split over the six lines and three counts: these curves 2.33 (23 of 24 splits with
//! one or more; at 20 / 40 / 80 cameras 1.17 / 0.54 / 0.62), blocks of max(30, n/10)
//! 2.21, max(60, n/10) 2.08, max(15, n/4) 1.92 (0.71 / 0.62 / 0.58), max(15, n/3) 3.38,
//! Platt's logistic per count (knots at the deciles) 2.38, places' and flags' curves
//! pooled with the neighbouring counts 3.67 (12 splits), the places' only 2.92 (12
//! splits); Brier score 0.158-0.161 for all. Blocks of n/4 beat these curves by 0.42 ±
//! 0.32 (paired over the splits): noise, and judged on the held-out seeds (places' and
//! flags' curves in blocks of max(15, n/4), built from the replay) no band OFF on the
//! six lines at any count on either set (these curves: 1 on each, both beyond by 0.01 or
//! less), but as many in the sub-lines (4 against 3: first-named places 0.06 at 40
//! cameras on 101-200; other places 0.21 and first-named 0.00 at 20, repeated flags 0.07
//! at 20 on 501-600). Chosen on the held-out seeds it would be tuned on them, and within
//! 801 to 1100 it is within the noise, so the file keeps isotonic blocks of max(15,
//! n/10), now on 300 seeds. (With blocks of n/4 the native flags' test in `sensitive.rs`
//! passed on its old rule.)
//!
//! Over the six lines (sub-lines apart) at the three counts, bands OFF went from 2 to 1
//! on 101-200 and from 8 to 1 on 501-600; the place visits at 20 cameras from 2 and 5 to
//! 1 (0.8-0.9: 5 of 11 at 0.83, beyond by under 0.01) and 0. Left: on 501-600 at 40
//! cameras flags in 0.5-0.6 right 12 of 37 times at 0.58, one-off flags in 0.6-0.7 3 of
//! 13 at 0.65, repeated ones in 0.6-0.7 24 of 25 at 0.63; at 20 cameras first-named
//! places in 0.5-0.6 1 of 10 at 0.56. The native test of flags (population 300, six seeds) now
//! sees 0.89 stated where 10 of 13 were right, and judges that as `evaluate` does (see
//! `flags_are_right_about_as_often_as_they_state`). Sensitive precision and recall at
//! 40 cameras unchanged on both sets (0.76 / 0.41 and 0.72 / 0.42).
//!
//! This module must not read [`crate::sim::Sighting::vehicle`] or any truth.

use super::sensitive::min_stated_flag_probability;
use super::{Profile, SensitiveVisit};

// A fitted knot may land near a mathematical constant by chance (0.3180 near 1/pi).
#[allow(clippy::approx_constant)]
mod curves {
    //! Written by `cargo run --release --example evaluate -- --fit-calibration`.
    include!("calibration_curves.rs");
}

/// A raw score's calibrated confidence on a curve of (raw, share right) knots sorted by raw
/// score; the raw score itself when the curve is empty.
pub fn on_curve(curve: &[(f64, f64)], raw: f64) -> f64 {
    let (Some(first), Some(last)) = (curve.first(), curve.last()) else {
        return raw;
    };
    if raw <= first.0 {
        return first.1;
    }
    if raw >= last.0 {
        return last.1;
    }
    for pair in curve.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        if raw <= x1 {
            let t = if x1 > x0 { (raw - x0) / (x1 - x0) } else { 1.0 };
            return y0 + t * (y1 - y0);
        }
    }
    last.1
}

/// A raw score's calibrated confidence on curves fitted per camera count (count, curve),
/// sorted by count, for a network of `cameras`: between two fitted counts, the two curves'
/// values interpolated on the logarithm of the count ([`super::between_counts`]); beyond
/// the ends, the end's curve.
pub fn on_curves(curves: &[(u32, &[(f64, f64)])], cameras: usize, raw: f64) -> f64 {
    if curves.is_empty() {
        return raw;
    }
    super::between_counts(curves, cameras, |curve| on_curve(curve, raw))
}

/// Replaces every confidence the profile states with its calibrated value, for a network
/// of `cameras`.
pub(super) fn calibrate(profile: &mut Profile, cameras: usize) {
    if let Some(home) = profile.home.as_mut() {
        home.confidence = on_curves(curves::HOME_CIRCLE, cameras, home.confidence);
    }
    if let Some(work) = profile.work.as_mut() {
        work.confidence = on_curve(curves::WORK_CIRCLE, work.confidence);
    }
    for flag in &mut profile.sensitive_visits {
        let curve = if flag.repeated > 1 {
            curves::SENSITIVE_FLAG_REPEATED
        } else {
            curves::SENSITIVE_FLAG_ONE_OFF
        };
        let stated = on_curves(curve, cameras, flag.probability);
        let scale = if flag.probability > 0.0 {
            stated / flag.probability
        } else {
            0.0
        };
        for candidate in &mut flag.candidates {
            candidate.1 *= scale;
        }
        flag.probability = stated;
    }
    // A flag is raised only when the confidence it states reaches the bar: one that its
    // curve puts under it is dropped, with the visits it listed at its candidate places
    // (see `sensitive.rs`).
    let (kept, dropped): (Vec<SensitiveVisit>, Vec<SensitiveVisit>) =
        std::mem::take(&mut profile.sensitive_visits)
            .into_iter()
            .partition(|f| f.probability >= min_stated_flag_probability(cameras, f.repeated > 1));
    profile.sensitive_visits = kept;
    for flag in &dropped {
        for &(candidate, _) in &flag.candidates {
            let Some(place) = profile.places.iter_mut().find(|p| p.place == candidate) else {
                continue;
            };
            if let Some(i) = place.visits.iter().position(|v| {
                v.after_minute == flag.after_minute && v.before_minute == flag.before_minute
            }) {
                place.visits.remove(i);
            }
        }
    }
    profile.places.retain(|p| !p.visits.is_empty());
    // A sensitive place is named as one of a flagged stop's candidates, with its share of
    // the stop's probability; any other place is a stop's likeliest explanation. The
    // first-named sensitive place, the runners-up and the other places each have a curve.
    let flags = &profile.sensitive_visits;
    for place in &mut profile.places {
        for visit in &mut place.visits {
            let curve = if !place.sensitive {
                curves::PLACE_VISIT
            } else if visit.is_named_first(place.place, flags) {
                curves::SENSITIVE_PLACE_FIRST
            } else if visit.named_rank(place.place, flags) <= 2 {
                curves::SENSITIVE_PLACE_SECOND
            } else {
                curves::SENSITIVE_PLACE_THIRD
            };
            visit.probability = on_curves(curve, cameras, visit.probability);
        }
        if !place.visits.is_empty() {
            place.confidence =
                place.visits.iter().map(|v| v.probability).sum::<f64>() / place.visits.len() as f64;
        }
    }
    for associate in &mut profile.associates {
        associate.confidence = on_curve(curves::ASSOCIATE, associate.confidence);
    }
    for prediction in &mut profile.routine.predictions {
        prediction.probability = on_curve(curves::PASS_PREDICTION, prediction.probability);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A network between two fitted camera counts states between their curves' values,
    /// nearer the nearer count's; beyond the fitted counts, the end's curve.
    #[test]
    fn interpolates_between_camera_counts_on_their_logarithm() {
        let sparse: &[(f64, f64)] = &[(0.5, 0.2)];
        let dense: &[(f64, f64)] = &[(0.5, 0.6)];
        let curves = [(20, sparse), (80, dense)];
        assert_eq!(on_curves(&curves, 10, 0.5), 0.2);
        assert_eq!(on_curves(&curves, 20, 0.5), 0.2);
        assert!((on_curves(&curves, 40, 0.5) - 0.4).abs() < 1e-9);
        assert_eq!(on_curves(&curves, 160, 0.5), 0.6);
        assert_eq!(on_curves(&[], 40, 0.42), 0.42);
    }

    #[test]
    fn interpolates_between_knots_and_holds_the_ends() {
        let curve = [(0.2, 0.1), (0.6, 0.5), (0.9, 0.8)];
        assert_eq!(on_curve(&curve, 0.0), 0.1);
        assert!((on_curve(&curve, 0.4) - 0.3).abs() < 1e-9);
        assert_eq!(on_curve(&curve, 0.95), 0.8);
        assert_eq!(on_curve(&[], 0.42), 0.42);
    }

    /// The routine's predictions state the curve's value of their raw share, as every
    /// other claim does, so the dossier and the policy lab's "predictable weekday" (0.5
    /// or more) read a confidence that matches how often such predictions came true.
    #[test]
    fn pass_predictions_state_their_calibrated_confidence() {
        use crate::analyst::fixtures;
        use crate::analyst::profile::{AnalystOptions, build_profile_with};
        use crate::analyst::{RouteModel, SightingIndex};
        let sim = fixtures::commuter_month(10);
        let index = SightingIndex::from_simulation(&sim);
        let routes = RouteModel::new(&sim.map);
        let plate = sim.vehicles[0].plate;
        let profile = |calibrated| {
            let options = AnalystOptions {
                calibrated,
                ..AnalystOptions::default()
            };
            build_profile_with(&index, &routes, &sim.map, plate, options)
        };
        let (raw, stated) = (profile(false), profile(true));
        assert!(!raw.routine.predictions.is_empty());
        for (raw, stated) in raw
            .routine
            .predictions
            .iter()
            .zip(&stated.routine.predictions)
        {
            assert_eq!(
                stated.probability,
                on_curve(curves::PASS_PREDICTION, raw.probability),
                "{raw:?}"
            );
            assert_ne!(stated.probability, raw.probability, "{raw:?}");
        }
    }

    /// A flag whose curve states less than its camera count's bar
    /// ([`min_stated_flag_probability`]) is not raised, and the visits it listed at its
    /// candidate places go with it; a flag its curve states high keeps its own. At 80
    /// cameras a one-off flag at raw 0.32 was right about a quarter of the time on the
    /// training seeds.
    #[test]
    fn a_flag_stated_under_the_bar_is_dropped_with_its_visits() {
        use crate::analyst::fixtures;
        use crate::analyst::profile::{
            AnalystOptions, InferredVisit, PlaceVisits, build_profile_with,
        };
        use crate::analyst::{RouteModel, SightingIndex};
        use crate::sim::{PlaceId, PlaceKind};
        let sim = fixtures::commuter_month(10);
        let index = SightingIndex::from_simulation(&sim);
        let routes = RouteModel::new(&sim.map);
        let plate = sim.vehicles[0].plate;
        let options = AnalystOptions {
            calibrated: false,
            ..AnalystOptions::default()
        };
        let mut profile = build_profile_with(&index, &routes, &sim.map, plate, options);
        profile.sensitive_visits.clear();
        profile.places.retain(|p| !p.sensitive);
        let flag = |after_minute: u32, place: PlaceId, raw: f64| SensitiveVisit {
            after_minute,
            before_minute: after_minute + 600,
            candidates: vec![(place, raw)],
            probability: raw,
            repeated: 1,
            evidence: [0, 1],
        };
        let (weak, strong) = (flag(1_000, 900, 0.32), flag(20_000, 901, 0.95));
        for (place, f) in [(900, &weak), (901, &strong)] {
            profile.places.push(PlaceVisits {
                place,
                name: format!("place {place}"),
                kind: PlaceKind::ReproductiveHealthClinic,
                sensitive: true,
                visits: vec![InferredVisit {
                    after_minute: f.after_minute,
                    before_minute: f.before_minute,
                    probability: f.probability,
                    evidence: f.evidence,
                }],
                confidence: f.probability,
            });
        }
        profile.sensitive_visits = vec![weak, strong];
        assert!(
            on_curves(curves::SENSITIVE_FLAG_ONE_OFF, 80, 0.32)
                < min_stated_flag_probability(80, false)
        );
        calibrate(&mut profile, 80);
        let flagged: Vec<u32> = profile
            .sensitive_visits
            .iter()
            .map(|f| f.after_minute)
            .collect();
        assert_eq!(flagged, vec![20_000]);
        assert!(profile.sensitive_visits[0].probability >= min_stated_flag_probability(80, false));
        let listed: Vec<PlaceId> = profile.sensitive_places().map(|p| p.place).collect();
        assert_eq!(listed, vec![901]);
    }

    #[test]
    fn every_fitted_curve_rises_and_stays_a_probability() {
        let per_count = [
            curves::HOME_CIRCLE,
            curves::PLACE_VISIT,
            curves::SENSITIVE_PLACE_FIRST,
            curves::SENSITIVE_PLACE_SECOND,
            curves::SENSITIVE_PLACE_THIRD,
            curves::SENSITIVE_FLAG_ONE_OFF,
            curves::SENSITIVE_FLAG_REPEATED,
        ];
        for curves in per_count {
            assert!(curves.windows(2).all(|p| p[0].0 < p[1].0), "{curves:?}");
        }
        let fitted = per_count
            .iter()
            .flat_map(|c| c.iter().map(|(_, curve)| *curve));
        for curve in [
            curves::WORK_CIRCLE,
            curves::ASSOCIATE,
            curves::PASS_PREDICTION,
        ]
        .into_iter()
        .chain(fitted)
        {
            for pair in curve.windows(2) {
                assert!(
                    pair[0].0 <= pair[1].0 && pair[0].1 <= pair[1].1,
                    "{curve:?}"
                );
            }
            assert!(
                curve.iter().all(|k| (0.0..=1.0).contains(&k.1)),
                "{curve:?}"
            );
        }
    }
}
