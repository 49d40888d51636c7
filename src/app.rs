//! The app shell: header (with the share bar), navigation between views, what was wrong
//! with the link the page opened with, the current view, and the footer. With `?embed`
//! (a share link made for an iframe) it is the compact app instead: the view the link's
//! hash names, an "Open in Plate Trail" link and the license line, no header, navigation
//! or footer; it then loads `embed.js`, which posts the content's height to the host page.
//!
//! State is one [`Reducible`] [`AppState`] changed only through [`Action`]s; the location
//! hash is kept in step by an effect, so links, bookmarks and the back button work. The
//! run itself lives in the query ([`crate::browser_address`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::share_bar::ShareBar;
use crate::views::{ModuleViews, View};
use crate::{browser_address, text};

/// The whole app's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub view: View,
}

/// Everything that can change [`AppState`].
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show a view.
    Show(View),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Show(view) if view == self.view => self,
            Action::Show(view) => Rc::new(AppState { view }),
        }
    }
}

fn location_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Reloads the page for a view the other module draws (`static/start.js` then loads that
/// module for the hash); says so if a reload already happened for this very address, rather
/// than reloading for ever.
#[function_component(OtherModule)]
fn other_module() -> Html {
    crate::language::use_language();
    let window = gloo::utils::window();
    let href = window.location().href().unwrap_or_default();
    let storage_key = "plate-trail-module-reload";
    let already =
        crate::browser_storage::session_get(storage_key).as_deref() == Some(href.as_str());
    use_effect_with(already, move |&already| {
        if !already {
            crate::browser_storage::session_set(storage_key, &href);
            let _ = gloo::utils::window().location().reload();
        }
    });
    if already {
        html! { <p class="error" role="alert">{ text::module_failed() }</p> }
    } else {
        html! { <p class="loading" role="status">{ text::module_loading() }</p> }
    }
}

/// The full app's header: the skip link, the name, the navigation with `current` marked,
/// the share bar and the language picker. Also drawn by the build's prerender of the first screen
/// (`examples/prerender.rs`), so it draws from its arguments only.
pub fn site_header(
    current: View,
    on_language: Callback<&'static crate::text::ftl::Locale>,
) -> Html {
    let nav = View::ALL.iter().map(|&view| {
        let current = (view == current).then_some("page");
        html! {
            <li><a href={view.hash()} aria-current={current}>{ view.label() }</a></li>
        }
    });
    html! {
        <>
            <a class="skip-link" href="#main">{ text::skip_to_content() }</a>
            <header class="site-header">
                <h1>{ text::app_name() }</h1>
                <p class="tagline">{ text::tagline() }</p>
                <nav aria-label={text::nav_label()}>
                    <ul>{ for nav }</ul>
                </nav>
                <ShareBar />
                <crate::language::LanguagePicker on_choose={on_language} />
            </header>
        </>
    }
}

/// Scrolls the navigation sideways so the current view's link sits in its middle. On a phone
/// the navigation is one row that scrolls (ten names do not fit): a link opened on the About
/// page would otherwise show only the first two names, and not which view this is. The
/// window itself does not move.
fn show_current_link() {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let found = |selector| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(nav), Some(link)) = (
        found(".site-header nav"),
        found(".site-header nav a[aria-current=\"page\"]"),
    ) else {
        return;
    };
    if nav.scroll_width() <= nav.client_width() {
        return;
    }
    let (row, shown) = (
        nav.get_bounding_client_rect(),
        link.get_bounding_client_rect(),
    );
    let left = shown.left() - row.left() + f64::from(nav.scroll_left());
    let middle = left - (row.width() - shown.width()) / 2.0;
    nav.set_scroll_left(middle.max(0.0).round() as i32);
}

/// The full app's footer (the license and the data's sources; in the single offline file,
/// which build it is).
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            if let Some(build) = crate::offline_copy::this_page() {
                <p class="offline-copy" data-testid="offline-copy">{ offline_copy_label(&build) }</p>
            }
            <p>{ text::footer_licence() }</p>
            <p>{ text::footer_data() }</p>
        </footer>
    }
}

/// "Offline copy of Plate Trail 0.1.0 (build 7f5e08c), made 4 Dec 2026: it runs with no network; ..."
fn offline_copy_label(build: &crate::offline_copy::OfflineBuild) -> String {
    let made = text::date(&build.made);
    match &build.commit {
        Some(commit) => text::offline_copy_label(build.version.as_str(), commit.as_str(), made),
        None => text::offline_copy_label_no_commit(build.version.as_str(), made),
    }
}

