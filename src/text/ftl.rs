//! Formatting Plate Trail's messages (`locales/`, [Project Fluent](https://projectfluent.org/fluent/guide/)
//! syntax) in the chosen language. The build reads the `.ftl` files with the `fluent-syntax`
//! crate (`build/ftl_source.rs`) and writes each message already parsed, as a string of
//! fields that [`parse`] reads into [`Part`]s: English's compiled in, other languages' in
//! `lang/<code>.json`. So the page holds no Fluent parser and no `fluent-bundle` (its parser
//! and CLDR tables would add to every first visit). This module only fills in arguments:
//! variables, and selectors whose keys are exact numbers, the CLDR plural categories
//! `one`/`other` of the language, or words (matched against a text argument), `*` marking
//! the default.
//!
//! Numbers are written the language's way ([`Locale`]: `1,234.5`, `1.234,5`, `12 345`), and
//! an argument's plural category follows the language's CLDR rule for `one`. Pure: no UI crates.

/// How one language writes numbers and times and picks plural forms: a row of
/// `locales/languages.json`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Locale {
    /// BCP 47 tag: `en`, `es`, `pt-BR`.
    pub code: &'static str,
    /// The language's own name for itself, for the picker.
    pub name: &'static str,
    /// Thousands separator.
    pub group: &'static str,
    /// Decimal separator.
    pub decimal: &'static str,
    /// CLDR's minimum grouping digits: 2 writes 1234 but 12 345 (Spanish).
    pub min_grouping: u8,
    /// The whole numbers in CLDR's `one` category (`[1]` in English, `[0, 1]` in Portuguese).
    pub one: &'static [u32],
    /// A time of day: `HH:mm` (07:05), `H:mm` (7:05) or `h:mm a` (7:05 AM).
    pub clock: &'static str,
    /// Generated for testing layouts (`en-XA`), never offered in the picker.
    pub pseudo: bool,
}

/// A message's argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number shown with this many digits after the decimal separator.
    Number {
        value: f64,
        fraction_digits: u8,
    },
    Text(String),
}

impl Arg {
    /// A number shown with `fraction_digits` digits after the separator: `Arg::fixed(2.34, 1)`
    /// is "2.3" in English, "2,3" in Spanish.
    pub fn fixed(value: f64, fraction_digits: u8) -> Arg {
        Arg::Number {
            value,
            fraction_digits,
        }
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number { value: n as f64, fraction_digits: 0 }
            }
        }
    )*};
}
whole_numbers!(usize, u8, u16, u32, u64, i32, i64);

/// A whole number of the value, rounded (a percentage, metres).
impl From<f64> for Arg {
    fn from(value: f64) -> Arg {
        Arg::Number {
            value,
            fraction_digits: 0,
        }
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

/// Separates the fields of a message as the build writes it (`build/ftl_source.rs`,
/// `to_wire`): text, or a marker character and a name.
pub const FIELD: char = '\u{1F}';
/// Starts a field naming a variable: `{ $name }`.
pub const VARIABLE: char = '\u{1}';
/// Starts a field naming a selector's variable: `{ $name -> ...`.
pub const SELECT: char = '\u{2}';
/// Starts a variant's key: `[key]`.
pub const VARIANT: char = '\u{3}';
/// Starts the default variant's key: `*[key]`.
pub const DEFAULT: char = '\u{4}';
/// Closes a selector: `}`.
pub const END: char = '\u{5}';

/// One piece of a parsed message, borrowing its text.
#[derive(Debug, PartialEq)]
pub enum Part<'a> {
    Text(&'a str),
    Variable(&'a str),
    /// `{ $variable -> [key] ... *[default] ... }`: the variants by key, and the default's
    /// index.
    Select {
        variable: &'a str,
        variants: Vec<(&'a str, Vec<Part<'a>>)>,
        default: usize,
    },
}

/// Reads a message as the build writes it, English's compiled in and other languages' in
/// `lang/<code>.json`: fields separated by U+001F, each text as it is, or a marker and a name
/// ([`VARIABLE`], [`SELECT`] followed by each variant's [`VARIANT`] or [`DEFAULT`] key and
/// its parts, then [`END`]). A message without variables is just its text, and "" has no
/// parts. Read each time a message is formatted (a few fields: far cheaper than drawing it),
/// so neither language's messages are held twice.
pub fn parse(message: &str) -> Result<Vec<Part<'_>>, String> {
    type Fields<'a> = std::iter::Peekable<std::str::Split<'a, char>>;
    /// Parts up to the end, or in a variant up to the next variant or the selector's end.
    fn list<'a>(fields: &mut Fields<'a>, in_variant: bool) -> Result<Vec<Part<'a>>, String> {
        let mut out = Vec::new();
        while let Some(&field) = fields.peek() {
            let mut chars = field.chars();
            let (mark, name) = (chars.next(), chars.as_str());
            match mark {
                Some(VARIANT | DEFAULT | END) if in_variant => break,
                Some(SELECT) => {
                    fields.next();
                    let mut variants = Vec::new();
                    let mut default = None;
                    loop {
                        let field = fields.next().unwrap_or_default();
                        let mut chars = field.chars();
                        match chars.next() {
                            Some(END) => break,
                            Some(mark @ (VARIANT | DEFAULT)) => {
                                if mark == DEFAULT {
                                    default = Some(variants.len());
                                }
                                variants.push((chars.as_str(), list(fields, true)?));
                            }
                            _ => return Err("a selector that is not closed".to_owned()),
                        }
                    }
                    let default = default.ok_or("a selector without a default")?;
                    out.push(Part::Select {
                        variable: name,
                        variants,
                        default,
                    });
                    continue;
                }
                Some(VARIABLE) => out.push(Part::Variable(name)),
                Some(VARIANT | DEFAULT | END) | None => {
                    return Err(format!("a field out of place: {field:?}"));
                }
                Some(_) => out.push(Part::Text(field)),
            }
            fields.next();
        }
        Ok(out)
    }
    if message.is_empty() {
        return Ok(Vec::new());
    }
    let mut fields = message.split(FIELD).peekable();
    list(&mut fields, false)
}

