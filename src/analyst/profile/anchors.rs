//! Home and work: the places the car keeps returning to, located from the reads next to
//! its night stops (home: after the evening's last read, before the morning's first;
//! Krumm 2007) and its weekday daytime stops (work), each read scored by
//! [`super::drive_evidence`] and the scores added over many days into a spot, a circle and
//! a confidence.
//!
//! Repeated reads at one camera in one direction are one habit, not independent evidence.
//!
//! Tried without gain (issue 17; one simulation per seed, each variant profiled on it;
//! homes within 500 m on training seeds 1-40 at 20/40/80 cameras, baseline 12/40/50%,
//! then held-out seeds 101-120, baseline 15/50/60%):
//! - An evening's last read as the drive out to an errand whose return went unread: its
//!   camera scored as `last_read + λ first_read` (the drive from home) instead of
//!   `last_read` alone. λ = 0.3: 12/35/47%; λ = 1: 15/30/47%.
//! - The same for a morning's first read (`first_read + 0.3 last_read`): 12/35/45% (work
//!   within 500 m at 80 cameras rose 75% to 88%, but home fell).
//! - Evening habits weighted half of morning ones: 15/40/42%.
//! - The commute's silence: each workday whose drive to work (or home) no camera read
//!   multiplies a candidate home by `eps + P(the fastest drive between it and work passes
//!   no camera unread)` (`CommuteShares`, eps 0.1-0.5, weight 0.5-2, counted as `n` or
//!   `2n / (n + 1)`). Best on training (weight 1, eps 0.3, `2n / (n + 1)`): 15/38/55%; on
//!   held-out 10/40/60%, worse than the baseline.
//! - The estimate at the single likeliest corner instead of the weighted centre: 10/35/42%.
//! - Daytime returns home: every stop that does not span a night (work's included or not)
//!   scored as a mixture, home with share π, else anywhere: `ln(π r_before r_after + 1 - π)`
//!   per stop, `r` each read's likelihood ratio as home's evidence scores it (or each read
//!   on its own, `ln(π r + 1 - π)` twice). π = 0.1, 0.2, 0.3: 12/35/45%, 12/38/42%,
//!   12/35/40%; π by expectation-maximisation over home's first posterior: 12/38/45%, each
//!   read on its own 12/35/48%. Only stops from 11:00 to 15:00 of an hour or more, π = 0.3:
//!   15/42/48%; on seeds 1-60 (baseline 15/38/53%) 18/42/53%, within two towns of the
//!   baseline either way. The truth shows why (seeds 1-40 at 40 cameras, the stop next to
//!   each side of the gaps between reads): of the weekday gaps starting 15:00-19:00 none
//!   ends or begins at home (a drive home ends the evening, so that gap spans the night),
//!   of weekday mornings 0-46%; only weekend middays are mostly home (60-95%), 35 gaps in 40
//!   towns. The night's own reads are not much better: the stop after an evening's last
//!   read is home 54% of the time, the one before a morning's first read 45%. Weighing
//!   another drive at 0.6 for home's reads (that half, not three in four; work's kept at
//!   0.3): seeds 1-60 15/38/53% to 17/43/53%, held-out 15/50/60% to 15/45/70%, and the
//!   home circle at 20 held-out cameras then held the truth 18 times in 20 against 0.75
//!   stated: not kept.
//! - Picking the right reads is not what limits home: with only the reads whose stop next
//!   to them really was home (the truth, as an oracle), 12/45/60%.
//! - Kept (issue 17): a read scores home by the drives to ANY street corner as well as to
//!   the mapped places ([`ANY_CORNER_SHARE`]): seeds 1-60 15/38/53% to 18/42/58%,
//!   held-out 15/50/60% to 20/45/70% (one town fewer at 40 cameras, so the gain is small
//!   against one town's 5%). Weighting the corners by drive time from home (decay 5 or 10
//!   minutes) instead of alike did no better.
//! - The two reads of a drive already constrain its start (`same_drive` in
//!   [`super::drive_evidence`]: the fastest drive from a candidate must pass the first read
//!   before the second); a third read was not tried.
//! - Home and work as a pair (issue 17): every commute drive (the reads of the drive after
//!   a morning's first read into a work stop, or before an evening's last read out of one,
//!   split at gaps of 20 minutes) scored whole against the fastest drive between each
//!   corner and each of the workplace posterior's top 8 (or 24) candidates, in its
//!   direction: each read on that drive in order `ln p`, each other camera on it
//!   `ln(1 - p)`, each read off it -6; one habit per identical sequence (`2n / (n + 1)`),
//!   each habit floored 3 below its best pair; home then located again with
//!   `ln Σ_w π(w) e^S(h,w)` added, work with `ln Σ_h P(h) e^S(h,w)` (weight 1, a tree per
//!   candidate and direction with a dynamic programme along it). Training seeds 1-40 at
//!   20/40/80 cameras, baseline home 18/42/60% and work 22/48/75%: weight 1 home 18/45/58%,
//!   work 22/50/78% (the same with 24 candidates); 0.5: 15/42/60%, 22/48/78%; 2:
//!   12/38/58%, 22/50/78%; home alone (work left as found) 18/45/60%, work unchanged.
//!   Held-out 101-120, baseline home 20/45/70%, work 25/70/90%: weight 1 home 25/45/65%,
//!   work 25/55/85%; home alone 25/45/65%, work 25/70/90%. Within a town either way for
//!   home; work lost three held-out towns at 40 cameras (0 m to 1.1-1.7 km: summed over a
//!   wrong home, the pair drags work along). The nurse (above) moved to the hospital at
//!   40 cameras in seeds 1 and 7 but not at 20, and seed 4 went farther off. A profile
//!   took 1.5-2 times as long. Which camera first and last reads the drives (the
//!   catchments) already carries most of what the whole sequence says. Not kept.
//! - Diagnosis (issue 17, branch home17c; seeds 1-60, one simulation per seed, homes
//!   within 500 m as towns of 60 at 20/40/80 cameras: the analyst 11/25/35, the ceiling
//!   24/46/57). At 40 cameras 21 towns are resolved by the ceiling and missed by the
//!   analyst; in every one the estimator is not at fault (the posterior's mass within
//!   500 m of the truth is below that around the estimate, e.g. 0.22 against 0.84), the
//!   evidence is. Two causes, about equally often:
//!   (a) A habit of reads whose stop was not home: the parent's school drop-off before the
//!   morning's first read (14-15 reads at one camera in seeds 6, 18, 27, 42, 60), the gym or
//!   the union hall after work before the evening's last read (seeds 10, 11, 20, 29, 41, 50,
//!   53). The corners right behind that camera score +4 to +5 per read, the true corner
//!   -1.6, and the group's `2n / (n + 1)` weight outvotes the rest. Yet an oracle keeping
//!   only the reads whose stop really was home places 13/28/38 towns: read selection is
//!   worth at most three towns per count.
//!   (b) The drives the model does not predict: of the commuter's 2,060 drives from or to
//!   home (seeds 1-30 at 40 cameras) 265 (13%) pass other cameras than the analyst's
//!   fastest path, 103 of them within 2 s of it (the grid's ties, which the simulation
//!   breaks its own way) and 162 slower (the simulation's 20% of drives on an alternative
//!   route); a camera missing a pass (seed 22: the first camera missed, the second read)
//!   does the same. One such read moves the posterior as far as (a). The ceiling suffers
//!   neither: it matches the model's own paths, never misses, and knows every drive's
//!   other end, including the many drives no camera reads (the nurse's commute in seeds
//!   22 and 37 passes none: a silence the analyst cannot tie to a destination).
//!   Tried on that diagnosis, none kept (towns of 60 at 20/40/80, baseline 11/25/35):
//!   the route model with 4 s per road segment for the intersection (drivers prefer
//!   fewer turns): 8/25/34. Catchments over the near-fastest paths (at each corner the
//!   drive splits among the road segments that bring it nearer the destination, weighted
//!   `exp(-excess seconds / τ)`, a Markov form of Dial's 1971 route choice, instead of the
//!   single fastest tree): τ = 2 s 11/24/33, τ = 5 s 13/25/28. Each read's log-likelihood
//!   ratio capped (no read makes a corner more than `e^cap` times likelier than average,
//!   against the off-model reads of (a) and (b)): cap 2 10/26/35, cap 3 11/25/36.
//! - Stopovers (issue 17, branch home17d; commit 97cdf71 holds the code, reverted by the
//!   next): against (a), each night-side habit (camera, side) scored as a mixture, home
//!   with share 0.65, else a stop at a mapped place near that candidate home:
//!   `ln(0.65 e^s(h) + 0.35 / K Σ_p share(p | h) e^s(p))`, `s` the habit's mean
//!   log-likelihood, K the map's place kinds (home and out of town left out), `share` each
//!   place's pull `exp(-meters / 300)` among its kind's from `h` (shares under 0.05 left
//!   out). A school drop-off's reads then raise every home whose own school lies behind
//!   the camera, not only the corners behind it. Towns of 60 at 20/40/80 cameras:
//!   11/25/35 to 14/27/36 (median home error 1,305/743/462 m to 1,147/562/354 m; within
//!   1 km 23/40/47 to 24/42/51); seeds 10, 11, 29 and 50 (the gym and union hall of (a))
//!   came within 500 m, seeds 19 and 49 went 0.5 to 1.8 km and 0.2 to 3 km off (a habit of
//!   the true home explained by a place near a wrong one). Held-out 101-120 (`--markdown
//!   --first-seed 101 --seeds 20`): 20/45/70% to 15/65/65%, work unchanged (25/70/90%).
//!   The home posterior flattens (median radius at 40 cameras 1,280 m to about 1,500 m):
//!   the raw circle was right 0.92 of the time against 0.66 stated, so the curves were
//!   fitted again (`--fit-calibration --first-seed 1 --seeds 60`: home 0.66 to 0.91, was
//!   0.78); held-out the circle then held the truth 19/18/17 times in 20 against 0.91.
//!   Sensitive flags held-out: precision 0.96/0.80/0.75 to 0.92/0.77/0.73, recall
//!   0.18/0.26/0.39 to 0.18/0.34/0.39. A profile at 80 cameras took 8-12 ms against 4-6 ms
//!   (wall time, loaded machine; `Stopovers::new` weighs every corner against every
//!   place). Not kept: `sensitive::tests::sensitive_visits` (six 300-car towns at 40
//!   cameras) then flags 23 stops, 10 right, stating 0.75 (with the old curves 20 flags,
//!   10 right, stating 0.85), where the old home gave at least half right. Traced: all 7
//!   added false flags are in seed 3, whose home came from 1.6 km to 0.56 km off: the
//!   Tuesday gym stop (an hour, read on both sides, 5 weeks) is now flagged as the
//!   immigration legal aid office (0.53) or a church beside it, and a night-to-gym gap as
//!   a church; the gym is nearer the true home, and so are they (the place choice from
//!   home's posterior, [`super::priors`]). A better home exposes a weakness of the flags
//!   (a regular non-sensitive stop near home named as a sensitive place near it), which is
//!   for [`super::sensitive`] to fix before this mixture can be kept (tried on branch
//!   home17e, not kept: see [`super::sensitive`]'s last round). Variants (towns of 60):
//!   share 0.5 with 800 m 8 of 20 seeds at 40 cameras against 10; 0.8 with 800 m
//!   13/23/36; 0.9 with 800 m 24 at 40; 0.8 with 300 m 14/23 at 20/40; only the kinds
//!   usually open in the hour before a morning read or after an evening one
//!   ([`super::priors`]'s opening hours) 0.8 with 800 m 13/24/35, 0.6 25 at 40. Not tried:
//!   the kinds' weights fitted to this car (expectation-maximisation, as
//!   [`super::destinations`] does for drives), and work at 20 cameras.
//! - The stopovers with the stops' detour check made robust to home's spread (issue 17,
//!   branch home17f; stopovers cherry-picked from 97cdf71 as 674c244, variant (3) at K =
//!   64, T = 4 in 8fe5012, both reverted by the next commit; nothing kept). The check
//!   (`stays.rs`: a stop before the drive home, or after the drive from it, must be about
//!   as fast via the read as directly) is measured against home's single corner
//!   `best_node`; with the stopovers' better home in seed 3 (0.56 km off, not 1.6 km) the
//!   gym, nearer the true home, looks three minutes out of the way and the legal aid
//!   office beside it does not. Each variant changes only the check (home's
//!   position is found before it, so homes stay 14/27/36 of 60 and held-out 15/65/65%),
//!   with the calibration curves as on main. Seeds 1-60 (`evaluate --cameras N --seeds 60
//!   --no-timing --no-added-stop`) at 20/40/80 cameras: non-sensitive place visits named
//!   (right / claims, the `place_visit_not_sensitive` line), flags precision / recall
//!   (right / flags); the test's six 300-car towns at 40 cameras (flags, right, mean
//!   stated; the test wants stated at most right + 0.1). Main (no stopovers): places 33 /
//!   45 at 20 cameras, flags 0.98 / 0.20 (80 / 82); the test 13 flags, 10 right, 0.85.
//!   Stopovers alone: places 22 / 33, 162 / 219, 316 / 376; flags 0.90 / 0.20 (82 / 91),
//!   0.79 / 0.32 (131 / 165), 0.90 / 0.43 (174 / 194); test 20, 10, 0.85 (fails); home
//!   circle right 0.97 / 0.92 / 0.87 of the time against 0.78 stated (a band off at 20
//!   cameras, so the home curve would need fitting again whatever the check).
//!   (1) One times the posterior's expected drive between `best_node` and its corners
//!   allowed on the check (`AnchorRoutes::with_spread` of 5e7a8b9 at 1x, not 2x): places
//!   6 / 13, 138 / 178, 298 / 345; flags 0.98 / 0.20 (79 / 81), 0.84 / 0.30 (122 / 146),
//!   0.89 / 0.42 (170 / 191); test 18, 10, 0.78 (fails: seed 3's five gym stops still the
//!   legal aid office, stated 0.59). At 1.5x the test passes (13, 10, 0.86, at its edge),
//!   but at 1x the places at 20 cameras already fall from 45 to 13, so not measured further.
//!   (2) The penalty mixed over home's posterior: for each corner x,
//!   `-ln Σ_k w_k e^(-penalty_k(x))` over the posterior's top K corners (each with its own
//!   drive times, weights renormalised), one corner giving the old check exactly. K = 8:
//!   places 21 / 32, 144 / 191, 301 / 354; flags 0.90 / 0.20 (79 / 88), 0.81 / 0.32 (130 /
//!   161), 0.89 / 0.42 (171 / 193); test 20, 10, 0.83 (fails). K = 32, 128, 512: test 18,
//!   10, 0.78 (fails). Most likely the posterior's top corners lie around the wrong
//!   estimate and those near the true home weigh too little to clear the gym (not traced). The expected penalty
//!   (`Σ_k w_k penalty_k(x)`) instead: K = 8 test 20, 10, 0.85; K = 32 18, 10, 0.82; K =
//!   128 18, 10, 0.80 (fail).
//!   (3) The same mixture over a tempered posterior (`w_k ∝ p_k^(1/T)`): K = 64, T = 2 test
//!   13, 10, 0.86 (passes at its edge); K = 64, T = 4 and K = 512, T = 2 or 4 (and the expected penalty with K =
//!   512, T = 3) 10 flags, 10 right, 0.94 (seed 3's and seed 4's wrong flags all go). On
//!   seeds 1-60: K = 64, T = 4 places 18 / 26, 143 / 188; flags 0.91 / 0.20 (80 / 88), 0.86
//!   / 0.30 (125 / 146); K = 512, T = 2 places 16 / 23, 138 / 182; flags 0.96 / 0.19 (77 /
//!   80), 0.86 / 0.30 (125 / 146) (80 cameras not run). Precision at 40 cameras is back
//!   to main's (0.85, [`super::sensitive`]'s ninth round), but with recall 0.32 to 0.30 and named places at 20 cameras 45 to
//!   23-26, and a profile 3.5 to 14 times as long (median wall time at 20 cameras 94 ms on
//!   main, 336 and 1,315 ms, run side by side on a loaded machine: 2K drive-time trees per
//!   profile). T and K
//!   were picked on the test's own six towns, so even its pass is no evidence.
//!   A check only when home's posterior is concentrated was not run: at 20 cameras, where
//!   home is spread, it is the 2x allowance's collapse (45 to 8 places) again. What is
//!   left: the stopovers' better homes expose stops near home that the flags misname, and
//!   no widening of the check gives the gym back without blunting it for every stop; a
//!   check of the stop against the corners near the truth rather than a widened one (why
//!   the posterior's top corners miss them, in seed 3), and fitting the home curve again
//!   (`--fit-calibration`, needed for the stopovers in any case) with the test run on the
//!   refitted curves, would be the next things to try.
//! - Diagnosis by seed (issue 17, branch analyst17; `evaluate --cameras 40 --seeds 20
//!   --explain-home`, which prints per seed each (camera, side) habit with how many of its
//!   reads really were next to home, its score at the true corner and at the estimate's,
//!   the likeliest corner from the truly home-side reads alone, and the home-side reads no
//!   habit used). Seeds 1-20 at 40 cameras, home within 500 m 10 of 20 (ceiling 17):
//!   7 misses have home's own reads scored wrong (even the truly home-side reads alone put
//!   the likeliest corner 0.5-3.2 km off; three of them 520-620 m, seeds 6, 7, 18), 3 are
//!   reads not next to home outvoting (seeds 3, 8, 10: the truly home-side reads alone
//!   place home 50-270 m off), none lacks home-side reads. Of 406 habit reads 266 really
//!   were next to home. Found / scored wrong / not next to home: 20 cameras 2 / 18 / 0,
//!   80 cameras 13 / 4 / 3, held-out 101-120 at 40 cameras 9 / 7 / 4. The home-side reads that score the true corner lowest (ll -1.2 to
//!   -1.8, the floor) are drives the simulation drives another way than the analyst's
//!   fastest path: seed 20's four Saturday drives to the synagogue read at camera 11 where
//!   the model's path passes none, seed 15's school run read at 37 (model: none), seed 1's
//!   gym drive read at 31 where the model passes 9 first; the same way every week, so more
//!   weeks do not help. Timed by the model, 9 of those 19 low reads are on drives exactly
//!   as fast as the model's fastest (a tie in the grid broken the other way: seed 20's
//!   synagogue, 259 s both), 10 on drives 20-41 s slower (seed 15's school run every time:
//!   130 s against 91). With 4 s added to every road segment (the simulation's
//!   intersection delay) the model's paths for these drives stay as they were, and homes
//!   stay 50%: neither the delay nor the rounding explains them. Tried on it (homes within 500 m, seeds 1-20 at 40 cameras, baseline
//!   50%; none kept): (1) a read's share floored per node by the chance the car reaches the
//!   camera from that node unseen by any way (`reach.log_unseen`, scaled to `β` times the
//!   camera's mean share, as if the drive took another way): β 0.3 40% (median 797 m,
//!   was 681), β 1 40% (550 m). (2) The other-drive floor as this car's own share of reads
//!   at the camera (a camera it passes often says little about home), `λ q(camera)` added:
//!   λ 0.1, 0.3, 1 home 40/40/40%, work 45% to 30/35/40%. (3) Daytime returns home and
//!   leavings (gaps of three hours or more not spanning a night, read on either side)
//!   kept when the same camera, side and time of day within an hour come back in three or
//!   more weeks: 45%; they added 117 reads to the habits, of which 7 really were next to
//!   home. (4) Every camera's read chance capped at `p` in the catchments' chains (an
//!   earlier camera on the model's path counted as bypassed more often, as the off-path
//!   drives above are): `p` 0.8 and 0.6 both 40% (median 937 and 953 m). (5) The reads on
//!   a commute (`AnchorEvent::commute`) really were next to home 60 times in 128 (in
//!   habits all of whose reads are commutes), the others 119 in 139, yet both weigh
//!   another drive at 0.3 ([`super::drive_evidence`]'s `OTHER_DRIVE_WEIGHT`), and the
//!   commute's reads get the workplace's sharper shares too: another drive weighed 1 for
//!   commute reads 45% (median 797 m), 3 50% (610 m), flags' precision 0.86 to 0.80.
//! - The town's own reads as a route model (issue 17, branch routes17; commit eff5201
//!   holds the code, env-gated in `examples/evaluate.rs`, reverted by the next). Every
//!   other car's consecutive reads `a` then `b` of one plate, quick enough for no stop
//!   (at most 1.3 times the fastest drive plus 90 s), are a drive; the cameras on the
//!   analyst's fastest path from `a` to `b` were read on it (a quick triple `a, c, b`) or
//!   not. Seeds 1-20 at 40 cameras, baseline home 10/20 within 500 m, median 681 m:
//!   (1) each camera's read chance as observed (`k` pseudo-reads at the stated chance):
//!   k 5 9/20 (796 m), k 30 10/20 (681 m). (2) Seconds added to the segments of the
//!   cameras the town passes unread, `S (1 - observed / stated)`, so the analyst's routes
//!   avoid them as drivers seem to: S 10 10/20 (682 m), S 30 7/20 (739 m; the home circle
//!   right 11 of 20 against 0.78 stated). (3) A camera's chance per neighbour on the path
//!   (next camera on the way out, previous on the way in) in the catchments' chains, all
//!   catchments followed again: k 1 and 5 both 10/20 (681-682 m). (4) Ties: triples
//!   `a, c, b` with `c` off the fastest path but the way through `c` within 5 s of it;
//!   2 s or 5 s taken off the segments of cameras with 10 or more: 8/20 (802, 805 m). Why
//!   nothing moves: on the town's camera-to-camera drives the cameras on the model's
//!   path are read at their stated chance (seed 1: camera 1 before 12 read 25,614 times
//!   in 27,007, 0.95 stated; three cameras at 0.0-0.5, not traced: the count routes from
//!   a camera's first watched segment only), so other cars' drives between cameras agree
//!   with the fastest paths; and the ties the commuter breaks the other way lie between
//!   home and its first camera, a stretch no camera pair covers (seed 20's synagogue
//!   drive through camera 11: no such tie triple at 11 in the whole town, 728 at camera
//!   8). The stated chances were kept in (2); with the observed ones too, S 30 7/20
//!   (736 m). What other cars
//!   could still say is their own night-side reads (where any car's first read of the
//!   morning comes from): the next entry.
//! - The town's night-side reads against the catchments (issue 17, branch home17g; commit
//!   4ac004f holds the code, `TH_*` environment knobs, reverted by the next). Every plate's
//!   home events ([`anchor_events`]), each car's reads on one side weighing one, counted per
//!   (camera, side) over the town's ~10,000 cars, against what the first pass's catchments
//!   (mapped places mixed with any corner) predict, conditional on a read, with homes alike
//!   over the corners. Seed 1 at 40 cameras: camera 9 takes 0.271 of the town's morning
//!   first reads against 0.158 predicted, camera 35 0.001 against 0.030; on the evening
//!   side cameras 27-29 take 0.032/0.077/0.027 where the catchments give 0.000 (cars living
//!   beyond the town line or drives ending off the corners, not traced). But the cameras
//!   where the commuter's own drives leave the model's path are not flagged: seed 1's camera
//!   31 0.012 against 0.009 (evening 0.020 against 0.006), seed 15's 37 0.003 against
//!   0.002, seed 20's 11 0.014 against 0.011; one car's other way is too few of the town's
//!   drives to show in a camera's total, and 80 totals cannot say which corners' drives
//!   went astray. Seeds 1-20 at 40 cameras, baseline 10/20 within 500 m (median 681 m):
//!   (1) A home prior per corner by expectation-maximisation (30 iterations) so the
//!   predicted totals match the town's, its log (capped at 3) added with weight W: W 1
//!   6/20 (729 m), 0.3 9/20 (665 m); 5 iterations, W 1: 10/20 (674 m). The true corner's
//!   prior ranks 151st of 733 at the median, but 500th or worse in 6 seeds (the EM's
//!   spikes). Smoothed by a Gaussian after each iteration (EMS), sigma 300 / 600 m: the true
//!   corner ranks 155th / 154th at the median, never below 489th; W 0.5 10/20 (676 m) /
//!   9/20 (794 m), W 1 9/20 (672 / 790 m), W 2 8/20 (907 / 924 m).
//!   (2) Each camera's share scaled by iterative proportional fitting (homes alike) to the
//!   town's totals, raised to α, each corner's total read chance kept: α 1 6/20 (794 m),
//!   0.5 10/20 (675 m), 0.3 10/20 (646 m).
//!   (3) Catchment widening: each camera the town reads more than predicted gets the
//!   deficit as a halo `exp(log_unseen - seconds / τ)` of the corners near it: τ 60 s 8/20
//!   (1,053 m), 120 s 8/20 (927 m), 240 s 7/20; τ 60 s with half the deficit 7/20; the home
//!   circle then held the truth 12 times in 20 against 0.78.
//!   (4) (2) at α 0.3 with (1) smoothed at 600 m: towns of 60 (seeds 1-60) at 20/40/80
//!   cameras, baseline 11/25/35, W 0.5 13/27/36, W 0.3 14/27/37 (α 0.5, W 0.5 27 at 40).
//!   Held-out 101-120 (`--markdown`), W 0.3: home 20/45/70% to 15/50/70% (one town lost
//!   at 20 cameras, one gained at 40; median 1,211/565/446 m to 1,213/527/438 m), work
//!   unchanged 25/70/90%, the home circle right 16/16/18 times in 20 against 0.78 (was
//!   16/16/17). Not kept: within a town either way, and lost at 20. The prototype counted
//!   the town per profile (148-202 ms a profile); a kept version would count once per
//!   town. What the town's reads could still give is each other car's own home posterior
//!   (profiling every car, then fitting where the drives between those homes and the
//!   cameras go): not tried, costly.
//!
//! Work (seeds 1-40, within 500 m 22/48/75%, held-out 25/70/90%): every hospital nurse's
//! workplace is found at the town hall or courthouse 1.6-1.8 km from the hospital (seeds
//! 1, 4, 7, ... at 20 and 40 cameras): the nurse's only work reads are on the drive home,
//! at a camera that first reads no drive to a mapped place (home is not one), so its mean
//! share is 0 and the read scores every workplace alike. Scoring such a read by drive time
//! alone (and a commute's floor on the mean of the mixed shares): home 17/38/57% on seeds
//! 1-60, work unchanged; held-out home unchanged, work 25/65/90%. Locating work again with
//! the drive toward the home found as its commute (then home again): work 22/52/75% on
//! seeds 1-40 but 25/60/80% against 35/65/75% on seeds 41-60. At 20 cameras the factory
//! worker's commute passes no camera at all (seed 2): what is left is an after-work
//! errand's read, so the weekly repetition of the commute was not tried.
//!
//! Work at 20 cameras (issue 17, branch guard15; held-out 25% against a ceiling of 55%).
//! Diagnosis on seeds 201-260 (`evaluate --cameras 20 --first-seed 201 --seeds 60
//! --no-timing --no-added-stop --explain-work`, which prints per seed each work habit, how
//! many of its reads really were next to work, the door those reads alone pick, and how many
//! of the real drives from and to work any camera read): work within 500 m 18 of 60, the
//! ceiling 29. Of the 42 misses, 16 have no read really next to work, 22 have such reads
//! that alone still pick a door 1-6.7 km off (scored wrong), 4 have them outvoted by reads
//! not next to work. By persona (20 towns each): the factory worker's commute was read in
//! none of its 33-41 drives in 19 towns; what is left is the Thursday grocery drive straight
//! from the factory at about 14:50 (2-4 reads, one camera), which many workplaces' drives
//! meet first alike: 2 found, 12 scored wrong, 4 with no work read, and the ceiling itself
//! resolves only 6 of the 20. The nurse's commute was read in none of its 26-28 drives in
//! 14 towns and she drives nowhere else from the hospital: 11 misses have no work read (the
//! ceiling resolves none of them), 5 found (3 of them, seeds 205, 256 and 259, by chance,
//! with no work read). The office worker's is mostly read (up to 28 reads) and found in
//! 11, but in 6 towns the ceiling resolves the reads really next to work pick a door
//! 2.0-3.6 km off (seeds 201, 207, 210, 219, 225,
//! 246): of the 14 towns the ceiling resolves and the analyst misses, 7 are the office
//! worker's, 4 the factory worker's, 3 the nurse's. The lead tried, not kept: the silent
//! weekdays as the commute's repetition (commit fc49185 holds the code, `PT_SILENCE_*`
//! knobs, reverted by the next). After home is found, work located again with each
//! workplace door `w` weighed by `ln(ε + Σ_h P(h) ((1 - r_in(h, w)) (1 - r_out(h, w)))^D)`:
//! `P` home's posterior, `r_in`/`r_out` the chance any camera reads the fastest drive from
//! `h` to `w` / back (`read_shares_toward` summed over cameras), `D` the weekdays between
//! the first and last read with no read from 05:00 to 21:00, capped. Seeds 201-260, work
//! within 500 m at 20 cameras (baseline 30%): cap 10, ε 0.05: 38%; cap 5: 38%; cap 20, ε
//! 0.01: 33%; only when no event is flagged a commute (the flag comes from the times of
//! day, so a factory worker's grocery read is one): one town changed, 30%. Cap 10, ε 0.05
//! at 40 and 80 cameras: 57% to 60%, 72% to 75%; home unchanged (it is found first).
//! Held-out once (`evaluate --markdown --first-seed 101 --seeds 20`): work 25/70/90% to
//! 40/60/95% (two towns lost at 40 cameras), home 20/45/70% unchanged, the work circle
//! 80/80/100% against 77/83/88% stated to 75/85/100% against 77/84/88%, sensitive flags'
//! precision at 20 cameras 0.96 to 0.85 (23/24 to 23/27: a moved workplace changes which
//! stops are attributed), and at 40 cameras two place-visit calibration bands off (0 and 0
//! before). Not kept: work fell at 40 cameras. The silence says little where it should
//! help most: with home's posterior wide at 20 cameras most drives between it and any door
//! pass no camera, and where the commute is read (40 cameras) a wrong home's silence pulls
//! work off. What is left: the office worker's commute reads scored wrong where the ceiling
//! resolves them (the largest group, 6 towns), which the catchments of drives to mapped
//! places (home is none) do not tie to the door; the pair model above tried that with both
//! anchors free and lost work at 40 cameras.
//!
//! Those six towns traced (issue 17, branch work17; a trace in `explain_work.rs`, not
//! kept): in all six the office park's door is the same corner, and its drives to the
//! mapped places fan out: at 20 cameras only 0.26-0.45 of them are read at all on the way
//! out (0.09-0.49 on the way in), and the camera of the office worker's main habit reads
//! first 0.16-0.29 of them. In five the door picked lies 30-193 s behind that camera, so
//! 0.48-0.89 of its drives are read first there (in seed 219 the truth wins that habit,
//! and loses on a 2-read habit whose drive from the true door would pass two cameras
//! unread, -1.76 against -0.69). Seed 201: camera 7, side
//! before work, 11 reads, all on the drive home at 17:13-17:35; at the true door camera 7
//! reads first 0.25 of the drives (camera 4 0.13, 13 and 19 0.03 each, none 0.55), 201 s
//! away; at the door picked (2.0 km off) 0.89, 30 s away. Against the mean share 0.0625
//! and its floor 0.019 that is 1.04 per read against 2.39. The model's fastest drive home
//! from the true door passes 7 at 217 s and 6 at 284 s, and the simulation's reads it at
//! 3-4 and 5 minutes: no tie, no wrong direction, no second stretch, and the floor is too
//! small to matter. Both doors' fastest drives to the home found (79 m off) pass 7 then 6,
//! so the commute's other end would not tell them apart either; the ceiling does it with
//! the unread drives whose other end it knows (the school run into work). The fault is
//! what the score leaves out: a door scores by which camera read its drive first, relative
//! to the other doors, and never by the days its drives were not read, so a door right
//! behind a camera wins every habit at that camera though its drives would hardly ever go
//! unread. Tried on it (commit 8fdf5d5 holds the code, reverted by the next): the work
//! stops read on one side only (a read out after 11:00 with none since before 05:00 that
//! day: came in unread; a read in before 11:00 with none until 21:00: went out unread),
//! each side one habit (`2n / (n + 1)`), each unread stop adding `ln(1 - r + 0.05)` to a
//! door, `r` the summed catchments (the chance any camera reads a drive between the door
//! and a mapped place that way). Seeds 201-260 at 20/40/80 cameras, work within 500 m
//! 30/57/72% to 33/58/72% (seed 210 found at 20, and all six at 40); seeds 1-60 at 20
//! cameras 27% to 32%; home unchanged. Weighted 0.5 / 2: 33% / 30% at 20 (201-260); floor
//! 0.02 / 0.15: 33% / 33% (201-260), 32% / 28% (1-60). On training the work circle at 20
//! cameras held the truth 0.64 to 0.69 (201-260) and 0.83 to 0.80 (1-60) of the time
//! against 0.78 / 0.77 stated. Held-out once (`evaluate --markdown --first-seed 101
//! --seeds 20`): work 25/70/90% to 30/75/90%, home 20/45/70% unchanged, sensitive flags
//! unchanged (0.96 / 0.18, 0.80 / 0.26, 0.75 / 0.39), the home circle 80/80/85% to
//! 75/80/85% against 78%, but the work circle 80/80/100% to 65/75/100% against 77/83/88%
//! stated (at 20 cameras the 0.7-0.8 band 10 of 17 against 0.76, its gap 0.06 to 0.17).
//! Per seed at 20 cameras: seed 111 found (2.1 km to 0); seeds 105, 106 and 118 keep the
//! same wrong door 2.0-3.3 km off, and their circles shrink past the truth (3.9, 4.8 and
//! 4.5 km to 2.3, 3.1 and 2.1 km): ruling out the doors behind cameras narrows a wrong
//! estimate's circle as well as a right one's. Not kept: a circle's calibration fell
//! beyond 0.1. Refitting the curves (`--fit-calibration --first-seed 1 --seeds 60`, run
//! with the change) moves work's curve little at its low end (raw 0.53 to 0.75 stated,
//! 0.49 to 0.76 before) and rewrites every other curve, so it was not judged. Also tried
//! on training only: work located again with this car's own destinations
//! ([`super::destinations`] over work's first posterior, as home's second pass): 30% to 33%
//! at 20 cameras (201-260), 32% with the unread sides; each habit's reads conditioned on a
//! read (`κ 2n / (n + 1) ln(r + 0.05)` taken off, with the unread sides): κ 0.5 33% / 33%
//! (201-260 / 1-60), κ 1 33% / 30%.
//!
//! The circle before the unread sides (branch work17b: commit 59ad181 on the unread sides
//! cherry-picked as a871f30, both reverted by 2db2e65): the estimate from the posterior with the
//! unread sides, the circle's radius around it and its confidence from the posterior without them.
//! Judged on training only (`evaluate --cameras 20|40|80 --first-seed 201|1 --seeds 60 --no-timing
//! --no-added-stop`, main's binary run on the same seeds). The work circle held the truth, main to
//! this, against the confidence stated: at 20 cameras 0.64 to 0.68 (201-260, 0.78 stated) and 0.83
//! to 0.83 (1-60, 0.77); at 40 0.78 to 0.82 (0.84) and 0.80 to 0.83 (0.83); at 80 0.81 to 0.81
//! (0.89) and 0.88 to 0.90 (0.88). No band of ten claims or more got worse than main's, but on
//! seeds 201-260 the worst band stays beyond 0.1 at every count, as main's does: 0.15 to 0.13 at 20
//! (0.7-0.8, 25 of 39 against 0.77), 0.13 to 0.13 at 40 (0.7-0.8, 11 of 17 against 0.78, the same
//! claims right), 0.11 to 0.11 at 80 (0.9-1.0, 27 of 33 against 0.92); on 1-60 0.08 / 0.11 / 0.07
//! to 0.08 / 0.01 / 0.07. The circle alone cannot pass that gate: the misses are main's own (seed
//! 233 at 20 cameras: the door 4.2 km off in a 100 m circle stated 0.80, the reads' posterior
//! nearly all on that door). Work within 500 m (the estimate, the unread sides'): 201-260 30/57/72%
//! to 33/58/72%, 1-60 27/53/75% to 32/48/73%: on seeds 1-60 the unread sides lose seeds 8, 41 and
//! 47 at 40 cameras and 22 at 80, none gained (not measured in the round before). Home
//! 18-22/37-42/57-58% and the sensitive flags unchanged (at 20 cameras precision 0.98 to 0.98 and
//! 0.87 to 0.86, recall equal), the home circle's worst band 0.09 at most (0.05 to 0.09 at 20
//! cameras on 201-260, the commute from another door). Not kept, and not judged on held-out: the
//! gate was every work circle band within 0.1 on training, so seeds 141-160 stay fresh. Next: the
//! work circle's 0.7-0.8 band on seeds 201-260 (main's wrong doors in narrow circles) before the
//! unread sides, and the unread sides' losses at 40 cameras on seeds 1-60.
//!
//! The signals combined by a learned score (issue 17, branch work17f: `work_choice.rs`,
//! `examples/common/fit_work.rs`; kept, see the end of this round).
//! After home is found (so home stays as on main), the workplace posterior's likeliest 12 doors
//! (each node once) got six features: main's log-posterior against its top door; the same reads
//! scored with drives to any corner mixed in at 0.3 (against the best of the 12); the unread
//! sides' `ln(1 - r + 0.05)` (8fdf5d5); the commute's silence `ln(0.05 + Σ_h P(h) ((1 - r_in)
//! (1 - r_out))^D)`, `D` capped at 10 (fc49185; two drive-time trees per door); the share of
//! the work reads' days with a read consistent with the door (log-likelihood at least -1.6);
//! and `ln(1 + minutes)` of the mean drive between the home found and the door. Work was the
//! door with the highest weighted sum, its circle and confidence from the scores' softmax over
//! the 12. The weights by conditional logit (a seed's choice: its candidate nearest the true
//! workplace within 500 m; Newton's method, ridge 0.001) on seeds 201-400 at 20/40/80 cameras
//! (`evaluate --fit-work --first-seed 201 --seeds 200 > src/analyst/profile/work_weights.rs`;
//! 563 of 590 towns had a door within 500 m among the 12): posterior 0.04, corners mixed in
//! 0.38, unread sides 0.39, silence 0.89, consistent days 1.41, home drive 3.85 (the true
//! workplace lies 0-10 minutes from the home found, mostly 2-7; the other doors mostly 1-5).
//! Out of fold (seeds split by parity, each half scored by the other half's weights), towns
//! whose top door lies within 500 m of the truth, of 192/200/198: the posterior's top
//! 54/104/140, the learned score's 93/129/148. Four more features, each also tried in the fit
//! (the share of consistent reads; the log of the camera count times the posterior, the unread
//! sides, the silence or the home drive; the home drive squared), stayed within three towns:
//! 90-96/127-131/146-149. The curves were then refitted (`--fit-calibration --first-seed 1
//! --seeds 60`: the raw work circle held the truth 0.97 of the time against 0.59, and every
//! place and flag curve moved too, a moved workplace moving stops' attributions).
//! Training 201-400 (`evaluate --cameras N --first-seed 201 --seeds 200 --no-timing
//! --no-added-stop`, in-sample for the weights), main to this: work within 500 m 26/52/69% to
//! 49/67/73% (ceiling 47/66/84%), home unchanged (20/39/58%), the work circle right
//! 0.63/0.77/0.83 against 0.78/0.84/0.89 stated to 0.92/0.96/0.93 against 0.92/0.94/0.96 (no
//! band off either way), flags' precision 0.82/0.76/0.77 to 0.81/0.75/0.74 and recall
//! 0.18/0.34/0.40 to 0.18/0.37/0.41, flag bands off 1/0/0 to 0/1/0. Held-out once on fresh
//! seeds 401-500 (the same command, main's binary against this): work 28/50/80% to 41/58/78%
//! (ceiling 44/58/81%; towns gained / lost 22 / 9 at 20 cameras, 15 / 7 at 40, 7 / 9 at 80),
//! home unchanged (18/36/59%), the work circle right 0.68/0.68/0.89 against 0.78/0.84/0.89 to
//! 0.86/0.95/0.99 against 0.92/0.94/0.96 (gap 0.10/0.15/0.00 to 0.06/0.00/0.03, no band off
//! either way; median radius 2,043/873/100 m to 3,458/1,990/100 m), flags' precision
//! 0.92/0.72/0.73 to 0.90/0.73/0.70 and recall 0.18/0.32/0.40 to 0.19/0.35/0.40, flag bands off
//! 0/0/0 to 0/1/1 (at 40 cameras 0.4-0.5 right 27 of 39 against 0.45 stated; at 80, 5 of 33
//! against 0.44). The helper's gate (work to fall at no count, the flags unchanged) was missed,
//! and the round reverted; on review it was restored and kept: it is the first change to bring
//! work within 10 points of the ceiling at every count on seeds never used (13 and 8 points
//! gained at 20 and 40 cameras, where the target was missed; 2 lost at 80, 7 towns gained and 9
//! lost, as far under the ceiling as before: 3 points), the work circle went from over-stated
//! (0.15 at 40 cameras) to within 0.06 everywhere, and the flags moved by 0.03 at most either
//! way, main's own 80-camera flags having a band off on these seeds too (repeated flags, 0.10
//! beyond). The work circle is wider (it says honestly how little the reads settle), and a
//! workplace next to the home found is now less likely than the reads alone would make it:
//! the home drive's weight says that doors near home gather home's own reads. A profile at 80 cameras (`bench_analyst
//! --profile-only`, beside one `evaluate` run) took 6.2-8.7 ms. The weights say why, likely
//! (not traced): main's posterior counts for almost nothing beside its corner-mixed twin and
//! the drive from home, so at 80 cameras, where the posterior is sharp and mostly right, the
//! prior on that drive can override it (seeds 464, 470 and 491: 0 m to 2.5-4.2 km). Next: the
//! learned score only where the posterior is spread (a feature for its top door's share, or
//! the score at 20 and 40 cameras only: the count's interactions above did not do it), and
//! the circle from a sharper softmax (its median radius more than doubled at 40 cameras).
//!
//! Home by a learned score (issue 17, branch home17g: `home_choice.rs`,
//! `examples/common/fit_home.rs` on `fit_work.rs`'s solver; kept). After home's two passes and
//! work's learned door, the home posterior's likeliest 24 corners get nine features (a tenth since,
//! below): the log-posterior against its top corner; the first pass's (before this car's own
//! destinations; -12 where it left the corner out); the night reads' habit totals with drives to
//! the mapped places only and to any corner only (each against the best of the 24); the share of
//! the night reads' days with a read consistent with the corner; the log of the posterior's mass
//! within 500 m of it; `ln(1 + minutes)` of the drive to and from the workplace found; the
//! commute's silence toward it (`ln(0.05 + ((1 - r_in) (1 - r_out))^D)`, `D` silent weekdays capped
//! at 10); the daytime returns (`ln(0.3 r_before r_after + 0.7)` over the stops starting
//! 11:00-15:00 of an hour or more). Home is then the densest spot (500 m, weighted centre,
//! [`Pick::DensestCentre`]) of the scores' softmax over the 24, its circle and confidence from that
//! softmax. Weights by conditional logit on seeds 201-400 at 20/40/80 cameras (`cargo run --release
//! --example evaluate -- --fit-home --first-seed 201 --seeds 200 >
//! src/analyst/profile/home_weights.rs`; 450 of 600 towns had a corner within 500 m among the 24,
//! 112/152/186 per count): posterior -0.51, first pass 0.66, places only 0.03, corners only 0.06,
//! consistent nights 1.92, mass within 500 m 0.20, work drive -1.51, silence 0.26, daytime returns
//! 0.51 (a home far from work is likelier than the reads say). Out of fold (seeds split by parity,
//! each half scored by the other half's weights), towns of 200 with home within 500 m: the
//! posterior's top corner 38/66/110, the learned score's top corner 36/77/109, main's estimate (the
//! densest spot of the whole posterior) 40/77/117, the densest spot of the posterior's softmax over
//! the 24 alone 45/78/115, of the learned score's 50/86/134 (replayed in Python from the saved
//! features and positions, its fit matching `--fit-home`'s top-corner counts). The top corner alone
//! was no gain: with 12/16/32/48 candidates (the 48's data cut) 38-43/75-78/103-113; weights fitted
//! per camera count 41/81/109 (24) and 37-43/75-78/103-112 (other counts); subsets of the features
//! (posterior and consistent nights 38/65/108; with the work drive 34/79/95: it helps at 40 cameras
//! and hurts at 80). The curves were refitted (`--fit-calibration --first-seed 1 --seeds 60`: the
//! raw home circle held the truth 0.76 of the time against 0.67, worst band 0.21, none off).
//! Training 201-400 (`evaluate --cameras N --first-seed 201 --seeds 200 --no-timing
//! --no-added-stop`, in-sample for the weights), main (the round above) to this: home within 500 m
//! 20/39/58% to 24/45/68% (ceiling 42/79/95%; median error 1,258/580/348 m), work unchanged
//! 49/67/73%, the home circle right 0.70/0.78/0.88 against 0.68/0.77/0.82 stated (gap
//! 0.02/0.01/0.06, no band off), flags' precision 0.81/0.75/0.74 to 0.83/0.75/0.74 and recall
//! 0.18/0.37/0.41 to 0.19/0.39/0.42, flag bands off 0/0/1 (repeated flags at 80, 0.04 beyond),
//! place-visit bands off 2/0/0 (at 20 cameras main's 1, 0.08 beyond, to 2, 0.19 beyond; the
//! non-sensitive places' 1, 0.06, to 2, 0.31: a moved home moves the stops' attributions, next to
//! trace), associates 0/1/0. A profile at 80 cameras (`evaluate --cameras 80 --first-seed 201
//! --seeds 10 --no-added-stop`, `profile_ms_median`, main's binary and this alternated three times
//! on the loaded machine): main 7.9/8.3/14.3 ms, this 12.7/11.4/13.1 ms (medians 8.3 and 12.7: the
//! features' extra passes over the night reads, two drive-time trees toward work and the midday
//! stops' reads), under the 16 ms with little to spare. Held-out 501-600, judged once (main
//! at 218d0c4 against this, `evaluate --cameras N --first-seed 501 --seeds 100 --no-timing
//! --no-added-stop`): home within 500 m 25/38/60% to 27/50/70% (ceiling 39/85/94%; median error
//! 1,197/637/444 m to 1,126/511/339 m), work unchanged 41/69/79%, flags' precision 0.79/0.75/0.73
//! to 0.83/0.72/0.71 and recall 0.19/0.38/0.41 to 0.20/0.42/0.41 (the 0.7 and 0.4 at 40
//! cameras met on these seeds), place-visit bands off at 20 cameras 3 (0.09 beyond) to 5 (0.07; the
//! non-sensitive places' 0 to 1, 0.19), at 40 0 to 1 (0.00), profile median at 80 cameras 8.6 to
//! 11.5 ms. Kept. Still 18/34/27 points under the ceiling on training: the 24 corners hold a corner
//! within 500 m in only 56/76/93% of towns, so a wider candidate set (with the densest spot, not
//! tried beyond 24) and the pair of home and work are what is left.
//!
//! A wider candidate set (issue 17, branch home18; not kept). The candidates' features were
//! collected once with the posterior's likeliest 96 corners (`--fit-home --first-seed 201
//! --seeds 200 --home-data` with the count and a dump of the corners' positions set from the
//! environment, not kept), then the fit replayed in Python on prefixes and subsets of them
//! (24 corners gives the round above's 50/86/134 again). Towns of 200 with home within 500 m,
//! out of fold (seeds split by parity), the densest spot of the learned softmax at 20/40/80
//! cameras: 24 corners 50/86/134 (a corner within 500 m among them in 112/152/186 towns), 28
//! 48/91/136, 32 49/90/138 (120/164/192; towns gained / lost against 24: 6 / 7, 11 / 7, 11 /
//! 7), 40 44/91/134, 48 44/90/131, 64 46/91/129 (147/175/197), 96 49/90/127 (162/185/199).
//! Corners near the top ones instead (of the 96): the top 8 and those within 500 m of them
//! (25 on average) 47/97/128 (gained / lost 7 / 10, 16 / 5, 8 / 14), within 300 m 47/92/125;
//! the top 16 and those within 300 m (at most 48) 48/95/133; the top 24 and those within 250
//! m (at most 40) 51/90/135. Fitted by the likelihood of the whole set of corners within 500
//! m (not only the nearest one; Newton's step on the softmax's covariance, with a line
//! search): 24 corners 46/87/138, 64 45/90/132. The softmax tempered (scores times 0.5, 0.75
//! or 1.5) before the densest spot: 259-273 of 600 (270 untempered at 24). Four features of
//! where a corner lies among the candidates, beside the nine (its distance from the
//! posterior's top corner, from the candidates' weighted centre, the log of their posterior
//! mass within 250 m and within 1 km of it), one at a time and all four: 24 corners
//! 51/88/135, 50/87/134, 49/87/133, 47/87/135, 50/89/135; 48 corners 48/90/133, 42/89/131,
//! 44/92/131, 41/89/131, 54/88/133. None is a clear gain: at most 7 towns of 600, each
//! churning 4-16 towns either way at a count. The wider sets hold the truth far more often
//! (up to 81/93/100%), but the features do not lift the corners near it over the posterior's
//! top ones; what a wider set needs is evidence from the reads that tells apart corners a
//! block or two from the posterior's peak (the candidates' geometry does not), not more
//! corners.
//!
//! Home and work as a pair (issue 17, branch home18; not kept). (1) Features of a home corner
//! given work's doors, beside the nine (the 24 candidates collected again on seeds 201-400,
//! replayed as in the round above, out of fold, towns of 200 with home within 500 m at
//! 20/40/80 cameras; the nine alone 50/86/134): the drive to and from work averaged over
//! work's softmax (its doors with a share of 0.05 or more, at most four, one drive-time tree
//! each) 49/86/134, in place of the work found's drive 47/86/132; the work found's drive
//! times its share of work's softmax (trusted when work is sharp) 46/89/132, in its place
//! 49/87/132; both added 44/85/131. (2) The pair picked in turn: after home's learned pick,
//! work picked again with that home (its `home_drive` from it), and home again with that
//! work when the door changed (`PT_PAIR` in `profile.rs`, not kept; two drive-time trees and
//! a home pick more a profile). Seeds 1-100, never used by the fits (`evaluate --cameras N
//! --first-seed 1 --seeds 100 --no-timing --no-added-stop`, one binary with and without):
//! home within 500 m 18/39/64 to 15/42/64 (gained / lost 0 / 3, 3 / 0, 0 / 0), work 54/64/78
//! to 49/59/79 (4 / 9, 3 / 8, 5 / 4). Work's weights were fitted with the second pass's home
//! beside the doors, and a home already drawn toward the work found pulls work toward itself
//! in turn: work loses more than home gains. Pairing home with work as it stands says no more
//! than the work drive already does; a joint pick would need both weights fitted on pairs.
//!
//! The ceiling without destinations (issue 17, session 43: `evaluate --blind-ceiling`,
//! `examples/common/blind_ceiling.rs`), seeds 101-200 at 20/40/80 cameras, home within
//! 500 m: `evaluate`'s ceiling, which knows every place the car drove to, 44/81/93%; the same
//! perfect cameras not told where the drives went 22/65/82%; their first and last cameras
//! alone (what the catchments score) 6/28/51%, against the analyst's 19/43/63%. The issue's
//! target (the first ceiling less 10 points: 34/71/83%) is above what the cameras can say
//! without the destinations at 20 and 40 cameras (22 and 65%) and at its edge at 80 (82%).
//!
//! The night's whole drives (same session; commit e32f100, reverted by the next two for
//! speed): the drives' whole camera sequences carry what the ends do not, so a tenth feature
//! of home's learned score scored each drive that ends or begins a night (every read from
//! the last stop, or to the next) against the fastest drives between the corner and each
//! mapped place, `ln mean_d P(reads | drive to d)`, each camera on the drive read or missed
//! by its own chance and each read off it -6, one habit per identical drive. Fitted on
//! 201-400: log-likelihood -1191.3 to -1155.9 (450 choices), top corner within 500 m out of
//! fold 36/77/109 to 39/82/116 of 200; a habit floored at -10, the mean over habits, an
//! off-drive read at -3, only the analyst's mapped destinations (-1166.1) or those weighted
//! by the car's own ([`super::destinations`], -1170.8) scored alike. Table (101-200) home
//! 19/43/63% to 18/46/67%; fresh 601-700, judged once, 18/50/63% to 22/48/65%, work
//! unchanged, flags at 40 cameras 0.75/0.40 to 0.74/0.40. But two drive-time trees per
//! candidate corner (48 a profile) took a profile's instructions at 80 cameras from 1.56e9
//! to 2.05e9 (`valgrind --tool=callgrind --toggle-collect='*build_profile*'
//! target/release/examples/bench_analyst --profile-only`) and its time from about 8 to
//! 11.4 ms natively and 15.6-19.7 ms in the worker (e2e `analyst_speed`, quiet machine),
//! over the 16 ms. Stopping each tree once every door is settled saved 2% (the
//! doors lie all over town). Next: the trees rooted at the destinations, which the route
//! model already searches once per town (`chances_by_node`), kept for the default town's
//! few doors so a profile only walks them (a refit then, as their ties break differently).
//! Done in session 44, and the feature kept: see [`super::home_choice`]'s doc (table home
//! 19/43/63% to 18/45/69%, fresh seeds 701-800 22/46/63% to 20/47/68%, instructions 1.043e9
//! to 1.085e9).
//!
//! What the traces show (seed 2 at 40 cameras): a factory worker whose 4-minute commute
//! passes no camera gives only ten reads next to night stops in 30 days, most of them on
//! drives that did not start or end at home (the evening's read on the way out to the
//! gym, a Sunday's first read on the way back from the synagogue); the true corner ranks about
//! 280th of 733. The errors of the homes found cluster at 400-650 m (seeds 1-40: eleven
//! at 400-500 m, six at 550-650 m): the evidence narrows home to two or three of the town's
//! 250 m blocks, so 500 m is at the edge of what these reads resolve.
//! This module must not attribute other stops (that is [`super::places`]), and must not
//! read [`crate::sim::Sighting::vehicle`] or any truth.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::drive_evidence::{AnchorEvent, Basis, CommuteShares, EventScore, Side};
use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{AnchorRoutes, Catchments, RouteModel};
use crate::analyst::stays::{DAY_START_MINUTE, MIN_STOP_MINUTES, Stay};
use crate::sim::geometry::LocalPoint;
use crate::sim::{CameraId, LonLat, MINUTES_PER_DAY, PlaceId, PlaceKind, TownMap, Weekday};

