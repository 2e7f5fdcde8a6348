//! Listening to the browser: window and document events, a repeating timer,
//! the next painted frame, and the clipboard.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::{Interval, Timeout};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A listener that stops listening when dropped.
pub struct Listening {
    _listeners: Vec<EventListener>,
}

/// Calls `on_event` for each of these events on the window.
pub fn on_window(events: &[&'static str], on_event: impl Fn() + Clone + 'static) -> Listening {
    let listeners = web_sys::window()
        .map(|window| {
            events
                .iter()
                .map(|event| {
                    let on_event = on_event.clone();
                    EventListener::new(&window, *event, move |_| on_event())
                })
                .collect()
        })
        .unwrap_or_default();
    Listening {
        _listeners: listeners,
    }
}

/// Calls `on_event` for each of these events anywhere in the document.
pub fn on_document(events: &[&'static str], on_event: impl Fn() + Clone + 'static) -> Listening {
    let listeners = web_sys::window()
        .and_then(|window| window.document())
        .map(|document| {
            events
                .iter()
                .map(|event| {
                    let on_event = on_event.clone();
                    EventListener::new(&document, *event, move |_| on_event())
                })
                .collect()
        })
        .unwrap_or_default();
    Listening {
        _listeners: listeners,
    }
}

/// Calls `on_show` when the page is shown again: restored from the
/// back-forward cache, or visible again after being hidden (a device waking
/// from sleep, a tab or window brought back), before the next timer tick.
pub fn on_shown_again(on_show: impl Fn() + 'static) -> Listening {
    let on_show = Rc::new(on_show);
    let listeners = web_sys::window()
        .map(|window| {
            let restored = {
                let on_show = on_show.clone();
                EventListener::new(&window, "pageshow", move |event| {
                    let persisted = event
                        .dyn_ref::<web_sys::PageTransitionEvent>()
                        .is_some_and(|event| event.persisted());
                    if persisted {
                        on_show();
                    }
                })
            };
            let mut listeners = vec![restored];
            if let Some(document) = window.document() {
                let visible = document.clone();
                listeners.push(EventListener::new(
                    &document,
                    "visibilitychange",
                    move |_| {
                        if !visible.hidden() {
                            on_show();
                        }
                    },
                ));
            }
            listeners
        })
        .unwrap_or_default();
    Listening {
        _listeners: listeners,
    }
}

/// Calls `on_change` with the key (`None` when another tab cleared all of
/// storage) whenever another tab of this site changes local storage.
pub fn on_storage_changed(on_change: impl Fn(Option<String>) + 'static) -> Listening {
    let listeners = web_sys::window()
        .map(|window| {
            vec![EventListener::new(&window, "storage", move |event| {
                if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                    on_change(event.key());
                }
            })]
        })
        .unwrap_or_default();
    Listening {
        _listeners: listeners,
    }
}

/// A call waiting for the next frame to be painted; dropping it cancels the call.
pub struct AfterPaint {
    frame: Option<i32>,
    _on_frame: Closure<dyn FnMut()>,
    timeout: Rc<RefCell<Option<Timeout>>>,
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let (Some(frame), Some(window)) = (self.frame, web_sys::window()) {
            let _ = window.cancel_animation_frame(frame);
        }
        self.timeout.borrow_mut().take();
    }
}

/// Calls `then` once the browser has painted the next frame: a timer started
/// in an animation frame runs after that frame's paint. Without animation
/// frames, after a zero timer.
pub fn after_paint(then: impl FnOnce() + 'static) -> AfterPaint {
    let timeout = Rc::new(RefCell::new(None));
    let then = Rc::new(RefCell::new(Some(then)));
    let run = {
        let then = then.clone();
        move || {
            if let Some(then) = then.borrow_mut().take() {
                then();
            }
        }
    };
    let on_frame = {
        let slot = timeout.clone();
        let run = run.clone();
        Closure::<dyn FnMut()>::new(move || {
            *slot.borrow_mut() = Some(Timeout::new(0, run.clone()));
        })
    };
    let frame = web_sys::window().and_then(|window| {
        window
            .request_animation_frame(on_frame.as_ref().unchecked_ref())
            .ok()
    });
    if frame.is_none() {
        *timeout.borrow_mut() = Some(Timeout::new(0, run));
    }
    AfterPaint {
        frame,
        _on_frame: on_frame,
        timeout,
    }
}

/// A timer that calls `tick` every `millis` milliseconds until dropped.
pub struct Repeating {
    _interval: Interval,
}

pub fn every(millis: u32, tick: impl FnMut() + 'static) -> Repeating {
    Repeating {
        _interval: Interval::new(millis, tick),
    }
}

/// Writes text to the clipboard; false when the browser refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Calls `on_follow` with the `href` of each plain click (main button, no
/// modifier key) on a link to another screen (`href="#/..."`) anywhere in the
/// document, instead of letting the browser follow it. Opening such a link in
/// a new tab, or any other link, is left to the browser.
pub fn on_screen_link_clicks(on_follow: impl Fn(String) + 'static) -> Listening {
    let listeners = web_sys::window()
        .and_then(|window| window.document())
        .map(|document| {
            let options = EventListenerOptions::enable_prevent_default();
            vec![EventListener::new_with_options(
                &document,
                "click",
                options,
                move |event| {
                    let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() else {
                        return;
                    };
                    let plain = click.button() == 0
                        && !(click.ctrl_key()
                            || click.meta_key()
                            || click.shift_key()
                            || click.alt_key());
                    if !plain || click.default_prevented() {
                        return;
                    }
                    let link = click
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .and_then(|element| element.closest("a[href^='#/']").ok().flatten());
                    if let Some(href) = link.and_then(|link| link.get_attribute("href")) {
                        click.prevent_default();
                        on_follow(href);
                    }
                },
            )]
        })
        .unwrap_or_default();
    Listening {
        _listeners: listeners,
    }
}
