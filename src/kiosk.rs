//! Kiosk mode on a shared device: after `idle_seconds` without a touch, click
//! or key press, a warning with a "continue" button counts down
//! [`WARNING_SECONDS`]; then everything is wiped for the next person.
//!
//! Time is read from `Date.now()` once a second, so a tab that was asleep
//! catches up at once instead of trusting a timer that did not fire.

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::i18n::{t, t_with};
use crate::settings::WARNING_SECONDS;

/// What counts as someone using the device.
const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "input", "wheel", "touchstart"];

#[derive(Properties, PartialEq)]
pub struct KioskProps {
    pub lang: Lang,
    pub idle_seconds: u32,
    /// There is something to wipe (answers, another screen, changed settings).
    pub active: bool,
    pub on_wipe: Callback<()>,
}

#[function_component(KioskGuard)]
pub fn kiosk_guard(props: &KioskProps) -> Html {
    let last_activity = use_mut_ref(js_sys::Date::now);
    // Seconds left before the wipe, while the warning shows.
    let left = use_state_eq(|| None::<u32>);

    {
        let last_activity = last_activity.clone();
        use_effect_with((), move |_| {
            let document = web_sys::window().and_then(|window| window.document());
            let listeners: Vec<EventListener> = document
                .map(|document| {
                    ACTIVITY
                        .iter()
                        .map(|event| {
                            let last_activity = last_activity.clone();
                            EventListener::new(&document, *event, move |_| {
                                *last_activity.borrow_mut() = js_sys::Date::now()
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            move || drop(listeners)
        });
    }
    {
        let (left, last_activity, on_wipe) =
            (left.clone(), last_activity.clone(), props.on_wipe.clone());
        use_effect_with((props.active, props.idle_seconds), move |(active, idle)| {
            *last_activity.borrow_mut() = js_sys::Date::now();
            left.set(None);
            let idle = *idle;
            let interval = active.then(|| {
                Interval::new(1000, move || {
                    let seconds = (js_sys::Date::now() - *last_activity.borrow()) / 1000.0;
                    let seconds = seconds.max(0.0) as u32;
                    if seconds >= idle + WARNING_SECONDS {
                        left.set(None);
                        on_wipe.emit(());
                    } else if seconds >= idle {
                        left.set(Some(idle + WARNING_SECONDS - seconds));
                    } else {
                        left.set(None);
                    }
                })
            });
            move || drop(interval)
        });
    }
    let warning = left.is_some();
    use_effect_with(warning, |warning| {
        if *warning {
            crate::app::focus_by_id("kiosk-continue");
        }
    });

    let Some(seconds) = *left else {
        return html! {};
    };
    let on_continue = {
        let (left, last_activity) = (left.clone(), last_activity.clone());
        Callback::from(move |_: MouseEvent| {
            *last_activity.borrow_mut() = js_sys::Date::now();
            left.set(None);
        })
    };
    let lang = props.lang;
    html! {
        <div class="kiosk-warning" role="alertdialog" aria-labelledby="kiosk-heading" aria-describedby="kiosk-body">
            <h2 id="kiosk-heading">{ t(lang, "kiosk.heading") }</h2>
            <p id="kiosk-body">{ t_with(lang, "kiosk.body", &[("seconds", &seconds.to_string())]) }</p>
            <button id="kiosk-continue" type="button" class="button primary" onclick={on_continue}>
                { t(lang, "kiosk.continue") }
            </button>
        </div>
    }
}