/// A stop's evidence is never allowed to count for less than this (log of 2%), so one odd
/// night (a stay at a friend's) does not veto the true home.
pub(super) const LOG_FLOOR: f32 = -3.9;

/// A stop is consistent with an anchor when its log-likelihood there is at least this.
pub(super) const CONSISTENT: f32 = -1.6;

/// Share of home's drives scored as going to or coming from any street corner alike
/// ([`RouteModel::corner_catchments`]); the rest go to the mapped places
/// ([`RouteModel::place_catchments`], then weighted by the car's own habits in
/// [`super::destinations`]). A drive also ends at a friend's home or a corner no map
/// lists, and a camera that first reads no drive to a mapped place then still says which
/// side of it home lies. Homes within 500 m, seeds 1-60 at 20/40/80 cameras (one
/// simulation per seed, the commuter's reads): 0 (the mapped places alone) 15/38/53%, 0.3
/// 18/43/57%, 0.5 18/43/58%, 0.7 18/42/58%, 1 15/40/52%; any corner weighted by
/// `exp(-minutes / 5)` or `/ 10` of drive time from home instead of alike, at 0.5:
/// 17/42/57% and 20/43/55%. Held-out (`examples/evaluate.rs --first-seed 101 --seeds 20
/// --no-timing` at each count): 15/50/60% without, 20/45/70% with 0.5 (every fourth corner,
/// see `CORNER_STRIDE` in [`crate::analyst::routes`]), the home circle holding the truth
/// 16, 16 and 17 times in 20 against 0.75 stated. Work's reads mixed the same way (its
/// candidates are the mapped workplaces), 0.3 and 0.6: work within 500 m on seeds 1-60
/// fell from 27/53/75% to 25/45/72% and 25/42/72%, so work keeps the mapped places alone.
pub(super) const ANY_CORNER_SHARE: f32 = 0.5;

