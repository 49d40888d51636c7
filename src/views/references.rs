//! The References view: the numbered list every citation in the app links to.
//!
//! `#/references/<id>` shows the list with that entry highlighted and focused, so a
//! citation link lands on its source. Links to other sites are plain links the visitor may
//! follow; the page itself never fetches them.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::{REFERENCES, Reference, reference_element_id};
use crate::text;

/// The reference id a location hash points at: `#/references/<id>` gives `Some(id)`.
pub fn target_from_hash(hash: &str) -> Option<String> {
    hash.strip_prefix("#/references/")
        .map(|id| id.trim_end_matches('/'))
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
}

fn location_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The References view.
#[function_component(References)]
pub fn references() -> Html {
    crate::language::use_language();
    let target = use_state(|| target_from_hash(&location_hash()));

    // The app shell re-renders on a change of view only; follow hash changes within this view
    // (another citation, the back button) here.
    {
        let target = target.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    target.set(target_from_hash(&location_hash()));
                });
            move || drop(listener)
        });
    }

    // Move focus (and so the scroll position) to the cited entry.
    use_effect_with((*target).clone(), |target| {
        let element = target
            .as_deref()
            .and_then(|id| gloo::utils::document().get_element_by_id(&reference_element_id(id)))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });

    let entries = REFERENCES.iter().enumerate().map(|(index, entry)| {
        let is_target = target.as_deref() == Some(entry.id);
        html! {
            <li id={reference_element_id(entry.id)} tabindex="-1"
                class={classes!("reference", is_target.then_some("is-target"))}>
                <span class="reference-number">{ format!("[{}]", index + 1) }</span>
                <ReferenceEntry entry={*entry} />
            </li>
        }
    });

    html! {
        <section class="content-page references" aria-labelledby="references-title">
            <h2 id="references-title">{ text::nav_references() }</h2>
            <p class="lede">{ text::references_intro() }</p>
            <p class="last-checked" data-testid="last-checked">{ text::last_checked() }</p>
            <ol class="reference-list">{ for entries }</ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReferenceEntryProps {
    entry: Reference,
}

/// One entry: title (linked when there is a public address), publisher, date, note.
#[function_component(ReferenceEntry)]
fn reference_entry(props: &ReferenceEntryProps) -> Html {
    crate::language::use_language();
    let entry = &props.entry;
    let title = match entry.url {
        Some(url) => html! { <a href={url} rel="noopener noreferrer">{ entry.title }</a> },
        None => html! { <cite>{ entry.title }</cite> },
    };
    let date = entry
        .date_label()
        .unwrap_or_else(|| text::reference_no_date().to_owned());
    let note = if entry.is_secondary() {
        let why = entry
            .note
            .and_then(|note| note.strip_prefix("secondary"))
            .map(|rest| rest.trim_start_matches(':').trim())
            .unwrap_or_default();
        html! { <p class="reference-note secondary">{ text::reference_secondary() }{ " " }{ why }</p> }
    } else if let Some(note) = entry.note {
        html! { <p class="reference-note">{ note }</p> }
    } else {
        Html::default()
    };
    html! {
        <div class="reference-body">
            <p class="reference-title">{ title }</p>
            <p class="reference-meta">
                { entry.publisher }{ " \u{b7} " }{ date }
                if entry.url.is_none() { { " \u{b7} " }{ text::reference_no_link() } }
            </p>
            { note }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod routing {
        use super::*;

        #[test]
        fn a_citation_hash_names_its_entry() {
            assert_eq!(
                target_from_hash("#/references/wyden-ftc-2025").as_deref(),
                Some("wyden-ftc-2025")
            );
        }

        #[test]
        fn the_bare_list_names_no_entry() {
            assert_eq!(target_from_hash("#/references"), None);
            assert_eq!(target_from_hash("#/references/"), None);
            assert_eq!(target_from_hash("#/faq"), None);
        }
    }
}
