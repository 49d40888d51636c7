//! Drawing a large screen in steps, each a main-thread task of its own, so that no task
//! passes 50 ms (issue 11): a view asks [`use_drawing_steps`] how many of its steps are
//! drawn and draws a part once its step is reached. The simulator's first result, the
//! console and the policy lab, whose whole screens drawn at once were tasks of 60 to 190 ms
//! on a loaded machine, are drawn so.
//!
//! Holds no view's parts: only the count and the timer that moves it on (owned by an
//! effect, dropped in its cleanup).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `steps` drawing steps are done: 0 until `ready`, then one more in each
/// following task (a zero-delay timer), up to `steps`. It never goes back, so a part once
/// drawn stays mounted (its local state is kept) when later changes redraw the screen.
#[hook]
pub fn use_drawing_steps(ready: bool, steps: u8) -> u8 {
    let drawn = use_state(|| 0_u8);
    {
        let drawn = drawn.clone();
        use_effect_with((ready, *drawn), move |&(ready, done)| {
            // One timer type for every step (a boxed closure): each closure type given to
            // `Timeout::new` brings its own JavaScript glue into the download.
            let timer = (ready && done < steps).then(|| {
                let step: Box<dyn FnOnce()> = Box::new(move || drawn.set(done + 1));
                Timeout::new(0, step)
            });
            move || drop(timer)
        });
    }
    *drawn
}