/// The smallest uncertainty radius the analyst states, in meters (a block).
pub const MIN_RADIUS_METERS: f64 = 100.0;

/// Share of the evidence's weight the stated radius covers.
const RADIUS_COVERAGE: f64 = 0.9;

/// Added to the radius: a house stands up to about half a block from its street corner.
const BLOCK_SLACK_METERS: f64 = 60.0;

/// The estimate is the spot with the most evidence within this many meters of it.
/// Measured with `examples/evaluate.rs --cameras 40 --first-seed 1 --seeds 20` (homes
/// within 500 m): 40% at 500 m and at 400 m, 25% at 300 m, 700 m and 1,000 m.
const ESTIMATE_RADIUS_METERS: f64 = 500.0;

/// Confidence discount: `habits / (habits + HABIT_DISCOUNT)` for the number of distinct
/// (camera, direction) habits the anchor rests on.
const HABIT_DISCOUNT: f64 = 2.0;

/// The evening starts here (minute of the day): a last read after it, before a night's
/// stop, is taken as the drive home.
pub(super) const EVENING_START_MINUTE: u32 = 15 * 60;

/// Work stops: at least this long, in minutes.
const WORK_STAY_MINUTES: u32 = 180;

/// Night stops: at least this long, in minutes.
pub(super) const NIGHT_STAY_MINUTES: u32 = 240;

