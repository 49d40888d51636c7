//! Components shared by several views. A view's private parts stay in the view's module.
//!
//! - [`map`]: the town map (SVG from lon/lat, pan/zoom by mouse, touch and keyboard), used by
//!   the simulator and the analyst console.
//! - [`citation`]: `crate::cite!("...")`, the superscript link from a claim to its reference.
//! - [`focus`]: where the focus goes when the control that held it goes away.
//! - [`link_problem`]: what was wrong with the page's link, as the app and the presenter
//!   say it.
//! - [`share_bar`]: "Copy link" and "Embed this", in the app shell's header on every view.
//! - [`typing`]: what the visitor has typed into a field and not committed yet, kept across
//!   renders (the simulator's fields, the stop editor, the route's budget, the camera slider).
//! - [`keys_by_kind`]: the keys of a list whose items come and go by kind (the map's
//!   markers, the dossier's findings).

pub mod citation;
pub mod focus;
pub mod link_problem;
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

/// A key for each of `items`: its kind (`kind`'s name for it) and its place among the items
/// of that kind. Keyed so, an item that comes or goes (the car at the end of the map's
/// markers while the drive plays, the associates arriving among the dossier's findings)
/// leaves the others' elements in place: Yew matches unkeyed children from the last one
/// back, so each was written over with its neighbour's content (issue 11).
pub fn keys_by_kind<'a, T>(
    items: &'a [T],
    kind: impl Fn(&T) -> &'static str + 'a,
) -> impl Iterator<Item = String> + 'a {
    items.iter().enumerate().map(move |(i, item)| {
        let name = kind(item);
        let before = items[..i]
            .iter()
            .filter(|other| kind(other) == name)
            .count();
        format!("{name}-{before}")
    })
}
