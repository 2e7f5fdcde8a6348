//! In-page jumps (the skip link, an error summary's link) that move focus
//! without changing the address, so they add no history entry.

use yew::prelude::*;

use crate::web;

/// A click handler that focuses the element with this id instead of
/// following the link's `#fragment`.
#[hook]
pub fn use_jump(id: String) -> Callback<MouseEvent> {
    use_callback(id, |event: MouseEvent, id| {
        event.prevent_default();
        web::dom::focus(id);
    })
}

/// Moves focus to the element with this id each time `trigger` changes to a
/// value above zero (an error summary, each time Continue finds no answer).
#[hook]
pub fn use_focus_each(id: &'static str, trigger: u32) {
    use_effect_with(trigger, move |trigger| {
        if *trigger > 0 {
            web::dom::focus(id);
        }
    });
}

/// A callback that moves focus to the element with the given id once the
/// screen has been drawn again (for a field the person just asked for).
#[hook]
pub fn use_focus_request() -> Callback<String> {
    let target = use_state_eq(|| None::<String>);
    {
        let target = target.clone();
        use_effect_with((*target).clone(), move |id| {
            if let Some(id) = id {
                web::dom::focus(id);
                target.set(None);
            }
        });
    }
    Callback::from(move |id: String| target.set(Some(id)))
}