/// How many features each workplace door gets.
pub const WORK_FEATURES: usize = 6;

/// How many features each home corner gets.
pub const HOME_FEATURES: usize = 10;

/// One candidate spot (a workplace door, a home corner) and its `N` features, which a
/// learned score weighs ([`super::work_choice`], [`super::home_choice`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate<const N: usize> {
    pub node: u32,
    pub features: [f64; N],
}

impl<const N: usize> Candidate<N> {
    /// The learned score: the features weighted by `weights`.
    pub fn score(&self, weights: &[f64; N]) -> f64 {
        self.features.iter().zip(weights).map(|(f, w)| f * w).sum()
    }
}

/// One candidate workplace door (its features named by
/// [`super::work_choice::WORK_FEATURE_NAMES`]).
pub type WorkCandidate = Candidate<WORK_FEATURES>;

/// One candidate home corner (its features named by
/// [`super::home_choice::HOME_FEATURE_NAMES`]).
pub type HomeCandidate = Candidate<HOME_FEATURES>;

/// The candidates a learned score weighed to place an anchor, with their features: what
/// `evaluate --fit-work` and `--fit-home` fit the weights on.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Weighed {
    /// Placed by the evidence alone (and work when it was not located again).
    #[default]
    Nothing,
    /// The workplace doors [`super::work_choice`] weighed.
    Work(Vec<WorkCandidate>),
    /// The home corners [`super::home_choice`] weighed.
    Home(Vec<HomeCandidate>),
}

