//! The language the page is shown in: which one at the start (the link's `?lang=`, then the
//! visitor's remembered choice, then the browser's `navigator.languages`, then English),
//! fetching its strings (`lang/<code>.json`, same origin, when chosen or about to be: the
//! picker hovered or focused, the browser's other language at idle; the tools module's
//! `lang/<code>.tools.json`, which adds its own words: [`fetch_every_message`]), switching
//! without a reload, and keeping `<html lang>`, the page's title and description, the
//! address and the remembered choice in step.
//!
//! Every component that shows words calls [`use_language`], so a switch re-renders it with
//! the new words (its state, and the run, are kept). [`current_code`] is the one place the
//! rest of the app asks which language is showing (the long pages of `content/` included).
//! Must not be called natively (it needs a browser).

use std::cell::{Cell, RefCell};

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::scenario::link::Language;
use crate::text::catalog;
use crate::text::ftl::Locale;
use crate::{browser_address, browser_storage, text};

/// Where the visitor's choice is remembered.
pub const STORAGE_KEY: &str = "plate-trail.language";

/// The language showing, as the context every component with words reads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown(pub &'static str);

/// Re-renders the calling component when the language changes; returns its code.
#[hook]
pub fn use_language() -> &'static str {
    use_context::<Shown>().map_or(catalog::current().code, |shown| shown.0)
}

/// The code of the language showing (`en`, `es`, `pt-BR`): the long pages of `content/`
/// are fetched for it (`content/<code>/NAME.html` once they are translated).
pub fn current_code() -> &'static str {
    catalog::current().code
}

/// The language to start in: the link's, the remembered one, the browser's, or English.
pub fn initial() -> &'static Locale {
    let linked = browser_address::language();
    if linked != Language::ENGLISH || has_lang_parameter() {
        return catalog::locale(linked.0).unwrap_or(catalog::english());
    }
    if let Some(locale) = browser_storage::get(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| catalog::locale(&code))
    {
        return locale;
    }
    browser_languages()
        .iter()
        .find_map(|tag| best_match(tag))
        .unwrap_or(catalog::english())
}

fn has_lang_parameter() -> bool {
    gloo::utils::window()
        .location()
        .search()
        .is_ok_and(|s| s.contains("lang="))
}

/// `navigator.languages`, most wanted first.
fn browser_languages() -> Vec<String> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// The offered language for a browser's tag: the same tag, else the same language
/// (`es-MX` is `es`, `pt` and `pt-PT` are `pt-BR`).
pub fn best_match(tag: &str) -> Option<&'static Locale> {
    catalog::locale(tag).filter(|l| !l.pseudo).or_else(|| {
        let primary = tag.split('-').next().unwrap_or(tag);
        catalog::offered().find(|l| {
            l.code
                .split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
    })
}

thread_local! {
    /// This module shows words of every message file, not only the page's.
    static EVERY_MESSAGE: Cell<bool> = const { Cell::new(false) };
}

/// Makes this module fetch a language's every message (`lang/<code>.tools.json`): the tools
/// module, whose words a first visit's `lang/<code>.json` leaves out. Called before [`start`].
pub fn fetch_every_message() {
    EVERY_MESSAGE.with(|every| every.set(true));
}

/// The name of a language's file for this module: `<code>` or `<code>.tools`.
fn file_name(code: &str) -> String {
    if EVERY_MESSAGE.with(Cell::get) {
        format!("{code}.tools")
    } else {
        code.to_owned()
    }
}

/// `lang/<name>.json`, versioned by the app's wasm file name like the long pages.
fn address(code: &str) -> String {
    crate::site_file::versioned(&format!("lang/{}.json", file_name(code)))
}

/// The page's inline copy of a language file (the single offline file), if it has one.
fn inline_copy(code: &str) -> Option<String> {
    let template = gloo::utils::document()
        .get_element_by_id(&format!("plate-trail-lang-{}", file_name(code)))?;
    Some(template.text_content().unwrap_or_default())
}

async fn fetch(code: &str) -> Result<String, String> {
    if let Some(file) = inline_copy(code) {
        return Ok(file);
    }
    let failed = |_| text::language_failed().to_owned();
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&address(code)))
        .await
        .map_err(failed)?
        .dyn_into::<web_sys::Response>()
        .map_err(failed)?;
    if !response.ok() {
        return Err(text::language_failed().to_owned());
    }
    let body = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    body.as_string()
        .ok_or_else(|| text::language_failed().to_owned())
}

