//! Copying a link to the clipboard, with the outcome to show.

use yew::prelude::*;

use crate::web;

/// What happened to the last copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    Not,
    Yes,
    /// The clipboard refused (a sandboxed frame, an old browser): the field
    /// with id `fallback_field` is selected instead, for the person to copy.
    Failed,
}

/// The outcome of the last copy, and the callback that copies a text.
#[hook]
pub fn use_clipboard(fallback_field: &'static str) -> (Copied, Callback<String>) {
    let copied = use_state_eq(|| Copied::Not);
    let copy = {
        let copied = copied.clone();
        Callback::from(move |text: String| {
            let copied = copied.clone();
            web::spawn(async move {
                let done = web::events::copy_to_clipboard(&text).await;
                if !done {
                    web::dom::select_text(fallback_field);
                }
                copied.set(if done { Copied::Yes } else { Copied::Failed });
            });
        })
    };
    (*copied, copy)
}