/// A place the car keeps returning to (home or work), located from many stops.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Anchor {
    /// Best estimate, lon/lat degrees.
    pub position: LonLat,
    /// The circle of this many meters around the estimate holds 90% of the
    /// evidence's weight (and half a block more).
    pub radius_meters: f64,
    /// 0..1: the analyst's probability that the truth lies inside the circle: the
    /// evidence's weight there, discounted for few independent habits (distinct camera and
    /// direction pairs). `examples/evaluate.rs` checks it against how often it does.
    pub confidence: f64,
    /// The nearest mapped place of a fitting kind within the radius, if any.
    pub nearest_place: Option<PlaceId>,
    /// Reads next to a stop there (last read before or first read after it).
    pub stays_used: u32,
    /// Of those, reads consistent with the estimate.
    pub stays_consistent: u32,
    /// The consistent reads, in time order.
    pub evidence: Vec<SightingRef>,
    /// The intersection the estimate rests on (the most likely one).
    #[serde(skip)]
    pub best_node: u32,
    /// The candidates' probabilities (node, share of the evidence's weight), likeliest
    /// first: what [`super::destinations`] weighs the drives' other ends with.
    #[serde(skip)]
    pub posterior: Vec<(u32, f64)>,
    /// The candidates a learned score weighed to place it.
    #[serde(skip)]
    pub weighed: Weighed,
}

