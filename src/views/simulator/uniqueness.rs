//! The uniqueness chart: for k = 1, 2, 3... random sightings of a car, the share of the
//! town's cars that those k sightings single out, with one sentence saying what it means
//! and the research it echoes.
//!
//! Draws a curve computed elsewhere (population-wide, so the simulator computes it in the
//! town-wide worker, or deferred on the page where no worker starts); shows the work's
//! progress while it is being computed, and says when it runs on the page.

use yew::prelude::*;

use crate::scenario::TownWideStep;
pub use crate::scenario::UniquenessPoint;
pub use crate::scenario::town_wide::{quoted_point, sightings_to_reach};
use crate::text;

/// Chart drawing size in SVG user units. The margins hold labels of up to 14 units: the
/// stylesheet draws them at 10 on a laptop and at 14 on a phone, where the drawing shrinks
/// to the screen (its words were 8 px on a 320 px phone at 10 units). The left margin holds
/// the widest axis label, Spanish "100 %" (about 45 units at 14), right-aligned 4 units from
/// the plot: at 40 its "1" was cut off on a phone. The top margin holds the top label's
/// ascent at 14 units over its line at 100%.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 186.0;
const LEFT: f64 = 54.0;
const BOTTOM: f64 = 34.0;
const TOP: f64 = 10.0;
const RIGHT: f64 = 8.0;

/// Where the population-wide computation is.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Uniqueness {
    /// Nothing asked yet (no run).
    #[default]
    Idle,
    /// Being computed for the run with this generation.
    Computing,
    Ready(Vec<UniquenessPoint>),
    /// Not available, with the reason.
    Unavailable(String),
}

/// Where the town-wide work runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WorkThread {
    /// In the town-wide worker, off the page's main thread.
    #[default]
    Worker,
    /// On the page, deferred (no worker could start).
    Page,
}

impl WorkThread {
    fn slug(self) -> &'static str {
        match self {
            WorkThread::Worker => "worker",
            WorkThread::Page => "page",
        }
    }
}

/// How far the town-wide work is: `done` of [`TownWideStep::COUNT`] steps.
///
/// [`TownWideStep::COUNT`]: TownWideStep::COUNT
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TownWork {
    pub done: u32,
    pub thread: WorkThread,
}

#[derive(Properties, PartialEq)]
pub struct UniquenessChartProps {
    pub uniqueness: Uniqueness,
    /// The town-wide work's progress and where it runs.
    #[prop_or_default]
    pub work: TownWork,
}

/// The chart panel.
#[function_component(UniquenessChart)]
pub fn uniqueness_chart(props: &UniquenessChartProps) -> Html {
    crate::language::use_language();
    let body = match &props.uniqueness {
        Uniqueness::Idle => html! { <p class="empty">{ text::uniqueness_idle() }</p> },
        Uniqueness::Computing => {
            let total = TownWideStep::COUNT;
            let done = props.work.done.min(total);
            html! {
                <div class="town-work" data-testid="uniqueness-progress" data-done={done.to_string()}>
                    <p class="empty busy">
                        <span class="spinner" aria-hidden="true"></span>{ text::uniqueness_computing() }
                    </p>
                    <label class="town-work-bar">
                        <span class="visually-hidden">{ text::town_work_progress() }</span>
                        <progress max={total.to_string()} value={done.to_string()}></progress>
                    </label>
                    <p class="panel-note" role="status" aria-live="polite">{ text::town_work_step(done, total) }</p>
                </div>
            }
        }
        Uniqueness::Unavailable(reason) => html! { <p class="empty">{ reason.clone() }</p> },
        Uniqueness::Ready(curve) if curve.is_empty() => {
            html! { <p class="empty">{ text::uniqueness_idle() }</p> }
        }
        Uniqueness::Ready(curve) => chart(curve),
    };
    html! {
        <section class="panel uniqueness" aria-labelledby="uniqueness-title" data-testid="uniqueness"
            data-work-thread={props.work.thread.slug()}>
            <h3 id="uniqueness-title">{ text::uniqueness_title() }</h3>
            if props.work.thread == WorkThread::Page {
                <p class="panel-note" data-testid="town-work-on-page">{ text::town_work_on_page() }</p>
            }
            { body }
            <p class="citation">{ text::uniqueness_citation() }</p>
        </section>
    }
}

