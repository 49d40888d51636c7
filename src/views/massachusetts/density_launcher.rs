//! "Run the simulator as dense as a real town": the visitor picks one of the Massachusetts
//! towns whose police cameras are mapped ([`MASSACHUSETTS_NETWORKS`], the same list the
//! simulator's camera control offers), and the button opens the simulator with the
//! visitor's run at that town's cameras per km² (the run's address names the count, as a
//! share link would).

use yew::prelude::*;

use crate::browser_address;
use crate::scenario::camera_density::{
    MASSACHUSETTS_NETWORKS, cameras_for_density, town_area_square_km,
};
use crate::scenario::limits::CAMERA_COUNT;
use crate::sim::Scenario;
use crate::text;
use crate::text::tools as words;
use crate::views::View;

/// The cameras the visitor's simulated town needs to be as dense as network `index`.
fn cameras_like(scenario: &Scenario, index: usize) -> u32 {
    let network = &MASSACHUSETTS_NETWORKS[index.min(MASSACHUSETTS_NETWORKS.len() - 1)];
    let town = crate::sim::generate_town(scenario.seed, scenario.camera_count);
    let area = town_area_square_km(&town).unwrap_or(22.6);
    cameras_for_density(network, area, &CAMERA_COUNT)
}

/// The town picker and the button that starts the run.
#[function_component(DensityLauncher)]
pub fn density_launcher() -> Html {
    crate::language::use_language();
    let scenario = use_memo((), |_| crate::views::shared_run::visitor_scenario());
    let picked = use_state(|| 1usize);
    let cameras = use_memo((scenario.clone(), *picked), |(scenario, picked)| {
        cameras_like(scenario, *picked)
    });
    let onchange = {
        let picked = picked.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Ok(index) = select.value().parse::<usize>() {
                picked.set(index.min(MASSACHUSETTS_NETWORKS.len() - 1));
            }
        })
    };
    let onclick = {
        let scenario = scenario.clone();
        let cameras = *cameras;
        Callback::from(move |_: MouseEvent| {
            browser_address::follow_scenario(&Scenario {
                camera_count: cameras,
                ..Scenario::clone(&scenario)
            });
            let _ = gloo::utils::window()
                .location()
                .set_hash(View::Simulator.hash());
        })
    };
    let network = &MASSACHUSETTS_NETWORKS[*picked];
    let options = MASSACHUSETTS_NETWORKS.iter().enumerate().map(|(i, n)| {
        html! { <option value={i.to_string()} selected={i == *picked}>{ n.town }</option> }
    });
    html! {
        <section class="ma-density" aria-labelledby="ma-density-title" data-testid="ma-density">
            <h3 id="ma-density-title">{ words::ma_density_title() }</h3>
            <p>{ words::ma_density_intro() }</p>
            <div class="field">
                <label for="ma-density-town">{ words::ma_density_town_label() }</label>
                <select id="ma-density-town" data-testid="ma-density-town" {onchange}
                    aria-describedby="ma-density-detail">
                    { for options }
                </select>
                <p class="hint" id="ma-density-detail">
                    { text::real_density(network.town, network.cameras, network.area_square_km) }
                </p>
            </div>
            <button type="button" class="primary-action" data-testid="ma-start-run"
                data-cameras={cameras.to_string()} {onclick}>
                { words::ma_start_run(network.town, *cameras) }
            </button>
        </section>
    }
}