thread_local! {
    /// Each language file asked for, as the promise of its text, so a preload (the picker
    /// hovered or focused, or the browser's other language at idle) and the switch that
    /// follows share one fetch.
    static FILES: RefCell<Vec<(&'static str, js_sys::Promise)>> = const { RefCell::new(Vec::new()) };
}

/// The promise of `code`'s file's text, fetched once (again after a failure).
fn file(code: &'static str) -> js_sys::Promise {
    let asked = FILES.with(|files| {
        files
            .borrow()
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, promise)| promise.clone())
    });
    asked.unwrap_or_else(|| {
        let promise = wasm_bindgen_futures::future_to_promise(async move {
            fetch(code)
                .await
                .map(JsValue::from)
                .map_err(|message| JsValue::from(message.as_str()))
        });
        FILES.with(|files| files.borrow_mut().push((code, promise.clone())));
        promise
    })
}

/// Makes `locale`'s strings ready: fetched (once) and installed.
async fn make_ready(locale: &'static Locale) -> Result<(), String> {
    if catalog::is_installed(locale.code) {
        return Ok(());
    }
    let failed = || text::language_failed().to_owned();
    let Some(body) = JsFuture::from(file(locale.code))
        .await
        .ok()
        .and_then(|body| body.as_string())
    else {
        // Asked again next time.
        FILES.with(|files| files.borrow_mut().retain(|(c, _)| *c != locale.code));
        return Err(failed());
    };
    // A preload and a switch may both have waited for the same file.
    if !catalog::is_installed(locale.code) {
        catalog::install(&body).map_err(|_| failed())?;
    }
    Ok(())
}

/// Fetches and installs `locale`'s strings in the background, so that choosing it later
/// only redraws the page (the fetch and the reading of the file were most of a first
/// switch's time on a loaded machine). A failure is only noted: the switch tries again.
pub fn preload(locale: &'static Locale) {
    if !catalog::is_installed(locale.code) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = make_ready(locale).await;
        });
    }
}

/// Makes `locale`'s strings ready (fetching them the first time) and shows them from now
/// on; `Err` says why not (the page stays in its language).
pub async fn switch_to(locale: &'static Locale) -> Result<(), String> {
    make_ready(locale).await?;
    catalog::choose(locale.code);
    follow_page(locale);
    Ok(())
}

/// `<html lang>`, the description and the address follow the language showing; presenter
/// mode's title too (the app's title names its view, and `app.rs` words it).
fn follow_page(locale: &'static Locale) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", locale.code);
    }
    let presenting = gloo::utils::window()
        .location()
        .pathname()
        .is_ok_and(|path| path.ends_with("present.html"));
    if presenting {
        document.set_title(text::present::present_page_title());
    }
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute(
            "content",
            if presenting {
                text::present::present_page_description()
            } else {
                text::page_description()
            },
        );
    }
    // The address follows once the switch has been drawn: rewriting it (which has Chromium
    // fetch and draw the page's icon again) changes nothing the visitor sees, and took about
    // a tenth of a switch's time when it came first.
    if let Some(language) = Language::from_code(locale.code) {
        gloo::timers::callback::Timeout::new(ADDRESS_DELAY_MILLIS, move || {
            browser_address::follow_language(language);
        })
        .forget();
    }
}

/// How long after a language switch the address names the new language, in milliseconds:
/// after the frame that shows it.
const ADDRESS_DELAY_MILLIS: u32 = 100;

/// Starts the page in [`initial`]'s language: fetches its strings first (English needs
/// none), then calls `render`. A language that cannot be fetched leaves the page in English.
/// Once the page is idle, the browser's other preferred language (if the app offers it) is
/// preloaded, so switching to it is only a redraw.
pub fn start(render: impl FnOnce() + 'static) {
    let locale = initial();
    if locale.code == catalog::english().code {
        render();
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = switch_to(locale).await;
            render();
        });
    }
    let later: Box<dyn FnOnce()> = Box::new(preload_other_preferred);
    gloo::timers::callback::Timeout::new(IDLE_PRELOAD_MILLIS, later).forget();
}

/// How long after the start the browser's other preferred language is preloaded, in
/// milliseconds: after the first screen's work (the headline is on screen by then).
const IDLE_PRELOAD_MILLIS: u32 = 4_000;

/// Preloads the first language of `navigator.languages` the app offers that is neither
/// showing nor English (which is compiled in).
fn preload_other_preferred() {
    let showing = current_code();
    if let Some(other) = browser_languages()
        .iter()
        .filter_map(|tag| best_match(tag))
        .find(|l| l.code != showing && l.code != catalog::english().code)
    {
        preload(other);
    }
}

