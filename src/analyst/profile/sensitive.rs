//! Sensitive visits: when a stop is flagged as "probably one of these few places" (a
//! mosque, a clinic, a union hall), with a probability taken over everything the stop
//! could be, so that flags are about as often right as they state.
//!
//! Where flags stand (issue 17; training seeds 1 to 40, 40 cameras, `examples/evaluate.rs`
//! with the threshold lowered to 0.2 and raw scores): the raw probability hardly separates
//! right flags from wrong ones. Flagging at 0.3 / 0.4 / 0.5 / 0.6 gives precision 0.41 /
//! 0.58 / 0.58 / 0.15 and recall 0.33 / 0.22 / 0.13 / 0.01 (276 true visits), so no
//! threshold reaches the 0.7 / 0.4. Requiring the likeliest sensitive place to be
//! at least as likely as the likeliest other mapped place removed a third of the flags at
//! 0.2 and none that matter at 0.4 (0.57 / 0.22): not kept. Traced per visit on seeds 1 to
//! 20: a third of the true visits (45 of 143) have no read within 30 minutes on either
//! side; union meetings (0 of 25 found), legal aid (0 of 14), the clinic (0 of 13) and the
//! town hall protest (1 of 20) are almost never found; worship read on at least one side
//! is found 37 times in 59; wrong flags come in weekly groups of three or four (the same
//! drive end, a gym or home beside a church or mosque). The union meeting (18:00, after a
//! 06:00-14:00 shift) is read on the way in, after 15:00, where the evening's last drive
//! counts as the drive home (`drive_ends`), though this one most likely left home minutes
//! before. Taking a stop of two hours or more as home when it starts at a camera that
//! ended two or more of the car's evenings, or ends at one that began two or more of its
//! mornings (so the drive after it cannot end at home), found 1 more visit (precision
//! 0.58, recall 0.22 either way): not kept.
//!
//! Second round (issue 17; training seeds 1 to 40, raw scores at the 0.4 threshold, one
//! simulation per seed and every variant profiled on it; flags / right / precision /
//! recall; baseline at 40 cameras 104 / 60 / 0.58 / 0.22, at 20 cameras 61 / 35 / 0.57 /
//! 0.13, at 80 cameras 258 / 96 / 0.37 / 0.35):
//! - Kept: a single stop (both sides read) gets the service-times bonus when the car would
//!   have been at the place (from arrival to leaving) during its service hours; it had
//!   none, so a Saturday-morning synagogue stop read both ways lost to a friend's house or
//!   the gym. Alone: 113 / 69 / 0.61 / 0.25.
//! - Kept: a place of worship outside its service times costs 1 in log-likelihood (it is
//!   open, but most of its visitors come to the services): the gym at 17:00 beside a
//!   church, the drive home at 14:00 on a weekday beside the mosque. Alone: 98 / 61 / 0.62 /
//!   0.22; with the first, 107 / 70 / 0.65 / 0.26 (20 cameras 0.59 / 0.14, 80 cameras 0.47
//!   / 0.39).
//! - Kept: which place of a kind the car goes to falls off with distance from home
//!   (Huff's gravity model, [`super::priors::place_choice_log_weights`]: each place weighs
//!   `n * share` among the `n` of its kind, averaged over the home estimate's candidate
//!   corners), so the gym nearest home outweighs the far gyms and a church beside a far one
//!   loses to it. With the two above, decay 2,500 m: 103 / 71 / 0.69 / 0.26 at 40 cameras,
//!   62 / 34 / 0.55 / 0.12 at 20, 204 / 111 / 0.54 / 0.41 at 80 (decay 1,000 m: 0.62 / 0.23
//!   at 40, a wrong home vetoes the right place; 4,000 m: 0.67 / 0.26 at 40, 0.51 / 0.41 at
//!   80). Applied to every stop, it also left out a weekly stop the visitor adds at a gym
//!   that is not the nearest (`places.rs`'s weekly-rule test failed), so the weekly pool of
//!   single stops keeps the weeks' own evidence; `added_stop_found` on training at 40
//!   cameras is 4/17 with it, 5/17 without (held-out 4/17 either way). The simulated lives
//!   choose the nearest place of each kind, which flatters this prior more than real lives
//!   would. Visitors' lives (session 46: home drawn anywhere, the persona's stops kept
//!   where they were) do not flatter it, and their flags at 20 cameras were right 77 of
//!   131 times against 0.79 stated (seeds 2301-2400, `evaluate --cameras 20 --first-seed
//!   2301 --seeds 100 --no-timing --no-added-stop --visitor-lives`; the personas' 134 of
//!   162 against 0.81). The prior is not what fails them: a decay of 4,000 m gave 75 of
//!   125, a floor of 0.2 instead of [`super::priors`]' 0.05 77 of 131, the personas'
//!   flags unchanged with either.
//! - Not kept: the stop's length (the gap less the drives there and back) against each
//!   kind's usual visit length (worship 40-150 min, a synagogue's Saturday 60-210, a clinic
//!   20-120, a union meeting 60-180, a gym 30-120, a shop 10-75; common knowledge, a cost of
//!   one per halving outside): with the first two kept, 110 / 72 / 0.65 / 0.26 at 40 and 233 /
//!   106 / 0.45 / 0.39 at 80 (more flags, none better): the wrong single flags are gym
//!   sessions as long as a service.
//! - Not kept: a stop other than home at the night's end of a long gap needs a drive
//!   between it and home's likeliest corner that no camera read (`1 - P(read)` on the
//!   fastest drive, floored at 0.15), alone: 133 / 47 / 0.35 / 0.17. With home placed wrong, it
//!   favours the sensitive places beside the wrong home.
//! - Not kept: one read's drive does not begin and end at the same place (the ends of the
//!   gaps either side of it, renormalised without their shared candidates): with the three
//!   kept, 99 / 67 / 0.68 / 0.25 against 0.69 / 0.26.
//! - Not tried: the direction of travel over a drive's consecutive reads beyond the read
//!   before (`same_drive` already asks the drive through both to be about the fastest).
//!
//! Then the service-times terms were limited to the kinds whose schedules are cited
//! ([`super::priors::publishes_service_times`]: churches, mosques, synagogues; no source
//! was found for temples', so temples get neither the bonus nor the cost). Held-out seeds
//! 101 to 120 (`evaluate --first-seed 101 --seeds 20 --cameras N`), precision / recall
//! before and after: 20 cameras 0.65 / 0.12 to 0.59 / 0.15, 40 cameras 0.68 / 0.19 to
//! 0.63 / 0.20, 80 cameras 0.49 / 0.38 to 0.43 / 0.39; the flags' calibration gap at 40
//! cameras went from 0.11 to 0.05. The simulated temple-goers keep the Sunday schedule, so
//! the loss is what an uncited assumption had been worth here.
//!
//! What is left (40 cameras, traced with the three kept): 80 of the 276 true visits have
//! no read within 30 minutes on either side, so no read-based flag reaches more than 0.71
//! of them; the wrong flags are mostly the drive home from a Sunday service taken as the
//! drive to it (an end after a read at 10:40-11:05 named the church the car had just left,
//! the mirror of the right flag on the gap before). Telling arrival from departure by the
//! hour would need each church's schedule: real Sunday masses run from 07:30 to noon, so
//! 10:50 is as much an arrival as a departure. Recall 0.4 at 40 cameras is out of reach of
//! these methods (0.26 on training seeds, 0.19 on held-out seeds 101 to 120); precision
//! is 0.69 on training and 0.68 held-out (from 0.50), about the 0.7.
//!
//! Third round (issue 17; training seeds 1 to 20, confirmed on 21 to 40; precision /
//! recall with `examples/evaluate.rs`'s definitions, traced per flag):
//! - Kept: arrival and departure told apart by the published service times
//!   ([`super::priors::fits_service`]): the drive after a read ends at the church only
//!   when the car gets there about when a service starts (9:00 to 10:40 for Sunday
//!   services starting 9:30 to 10:30), and the drive before a read starts there only when
//!   it leaves about when one ends (10:20 to 12:30); a stop between two reads gets the
//!   bonus only when it could hold a whole service. Of the 21 wrong flags at 40 cameras
//!   on seeds 1 to 20, 13 went: the drive home from a service (read on Sunday at
//!   10:40-11:40, on Friday at 13:20-13:35) taken as the drive to it, or the drive to it
//!   (read at 9:20-9:40) taken as the drive from it. 40 cameras
//!   0.66 / 0.29 to 0.83 / 0.29 (seeds 21 to 40: 0.74 / 0.23 to 0.97 / 0.23), 20 cameras
//!   to 0.96 / 0.16, 80 cameras to 0.60 / 0.41. The wrong flags left at 40 cameras are
//!   single stops at a gym taken for the legal-aid office or the clinic beside it.
//! - Kept: a stop at the same hour every workday is not at a sensitive place
//!   ([`super::priors::habit_cost`], `habits.rs`): 80 cameras 0.60 / 0.41 to 0.83 / 0.41
//!   (21 to 40: 0.60 / 0.42 to 0.80 / 0.42), 20 and 40 cameras unchanged. The same cost
//!   for appointments kept weekly was not kept (see `habits.rs`).
//! - Not kept: a lower threshold now that flags are more often right, seeds 1 to 20 with
//!   the first change: 0.35 gave 0.76 / 0.30 at 40 cameras (0.83 / 0.29 at 0.4), 0.3 gave
//!   0.60 / 0.31, 0.25 0.44 / 0.36; at 80 cameras 0.55 / 0.43, 0.42 / 0.48, 0.36 / 0.51.
//! - Not tried for want of time: a calibration curve per camera count (the flags' share
//!   right differs with the cameras at one raw score). Since done: see `calibration.rs`.
//!
//! Held-out seeds 101 to 120 after the third round and the per-count refit (`evaluate
//! --first-seed 101 --seeds 20 --cameras N`), precision / recall before and after: 20
//! cameras 0.59 / 0.15 to 0.94 / 0.13, 40 cameras 0.63 / 0.20 to 0.76 / 0.19, 80 cameras
//! 0.43 / 0.39 to 0.65 / 0.39 (without the service times 0.50 / 0.01, 0.55 / 0.09, 0.44 /
//! 0.23 to 0.50 / 0.01, 0.55 / 0.09, 0.58 / 0.23). Flag calibration worst band 0.30 /
//! 0.12 / 0.42 to 0.00 / 0.12 / 0.24; place_visit 0.30 / 0.33 / 0.19 to 0.25 / 0.57 /
//! 0.37 (the runners-up: at 40 cameras stated 0.7-0.8, right 3 of 16).
//!
//! Recall is what is left: at 40 cameras, of 143 true visits on seeds 1 to 20, union
//! meetings (25), legal aid (14), the clinic (13) and the town-hall protest (19, 1 found)
//! are almost never found, nor Friday prayers read only on the way home (16 of 27 missed).
//!
//! Fourth round (issue 17; training seeds 1 to 40 at 40 cameras, raw scores; `SENSITIVE_TRACE=1
//! evaluate --first-seed 1 --seeds 40 --cameras 40 --no-timing --no-added-stop` prints every
//! true sensitive visit on stderr with the reads on its drive there and back, the gap of
//! reads around it and what the analyst flagged or listed there). Of the 276 true visits,
//! 195 have a read on the drive there or back (`recall_ceiling=0.71`, printed beside the
//! recall: at 20 cameras 0.56, at 80 0.82); no read-based method finds the other 81. Per
//! kind, found / reachable / all: church 28 / 33 / 33, mosque 19 / 38 / 50, synagogue 24 /
//! 49 / 52, union hall 0 / 26 / 47, town hall 1 / 27 / 40, legal aid 0 / 11 / 28, clinic 0
//! / 11 / 26. The reachable misses, by the side read: union meetings read on the way there
//! only (16: the Wednesday 17:50 read opens a gap through the night, and its drive end is
//! taken for the evening's drive home) and both ways (5: the work anchor and the
//! courthouse beside the hall score as high as the hall); Friday prayers read on the way
//! back only (15: the mosque is not among the drive end's four likeliest candidates, so
//! combining the weeks does not help); the protest (25, a one-off read on one side);
//! synagogue mornings read both ways (11, of which 4 had gaps of 200 to 216 minutes and
//! were split into two drive ends, each naming the synagogue at about 0.38); the clinic
//! and legal aid (22, one-offs read on one side). Precision / recall at 40 cameras
//! (flags right / flags, visits found):
//! - Baseline 0.90 / 0.26 (71 / 79, 72); at 20 cameras 0.97 / 0.12, at 80 0.82 / 0.41.
//! - Not kept: a gap of up to four hours as one stop ([`super::places`]'s
//!   `MAX_SINGLE_STOP_MINUTES`, three hours): 0.89 / 0.28 (75 / 84, 76); at 20 cameras 0.97
//!   / 0.12, at 80 0.81 / 0.42; four of the synagogue mornings read both ways are found.
//!   With the curves refitted (`evaluate --fit-calibration --first-seed 1 --seeds 40`),
//!   seeds 1 to 60 went from 0.98 / 0.12, 0.88 / 0.24, 0.79 / 0.38 to 0.98 / 0.12, 0.86 /
//!   0.25, 0.78 / 0.39 at 20 / 40 / 80 cameras (`evaluate --markdown --first-seed 1 --seeds
//!   60`), held-out seeds 101 to 120 went from 0.94 / 0.13, 0.76 / 0.19, 0.65 / 0.39 to 0.94 /
//!   0.13, 0.75 / 0.20, 0.65 / 0.40 at 20 / 40 / 80 cameras (one visit more at 40 and at
//!   80), and the native test `flags_are_right_about_as_often_as_they_state` failed
//!   (seeds 1 to 6, population 300: 14 flags stating 0.86, 10 right): too little for a
//!   calibration broken.
//! - Not kept: the flag threshold at 0.35 (with the above): 0.87 / 0.29 at 40 cameras, but
//!   0.71 / 0.43 at 80 (from 0.81 / 0.42); at 0.3, 0.78 / 0.31 at 40.
//! - Not kept: the weekly pool's bar for stops home or off the map explains (0.6) at 0.4:
//!   no flag changed.
//! - Not kept: the weekly pool flagging every repeated single stop, not only those home or
//!   off the map explains (with the two above): 0.82 / 0.30 (81 / 99), two more visits
//!   found for six more wrong flags.
//! - Not kept: one drive does not leave home and end there (the end before a read of the
//!   gap before and the end after it of the gap after are the same drive; each end's home
//!   made less likely by `ln(1 - p)` of the other's home, floored at 0.05), meant for the
//!   union meeting read on the way there: 0.89 / 0.24 (64 / 72), fewer flags, none of them
//!   union meetings. The drive end before the Wednesday read is home only at about 0.77, and
//!   the evening's drive home keeps its own bonus.
//!
//! Nothing of this round was kept: recall 0.4 at 40 cameras stays out of reach of these
//! methods (0.26 on training seeds, 0.28 at best with a broken calibration, against a
//! ceiling of 0.71). What would reach further: for the union meeting, knowing the
//! hours of work from the commute (a shift that ends at 14:00 makes an 18:00 stop at
//! work unlikely) and telling the evening's drive out from the drive home by the drive
//! before it; for Friday prayers read on the way back, why the mosque's drive-end score is
//! so low (a camera on its fastest drive that did not read the car, most likely).
//!
//! Fifth round (issue 17; training seeds 1 to 40, raw scores, `SENSITIVE_TRACE=1` with a
//! temporary print of each pooled drive end's likeliest candidates). Why the union
//! meetings read on the way there are never flagged, traced on the 16 of them: the
//! Wednesday 17:50 read is 1 to 2 minutes' drive from the hall (the hall's drive score
//! -0.4), but (a) when the car was read after work that afternoon, the end is the
//! evening's drive home and home takes 0.93 to 0.96 of it (`HOME_TIME_BONUS` and
//! `home_prior`); (b) when it was not (the drive left home, so home is ruled out), the
//! hall still loses to the Tuesday and Thursday 18:00 gym evenings: three workdays with an
//! end at about 18:00 make a daily habit (`habits.rs`, any camera), and the daily cost of 2
//! takes the hall from 0.16 a week to 0.03 pooled; (c) without that cost, the places beside
//! the downtown cameras (a friend's house, a bar, the town hall, restaurants) share the
//! end about evenly, the hall at 0.07 to 0.18 a week, under the flag's 0.4 even pooled
//! over three or four weeks. Not kept (no flag changed at 20, 40 or 80 cameras):
//! - A weekly evening outing: an evening's last read repeated on the same weekday within
//!   45 minutes at one camera in three weeks or more, at a camera no evening's last read on
//!   another weekday passed, is not the drive home: no home-time bonus, home made
//!   less likely by 2 (or 5) in log-likelihood, and its end not a daily habit (the
//!   daily cost lifted). The hall rose from 0.03 to 0.16-0.18 pooled (seeds 11 and 29,
//!   second to a friend's house at 0.21-0.27), home at the seed 5 hall from 0.93 to 0.45;
//!   precision / recall 0.90 / 0.26 (71 / 79, 72) at 40 cameras, 0.97 / 0.12 at 20, 0.82 /
//!   0.41 at 80, all as before, with either cost; left out of the code, since it flags
//!   nothing.
//! - The daily habit at one camera only (the commute passes the same camera every day):
//!   40 and 20 cameras unchanged, 80 cameras 0.82 / 0.41 to 0.77 / 0.41 (113 / 146):
//!   mornings to work read at one camera on only two days then cost nothing.
//!
//! Friday prayers read on the way back only (15), traced the same way: the mosque is the
//! likeliest candidate of its drive end in most seeds, but at 0.09 to 0.27 a week pooled,
//! beside the town hall, the courthouse, a grocery and restaurants near the same downtown
//! camera; in one seed (13) a camera on the mosque's fastest drive did not read the car
//! (drive score -4.1 against -0.8 at another camera). Both groups are limited by how
//! many mapped places share a camera, not by home: what would separate them is the
//! place's own schedule (a union local's published meeting night, as the service times
//! are for worship), which needs a cited source before it may be used.
//!
//! Sixth round (issue 17; training seeds 1 to 40, held-out seeds 101 to 120, judged apart;
//! `evaluate --first-seed F --seeds N --cameras C --no-timing --no-added-stop`; precision /
//! recall). Traced at 40 cameras on seeds 1 to 40 (a temporary print of each stop's and
//! drive end's likeliest candidates): of the 11 synagogue mornings read both ways and not
//! found, and the 14 read on one side, most are the same Saturday service as a week whose
//! drives both passed a camera, a stop between two reads that names the synagogue at 0.6
//! or more; the one-sided weeks' drive ends named it at 0.22 to 0.38, second to off the
//! map or a gym, and were combined only with ends of the same kind (`repeats_of`).
//! - Kept: a drive end's weekly repeats include the stops between two reads on the same
//!   weekday of other weeks read at about the end's time on its side (their first read
//!   for an end after a read, their last for an end before one; within 45 minutes,
//!   [`super::drive_ends::DriveEnd::repeats_as_single`]), their evidence of both reads
//!   combined as any repeat's. Raw flags, before / after: training 20 cameras 0.97 / 0.12
//!   (32 / 33, 33 of 276 visits) to 0.98 / 0.15 (41 / 42, 42), 40 cameras 0.90 / 0.26 (71 /
//!   79, 72) to 0.91 / 0.30 (83 / 91, 84), 80 cameras 0.82 / 0.41 to 0.84 / 0.48 (132 / 157,
//!   133); held-out 20 cameras 0.94 / 0.13 (17 / 18, 18 of 136) to 0.95 / 0.15 (20 / 21,
//!   21), 40 cameras 0.76 / 0.19 (26 / 34, 26) to 0.79 / 0.25 (34 / 43, 34), 80 cameras
//!   0.65 / 0.39 (52 / 80, 53) to 0.67 / 0.43 (58 / 86, 58). Without the service times,
//!   held-out 0.75 / 0.02, 0.55 / 0.09, 0.55 / 0.23 to 0.75 / 0.02, 0.56 / 0.11, 0.57 /
//!   0.29. With the old curves, held-out flags stated / right went from 0.93 / 0.94, 0.80 /
//!   0.76, 0.71 / 0.65 to 0.94 / 0.95, 0.83 / 0.79, 0.75 / 0.67 (no band OFF), but
//!   place_visit at 80 cameras got a band OFF (0.6-0.7: 8 of 23 right at 0.65), so the
//!   curves were refitted (`evaluate --fit-calibration --first-seed 1 --seeds 60`; only
//!   the sensitive places' and flags' curves moved). Held-out after the refit, flags
//!   stated / right 0.93 / 0.95, 0.82 / 0.79, 0.74 / 0.67, place_visit 0.42 / 0.43, 0.57 /
//!   0.55, 0.59 / 0.55 at 20 / 40 / 80 cameras; no band OFF at 20 or 40; at 80,
//!   place_visit none, but the repeated flags two small ones (6 of 6 right at 0.42, 0 of 4
//!   at 0.65: one or two weekly stops each), and not_sensitive's one as before.
//! - Not kept: with the above, flagging a drive end repeated in other weeks from 0.3 (one-
//!   offs still at 0.4; repeated flags had been right 52 of 52 times at 40 cameras on seeds
//!   1 to 40): training 40 cameras 0.83 / 0.34 (94 / 113), held-out 0.96 / 0.18 at 20,
//!   0.82 / 0.33 at 40, 0.58 / 0.48 at 80 (65 / 112); without the pooled stops, training
//!   0.81 / 0.29 at 40. The repeated flags added are right 75 of 86 at 40 cameras on
//!   training, but held-out at 80 cameras 32 of 61 (stated 0.62 on the old curves, fitted
//!   from raw 0.42 up), precision at 80 falls below 0.6, and held-out seeds would have
//!   chosen the threshold. Worth a fit of its own (curves from raw 0.3) with fresh seeds.
//! - Not kept: with the first kept, a drive end's repeats also include the other side's
//!   ends on the same weekday of other weeks (an end after a read with ends before a read
//!   30 to 240 minutes later in the day, and the reverse: the drive there read one week,
//!   the drive back another), for Friday prayers read on one side: training 40 cameras
//!   0.91 / 0.30 (83 / 91, 84) to 0.88 / 0.30 (82 / 93, 83), 80 cameras 0.84 / 0.48 to
//!   0.82 / 0.48 (131 / 159, 132); held-out 40 cameras 0.79 / 0.25 to 0.80 / 0.27 (37 /
//!   46, 37), 80 cameras 0.67 / 0.43 unchanged. Worse on the training seeds, so not
//!   chosen on the held-out ones; the mosque stops read on one side are so every week
//!   (the same route), so there is rarely another side to join.
//!
//! Recall at 40 cameras is now 0.30 on training seeds and 0.25 held-out (ceiling 0.71);
//! the 0.4 is still not reached. What is left is as in the fifth round: union
//! meetings, the protest, the clinic and legal aid, one-offs or read on one side, among
//! many places near one camera.
//!
//! Seventh round (issue 17; constants chosen on training seeds 1 to 60 and fresh seeds 201
//! to 260, held-out 101 to 120 looked at once, to report; precision / recall, `evaluate
//! --markdown --first-seed F --seeds N`). Before: 201 to 260 0.87 / 0.14, 0.88 / 0.32,
//! 0.80 / 0.44 at 20 / 40 / 80 cameras; 101 to 120 0.95 / 0.15, 0.79 / 0.25, 0.67 / 0.43.
//! - Kept: a drive end repeated in other weeks is flagged from raw 0.3
//!   ([`MIN_REPEATED_SENSITIVE_VISIT_PROBABILITY`]; one-offs and the weekly pool as
//!   before), with the curves refitted on the added flags (`evaluate --fit-calibration
//!   --first-seed 1 --seeds 60`), and a calibrated flag raised only when its curve states
//!   [`MIN_STATED_SENSITIVE_VISIT_PROBABILITY`] or more (`calibration.rs`). The refitted
//!   repeated curve at 80 cameras starts at 0.28 (raw 0.32-0.39, right about 3 times in
//!   10) and the one-off curve's first block there is 0.29 (raw 0.42), so the bar drops
//!   those at 80; at 40 the repeated curve rises from 0.47 at raw 0.35 to 0.94 at 0.47, so
//!   it keeps those from about raw 0.36. The bar was chosen on 201 to 260 (offline, from
//!   the raw claims `EVALUATE_CLAIMS=1` dumps, the curves refitted on 1 to 60 as
//!   `evaluate` does; recall counted as right flags): at 0
//!   (no bar) 0.87 / 0.18, 0.83 / 0.33, 0.74 / 0.48; at 0.4 0.87 / 0.18, 0.83 / 0.33, 0.85
//!   / 0.41 (run: 0.87 / 0.19, 0.83 / 0.35, 0.85 / 0.42); at 0.5 0.87 / 0.18, 0.88 / 0.32,
//!   0.87 / 0.40; at 0.6 0.87 / 0.18, 0.92 / 0.28, 0.88 / 0.39. At 0.4 the native test
//!   `flags_are_right_about_as_often_as_they_state` failed (seeds 1 to 6, population 300:
//!   16 flags stating 0.78, 10 right; the three added were one weekly stop at 0.47, wrong
//!   every week); at 0.5 it passes. With the repeated floor at 0.35 instead of 0.3, at 0.5:
//!   0.86 / 0.15, 0.88 / 0.32, 0.87 / 0.39. Run at 0.5: 201 to 260 0.87 / 0.19, 0.88 /
//!   0.33, 0.87 / 0.41 (flags stated / right 0.92 / 0.87, 0.83 / 0.88, 0.83 / 0.87, no
//!   band OFF); held-out 101 to 120 0.96 / 0.18, 0.80 / 0.26, 0.75 / 0.39 (flags stated /
//!   right 0.92 / 0.96, 0.81 / 0.80, 0.81 / 0.75, no band OFF). At 80 held-out cameras the
//!   repeated flags alone state 0.84 where 21 of 31 are right (gap 0.16; the 0.6-0.7 band
//!   of 0 of 4 at 0.61 is still there, 0.9-1.0 is 12 of 18 at 0.92), the one-offs 0.80
//!   where 32 of 40 are. The band of 6 of 6 at 0.42 is gone (no flag states under 0.5).
//!
//! - Not kept: with the above, one-off drive ends flagged from raw 0.3 too (curves refitted
//!   on seeds 1 to 60, judged offline on 201 to 260 with the bar at 0.5 as above): 0.87 /
//!   0.18, 0.88 / 0.32 (130 right of 148, one more), 0.82 / 0.41 (167 of 203, three more
//!   right for fourteen more flags) at 20 / 40 / 80 cameras; from 0.35, 0.87 / 0.18, 0.88 /
//!   0.32, 0.85 / 0.40. The one-off ends under 0.4 are mostly wrong at 80 cameras and
//!   scarce at 40.
//!
//! Recall at 40 cameras is 0.33 on fresh seeds and 0.26 held-out (ceiling 0.68 and 0.71),
//! still under the 0.4. Not tried for want of time: the gap between the
//! drive-there and drive-back reads against a service's length and the drives (a place
//! fits only when drive there, the visit and drive back fit the gap: for a gap of more
//! than three hours, nearly every place does, so it would only sort stops under three
//! hours, which `places.rs` already scores by both drives); a weekly unexplained gap at
//! the same weekday and time as evidence of its own, beyond the drive ends' repeats.
//!
//! Eighth round (issue 17; fresh seeds 201 to 260 at 40 cameras, `SENSITIVE_TRACE=1
//! evaluate --first-seed 201 --seeds 60 --cameras 40 --no-timing --no-added-stop`; held-out
//! seeds not looked at, since nothing was kept). Of 409 true visits, 280 have a read on the
//! drive there or back and 137 are found. Per kind, found / reachable / all: church 45 /
//! 50 / 55, mosque 49 / 52 / 76, synagogue 28 / 69 / 71, town hall 8 / 42 / 60, union hall
//! 0 / 24 / 67, legal aid 7 / 24 / 40, clinic 0 / 19 / 40. The largest group of reachable
//! misses is the Saturday service read both ways (27, in 11 seeds: a stop of about two
//! hours between a read at 9:20 and one at 11:30), then the town hall (40: 15 read there,
//! 15 back, 10 both), union meetings (24), legal aid (18) and the clinic (19), one-offs or
//! read on one side. Traced on seed 209 (a temporary print of each single stop's
//! candidates): the stop names home first (0.24), then legal aid (0.15, closed on a
//! Saturday), the synagogue (0.14, with its service bonus), the town hall (0.11), the
//! three named about 0.4 together; it is never flagged, since a single stop whose
//! likeliest explanation is home or off the map does not reach the flag (the loop goes on
//! to the next stop first; drive ends have no such rule), and the weekly pool combines
//! the weeks to home. The synagogue's drive evidence is 2.8 in log-likelihood under the
//! best corner's (most likely a camera on its fastest drive from the read 4 minutes
//! before counted as a miss), which is what loses it; legal aid loses 2.5 for being
//! closed and still ties. Not kept (curves refitted each time with `evaluate
//! --fit-calibration --first-seed 1 --seeds 60`, judged with `evaluate --markdown
//! --first-seed 201 --seeds 60`; precision / recall (flags right / flags, visits found) at
//! 20 / 40 / 80 cameras, before: 0.87 / 0.19 (74 / 85, 79 of 409), 0.88 / 0.33 (129 /
//! 147, 137), 0.87 / 0.41 (164 / 189, 168)):
//! - A single stop under the one-off bar that comes back on the same weekday at about the
//!   same time in other weeks (two or more, `repeats_of` over the singles) flagged from
//!   [`MIN_REPEATED_SENSITIVE_VISIT_PROBABILITY`] on its own week's evidence, as repeated:
//!   repeated claims on seeds 1 to 60 went from 69 / 123 / 150 to 71 / 139 / 187; 0.82 /
//!   0.20 (75 / 91), 0.84 / 0.34 (130 / 154, 138), 0.87 / 0.39 (156 / 180, 159).
//! - With that, every single stop flagged whatever its likeliest explanation (home too):
//!   one-off claims 13 / 49 / 112 to 13 / 53 / 116; 0.83 / 0.20 (76 / 92, 81), 0.85 /
//!   0.33 (125 / 147, 133), 0.84 / 0.39 (158 / 189, 161); flag calibration gap 0.10 / 0.01 /
//!   0.04, at 80 cameras two repeated bands under-stated (8 of 8 at 0.54, 16 of 17 at
//!   0.65). At 40 cameras the Saturday services read both ways went from 10 found to 13,
//!   but the added flags, wrong more often at raw 0.3 to 0.4, pulled the repeated curve
//!   down there (0.35 at raw 0.32, 0.44 at 0.35, from 0.47 at 0.35), so drive-end flags it
//!   had kept now stated under the 0.5 bar and went (church read back 29 to 27, mosque read
//!   there 22 to 18).
//!
//! What would reach the Saturday services read both ways is the drive score, not the bar:
//! why the camera on the synagogue's fastest drive counts as a miss (the car's own route,
//! or a camera that reads one direction), and whether a closed place should tie with an
//! open one at its service (legal aid's 2.5 against the synagogue's drive); a curve of
//! its own for repeated single stops would keep them from moving the drive ends' curve.
//!
//! Ninth round (issue 17, branch home17e: its commit after the stopovers' cherry-pick holds
//! the code, reverted by the next; training seeds 1 to 60, `evaluate --seeds 60 --cameras
//! N`). With [`super::anchors`]'s stopovers mixture, seed 3's gym stop (Tuesdays 17:45 to
//! 18:50, read both sides, five weeks) was flagged as the legal aid office. Traced: not the
//! place choice prior (gym +0.14, legal aid 0, church +0.16 in log-likelihood) but the
//! detour check of a stop before the drive home (`stays.rs`: stop, read, home must be
//! about as fast as stop to home directly), measured to home's likeliest corner, 0.56 km
//! from the true home: the gym looked three minutes out of the way (-3.11), the legal aid
//! office not. The old home, 1.6 km off, had explained the stop itself, so nothing was
//! flagged. Tried: that check (and the one after a drive from home) allowing twice the
//! expected drive between the estimate and home's posterior corners (triangle inequality;
//! `AnchorRoutes::with_spread`), curves refitted (`evaluate --fit-calibration --first-seed
//! 1 --seeds 60`). Seed 3's seven false flags went (the gym first at -1.12), homes within
//! 500 m 11/25/35 to 14/27/36 of 60 (median 1,305/743/462 m to 1,147/562/354 m), work
//! 16/32/45 unchanged; flags precision / recall 0.98 / 0.20 (80 / 82), 0.85 / 0.32 (132 /
//! 155), 0.87 / 0.42 (172 / 197) to 0.98 / 0.20 (81 / 83), 0.84 / 0.32 (132 / 158), 0.83
//! / 0.43 (177 / 212) at 20 / 40 / 80 cameras; no calibration band OFF (home circles
//! stated 0.91, right 0.97 / 0.92 / 0.87; flags stated 0.92 / 0.79 / 0.81, right 0.98 /
//! 0.84 / 0.83). But the check lost its teeth: non-sensitive place visits claimed 45 / 213
//! / 377 to 8 / 147 / 326 (right 33 / 154 / 320 to 6 / 125 / 281), and the native tests
//! still failed: `flags_are_right_about_as_often_as_they_state` 16 flags, 10 right,
//! stated 0.80 (seed 3 clean; seed 1's evening read on a drive from home, three weeks,
//! real stop home, now stated 0.62 as courthouse, legal aid or clinic on the refitted
//! repeated curve; seed 4's gym as the town hall, 0.53, as before), and
//! `calibration::tests::a_flag_stated_under_the_bar_is_dropped_with_its_visits` (its
//! curve point moved); `run::tests::split_run::the_worker_sends_the_evidence_...` needed
//! four weeks, since in two only seed 3's false flags rested on more reads than a card
//! lists. Not kept. One times the expected drive, and the check mixed over home's
//! posterior corners (plain and tempered), were tried next (branch home17f): none kept the
//! places and the flags together; see [`super::anchors`]'s stopovers entries.
//!
//! Tenth round (issue 17, branch sens17; the eighth round's lead on the drive score).
//! Traced with `SENSITIVE_TRACE=1 evaluate --first-seed 201 --seeds 60 --cameras 40
//! --no-timing --no-added-stop` and a temporary print of each Saturday-morning single
//! stop's candidates (drive evidence, drive times, `log_unseen` each way) beside the
//! simulated drive's intersections and the route model's fastest path from the read. Of
//! the 27 Saturday services read both ways and missed, the synagogue was the stop's
//! likeliest place in 10 (not flagged: it held under 0.4 among a restaurant, a gym, a
//! friend's house and home near the same camera), lost 3.0 for a camera counted as a miss
//! in 8 (seeds 221, 233, 245, 254), and 3 were gaps whose drive back passed cameras far
//! off (evidence -6 to -15). Seed 209's 2.8 (eighth round) is not a camera: both drives
//! reach the synagogue unseen; it is the check that the drives from and to home pass the
//! reads about as fast as driving straight (`stays.rs`), measured to a home placed 3.1 km
//! off. The camera counted as a miss: camera 8 watches both the
//! stretch into an intersection (364) and the one out of it, eastward; `RouteModel`'s
//! search starts from all of a camera's stretches at no cost, so the fastest drive to the
//! synagogue starts at the farther one's end and runs east, then south past camera 10 or 14
//! (read chance 0.95: -3.0); the car's own drive, read on the stretch into 364, turns south
//! there and meets no camera, in about the same time. (The simulated drivers also add 4 s
//! per intersection, `sim::routing::INTERSECTION_DELAY_DECISECONDS`, which the analyst's
//! free-flow times leave out; adding it to the route model, not refitted, gave 0.85 / 0.35
//! at 40 cameras on seeds 201-260, homes within 500 m 0.37 to 0.35, and camera 8's miss
//! stayed.) Baseline, precision / recall (flags right / flags, visits found): seeds 201 to
//! 260 0.87 / 0.19 (74 / 85, 79 of 409), 0.88 / 0.33 (129 / 147, 137), 0.87 / 0.41 (164 /
//! 189, 168) at 20 / 40 / 80 cameras; held-out 101 to 120 0.96 / 0.18 (23 / 24, 24 of
//! 136), 0.80 / 0.26 (36 / 45, 36), 0.75 / 0.39 (53 / 71, 53). Both tries below had the
//! curves refitted (`evaluate --fit-calibration --first-seed 1 --seeds 60`); neither was
//! kept, since recall at 40 held-out cameras fell (held-out was looked at for each; the
//! code is in commits 6ce0d54 and 0c12712 on branch sens17, each reverted by the next):
//! - Near-fastest drives: a node's chance of being reached unseen is the best over the
//!   drives within 20 s of its fastest (a relaxation pass after each camera's search, in
//!   order of cost, twice). Seeds 201-260: 0.91 / 0.18 (70 / 77, 75), 0.96 / 0.35 (135 /
//!   141, 144), 0.93 / 0.45 (181 / 194, 185); at 40 cameras found per kind, before / after:
//!   synagogue 28 / 40, church 45 / 48, town hall 8 / 9, mosque 49 / 44, legal aid 7 / 3;
//!   homes and work within 500 m unchanged; at 80 cameras two first-named place bands OFF,
//!   both under-stated (18 of 18 right at 0.64, 6 of 14 at 0.09). Not refitted, 0.99 / 0.33
//!   at 40 (127 / 128); within 10% + 45 s, 0.98 / 0.31. Held-out: 1.00 / 0.15 (20 / 20,
//!   21), 0.94 / 0.25 (34 / 36, 34), 0.90 / 0.46 (62 / 69, 62), no band OFF at any count
//!   (before, one at 40 and one at 80). `cargo test --lib analyst`: the weekly-rule test
//!   (`places.rs`, the added Tuesday gym) and `calibration`'s bar test (its curve point)
//!   failed. Precision rose at every count, recall at 80: unseen evidence softened
//!   everywhere spreads a drive end's probability (the Friday prayers read one way lost).
//! - Only the stretch the camera read on as unknown: each of a camera's stretches also
//!   searched alone, and a node takes the best chance unseen over the stretches from which
//!   its fastest drive is within 20 s of the best one's (40 s gave the same flags). Seeds
//!   201-260: 0.87 / 0.20 (77 / 89, 82), 0.93 / 0.35 (133 / 143, 142), 0.86 / 0.43 (170 /
//!   198, 174); at 40 cameras synagogue 36, church 45, mosque 48, town hall 10, legal aid
//!   3 found; one flag band OFF at 40, under-stated (10 of 10 right at 0.54). Held-out: 0.96
//!   / 0.17 (22 / 23, 23), 0.80 / 0.24 (33 / 41, 33), 0.74 / 0.40 (55 / 74, 55), at 40
//!   cameras one band OFF in place_visit and in first-named places (0.12 beyond); per visit
//!   at 40, one Saturday service more, two Friday prayers, a town-hall visit and a union
//!   meeting fewer. The native analyst tests passed.
//!
//! - Then, not judged on held-out seeds (they had been looked at twice already): the same
//!   per-stretch search for single stops between two reads only (`stays.rs`'s
//!   reachability), the drive ends and anchors as before (commit f4a224d, behind an
//!   environment switch, reverted by the next). Seeds 201-260, curves refitted: 0.87 / 0.20
//!   (77 / 89, 82), 0.88 / 0.35 (133 / 152, 142), 0.84 / 0.45 (179 / 214, 183); at 40
//!   cameras synagogue 34, church 45, mosque 48, town hall 9, union hall 3, legal aid 3
//!   found; bands OFF at 40 one (first-named places, 0.04 beyond; before, two), at 80 one
//!   (one-off flags, 0.03 beyond; before, none). Not refitted, 0.89 / 0.34 at 40.
//!
//! What is left of this lead: the camera-stretch artefact is real and finds Saturday
//! services on fresh seeds, but on held-out seeds the refitted curves and the softer
//! evidence cost as many one-sided drive ends (Friday prayers) as they gained. The
//! single-stop version keeps the drive ends' evidence and gained 5 visits at 40 fresh
//! cameras with precision unchanged: the next round's candidate, to be judged on seeds 101
//! to 120 once, with the native tests and the README table. Leads (b), a curve of its own
//! for repeated single stops, and (c), a weekly unexplained gap as evidence, were not tried
//! for want of time.
//!
//! Eleventh round (issue 17, branch sens17b): the tenth round's candidate judged once on
//! held-out seeds. Commit f4a224d's single-stop search without its environment switch: per
//! camera watching more than one stretch, each stretch searched alone once per town beside
//! `after` and `before` (`RouteModel::new`), a node taking the best chance unseen over the
//! stretches within 20 s of the fastest, used only by `stays.rs`'s reachability between
//! two reads. Curves refitted (`evaluate --fit-calibration --first-seed 1 --seeds 60`, 86
//! s): byte for byte f4a224d's. Cost, `bench_analyst` A/B/A/B/A/B, medians: one profile at
//! 80 cameras 4.13 / 3.37 ms (main / this), the route model 32.3 / 37.2 ms. Held-out
//! (`evaluate --markdown --first-seed 101 --seeds 20`), precision / recall: 0.96 / 0.17
//! (22 / 23, 23 of 136), 0.86 / 0.31 (42 / 49, 42), 0.76 / 0.43 (59 / 78, 59) at 20 / 40 /
//! 80 cameras (main 0.96 / 0.18, 0.80 / 0.26, 0.75 / 0.39); homes and work within 500 m
//! unchanged. Not kept: two calibration bands OFF at 40 cameras, place visits 0.6-0.7 (3
//! of 12 right at 0.67, 0.04 beyond) and repeated flags 0.5-0.6 (9 of 10 right at 0.50,
//! 0.01 beyond), none at 20 or 80 (main: one at 40, one at 80); and `cargo test --lib
//! analyst` failed `flags_are_right_about_as_often_as_they_state` (seeds 1 to 6 at 40
//! cameras: stated 0.77, right 0.62, 10 of 16). `analyst_table` and `determinism` passed
//! (digests unchanged). What is left: the recall gain at 40 and 80 held on seeds never
//! fitted on, but with the curves refitted the flags over-state on the six-seed test (the
//! curves are per camera count already) and so does the place curve's 0.6-0.7 band at 40
//! cameras; the softer evidence might take a curve of its own for stops whose reads come
//! from a camera watching two stretches, or a cap on such stops' flags. Held-out seeds 101
//! to 120 have now been looked at for this change: a next try should be chosen on seeds 201
//! to 260.
//!
//! Twelfth round (issue 17, branch sens17c; the eleventh round's next try, chosen on seeds
//! 201 to 260 only, judged once on held-out seeds; the code is in commit 2f8882d, reverted
//! by the next). Commit f4a224d's single-stop per-stretch search re-applied
//! without its switch (the per-stretch reach kept only for cameras on two stretches or
//! more, cloned from the full search), and each flag given the most its named places gained,
//! in log-likelihood, from the per-stretch search on its own stop or on any stop read on both
//! sides among its weekly repeats (`RouteModel::per_stretch_gain`); a flag past 0.5 was
//! stated on a curve of its own, `SENSITIVE_FLAG_EITHER_STRETCH` per camera count, fitted
//! on seeds 201 to 260 (`evaluate --fit-calibration --first-seed 1 --seeds 60` fits the
//! other curves on 1 to 60 as before, without those flags, and this one on 201 to 260).
//! What the raw claims showed (`EVALUATE_CLAIMS=1 evaluate --fit-calibration --first-seed
//! 201 --seeds 60`, with each flag's cameras' stretch counts): nearly every flag has a
//! camera on two stretches at one end or both (all 89 at 20 cameras, 162 of 164 at 40, 260
//! of 269 at 80), so the camera alone marks them all; the gain on the named
//! places is 0 or over 2 (a camera counted as a miss, about 3.0), never between, so any
//! bar from 0 to 2 marks the same flags: 5 / 8 / 19 at 20 / 40 / 80 cameras, right 3 / 8 /
//! 15. Their curve is one knot each: 0.57 / 0.90 / 0.76. Without them, the one-off curve at
//! 40 cameras is fitted from 38 claims (main 49) and the repeated one from 117 (main 123).
//! - `flags_are_right_about_as_often_as_they_state` still failed (stated 0.78, right 0.62,
//!   10 of 16), and none of its 16 flags is marked. Its three wrong flags on seed 1 (a
//!   weekly end, repeated 3, raw under 0.35) state exactly 0.5000: the refitted repeated curve's
//!   first block at 40 cameras (raw up to 0.35) is right half the time, where main's is
//!   0.4688, under [`MIN_STATED_SENSITIVE_VISIT_PROBABILITY`], so main drops them. f4a224d's
//!   refit had the same 0.5000 knot: the eleventh round's over-statement on the six seeds
//!   was this knife-edge, not the softer evidence. So the bar was read as its doc says,
//!   "more often right than wrong": a flag is raised only when it states more than 0.5. On
//!   seeds 201 to 260 that drops 8 flags at 40 cameras (3 right), stated exactly 0.5, which
//!   main's curve drops too; `cargo test --lib analyst` then passed (82).
//! - Seeds 201 to 260 (`evaluate --markdown --first-seed 201 --seeds 60`), precision /
//!   recall (flags right / flags, visits found of 409): main 0.87 / 0.19 (74 / 85, 79), 0.88
//!   / 0.33 (129 / 147, 137), 0.87 / 0.41 (164 / 189, 168) at 20 / 40 / 80 cameras; the curve
//!   with the bar at 0.5 inclusive 0.87 / 0.20 (77 / 89, 82), 0.87 / 0.35 (134 / 154, 143),
//!   0.83 / 0.44 (176 / 211, 180); with the strict bar 0.87 / 0.20, 0.90 / 0.34 (131 / 146,
//!   140), 0.83 / 0.44. Bands OFF there: main at 20 place_visit (0.00 beyond), first-named
//!   places (0.05), runners-up (0.00), at 40 first-named (0.02) and runners-up (0.02); with
//!   the curve (either bar) at 20 place_visit (0.06), other places (0.07), runners-up
//!   (0.03), at 40 first-named (0.05), at 80 none.
//! - Held-out seeds 101 to 120, judged once with the strict bar (`evaluate --markdown
//!   --first-seed 101 --seeds 20`): 0.96 / 0.17 (22 / 23, 23 of 136), 0.83 / 0.26 (35 / 42,
//!   35), 0.76 / 0.43 (59 / 78, 59) at 20 / 40 / 80 cameras, against main's 0.96 / 0.18 (23 /
//!   24, 24), 0.80 / 0.26 (36 / 45, 36), 0.75 / 0.39 (53 / 71, 53); flags stated / right
//!   0.91 / 0.96, 0.85 / 0.83, 0.80 / 0.76; bands OFF at 40 cameras first-named places
//!   (0.05 beyond), at 80 repeated flags (0.03); homes and work within 500 m as main.
//!   Not kept: recall at 40 cameras fell by one visit (the eleventh round, the same search
//!   with every curve refitted and the bar inclusive, found 42; which of the three changes
//!   since costs the seven was not looked at, to look at seeds 101 to 120 only once; at 40
//!   the 0.5-0.6 band was 1 of 7 right at 0.55). `cargo test --test analyst_table --test
//!   determinism` passed (digests unchanged).
//!   Time, `bench_analyst --profile-only` main / this alternated five times on a machine at
//!   load 6 to 7, medians: one profile 4.18 / 4.22 ms, at 80 cameras 6.21 / 3.97 ms (runs
//!   from 2.8 to 11 ms: noise); the route model (`bench_analyst`, twice each) 38.7, 31.0 /
//!   34.7, 34.3 ms.
//!
//! - Then, on seeds 201 to 260 only (held-out seeds not looked at again; commit f8ed6e7,
//!   reverted by the next): the same search and marked flags' curve, the other curves left
//!   as main fitted them (so the curves file is no longer what the command writes), the
//!   bar inclusive as on main. The native `sensitive_visits` tests passed (on main's curve
//!   the seed-1 weekly end states about 0.47, under the bar). Precision / recall 0.87 /
//!   0.20 (77 / 89, 82), 0.89 / 0.35 (134 / 150, 143), 0.87 / 0.43 (171 / 197, 175) at 20 /
//!   40 / 80 cameras
//!   (main 0.87 / 0.19, 0.88 / 0.33, 0.87 / 0.41); bands OFF at 20 place_visit (0.04),
//!   other places (0.06), first-named (0.05), runners-up (0.01), at 40 first-named (0.02),
//!   runners-up (0.02) and, new, repeated flags 0.5-0.6 under-stated (7 of 7 right at 0.52,
//!   0.03 beyond), at 80 none. The next round's candidate, once the curves file can be
//!   written by one command again (the old curves fitted on main's scores, or on 1 to 60
//!   without the marked flags' weeks), to be judged on held-out seeds not yet looked at.
//!
//! What is left: the per-stretch search's own gain is real but small (at 40 fresh cameras
//! 8 flags, all right). What decided the six-seed test is the repeated curve's first block
//! at 40 cameras sitting at the 0.5 bar, so whichever claims a refit adds or removes
//! raises or drops a weekly end of three or four flags; whether that is also what cost the
//! held-out visits is not known. A next try could keep the marked flags' curve and leave
//! the other curves as main fitted them (the unmarked flags are main's, their raw scores
//! moved a little by the other candidates' evidence), or fit the repeated curve's first
//! block with the bar in mind, chosen on seeds 201 to 260 and judged on fresh held-out
//! seeds (101 to 120 have now been looked at for this change too). Lead (c), a weekly
//! unexplained gap as evidence, was not tried for want of time.
//!
//! Thirteenth round (issue 17, branch sens17d; chosen on seeds 201 to 260, judged once on
//! held-out seeds 121 to 140, never used before, and on 101 to 120; nothing kept, the code
//! was environment knobs, not committed). Lead (a), the stated bar: flags stated under 0.5
//! that are right about as often as they state. Precision / recall (flags right / flags,
//! visits found of 409) at 20 / 40 / 80 cameras, `evaluate --markdown --first-seed 201
//! --seeds 60` (main 0.87 / 0.19 (74 / 85, 79), 0.88 / 0.33 (129 / 147, 137), 0.87 / 0.41
//! (164 / 189, 168), no flag band OFF):
//! - The bar alone (main's floors and curves): at 0.4, 0.87 / 0.19, 0.83 / 0.35 (133 / 160,
//!   142), 0.85 / 0.42 (169 / 199, 173); at 0.3, 0.87 / 0.19, 0.83 / 0.35, 0.81 / 0.44
//!   (175 / 217, 179); no flag band OFF (at 40 the 0.4-0.5 band 4 of 13 right at 0.47, at
//!   80 0.3-0.4 6 of 18 at 0.37). Any bar from 0.30 to 0.468 gives the same flags at 40
//!   cameras and none moves at 20: the curves' lowest knots are 0.4688 (repeated, 40),
//!   0.5882 (one-off, 40), 0.87 and 0.88 (20). So the bar is bounded by the raw floors
//!   ([`MIN_SENSITIVE_VISIT_PROBABILITY`], [`MIN_REPEATED_SENSITIVE_VISIT_PROBABILITY`]),
//!   and those were swept with it, offline: raw claims dumped with both floors at 0.2
//!   (`EVALUATE_CLAIMS=1 evaluate --fit-calibration`, seeds 1 to 60 and 201 to 260), the
//!   flags curves refitted on 1 to 60 by `isotonic_knots`'s rule (the floors at 0.4 / 0.3
//!   give main's curves to the digit; flags only add), recall as right flags of 409. Best
//!   at 40 cameras: floors 0.3 / 0.2 (one-off / repeated) 0.74 / 0.38 (154 / 208) at bar
//!   0.3; 0.3 / 0.25 0.75 / 0.37; 0.3 / 0.3 0.78 / 0.36 (149 / 191); 0.2 / 0.2 0.74 / 0.37.
//!   No mix reaches 0.7 / 0.4 in right flags.
//! - The raw sweep of the first round, redone on 201 to 260 with one raw floor for every
//!   flag and no curve: at 40 cameras 0.2 / 0.25 / 0.3 / 0.35 / 0.4 / 0.5 give 0.46 / 0.43,
//!   0.63 / 0.39, 0.78 / 0.36, 0.85 / 0.33, 0.88 / 0.30, 0.92 / 0.20 (right flags); at 20
//!   0.58 / 0.32, 0.71 / 0.23, 0.81 / 0.19, 0.86 / 0.15, 0.87 / 0.13; at 80 0.50 / 0.56,
//!   0.60 / 0.53, 0.68 / 0.51, 0.74 / 0.47, 0.80 / 0.44. The raw score now separates right
//!   from wrong far better than in the first round (0.41 / 0.33 at 0.3 then), but recall
//!   0.4 at 40 cameras still costs precision down to about 0.6.
//! - Run (curves refitted with `evaluate --fit-calibration --first-seed 1 --seeds 60` and
//!   the floors set): floors 0.3 / 0.2, bar 0.3: 0.65 / 0.28 (112 / 173, 116), 0.74 / 0.40
//!   (154 / 208, 163: 0.399), 0.74 / 0.49 (199 / 270, 202); no flag band OFF at 20 or 40,
//!   two repeated bands at 80 (under-stated: 8 of 9 at 0.43, 12 of 12 at 0.65). Floors 0.3
//!   / 0.3, bar 0.3: 0.81 / 0.20 (76 / 94, 81), 0.78 / 0.39 (149 / 191, 158), 0.80 / 0.45
//!   (181 / 225, 184); no flag band OFF. Homes and work unchanged.
//! - Both fail `flags_are_right_about_as_often_as_they_state` (0.3 / 0.2: stated 0.72,
//!   right 0.53, 10 of 19; 0.3 / 0.3: stated 0.77, right 0.62, 10 of 16): any stated bar
//!   under 0.4688 at 40 cameras lets in seed 1's weekly drive end (repeated 3, wrong every
//!   week, stated 0.4688: the repeated curve's first block), the flag the seventh and
//!   twelfth rounds met. The bar lowered for one-off flags only (floor and bar 0.3, curves
//!   as for 0.3 / 0.3; repeated flags keep 0.3 raw and 0.5 stated) passes it (seed 1's end
//!   stays out; seed 4's wrong one-offs state 0.54 instead of 0.59): 201 to 260 0.81 / 0.20
//!   (76 / 94, 81), 0.81 / 0.37 (145 / 178, 153), 0.82 / 0.43 (173 / 212, 176), no flag
//!   band OFF. Judged once on held-out seeds 121 to 140 (`--markdown --first-seed 121
//!   --seeds 20`): 0.81 / 0.15 (21 / 26, 21 of 137), 0.83 / 0.36 (49 / 59, 49), 0.81 / 0.43
//!   (58 / 72, 59), against main's 1.00 / 0.15 (21 / 21, 21), 0.93 / 0.30 (41 / 44, 41),
//!   0.86 / 0.42 (56 / 65, 57); on 101 to 120 0.96 / 0.19 (25 / 26, 26 of 136), 0.76 /
//!   0.31 (42 / 55, 42), 0.66 / 0.40 (54 / 82, 54) against main's 0.96 / 0.18, 0.80 / 0.26,
//!   0.75 / 0.39. Homes and work as main. Not kept: on 121 to 140 the one-off flags at 20
//!   cameras state 0.80 where 0 of 5 are right (a band OFF, 0.25 beyond; the refitted
//!   one-off curve at 20 is one knot, 0.80, from 18 claims), at 40 the flags state 0.70 where 0.83
//!   are right, and on 101 to 120 precision at 80 cameras falls to 0.66. Held-out seeds 121
//!   to 140 have now been looked at once, for this change.
//! - Wording was not changed, since nothing was kept. A flag under 0.5 would need it: the
//!   dossier card says "Probably at" (`sensitive-flag-guess`), the letter "The log also
//!   shows my visits to" every flagged kind (`letter.rs`), whatever the stated chance.
//!
//! Lead (c), a weekly unexplained gap, was sized, not built (`SENSITIVE_TRACE=1 evaluate
//! --first-seed 201 --seeds 60 --cameras 40 --no-timing --no-added-stop` on main, visits
//! grouped by seed, place, weekday and hour): of the 272 visits missed, 105 belong to a
//! series of three weeks or more (synagogue 42, union hall 28, mosque 27, church 8); in
//! only 12 series (28 missed visits: 23 Saturday synagogue mornings, mostly read both
//! ways, 4 union meetings of one seed, 1 Friday prayer) does the gap of reads around the
//! visit stay under six hours in three weeks or more, so that the same hours recur. Those
//! are single stops the weekly pool already combines (to home, eighth round), with the
//! service-times bonus already given. The union meetings (25 of 28 in gaps over six
//! hours: the Wednesday read opens the night) and the Friday prayers (27, all over six
//! hours, 24 with no read on either drive) do not recur as a bounded gap, and a union
//! local's meeting night has no cited source. At most 28 visits (0.07 recall) are within
//! its reach, and those are what the drive score (tenth round) already aims at.
//!
//! What is left after the thirteenth round: on fresh seeds the trade of precision for
//! recall at 40 cameras passes 0.4 only near 0.74 / 0.40 (floors 0.3 / 0.2), and there the
//! six-seed test fails on one weekly end; a lower floor for one-offs alone raised held-out
//! recall at 40 (0.30 to 0.36 on 121 to 140) but its one-off curve at 20 cameras, one
//! knot from 18 claims, over-stated. A next try could keep 20 cameras' floors (the floors
//! per camera count, as the curves are) and be judged on held-out seeds not yet seen
//! (121 to 140 have now been looked at once). Most visits still missed have no read on
//! either drive or come once.
//!
//! Fourteenth round (issue 17, branch sens17e; kept): the floors per camera count, as the
//! curves are ([`min_raw_flag_probability`], [`min_stated_flag_probability`]: a table at
//! 20, 40 and 80 cameras interpolated on the logarithm of the count like
//! `calibration::on_curves`). 20 cameras keep main's floors and bar exactly (one-off raw
//! 0.4, repeated raw 0.3, stated 0.5), so their curves refit to the digit; at 40 and 80
//! one-off flags are raised from raw 0.3 and stated 0.3, repeated ones keep raw 0.3 and
//! stated 0.5 (the six-seed test's weekly end of seed 1 is a repeated flag stated 0.4688).
//! Curves refitted with `evaluate --fit-calibration --first-seed 1 --seeds 60` for each
//! variant; chosen on seeds 201 to 260 (`evaluate --cameras N --first-seed 201 --seeds 60
//! --no-timing --no-added-stop`), precision / recall (flags right / flags, visits found of
//! 409) at 20 / 40 / 80 cameras, main 0.87 / 0.19 (74 / 85, 79), 0.88 / 0.33 (129 / 147,
//! 137), 0.87 / 0.41 (164 / 189, 168):
//! - Kept (one-off 0.3 / 0.3 at 40 and 80): 0.87 / 0.19 (74 / 85, 79, as main), 0.81 / 0.37
//!   (145 / 178, 153), 0.82 / 0.43 (173 / 212, 176); no flag band OFF, home and work as
//!   main; `flags_are_right_about_as_often_as_they_state` passes. The refit changes only
//!   the 40- and 80-camera curves of the flags and sensitive places (one-off flags at 40
//!   from 49 to 69 claims, lowest block 0.41 at raw 0.32; at 80 from 112 to 164, lowest
//!   0.26 at raw 0.34, which the 0.3 bar drops).
//! - Not kept: one-off raw floor and bar 0.2 at 40 cameras (80 as kept): 0.64 / 0.41 (161
//!   / 253, 168) at 40; the added one-offs state 0.28 and 17 of 76 are right, and the
//!   six-seed test fails (stated 0.68, right 0.53, 10 of 19). A raw floor of 0.2 with the
//!   bar at 0.3 flags about what the kept one does: its refitted one-off curve at 40
//!   cameras states 0.29 for raw 0.21 to 0.30 (fitted, not run).
//! - Judged once on held-out seeds 101 to 200 (`evaluate --markdown --first-seed 101
//!   --seeds 100`, content/generated/analyst-table.md): 0.88 / 0.18 (116 / 132, 121 of
//!   678), 0.77 / 0.34 (226 / 293, 228), 0.73 / 0.42 (282 / 386, 284), against main's 0.88
//!   / 0.18, 0.84 / 0.30, 0.79 / 0.40; no flag band OFF at any count; home and work as main
//!   to the percent. At 40 cameras the one-off flags stated 0.4-0.5 were right 20 of 45
//!   (0.43 stated), at 80 those stated 0.3-0.4 6 of 28 (0.34 stated: not OFF, its interval
//!   reaches 0.38, but the weakest band), so at 80 the lowered bar buys 0.02 of recall for
//!   0.06 of precision.
//! - Wording: flags now state under 0.5, so the dossier card says "May have been at" under
//!   0.5 and "Probably at" from it (`sensitive-flag-maybe`, `text::guess_sentence`
//!   takes the finding's confidence), and the letter says "The log may also show my visits
//!   to" (`letter-sensitive`), in en, es and pt-BR.
//!
//! What is left after the fourteenth round: 40 cameras reach precision 0.77 but recall
//! 0.34 on held-out seeds, short of 0.4; any lower one-off floor adds flags right about a
//! quarter of the time. At 80 cameras the 0.3 bar's band (right 0.21 on held-out) could go
//! back to 0.5 for one-offs, to be chosen on training seeds (it was not, for want of time).
//!
//! Fifteenth round (issue 17, branch sens17f; chosen on seeds 201 to 260 only, judged once
//! on held-out seeds 401 to 500, never used before; not kept: the code is in commit
//! 57eb879, reverted by the next). The untried combination: the twelfth round's second
//! variant (f8ed6e7: each of a camera's stretches searched alone for single stops, the
//! flags resting on it stated on a curve of their own) on main's per-count floors, with
//! every curve again the output of one command (`evaluate --fit-calibration --first-seed 1
//! --seeds 60`). Precision / recall (flags right / flags, visits found of 409) at 20 / 40 /
//! 80 cameras, `evaluate --cameras N --first-seed 201 --seeds 60 --no-timing
//! --no-added-stop`; main 0.87 / 0.19 (74 / 85, 79), 0.81 / 0.37 (145 / 178, 153), 0.82 /
//! 0.43 (173 / 212, 176), no flag band OFF:
//! - f8ed6e7 cherry-picked as it was (its command fits the marked flags' curve on 201 to
//!   260 and the other curves on 1 to 60 without them; bar inclusive): 0.87 / 0.20 (77 /
//!   89, 82), 0.79 / 0.40 (155 / 195, 164), 0.79 / 0.46 (185 / 235, 188). The refitted
//!   repeated curve's first block at 40 cameras is 0.5000 again (the twelfth round's knife
//!   edge), and `flags_are_right_about_as_often_as_they_state` fails (stated 0.81, right
//!   0.62, 10 of 16).
//! - With the bar strict (a flag is raised only when it states more than its bar): 0.87 /
//!   0.20, 0.81 / 0.39 (152 / 187, 161), 0.79 / 0.46; the test still fails (stated 0.88,
//!   right 0.77, 10 of 13): seed 4's three wrong one-off flags (raw about 0.48) state 0.71
//!   on the refitted one-off curve at 40 cameras (0.54 on main's), fitted from 58 claims
//!   once the marked flags are taken out (knots 0.42 to 0.65, 0.61 to 0.83).
//! - With the 80-camera one-off bar back at 0.5 (raw floor 0.3 kept): 80 cameras 0.84 /
//!   0.44 (178 / 211, 182), 20 and 40 unchanged.
//! - The marked flags also kept in their kind's claims (one-off or repeated) when the
//!   curves are fitted, besides their own: the one-off curve at 40 cameras is fitted from
//!   70 claims and seed 4's flags state about 0.54 again; `cargo test --lib analyst` passes
//!   (83). The marked flags' curve fitted on 201 to 260 (as f8ed6e7) or on 1 to 60 (the
//!   command's own seeds) raises the same flags at every count: 0.87 / 0.20 (77 / 89, 82),
//!   0.81 / 0.39 (152 / 187, 161), 0.84 / 0.45 (181 / 216, 185); at 80 cameras one flag
//!   band OFF, one-off 0.5-0.6 (0 of 8 right at 0.56, 0.15 beyond). The marked flags are
//!   few and unsteady: on 1 to 60, 1 / 15 / 10 at 20 / 40 / 80 cameras, right 1 / 9 / 9; on
//!   201 to 260, 5 / 11 / 21, right 3 / 11 / 17. Fitted on 1 to 60 they state 0.67 / 0.59 /
//!   0.83 (on 201 to 260, 0.57 / 0.92 / 0.78); 1 to 60 was kept for the candidate, so that
//!   201 to 260 only choose and every curve comes from the command's seeds.
//! - Chosen: with that, one-off flags at 80 cameras back to main's old floor and bar (raw
//!   0.4, stated 0.5; the curves refitted, which changes only the 80-camera ones of the
//!   flags and sensitive places): 80 cameras 0.84 / 0.45 (179 / 214, 183), no flag band
//!   OFF; 20 and 40 as above (same floors and curves there). Homes and work within 500 m as
//!   main at every count. `cargo test --lib analyst` (83) and `cargo test --test
//!   analyst_table --test determinism` passed (digests unchanged). `bench_analyst
//!   --profile-only`, main's binary and this one alternated five times, medians: one
//!   profile 2.48 / 2.39 ms, at 80 cameras 2.76 / 2.58 ms.
//! - Judged once on held-out seeds 401 to 500 (`evaluate --cameras N --first-seed 401
//!   --seeds 100 --no-timing --no-added-stop`, main's binary and this one): 0.95 / 0.18
//!   (124 / 131, 127 of 693), 0.74 / 0.34 (230 / 311, 233), 0.82 / 0.43 (294 / 360, 297) at
//!   20 / 40 / 80 cameras, against main's 0.92 / 0.18 (123 / 133, 126), 0.72 / 0.32 (221 /
//!   307, 224), 0.73 / 0.40 (274 / 373, 277); homes and work within 500 m as main (0.18 /
//!   0.28, 0.36 / 0.50, 0.59 / 0.80). No flag band OFF at 20 or 40 cameras; at 80 one,
//!   repeated flags 0.7-0.8 under-stated (32 of 33 right at 0.76, its interval from 0.86:
//!   0.00 beyond), where main has one too (repeated 0.6-0.7, 16 of 16 right at 0.63, 0.10
//!   beyond; main's one-off flags stated 0.3-0.4 were right 5 of 36). Place bands OFF at 40
//!   cameras: place_visit 2 (0.05 beyond) and first-named places 2 (0.05), against main's 1
//!   (0.03) and 2 (0.03); at 20 the same bands as main's. Not kept: the round's rule asked
//!   for no flag band OFF at 20 and 80 cameras, and recall at 40 stays under 0.4. Held-out
//!   seeds 401 to 500 have now been looked at once, for this change.
//! - Then, to compare with the README's table (seeds 101 to 200, looked at again; `evaluate
//!   --markdown --first-seed 101 --seeds 100`, not committed): 0.87 / 0.17 (111 / 127, 116
//!   of 678), 0.79 / 0.36 (243 / 307, 245), 0.80 / 0.45 (300 / 374, 302), against the
//!   table's 0.88 / 0.18, 0.77 / 0.34, 0.73 / 0.42; homes and work to the percent as the
//!   table; at 80 cameras a flag band OFF again under-stated, repeated flags 0.5-0.6 (14 of
//!   14 right at 0.53, 0.18 beyond), where main has none there. The refitted repeated curve
//!   at 80 cameras (from 151 claims, the marked flags among them) states its lowest flags
//!   too low on both held-out sets.
//!
//! What is left after the fifteenth round: on 401 to 500 the candidate beats main on every
//! line of the flags (precision at 80 cameras 0.73 to 0.82, recall at 40 0.32 to 0.34), but
//! at 80 cameras its repeated curve states its lowest flags too low on both held-out sets
//! (0.00 and 0.18 beyond), where main has no flag band OFF on 101 to 200. A next try could
//! fit the repeated curves without the marked flags and keep them in the one-off claims
//! only (they were added to their kind's claims to keep the 40-camera one-off curve, fitted
//! from 58 claims without them, from moving the six-seed test's weekly flags), chosen on
//! 201 to 260 and judged on seeds not yet seen (401 to 500 and 101 to 200 have been looked
//! at for this change; the code is in 57eb879). Recall 0.4 at 40 cameras needs visits no
//! read-based flag reaches yet (union meetings, Friday prayers read one way, one-offs).
//! This round's "main" is main before the workplace's learned door (`work_choice.rs`), kept
//! the same day: a moved workplace moves which stops are flagged, and with it the table on
//! 101 to 200 reads 0.85 / 0.19, 0.76 / 0.37, 0.72 / 0.43 (no flag band OFF).
//!
//! Works on candidates already scored by [`super::places`] and [`super::drive_ends`]; this
//! module must not score places itself, and must not read
//! [`crate::sim::Sighting::vehicle`] or any truth.

