//! How one read scores every corner of the road map as the other end of its drive: the
//! evidence [`super::anchors`] adds over many nights and workdays, and
//! [`super::drive_ends`] weighs for one drive; also a stop's own evidence in its context
//! (whether the drives around it started or ended at home).
//!
//! Each score is a log-likelihood per road-graph node, from the analyst's route model
//! alone. This module must not decide where anything is (that is the callers' job), and
//! must not read [`crate::sim::Sighting::vehicle`] or any truth.

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{AnchorRoutes, Catchments, Reach, RouteModel};
use crate::analyst::stays::{IMPOSSIBLE, Stay, stay_log_likelihood_between};

/// Trip distance decay for attributing stops: a minute more driving is `e` times less likely
/// every this many minutes.
pub(super) const DRIVE_DECAY_MINUTES: f32 = 3.0;

/// Trip distance decay for locating home and work, in minutes: the drive between an anchor
/// and the read next to it is `e` times less likely every this many minutes (a weak pull:
/// which camera a drive meets first says more than how far it is).
const ANCHOR_DECAY_MINUTES: f32 = 20.0;

/// How much likelier, against a drive from or to the anchor, a read is to belong to another
/// drive (an unseen stop between): 0.3 means a read next to a night's stop comes straight
/// from or to home about three times in four. Tuned on seeds 21 to 60 with
/// `examples/evaluate.rs`, not on the seeds it reports.
const OTHER_DRIVE_WEIGHT: f32 = 0.3;

/// The weight of the drive to or from the other anchor in a commute's share; the rest is
/// the drives to and from all mapped places (the inferred other anchor may be wrong).
/// Tuned with `examples/evaluate.rs` over 60 seeds.
const COMMUTE_WEIGHT: f32 = 0.5;

/// A stop and whether the drives around it started or ended at home.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct StayContext {
    pub(super) stay: Stay,
    pub(super) from_home: bool,
    pub(super) to_home: bool,
}

impl StayContext {
    pub(super) fn log_likelihood(
        &self,
        routes: &RouteModel,
        index: &SightingIndex,
        home: Option<&AnchorRoutes>,
        out: &mut Vec<f32>,
    ) {
        let origin = home.filter(|_| self.from_home);
        let destination = home.filter(|_| self.to_home);
        stay_log_likelihood_between(routes, index, &self.stay, origin, destination, out);
    }
}

/// Per camera and node, the chance the camera is the first to read the drive from the node
/// to the other anchor of the commute (`to_other`: work when locating home) and the last
/// to read the drive from it (`from_other`).
pub(super) struct CommuteShares {
    to_other: Vec<Vec<f32>>,
    from_other: Vec<Vec<f32>>,
}

impl CommuteShares {
    /// The shares toward the other anchor's likeliest node, `other_node`.
    pub(super) fn toward(routes: &RouteModel, other_node: u32) -> CommuteShares {
        CommuteShares {
            to_other: routes.read_shares_toward(other_node, true),
            from_other: routes.read_shares_toward(other_node, false),
        }
    }
}

/// How an event scores the nodes.
#[derive(Clone, Copy)]
pub(super) enum Basis<'a> {
    /// A place for one drive: escaped the other cameras, and short
    /// ([`DRIVE_DECAY_MINUTES`]).
    OneDrive,
    /// An anchor of many drives (home, work): which camera the drives between it and the
    /// mapped places meet first or last ([`RouteModel::place_catchments`]), or for the
    /// commute the drive to or from work. The catchments are the town's
    /// ([`RouteModel::place_catchments`]) or the car's own ([`RouteModel::weighted_catchments`]).
    Habits(&'a Catchments, Option<&'a CommuteShares>),
    /// An anchor of many drives, by what the cameras did not see (Golle and Partridge 2009;
    /// Krumm 2007): the fastest drive between the node and the read passes cameras that
    /// would have read the car with their known chance, and each that did not lowers the
    /// node's likelihood (`Reach::log_unseen`, one shortest-path tree per camera, so every
    /// node costs one lookup). With [`UNSEEN_OTHER_DRIVE`]'s chance the read belongs to a
    /// drive with an unseen stop between, which no camera's silence rules out.
    Unseen,
}

