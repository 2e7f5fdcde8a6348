//! The skip link and the masthead: the service's name, the catalogue and
//! "about" links, the language switch and large text. Rendered by the app, and
//! at build time, in both languages, into the start screen of `index.html`
//! (`src/bin/render_start.rs`), where `boot.js` makes its buttons work before
//! the app arrives.

use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::i18n::{k, t, Words};
use crate::route::Route;

#[derive(PartialEq)]
pub struct MastheadProps {
    pub words: Words,
    pub large_text: bool,
    pub on_switch_language: Callback<()>,
    pub on_large_text: Callback<()>,
    /// The skip link: focus the main content without changing the address.
    pub on_skip: Option<Callback<MouseEvent>>,
}

/// The language switch: one button in the app; in the start screen of
/// `index.html`, one per language, of which `early.js` shows one.
fn language_switch(words: Words, on_switch: &Callback<()>) -> Html {
    let onclick = on_switch.reform(|_: MouseEvent| ());
    let button = |lang: Lang, id: &'static str, class: Classes| {
        // Written in the language it switches to, and named in the current one.
        let other = if lang == Lang::Zh { "en" } else { "zh-CN" };
        html! {
            <button type="button" class={class} id={id} lang={other}
                aria-label={t(lang, k::NAV_LANGUAGE_LABEL)} onclick={onclick.clone()}>
                { t(lang, k::NAV_LANGUAGE) }
            </button>
        }
    };
    match words {
        Words::One(lang) => button(lang, "toggle-language", classes!("toggle")),
        Words::Both => html! {
            <>
                { button(Lang::Zh, "boot-to-en", classes!("toggle", "only-zh")) }
                { button(Lang::En, "boot-to-zh", classes!("toggle", "only-en")) }
            </>
        },
    }
}

/// The skip link and the masthead (a function, not a component: it holds no state).
pub fn masthead(props: &MastheadProps) -> Html {
    let words = props.words;
    let on_large_text = props.on_large_text.reform(|_: MouseEvent| ());
    let (label_zh, label_en) = match words {
        Words::Both => (
            Some(t(Lang::Zh, k::NAV_SETTINGS)),
            Some(t(Lang::En, k::NAV_SETTINGS)),
        ),
        Words::One(_) => (None, None),
    };
    html! {
        <>
            <a class="skip-link" id="skip-link" href="#main" onclick={props.on_skip.clone()}>{ words.text(k::NAV_SKIP) }</a>
            <header class="masthead">
                <a class="brand" id="nav-home" href={Route::Start.to_hash()}>{ words.text(k::APP_TITLE) }</a>
                <nav aria-label={words.attribute(k::NAV_SETTINGS)} data-label-zh={label_zh} data-label-en={label_en}>
                    <a id="nav-catalogue" href={Route::Catalogue.to_hash()}>{ words.text(k::NAV_CATALOGUE) }</a>
                    <a id="nav-about" href={Route::About.to_hash()}>{ words.text(k::NAV_ABOUT) }</a>
                    { language_switch(words, &props.on_switch_language) }
                    <button type="button" class="toggle" id="toggle-large"
                        aria-pressed={props.large_text.to_string()} onclick={on_large_text}>
                        { words.text(k::NAV_LARGE_TEXT_ON) }
                    </button>
                </nav>
            </header>
        </>
    }
}