fn chart(curve: &[UniquenessPoint]) -> Html {
    let max_k = curve.iter().map(|p| p.sightings).max().unwrap_or(1).max(1);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let bar_w = plot_w / f64::from(max_k);
    let bars = curve.iter().map(|p| {
        let h = p.share_unique.clamp(0.0, 1.0) * plot_h;
        let x = LEFT + f64::from(p.sightings - 1) * bar_w + bar_w * 0.15;
        html! {
            <g>
                <rect class="bar" x={format!("{x:.1}")} y={format!("{:.1}", TOP + plot_h - h)}
                    width={format!("{:.1}", bar_w * 0.7)} height={format!("{h:.1}")} />
                <text class="axis-label" x={format!("{:.1}", x + bar_w * 0.35)} y={format!("{:.1}", HEIGHT - BOTTOM + 14.0)}
                    text-anchor="middle" font-size="10">{ p.sightings }</text>
            </g>
        }
    });
    let grid = [0.0, 0.5, 1.0].into_iter().map(|share: f64| {
        let y = TOP + plot_h * (1.0 - share);
        html! {
            <g>
                <path class="grid" d={format!("M{LEFT} {y:.1}H{:.1}", WIDTH - RIGHT)} />
                <text class="axis-label" x={format!("{:.1}", LEFT - 4.0)} y={format!("{:.1}", y + 3.5)}
                    text-anchor="end" font-size="10">{ text::percent(share * 100.0) }</text>
            </g>
        }
    });
    let rows = curve.iter().map(|p| {
        html! { <tr><td>{ p.sightings }</td><td>{ text::percent(p.share_unique * 100.0) }</td></tr> }
    });
    let sentence =
        text::uniqueness_sentence(quoted_point(curve).map(|p| (p.sightings, p.share_unique)));
    html! {
        <>
            <p class="uniqueness-sentence" data-testid="uniqueness-sentence">{ sentence }</p>
            <figure class="chart">
                <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="uniqueness-caption">
                    // Each list in a group of its own: side by side, unkeyed, a curve with
                    // more bars (another run's) had the grid's lines matched with bars from
                    // the last one back and drawn again (Yew matches unkeyed children from
                    // the end).
                    <g class="grid-lines">{ for grid }</g>
                    <g class="bars">{ for bars }</g>
                    <text class="axis-label" x={format!("{:.1}", LEFT + plot_w / 2.0)} y={format!("{:.1}", HEIGHT - 4.0)}
                        text-anchor="middle" font-size="10">{ text::uniqueness_x_axis() }</text>
                </svg>
                <figcaption id="uniqueness-caption">{ text::uniqueness_caption() }</figcaption>
            </figure>
            <details>
                <summary>{ text::uniqueness_table() }</summary>
                <table>
                    <thead><tr><th scope="col">{ text::uniqueness_k() }</th><th scope="col">{ text::uniqueness_share() }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </details>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod sightings_to_reach {
        use super::*;

        #[test]
        fn finds_the_first_k_at_the_threshold() {
            let curve = [0.2, 0.7, 0.96, 0.99]
                .iter()
                .zip(1..)
                .map(|(&share_unique, sightings)| UniquenessPoint {
                    sightings,
                    share_unique,
                })
                .collect::<Vec<_>>();
            assert_eq!(
                sightings_to_reach(&curve, 0.95).map(|p| p.sightings),
                Some(3)
            );
            assert_eq!(sightings_to_reach(&curve, 1.0), None);
        }
    }
}
