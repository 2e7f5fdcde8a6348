//! Kiosk mode on a shared device: after `idle_seconds` without a touch, click
//! or key press, a warning counts down [`WARNING_SECONDS`]; then everything
//! is wiped for the next person.
//!
//! Time is read from the device clock once a second, and at once when the
//! page comes back from the back-forward cache or is visible again (a device
//! waking from sleep), so a tab that was asleep or restored catches up
//! instead of showing the last person's screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::settings::{Kiosk, WARNING_SECONDS};
use crate::web;

/// What counts as someone using the device.
const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "input", "wheel", "touchstart"];

/// The warning's state: seconds left before the wipe while it shows, and the
/// person's "continue".
#[derive(Clone, PartialEq)]
pub struct KioskGuard {
    pub seconds_left: Option<u32>,
    pub on_continue: Callback<()>,
}

/// Watches for activity in kiosk mode while `active` (there is something to
/// wipe) and calls `on_wipe` when the idle time and the warning have passed.
#[hook]
pub fn use_kiosk_guard(kiosk: Option<Kiosk>, active: bool, on_wipe: Callback<()>) -> KioskGuard {
    let last_activity = use_mut_ref(web::now_ms);
    let left = use_state_eq(|| None::<u32>);
    // Where focus was before the warning took it, to give it back.
    let focus_before = use_mut_ref(|| None::<String>);
    {
        let last_activity = last_activity.clone();
        use_effect_with(kiosk.is_some(), move |is_kiosk| {
            let listening = is_kiosk.then(|| {
                web::events::on_document(&ACTIVITY, move || {
                    *last_activity.borrow_mut() = web::now_ms();
                })
            });
            move || drop(listening)
        });
    }
    {
        let (left, last_activity) = (left.clone(), last_activity.clone());
        let idle = kiosk.map(|kiosk| kiosk.idle_seconds);
        use_effect_with((active, idle), move |(active, idle)| {
            *last_activity.borrow_mut() = web::now_ms();
            left.set(None);
            let watching = match (*active, *idle) {
                (true, Some(idle)) => {
                    let check = Rc::new(move || {
                        let seconds = ((web::now_ms() - *last_activity.borrow()) / 1000.0).max(0.0);
                        let seconds = seconds as u32;
                        if seconds >= idle + WARNING_SECONDS {
                            left.set(None);
                            on_wipe.emit(());
                        } else if seconds >= idle {
                            left.set(Some(idle + WARNING_SECONDS - seconds));
                        } else {
                            left.set(None);
                        }
                    });
                    let tick = check.clone();
                    Some((
                        web::events::every(1000, move || tick()),
                        web::events::on_shown_again(move || check()),
                    ))
                }
                _ => None,
            };
            move || drop(watching)
        });
    }
    // The warning is a modal dialog: it takes focus, and gives it back to where
    // it was when the person continues (with the button or any other key).
    use_effect_with(left.is_some(), move |warning| {
        if *warning {
            *focus_before.borrow_mut() = web::dom::focused_id();
            web::dom::show_modal("kiosk-warning");
            web::dom::focus("kiosk-continue");
        } else if let Some(id) = focus_before.borrow_mut().take() {
            if !web::dom::focus(&id) {
                web::dom::focus("main-heading");
            }
        }
    });
    let on_continue = {
        let (left, last_activity) = (left.clone(), last_activity.clone());
        Callback::from(move |()| {
            *last_activity.borrow_mut() = web::now_ms();
            left.set(None);
        })
    };
    KioskGuard {
        seconds_left: *left,
        on_continue,
    }
}
