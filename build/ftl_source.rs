//! The message files (`locales/<code>/*.ftl`) read with Project Fluent's own parser, the
//! `fluent-syntax` crate, at build time (`build/locales.rs`) and in the native tests
//! (`tests/locales.rs`) only: the page never parses Fluent. Each message becomes a tree of
//! [`Part`]s that the build writes out already parsed, as one string a message
//! ([`to_wire`]): compiled in for English (the typed functions' table) and in
//! `lang/<code>.json` for the other languages, so the app only formats (`src/text/ftl.rs`).
//!
//! The app's formatter supports the part of Fluent the files use: text, `{ $variable }`,
//! string literals (`{ "{" }`), and selectors on a variable whose keys are numbers, CLDR
//! plural categories or words. Anything else (message or term references, functions,
//! attributes) is refused here with the file's line.

use fluent_syntax::ast;

/// One piece of a parsed pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    Variable(String),
    /// `{ $variable -> [key] pattern ... *[default] pattern }`.
    Select {
        variable: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// One message of a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    pub parts: Vec<Part>,
    /// The `#` comment right above it.
    pub comment: String,
    /// 1-based line of `id =`.
    pub line: usize,
}

/// 1-based line of byte `offset`.
fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// 1-based line where message `id` starts.
fn line_of_message(source: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return line_of(source, offset);
        }
        offset += line.len();
    }
    0
}

/// The messages of one `.ftl` file, parsed by `fluent-syntax`; an error names the line.
pub fn parse_file(source: &str) -> Result<Vec<Entry>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = &errors[0];
        format!(
            "line {}: {:?}",
            line_of(source, first.pos.start),
            first.kind
        )
    })?;
    let mut entries = Vec::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                let line = line_of_message(source, &id);
                if !message.attributes.is_empty() {
                    return Err(format!("line {line}: `{id}`: attributes are not supported"));
                }
                let value = message
                    .value
                    .ok_or_else(|| format!("line {line}: `{id}` has no value"))?;
                let parts = pattern(&value).map_err(|e| format!("line {line}: `{id}`: {e}"))?;
                let comment = message
                    .comment
                    .map(|c| c.content.iter().map(|l| format!("{l}\n")).collect())
                    .unwrap_or_default();
                entries.push(Entry {
                    id,
                    parts,
                    comment,
                    line,
                });
            }
            ast::Entry::Term(term) => {
                return Err(format!(
                    "line {}: terms (`-{}`) are not supported",
                    line_of_message(source, &format!("-{}", term.id.name)),
                    term.id.name
                ));
            }
            ast::Entry::Junk { content } => {
                return Err(format!("cannot read {content:?}"));
            }
            _ => {}
        }
    }
    Ok(entries)
}

/// A pattern's parts, adjacent text (string literals included) joined.
fn pattern(pattern: &ast::Pattern<&str>) -> Result<Vec<Part>, String> {
    let mut parts: Vec<Part> = Vec::new();
    let push_text = |parts: &mut Vec<Part>, text: &str| {
        if let Some(Part::Text(last)) = parts.last_mut() {
            last.push_str(text);
        } else if !text.is_empty() {
            parts.push(Part::Text(text.to_owned()));
        }
    };
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut parts, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => match inline {
                    ast::InlineExpression::StringLiteral { value } => {
                        push_text(
                            &mut parts,
                            &fluent_syntax::unicode::unescape_unicode_to_string(value),
                        );
                    }
                    ast::InlineExpression::VariableReference { id } => {
                        parts.push(Part::Variable(id.name.to_owned()));
                    }
                    other => return Err(format!("unsupported placeable {other:?}")),
                },
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a selector must be on a `$variable`".to_owned());
                    };
                    let mut out = Vec::new();
                    let mut default = None;
                    for variant in variants {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => (*name).to_owned(),
                            ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        };
                        if variant.default {
                            default = Some(out.len());
                        }
                        out.push((key, self::pattern(&variant.value)?));
                    }
                    parts.push(Part::Select {
                        variable: id.name.to_owned(),
                        variants: out,
                        default: default.ok_or("a selector needs a default variant")?,
                    });
                }
            },
        }
    }
    Ok(parts)
}

