//! Your own town (`#/import`, the tools module): the simulator with "Your own town"'s file
//! picker, so the visitor imports a real road map (and a camera file, or a scenario file)
//! and runs the whole explainer on it. It lives in the tools module, loaded only for its
//! hash, so the picker, the import's words and the code that reads a town's JSON stay out of
//! the first visit's download; the simulator there draws only a link to it.
//!
//! Drawing only: the picker is [`town_picker`], the simulator [`super::simulator`].

pub mod town_picker;

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::simulator::{PickerContext, RealTownWords, Simulator};
use crate::text;
use town_picker::{Import as ImportState, TownPicker};

/// The import view: the simulator, with the picker beside "your life".
#[function_component(Import)]
pub fn import() -> Html {
    // Where an import stands outlives the picker, which each new run mounts afresh.
    let kept = use_mut_ref(ImportState::default);
    // Once per page: the first picker drawn brings itself into view.
    let arriving = use_memo((), |()| Rc::new(Cell::new(true)));
    let town_picker = use_memo((), move |()| {
        Callback::from(move |context: PickerContext| {
            html! {
                <TownPicker scenario={context.scenario} on_town={context.on_town}
                    page_drawn={context.page_drawn} on_arrival={context.on_arrival}
                    kept={kept.clone()} arriving={(*arriving).clone()} />
            }
        })
    });
    html! {
        <div class="import-view" data-testid="import-view">
            <Simulator town_picker={Some((*town_picker).clone())}
                real_town_words={Some(RealTownWords(real_town_words))} />
        </div>
    }
}

/// The line over the map and the map's name for a real town.
fn real_town_words(town: &str, attribution: &str) -> (String, String) {
    (
        text::tools::real_town(town, attribution),
        text::tools::real_town_map_label(town),
    )
}
