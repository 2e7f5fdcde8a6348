//! Reading the form control an event came from. The one part of `web` that
//! pages and components call directly: it reads a value and has no effect.

use wasm_bindgen::JsCast;
use yew::prelude::{Event, InputEvent};

/// The value of the text field or select an event came from.
pub fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return select.value();
    }
    String::new()
}

/// The value of the text field an input event came from.
pub fn input_value(event: &InputEvent) -> String {
    value_of(event)
}

/// Whether the checkbox an event came from is ticked.
pub fn is_checked(event: &Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// Whether the `<details>` a toggle event came from is open now.
pub fn is_open(event: &Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|details| details.has_attribute("open"))
}