/// A message without variables: its text ("" for none).
pub fn plain(message: &str) -> &str {
    if message.contains(FIELD) || message.starts_with([VARIABLE, SELECT]) {
        ""
    } else {
        message
    }
}

/// The message's text with its arguments, written as `locale` writes them. A variable with no
/// argument shows as `{$name}` (the native tests keep that from happening).
pub fn format(message: &str, args: &[(&str, Arg)], locale: &Locale) -> String {
    let mut out = String::new();
    write_parts(&parse(message).unwrap_or_default(), args, locale, &mut out);
    out
}

fn write_parts(parts: &[Part], args: &[(&str, Arg)], locale: &Locale, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Variable(name) => match arg(name) {
                Some(Arg::Text(text)) => out.push_str(text),
                Some(&Arg::Number {
                    value,
                    fraction_digits,
                }) => out.push_str(&number(value, fraction_digits, locale)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select {
                variable,
                variants,
                default,
            } => {
                let chosen = match arg(variable) {
                    Some(&Arg::Number {
                        value,
                        fraction_digits,
                    }) => {
                        let shown = round(value, fraction_digits);
                        let category = plural_category(shown, fraction_digits, locale);
                        variants
                            .iter()
                            .position(|(key, _)| key.parse::<f64>().ok() == Some(shown))
                            .or_else(|| variants.iter().position(|(key, _)| *key == category))
                    }
                    Some(Arg::Text(text)) => variants.iter().position(|(key, _)| key == text),
                    None => None,
                }
                .unwrap_or(*default);
                write_parts(&variants[chosen].1, args, locale, out);
            }
        }
    }
}

fn round(value: f64, fraction_digits: u8) -> f64 {
    let scale = 10f64.powi(i32::from(fraction_digits));
    (value * scale).round() / scale
}

/// CLDR's plural category of a shown number: `one` or `other` (the two the app's languages
/// use for whole numbers).
pub fn plural_category(value: f64, fraction_digits: u8, locale: &Locale) -> &'static str {
    let whole = fraction_digits == 0 && value >= 0.0 && value.fract() == 0.0;
    if whole && value <= f64::from(u32::MAX) && locale.one.contains(&(value as u32)) {
        "one"
    } else {
        "other"
    }
}

