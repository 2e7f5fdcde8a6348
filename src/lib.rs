//! The Yew app: screens, components and the state reducer. Only this crate touches the DOM.
//!
//! For now it is the shell: the plan's title and document number, one line
//! saying what the checker does, and a start button that leads nowhere yet.

pub mod i18n;

use i18n::{Language, Text};
use yew::prelude::*;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let language = Language::default();
    let text = |key: Text| i18n::text(language, key);
    html! {
        <main class="shell">
            <h1>{ text(Text::PlanTitle) }</h1>
            <p class="doc-number">{ text(Text::PlanDocumentNumber) }</p>
            <p class="purpose">{ text(Text::CheckerPurpose) }</p>
            <button type="button" class="start">{ text(Text::StartButton) }</button>
        </main>
    }
}
