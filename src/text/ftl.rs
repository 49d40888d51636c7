//! The part of Project Fluent's message syntax (<https://projectfluent.org/fluent/guide/>)
//! that Plate Trail's message files under `locales/` use, read and formatted without the
//! `fluent-bundle` crate (which would add its parser and CLDR tables to every first visit).
//!
//! Shared by `build.rs` (which reads `locales/*/*.ftl`, checks them and writes the tables the
//! app compiles or fetches) and the app (which formats a message's pattern with its
//! arguments in the chosen language). Supported:
//!
//! - `# comments`, `id = value`, a value continued on indented lines (kept as new lines);
//! - placeables: `{ $variable }`, string literals `{ "{" }`, and selectors on a variable,
//!   `{ $count -> [0] none [one] one row *[other] { $count } rows }`, whose keys are exact
//!   numbers, the CLDR plural categories `one`/`other` of the language, or words (matched
//!   against a text argument); `*` marks the default variant.
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

/// One message of a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    /// The pattern, as Fluent source with the continuation lines' indent removed.
    pub value: String,
    /// The `#` comment lines right above it.
    pub comment: String,
    /// 1-based line of `id =`.
    pub line: usize,
}

/// The messages of one `.ftl` file; an error names the line.
pub fn parse_file(source: &str) -> Result<Vec<Entry>, String> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut comment = String::new();
    let mut lines = source.lines().enumerate().peekable();
    while let Some((index, line)) = lines.next() {
        if line.trim().is_empty() {
            comment.clear();
            continue;
        }
        if let Some(text) = line.strip_prefix('#') {
            comment.push_str(text.trim());
            comment.push('\n');
            continue;
        }
        if line.starts_with(' ') {
            return Err(format!(
                "line {}: an indented line outside a message",
                index + 1
            ));
        }
        let Some((id, first)) = line.split_once('=') else {
            return Err(format!("line {}: expected `id = value`", index + 1));
        };
        let id = id.trim();
        if id.is_empty()
            || !id.starts_with(|c: char| c.is_ascii_alphabetic())
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(format!("line {}: `{id}` is not a message id", index + 1));
        }
        let mut continuation = Vec::new();
        let mut depth = brace_depth(0, first);
        while let Some((_, next)) = lines.peek() {
            if next.starts_with(' ') || (depth > 0 && !next.trim().is_empty()) {
                depth = brace_depth(depth, next);
                continuation.push(*next);
            } else if next.trim().is_empty() && continues_after_blank(lines.clone()) {
                continuation.push("");
            } else {
                break;
            }
            lines.next();
        }
        let indent = continuation
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let mut value = first.trim().to_owned();
        for line in continuation {
            if !value.is_empty() {
                value.push('\n');
            }
            value.push_str(line.get(indent..).unwrap_or("").trim_end());
        }
        if value.is_empty() {
            return Err(format!("line {}: `{id}` has no value", index + 1));
        }
        parse(&value).map_err(|e| format!("line {}: `{id}`: {e}", index + 1))?;
        entries.push(Entry {
            id: id.to_owned(),
            value,
            comment: std::mem::take(&mut comment),
            line: index + 1,
        });
    }
    Ok(entries)
}