/// The root component of a module `M` (the app's main module or its tools module): the
/// views `M` draws, and for the others a reload into the module that draws them.
#[function_component(App)]
pub fn app<M: ModuleViews>() -> Html {
    crate::language::use_language();
    let state = use_reducer(|| AppState {
        view: View::from_hash(&location_hash()),
    });

    // Follow the back button and typed-in hashes. In an iframe (`?embed`), load
    // `embed.js` (same origin, next to the page), which posts the content's height to the
    // host page: `{type: 'plate-trail:height', height}` in CSS pixels, at every change.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            browser_address::assume_scenario(crate::views::shared_run::visitor_scenario());
            let document = gloo::utils::document();
            if browser_address::embedded()
                && let (Ok(script), Some(head)) =
                    (document.create_element("script"), document.head())
            {
                let _ = script.set_attribute("src", "embed.js");
                let _ = head.append_child(&script);
            }
            // Back and forward between entries whose queries differ (the address follows the
            // run with replaceState) bring a popstate but no hashchange.
            let listeners = ["hashchange", "popstate"].map(|event| {
                let state = state.clone();
                gloo::events::EventListener::new(&gloo::utils::window(), event, move |_| {
                    if let Some(view) = View::route(&location_hash()) {
                        state.dispatch(Action::Show(view));
                    }
                })
            });
            move || drop(listeners)
        });
    }

    // The language showing: every component with words reads it as a context
    // ([`crate::language::use_language`]), so a switch re-renders them, keeping their state.
    let crate::language::Switch {
        shown: language,
        problem: language_problem,
        on_choose: on_language,
    } = crate::language::use_language_switch();

    // The page's title names the view, in the language showing (WCAG 2.4.2): set as the
    // shell draws (a language switch draws it again), only when it changes.
    let title = format!("{} \u{2013} Plate Trail", state.view.label());
    if gloo::utils::document().title() != title {
        gloo::utils::document().set_title(&title);
    }

    // The prerendered first screen is the simulator's: any other view takes over at once
    // (the simulator does at its first map). A view chosen from the navigation moves the
    // focus to the view's heading, so a screen reader says where the visitor is (a link
    // inside a view leaves the focus to that view); the first view keeps the page's start.
    let last_view = use_mut_ref(|| state.view);
    use_effect_with(state.view, move |&view| {
        if view != View::Simulator {
            crate::first_screen::hand_over();
        }
        show_current_link();
        if std::mem::replace(&mut *last_view.borrow_mut(), view) != view
            && gloo::utils::document()
                .active_element()
                .is_none_or(|active| {
                    active.tag_name() == "BODY"
                        || active.closest(".site-header").ok().flatten().is_some()
                })
        {
            crate::components::focus::focus_after_redraw(vec![
                "main h2".to_owned(),
                "main".to_owned(),
            ]);
        }
    });

    // The tools module's views are heavy to start: the shell (header, footer) is drawn in
    // the task after the module's start, the view in the one after (at once, the module's
    // start and the view's first draw were one task of 60 to 90 ms).
    let steps = u8::from(M::MODULE == crate::views::Module::Tools);
    let drawn = crate::views::drawing_steps::use_drawing_steps(true, steps);
    let body = if drawn >= steps {
        M::render(state.view).unwrap_or_else(|| html! { <OtherModule /> })
    } else {
        Html::default()
    };

    let problems = use_state(browser_address::problems);
    // Which run a bad link left on screen, as the page opened (a save later changes nothing);
    // the note is worded at each render, in the language showing.
    let saved_run = use_memo((), |_| crate::views::simulator::saved::has_scenario());
    let dismiss = {
        let problems = problems.clone();
        Callback::from(move |_: MouseEvent| problems.set(Vec::new()))
    };
    let embedded = browser_address::embedded();
    // The compact app's link to the full one, at the address of the moment (the visitor
    // may have changed the run in the frame).
    let open_full = Callback::from(|e: MouseEvent| {
        if let Some(link) = e
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            let _ = link.set_attribute("href", &browser_address::address(false));
        }
    });

    html! {
        <ContextProvider<crate::language::Shown> context={language}>
            if embedded {
                // The embed shows no header; its page still has a title heading.
                <h1 class="visually-hidden">{ text::app_name() }</h1>
            } else {
                { site_header(state.view, on_language.clone()) }
            }
            if let Some(problem) = language_problem {
                <p class="error" role="alert" data-testid="language-problem">{ problem }</p>
            }
            { crate::components::link_problem::link_problem_note(
                &text::link_problems(&problems, *saved_run),
                dismiss,
            ) }
            if let Some(address) = View::unknown_route(&location_hash()) {
                <p class="note" role="status" data-testid="unknown-page">
                    { text::unknown_page(address.chars().take(40).collect::<String>()) }
                </p>
            }
            <main id="main" tabindex="-1" class={embedded.then_some("embedded")}>{ body }</main>
            if embedded {
                <footer class="embed-footer">
                    <a href={browser_address::address(false)} target="_blank" rel="noopener"
                        data-testid="open-full" onclick={open_full}>{ text::embed_open_full() }</a>
                    <crate::language::LanguagePicker on_choose={on_language} />
                    { " " }{ text::footer_licence() }
                </footer>
            } else {
                { site_footer() }
            }
            <TestPanic />
        </ContextProvider<crate::language::Shown>>
    }
}