fn weekday(minute: u32) -> bool {
    !Weekday::of_minute(minute).is_weekend()
}

/// A stop taken for work that the car drove to straight after `stay.before`.
pub(super) fn work_after_read(stay: &Stay) -> bool {
    weekday(stay.from_minute)
        && (5 * 60..11 * 60).contains(&(stay.from_minute % MINUTES_PER_DAY))
        && stay.gap_minutes() >= WORK_STAY_MINUTES
}

/// A stop taken for work that the car left just before `stay.after`.
pub(super) fn work_before_read(stay: &Stay) -> bool {
    let to_of_day = stay.to_minute % MINUTES_PER_DAY;
    // The part of the gap inside the working day (06:00 to 21:00) of the read after it.
    let day_start = stay.to_minute - to_of_day + 6 * 60;
    let working_minutes = stay
        .to_minute
        .saturating_sub(stay.from_minute.max(day_start));
    weekday(stay.to_minute)
        && (11 * 60..21 * 60).contains(&to_of_day)
        && working_minutes >= WORK_STAY_MINUTES
}

/// The reads next to the night stops (home) and the weekday daytime stops (work), by the
/// time of day alone: home is where the car goes after the last read of the evening and
/// leaves before the first read of the morning (Krumm 2007); work is where it goes after a
/// weekday morning read and leaves before the read that ends a weekday daytime gap.
pub(super) fn anchor_events(stays: &[Stay]) -> (Vec<AnchorEvent>, Vec<AnchorEvent>) {
    let night = |stay: &Stay| stay.spans_night() && stay.gap_minutes() >= NIGHT_STAY_MINUTES;
    // A night's stop the car drove to after the evening's last read, `stay.before`.
    let night_after_read = |stay: &Stay| {
        night(stay)
            && !(DAY_START_MINUTE..EVENING_START_MINUTE)
                .contains(&(stay.from_minute % MINUTES_PER_DAY))
    };
    // A night's stop the car left just before the morning's first read, `stay.after`.
    let night_before_read = |stay: &Stay| {
        night(stay) && (4 * 60..12 * 60).contains(&(stay.to_minute % MINUTES_PER_DAY))
    };
    let (mut home, mut work) = (Vec::new(), Vec::new());
    for (i, stay) in stays.iter().enumerate() {
        let budget_seconds = (stay.gap_minutes().saturating_sub(MIN_STOP_MINUTES) * 60) as f64;
        let event = |read, side, commute| AnchorEvent {
            read,
            side,
            budget_seconds,
            same_drive: match side {
                Side::AfterRead => stay.before_that,
                Side::BeforeRead => stay.after_that,
            },
            commute,
        };
        if night_after_read(stay) {
            let from_work = i > 0 && work_before_read(&stays[i - 1]);
            home.push(event(stay.before, Side::AfterRead, from_work));
        }
        if night_before_read(stay) {
            let to_work = stays.get(i + 1).is_some_and(work_after_read);
            home.push(event(stay.after, Side::BeforeRead, to_work));
        }
        if work_before_read(stay) {
            let to_home = stays.get(i + 1).is_some_and(night_after_read);
            work.push(event(stay.after, Side::BeforeRead, to_home));
        }
        if work_after_read(stay) {
            let from_home = i > 0 && night_before_read(&stays[i - 1]);
            work.push(event(stay.before, Side::AfterRead, from_home));
        }
    }
    (home, work)
}

