//! Storage on this device, only when the person asked for it: the answers
//! (not those that came from a share link, unless the person kept them), the
//! language and the text size. Unticking, "clear my answers" and a clear in
//! another tab all erase it.

use yew::prelude::*;

use crate::state::Session;
use crate::{i18n, web};

/// Saves what the person asked this device to remember; erases it when they
/// untick or clear; tells `on_cleared_elsewhere` when another tab cleared it.
#[hook]
pub fn use_remembered(session: &Session, on_cleared_elsewhere: Callback<()>) {
    let answers =
        (session.started && !session.from_link).then(|| session.answers.encode(session.pack.id()));
    let previous = use_mut_ref(|| (session.remember, session.clears));
    use_effect_with(
        (session.remember, session.clears, answers, session.display),
        move |(remember, clears, answers, display)| {
            let (was_remembering, earlier_clears) = previous.replace((*remember, *clears));
            if *remember {
                web::storage::save(
                    answers.as_deref(),
                    i18n::tag(display.lang),
                    display.large_text,
                );
            } else if was_remembering || *clears != earlier_clears {
                web::storage::clear_all();
            }
        },
    );
    use_effect_with((), move |_| {
        let listening = web::events::on_storage_changed(move |key| {
            let about_remembering = key
                .as_deref()
                .is_none_or(|key| key == web::storage::REMEMBER);
            if about_remembering && !web::storage::remembering() {
                on_cleared_elsewhere.emit(());
            }
        });
        move || drop(listening)
    });
}
