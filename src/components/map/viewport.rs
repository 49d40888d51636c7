//! Which part of the town the map shows: a centre and a width in map meters, changed only
//! through [`ViewportAction`]s (pan, zoom, reset) by a pure reducer.
//!
//! Knows nothing about the DOM: pointer and key handling in [`super`] turn pixels into the
//! meters these actions take. The crosshair used to pick a spot by keyboard is always the
//! viewport's centre.
//!
//! # Units
//! Map meters as drawn by [`super::projection::Projection`]: x east, y south.

use std::rc::Rc;

use yew::Reducible;

/// Height of the drawing as a share of its width before it is measured (the CSS draws it
/// 4:3 on wide screens and square on narrow ones; the map measures which).
pub const ASPECT: f64 = 0.75;
/// How far out the visitor may zoom, as a multiple of the fitted width.
const MAX_ZOOM_OUT: f64 = 2.0;
/// How far in the visitor may zoom, as a fraction of the fitted width.
const MAX_ZOOM_IN: f64 = 1.0 / 32.0;

/// The visible window of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Centre of the view, map meters east of the projection centre.
    pub centre_x_meters: f64,
    /// Centre of the view, map meters south of the projection centre.
    pub centre_y_meters: f64,
    /// Width of the view in meters; the height is `width_meters * aspect`.
    pub width_meters: f64,
    /// Height of the drawing as a share of its width.
    pub aspect: f64,
    /// The view that shows the whole town, which [`ViewportAction::Reset`] returns to.
    pub fitted: (f64, f64, f64),
}

/// Everything that moves the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewportAction {
    /// Move by a share of the view's width and height (0.1 = a tenth); +x east, +y south.
    PanByShare { x: f64, y: f64 },
    /// Move by map meters (dragging); +x east, +y south.
    PanByMeters { x: f64, y: f64 },
    /// Multiply the magnification by `factor` (2 = twice as close) keeping the point
    /// `anchor` (map meters) where it is on screen; the centre when `None`.
    Zoom {
        factor: f64,
        anchor: Option<(f64, f64)>,
    },
    /// Back to the whole town.
    Reset,
    /// A new town: fit it and make that the reset view.
    Fit(Viewport),
}

impl Viewport {
    /// The view showing every point of `points_meters` with a 5% margin in a drawing whose
    /// height is `aspect` times its width; 1 km around the origin when there are none.
    pub fn fitting(points_meters: impl IntoIterator<Item = (f64, f64)>, aspect: f64) -> Viewport {
        Viewport::fitting_with_room(points_meters, aspect, 0.0)
    }

    /// [`Viewport::fitting`], with `room` more on every side, as a share of the drawing's
    /// width (a symbol's size in pixels over the drawing's width in pixels): a symbol drawn
    /// on the outermost point stays whole. At most a fifth.
    pub fn fitting_with_room(
        points_meters: impl IntoIterator<Item = (f64, f64)>,
        aspect: f64,
        room: f64,
    ) -> Viewport {
        let aspect = if aspect.is_finite() && aspect > 0.1 {
            aspect
        } else {
            ASPECT
        };
        let mut bounds: Option<(f64, f64, f64, f64)> = None;
        for (x, y) in points_meters {
            bounds = Some(match bounds {
                None => (x, y, x, y),
                Some((x0, y0, x1, y1)) => (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
            });
        }
        let (x0, y0, x1, y1) = bounds.unwrap_or((-500.0, -500.0, 500.0, 500.0));
        let room = if room.is_finite() {
            room.clamp(0.0, 0.2)
        } else {
            0.0
        };
        // The width that holds the points across with the margin and the room on both
        // sides, and the one that holds them down the drawing's height likewise.
        let across = (x1 - x0) / (1.0 - 2.0 * room);
        let down = (y1 - y0) / (aspect - 2.0 * room).max(aspect / 4.0);
        let width = (across.max(down) * 1.05).max(100.0);
        let fitted = ((x0 + x1) / 2.0, (y0 + y1) / 2.0, width);
        Viewport {
            centre_x_meters: fitted.0,
            centre_y_meters: fitted.1,
            width_meters: fitted.2,
            aspect,
            fitted,
        }
    }

    /// Height of the view in meters.
    pub fn height_meters(&self) -> f64 {
        self.width_meters * self.aspect
    }

    /// The SVG `viewBox` attribute: `min-x min-y width height` in map meters.
    pub fn view_box(&self) -> String {
        format!(
            "{:.1} {:.1} {:.1} {:.1}",
            self.centre_x_meters - self.width_meters / 2.0,
            self.centre_y_meters - self.height_meters() / 2.0,
            self.width_meters,
            self.height_meters()
        )
    }

    /// The map meters under a point of the drawing given as shares of its width and height
    /// (0..1 from the top-left corner).
    pub fn meters_at(&self, share_x: f64, share_y: f64) -> (f64, f64) {
        (
            self.centre_x_meters + (share_x - 0.5) * self.width_meters,
            self.centre_y_meters + (share_y - 0.5) * self.height_meters(),
        )
    }

    /// How many times closer than the whole-town view (1 = whole town).
    pub fn magnification(&self) -> f64 {
        self.fitted.2 / self.width_meters
    }

    /// The view after `action`.
    pub fn apply(self, action: ViewportAction) -> Viewport {
        match action {
            ViewportAction::PanByShare { x, y } => Viewport {
                centre_x_meters: self.centre_x_meters + x * self.width_meters,
                centre_y_meters: self.centre_y_meters + y * self.height_meters(),
                ..self
            }
            .clamped(),
            ViewportAction::PanByMeters { x, y } => Viewport {
                centre_x_meters: self.centre_x_meters + x,
                centre_y_meters: self.centre_y_meters + y,
                ..self
            }
            .clamped(),
            ViewportAction::Zoom { factor, anchor } => {
                if !(factor.is_finite() && factor > 0.0) {
                    return self;
                }
                let fitted_width = self.fitted.2;
                let width = (self.width_meters / factor)
                    .clamp(fitted_width * MAX_ZOOM_IN, fitted_width * MAX_ZOOM_OUT);
                let scale = width / self.width_meters;
                let (ax, ay) = anchor.unwrap_or((self.centre_x_meters, self.centre_y_meters));
                Viewport {
                    centre_x_meters: ax + (self.centre_x_meters - ax) * scale,
                    centre_y_meters: ay + (self.centre_y_meters - ay) * scale,
                    width_meters: width,
                    ..self
                }
                .clamped()
            }
            ViewportAction::Reset => Viewport {
                centre_x_meters: self.fitted.0,
                centre_y_meters: self.fitted.1,
                width_meters: self.fitted.2,
                ..self
            },
            ViewportAction::Fit(view) => view,
        }
    }

    /// Keeps the centre within the whole-town view, so the town can't be lost off-screen.
    fn clamped(self) -> Viewport {
        let (fx, fy, fw) = self.fitted;
        let half_w = fw / 2.0;
        let half_h = fw * self.aspect / 2.0;
        Viewport {
            centre_x_meters: self.centre_x_meters.clamp(fx - half_w, fx + half_w),
            centre_y_meters: self.centre_y_meters.clamp(fy - half_h, fy + half_h),
            ..self
        }
    }
}

impl Reducible for Viewport {
    type Action = ViewportAction;

