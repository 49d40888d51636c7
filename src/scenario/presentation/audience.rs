//! The audience link as the last step prints it: whole when it is short (the default run's
//! link, a persona's), its start and end around an ellipsis when it is long (a run with a
//! life of its own carries `life=`, 300 characters and more, which wrapped to eleven lines
//! of projector type and ran under the buttons and off a 1024x768 screen). The QR code, the
//! link's target and its title (its description to a screen reader) keep the whole link.
//!
//! Pure: no UI crates; the step draws it (`views::present::stage`).

/// The longest link printed whole, in characters: a link of the default run or a persona,
/// with a long host name, a policy and a language, fits in about four lines beside the QR
/// code at 1024x768.
pub const LONGEST_SHOWN_WHOLE: usize = 140;
/// Characters kept from the start of a long link (its host, path and the run's numbers).
const START_CHARS: usize = 80;
/// Characters kept from the end of a long link (the end of its `life` and `#/simulator`).
const END_CHARS: usize = 24;
/// What stands for the characters left out.
const ELLIPSIS: char = '\u{2026}';

/// The link as printed on the last step: `link` itself when it is at most
/// [`LONGEST_SHOWN_WHOLE`] characters, else its first [`START_CHARS`] and last
/// [`END_CHARS`] characters around an ellipsis.
pub fn printed_link(link: &str) -> String {
    let count = link.chars().count();
    if count <= LONGEST_SHOWN_WHOLE {
        return link.to_owned();
    }
    let start: String = link.chars().take(START_CHARS).collect();
    let end: String = link.chars().skip(count - END_CHARS).collect();
    format!("{start}{ELLIPSIS}{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    mod printed_link {
        use super::*;

        const DEFAULT_RUN: &str = "https://example.org/plate-trail/?v=1&seed=7&days=30&cameras=40&persona=hospital-nurse&policy=massachusetts-h3431&lang=pt-BR#/simulator";

        #[test]
        fn prints_a_short_link_whole() {
            assert_eq!(printed_link(DEFAULT_RUN), DEFAULT_RUN);
            assert_eq!(printed_link(""), "");
        }

        #[test]
        fn prints_a_long_links_start_and_end_around_an_ellipsis() {
            let life = "AQSUjaB61lHAnTlLJXE5RUBLrhBiVddRwCDyq".repeat(8);
            let link = format!(
                "http://127.0.0.1:41234/plate-trail/?v=1&seed=7&days=30&cameras=40&life={life}#/simulator"
            );
            assert!(link.len() > 300);
            let printed = printed_link(&link);
            assert_eq!(printed.chars().count(), START_CHARS + 1 + END_CHARS);
            assert!(printed.chars().count() <= LONGEST_SHOWN_WHOLE);
            assert!(
                printed.starts_with(
                    "http://127.0.0.1:41234/plate-trail/?v=1&seed=7&days=30&cameras=40&life="
                ),
                "the run's numbers stay readable: {printed}"
            );
            assert!(printed.ends_with("#/simulator"), "{printed}");
            assert!(printed.contains('\u{2026}'), "{printed}");
        }

        #[test]
        fn never_splits_a_character() {
            let link = "é".repeat(LONGEST_SHOWN_WHOLE + 1);
            let printed = printed_link(&link);
            assert_eq!(
                printed.chars().filter(|&c| c == 'é').count(),
                START_CHARS + END_CHARS
            );
        }
    }
}
