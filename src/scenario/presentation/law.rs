//! The rules the before/after step shows: one of the policy lab's presets, or the policy
//! lab's own set-up as the page's link carries it (`policy=` with the levers moved by hand,
//! `keep`, `hit`, `share`, `running`: [`LabLevers`]), so a talk shows the rules the
//! presenter set in the lab rather than only the preset they started from.
//!
//! Pure: no UI crates. The page reads the link (`views::present`); the words are
//! [`crate::text::present`]'s.

use crate::analyst::policy::{CameraSelection, Policy, presets};
use crate::scenario::link::LabLevers;

/// The value of a link's `law=` that names the policy lab's set-up from the link.
pub const LAB_PARAMETER: &str = "lab";

/// The policy lab's set-up a link carries: the preset it names and the levers it moves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinkedLab {
    /// An index into [`presets`] (0, the common set-up, when the link names none).
    pub preset: usize,
    pub levers: LabLevers,
}

impl LinkedLab {
    /// A link that names the preset `preset` and moves no lever.
    pub fn preset(preset: usize) -> LinkedLab {
        LinkedLab {
            preset,
            levers: LabLevers::default(),
        }
    }

    /// Whether the link moves any lever from its preset to a setting other than the
    /// preset's own (a lever "moved" to the preset's setting changes nothing).
    pub fn moves_levers(&self) -> bool {
        self.policy(0) != LinkedLab::preset(self.preset).policy(0)
    }

    /// The analyst's policy for this set-up, as the policy lab builds it
    /// (`views::policy::state::Lab::policy`): the preset's policy with the moved levers;
    /// fewer cameras are picked by a shuffle seeded with `seed` (the run's seed), so the talk
    /// drops the cameras the lab drops.
    pub fn policy(&self, seed: u64) -> Policy {
        let mut policy = presets()
            .get(self.preset)
            .map_or_else(Policy::common_setup, |preset| preset.policy.clone());
        let levers = &self.levers;
        policy.retention = levers.retention.unwrap_or(policy.retention);
        policy.hit_only = levers.hit_only.unwrap_or(policy.hit_only);
        policy.sharing = levers.sharing.unwrap_or(policy.sharing);
        let percent = levers.camera_percent.unwrap_or(policy.cameras.percent());
        policy.cameras = CameraSelection::running(percent, seed);
        policy
    }
}

/// The rules the before/after step shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Law {
    /// A preset of the policy lab: an index into [`presets`].
    Preset(usize),
    /// The policy lab's set-up the link carries, levers and all ([`LinkedLab`]).
    Lab,
}

impl Law {
    /// The value of `law=` for these rules: the preset's index, or [`LAB_PARAMETER`].
    pub fn parameter(self) -> String {
        match self {
            Law::Preset(index) => index.to_string(),
            Law::Lab => LAB_PARAMETER.to_owned(),
        }
    }

    /// The rules a `law=` value names; `None` for a value that names none (a number past
    /// the presets, a word).
    pub fn from_parameter(value: &str) -> Option<Law> {
        if value == LAB_PARAMETER {
            return Some(Law::Lab);
        }
        value
            .parse::<usize>()
            .ok()
            .filter(|&index| index < presets().len())
            .map(Law::Preset)
    }

    /// The analyst's policy for these rules; `lab` is the link's set-up, `seed` the run's.
    pub fn policy(self, lab: &LinkedLab, seed: u64) -> Policy {
        match self {
            Law::Preset(index) => presets()
                .get(index)
                .map_or_else(Policy::common_setup, |preset| preset.policy.clone()),
            Law::Lab => lab.policy(seed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::policy::{PresetSource, Retention};
    use crate::analyst::sharing::SharingSetting;

    fn index_of(source: PresetSource) -> usize {
        crate::analyst::policy::preset_index(source).expect("a preset")
    }

    mod linked_lab {
        use super::*;

        #[test]
        fn applies_the_levers_the_link_moved_to_its_preset() {
            let maine = index_of(PresetSource::Maine);
            let lab = LinkedLab {
                preset: maine,
                levers: LabLevers {
                    retention: Some(Retention::FortyEightHours),
                    hit_only: Some(true),
                    sharing: Some(SharingSetting::Statewide),
                    camera_percent: Some(50),
                },
            };
            assert!(lab.moves_levers());
            let policy = lab.policy(7);
            assert_eq!(policy.retention, Retention::FortyEightHours);
            assert!(policy.hit_only);
            assert_eq!(policy.sharing, SharingSetting::Statewide);
            assert_eq!(
                policy.cameras,
                CameraSelection::Fraction {
                    share: 0.5,
                    seed: 7
                }
            );
            assert_eq!(
                policy.banned_purposes,
                presets()[maine].policy.banned_purposes
            );
        }

        #[test]
        fn without_moved_levers_is_its_preset() {
            let virginia = index_of(PresetSource::Virginia);
            let lab = LinkedLab::preset(virginia);
            assert!(!lab.moves_levers());
            assert_eq!(lab.policy(7), presets()[virginia].policy);
            let to_its_own = LinkedLab {
                preset: virginia,
                levers: LabLevers {
                    sharing: Some(SharingSetting::Statewide),
                    camera_percent: Some(100),
                    ..LabLevers::default()
                },
            };
            assert!(
                !to_its_own.moves_levers(),
                "moved to the preset's own settings"
            );
        }

        #[test]
        fn a_single_moved_lever_counts() {
            for levers in [
                LabLevers {
                    retention: Some(Retention::OneYear),
                    ..LabLevers::default()
                },
                LabLevers {
                    hit_only: Some(true),
                    ..LabLevers::default()
                },
                LabLevers {
                    sharing: Some(SharingSetting::None),
                    ..LabLevers::default()
                },
                LabLevers {
                    camera_percent: Some(25),
                    ..LabLevers::default()
                },
            ] {
                let lab = LinkedLab { preset: 0, levers };
                assert!(lab.moves_levers(), "{lab:?}");
                assert_ne!(lab.policy(1), Policy::common_setup(), "{lab:?}");
            }
        }
    }

    mod law {
        use super::*;

        #[test]
        fn reads_back_the_parameter_it_writes() {
            for law in (0..presets().len()).map(Law::Preset).chain([Law::Lab]) {
                assert_eq!(Law::from_parameter(&law.parameter()), Some(law));
            }
            for value in ["99", "-1", "maine", "", "Lab"] {
                assert_eq!(Law::from_parameter(value), None, "{value}");
            }
        }

        #[test]
        fn a_preset_ignores_the_links_levers_and_the_lab_honours_them() {
            let lab = LinkedLab {
                preset: 0,
                levers: LabLevers {
                    retention: Some(Retention::FortyEightHours),
                    ..LabLevers::default()
                },
            };
            assert_eq!(Law::Preset(0).policy(&lab, 1), Policy::common_setup());
            assert_eq!(
                Law::Lab.policy(&lab, 1).retention,
                Retention::FortyEightHours
            );
        }
    }
}
