//! The start screen: what the checker does and does not do, the privacy
//! promise, the plan it follows, and one start button.

use skillcheck_engine::{Date, Lang, RulePack};
use yew::prelude::*;

use crate::i18n::{format_date, pick, t, t_with};

/// "The plan period ended on …", shown on the start page, the results and the print view.
pub fn period_ended_text(lang: Lang, pack: &RulePack) -> String {
    t_with(
        lang,
        "start.period_ended",
        &[("end", &format_date(lang, pack.document.period_end))],
    )
}

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub today: Date,
    pub has_answers: bool,
    pub on_begin: Callback<()>,
}

#[function_component(StartPage)]
pub fn start_page(props: &StartProps) -> Html {
    let lang = props.lang;
    let document = &props.pack.document;
    let on_begin = {
        let on_begin = props.on_begin.clone();
        Callback::from(move |_: MouseEvent| on_begin.emit(()))
    };
    let ended = props.pack.period_ended(props.today);
    let button = if props.has_answers {
        "start.resume"
    } else {
        "start.button"
    };
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, "start.heading") }</h1>
            <p class="lead">{ t(lang, "start.lead") }</p>
            <ul class="promises">
                <li>{ t(lang, "start.not_decision") }</li>
                <li>{ t(lang, "start.privacy") }</li>
                <li>{ t(lang, "start.sensitive") }</li>
            </ul>
            <section class="plan" aria-labelledby="plan-label">
                <h2 id="plan-label" class="plan-label">{ t(lang, "start.based_on") }</h2>
                <p class="plan-title">{ format!("《{}》", document.title.zh) }</p>
                if lang == Lang::En {
                    <p class="plan-title-en">{ &document.title.en }</p>
                }
                <p class="doc-number">{ &document.number }</p>
                <p>{ t_with(lang, "start.period", &[
                    ("start", &document.period_start.year.to_string()),
                    ("end", &document.period_end.year.to_string()),
                ]) }</p>
                <p class="issuer">{ pick(lang, &document.issuer.zh, &document.issuer.en) }</p>
            </section>
            if ended {
                <p class="notice warning" role="note">{ period_ended_text(lang, props.pack) }</p>
            }
            <button type="button" class="button primary start" onclick={on_begin}>{ t(lang, button) }</button>
        </>
    }
}
