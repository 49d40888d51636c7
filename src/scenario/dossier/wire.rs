//! A finding's [`Guess`] and [`Truth`] as the town-wide worker sends them to the page: a tag,
//! a list of numbers and a list of names (`[2, [0, 3], ["Elm Street Clinic"]]`), written and
//! read back by hand. The page decodes every finding it draws, and serde's derived decoder for
//! each variant and field of the two enums came to about 12 kB of the first visit's wasm; this
//! form needs one decoder of three lists. A place a finding names travels as its name, with its
//! kind among the numbers after the finding's own (an unnamed place is named from its kind on the
//! page, in the visitor's language). Fractions travel as their exact bits, as everywhere
//! in the protocol (`crate::scenario::exact`).
//!
//! Pure: no UI crates.

use serde::{Deserialize, Serialize};

use super::{Guess, PlaceMention, RoutineDay, Truth};
use crate::sim::{PlaceKind, Weekday};

/// The wire form: which variant, its numbers, its names.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Packed(u8, Vec<u64>, Vec<String>);

/// An absent minute of the day.
const NONE: u64 = u64::MAX;

fn minute(m: Option<u32>) -> u64 {
    m.map_or(NONE, u64::from)
}

/// The numbers and names of one packed finding, taken in the order they were written.
struct Reader {
    numbers: std::vec::IntoIter<u64>,
    names: std::vec::IntoIter<String>,
}

impl Reader {
    fn number(&mut self) -> Result<u64, String> {
        self.numbers
            .next()
            .ok_or_else(|| "a finding is missing a number".to_owned())
    }

    fn count(&mut self) -> Result<u32, String> {
        u32::try_from(self.number()?).map_err(|_| "a finding's count is too large".to_owned())
    }

    fn size(&mut self) -> Result<usize, String> {
        self.count().map(|n| n as usize)
    }

    fn fraction(&mut self) -> Result<f64, String> {
        self.number().map(f64::from_bits)
    }

    fn flag(&mut self) -> Result<bool, String> {
        self.number().map(|n| n != 0)
    }

    fn minute(&mut self) -> Result<Option<u32>, String> {
        match self.number()? {
            NONE => Ok(None),
            n => u32::try_from(n)
                .map(Some)
                .map_err(|_| "a finding's minute is out of range".to_owned()),
        }
    }

    fn weekday(&mut self) -> Result<Weekday, String> {
        weekday(self.number()?)
    }

    fn name(&mut self) -> Result<String, String> {
        self.names
            .next()
            .ok_or_else(|| "a finding is missing a name".to_owned())
    }

    /// The places named last: one kind among the numbers left for each name left.
    fn mentions(&mut self) -> Result<Vec<PlaceMention>, String> {
        let kinds = self.rest();
        if kinds.len() != self.names.len() {
            return Err("a finding's places and their kinds differ in number".to_owned());
        }
        kinds
            .into_iter()
            .zip(self.names.by_ref())
            .map(|(kind, name)| {
                Ok(PlaceMention {
                    name,
                    kind: place_kind(kind)?,
                })
            })
            .collect()
    }

    /// What is left of the numbers.
    fn rest(&mut self) -> Vec<u64> {
        self.numbers.by_ref().collect()
    }
}

/// Places as the wire writes them: their kinds (after a finding's other numbers) and names.
fn mentions(places: impl IntoIterator<Item = PlaceMention>) -> (Vec<u64>, Vec<String>) {
    places.into_iter().map(|p| (p.kind as u64, p.name)).unzip()
}

fn weekday(n: u64) -> Result<Weekday, String> {
    usize::try_from(n)
        .ok()
        .and_then(|i| Weekday::ALL.get(i).copied())
        .ok_or_else(|| format!("{n} is not a weekday"))
}