/// The chance, against a drive straight between the anchor and the read, that an unseen
/// stop came between (so the cameras on the straight drive say nothing). Chosen among
/// 0.05, 0.15 and 0.3 with `examples/evaluate.rs` on seeds 1 to 20, not the seeds it
/// reports.
pub(super) const UNSEEN_OTHER_DRIVE: f64 = 0.15;

/// Which side of a read an anchor lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Side {
    /// The car parked there soon after the read (the last read of the evening for home).
    AfterRead,
    /// The car left there soon before the read (the first read of the morning for home).
    BeforeRead,
}

/// One read next to a long stop at an anchor, and the longest drive in seconds the gap
/// leaves between the read and the anchor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct AnchorEvent {
    pub(super) read: SightingRef,
    pub(super) side: Side,
    pub(super) budget_seconds: f64,
    /// The other read of the same drive next to `read` (before it for [`Side::AfterRead`],
    /// after it for [`Side::BeforeRead`]): the drive through both must be about the fastest.
    pub(super) same_drive: Option<SightingRef>,
    /// True when the drive went straight between a night's stop and a stop taken for work
    /// (the morning and evening commute), so its other end is the other anchor.
    pub(super) commute: bool,
}

/// One event's log-likelihood at every node ([`EventScore::at`] at each).
pub(super) fn event_log_likelihood(
    routes: &RouteModel,
    index: &SightingIndex,
    event: &AnchorEvent,
    basis: Basis,
    out: &mut Vec<f32>,
) {
    out.clear();
    let score = EventScore::new(routes, index, event, basis);
    out.extend((0..routes.node_count()).map(|x| score.at(x)));
}

/// One event's evidence, ready to score any node: how much likelier than elsewhere this
/// camera is to be the first (or last) to read a drive between the node and the mapped
/// places ([`RouteModel::place_catchments`]), allowing for reads from other drives; the
/// drive must fit the gap, and longer drives are a little less likely (each
/// [`ANCHOR_DECAY_MINUTES`] of driving costs a factor `e`).
///
/// [`EventScore::habit`] is the part every event of one habit (camera, side and, for a
/// commute, `commute`) shares, and the costly one (a logarithm per node);
/// [`EventScore::given_habit`] adds the event's own gap and drive. A caller scoring many
/// events of one habit computes the first once per node.
pub(super) struct EventScore<'a> {
    budget_seconds: f64,
    /// `None` when the camera has no reach: every node is impossible.
    reach: Option<&'a Reach>,
    shape: Shape<'a>,
    /// The drive through the other read of the same drive: its seconds to this read (or
    /// from it) and the straight drive between that read and each node.
    through: Option<(u32, &'a Reach)>,
}

/// What an [`EventScore`] scores a node by, per [`Basis`].
enum Shape<'a> {
    OneDrive,
    Unseen,
    Habits {
        shares: &'a [f32],
        /// The shares toward or from the commute's other end, for a commute.
        other: Option<&'a [f32]>,
        floor: f32,
        mean_share: f32,
    },
    /// The camera has no catchment: every node is impossible.
    Nowhere,
}

