//! The header's share bar: "Copy link" (the address of the run on screen, see
//! [`crate::browser_address`]) and "Embed this" (the [`EmbedDialog`]). Where the clipboard
//! refuses, the link is shown selected in a text field to copy by hand.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::embed_dialog::EmbedDialog;
use crate::{browser_address, clipboard, text};

/// What the last "Copy link" did.
#[derive(Clone, Debug, PartialEq)]
enum Copy {
    Idle,
    Copied,
    /// The clipboard refused: the link to copy by hand.
    ByHand(String),
}

/// The share bar.
#[function_component(ShareBar)]
pub fn share_bar() -> Html {
    let copy = use_state(|| Copy::Idle);
    let embedding = use_state(|| false);
    let field = use_node_ref();
    let embed_button = use_node_ref();

    let on_copy = {
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            let url = browser_address::address(false);
            let copy = copy.clone();
            clipboard::copy(&url.clone(), move |done| {
                copy.set(if done { Copy::Copied } else { Copy::ByHand(url) });
            });
        })
    };
    // The link to copy by hand arrives selected, with the focus.
    use_effect_with((*copy).clone(), {
        let field = field.clone();
        move |copy| {
            if let (Copy::ByHand(_), Some(input)) =
                (copy, field.cast::<web_sys::HtmlInputElement>())
            {
                let _ = input.focus();
                input.select();
            }
        }
    });
    let on_embed = {
        let embedding = embedding.clone();
        Callback::from(move |_: MouseEvent| embedding.set(true))
    };
    // Closing gives the focus back to "Embed this".
    let on_close = {
        let embedding = embedding.clone();
        let embed_button = embed_button.clone();
        Callback::from(move |()| {
            embedding.set(false);
            if let Some(button) = embed_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let status = match &*copy {
        Copy::Idle => Html::default(),
        Copy::Copied => html! { { text::SHARE_COPIED } },
        Copy::ByHand(url) => html! {
            <>
                { text::SHARE_COPY_FAILED }
                <input ref={field} type="text" readonly=true value={url.clone()}
                    aria-label={text::SHARE_LINK_FIELD} data-testid="share-link-field"
                    onfocus={Callback::from(|e: FocusEvent| {
                        if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    })} />
            </>
        },
    };
    html! {
        <div class="share-bar" role="group" aria-label={text::SHARE_LABEL}>
            <button type="button" class="secondary" data-testid="copy-link" onclick={on_copy}>{ text::SHARE_COPY_LINK }</button>
            <button ref={embed_button} type="button" class="secondary" data-testid="embed-this" onclick={on_embed}>{ text::EMBED_OPEN }</button>
            <p class="share-status" role="status" data-testid="share-status">{ status }</p>
            if *embedding {
                <EmbedDialog {on_close} />
            }
        </div>
    }
}
