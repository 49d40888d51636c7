//! The commuter's week: personas (ready-made lives the visitor can start from), the regular
//! stops of a plan, and the planner that turns a plan into drives and stays - departure
//! times that jitter, plans that sometimes change, usual routes with the odd alternative.
//!
//! Also the companions (a carpooling neighbour, a partner), whose drives copy some of the
//! commuter's, a minute or two apart. Never draws from the population's generators.
//!
//! One concept per file; this one only names them and re-exports what the rest of the
//! simulation uses:
//! - `stops`: a regular stop (why, which days, when, how long).
//! - `personas`: the ready-made lives and which one a seed gets.
//! - `lives`: each persona's week, before it is put on a map.
//! - `plan`: the plan as the visitor sets it ([`CommuterPlan`]), and a persona's on a map.
//! - `planner`: a settled plan turned into the commuter's drives and stays.
//! - `companions`: the drives a companion copies from the commuter's.

mod companions;
mod lives;
mod personas;
mod plan;
mod planner;
mod stops;

pub use companions::companion_drives;
pub use personas::Persona;
pub use plan::CommuterPlan;
pub use planner::{CommuterMonth, DriveRole, SettledPlan, plan_commuter};
pub use stops::{RegularStop, StopDays, StopPurpose};