use serde::Serialize;

use crate::analyst::index::SightingRef;
use crate::analyst::stays::Stay;
use crate::sim::{PlaceId, TownMap};

/// A stop is flagged as a sensitive visit only when the sensitive places together hold at
/// least this probability. An analyst acts on "perhaps the mosque or the clinic", so the
/// share is summed over the reported candidates, not required of one place. The stated
/// probability is normalised over everything the stop could be (home with its prior
/// `HOME_PLACES`, work, every mapped place,
/// `OFF_MAP_PLACES` in `priors.rs`), so it is about what the flags
/// deliver. `examples/evaluate.rs` on seeds 61 to 160 (not the seeds it reports), 20
/// and 40 cameras: flags at 0.4 and above state 0.45 and 0.51 and are right 0.48 and 0.49
/// of the time; at 0.3, right 0.41 (twice the flags); at 0.5, hardly any flag is left at 20
/// cameras. A wrong flag (a clinic, a mosque) harms more than a missed one, hence 0.4.
/// This is the floor at 20 cameras; denser networks flag from lower ([`min_raw_flag_probability`]).
pub const MIN_SENSITIVE_VISIT_PROBABILITY: f64 = 0.4;

/// The end of a long gap repeated in other weeks (the same end of a drive on the same
/// weekday and time) is flagged from this raw probability: such flags were right more
/// often than one-offs at the same raw score (issue 17, seventh round). Calibrated, a flag
/// is still raised only when its stated confidence reaches
/// [`MIN_STATED_SENSITIVE_VISIT_PROBABILITY`], so where its curve says such flags are
/// seldom right (80 cameras) they are not raised.
pub const MIN_REPEATED_SENSITIVE_VISIT_PROBABILITY: f64 = 0.3;