/// How [`locate`] weighs a drive's far end: the shares of drives toward the workplace found
/// (for home), the destinations' catchments, and the weight of cameras that did not read the
/// car on a candidate's way (0 leaves them out).
#[derive(Clone, Copy)]
pub(super) struct Weighing<'a> {
    pub commute: Option<&'a CommuteShares>,
    pub catchments: &'a Catchments,
    pub unseen_weight: f32,
}

/// Where the car works, from the stays that could be work: the likeliest mapped workplace's
/// door (the public map shows them), or any corner when the map has none; found only when
/// two stays or more agree.
pub(super) fn locate_work(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    work_events: &[AnchorEvent],
    corners: &[u32],
) -> Option<Anchor> {
    let doors: Vec<u32> = map
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind.is_workplace())
        .map(|(i, _)| routes.place_node(i as PlaceId))
        .filter(|&n| (n as usize) < routes.node_count())
        .collect();
    let candidates = if doors.is_empty() { corners } else { &doors };
    let weighing = Weighing {
        commute: None,
        catchments: routes.place_catchments(),
        unseen_weight: 0.0,
    };
    locate(index, routes, work_events, candidates, weighing).filter(|w| w.stays_consistent >= 2)
}

/// Adds the events' evidence over the candidate nodes and reads off the spot with the most
/// probability within [`ESTIMATE_RADIUS_METERS`], its radius and its confidence.
///
/// Repeated reads at one camera in one direction are one habit, not independent evidence:
/// each (camera, side) group counts with the mean of its events, weighted a little up with
/// its size, so a car read at one camera only gets a wide circle, however many nights.
pub(super) fn locate(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    candidates: &[u32],
    weighing: Weighing,
) -> Option<Anchor> {
    let (totals, habits) = habit_totals(index, routes, events, candidates, weighing)?;
    anchor_from_totals(
        index,
        routes,
        events,
        (candidates, &totals, habits),
        weighing,
        Pick::Densest,
    )
}

/// How [`anchor_from_totals`] reads the estimate off the candidates' scores.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Pick {
    /// The spot with the most weight within [`ESTIMATE_RADIUS_METERS`].
    Densest,
    /// The candidate with the highest score.
    Likeliest,
    /// As [`Pick::Densest`], the weighted centre around the densest spot even among few
    /// candidates (home's learned score over its likeliest corners).
    DensestCentre,
}

/// Per candidate, the events' evidence added over the (camera, side) habits (each habit the
/// mean of its events, weighted `2n / (n + 1)`), and the number of habits; `None` without
/// events or candidates.
pub(super) fn habit_totals(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    candidates: &[u32],
    weighing: Weighing,
) -> Option<(Vec<f32>, usize)> {
    let Weighing {
        commute,
        catchments,
        unseen_weight,
    } = weighing;
    if events.is_empty() || candidates.is_empty() {
        return None;
    }
    let mut groups: BTreeMap<(CameraId, Side), Vec<&AnchorEvent>> = BTreeMap::new();
    for e in events {
        groups
            .entry((index.get(e.read).camera, e.side))
            .or_default()
            .push(e);
    }
    let mut totals = vec![0.0f32; candidates.len()];
    let mut sums = vec![0.0f32; candidates.len()];
    for members in groups.values() {
        sums.iter_mut().for_each(|s| *s = 0.0);
        // The habit's part of each score, once per candidate: the group's events share it
        // (by whether they are commutes, for the drive to or from work).
        let mut habit: [Vec<f32>; 2] = [Vec::new(), Vec::new()];
        let mut silence_habit = Vec::new();
        for e in members {
            let score = EventScore::new(routes, index, e, Basis::Habits(catchments, commute));
            let habit = &mut habit[usize::from(e.commute)];
            if habit.is_empty() {
                habit.extend(candidates.iter().map(|&node| score.habit(node as usize)));
            }
            let silence = (unseen_weight > 0.0).then(|| {
                let silence = EventScore::new(routes, index, e, Basis::Unseen);
                if silence_habit.is_empty() {
                    silence_habit.extend(candidates.iter().map(|&n| silence.habit(n as usize)));
                }
                silence
            });
            for (k, (sum, &node)) in sums.iter_mut().zip(candidates).enumerate() {
                let x = node as usize;
                *sum += score.given_habit(x, habit[k]).max(LOG_FLOOR * 2.0);
                if let Some(silence) = &silence {
                    let ll = silence.given_habit(x, silence_habit[k]);
                    *sum += unseen_weight * ll.max(LOG_FLOOR * 2.0);
                }
            }
        }
        // Measured on seeds 1 to 20 at 40 cameras: weighting a habit by `n^0.3`, `n^0.5` or
        // `n` placed 40%, 35% and 30% of homes within 500 m (40% with this weight), and
        // flooring one habit's mean at -1, -2 or -3.5 gave 40%, 45% and 40%: the homes
        // missed are not outvoted by one odd habit; their true corner gets almost no
        // weight (an evening's last read is often on the way out to an errand).
        let n = members.len() as f32;
        let weight = 2.0 * n / (n + 1.0);
        for (t, s) in totals.iter_mut().zip(&sums) {
            *t += weight * s / n;
        }
    }
    Some((totals, groups.len()))
}

/// A candidate's log-share when a posterior or a clue leaves it out (home's posterior keeps
/// the corners within 9 of its best).
pub(super) const MISSING_LOG_SHARE: f64 = -12.0;

/// Each total less the best one; a corner whose total is not a number (no read there has
/// a chance: a log of zero) at [`MISSING_LOG_SHARE`], and all at 0 when none has one, so a
/// clue that cannot tell the corners apart says nothing rather than a NaN (issue 17:
/// `evaluate --visitor-lives`, homes anywhere in town, met it in 4 of 900 towns). Home's
/// and work's learned scores both weigh [`habit_totals`] so.
pub(super) fn relative_to_best(totals: &[f32]) -> Vec<f64> {
    let best = totals
        .iter()
        .copied()
        .filter(|t| t.is_finite())
        .fold(f32::NEG_INFINITY, f32::max);
    if !best.is_finite() {
        return vec![0.0; totals.len()];
    }
    totals
        .iter()
        .map(|&t| {
            if t.is_finite() {
                f64::from(t - best)
            } else {
                MISSING_LOG_SHARE
            }
        })
        .collect()
}

/// `anchor`'s posterior's likeliest `count` nodes, each once, likeliest first, with their
/// shares: the candidates a learned score weighs.
pub(super) fn likeliest_nodes(anchor: &Anchor, count: usize) -> Vec<(u32, f64)> {
    let mut seen = BTreeSet::new();
    anchor
        .posterior
        .iter()
        .copied()
        .filter(|(node, _)| seen.insert(*node))
        .take(count)
        .collect()
}

/// The anchor again from the learned scores of `candidates` (with `weights`), their softmax
/// read as a posterior ([`anchor_from_totals`] over the events' habits); `None` when fewer
/// than two candidates are weighed. [`super::work_choice`] and [`super::home_choice`].
pub(super) fn anchor_from_scores<const N: usize>(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    (candidates, weights): (&[Candidate<N>], &[f64; N]),
    weighing: Weighing,
    pick: Pick,
) -> Option<Anchor> {
    if candidates.len() < 2 {
        return None;
    }
    let nodes: Vec<u32> = candidates.iter().map(|c| c.node).collect();
    let scores: Vec<f32> = candidates.iter().map(|c| c.score(weights) as f32).collect();
    let habits = events
        .iter()
        .map(|e| (index.get(e.read).camera, e.side))
        .collect::<BTreeSet<_>>()
        .len();
    anchor_from_totals(
        index,
        routes,
        events,
        (&nodes, &scores, habits),
        weighing,
        pick,
    )
}

