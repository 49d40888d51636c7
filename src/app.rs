//! The app shell: header, navigation between views, the current view, and the footer.
//!
//! State is one [`Reducible`] [`AppState`] changed only through [`Action`]s; the location
//! hash is kept in step by an effect, so links, bookmarks and the back button work.

use std::rc::Rc;

use yew::prelude::*;

use crate::text;
use crate::views::{View, about::About, faq::Faq, simulator::Simulator};

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

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState {
        view: View::from_hash(&location_hash()),
    });

    // Follow the back button and typed-in hashes.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    if let Some(view) = View::route(&location_hash()) {
                        state.dispatch(Action::Show(view));
                    }
                });
            move || drop(listener)
        });
    }

    let nav = View::ALL.iter().map(|&view| {
        let current = (view == state.view).then_some("page");
        html! {
            <li><a href={view.hash()} aria-current={current}>{ view.label() }</a></li>
        }
    });

    let body = match state.view {
        View::Simulator => html! { <Simulator /> },
        View::Console => html! { <crate::views::console::Console /> },
        View::Policy => html! { <crate::views::policy::Policy /> },
        View::Faq => html! { <Faq /> },
        View::References => html! { <crate::views::references::References /> },
        View::Action => html! { <crate::views::action::TakeAction /> },
        View::About => html! { <About /> },
        View::Present => html! { <crate::views::present::PresentLauncher /> },
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class="site-header">
                <h1>{ text::APP_NAME }</h1>
                <p class="tagline">{ text::TAGLINE }</p>
                <nav aria-label={text::NAV_LABEL}>
                    <ul>{ for nav }</ul>
                </nav>
            </header>
            <main id="main" tabindex="-1">{ body }</main>
            <footer class="site-footer">
                <p>{ text::FOOTER_LICENCE }</p>
                <p>{ text::FOOTER_DATA }</p>
            </footer>
            <TestPanic />
        </>
    }
}

/// Panics on purpose when the page URL carries `?test-panic`, so the end-to-end tests can
/// check that a bug shows the error panel instead of a blank page.
#[function_component(TestPanic)]
fn test_panic() -> Html {
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

/// Mounts the app into the page's `#app` element (or the body if it is missing).
pub fn mount() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
