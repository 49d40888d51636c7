//! What the simulator's number fields (days to simulate, seed, hours at work) do with what
//! the visitor typed: the value the run takes, and why it is not the one typed when it is
//! not. One rule per field, shared by the field's commit (Enter or leaving it) and its
//! typing: a valid entry clears the field's message at once, even one equal to the value
//! the field already shows (the browser sends no change for it, and the message stayed).
//!
//! Pure: no UI crates; the words come from [`crate::text`].

use super::limits::{MAX_DAYS, SHIFT_MINUTES};

/// A field's text read as a number for the run.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<T> {
    /// The value the run takes; `None`: the run keeps its own.
    pub used: Option<T>,
    /// Why that is not what was typed, said beside the field; `None`: taken as typed.
    pub problem: Option<String>,
}

impl<T> Entry<T> {
    fn taken(value: T) -> Entry<T> {
        Entry {
            used: Some(value),
            problem: None,
        }
    }
}

/// Days to simulate, 1 to [`MAX_DAYS`]: a whole number beyond them uses the nearest end, any
/// other text keeps the run's `kept` days.
pub fn days(typed: &str, kept: u32) -> Entry<u32> {
    match typed.trim().parse::<u32>() {
        Ok(days) if (1..=MAX_DAYS).contains(&days) => Entry::taken(days),
        Ok(days) => {
            let used = days.clamp(1, MAX_DAYS);
            Entry {
                used: Some(used),
                problem: Some(crate::text::days_out_of_range(MAX_DAYS, used)),
            }
        }
        Err(_) => Entry {
            used: None,
            problem: Some(crate::text::days_not_a_number(MAX_DAYS, kept)),
        },
    }
}

/// The seed, any whole number from 0; other text keeps the run's `kept` seed.
pub fn seed(typed: &str, kept: u64) -> Entry<u64> {
    match typed.trim().parse::<u64>() {
        Ok(seed) => Entry::taken(seed),
        Err(_) => Entry {
            used: None,
            problem: Some(crate::text::seed_not_a_number(kept)),
        },
    }
}

/// Hours at work, typed in hours, as minutes within [`SHIFT_MINUTES`] (the nearest end
/// beyond them); text that is no number keeps the plan's `kept_minutes`.
pub fn shift_minutes(typed: &str, kept_minutes: u32) -> Entry<u32> {
    match typed.trim().parse::<f64>() {
        Ok(hours) if hours.is_finite() => {
            let typed = (hours * 60.0).round().clamp(0.0, f64::from(u32::MAX)) as u32;
            let used = typed.clamp(*SHIFT_MINUTES.start(), *SHIFT_MINUTES.end());
            Entry {
                used: Some(used),
                problem: (used != typed)
                    .then(|| crate::text::shift_hours_out_of_range(&SHIFT_MINUTES, used)),
            }
        }
        _ => Entry {
            used: None,
            problem: Some(crate::text::shift_hours_not_a_number(
                &SHIFT_MINUTES,
                kept_minutes,
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod days {
        use super::*;

        #[test]
        fn takes_a_whole_number_in_range_as_typed_even_the_runs_own() {
            assert_eq!(days("30", 30), Entry::taken(30));
            assert_eq!(days(" 14 ", 30), Entry::taken(14));
        }

        #[test]
        fn uses_the_nearest_end_beyond_the_range_and_says_so() {
            let entry = days("100000", 30);
            assert_eq!(entry.used, Some(MAX_DAYS));
            assert!(entry.problem.is_some_and(|p| p.contains("so 90")));
            assert_eq!(days("0", 30).used, Some(1));
        }

        #[test]
        fn keeps_the_runs_days_for_anything_else() {
            for typed in ["1e9", "", "-3", "2.5", "lots"] {
                let entry = days(typed, 30);
                assert_eq!(entry.used, None, "{typed}");
                assert!(
                    entry
                        .problem
                        .is_some_and(|p| p.contains("keeps its 30 days")),
                    "{typed}"
                );
            }
        }
    }

    mod seed {
        use super::*;

        #[test]
        fn takes_any_whole_number_and_keeps_the_seed_for_anything_else() {
            assert_eq!(seed("7", 7), Entry::taken(7));
            assert_eq!(seed("0", 7), Entry::taken(0));
            for typed in ["", "-1", "1e9", "seven"] {
                assert_eq!(seed(typed, 7).used, None, "{typed}");
            }
        }
    }

    mod shift_minutes {
        use super::*;

        #[test]
        fn takes_hours_in_range_and_clamps_the_rest_with_a_word() {
            assert_eq!(shift_minutes("8", 480), Entry::taken(480));
            assert_eq!(shift_minutes("7.5", 480), Entry::taken(450));
            let long = shift_minutes("40", 480);
            assert_eq!(long.used, Some(*SHIFT_MINUTES.end()));
            assert!(long.problem.is_some());
            let none = shift_minutes("", 480);
            assert_eq!((none.used, none.problem.is_some()), (None, true));
        }
    }
}