/// `n` with `fraction_digits` decimals, grouped: "12,345.6", "12.345,6", "1234".
pub fn number(value: f64, fraction_digits: u8, locale: &Locale) -> String {
    let text = format!("{:.*}", usize::from(fraction_digits), value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        out.push('-');
    }
    let grouped = whole.len() >= 4 + usize::from(locale.min_grouping.max(1)) - 1;
    for (i, digit) in whole.chars().enumerate() {
        if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(locale.group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push_str(locale.decimal);
        out.push_str(fraction);
    }
    out
}

/// A time of day, `minute_of_day` minutes after midnight, the language's way: "07:05",
/// "7:05", "7:05 AM" (a no-break space before AM/PM, so a narrow cell never wraps it off).
pub fn clock(minute_of_day: u32, locale: &Locale) -> String {
    let (hour, minute) = ((minute_of_day / 60) % 24, minute_of_day % 60);
    match locale.clock {
        "H:mm" => format!("{hour}:{minute:02}"),
        "h:mm a" => format!(
            "{}:{minute:02}\u{a0}{}",
            (hour + 11) % 12 + 1,
            if hour < 12 { "AM" } else { "PM" }
        ),
        _ => format!("{hour:02}:{minute:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Locale = Locale {
        code: "en",
        name: "English",
        group: ",",
        decimal: ".",
        min_grouping: 1,
        one: &[1],
        clock: "HH:mm",
        pseudo: false,
    };
    const ES: Locale = Locale {
        code: "es",
        name: "Español",
        group: ".",
        decimal: ",",
        min_grouping: 2,
        one: &[1],
        clock: "H:mm",
        pseudo: false,
    };
    const PT: Locale = Locale {
        code: "pt-BR",
        name: "Português",
        group: ".",
        decimal: ",",
        min_grouping: 1,
        one: &[0, 1],
        clock: "HH:mm",
        pseudo: false,
    };

    mod patterns {
        use super::*;

        /// `{ $n -> [0] no rows [one] { $n } row *[other] { $n } rows }`, as the build
        /// writes it.
        const ROWS: &str = "\u{2}n\u{1F}\u{3}0\u{1F}no rows\u{1F}\u{3}one\u{1F}\u{1}n\u{1F} row\u{1F}\u{4}other\u{1F}\u{1}n\u{1F} rows\u{1F}\u{5}";

        #[test]
        fn picks_exact_numbers_then_the_plural_category() {
            let rows = |n: usize, l: &Locale| format(ROWS, &[("n", n.into())], l);
            assert_eq!(rows(0, &EN), "no rows");
            assert_eq!(rows(1, &EN), "1 row");
            assert_eq!(rows(1234, &EN), "1,234 rows");
        }

        #[test]
        fn portuguese_counts_zero_as_one() {
            const DAYS: &str = "\u{2}n\u{1F}\u{3}one\u{1F}\u{1}n\u{1F} dia\u{1F}\u{4}other\u{1F}\u{1}n\u{1F} dias\u{1F}\u{5}";
            assert_eq!(format(DAYS, &[("n", 0usize.into())], &PT), "0 dia");
            assert_eq!(format(DAYS, &[("n", 2usize.into())], &PT), "2 dias");
        }

        #[test]
        fn reads_a_message_as_the_build_writes_it() {
            let hi = format!("Hi \u{1F}\u{1}who\u{1F}{ROWS}\u{1F}.");
            let say = |n: usize| format(&hi, &[("who", "Ana".into()), ("n", n.into())], &EN);
            assert_eq!(say(2), "Hi Ana2 rows.");
            assert_eq!(say(0), "Hi Anano rows.");
            assert_eq!(
                plain("Plain, with a\nsecond line"),
                "Plain, with a\nsecond line"
            );
            assert_eq!(plain(&hi), "");
            assert_eq!(parse("").unwrap(), vec![]);
            for bad in [
                "\u{2}n\u{1F}\u{3}one\u{1F}!",
                "\u{2}n\u{1F}\u{3}one\u{1F}\u{5}",
                "text\u{1F}\u{5}",
            ] {
                assert!(parse(bad).is_err(), "{bad:?}");
            }
        }
    }

    mod numbers {
        use super::*;

        #[test]
        fn group_and_decimal_separators_follow_the_language() {
            assert_eq!(number(1234.0, 0, &EN), "1,234");
            assert_eq!(number(1234.0, 0, &PT), "1.234");
            assert_eq!(number(1234.0, 0, &ES), "1234");
            assert_eq!(number(12345.67, 1, &ES), "12.345,7");
            assert_eq!(number(2.34, 1, &EN), "2.3");
        }

        #[test]
        fn clocks_follow_the_language() {
            assert_eq!(clock(7 * 60 + 5, &EN), "07:05");
            assert_eq!(clock(7 * 60 + 5, &ES), "7:05");
            let twelve = Locale {
                clock: "h:mm a",
                ..EN
            };
            assert_eq!(clock(14 * 60 + 5, &twelve), "2:05\u{a0}PM");
            assert_eq!(clock(0, &twelve), "12:00\u{a0}AM");
            assert_eq!(clock(12 * 60, &twelve), "12:00\u{a0}PM");
        }
    }
}
