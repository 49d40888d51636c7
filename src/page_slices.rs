//! Long work on the page's main thread, in slices: the page's [`Pace`] ([`PageSlices`]),
//! which lets the browser draw and handle input every [`SLICE_MILLIS`], and
//! [`run_in_slices`], which runs such work until it ends or its [`SliceRun`] is dropped.
//! Used by the town-wide desk where no worker starts ([`crate::town_worker`]) and by the
//! tools' deferred visitor run ([`crate::views::shared_run`]).
//!
//! Cancelling: dropping the [`SliceRun`] sets a flag, and the work's next resumption (at the
//! end of the pause it is in) sees it and ends, dropping the work's state. It must not wait
//! for ever instead: wasm-bindgen-futures' task holds its own waker beside its future (a
//! reference cycle), so a future pending for ever is never freed, even when nothing else
//! holds its waker (js-sys 0.3.107 `futures/task/singlethread.rs`).
//!
//! It knows nothing of what the work computes (that is [`crate::scenario`]).

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;
use std::task::Poll;

use wasm_bindgen::JsCast;

use crate::sim::pace::Pace;

/// The longest the page works before it lets the browser draw and handle input, in
/// milliseconds. A piece of work started before the slice ends still finishes, so a task
/// stays well under the 50 ms the browser calls long.
///
/// 12, not 20 (issue 11: a task's wall time doubles on a loaded machine). Measured
/// 2026-12-01, load average 3-6 on 2 cores, 3 alternated runs each of `NO_WORKER=1
/// BY_CPU=1 LONG_TASK_MS=10 node scripts/trace_long_tasks.mjs '#/simulator'`: the town's
/// month on the page in tasks whose largest were 23, 29, 24 ms of CPU (the third and fourth
/// largest 20-22) with 20, and 20, 23, 20 (third and fourth 13-16) with 12. What stays near
/// 20 are pieces that do not pause inside (a background car's drives). The price: more
/// pauses, the month on the page 2362-2409 ms with 20 and 1573-3131 (median 2678) with 12.
pub(crate) const SLICE_MILLIS: f64 = 12.0;

/// The page's pace: goes on until [`SLICE_MILLIS`] have passed, then waits for the browser.
pub(crate) struct PageSlices {
    /// When the current slice began, [`now_millis`].
    slice_started: f64,
}

impl PageSlices {
    /// A pace whose first breath lets the browser in (the work usually starts in a task
    /// that has already worked: a module's start, a frame's drawing).
    pub(crate) fn new() -> PageSlices {
        PageSlices {
            slice_started: f64::NEG_INFINITY,
        }
    }

    /// Waits for the browser's turn, whatever time is left, and starts a new slice.
    pub(crate) async fn pause(&mut self) {
        browser_turn().await;
        self.slice_started = now_millis();
    }
}

impl Pace for PageSlices {
    fn breathe(&mut self) -> impl Future<Output = ()> {
        let tired = now_millis() - self.slice_started > SLICE_MILLIS;
        async move {
            if tired {
                self.pause().await;
            }
        }
    }
}

/// Work running in slices; dropping it cancels what has not run yet.
pub(crate) struct SliceRun {
    cancelled: Rc<Cell<bool>>,
}

impl Drop for SliceRun {
    fn drop(&mut self) {
        self.cancelled.set(true);
    }
}

/// Runs `work` on the page's event loop (it pauses with a [`PageSlices`]) until it ends or
/// the returned [`SliceRun`] is dropped; then the work is dropped at its next resumption.
pub(crate) fn run_in_slices(work: impl Future<Output = ()> + 'static) -> SliceRun {
    let cancelled = Rc::new(Cell::new(false));
    let seen = cancelled.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut work = std::pin::pin!(work);
        std::future::poll_fn(|cx| {
            if seen.get() {
                Poll::Ready(())
            } else {
                work.as_mut().poll(cx)
            }
        })
        .await;
    });
    SliceRun { cancelled }
}

/// `performance.now()` of the page or worker it runs in (a worker has no `window`),
/// milliseconds.
pub(crate) fn now_millis() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|performance| {
            let now = js_sys::Reflect::get(&performance, &"now".into()).ok()?;
            now.dyn_into::<js_sys::Function>()
                .ok()?
                .call0(&performance)
                .ok()?
                .as_f64()
        })
        .unwrap_or_else(js_sys::Date::now)
}

/// Resolves in a task of its own, after the browser had its turn (a zero timeout).
pub(crate) async fn browser_turn() {
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
}

/// The longest [`after_next_frame`] waits for a frame, in milliseconds: a hidden tab or an
/// iframe off screen draws no frames, and the work must not stall there.
const FRAME_WAIT_MILLIS: i32 = 100;

/// Resolves in a task of its own after the browser's next frame (its style, layout and
/// paint), or after [`FRAME_WAIT_MILLIS`] where no frame comes: a change made before it is
/// drawn in a frame of its own, not in one frame with the next change's. Whichever of the
/// frame and the fallback timer comes first, the other is cancelled (so a drawing step
/// leaves no timer behind to wake the page for nothing).
pub(crate) async fn after_next_frame() {
    let mut waits = FrameWaits::default();
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            waits.frame = window.request_animation_frame(&resolve).ok();
            waits.fallback = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, FRAME_WAIT_MILLIS)
                .ok();
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    drop(waits);
    // The frame's callbacks run before its paint: the next task comes after it.
    browser_turn().await;
}

/// The two waits of [`after_next_frame`], cancelled when it is done with them (or dropped
/// early, when its work is cancelled).
#[derive(Default)]
struct FrameWaits {
    /// The `requestAnimationFrame` handle.
    frame: Option<i32>,
    /// The fallback `setTimeout` handle.
    fallback: Option<i32>,
}

impl Drop for FrameWaits {
    fn drop(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(frame) = self.frame.take() {
            let _ = window.cancel_animation_frame(frame);
        }
        if let Some(fallback) = self.fallback.take() {
            window.clear_timeout_with_handle(fallback);
        }
    }
}
