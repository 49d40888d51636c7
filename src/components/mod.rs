//! Components shared by several views. A view's private parts stay in the view's module.
//!
//! - [`map`]: the town map (SVG from lon/lat, pan/zoom by mouse, touch and keyboard), used by
//!   the simulator and the analyst console.
//! - [`citation`]: `<Cite id="..." />`, the superscript link from a claim to its reference.
//! - [`share_bar`]: "Copy link" and "Embed this", in the app shell's header on every view.
//! - [`typing`]: what the visitor has typed into a field and not committed yet, kept across
//!   renders (the simulator's fields, the stop editor, the route's budget, the camera slider).

pub mod citation;
pub mod map;
pub mod qr_code;
pub mod share_bar;
pub mod typing;

use std::rc::Rc;

use yew::html::IntoPropValue;

use crate::scenario::Shared;

/// A run's `Rc` data passes to a component's [`Shared`] prop as it is: props compare it by
/// pointer, so a playback tick never deep-compares a month of simulation.
impl<T> IntoPropValue<Shared<T>> for Rc<T> {
    fn into_prop_value(self) -> Shared<T> {
        Shared(self)
    }
}
