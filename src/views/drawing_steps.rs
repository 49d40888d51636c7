//! Drawing a large screen in steps, each a main-thread task of its own, so that no task
//! passes 50 ms (issue 11): a view asks [`use_drawing_steps`] how many of its steps are
//! drawn and draws a part once its step is reached. The simulator's first result, the
//! console and the policy lab, whose whole screens drawn at once were tasks of 60 to 190 ms
//! on a loaded machine, are drawn so.
//!
//! Holds no view's parts: only the count and the wait that moves it on (owned by an
//! effect, dropped in its cleanup).
//!
//! What a step's frame costs beyond its own elements (issue 11, 2026-12-02, traces of the
//! simulator's start with a mark as each part appears, `BY_CPU`-style CPU per frame at a
//! load average of 3-8 on 2 cores): Chromium counts an element as near the screen up to
//! 1.5 screens below it, so `.sim-results`'s `content-visibility: auto` skipped nothing on a
//! 1280x900 screen; the dossier's cards and the capture log now skip themselves
//! (`static/style.css`), and "your life"'s stops are a step of their own. 3 alternated
//! traces before/after: the log's frame 10-16 -> 2-3.5 ms of CPU, the dossier's headline
//! frame 12-16 -> 5.5-10, "your life"'s second part 10-14.5 -> 8-11 (stops) and 4-8 (the
//! rest), the largest drawing frame 14-16 (median 16) -> 9-13 (median 10); the journey e2e's
//! `longest_task_ms=` 57, 82, 52, 93, 64 (median 64) before and 0, 53, 0, 0, 0 (median 0)
//! after (5 alternated runs, `PLATE_TRAIL_DIST=DIR xvfb-run -a node --test
//! --test-name-pattern='full journey' tests/e2e/simulator.test.mjs`, load average 3.5-5),
//! at a load average of 7.5-9 88, 59, 77, 127 before and 58, 76, 73, 111 after (4 more);
//! `time_to_first_map_ms=` overlapping (medians 342 and 456 of the first 5, 653 and 632 of
//! the next 4).
//! Chrome's autofill then lays out a skipped part's form controls anyway (tasks posted by
//! `autofill_agent.cc` `ExtractForms...` 100 ms after form controls are added, and by
//! `form_submission_tracker.cc` `FormControlDidChange` when Yew sets a field's value; in a
//! trace, a `ForcedStyleAndLayout` with no script on the stack): the log's 412 layout
//! objects come back in such a task, 6-8 ms of CPU, but no longer in its frame with paint.
//! These tasks cannot be turned off by a page; they were 2-8 ms of CPU, once 19-22 when one
//! landed on the first result before its frame.
//!
//! Tried and dropped (2026-12-02): `contain: layout paint` on every panel, the story, the
//! playback bar, the key and the map's text (the map's frame is `contain: content`
//! already), so that a step's layout stops at its box: 3 alternated traces, the frames'
//! summed CPU 98, 107, 104 ms with it against 97, 121, 99 without, no frame smaller. The
//! map with fewer SVG elements (lead 2): not built, as the map is small (265 elements after
//! the default run: 4 road paths, 35 places, 20 cameras, markers); re-inserting its drawing
//! cost 2.5 ms of style and layout (median of 40, in the page), 1.3 without any place, 2.0
//! without the cameras, 2.5 without the `<title>`s: a camera or place merged into one path
//! would save a millisecond at most and lose its tooltip.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::page_slices::{SliceRun, after_next_frame, run_in_slices};