/// Preloads every offered language not yet here: the picker is hovered or focused, so a
/// choice is near.
fn preload_offered() {
    catalog::offered().for_each(preload);
}

/// What a page's root needs to switch languages: the language showing (the context to
/// provide), the last switch's problem (to show with `role="alert"`), and the callback a
/// [`LanguagePicker`] calls. The app and presenter mode both use it, so the choice is
/// fetched, shown and remembered the same way on both pages.
pub struct Switch {
    pub shown: Shown,
    pub problem: Option<String>,
    pub on_choose: Callback<&'static Locale>,
}

/// The page root's side of a language switch ([`Switch`]).
#[hook]
pub fn use_language_switch() -> Switch {
    let language = use_state(|| Shown(current_code()));
    let problem = use_state(|| None::<String>);
    let on_choose = {
        let language = language.clone();
        let problem = problem.clone();
        Callback::from(move |locale: &'static Locale| {
            let language = language.clone();
            let problem = problem.clone();
            remember(locale);
            wasm_bindgen_futures::spawn_local(async move {
                match switch_to(locale).await {
                    Ok(()) => {
                        problem.set(None);
                        language.set(Shown(locale.code));
                    }
                    Err(message) => problem.set(Some(message)),
                }
            });
        })
    };
    Switch {
        shown: *language,
        problem: (*problem).clone(),
        on_choose,
    }
}

/// The callback that switches the page's language, provided by the page's root beside
/// [`Shown`] so a picker deep in the page (presenter mode's preparation) can reach it.
#[derive(Clone, PartialEq)]
pub struct Chooser(pub Callback<&'static Locale>);

/// Remembers the visitor's choice (nothing happens where storage is blocked).
pub fn remember(locale: &'static Locale) {
    let _ = browser_storage::set(STORAGE_KEY, locale.code);
}

/// The language picker: a disclosure (`<details>`) naming the language showing, opening on
/// a list of the offered languages, each a button named in its own language. Nothing
/// changes until the visitor presses one: a `<select>` switched the page at every arrow key
/// (WCAG 3.2.2). Choosing, Escape or leaving the list closes it, the focus back on its
/// summary. `on_choose` gets the chosen language.
#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub on_choose: Callback<&'static Locale>,
}

#[function_component(LanguagePicker)]
pub fn language_picker(props: &PickerProps) -> Html {
    let shown = use_language();
    let menu = use_node_ref();
    let options: Html = catalog::offered().map(|l| {
        let onclick = {
            let (menu, on_choose) = (menu.clone(), props.on_choose.clone());
            Callback::from(move |_: MouseEvent| {
                close(&menu);
                on_choose.emit(l);
            })
        };
        html! {
            <li><button type="button" lang={l.code} data-testid={format!("language-{}", l.code)}
                aria-current={(l.code == shown).then_some("true")} {onclick}>{ l.name }</button></li>
        }
    }).collect();
    // Escape, or the focus gone elsewhere (a Tab past the list, a click on the page), closes it.
    let onkeydown = {
        let menu = menu.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close(&menu);
            }
        })
    };
    let onfocusout = {
        let menu = menu.clone();
        Callback::from(move |e: FocusEvent| {
            let to = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if let Some(details) = menu.cast::<web_sys::Element>()
                && !details.contains(to.as_ref())
            {
                let _ = details.remove_attribute("open");
            }
        })
    };
    let name = catalog::locale(shown).map_or(shown, |l| l.name);
    html! {
        <details class="language-picker" data-testid="language-picker" data-shown={shown}
            ref={menu} {onkeydown} {onfocusout}>
            <summary onfocus={|_: FocusEvent| preload_offered()}
                onmouseenter={|_: MouseEvent| preload_offered()}>
                <span class="language-label">{ text::language_label() }</span>{ " " }
                <span class="language-name" lang={shown}>{ name }</span>
                // A phone shows the code (`pt-BR`), the name read but not shown: beside the
                // navigation's row, "Português (Brasil)" left room for one view's name.
                <span class="language-code" lang={shown}>{ shown }</span>
            </summary>
            <ul>{ options }</ul>
        </details>
    }
}

/// Closes the list and gives its summary the focus (the pressed button is hidden with it).
fn close(menu: &NodeRef) {
    if let Some(details) = menu.cast::<web_sys::Element>() {
        let _ = details.remove_attribute("open");
        if let Some(summary) = details
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}
