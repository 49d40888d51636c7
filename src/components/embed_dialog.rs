//! The "Embed this" dialog: the `<iframe>` snippet for the run on screen and a button to
//! copy it. A modal `<dialog>`: the page behind is inert, Tab and Shift+Tab stay inside it,
//! Esc and "Close" close it, and the focus goes back to where it was.

use yew::prelude::*;

use crate::{browser_address, clipboard, text};

/// The HTML a host page pastes to embed `address` (the compact app's address).
pub fn snippet(address: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"720\" height=\"800\" style=\"max-width:100%;border:0\" loading=\"lazy\"></iframe>",
        address.replace('&', "&amp;").replace('"', "&quot;"),
        text::EMBED_FRAME_TITLE
    )
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// Asked to close (Esc, "Close").
    pub on_close: Callback<()>,
}

/// The dialog, open while mounted.
#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let first = use_node_ref();
    let last = use_node_ref();
    let copied = use_state(|| None::<bool>);
    let html = use_memo((), |_| snippet(&browser_address::address(true)));

    use_effect_with((), {
        let dialog = dialog.clone();
        move |_| {
            let shown = dialog.cast::<web_sys::HtmlDialogElement>();
            if let Some(dialog) = &shown {
                let _ = dialog.show_modal();
            }
            move || {
                if let Some(dialog) = shown {
                    dialog.close();
                }
            }
        }
    });
    // Tab past the last control comes back to the first, and Shift+Tab the other way.
    let on_keydown = {
        let (first, last) = (first.clone(), last.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let active = gloo::utils::document().active_element();
            let (from, to) = if e.shift_key() {
                (&first, &last)
            } else {
                (&last, &first)
            };
            if active.is_some() && active == from.get().and_then(|n| wasm_bindgen::JsCast::dyn_into(n).ok()) {
                e.prevent_default();
                if let Some(to) = to.cast::<web_sys::HtmlElement>() {
                    let _ = to.focus();
                }
            }
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let html = html.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            clipboard::copy(&html, move |done| copied.set(Some(done)));
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    // Esc: the browser closes the dialog; the app follows.
    let on_dialog_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    let status = match *copied {
        None => "",
        Some(true) => text::EMBED_COPIED,
        Some(false) => text::EMBED_COPY_FAILED,
    };
    html! {
        <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" data-testid="embed-dialog"
            onkeydown={on_keydown} onclose={on_dialog_close}>
            <h2 id="embed-title">{ text::EMBED_TITLE }</h2>
            <p>{ text::EMBED_INTRO }</p>
            <label for="embed-snippet">{ text::EMBED_SNIPPET }</label>
            <textarea ref={first} id="embed-snippet" readonly=true rows="5" value={(*html).clone()}
                data-testid="embed-snippet" />
            <div class="dialog-buttons">
                <button type="button" onclick={on_copy}>{ text::EMBED_COPY }</button>
                <button ref={last} type="button" class="secondary" onclick={close}>{ text::EMBED_CLOSE }</button>
            </div>
            <p role="status">{ status }</p>
        </dialog>
    }
}