/// How many of `steps` drawing steps are done: 0 until `ready`, then one more in each task
/// after the browser's next frame ([`after_next_frame`]), up to `steps`. It never goes back,
/// so a part once drawn stays mounted (its local state is kept) when later changes redraw
/// the screen.
///
/// A frame between steps: with zero-delay timers back to back, the browser could draw two
/// steps' new parts in one frame (its style, layout and paint for both). Measured
/// 2026-12-01 (load average 5-7 on 2 cores, 9 alternated runs each of `BY_CPU=1
/// LONG_TASK_MS=8 node scripts/trace_long_tasks.mjs '#/simulator'` until the first result
/// is whole): the largest frame task 13-34 ms of CPU (median 22) with timers, 13-26
/// (median 19) with a frame between; the largest task of any kind 21-34 (median 26)
/// against 16-31 (median 23). Drawing the app's shell a frame before the simulator's first
/// render as well (the mount in two tasks) was tried with it and dropped: the largest task
/// was 22-26 (3 runs), no smaller, the shell's task alone 13-29 in traces.
#[hook]
pub fn use_drawing_steps(ready: bool, steps: u8) -> u8 {
    let drawn = use_state(|| 0_u8);
    {
        let drawn = drawn.clone();
        use_effect_with((ready, *drawn), move |&(ready, done)| {
            let next = (ready && done < steps).then(|| next_step_after_a_frame(drawn, done));
            move || drop(next)
        });
    }
    *drawn
}

/// Moves `drawn` from `done` to `done + 1` in a task after the browser's next frame, unless
/// the returned wait is dropped first.
fn next_step_after_a_frame(drawn: UseStateHandle<u8>, done: u8) -> SliceRun {
    // One future type for every step (a boxed closure).
    let step: Box<dyn FnOnce()> = Box::new(move || drawn.set(done + 1));
    run_in_slices(async move {
        after_next_frame().await;
        step();
    })
}

/// How many of `steps` drawing steps of the result on screen are done, as
/// [`use_drawing_steps`], but counted again from 0 for each result that follows a time
/// without one (`ready` false: another town being built), so a new town's whole screen is
/// drawn in steps too; and whether the whole screen has been drawn once, for the parts that
/// stay mounted from one result to the next (the simulator's "your life" keeps its local
/// state). Each step waits for a frame, as in [`use_drawing_steps`]: the browser draws
/// between them, so each frame styles, lays out and paints one step's elements.
#[hook]
pub fn use_drawing_steps_per_result(ready: bool, steps: u8) -> (u8, bool) {
    let drawn = use_state(|| 0_u8);
    let whole_once = use_mut_ref(|| false);
    {
        let drawn = drawn.clone();
        use_effect_with((ready, *drawn), move |&(ready, done)| {
            if !ready && done > 0 {
                drawn.set(0);
            }
            let next = (ready && done < steps).then(|| next_step_after_a_frame(drawn, done));
            move || drop(next)
        });
    }
    if *drawn >= steps {
        *whole_once.borrow_mut() = true;
    }
    let whole_once = *whole_once.borrow();
    (*drawn, whole_once)
}

/// How many of a long list's `total` items to draw: `first` at once whenever `key` changes
/// (another run's rows, another sort or filter), then `step` more in each following task (a
/// zero-delay timer) until all `total` are drawn. The capture log's rows so drawn: its 300
/// rows in one go were a wasm task of about 60 ms and a paint of 80 to 100 ms (text shaping
/// and table layout) after a run finished on a loaded machine, when its scroll box shows
/// about a dozen.
///
/// Tried without gain (issue 11, 2026-12-02): each step after the next frame, as
/// [`use_drawing_steps`] does, instead of a zero-delay timer. 3 alternated runs each of
/// `JOURNEY=1 BY_CPU=1 LONG_TASK_MS=8 node scripts/trace_long_tasks.mjs '#/simulator'`
/// (load average 10-13 on 2 cores): the journey's largest task 28, 24, 25 ms of CPU with
/// timers and 26, 31, 29 with a frame per step; the largest after the skip to the end (the
/// log's 300 rows) 28, 17, 25 against 25, 27, 29. Timers kept.
#[hook]
pub fn use_items_in_steps<K>(key: K, total: usize, first: usize, step: usize) -> usize
where
    K: PartialEq + Clone + 'static,
{
    // The key the count belongs to: a count kept for another key starts again at `first`.
    let counted = use_state(|| (key.clone(), first));
    let drawn = if counted.0 == key {
        counted.1.max(first)
    } else {
        first
    };
    {
        let counted = counted.clone();
        use_effect_with((key, drawn < total, drawn), move |(key, more, done)| {
            let next = (key.clone(), done + step);
            let timer = more.then(|| {
                let step: Box<dyn FnOnce()> = Box::new(move || counted.set(next));
                Timeout::new(0, step)
            });
            move || drop(timer)
        });
    }
    drawn.min(total)
}
