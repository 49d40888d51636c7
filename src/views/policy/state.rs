//! The policy view's state: the shared run once loaded, the policy lab's levers, and the
//! last before/after comparison, changed only through [`Action`]s by a pure reducer.
//!
//! Comparing re-runs the analyst, which is slow, so it is a side effect (an effect's timer)
//! that reports back with a `generation`; a late result for older levers is dropped.

use std::rc::Rc;

use yew::Reducible;

#[cfg(test)]
use crate::analyst::policy::PresetSource;
use crate::analyst::policy::{CameraSelection, Policy, PolicyPreset, Retention, presets};
use crate::analyst::sharing::{SearchPurpose, SharingSetting};
use crate::scenario::link::LabLevers;
use crate::scenario::policy_lab::Comparison;
use crate::views::shared_run::{Loading, SharedRun};

/// The lab's levers.
#[derive(Clone, Debug, PartialEq)]
pub struct Lab {
    /// The preset the levers came from (an index into [`presets`]); `None` once changed.
    pub preset: Option<usize>,
    /// The preset the levers started from, changed or not: a link names it and the levers
    /// moved since ([`Lab::levers`]).
    pub from: usize,
    pub retention: Retention,
    pub hit_only: bool,
    pub sharing: SharingSetting,
    /// Search purposes the law bans sharing for (Illinois HB 3326).
    pub banned: Vec<SearchPurpose>,
    /// Share of the cameras kept running, percent.
    pub camera_percent: u32,
}

impl Default for Lab {
    /// The common set-up (30 days, National Lookup).
    fn default() -> Lab {
        Lab::from_preset(0, &presets()[0])
    }
}

impl Lab {
    /// The levers of a preset.
    pub fn from_preset(index: usize, preset: &PolicyPreset) -> Lab {
        let p = &preset.policy;
        Lab {
            preset: Some(index),
            from: index,
            retention: p.retention,
            hit_only: p.hit_only,
            sharing: p.sharing,
            banned: p.banned_purposes.clone(),
            camera_percent: p.cameras.percent(),
        }
    }

    /// The levers of the preset at `index` (the common set-up's for none), then those
    /// `levers` moves: what a link names opens as it was set.
    pub fn with_levers(index: usize, levers: &LabLevers) -> Lab {
        let mut lab = match presets().get(index) {
            Some(preset) => Lab::from_preset(index, preset),
            None => Lab::default(),
        };
        lab.retention = levers.retention.unwrap_or(lab.retention);
        lab.hit_only = levers.hit_only.unwrap_or(lab.hit_only);
        lab.sharing = levers.sharing.unwrap_or(lab.sharing);
        lab.camera_percent = levers.camera_percent.unwrap_or(lab.camera_percent);
        if lab != Lab::from_preset(lab.from, &presets()[lab.from]) {
            lab.preset = None;
        }
        lab
    }

    /// The levers that differ from the preset they started from, for a link.
    pub fn levers(&self) -> LabLevers {
        let start = presets()
            .get(self.from)
            .map_or_else(Lab::default, |preset| Lab::from_preset(self.from, preset));
        LabLevers {
            retention: (self.retention != start.retention).then_some(self.retention),
            hit_only: (self.hit_only != start.hit_only).then_some(self.hit_only),
            sharing: (self.sharing != start.sharing).then_some(self.sharing),
            camera_percent: (self.camera_percent != start.camera_percent)
                .then_some(self.camera_percent),
        }
    }

    /// The analyst's policy for these levers; fewer cameras are picked by a shuffle seeded
    /// with `seed` (the scenario's), so the same levers drop the same cameras.
    pub fn policy(&self, seed: u64) -> Policy {
        Policy {
            retention: self.retention,
            hit_only: self.hit_only,
            sharing: self.sharing,
            banned_purposes: self.banned.clone(),
            cameras: CameraSelection::running(self.camera_percent, seed),
            hot_list: Vec::new(),
        }
    }
}

/// One lever moved.
#[derive(Clone, Debug, PartialEq)]
pub enum LabEdit {
    Preset(usize),
    Retention(Retention),
    HitOnly(bool),
    Sharing(SharingSetting),
    CameraPercent(u32),
}

/// Everything the policy view shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PolicyState {
    pub run: Loading,
    pub lab: Lab,
    /// Bumped by every lever change; comparisons for older levers are dropped.
    pub generation: u64,
    /// The newest comparison, possibly for older levers while a new one computes.
    pub comparison: Option<Rc<Comparison>>,
    /// The generation `comparison` is for.
    pub compared: u64,
}

/// Everything that changes the policy view.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Loaded(Result<SharedRun, String>),
    Edit(LabEdit),
    Compared {
        generation: u64,
        comparison: Rc<Comparison>,
    },
}

impl PolicyState {
    /// A view showing a run with the common set-up.
    pub fn ready(run: SharedRun) -> PolicyState {
        PolicyState {
            run: Loading::Ready(run),
            generation: 1,
            ..PolicyState::default()
        }
    }

    /// True while the comparison on screen is not for the current levers.
    pub fn computing(&self) -> bool {
        self.run.run().is_some() && self.compared != self.generation
    }
}

