//! Preparing the talk: the steps in their order, each with Hide/Show and Earlier/Later and,
//! once the run's numbers are ready, the sentence it will say (so a presenter sees a weak
//! step before the room does, and can hide it or set up another run), the law for the
//! before/after step (a preset, or the policy lab's levers the link moved, said in a note
//! with whether the step shows them), and Start. The deck and the law live in the page's link,
//! so a talk prepared at home opens the same on the hall's laptop.
//!
//! Draws only: every change is a callback to the presenter view.

use yew::prelude::*;

use crate::analyst::policy::presets;
use crate::components::focus::focus_after_redraw;
use crate::scenario::presentation::law::Law;
use crate::scenario::presentation::{Deck, Step};
use crate::text::present as words;

#[derive(Properties, PartialEq)]
pub struct PrepareProps {
    pub deck: Deck,
    pub law: Law,
    /// The policy lab's set-up the link carries, when it moved a lever: offered as the
    /// first law, under this name.
    #[prop_or_default]
    pub lab_law: Option<AttrValue>,
    /// What the link's policy lab levers are and whether the before/after step shows them.
    #[prop_or_default]
    pub lab_note: Option<AttrValue>,
    pub on_hide: Callback<Step>,
    pub on_show: Callback<Step>,
    pub on_shift: Callback<(Step, isize)>,
    pub on_law: Callback<Law>,
    pub on_start: Callback<()>,
    /// False until the run and its numbers are ready.
    pub ready: bool,
    /// What each step will say for this run and law, once the numbers are ready.
    pub previews: Vec<Preview>,
}

/// What a step will say in this run.
#[derive(Clone, PartialEq)]
pub struct Preview {
    pub step: Step,
    pub sentence: AttrValue,
    /// A short sentence under it, when the step needs one (`text::present::step_note`).
    pub note: Option<AttrValue>,
    /// The run has nothing for this step to show (see `StoryFacts::shows_nothing`).
    pub shows_nothing: bool,
}

/// The sentence a step will say, under its name, and (for a step in the talk) a warning when
/// it has nothing to show.
fn preview(previews: &[Preview], step: Step, in_talk: bool) -> Html {
    match previews.iter().find(|p| p.step == step) {
        Some(p) => html! {
            <>
                <span class="present-step-sentence" data-testid={format!("sentence-{}", step.slug())}>{ p.sentence.clone() }</span>
                if let Some(note) = p.note.clone() {
                    <span class="present-step-sentence" data-testid={format!("note-{}", step.slug())}>{ note }</span>
                }
                if in_talk && p.shows_nothing {
                    <span class="present-step-empty" data-testid={format!("nothing-{}", step.slug())}>{ words::present_step_empty() }</span>
                }
            </>
        },
        None => Html::default(),
    }
}

/// The prepare panel.
#[function_component(Prepare)]
pub fn prepare(props: &PrepareProps) -> Html {
    crate::language::use_language();
    let shown = props.deck.steps();
    let rows = shown.iter().enumerate().map(|(at, &step)| {
        // Each button moves its step (or disables itself at the end of the list): the
        // focus follows the step, to the button that moves it on.
        let slug = step.slug();
        let hide = props.on_hide.reform(move |_: MouseEvent| {
            focus_after_redraw(vec![format!("[data-testid=show-{slug}]")]);
            step
        });
        let earlier = props.on_shift.reform(move |_: MouseEvent| {
            focus_after_redraw(vec![format!("[data-testid=earlier-{slug}]"), format!("[data-testid=later-{slug}]")]);
            (step, -1)
        });
        let later = props.on_shift.reform(move |_: MouseEvent| {
            focus_after_redraw(vec![format!("[data-testid=later-{slug}]"), format!("[data-testid=earlier-{slug}]")]);
            (step, 1)
        });
        let title = words::step_title(step);
        html! {
            <li data-step={step.slug()}>
                <span class="present-step-name">{ title }</span>
                <button type="button" class="secondary" onclick={earlier} disabled={at == 0}
                    aria-label={format!("{}: {title}", words::present_earlier())} data-testid={format!("earlier-{slug}")}>{ words::present_earlier() }</button>
                <button type="button" class="secondary" onclick={later} disabled={at + 1 == shown.len()}
                    aria-label={format!("{}: {title}", words::present_later())} data-testid={format!("later-{slug}")}>{ words::present_later() }</button>
                <button type="button" class="secondary" onclick={hide} disabled={shown.len() == 1}
                    aria-label={format!("{}: {title}", words::present_hide())} data-testid={format!("hide-{}", step.slug())}>{ words::present_hide() }</button>
                { preview(&props.previews, step, true) }
            </li>
        }
    });
    let hidden = props.deck.hidden();
    let hidden_rows = hidden.iter().map(|&step| {
        let slug = step.slug();
        let show = props.on_show.reform(move |_: MouseEvent| {
            focus_after_redraw(vec![format!("[data-testid=hide-{slug}]")]);
            step
        });
        let title = words::step_title(step);
        html! {
            <li data-step={step.slug()}>
                <span class="present-step-name">{ title }</span>
                <button type="button" class="secondary" onclick={show}
                    aria-label={format!("{}: {title}", words::present_show())} data-testid={format!("show-{}", step.slug())}>{ words::present_show() }</button>
                { preview(&props.previews, step, false) }
            </li>
        }
    });
    let on_law = props.on_law.reform(|event: Event| {
        event
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .and_then(|select| Law::from_parameter(&select.value()))
            .unwrap_or(Law::Preset(usize::MAX))
    });
    let lab = props.lab_law.clone().map(|name| (Law::Lab, name));
    let presets = presets().into_iter().enumerate().map(|(index, preset)| {
        (
            Law::Preset(index),
            AttrValue::from(crate::text::preset_name(preset.source)),
        )
    });
    let laws = lab.into_iter().chain(presets).map(|(law, name)| {
        html! { <option value={law.parameter()} selected={law == props.law}>{ name }</option> }
    });
    let start = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="present-prepare" aria-labelledby="present-prepare-title" data-testid="present-prepare">
            <h2 id="present-prepare-title">{ words::present_prepare() }</h2>
            <p class="lead">{ words::present_prepare_intro() }</p>
            <ol class="present-steps" data-testid="present-steps">{ for rows }</ol>
            if !hidden.is_empty() {
                <h3>{ words::present_hidden() }</h3>
                <ul class="present-steps hidden-steps">{ for hidden_rows }</ul>
            }
            <label class="field">
                <span>{ words::present_law() }</span>
                <select onchange={on_law} data-testid="present-law-choice">{ for laws }</select>
            </label>
            if let Some(note) = props.lab_note.clone() {
                <p class="panel-note" data-testid="present-lab-note">{ note }</p>
            }
            <p class="panel-note">{ words::present_keys() }</p>
            <button type="button" class="primary-action" onclick={start} disabled={!props.ready}
                data-testid="present-start">{ words::present_start() }</button>
        </section>
    }
}