/// Panics on purpose when the page URL carries `?test-panic`, so the end-to-end tests can
/// check that a bug shows the error panel instead of a blank page.
#[function_component(TestPanic)]
fn test_panic() -> Html {
    crate::language::use_language();
    let wanted = gloo::utils::window()
        .location()
        .search()
        .is_ok_and(|search| search.contains("test-panic"));
    use_effect_with(wanted, |&wanted| {
        if wanted {
            panic!("test panic requested by ?test-panic");
        }
    });
    Html::default()
}

/// Mounts module `M`'s app into the page's `#app` element (or the body if it is missing),
/// in a task after the one that instantiated the module (each stays far under 50 ms), once
/// the language is loaded and the module has what it needs first
/// ([`ModuleViews::before_mount`]: the tools module has the run's imported town back). The
/// app's first render is a task of its own after that ([`render_apart`]).
///
/// What the simulator's start-up costs the main thread (issue 11, 2026-12-02; `BY_CPU=1
/// LONG_TASK_MS=8 EXTRA_CATEGORIES=disabled-by-default-v8.wasm,v8.wasm node
/// scripts/trace_long_tasks.mjs '#/simulator'` at a load average of 7-9 on 2 cores, CPU
/// times): from navigation to the first map, 8 to 10 tasks of 8-30 ms each, none dominant,
/// about half wasm and half the browser's frames. The app's first render (this mount) is
/// 16-26 ms, of which 10-16 ms is V8 compiling wasm functions on their first call (lazy
/// compilation, about 490 functions: in one trace Yew's shared machinery 2.6 ms, the
/// components' own generic code 3.2, `core`/`alloc` 2.5); its effects and the visitor's
/// first slice 9-11 (6.5-8 of compilation, 3.4 ms for the slice's one large future); the
/// first result's render 16-25 (6-11 of compilation, 1.5 parsing the town's markup); the
/// frames after it 16-20 (layout 6-7, style 3-4, text shaping 2-3), and later frames up to
/// 20-31. Lazy compilation is 45-65 ms over the whole start (1,700 functions). One more
/// task of 13-20 ms is not the app's: Playwright's injected script (a 329 KB DevTools
/// message evaluated on the page's thread), which the e2e's `longtask` observer also sees.
///
/// Tried without gain (issue 11, 2026-12-02): a throwaway render of a tiny component (an
/// element with attributes, a listener, a keyed list, an `if`, SVG) into a detached
/// element, in a task of its own before this mount, so Yew's machinery was compiled
/// before the app's first render. That render went from about 24 to 19-20 ms of CPU, the
/// warm-up itself 9-12, but the first result's render and the frames stayed as they were:
/// 5 alternated runs each, the largest task up to the first map 30, 24, 24, 24, 21 ms of
/// CPU (median 24) without and 17, 25, 26, 28, 31 (median 26) with; the journey e2e's
/// `longest_task_ms=` median 98 without and 118 with (load average 7-9). Not kept.
///
/// Second round (issue 11, 2026-12-02, load average 14-18): what stands under the map and
/// the second half of "your life" now draw in drawing steps of their own (see the
/// simulator view), so the first result's frame and "your life"'s are 8-17 ms of CPU.
/// This mount is then the start's largest task, 15-30 ms of CPU (median 22, 10 traces),
/// and the first result's render 12-22. Both are about half lazy compilation, which the
/// page cannot move off its thread: V8 compiles wasm lazily by default
/// (`wasm_lazy_compilation`, Liftoff on the main thread at a function's first call), and
/// its per-function compilation hints (the `compilationHints` custom section, eager or
/// lazy per function) sit behind `--experimental-wasm-compilation-hints`, off in the
/// Chromium shipped (156). What is left to try: drawing the map and the story as soon as
/// the visitor's town is built (before the drives end), so the map's code compiles in a
/// task of its own long before the first result; and a warm-up of the first result's own
/// components, in the idle time while the visitor's car is simulated.
///
/// Third round (issue 11, 2026-12-03). Which functions V8 compiles in which task, from the
/// `func_index` of the trace's `wasm.CompileLazy` events (`EXTRA_CATEGORIES` above) and the
/// name section of a wasm kept with names (`wasm-opt -Oz -g`, copied over a dist's): the
/// mount compiled 497 functions (140 KB of the module's 703 KB), 10.6-14.5 ms of CPU, on
/// average 29 us each, so most of the cost is per function rather than per byte (the
/// largest, the simulator's and the app's component functions of 30 and 15 KB, 1.7 and 0.6
/// ms); 121 of them (3.2 ms) before Yew's first render, in the language's, the link's and
/// the saved scenario's reads. From navigation until the first result is whole V8 compiled
/// 1,967 functions lazily, 65 ms of the main thread's CPU (663 KB: nearly the whole module);
/// wasm-bindgen's loader already streams the module (`instantiateStreaming`; its decoding
/// tasks `v8.wasm.compileConsume` are 1-4 ms), which compiles nothing ahead with lazy
/// compilation. Kept: Yew's first render in a task after the language's and the link's
/// work ([`render_apart`]). 3 alternated traces each (`BY_CPU=1 LONG_TASK_MS=8
/// EXTRA_CATEGORIES=... node scripts/trace_long_tasks.mjs '#/simulator'`, `PLATE_TRAIL_DIST`
/// before/after, load average 3-4.6): the mount 20.6, 16.2, 18.5 ms of CPU before; after,
/// 3.5 (70 functions compiled) then 14.2, 17.6, 11.5 (428); the largest task of the trace
/// (until the run is whole) 20.6, 20.2, 18.5 before and 14.2, 18.4, 16.0 after (now the
/// first result's render, 13-18, or the mount). The journey e2e (5 alternated runs,
/// `PLATE_TRAIL_DIST=DIR xvfb-run -a node --test --test-name-pattern='full journey'
/// tests/e2e/simulator.test.mjs`, load average 3.4-7): `longest_task_ms=` 81, 136, 123, 84, 166 (median 123, all
/// step=load) before and 53, 0, 69, 63, 69 (median 63) after; `time_to_first_map_ms=`
/// overlapping (median 704 before, 728 after); with the after build from `trunk build
/// --release`, 3 more at a load average of 4.8-5.8: 80, 0, 51 before and 0, 0, 0 after.
///
/// Tried in that round and not kept: the simulator's screen with a result as a function of
/// its own (`#[inline(never)]`), so the mount would not compile it: wasm-opt inlines a
/// function with one caller back whatever rustc was told; with `--no-inline=*result_screen*`
/// among wasm-opt's parameters the simulator's component function went from 30,328 to 14,195
/// bytes and the screen with a result was 16,115 of its own, about 0.9 ms of compilation out
/// of the mount but into the first result's render, the other largest task: moved, not
/// saved (not measured further). The page built with wasm-opt `-O2` or `-Os` instead of
/// `-Oz` (more inlining, fewer functions to compile one by one): 2,879 and 2,878 functions
/// against 2,915, code 6% and 4% larger, so no fewer first calls and no room in the bundle
/// budget (not built further).
pub fn mount<M: ModuleViews>() {
    // Boxed: the timer's glue is the one the other steps share.
    let mount: Box<dyn FnOnce()> = Box::new(mount_now::<M>);
    gloo::timers::callback::Timeout::new(0, mount).forget();
}

fn mount_now<M: ModuleViews>() {
    if M::MODULE == crate::views::Module::Tools {
        crate::language::fetch_every_message();
    }
    crate::language::start(|| {
        // The prerender is English: it stands in front only of an English app.
        if crate::language::current_code() == crate::text::catalog::english().code {
            crate::first_screen::set_aside();
        } else {
            crate::first_screen::hand_over();
        }
        M::before_mount(Box::new(render_apart::<M>));
    });
}

/// [`render`] in a task of its own: the language's and the link's work before it (and V8's
/// compilation of their code) is not added to the app's first render.
fn render_apart<M: ModuleViews>() {
    let later: Box<dyn FnOnce()> = Box::new(render::<M>);
    gloo::timers::callback::Timeout::new(0, later).forget();
}

fn render<M: ModuleViews>() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<App<M>>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App<M>>::new().render();
        }
    }
}