/// A calibrated flag is raised only when the confidence it states (`calibration.rs`: how
/// often flags of its kind and raw probability were right in the towns the curves were
/// fitted on) is at least this: more often right than wrong. Chosen on fresh seeds 201 to
/// 260 (issue 17, seventh round): at 0.4, precision / recall 0.83 / 0.33 at 40 cameras,
/// at 0.5 0.88 / 0.32. Without calibration (fitting the curves) every flag is kept. This
/// is the bar at 20 cameras, and for repeated flags at every count ([`min_stated_flag_probability`]).
pub const MIN_STATED_SENSITIVE_VISIT_PROBABILITY: f64 = 0.5;

/// Where a flag is raised, per camera count: (count, [one-off raw floor, repeated raw
/// floor, one-off stated bar, repeated stated bar]), sorted by count. At 20 cameras the
/// floors are [`MIN_SENSITIVE_VISIT_PROBABILITY`], [`MIN_REPEATED_SENSITIVE_VISIT_PROBABILITY`]
/// and [`MIN_STATED_SENSITIVE_VISIT_PROBABILITY`]; denser networks flag one-off stops from
/// lower scores (issue 17, fourteenth round). Between two counts, interpolated on the
/// logarithm of the count, as the curves are (`calibration::on_curves`).
const FLAG_FLOORS: [(u32, [f64; 4]); 3] = [
    (
        20,
        [
            MIN_SENSITIVE_VISIT_PROBABILITY,
            MIN_REPEATED_SENSITIVE_VISIT_PROBABILITY,
            MIN_STATED_SENSITIVE_VISIT_PROBABILITY,
            MIN_STATED_SENSITIVE_VISIT_PROBABILITY,
        ],
    ),
    (40, [0.3, 0.3, 0.3, 0.5]),
    (80, [0.3, 0.3, 0.3, 0.5]),
];