    fn reduce(self: Rc<Self>, action: ViewportAction) -> Rc<Self> {
        let next = (*self).apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn town() -> Viewport {
        Viewport::fitting([(-1000.0, -500.0), (1000.0, 500.0)], ASPECT)
    }

    mod fitting {
        use super::*;

        #[test]
        fn shows_every_point_with_a_margin() {
            let v = town();
            assert_eq!((v.centre_x_meters, v.centre_y_meters), (0.0, 0.0));
            assert!(v.width_meters >= 2000.0 && v.height_meters() >= 1000.0);
        }

        #[test]
        fn a_square_drawing_shows_a_square_town_closer() {
            let square = [(-1000.0, -1000.0), (1000.0, 1000.0)];
            let wide = Viewport::fitting(square, ASPECT);
            let narrow = Viewport::fitting(square, 1.0);
            assert!(narrow.width_meters < wide.width_meters * 0.8);
            assert!(narrow.height_meters() >= 2000.0);
        }

        #[test]
        fn leaves_room_for_a_symbol_on_every_side() {
            let points = [(-1000.0, -500.0), (1000.0, 500.0)];
            let tight = Viewport::fitting(points, ASPECT);
            // 20 pixels of an 800-pixel drawing on each side.
            let roomy = Viewport::fitting_with_room(points, ASPECT, 20.0 / 800.0);
            let pixel = roomy.width_meters / 800.0;
            assert!(roomy.width_meters > tight.width_meters);
            assert!(roomy.width_meters / 2.0 >= 1000.0 + 20.0 * pixel);
            assert!(roomy.height_meters() / 2.0 >= 500.0 + 20.0 * pixel);
            assert_eq!(Viewport::fitting_with_room(points, ASPECT, 0.0), tight);
        }

        #[test]
        fn an_empty_town_still_gets_a_view() {
            let v = Viewport::fitting([], ASPECT);
            assert!(v.width_meters > 0.0);
        }
    }

    mod zoom {
        use super::*;

        #[test]
        fn zooming_in_twice_halves_the_width() {
            let v = town().apply(ViewportAction::Zoom {
                factor: 2.0,
                anchor: None,
            });
            assert!((v.width_meters - town().width_meters / 2.0).abs() < 1e-9);
            assert!((v.magnification() - 2.0).abs() < 1e-9);
        }

        #[test]
        fn keeps_the_anchor_in_place() {
            let before = town();
            let anchor = before.meters_at(0.25, 0.25);
            let after = before.apply(ViewportAction::Zoom {
                factor: 2.0,
                anchor: Some(anchor),
            });
            let (x, y) = after.meters_at(0.25, 0.25);
            assert!((x - anchor.0).abs() < 1e-6 && (y - anchor.1).abs() < 1e-6);
        }

        #[test]
        fn stops_at_the_limits() {
            let mut v = town();
            for _ in 0..20 {
                v = v.apply(ViewportAction::Zoom {
                    factor: 0.5,
                    anchor: None,
                });
            }
            assert!((v.magnification() - 0.5).abs() < 1e-9);
        }

        #[test]
        fn reset_returns_to_the_whole_town() {
            let v = town()
                .apply(ViewportAction::Zoom {
                    factor: 4.0,
                    anchor: Some((300.0, 100.0)),
                })
                .apply(ViewportAction::Reset);
            assert_eq!(v, town());
        }
    }

    mod pan {
        use super::*;

        #[test]
        fn moves_by_a_share_of_the_view() {
            let v = town().apply(ViewportAction::PanByShare { x: 0.1, y: -0.1 });
            assert!((v.centre_x_meters - town().width_meters * 0.1).abs() < 1e-9);
            assert!(v.centre_y_meters < 0.0, "up is north");
        }

        #[test]
        fn cannot_lose_the_town() {
            let mut v = town();
            for _ in 0..100 {
                v = v.apply(ViewportAction::PanByShare { x: 1.0, y: 0.0 });
            }
            assert!(v.centre_x_meters <= town().width_meters / 2.0 + 1e-9);
        }
    }
}