impl<'a> EventScore<'a> {
    pub(super) fn new(
        routes: &'a RouteModel,
        index: &SightingIndex,
        event: &AnchorEvent,
        basis: Basis<'a>,
    ) -> EventScore<'a> {
        let camera = index.get(event.read).camera;
        let reach = match event.side {
            Side::AfterRead => routes.after(camera),
            Side::BeforeRead => routes.before(camera),
        };
        let shape = match basis {
            Basis::OneDrive => Shape::OneDrive,
            Basis::Unseen => Shape::Unseen,
            Basis::Habits(catchments, commute) => {
                match catchments.of_camera(camera, event.side == Side::BeforeRead) {
                    // The read may not belong to a drive from or to the anchor at all (an
                    // unseen stop came first): with that chance, the camera is as likely as
                    // anywhere.
                    Some((shares, mean_share)) => {
                        // A commute's other end is known: part of its weight is the drive to
                        // or from it.
                        let other =
                            commute
                                .filter(|_| event.commute)
                                .and_then(|c| match event.side {
                                    Side::AfterRead => c.from_other.get(camera as usize),
                                    Side::BeforeRead => c.to_other.get(camera as usize),
                                });
                        Shape::Habits {
                            shares,
                            other: other.map(Vec::as_slice),
                            floor: OTHER_DRIVE_WEIGHT * mean_share,
                            mean_share,
                        }
                    }
                    None => Shape::Nowhere,
                }
            }
        };
        // Read at `other` then at `camera` on the way (or the reverse on the way back): that
        // must be about as fast as driving straight between `other` and the node.
        let through = event.same_drive.and_then(|r| {
            let other = index.get(r).camera;
            let (via, direct) = match event.side {
                Side::AfterRead => (routes.seconds_between(other, camera), routes.after(other)),
                Side::BeforeRead => (routes.seconds_between(camera, other), routes.before(other)),
            };
            direct.filter(|_| via != u32::MAX).map(|d| (via, d))
        });
        EventScore {
            budget_seconds: event.budget_seconds,
            reach,
            shape,
            through,
        }
    }

    /// The log-likelihood at node `x`.
    pub(super) fn at(&self, x: usize) -> f32 {
        self.given_habit(x, self.habit(x))
    }

    /// The part of the log-likelihood at `x` that every event of one habit shares: where
    /// the drives between `x` and the read lead, and how long they are.
    pub(super) fn habit(&self, x: usize) -> f32 {
        let Some(reach) = self.reach else {
            return IMPOSSIBLE;
        };
        let Some(&seconds) = reach.seconds.get(x) else {
            return IMPOSSIBLE;
        };
        let minutes = seconds as f32 / 60.0;
        let ll = match self.shape {
            Shape::OneDrive => reach.log_unseen[x] - minutes / DRIVE_DECAY_MINUTES,
            Shape::Unseen => {
                // In f64: native and wasm round f64 logarithms alike, not f32 ones.
                let unseen = (UNSEEN_OTHER_DRIVE + f64::from(reach.log_unseen[x]).exp()).ln();
                unseen as f32 - minutes / ANCHOR_DECAY_MINUTES
            }
            Shape::Habits {
                shares,
                other,
                floor,
                mean_share,
            } => {
                let share = match other {
                    Some(other) => COMMUTE_WEIGHT * other[x] + (1.0 - COMMUTE_WEIGHT) * shares[x],
                    None => shares[x],
                };
                // In f64: native and wasm round f64 logarithms alike, not f32 ones.
                let ratio = f64::from(share + floor) / f64::from(mean_share + floor);
                ratio.ln() as f32 - minutes / ANCHOR_DECAY_MINUTES
            }
            Shape::Nowhere => return IMPOSSIBLE,
        };
        ll.max(IMPOSSIBLE)
    }

    /// The log-likelihood at `x` from its habit's part ([`EventScore::habit`]): impossible
    /// when the drive does not fit the gap, and lower when the drive through the other read
    /// of the same drive is much slower than driving straight.
    pub(super) fn given_habit(&self, x: usize, habit: f32) -> f32 {
        let Some(reach) = self.reach else {
            return IMPOSSIBLE;
        };
        let Some(&rest) = reach.seconds.get(x) else {
            return IMPOSSIBLE;
        };
        if matches!(self.shape, Shape::Nowhere)
            || rest == u32::MAX
            || rest as f64 * 0.85 > self.budget_seconds + 120.0
        {
            return IMPOSSIBLE;
        }
        let Some((via, direct)) = self.through else {
            return habit;
        };
        let straight = direct.seconds[x];
        if habit <= IMPOSSIBLE || straight == u32::MAX {
            return habit;
        }
        let excess = (via as f32 + rest as f32) - straight as f32 * 1.1 - 45.0;
        if excess > 0.0 {
            (habit - (excess / 60.0).min(6.0)).max(IMPOSSIBLE)
        } else {
            habit
        }
    }
}