/// The raw probability from which a stop is flagged on a network of `cameras`: lower for
/// the end of a drive repeated in other weeks (`repeated`).
pub fn min_raw_flag_probability(cameras: usize, repeated: bool) -> f64 {
    super::between_counts(&FLAG_FLOORS, cameras, |f| f[usize::from(repeated)])
}

/// The stated (calibrated) confidence a flag must reach to be raised on a network of
/// `cameras`.
pub fn min_stated_flag_probability(cameras: usize, repeated: bool) -> f64 {
    super::between_counts(&FLAG_FLOORS, cameras, |f| f[2 + usize::from(repeated)])
}

/// A flagged sensitive visit names at most this many candidate places.
pub const MAX_SENSITIVE_CANDIDATES: usize = 3;

/// A sensitive place is named as a candidate only with at least this share of the
/// sensitive probability of the stop.
const MIN_CANDIDATE_SHARE: f64 = 0.1;

/// A stop the analyst flags as a visit to one of a few sensitive places ("probably the
/// mosque or the clinic").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SensitiveVisit {
    /// The car arrived after this minute (its read before the stop)...
    pub after_minute: u32,
    /// ...and left before this one (its read after the stop).
    pub before_minute: u32,
    /// The sensitive places it may have been, most likely first, each with its probability.
    pub candidates: Vec<(PlaceId, f64)>,
    /// Probability the stop was at one of the candidates (their sum).
    pub probability: f64,
    /// Stops like it (the same end of a drive, weekday and time of day) in other weeks,
    /// itself included, taken as visits to the same place; 1 for a one-off.
    pub repeated: u32,
    pub evidence: [SightingRef; 2],
}

