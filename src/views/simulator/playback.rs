//! Playback of the simulated weeks: play, pause, speed, skip to the end and a timeline to
//! scrub. The clock itself is the simulator's state ([`Playback`]); the timer that moves it
//! lives in the simulator's effect, so this file holds only the model and the controls.
//! The main play/pause button ([`main_action`]) stands in the story over the map (see
//! [`super::story`]); the bar under the map holds the rest.
//!
//! # Units
//! Times are simulation minutes (minute 0 is the first Monday 00:00).

use yew::prelude::*;

use crate::sim::MINUTES_PER_DAY;
use crate::text;

/// Milliseconds between two playback frames.
pub const FRAME_MILLIS: u32 = 100;

/// How fast the days go by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speed {
    Slow,
    #[default]
    Normal,
    Fast,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Slow, Speed::Normal, Speed::Fast];

    /// Simulated days per real second.
    pub fn days_per_second(self) -> u32 {
        match self {
            Speed::Slow => 1,
            Speed::Normal => 3,
            Speed::Fast => 10,
        }
    }

    /// Simulated minutes per frame of [`FRAME_MILLIS`].
    pub fn minutes_per_frame(self) -> u32 {
        self.days_per_second() * MINUTES_PER_DAY * FRAME_MILLIS / 1000
    }

    fn label(self) -> &'static str {
        match self {
            Speed::Slow => text::speed_slow(),
            Speed::Normal => text::speed_normal(),
            Speed::Fast => text::speed_fast(),
        }
    }
}

/// Where the playback clock stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Playback {
    /// The simulation minute shown: sightings up to it are in the log.
    pub minute: u32,
    pub playing: bool,
    pub speed: Speed,
}

impl Playback {
    /// The clock after one frame, stopping at `end_minute`.
    pub fn advanced(self, end_minute: u32) -> Playback {
        let minute = self
            .minute
            .saturating_add(self.speed.minutes_per_frame())
            .min(end_minute);
        Playback {
            minute,
            playing: self.playing && minute < end_minute,
            ..self
        }
    }
}

/// What the controls ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaybackCommand {
    Play,
    Pause,
    SkipToEnd,
    Speed(Speed),
    /// Jump to a simulation minute.
    Seek(u32),
}

/// The main button's text and command: watch the days drive by (from the start, or again),
/// pause, or resume.
pub fn main_action(playback: Playback, end_minute: u32) -> (String, PlaybackCommand) {
    let days = end_minute / MINUTES_PER_DAY;
    if playback.playing {
        (text::pause().to_owned(), PlaybackCommand::Pause)
    } else if playback.minute == 0 || playback.minute >= end_minute {
        (text::watch_days(days), PlaybackCommand::Play)
    } else {
        (text::resume().to_owned(), PlaybackCommand::Play)
    }
}

#[derive(Properties, PartialEq)]
pub struct PlaybackBarProps {
    pub playback: Playback,
    /// The last simulated minute.
    pub end_minute: u32,
    pub on_command: Callback<PlaybackCommand>,
}

/// The playback controls under the map (the main button is in the story).
#[function_component(PlaybackBar)]
pub fn playback_bar(props: &PlaybackBarProps) -> Html {
    crate::language::use_language();
    let p = props.playback;
    let command = |c: PlaybackCommand| {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(c))
    };
    let at_end = p.minute >= props.end_minute;
    let onchange_speed = {
        let on_command = props.on_command.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(speed) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| Speed::ALL.get(i))
            {
                on_command.emit(PlaybackCommand::Speed(*speed));
            }
        })
    };
    let oninput_seek = {
        let on_command = props.on_command.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(minute) = input.value().parse::<u32>() {
                on_command.emit(PlaybackCommand::Seek(minute));
            }
        })
    };
    let speeds = Speed::ALL.iter().enumerate().map(|(i, s)| {
        html! { <option value={i.to_string()} selected={*s == p.speed}>{ s.label() }</option> }
    });
    html! {
        <div class="playback" role="group" aria-label={text::playback_label()} data-testid="playback"
            data-minute={p.minute.to_string()} data-end-minute={props.end_minute.to_string()}
            data-playing={p.playing.to_string()}>
            <button type="button" class="secondary" disabled={at_end} onclick={command(PlaybackCommand::SkipToEnd)}>
                { text::skip_to_end() }
            </button>
            <label class="inline-field">
                <span>{ text::speed() }</span>
                <select onchange={onchange_speed}>{ for speeds }</select>
            </label>
            <label class="timeline">
                <span>{ text::timeline() }</span>
                <input type="range" min="0" max={props.end_minute.to_string()} step="10"
                    value={p.minute.to_string()} aria-valuetext={text::format_playback_minute(p.minute, props.end_minute)}
                    oninput={oninput_seek} />
            </label>
            <output class="clock" aria-live="off">{ text::format_playback_minute(p.minute, props.end_minute) }</output>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod advanced {
        use super::*;

        #[test]
        fn moves_by_the_speed() {
            let p = Playback {
                minute: 0,
                playing: true,
                speed: Speed::Normal,
            };
            // 3 days a second, a tenth of a second per frame: 432 minutes.
            assert_eq!(p.advanced(100_000).minute, 432);
        }

        #[test]
        fn stops_at_the_end() {
            let p = Playback {
                minute: 1000,
                playing: true,
                speed: Speed::Fast,
            };
            let p = p.advanced(1200);
            assert_eq!((p.minute, p.playing), (1200, false));
        }
    }
}
