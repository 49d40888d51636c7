//! The first screen a visitor sees with no settings, rendered at build time so a phone
//! shows the town map before the page's wasm has downloaded: the default run's headline and
//! map, drawn by the app's own components ([`site_header`], the simulator's [`screen`])
//! through Yew's server-side rendering (the `ssr` feature, a native
//! dev-dependency only: it never enters the wasm bundles).
//!
//! ```sh
//! cargo run --example prerender > first-screen.html   # scripts/prerender.sh, Trunk's hook, runs it
//! ```
//!
//! Prints one HTML fragment on stdout: `#first-screen` (hidden and `inert`), the screen as a
//! phone (390 CSS pixels wide) draws it down to the map, the map drawn coarser to the same
//! picture (`markup.rs`: about 5,000 gzip bytes instead of 17,000); `static/start.js` reveals it only for a visitor who
//! would see exactly that screen, on a screen narrower than the two-column layout. (A second
//! copy for wide screens would cost about 16,500 more gzip bytes of the first visit's 400,000:
//! the map's SVG does not compress against the first copy.) It carries the localStorage key and the saved
//! form of the default scenario, so start.js can tell a visitor who saved only the default,
//! and the language choice's key and the languages other than English, so it can tell a
//! visitor whose page would start in another language (the prerender is English only).
//! The fragment has no `id`, `name` or `data-*` attributes, so it never answers for the app's
//! elements while both are in the page. Exits with 1 and a message on stderr if the default
//! run fails.

#[cfg(not(target_arch = "wasm32"))]
mod markup;

#[cfg(not(target_arch = "wasm32"))]
mod first_screen {
    use std::future::Future;
    use std::rc::Rc;
    use std::sync::Arc;
    use std::task::{Context, Poll, Wake, Waker};

    use plate_trail::app::site_header;
    use plate_trail::language;
    use plate_trail::scenario::run;
    use plate_trail::text::catalog;
    use plate_trail::views::View;
    use plate_trail::views::simulator::saved;
    use plate_trail::views::simulator::state::{Action, SimulatorState, default_scenario};
    use plate_trail::views::simulator::uniqueness::TownWork;
    use plate_trail::views::simulator::{Handlers, screen};
    use yew::prelude::*;

    /// The map's drawing as the browser measures it on a phone (CSS pixels wide, height /
    /// width in thousandths), read with `getBoundingClientRect` from the built app at
    /// 390x844; `tests/e2e/prerender.test.mjs` checks they still agree. Another phone's width
    /// only draws symbols a little larger or smaller until the app takes over.
    pub const PHONE_DRAWING: (u32, u32) = (358, 1000);

    /// The simulator's state once the default run's first part is on screen: what the app
    /// draws at its first map (the dossier still being analysed in the worker).
    pub fn first_map_state() -> Result<SimulatorState, String> {
        let scenario = default_scenario();
        let detailed = run::simulate_commuter(&scenario)?;
        let outcome = run::unanalysed(1, detailed, 0.0, || 0.0)?;
        let state = Rc::new(SimulatorState::new(scenario, None));
        let state = state.reduce(Action::Simulated {
            generation: 1,
            result: Ok(Rc::new(outcome)),
        });
        Ok((*state).clone())
    }

    #[derive(Properties, PartialEq)]
    pub struct FirstScreenProps {
        pub state: SimulatorState,
        /// The two-column layout of a wide screen.
        pub wide: bool,
        pub drawing_size: (u32, u32),
    }

    /// The app's markup for the simulator at its first map, as `App` draws it with no link.
    #[function_component(FirstScreen)]
    pub fn first_screen(props: &FirstScreenProps) -> Html {
        let body = screen(
            &props.state,
            &Handlers::default(),
            props.wide,
            TownWork::default(),
            Some(props.drawing_size),
            // The app's first frame: the story and the map, drawn before the rest.
            0,
        );
        html! {
            <>
                { site_header(View::Simulator, Callback::noop()) }
                <main id="main" tabindex="-1">{ body }</main>
            </>
        }
    }

    /// Polls a future to completion on this thread (the render awaits nothing but itself).
    fn block_on<F: Future>(future: F) -> F::Output {
        struct Unpark(std::thread::Thread);
        impl Wake for Unpark {
            fn wake(self: Arc<Self>) {
                self.0.unpark();
            }
        }
        let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
        let mut context = Context::from_waker(&waker);
        let mut future = std::pin::pin!(future);
        loop {
            match future.as_mut().poll(&mut context) {
                Poll::Ready(output) => return output,
                Poll::Pending => std::thread::park(),
            }
        }
    }

    /// `html` without the attributes named in `names` (Yew writes each as ` name="value"`,
    /// the value escaped, so it holds no `"`) nor any `data-*` attribute.
    pub fn without_attributes(html: &str, names: &[&str]) -> String {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(start) = rest.find(" ") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let name_end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .unwrap_or(after.len());
            let name = &after[..name_end];
            let dropped = (names.contains(&name) || name.starts_with("data-"))
                && after[name_end..].starts_with("=\"");
            if dropped {
                let value = &after[name_end + 2..];
                let close = value.find('"').map_or(value.len(), |i| i + 1);
                rest = &value[close..];
            } else {
                out.push(' ');
                rest = after;
            }
        }
        out.push_str(rest);
        out
    }

    /// Escapes `"`, `&`, `<` and `>` for an attribute's value.
    pub fn attribute(value: &str) -> String {
        value
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    /// One screen's markup, down to the map (what a phone shows above the fold), the map
    /// drawn coarser ([`crate::markup`]).
    pub fn render(
        state: &SimulatorState,
        wide: bool,
        drawing_size: (u32, u32),
    ) -> Result<String, String> {
        let props = FirstScreenProps {
            state: state.clone(),
            wide,
            drawing_size,
        };
        let html = block_on(
            yew::LocalServerRenderer::<FirstScreen>::with_props(props)
                .hydratable(false)
                .render(),
        );
        let html = without_attributes(
            &html,
            &["id", "name", "for", "aria-labelledby", "aria-describedby"],
        );
        crate::markup::coarser_map(&crate::markup::above_the_map(&html)?)
    }

    /// The whole fragment for `index.html`.
    pub fn fragment() -> Result<String, String> {
        let state = first_map_state()?;
        let saved_default = serde_json::to_string(&state.scenario).map_err(|e| e.to_string())?;
        // The languages the app would start in rather than English, for start.js to match
        // the browser's against (as `plate_trail::language::initial` does).
        let others: Vec<&str> = catalog::offered()
            .filter(|l| l.code != catalog::english().code)
            .map(|l| l.code)
            .collect();
        Ok(format!(
            "<div id=\"first-screen\" class=\"first-screen\" hidden inert data-saved-key=\"{key}\" \
             data-saved-default=\"{saved}\" data-language-key=\"{language_key}\" \
             data-other-languages=\"{others}\">{phone}</div>",
            key = attribute(saved::KEY),
            saved = attribute(&saved_default),
            language_key = attribute(language::STORAGE_KEY),
            others = attribute(&others.join(" ")),
            phone = render(&state, false, PHONE_DRAWING)?,
        ))
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match first_screen::fragment() {
        Ok(html) => {
            println!("{html}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: the default run failed: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