/// The anchor from the candidates' scores (`totals`, log weights) over `habits` habits: the
/// estimate (as `pick` says), the circle holding [`RADIUS_COVERAGE`] of the weight, and the
/// confidence; the events consistent with the estimate are its evidence.
pub(super) fn anchor_from_totals(
    index: &SightingIndex,
    routes: &RouteModel,
    events: &[AnchorEvent],
    (candidates, totals, habits): (&[u32], &[f32], usize),
    weighing: Weighing,
    pick: Pick,
) -> Option<Anchor> {
    let Weighing {
        commute,
        catchments,
        ..
    } = weighing;
    if candidates.is_empty() {
        return None;
    }
    let best = totals.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let frame = routes.frame();
    let mass: Vec<(f64, LocalPoint, u32)> = totals
        .iter()
        .zip(candidates)
        .filter(|(t, _)| **t >= best - 9.0)
        .map(|(&t, &node)| {
            (
                ((t - best) as f64).exp(),
                frame.to_local(routes.node_position(node)),
                node,
            )
        })
        .collect();
    let weight: f64 = mass.iter().map(|m| m.0).sum();
    let within = |centre: LocalPoint, radius: f64| -> f64 {
        mass.iter()
            .filter(|m| m.1.distance_meters(centre) <= radius)
            .map(|m| m.0)
            .sum()
    };
    let &(_, densest, _) = mass
        .iter()
        .map(|m| (within(m.1, ESTIMATE_RADIUS_METERS), m))
        .fold(
            None,
            |acc: Option<(f64, &(f64, LocalPoint, u32))>, (w, m)| match acc {
                Some((bw, _)) if bw >= w => acc,
                _ => Some((w, m)),
            },
        )?
        .1;
    // The estimate: the weighted mean of the evidence around the densest spot, and the
    // candidate nearest to it.
    let near: Vec<&(f64, LocalPoint, u32)> = mass
        .iter()
        .filter(|m| m.1.distance_meters(densest) <= ESTIMATE_RADIUS_METERS)
        .collect();
    let near_weight: f64 = near.iter().map(|m| m.0).sum();
    let centre = LocalPoint::new(
        near.iter().map(|m| m.0 * m.1.x_meters).sum::<f64>() / near_weight,
        near.iter().map(|m| m.0 * m.1.y_meters).sum::<f64>() / near_weight,
    );
    let &&(_, nearest, best_node) = near.iter().min_by(|a, b| {
        a.1.distance_meters(centre)
            .total_cmp(&b.1.distance_meters(centre))
    })?;
    let (centre, best_node) = if pick == Pick::Likeliest {
        // The likeliest candidate itself (the first of equals, in the candidates' order).
        let top = (0..candidates.len()).fold(0, |b, i| if totals[i] > totals[b] { i } else { b });
        (
            frame.to_local(routes.node_position(candidates[top])),
            candidates[top],
        )
    } else if pick == Pick::Densest && candidates.len() < routes.intersection_count() {
        // Few candidates (mapped workplaces): the estimate is one of them, not between.
        (nearest, best_node)
    } else {
        (centre, best_node)
    };
    let mut by_distance: Vec<(f64, f64)> = mass
        .iter()
        .map(|m| (m.1.distance_meters(centre), m.0))
        .collect();
    by_distance.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut covered = 0.0;
    let mut radius_meters = 0.0f64;
    for (d, w) in by_distance {
        covered += w;
        radius_meters = radius_meters.max(d);
        if covered >= RADIUS_COVERAGE * weight {
            break;
        }
    }
    let radius_meters = (radius_meters + BLOCK_SLACK_METERS).max(MIN_RADIUS_METERS);
    let mut evidence = Vec::new();
    let mut consistent = 0u32;
    for e in events {
        let score = EventScore::new(routes, index, e, Basis::Habits(catchments, commute));
        if score.at(best_node as usize) >= CONSISTENT {
            consistent += 1;
            evidence.push(e.read);
        }
    }
    evidence.sort_unstable();
    evidence.dedup();
    // Confidence that the truth is inside the stated circle: the evidence's share of weight
    // there, discounted for few independent habits (camera and direction pairs), since the
    // model of driving is crude and a single habit cannot check itself.
    let habits = habits as f64;
    // Measured with `examples/evaluate.rs` over 60 seeds at 20 cameras: the circle holds
    // the truth for 87% of homes and 83% of workplaces, above the confidence stated.
    let confidence = within(centre, radius_meters) / weight * habits / (habits + HABIT_DISCOUNT);
    let mut posterior: Vec<(u32, f64)> = mass.iter().map(|m| (m.2, m.0 / weight)).collect();
    posterior.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Some(Anchor {
        posterior,
        weighed: Weighed::Nothing,
        position: frame.to_lon_lat(centre),
        radius_meters,
        confidence,
        nearest_place: None,
        stays_used: events.len() as u32,
        stays_consistent: consistent,
        evidence,
        best_node,
    })
}

pub(super) fn with_nearest_place(
    mut anchor: Anchor,
    routes: &RouteModel,
    map: &TownMap,
    fits: impl Fn(PlaceKind) -> bool,
) -> Anchor {
    let frame = routes.frame();
    anchor.nearest_place = map
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| fits(p.kind))
        .map(|(i, p)| {
            (
                frame.distance_meters(p.position, anchor.position),
                i as PlaceId,
            )
        })
        .filter(|(d, _)| *d <= anchor.radius_meters)
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, i)| i);
    anchor
}

/// Home and work as the attribution of stops needs them.
pub(super) struct KnownAnchors<'a> {
    /// Home (first, when there is one), then work.
    pub(super) anchors: Vec<&'a Anchor>,
    /// The corners inside the stated home circle: home may be at any of them.
    pub(super) home_nodes: Vec<u32>,
    /// Drive times to and from home's likeliest corner.
    pub(super) home_routes: Option<&'a AnchorRoutes>,
    /// Whether a place of worship at its service times counts as likelier.
    pub(super) service_times: bool,
    /// Whether [`super::AnalystOptions::weekly_rule`] is on.
    pub(super) weekly_rule: bool,
    /// Per mapped place, the log weight of its being the place of its kind this car goes
    /// to, from where home is ([`super::priors::place_choice_log_weights`]).
    pub(super) place_choice: Vec<f32>,
}

impl KnownAnchors<'_> {
    /// The log weight of mapped place `place` as the one of its kind this car goes to.
    pub(super) fn choice(&self, place: usize) -> f32 {
        self.place_choice.get(place).copied().unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;
    use crate::analyst::profile::build_profile;
    use crate::analyst::profile::tests::profile_of_commuter;
    use crate::analyst::stays::find_stays;

    #[test]
    fn a_clue_no_corner_can_have_says_nothing_and_never_a_nan() {
        // A visitor's home in a corner of town no read could come from: every total a log of
        // zero. The learned score must stay a number (a NaN made the circle's confidence NaN).
        let none = relative_to_best(&[f32::NEG_INFINITY; 3]);
        assert_eq!(none, vec![0.0; 3]);
        let some = relative_to_best(&[-2.0, f32::NEG_INFINITY, -5.0]);
        assert_eq!(some, vec![0.0, MISSING_LOG_SHARE, -3.0]);
    }

    mod home_inference {
        use super::*;

        #[test]
        fn finds_home_from_night_sightings() {
            let sim = fixtures::commuter_month(7);
            let (profile, _, routes) = profile_of_commuter(&sim);
            let home = profile.home.expect("a home");
            let error = routes
                .frame()
                .distance_meters(home.position, sim.truth.home);
            // Gridton's blocks are 400 m and it maps only seven places to drive to, so which
            // camera a drive meets first narrows home to a corner of town, not a block:
            // within two and a half blocks, far nearer home than work, inside the circle.
            assert!(error < 1000.0, "home off by {error:.0} m");
            let work_distance = routes
                .frame()
                .distance_meters(home.position, sim.truth.work);
            assert!(
                error * 2.0 < work_distance,
                "{error:.0} vs {work_distance:.0}"
            );
            assert!(home.radius_meters >= error.max(MIN_RADIUS_METERS));
            assert!(home.confidence > 0.5, "{}", home.confidence);
            assert!(!home.evidence.is_empty());
        }

        #[test]
        fn weekday_drives_straight_between_home_and_work_count_as_the_commute() {
            let sim = fixtures::commuter_month(7);
            let index = SightingIndex::from_simulation(&sim);
            let stays = find_stays(&index, index.of_plate(sim.vehicles[0].plate));
            let (home, work) = anchor_events(&stays);
            // Gridton's commuter drives to the office every weekday of four weeks.
            let commutes: Vec<&AnchorEvent> = home.iter().filter(|e| e.commute).collect();
            assert!(commutes.len() >= 20, "{} commutes", commutes.len());
            assert!(work.iter().filter(|e| e.commute).count() >= 20);
            for event in commutes {
                let minute = index.get(event.read).minute;
                assert!(!Weekday::of_minute(minute).is_weekend(), "minute {minute}");
            }
            // A Sunday's drive to church is not a commute.
            assert!(home.iter().any(|e| !e.commute));
        }

        #[test]
        fn a_plate_never_read_has_no_home() {
            let sim = fixtures::commuter_month(7);
            let index = SightingIndex::from_simulation(&sim);
            let routes = RouteModel::new(&sim.map);
            let profile = build_profile(&index, &routes, &sim.map, fixtures::plate("NOPE1"));
            assert!(profile.home.is_none() && profile.work.is_none());
            assert!(profile.places.is_empty());
        }
    }

    mod work_inference {
        use super::*;

        #[test]
        fn finds_work_from_weekday_daytime_stops() {
            let sim = fixtures::commuter_month(8);
            let (profile, _, routes) = profile_of_commuter(&sim);
            let work = profile.work.expect("a workplace");
            let error = routes
                .frame()
                .distance_meters(work.position, sim.truth.work);
            assert!(error < 500.0, "work off by {error:.0} m");
            assert_eq!(work.nearest_place, Some(1));
        }

        #[test]
        fn states_a_radius_that_contains_the_truth() {
            for seed in 20..24 {
                let sim = fixtures::commuter_month(seed);
                let (profile, _, routes) = profile_of_commuter(&sim);
                for (anchor, truth) in [
                    (profile.home, sim.truth.home),
                    (profile.work, sim.truth.work),
                ] {
                    let anchor = anchor.expect("an anchor");
                    let error = routes.frame().distance_meters(anchor.position, truth);
                    assert!(
                        error <= anchor.radius_meters,
                        "{error:.0} > {:.0}",
                        anchor.radius_meters
                    );
                }
            }
        }
    }
}