/// The stop as a sensitive visit, when the sensitive places together are likely enough:
/// the likeliest sensitive places that hold most of that probability, at most
/// [`MAX_SENSITIVE_CANDIDATES`] of them. `candidates` are (log score, place) pairs and
/// `probability_of` turns a score into the stop's probability of being there; the stop is
/// flagged when the named places together hold at least `min_probability`.
pub(super) fn sensitive_visit(
    map: &TownMap,
    stay: &Stay,
    candidates: &[(f32, Option<PlaceId>)],
    probability_of: impl Fn(f32) -> f64,
    min_probability: f64,
) -> Option<SensitiveVisit> {
    let mut sensitive: Vec<(PlaceId, f64)> = candidates
        .iter()
        .filter_map(|&(score, place)| {
            let place = place?;
            map.places[place as usize]
                .kind
                .is_sensitive()
                .then(|| (place, probability_of(score)))
        })
        .collect();
    sensitive.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let share: f64 = sensitive.iter().map(|c| c.1).sum();
    let named: Vec<(PlaceId, f64)> = sensitive
        .into_iter()
        .take(MAX_SENSITIVE_CANDIDATES)
        .filter(|c| c.1 >= MIN_CANDIDATE_SHARE * share)
        .collect();
    let probability: f64 = named.iter().map(|c| c.1).sum();
    (probability >= min_probability).then_some(SensitiveVisit {
        after_minute: stay.from_minute,
        before_minute: stay.to_minute,
        candidates: named,
        probability,
        repeated: 1,
        evidence: [stay.before, stay.after],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::profile::Profile;
    use crate::analyst::profile::tests::profile_of_commuter;
    use crate::sim::{PlaceKind, Simulation};

    mod sensitive_visits {
        use super::*;
        use crate::sim::{Scenario, simulate};

        /// The commuter's profile at 40 cameras, and per flagged visit whether one of its
        /// candidate places was really visited inside its gap.
        fn run(seed: u64) -> (Simulation, Profile, Vec<bool>) {
            let scenario = Scenario {
                seed,
                population: 300,
                camera_count: 40,
                ..Scenario::default()
            };
            let sim = simulate(&scenario).expect("a run");
            let (profile, _, _) = profile_of_commuter(&sim);
            let true_flags = profile
                .sensitive_visits
                .iter()
                .map(|flag| {
                    sim.truth.visits.iter().any(|v| {
                        flag.candidates.iter().any(|c| c.0 == v.place)
                            && v.arrive_minute >= flag.after_minute
                            && v.depart_minute <= flag.before_minute
                    })
                })
                .collect();
            (sim, profile, true_flags)
        }

        #[test]
        fn a_weekly_worship_visit_is_flagged_in_most_seeds() {
            let seeds = 1..=6;
            let flagged = seeds
                .clone()
                .filter(|&seed| {
                    let (sim, profile, _) = run(seed);
                    let worship: Vec<&crate::sim::Visit> = sim
                        .truth
                        .visits
                        .iter()
                        .filter(|v| {
                            matches!(
                                v.kind,
                                PlaceKind::Church
                                    | PlaceKind::Mosque
                                    | PlaceKind::Synagogue
                                    | PlaceKind::Temple
                            )
                        })
                        .collect();
                    profile.sensitive_visits.iter().any(|flag| {
                        worship.iter().any(|v| {
                            flag.candidates.iter().any(|c| c.0 == v.place)
                                && v.arrive_minute >= flag.after_minute
                                && v.depart_minute <= flag.before_minute
                        })
                    })
                })
                .count();
            assert!(flagged >= 4, "{flagged} of {}", seeds.count());
        }

        /// A flag is a guess among a few places near a camera: about half name a place
        /// really visited (`examples/evaluate.rs` measures it over 40 seeds; 10 of 16 here).
        /// Far more than chance, still a wrong accusation one time in two or three.
        #[test]
        fn at_least_half_of_flags_name_a_place_really_visited() {
            let (mut flags, mut true_flags) = (0, 0);
            for seed in 1..=6 {
                let (_, _, truth) = run(seed);
                flags += truth.len();
                true_flags += truth.iter().filter(|&&t| t).count();
            }
            assert!(flags > 0);
            assert!(2 * true_flags >= flags, "{true_flags} of {flags}");
        }

        /// The probability a flag states is about how often flags are right: over six
        /// seeds, their mean does not exceed the share of flags that name a place really
        /// visited by more than 0.1, judged as `examples/evaluate.rs` judges a band (issue
        /// 17's yardstick): off only when the share right's 90% interval lies wholly more
        /// than 0.1 under the mean stated, that is when so few flags would be right under
        /// one time in twenty were each right with the mean stated less 0.1. The old flags
        /// stated 0.75 and were right 0.35 of the time (5 of 13 right at 0.75 is off: one
        /// time in 22); curves fitted on seeds 801 to 1100
        /// state 0.89 where 10 of 13 are right here (interval 0.50 to 0.93), which the
        /// point share alone (0.77 + 0.1) called off.
        #[test]
        fn flags_are_right_about_as_often_as_they_state() {
            let (mut stated, mut flags, mut true_flags) = (0.0, 0, 0);
            for seed in 1..=6 {
                let (_, profile, truth) = run(seed);
                stated += profile
                    .sensitive_visits
                    .iter()
                    .map(|f| f.probability)
                    .sum::<f64>();
                flags += truth.len();
                true_flags += truth.iter().filter(|&&t| t).count();
            }
            assert!(flags > 0);
            let (stated, right) = (stated / flags as f64, true_flags as f64 / flags as f64);
            // P(at most `true_flags` right of `flags`) were each right with stated - 0.1.
            let p = (stated - 0.1).clamp(0.0, 1.0);
            let at_most: f64 = (0..=true_flags)
                .map(|k| {
                    let choose: f64 = (0..k)
                        .map(|i| (flags - i) as f64 / (i + 1) as f64)
                        .product();
                    choose * p.powi(k as i32) * (1.0 - p).powi((flags - k) as i32)
                })
                .sum();
            assert!(
                at_most > 0.05,
                "stated {stated:.2}, right {right:.2} ({true_flags} of {flags}), P {at_most:.3}"
            );
        }

        #[test]
        fn a_flag_names_few_sensitive_places_holding_most_of_the_probability() {
            let (sim, profile, _) = run(1);
            for flag in &profile.sensitive_visits {
                assert!(flag.candidates.len() <= MAX_SENSITIVE_CANDIDATES);
                assert!(flag.probability >= MIN_SENSITIVE_VISIT_PROBABILITY);
                for &(place, _) in &flag.candidates {
                    assert!(sim.map.places[place as usize].kind.is_sensitive());
                }
            }
        }
    }
}