impl From<Guess> for Packed {
    fn from(guess: Guess) -> Packed {
        match guess {
            Guess::Anchor {
                radius_meters,
                near,
                stops,
            } => {
                let (kinds, names) = mentions(near);
                Packed(
                    0,
                    [radius_meters.to_bits(), stops.into()]
                        .into_iter()
                        .chain(kinds)
                        .collect(),
                    names,
                )
            }
            Guess::Routine(days) => Packed(
                1,
                days.iter()
                    .flat_map(|d| {
                        [
                            d.weekday.index() as u64,
                            d.driven.into(),
                            d.observed.into(),
                            minute(d.first_minute_of_day),
                            minute(d.last_minute_of_day),
                        ]
                    })
                    .collect(),
                Vec::new(),
            ),
            Guess::Place { name, kind, visits } => {
                Packed(2, vec![kind as u64, visits as u64], vec![name])
            }
            Guess::Sensitive { places, stops } => {
                let (kinds, names) = mentions(places);
                Packed(
                    3,
                    std::iter::once(stops as u64).chain(kinds).collect(),
                    names,
                )
            }
            Guess::Associate {
                plate,
                together,
                days,
                cameras,
            } => Packed(
                4,
                vec![together.into(), days.into(), cameras.into()],
                vec![plate],
            ),
            Guess::Prediction {
                weekday,
                minute_of_day,
                camera,
                probability,
            } => Packed(
                5,
                vec![
                    weekday.index() as u64,
                    minute_of_day.into(),
                    probability.to_bits(),
                ],
                vec![camera],
            ),
        }
    }
}

impl TryFrom<Packed> for Guess {
    type Error = String;

    fn try_from(Packed(tag, numbers, names): Packed) -> Result<Guess, String> {
        let mut r = Reader {
            numbers: numbers.into_iter(),
            names: names.into_iter(),
        };
        Ok(match tag {
            0 => Guess::Anchor {
                radius_meters: r.fraction()?,
                stops: r.count()?,
                near: r.mentions()?.pop(),
            },
            1 => {
                let mut days = Vec::new();
                while !r.numbers.as_slice().is_empty() {
                    days.push(RoutineDay {
                        weekday: r.weekday()?,
                        driven: r.count()?,
                        observed: r.count()?,
                        first_minute_of_day: r.minute()?,
                        last_minute_of_day: r.minute()?,
                    });
                }
                Guess::Routine(days)
            }
            2 => Guess::Place {
                kind: place_kind(r.number()?)?,
                visits: r.size()?,
                name: r.name()?,
            },
            3 => Guess::Sensitive {
                stops: r.size()?,
                places: r.mentions()?,
            },
            4 => Guess::Associate {
                together: r.count()?,
                days: r.count()?,
                cameras: r.count()?,
                plate: r.name()?,
            },
            5 => Guess::Prediction {
                weekday: r.weekday()?,
                minute_of_day: r.count()?,
                probability: r.fraction()?,
                camera: r.name()?,
            },
            _ => return Err(format!("no guess is numbered {tag}")),
        })
    }
}

impl From<Truth> for Packed {
    fn from(truth: Truth) -> Packed {
        match truth {
            Truth::Anchor {
                near,
                error_meters,
                inside,
            } => {
                let (kinds, names) = mentions(near);
                Packed(
                    0,
                    [error_meters.to_bits(), inside.into()]
                        .into_iter()
                        .chain(kinds)
                        .collect(),
                    names,
                )
            }
            Truth::Routine {
                workdays,
                shift_start_minute_of_day,
            } => Packed(
                1,
                std::iter::once(u64::from(shift_start_minute_of_day))
                    .chain(workdays.iter().map(|d| d.index() as u64))
                    .collect(),
                Vec::new(),
            ),
            Truth::Sensitive { right, stops } => {
                Packed(2, vec![right as u64, stops as u64], Vec::new())
            }
            Truth::Place { visits } => Packed(3, vec![visits as u64], Vec::new()),
            Truth::Associate { companion } => Packed(4, vec![companion.into()], Vec::new()),
            Truth::Prediction {
                weekday,
                camera,
                passed_at,
            } => Packed(
                5,
                vec![weekday.index() as u64, minute(passed_at)],
                vec![camera],
            ),
        }
    }
}

impl TryFrom<Packed> for Truth {
    type Error = String;

    fn try_from(Packed(tag, numbers, names): Packed) -> Result<Truth, String> {
        let mut r = Reader {
            numbers: numbers.into_iter(),
            names: names.into_iter(),
        };
        Ok(match tag {
            0 => Truth::Anchor {
                error_meters: r.fraction()?,
                inside: r.flag()?,
                near: r.mentions()?.pop(),
            },
            1 => Truth::Routine {
                shift_start_minute_of_day: r.count()?,
                workdays: r
                    .rest()
                    .into_iter()
                    .map(weekday)
                    .collect::<Result<_, _>>()?,
            },
            2 => Truth::Sensitive {
                right: r.size()?,
                stops: r.size()?,
            },
            3 => Truth::Place { visits: r.size()? },
            4 => Truth::Associate {
                companion: r.flag()?,
            },
            5 => Truth::Prediction {
                weekday: r.weekday()?,
                passed_at: r.minute()?,
                camera: r.name()?,
            },
            _ => return Err(format!("no truth is numbered {tag}")),
        })
    }
}

