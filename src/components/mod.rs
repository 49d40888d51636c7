//! Components shared by several views. A view's private parts stay in the view's module.
//!
//! - [`map`]: the town map (SVG from lon/lat, pan/zoom by mouse, touch and keyboard), used by
//!   the simulator and the analyst console.
//! - [`citation`]: `<Cite id="..." />`, the superscript link from a claim to its reference.

pub mod citation;
pub mod map;
