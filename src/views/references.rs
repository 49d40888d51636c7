//! The References view: the numbered list every citation in the app links to, fetched when
//! the view opens (`content/references.html`, written by `build.rs` from
//! `content/references.json`; see [`crate::views::lazy_content`]), so the first visit's
//! download carries only the ids and titles citation links need.
//!
//! `#/references/<id>` shows the list with that entry highlighted and focused, so a
//! citation link lands on its source. Links to other sites are plain links the visitor may
//! follow; the page itself never fetches them.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::reference_element_id;
use crate::text;
use crate::views::lazy_content::use_lazy_content;

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

/// The entry of the list with `id`, once the list is on the page.
fn entry_element(id: &str) -> Option<web_sys::HtmlElement> {
    gloo::utils::document()
        .get_element_by_id(&reference_element_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The References view.
#[function_component(References)]
pub fn references() -> Html {
    crate::language::use_language();
    let list = use_lazy_content("references");
    let target = use_state(|| target_from_hash(&location_hash()));
    // The entry marked as the citation's target, to unmark when another is.
    let marked = use_mut_ref(|| None::<String>);

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

    // Mark the cited entry and move focus (and so the scroll position) to it, once the list
    // is here.
    use_effect_with(((*target).clone(), list.clone()), move |(target, _)| {
        mark_target(target.as_deref(), &marked)
    });

    html! {
        <section class="content-page references" aria-labelledby="references-title" data-ready={list.ready()}>
            <h2 id="references-title">{ text::nav_references() }</h2>
            <p class="lede">{ text::references_intro() }</p>
            <p class="last-checked" data-testid="last-checked">{ text::last_checked() }</p>
            { list.body() }
        </section>
    }
}

/// Marks entry `target` (`is-target`) and focuses it, unmarking the one `marked` names.
fn mark_target(target: Option<&str>, marked: &Rc<RefCell<Option<String>>>) {
    if let Some(previous) = marked.borrow_mut().take()
        && let Some(element) = entry_element(&previous)
    {
        element.set_class_name("reference");
    }
    let Some((id, element)) = target.and_then(|id| Some((id, entry_element(id)?))) else {
        return;
    };
    element.set_class_name("reference is-target");
    *marked.borrow_mut() = Some(id.to_owned());
    let _ = element.focus();
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
