//! Drawing a long screen in two steps: what matters first, the rest once the
//! browser has painted it, so that the tap that opens the screen is not one
//! long task on a slow phone.

use yew::prelude::*;

use crate::web;

/// False for a screen's first render, true once the browser has painted it.
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |()| {
            let waiting = web::events::after_paint(move || painted.set(true));
            move || drop(waiting)
        });
    }
    *painted
}
