//! Pauses in long work. The whole town's month takes a second or more in a browser; a
//! worker does it in one go, but a page that must do it itself (where no worker starts)
//! has to hand the browser its thread back every few tens of milliseconds, or the page
//! freezes. The long computations are written as `async` functions that call
//! [`Pace::breathe`] between small pieces of work: [`Straight`] never pauses (a worker, a
//! test, the command line, run by [`straight_through`]), a page's pace waits for the
//! browser once its slice of time is used up. The work and its result are the same either way.
//!
//! Pure: no UI crates; a page supplies its own [`Pace`].

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Where long work may pause.
pub trait Pace {
    /// Called between small pieces of work: ready at once when the thread is free to go
    /// on, pending until the browser had its turn when it is not.
    fn breathe(&mut self) -> impl Future<Output = ()>;
}

/// A pace that never pauses.
#[derive(Clone, Copy, Debug, Default)]
pub struct Straight;

impl Pace for Straight {
    fn breathe(&mut self) -> impl Future<Output = ()> {
        std::future::ready(())
    }
}

/// Runs work paced by [`Straight`] to its end, here and now.
pub fn straight_through<T>(work: impl Future<Output = T>) -> T {
    let mut work = pin!(work);
    match work.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => value,
        // Nothing in the simulation or the analysis waits but a pace, and Straight never does.
        Poll::Pending => unreachable!("work paced by Straight never waits"),
    }
}

/// How many pieces of work of one kind go between two breaths: small enough that a piece
/// is far under a millisecond, large enough that asking the clock costs nothing.
pub const PIECES_PER_BREATH: usize = 1 << 12;

/// Drops `items` a piece of [`PIECES_PER_BREATH`] at a time, last first, breathing in
/// between: freeing a town's tens of thousands of remembered routes in one go was a task of
/// 12 to 24 ms on a page without a worker (issue 11).
pub async fn drop_paced<T>(mut items: Vec<T>, pace: &mut impl Pace) {
    while !items.is_empty() {
        items.truncate(items.len().saturating_sub(PIECES_PER_BREATH));
        pace.breathe().await;
    }
}

/// Paces for tests: one that pauses at every breath, and a loop that runs paused work.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// A pace that is pending once at every breath, like a page whose slice is always used up.
    #[derive(Default)]
    pub(crate) struct EveryBreath {
        pub(crate) breaths: u32,
    }

    impl Pace for EveryBreath {
        fn breathe(&mut self) -> impl Future<Output = ()> {
            self.breaths += 1;
            let mut waited = false;
            std::future::poll_fn(move |cx| {
                if waited {
                    Poll::Ready(())
                } else {
                    waited = true;
                    cx.waker().wake_by_ref();
                    Poll::Pending
                }
            })
        }
    }

    /// Polls `work` until it is done; returns its value and how often it stopped.
    pub(crate) fn run_with_pauses<T>(work: impl Future<Output = T>) -> (T, u32) {
        let mut work = pin!(work);
        let mut pauses = 0;
        loop {
            match work.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
                Poll::Ready(value) => return (value, pauses),
                Poll::Pending => pauses += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{EveryBreath, run_with_pauses};
    use super::*;

    async fn count_to(n: u32, pace: &mut impl Pace) -> u32 {
        let mut total = 0;
        for i in 0..n {
            total += i;
            pace.breathe().await;
        }
        total
    }

    #[test]
    fn paused_work_gives_the_same_answer_as_work_done_straight() {
        let mut pace = EveryBreath::default();
        let (paused, pauses) = run_with_pauses(count_to(10, &mut pace));
        assert_eq!(paused, straight_through(count_to(10, &mut Straight)));
        assert_eq!((pauses, pace.breaths), (10, 10));
    }

    mod dropping_in_pieces {
        use super::*;
        use std::cell::Cell;
        use std::rc::Rc;

        /// Counts its drops in a shared counter.
        struct Counted(Rc<Cell<usize>>);

        impl Drop for Counted {
            fn drop(&mut self) {
                self.0.set(self.0.get() + 1);
            }
        }

        /// A pace that records how many items were dropped by each breath.
        struct Watching {
            dropped: Rc<Cell<usize>>,
            seen: Vec<usize>,
        }

        impl Pace for Watching {
            fn breathe(&mut self) -> impl Future<Output = ()> {
                self.seen.push(self.dropped.get());
                std::future::ready(())
            }
        }

        #[test]
        fn drops_everything_and_no_more_than_a_piece_between_two_breaths() {
            let dropped = Rc::new(Cell::new(0));
            let count = 2 * PIECES_PER_BREATH + 7;
            let items = (0..count).map(|_| Counted(dropped.clone())).collect();
            let mut pace = Watching {
                dropped: dropped.clone(),
                seen: Vec::new(),
            };
            straight_through(drop_paced(items, &mut pace));
            assert_eq!(dropped.get(), count);
            assert_eq!(pace.seen.last(), Some(&count));
            let mut before = 0;
            for &after in &pace.seen {
                assert!(
                    after - before <= PIECES_PER_BREATH,
                    "{} at once",
                    after - before
                );
                before = after;
            }
        }
    }
}