impl Reducible for PolicyState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded(Ok(run)) => {
                next.run = Loading::Ready(run);
                next.generation += 1;
            }
            Action::Loaded(Err(message)) => next.run = Loading::Failed(message),
            Action::Edit(edit) => {
                let lab = &mut next.lab;
                match edit {
                    LabEdit::Preset(i) => match presets().get(i) {
                        Some(preset) => *lab = Lab::from_preset(i, preset),
                        None => return self,
                    },
                    LabEdit::Retention(r) => {
                        lab.retention = r;
                        lab.preset = None;
                    }
                    LabEdit::HitOnly(h) => {
                        lab.hit_only = h;
                        lab.preset = None;
                    }
                    LabEdit::Sharing(s) => {
                        lab.sharing = s;
                        lab.preset = None;
                    }
                    LabEdit::CameraPercent(p) => {
                        lab.camera_percent = p.clamp(1, 100);
                        lab.preset = None;
                    }
                }
                if next.lab == self.lab {
                    return self;
                }
                next.generation += 1;
            }
            Action::Compared {
                generation,
                comparison,
            } => {
                if generation != self.generation {
                    return self;
                }
                next.comparison = Some(comparison);
                next.compared = generation;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod levers {
        use super::*;

        fn preset_of(source: PresetSource) -> usize {
            crate::analyst::policy::preset_index(source).expect("a preset")
        }

        /// The presenter's before/after step builds the lab's rules from the link
        /// (`presentation::law`) as the lab does, for every preset and lever: one policy.
        #[test]
        fn the_presenter_builds_the_rules_the_lab_builds() {
            use crate::analyst::policy::Retention;
            use crate::analyst::sharing::SharingSetting;
            let moves = [
                LabLevers::default(),
                LabLevers {
                    retention: Some(Retention::OneYear),
                    hit_only: Some(true),
                    ..LabLevers::default()
                },
                LabLevers {
                    sharing: Some(SharingSetting::Statewide),
                    camera_percent: Some(25),
                    ..LabLevers::default()
                },
                LabLevers {
                    camera_percent: Some(100),
                    ..LabLevers::default()
                },
            ];
            for preset in 0..presets().len() {
                for levers in &moves {
                    let linked = crate::scenario::presentation::law::LinkedLab {
                        preset,
                        levers: levers.clone(),
                    };
                    assert_eq!(
                        linked.policy(7),
                        Lab::with_levers(preset, levers).policy(7),
                        "preset {preset}, {levers:?}"
                    );
                }
            }
        }

        /// What a link says of the lab opens as it was set: the preset's levers, then
        /// those moved by hand; and the lab's moved levers are what goes back into a link.
        #[test]
        fn a_link_s_levers_open_as_set_and_are_written_back() {
            let illinois = preset_of(PresetSource::Illinois);
            let moved = LabLevers {
                hit_only: Some(true),
                camera_percent: Some(50),
                ..LabLevers::default()
            };
            let lab = Lab::with_levers(illinois, &moved);
            assert_eq!(lab.preset, None, "moved from the preset");
            assert_eq!(lab.from, illinois);
            assert!(lab.hit_only);
            assert_eq!(lab.camera_percent, 50);
            assert_eq!(lab.banned, presets()[illinois].policy.banned_purposes);
            assert_eq!(lab.levers(), moved);
            // A lever "moved" to the preset's own setting leaves the preset chosen.
            let same = LabLevers {
                hit_only: Some(false),
                ..LabLevers::default()
            };
            let lab = Lab::with_levers(illinois, &same);
            assert_eq!(lab.preset, Some(illinois));
            assert_eq!(lab.levers(), LabLevers::default());
        }

        /// Moving a lever keeps the preset it started from, for the link; choosing a
        /// preset starts again from it.
        #[test]
        fn a_moved_lever_remembers_its_preset() {
            let maine = preset_of(PresetSource::Maine);
            let state = Rc::new(PolicyState::default())
                .reduce(Action::Edit(LabEdit::Preset(maine)))
                .reduce(Action::Edit(LabEdit::HitOnly(true)));
            assert_eq!((state.lab.preset, state.lab.from), (None, maine));
            assert_eq!(state.lab.levers().hit_only, Some(true));
            let state = state.reduce(Action::Edit(LabEdit::Preset(0)));
            assert_eq!((state.lab.preset, state.lab.from), (Some(0), 0));
            assert_eq!(state.lab.levers(), LabLevers::default());
        }

        #[test]
        fn the_new_hampshire_preset_keeps_three_minutes_and_only_hits() {
            let i = crate::analyst::policy::preset_index(PresetSource::NewHampshire).unwrap();
            let state = Rc::new(PolicyState::default()).reduce(Action::Edit(LabEdit::Preset(i)));
            assert_eq!(state.lab.retention, Retention::ThreeMinutesUnlessHit);
            assert!(state.lab.hit_only);
            assert_eq!(state.lab.preset, Some(i));
        }

        #[test]
        fn moving_a_lever_leaves_the_preset_and_bumps_the_generation() {
            let state = Rc::new(PolicyState::default());
            let before = state.generation;
            let state = state.reduce(Action::Edit(LabEdit::HitOnly(true)));
            assert_eq!(state.lab.preset, None);
            assert_eq!(state.generation, before + 1);
        }

        #[test]
        fn a_late_comparison_is_dropped() {
            let state =
                Rc::new(PolicyState::default()).reduce(Action::Edit(LabEdit::HitOnly(true)));
            let late = state.clone().reduce(Action::Compared {
                generation: state.generation - 1,
                comparison: Rc::new(Comparison::default()),
            });
            assert!(late.comparison.is_none());
        }
    }
}