fn place_kind(n: u64) -> Result<PlaceKind, String> {
    usize::try_from(n)
        .ok()
        .and_then(|i| PlaceKind::ALL.get(i).copied())
        .ok_or_else(|| format!("{n} is not a kind of place"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T>(value: T) -> T
    where
        T: Serialize + serde::de::DeserializeOwned,
    {
        serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap()
    }

    #[test]
    fn every_guess_and_truth_crosses_the_wire_unchanged() {
        let guesses = [
            Guess::Anchor {
                radius_meters: 0.1 + 0.2,
                near: Some(PlaceMention {
                    name: "Elm Street".into(),
                    kind: PlaceKind::Store,
                }),
                stops: 12,
            },
            Guess::Anchor {
                radius_meters: 350.0,
                near: None,
                stops: 0,
            },
            Guess::Routine(vec![
                RoutineDay {
                    weekday: Weekday::Tuesday,
                    driven: 4,
                    observed: 4,
                    first_minute_of_day: Some(7 * 60 + 5),
                    last_minute_of_day: None,
                },
                RoutineDay {
                    weekday: Weekday::Sunday,
                    driven: 0,
                    observed: 4,
                    first_minute_of_day: None,
                    last_minute_of_day: Some(0),
                },
            ]),
            Guess::Place {
                name: "Grace Church".into(),
                kind: PlaceKind::OutOfTown,
                visits: 9,
            },
            Guess::Sensitive {
                places: vec![
                    PlaceMention {
                        name: "Clinic".into(),
                        kind: PlaceKind::ReproductiveHealthClinic,
                    },
                    PlaceMention {
                        name: String::new(),
                        kind: PlaceKind::Mosque,
                    },
                ],
                stops: 3,
            },
            Guess::Associate {
                plate: "7KX-204".into(),
                together: 31,
                days: 12,
                cameras: 5,
            },
            Guess::Prediction {
                weekday: Weekday::Friday,
                minute_of_day: 1439,
                camera: "Route 9 at Elm".into(),
                probability: 2.0 / 3.0,
            },
        ];
        for guess in guesses {
            assert_eq!(round_trip(guess.clone()), guess);
        }
        let truths = [
            Truth::Anchor {
                near: None,
                error_meters: 1e-9,
                inside: true,
            },
            Truth::Anchor {
                near: Some(PlaceMention {
                    name: String::new(),
                    kind: PlaceKind::Home,
                }),
                error_meters: 40.0,
                inside: false,
            },
            Truth::Routine {
                workdays: vec![Weekday::Monday, Weekday::Saturday],
                shift_start_minute_of_day: 420,
            },
            Truth::Sensitive { right: 2, stops: 3 },
            Truth::Place { visits: 0 },
            Truth::Associate { companion: false },
            Truth::Prediction {
                weekday: Weekday::Wednesday,
                camera: "Main St".into(),
                passed_at: None,
            },
            Truth::Prediction {
                weekday: Weekday::Wednesday,
                camera: "Main St".into(),
                passed_at: Some(8 * 60),
            },
        ];
        for truth in truths {
            assert_eq!(round_trip(truth.clone()), truth);
        }
    }

    #[test]
    fn a_damaged_finding_is_an_error_not_a_panic() {
        for bad in [
            "[9,[],[]]",
            "[0,[],[]]",
            "[1,[7,1,1,0,0],[]]",
            "[2,[99,1],[\"x\"]]",
            "[5,[1,2,3],[]]",
            "[4,[5000000000,1,1],[\"x\"]]",
            "[0,[0,1],[\"a place without its kind\"]]",
            "[3,[1,4,99],[\"x\",\"y\"]]",
        ] {
            assert!(serde_json::from_str::<Guess>(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<Truth>("[1,[420,8],[]]").is_err());
    }

    #[test]
    fn every_kind_of_place_has_its_number() {
        for (i, kind) in PlaceKind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, i);
        }
        assert_eq!(PlaceKind::ALL.len(), PlaceKind::Shelter as usize + 1);
    }
}
