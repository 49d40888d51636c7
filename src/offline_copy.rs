//! Whether the page is the single offline file (`plate-trail-offline.html`, written by
//! `scripts/offline_file.mjs` for a USB stick or a shared drive), and which build it is.
//!
//! The file says so itself: `<meta name="plate-trail-offline" content="version=0.1.0;
//! commit=7f5e08c; made=2026-12-04">`. Opened from `file://`, it can reach no page beside it
//! (presenter mode, the teaching materials) and its address names a file on this computer,
//! so the views that would link there or hand the address on ([`crate::views::teach`],
//! [`crate::views::not_in_offline_copy`] for presenter mode,
//! [`crate::components::share_bar`]) say what the copy can do instead, and the footer names
//! the build.
//!
//! [`parse`] is pure; [`this_page`] reads the page once, and is `None` natively (the
//! prerender draws the site's first screen, never the offline copy's).

/// The meta element's name, which `scripts/offline_file.mjs` writes.
pub const META_NAME: &str = "plate-trail-offline";

/// The build the offline file was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfflineBuild {
    /// The crate's version, `0.1.0`.
    pub version: String,
    /// The git commit the build was made from (short hash), when the build knew it.
    pub commit: Option<String>,
    /// The day the file was made, `YYYY-MM-DD` (UTC).
    pub made: String,
}

/// Reads the meta element's `content`: `key=value` pairs separated by `;`. `None` without a
/// version or a well-formed day; unknown keys are left out (a later script may add some).
pub fn parse(content: &str) -> Option<OfflineBuild> {
    let mut version = None;
    let mut commit = None;
    let mut made = None;
    for pair in content.split(';') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match key.trim() {
            "version" => version = Some(value.to_owned()),
            "commit" => commit = Some(value.to_owned()),
            "made" => made = Some(value.to_owned()),
            _ => {}
        }
    }
    let made = made.filter(|day| is_day(day))?;
    Some(OfflineBuild {
        version: version?,
        commit,
        made,
    })
}

/// `YYYY-MM-DD`, digits only.
fn is_day(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())))
}

/// The offline file's build, when this page is the single offline file.
pub fn this_page() -> Option<OfflineBuild> {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static BUILD: Option<OfflineBuild> = gloo::utils::document()
                .query_selector(&format!("meta[name=\"{META_NAME}\"]"))
                .ok()
                .flatten()
                .and_then(|meta| meta.get_attribute("content"))
                .and_then(|content| parse(&content));
        }
        BUILD.with(Clone::clone)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// Where a local web server serves the full build folder, as the offline copy's notes say
/// to start one (`python3 -m http.server 8000` in the folder).
pub const LOCAL_SERVER: &str = "http://localhost:8000/";

/// The address of `page` (`present.html`, `#/teach`) in the full build folder on that local
/// server.
pub fn served_address(page: &str) -> String {
    format!("{LOCAL_SERVER}{page}")
}

/// Whether this page is the single offline file.
pub fn is_offline_copy() -> bool {
    this_page().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    mod reading_the_files_label {
        use super::*;

        #[test]
        fn reads_version_commit_and_day() {
            assert_eq!(
                parse("version=0.1.0; commit=7f5e08c; made=2026-12-04"),
                Some(OfflineBuild {
                    version: "0.1.0".into(),
                    commit: Some("7f5e08c".into()),
                    made: "2026-12-04".into(),
                })
            );
        }

        #[test]
        fn a_build_without_git_has_no_commit() {
            let build = parse("version=0.1.0;commit=;made=2026-12-04").expect("a build");
            assert_eq!(build.commit, None);
        }

        #[test]
        fn ignores_keys_it_does_not_know() {
            assert!(parse("made=2026-12-04; version=0.2.0; branch=main").is_some());
        }

        #[test]
        fn is_none_without_version_or_day() {
            assert_eq!(parse(""), None);
            assert_eq!(parse("commit=7f5e08c; made=2026-12-04"), None);
            assert_eq!(parse("version=0.1.0; made=yesterday"), None);
            assert_eq!(parse("version=0.1.0"), None);
        }

        #[test]
        fn names_pages_on_the_local_server_its_notes_describe() {
            assert_eq!(served_address("#/teach"), "http://localhost:8000/#/teach");
            assert_eq!(
                served_address("present.html"),
                "http://localhost:8000/present.html"
            );
        }

        #[test]
        fn natively_no_page_is_the_offline_copy() {
            assert!(!is_offline_copy());
        }
    }
}
