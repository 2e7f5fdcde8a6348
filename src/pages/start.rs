//! The start screen: what the checker does and does not do, the privacy
//! promise, the plan it follows, and one start button. The same component
//! is rendered at build time, in both languages, into `index.html`
//! ([`StartScreen`], by `src/bin/render_start.rs`), so it paints before the
//! WebAssembly arrives and the app takes it over in place.

use skillcheck_engine::{Date, Lang, RulePack};
use yew::prelude::*;

use crate::components::masthead::{masthead, MastheadProps};
use crate::i18n::{k, period_ended_text, Words};

#[derive(PartialEq)]
pub struct StartProps {
    pub words: Words,
    pub pack: &'static RulePack,
    pub today: Date,
    pub has_answers: bool,
    pub on_begin: Callback<()>,
}

/// The start page (a function: it holds no state).
pub fn start_page(props: &StartProps) -> Html {
    let words = props.words;
    let document = &props.pack.document;
    let on_begin = props.on_begin.reform(|_: MouseEvent| ());
    let ended = props.pack.period_ended(props.today);
    let button = if props.has_answers {
        k::START_RESUME
    } else {
        k::START_BUTTON
    };
    // Before the app runs, boot.js shows "opening…" on the button when pressed.
    let (loading_zh, loading_en) = match words {
        Words::Both => (
            Some(crate::i18n::t(Lang::Zh, k::BOOT_OPENING)),
            Some(crate::i18n::t(Lang::En, k::BOOT_OPENING)),
        ),
        Words::One(_) => (None, None),
    };
    let plan_title_en = match words {
        Words::One(Lang::Zh) => html! {},
        Words::One(Lang::En) => html! { <p class="plan-title-en">{ &*document.title.en }</p> },
        Words::Both => {
            html! { <p class="plan-title-en only-en" lang="en">{ &*document.title.en }</p> }
        }
    };
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ words.text(k::START_HEADING) }</h1>
            <p class="lead">{ words.text(k::START_LEAD) }</p>
            <ul class="promises">
                <li>{ words.text(k::START_NOT_DECISION) }</li>
                <li>{ words.text(k::START_PRIVACY) }</li>
                <li>{ words.text(k::START_SENSITIVE) }</li>
            </ul>
            <section class="plan" aria-labelledby="plan-label">
                <h2 id="plan-label" class="plan-label">{ words.text(k::START_BASED_ON) }</h2>
                <p class="plan-title">{ format!("《{}》", document.title.zh) }</p>
                { plan_title_en }
                <p class="doc-number">{ &*document.number }</p>
                <p>{ words.text_with(k::START_PERIOD, |_| vec![
                    ("start", document.period_start.year.to_string()),
                    ("end", document.period_end.year.to_string()),
                ]) }</p>
                <p class="issuer">{ words.pick(&document.issuer.zh, &document.issuer.en) }</p>
            </section>
            if ended {
                <p class="notice warning" role="note">{ words.each_text(|lang| period_ended_text(lang, props.pack)) }</p>
            }
            <button type="button" class="button primary start" id="begin"
                data-loading-zh={loading_zh} data-loading-en={loading_en} onclick={on_begin}>
                { words.text(button) }
            </button>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub pack: &'static RulePack,
    /// The day of the build: the period notice shows when it is past the period.
    pub today: Date,
}

/// The whole start screen as the HTML carries it before the app runs: the
/// masthead and the start page, in both languages.
#[function_component(StartScreen)]
pub fn start_screen(props: &StartScreenProps) -> Html {
    html! {
        <div id="boot-start">
            { masthead(&MastheadProps {
                words: Words::Both,
                large_text: false,
                on_switch_language: Callback::noop(),
                on_large_text: Callback::noop(),
                on_skip: None,
            }) }
            <main id="main" class="page" tabindex="-1">
                <div class="notices"></div>
                { start_page(&StartProps {
                    words: Words::Both,
                    pack: props.pack,
                    today: props.today,
                    has_answers: false,
                    on_begin: Callback::noop(),
                }) }
            </main>
        </div>
    }
}