/// The placeables still open after `line`, `depth` being open before it (braces in string
/// literals do not count).
fn brace_depth(mut depth: usize, line: &str) -> usize {
    let mut in_literal = false;
    for c in line.chars() {
        match c {
            '"' if depth > 0 => in_literal = !in_literal,
            '{' if !in_literal => depth += 1,
            '}' if !in_literal => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Whether blank lines are followed by an indented line (the value goes on).
fn continues_after_blank<'a>(
    lines: std::iter::Peekable<impl Iterator<Item = (usize, &'a str)>>,
) -> bool {
    for (_, line) in lines {
        if !line.trim().is_empty() {
            return line.starts_with(' ');
        }
    }
    false
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

/// A parsed pattern: text and placeables.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Variable(String),
    Select {
        variable: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// The variables a pattern uses, each once, in order of first use.
pub fn variables(pattern: &str) -> Result<Vec<String>, String> {
    fn walk(parts: &[Part], out: &mut Vec<String>) {
        for part in parts {
            match part {
                Part::Text(_) => {}
                Part::Variable(name) => {
                    if !out.contains(name) {
                        out.push(name.clone());
                    }
                }
                Part::Select {
                    variable, variants, ..
                } => {
                    if !out.contains(variable) {
                        out.push(variable.clone());
                    }
                    for (_, parts) in variants {
                        walk(parts, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&parse(pattern)?, &mut out);
    Ok(out)
}

/// The pattern's text with its arguments, written as `locale` writes them. A variable with no
/// argument shows as `{$name}` (the native tests keep that from happening).
pub fn format(pattern: &str, args: &[(&str, Arg)], locale: &Locale) -> String {
    let mut out = String::new();
    match parse(pattern) {
        Ok(parts) => write_parts(&parts, args, locale, &mut out),
        Err(_) => out.push_str(pattern),
    }
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
                            .or_else(|| variants.iter().position(|(key, _)| key == category))
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
/// "7:05", "7:05 AM".
pub fn clock(minute_of_day: u32, locale: &Locale) -> String {
    let (hour, minute) = ((minute_of_day / 60) % 24, minute_of_day % 60);
    match locale.clock {
        "H:mm" => format!("{hour}:{minute:02}"),
        "h:mm a" => format!(
            "{}:{minute:02} {}",
            (hour + 11) % 12 + 1,
            if hour < 12 { "AM" } else { "PM" }
        ),
        _ => format!("{hour:02}:{minute:02}"),
    }
}

/// Parses a pattern into parts.
fn parse(pattern: &str) -> Result<Vec<Part>, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut at = 0;
    let parts = parse_parts(&chars, &mut at, false)?;
    if at < chars.len() {
        return Err(format!("an unmatched `}}` at character {at}"));
    }
    Ok(parts)
}

/// Text and placeables up to the end, or (in a variant) up to the next variant or the `}`
/// closing the selector.
fn parse_parts(chars: &[char], at: &mut usize, in_variant: bool) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    while *at < chars.len() {
        let c = chars[*at];
        match c {
            '{' => {
                *at += 1;
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(parse_placeable(chars, at)?);
            }
            '}' => break,
            '\n' if in_variant => {
                let mut look = *at;
                while look < chars.len() && chars[look].is_whitespace() {
                    look += 1;
                }
                if matches!(chars.get(look), Some('[' | '*' | '}') | None) {
                    *at = look;
                    break;
                }
                text.push('\n');
                *at = look;
            }
            _ => {
                text.push(c);
                *at += 1;
            }
        }
    }
    if in_variant {
        let trimmed = text.trim_end().to_owned();
        text = trimmed;
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(parts)
}

fn skip_space(chars: &[char], at: &mut usize) {
    while *at < chars.len() && chars[*at].is_whitespace() {
        *at += 1;
    }
}

fn name(chars: &[char], at: &mut usize) -> String {
    let start = *at;
    while *at < chars.len() && (chars[*at].is_alphanumeric() || matches!(chars[*at], '_' | '-')) {
        *at += 1;
    }
    chars[start..*at].iter().collect()
}

/// After a `{`: a string literal, a variable or a selector, then the `}`.
fn parse_placeable(chars: &[char], at: &mut usize) -> Result<Part, String> {
    skip_space(chars, at);
    let part = match chars.get(*at) {
        Some('"') => {
            *at += 1;
            let mut literal = String::new();
            loop {
                match chars.get(*at) {
                    Some('"') => break,
                    Some('\\') => {
                        literal.extend(chars.get(*at + 1));
                        *at += 2;
                    }
                    Some(&c) => {
                        literal.push(c);
                        *at += 1;
                    }
                    None => return Err("an unclosed string literal".to_owned()),
                }
            }
            *at += 1;
            Part::Text(literal)
        }
        Some('$') => {
            *at += 1;
            let variable = name(chars, at);
            if variable.is_empty() {
                return Err("a `$` without a variable name".to_owned());
            }
            skip_space(chars, at);
            if chars.get(*at) == Some(&'-') && chars.get(*at + 1) == Some(&'>') {
                *at += 2;
                parse_variants(chars, at, variable)?
            } else {
                Part::Variable(variable)
            }
        }
        _ => {
            return Err(format!(
                "a placeable must hold `$name` or `\"text\"` (character {at})"
            ));
        }
    };
    skip_space(chars, at);
    if chars.get(*at) != Some(&'}') {
        return Err(format!("a placeable is not closed (character {at})"));
    }
    *at += 1;
    Ok(part)
}

fn parse_variants(chars: &[char], at: &mut usize, variable: String) -> Result<Part, String> {
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        skip_space(chars, at);
        let starred = chars.get(*at) == Some(&'*');
        if starred {
            *at += 1;
        }
        match chars.get(*at) {
            Some('[') => *at += 1,
            Some('}') if !variants.is_empty() => break,
            _ => return Err(format!("expected a variant `[key]` (character {at})")),
        }
        skip_space(chars, at);
        let key = name(chars, at);
        skip_space(chars, at);
        if chars.get(*at) != Some(&']') || key.is_empty() {
            return Err(format!("a variant key is not closed (character {at})"));
        }
        *at += 1;
        while chars.get(*at) == Some(&' ') {
            *at += 1;
        }
        if starred {
            if default.is_some() {
                return Err("two default variants".to_owned());
            }
            default = Some(variants.len());
        }
        let parts = parse_parts(chars, at, true)?;
        variants.push((key, parts));
    }
    let default = default.ok_or("a selector needs a default variant `*[other]`")?;
    Ok(Part::Select {
        variable,
        variants,
        default,
    })
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

    mod files {
        use super::*;

        #[test]
        fn reads_messages_comments_and_continued_lines() {
            let entries =
                parse_file("# Heading.\nnav-faq = FAQ\n\nletter =\n    Dear you,\n\n    Bye.\n")
                    .unwrap();
            assert_eq!(entries[0].id, "nav-faq");
            assert_eq!(entries[0].comment, "Heading.\n");
            assert_eq!(entries[1].value, "Dear you,\n\nBye.");
        }

        #[test]
        fn names_the_line_of_a_broken_message() {
            let error = parse_file("a = fine\nb = { $n ->\n    [one] x\n}\n").unwrap_err();
            assert!(error.starts_with("line 2"), "{error}");
        }
    }

    mod patterns {
        use super::*;

        const ROWS: &str =
            "{ $n ->\n    [0] no rows\n    [one] { $n } row\n   *[other] { $n } rows\n}";

        #[test]
        fn picks_exact_numbers_then_the_plural_category() {
            let rows = |n: usize, l: &Locale| format(ROWS, &[("n", n.into())], l);
            assert_eq!(rows(0, &EN), "no rows");
            assert_eq!(rows(1, &EN), "1 row");
            assert_eq!(rows(1234, &EN), "1,234 rows");
        }

        #[test]
        fn portuguese_counts_zero_as_one() {
            let p = "{ $n ->\n [one] { $n } dia\n*[other] { $n } dias\n}";
            assert_eq!(format(p, &[("n", 0usize.into())], &PT), "0 dia");
            assert_eq!(format(p, &[("n", 2usize.into())], &PT), "2 dias");
        }

        #[test]
        fn lists_variables_in_order() {
            assert_eq!(
                variables("{ $a } and { $b ->\n [x] { $c }\n *[y] y\n}").unwrap(),
                ["a", "b", "c"]
            );
        }

        #[test]
        fn string_literals_escape_braces() {
            assert_eq!(format("{ \"{\" }x{\"}\"}", &[], &EN), "{x}");
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
            assert_eq!(clock(14 * 60 + 5, &twelve), "2:05 PM");
        }
    }
}
