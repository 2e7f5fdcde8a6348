//! Printing the results with every disclosure open.
//!
//! The results render a disclosure's body only while it is open, so the
//! printed page must be told: `printing` is true from the browser's
//! `beforeprint` to its `afterprint` (Ctrl+P, the browser's menu), and from a
//! press of the page's own print button until its print dialog closes. The
//! button asks for the dialog only after the page has rendered everything
//! open, in an effect.

use yew::prelude::*;

use crate::web;

/// Whether the page is being printed, and the callback of the print button.
#[derive(Clone, PartialEq)]
pub struct Printing {
    pub printing: bool,
    pub print: Callback<()>,
}

#[hook]
pub fn use_print() -> Printing {
    // 0: not printing; 1: the browser is printing; 2: the print button was
    // pressed, and its dialog opens after the next render.
    let state = use_state_eq(|| 0_u8);
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let before = state.clone();
            let listening = (
                web::events::on_window(&["beforeprint"], move || before.set(1)),
                web::events::on_window(&["afterprint"], move || state.set(0)),
            );
            move || drop(listening)
        });
    }
    {
        let state = state.clone();
        use_effect_with(*state, move |now| {
            if *now == 2 {
                web::dom::print();
                // The page has been laid out for print by the time print()
                // returns; not every browser sends afterprint after a print
                // the page asked for (headless Chromium does not).
                state.set(0);
            }
        });
    }
    Printing {
        printing: *state != 0,
        print: Callback::from(move |()| state.set(2)),
    }
}
