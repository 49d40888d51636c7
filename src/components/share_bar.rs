//! The header's share bar: "Copy link" (the address of the run on screen, see
//! [`crate::browser_address`]) and "Embed this", a modal `<dialog>` with the `<iframe>`
//! snippet for the run and a button to copy it. Where the clipboard refuses, the link is
//! shown selected in a text field to copy by hand. In the dialog the page behind is inert,
//! Tab and Shift+Tab stay inside, Esc and "Close" close it, and the focus goes back to
//! "Embed this". One component, and the dialog's fixed text as one piece of HTML: this is
//! part of the first download. In the single offline file ([`crate::offline_copy`]) the
//! link names that file on this computer, and says so; "Embed this" is left out (no other
//! page can frame a file).

use yew::prelude::*;

use crate::content::escape_html;
use crate::{browser_address, clipboard, text};

/// The HTML a host page pastes to embed `address` (the compact app's address).
pub fn snippet(address: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"720\" height=\"800\" style=\"max-width:100%;border:0\" loading=\"lazy\"></iframe>",
        escape_html(address),
        text::embed_frame_title()
    )
}

/// What "Copy link" says once the link is copied: a link opens the same run anywhere, except
/// a run on a town read from a map file, which the one who opens it must load too, and a
/// link copied in the single offline file, which names that file on this computer.
fn link_copied(on_imported_town: bool, offline_copy: bool) -> &'static str {
    if offline_copy {
        text::share_copied_offline()
    } else if on_imported_town {
        text::share_copied_imported()
    } else {
        text::share_copied()
    }
}

/// What the last copy did.
#[derive(Clone, Debug, PartialEq)]
enum Copy {
    Idle,
    /// The sentence, and the language it was said in (a switch of language leaves it
    /// unsaid).
    Copied(&'static str, &'static str),
    /// The clipboard refused the link: it, to copy by hand.
    ByHand(String),
    Refused(&'static str, &'static str),
}

fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The share bar.
#[function_component(ShareBar)]
pub fn share_bar() -> Html {
    let language = crate::language::use_language();
    let copy = use_state(|| Copy::Idle);
    // The snippet while the dialog is open.
    let embedding = use_state(|| None::<String>);
    let field = use_node_ref();
    let dialog = use_node_ref();
    let embed_button = use_node_ref();
    let close_button = use_node_ref();

    let copier =
        |what: fn() -> String, done: fn() -> &'static str, by_hand: bool, failed: &'static str| {
            let copy = copy.clone();
            Callback::from(move |_: MouseEvent| {
                let copy = copy.clone();
                let value = what();
                let done = done();
                clipboard::copy(&value.clone(), move |ok| {
                    copy.set(match (ok, by_hand) {
                        (true, _) => Copy::Copied(done, crate::language::current_code()),
                        (false, true) => Copy::ByHand(value),
                        (false, false) => Copy::Refused(failed, crate::language::current_code()),
                    });
                });
            })
        };
    let on_copy = copier(
        || browser_address::address(false),
        || {
            link_copied(
                browser_address::on_imported_town(),
                crate::offline_copy::is_offline_copy(),
            )
        },
        true,
        "",
    );
    let on_copy_snippet = copier(
        || snippet(&browser_address::address(true)),
        text::embed_copied,
        false,
        text::embed_copy_failed(),
    );

    // The link to copy by hand arrives selected, with the focus; the dialog opens modal.
    use_effect_with(((*copy).clone(), embedding.is_some()), {
        let (field, dialog) = (field.clone(), dialog.clone());
        move |(copy, open)| {
            if let (Copy::ByHand(_), Some(input)) =
                (copy, field.cast::<web_sys::HtmlInputElement>())
            {
                let _ = input.focus();
                input.select();
            }
            match dialog.cast::<web_sys::HtmlDialogElement>() {
                Some(dialog) if *open && !dialog.open() => {
                    let _ = dialog.show_modal();
                }
                _ => {}
            }
        }
    });
    let on_embed = {
        let (embedding, copy) = (embedding.clone(), copy.clone());
        Callback::from(move |_: MouseEvent| {
            copy.set(Copy::Idle);
            embedding.set(Some(snippet(&browser_address::address(true))));
        })
    };
    // Esc (the browser closes the dialog) and "Close": the focus goes back.
    let on_close = {
        let (embedding, embed_button, copy) =
            (embedding.clone(), embed_button.clone(), copy.clone());
        Callback::from(move |_: Event| {
            embedding.set(None);
            // The dialog's "Copied." is about the snippet: it does not move to the header.
            copy.set(Copy::Idle);
            focus(&embed_button);
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    // Tab past "Close" comes back to the snippet, and Shift+Tab from it to "Close".
    let on_keydown = {
        let close_button = close_button.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(active) = gloo::utils::document().active_element() else {
                return;
            };
            let at_close = close_button
                .get()
                .is_some_and(|b| active.is_same_node(Some(&b)));
            let at_snippet = active.id() == "embed-snippet";
            if e.key() == "Tab" && (at_close && !e.shift_key() || at_snippet && e.shift_key()) {
                e.prevent_default();
                if at_close {
                    if let Ok(Some(snippet)) =
                        gloo::utils::document().query_selector("#embed-snippet")
                    {
                        let _ =
                            wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(snippet)
                                .focus();
                    }
                } else {
                    focus(&close_button);
                }
            }
        })
    };

    let status = match &*copy {
        Copy::Idle => Html::default(),
        Copy::Copied(message, said_in) | Copy::Refused(message, said_in)
            if *said_in == language =>
        {
            html! { { *message } }
        }
        Copy::Copied(..) | Copy::Refused(..) => Html::default(),
        Copy::ByHand(url) => html! {
            <>
                { text::share_copy_failed() }
                <input ref={field.clone()} type="text" readonly=true value={url.clone()}
                    aria-label={text::share_link_field()} data-testid="share-link-field" />
            </>
        },
    };
    let dialog_body = embedding.as_ref().map(|html| {
        Html::from_html_unchecked(
            format!(
                "<div><h2 id=\"embed-title\">{}</h2><p>{}</p><label for=\"embed-snippet\">{}</label>\
                 <textarea id=\"embed-snippet\" data-testid=\"embed-snippet\" readonly rows=\"5\">{}</textarea></div>",
                text::embed_title(),
                text::embed_intro(),
                text::embed_snippet(),
                escape_html(html),
            )
            .into(),
        )
    });
    let in_dialog = embedding.is_some();
    // The single offline file's address is a file on this computer: no other page can frame it.
    let can_embed = !crate::offline_copy::is_offline_copy();
    html! {
        <div class="share-bar" role="group" aria-label={text::share_label()}>
            <button type="button" class="secondary" data-testid="copy-link" onclick={on_copy}>{ text::share_copy_link() }</button>
            if can_embed {
                <button ref={embed_button} type="button" class="secondary" data-testid="embed-this" onclick={on_embed}>{ text::embed_open() }</button>
            }
            if !in_dialog {
                <p class="share-status" role="status" data-testid="share-status">{ status.clone() }</p>
            }
            if let Some(body) = dialog_body {
                <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" data-testid="embed-dialog"
                    onkeydown={on_keydown} onclose={on_close}>
                    { body }
                    <div class="dialog-buttons">
                        <button type="button" onclick={on_copy_snippet}>{ text::embed_copy() }</button>
                        <button ref={close_button} type="button" class="secondary" onclick={close}>{ text::embed_close() }</button>
                    </div>
                    <p role="status">{ status }</p>
                </dialog>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod copy_link {
        use super::*;

        #[test]
        fn a_link_from_the_offline_file_does_not_promise_any_computer() {
            let said = link_copied(false, true);
            assert_eq!(said, text::share_copied_offline());
            assert!(!said.contains("any computer"), "{said}");
            assert_eq!(link_copied(true, true), said);
        }

        #[test]
        fn a_site_link_opens_the_run_anywhere_unless_its_town_is_a_file() {
            assert_eq!(link_copied(false, false), text::share_copied());
            assert_eq!(link_copied(true, false), text::share_copied_imported());
        }
    }
}