/// The variables a pattern uses, each once, in order of first use.
pub fn variables(parts: &[Part]) -> Vec<String> {
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
    walk(parts, &mut out);
    out
}

/// Separates the fields of a message as [`to_wire`] writes it.
const FIELD: char = '\u{1F}';
/// The markers that start a field which is not text (the same as `src/text/ftl.rs`'s).
const VARIABLE: char = '\u{1}';
const SELECT: char = '\u{2}';
const VARIANT: char = '\u{3}';
const DEFAULT: char = '\u{4}';
const END: char = '\u{5}';

/// The pattern as the app reads it (`text::ftl::parse`), compiled in for English and in
/// `lang/<code>.json` for the others: one string of fields separated by U+001F (the unit
/// separator), each a text as it is, or a marker character and a name: U+0001 a variable,
/// U+0002 a selector's variable followed by its variants, each U+0003 (U+0004 for the
/// default) and the key, then the variant's parts, and U+0005 closing the selector. A
/// message without variables is just its text; one with no parts is "".
pub fn to_wire(parts: &[Part]) -> String {
    fn write(parts: &[Part], fields: &mut Vec<String>) {
        for part in parts {
            match part {
                Part::Text(text) if text.is_empty() => {}
                Part::Text(text) => {
                    assert!(
                        !text.contains(FIELD)
                            && !text.starts_with([VARIABLE, SELECT, VARIANT, DEFAULT, END]),
                        "a message's text holds a control character: {text:?}"
                    );
                    fields.push(text.clone());
                }
                Part::Variable(name) => fields.push(format!("{VARIABLE}{name}")),
                Part::Select {
                    variable,
                    variants,
                    default,
                } => {
                    fields.push(format!("{SELECT}{variable}"));
                    for (i, (key, parts)) in variants.iter().enumerate() {
                        let mark = if i == *default { DEFAULT } else { VARIANT };
                        fields.push(format!("{mark}{key}"));
                        write(parts, fields);
                    }
                    fields.push(END.to_string());
                }
            }
        }
    }
    let mut fields = Vec::new();
    write(parts, &mut fields);
    fields.join(&FIELD.to_string())
}

/// The pattern as a reader sees it, the default variant of each selector shown: for doc
/// comments.
pub fn show(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Variable(name) => format!("{{ ${name} }}"),
            Part::Select {
                variants, default, ..
            } => show(&variants[*default].1),
        })
        .collect()
}

/// The pseudo-locale's pattern: the text (not variables, not variant keys) with accented
/// letters and about 40% longer, in brackets, so clipped or untranslated text stands out.
pub fn pseudo(parts: &[Part]) -> Vec<Part> {
    fn walk(parts: &[Part], letters: &mut usize) -> Vec<Part> {
        parts
            .iter()
            .map(|part| match part {
                Part::Text(text) => {
                    let mut out = String::new();
                    for c in text.chars() {
                        if c.is_ascii_alphabetic() {
                            *letters += 1;
                            out.push(accented(c));
                            if letters.is_multiple_of(5) {
                                out.push(accented(c));
                                out.push(accented(c));
                            }
                        } else {
                            out.push(c);
                        }
                    }
                    Part::Text(out)
                }
                Part::Variable(name) => Part::Variable(name.clone()),
                Part::Select {
                    variable,
                    variants,
                    default,
                } => Part::Select {
                    variable: variable.clone(),
                    variants: variants
                        .iter()
                        .map(|(key, parts)| (key.clone(), walk(parts, letters)))
                        .collect(),
                    default: *default,
                },
            })
            .collect()
    }
    let mut out = vec![Part::Text("[".to_owned())];
    out.extend(walk(parts, &mut 0));
    out.push(Part::Text("]".to_owned()));
    // Join the brackets to the text beside them.
    let mut joined: Vec<Part> = Vec::new();
    for part in out {
        match (joined.last_mut(), part) {
            (Some(Part::Text(last)), Part::Text(text)) => last.push_str(&text),
            (_, part) => joined.push(part),
        }
    }
    joined
}

fn accented(c: char) -> char {
    const FROM: &str = "aeiouycnsAEIOUYCNS";
    const TO: &str = "ȧḗīǿŭẏçñşȦḖĪǾŬẎÇÑŞ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}
