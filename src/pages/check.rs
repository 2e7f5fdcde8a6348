//! "Check your answers": every answer given, each with a change link.

use skillcheck_engine::decide::certificate_label;
use skillcheck_engine::{Answer, Answers, Fact, FactKind, Lang, Value};
use yew::prelude::*;

use crate::i18n::{self, k, label, pick, t, t_with};

#[derive(PartialEq)]
pub struct CheckProps {
    pub lang: Lang,
    pub answers: Answers,
    pub on_change: Callback<Fact>,
    pub on_results: Callback<()>,
}

/// An answer in words.
pub fn describe(fact: Fact, answer: &Answer, lang: Lang) -> String {
    match answer {
        Answer::NotSure if fact.info().kind == FactKind::Certificate => {
            t(lang, k::Q_PLANNED_UNDECIDED).to_string()
        }
        Answer::NotSure => t(lang, k::Q_NOT_SURE).to_string(),
        Answer::PreferNotToSay => t(lang, k::Q_PREFER_NOT).to_string(),
        Answer::Given(Value::Bool(true)) => t(lang, k::Q_YES).to_string(),
        Answer::Given(Value::Bool(false)) => t(lang, k::Q_NO).to_string(),
        Answer::Given(Value::Choice(index)) => match fact.info().kind {
            FactKind::Choice(choices) => choices
                .get(*index as usize)
                .map(|choice| label(lang, choice.zh, choice.en))
                .unwrap_or_default(),
            _ => String::new(),
        },
        Answer::Given(Value::Certificates(list)) if list.is_empty() => {
            t(lang, k::CHECK_NONE).to_string()
        }
        Answer::Given(Value::Certificates(list)) => list
            .iter()
            .map(|certificate| certificate_label(certificate, lang))
            .collect::<Vec<_>>()
            .join(pick(lang, "、", "; ")),
        Answer::Given(Value::Certificate(certificate)) => certificate_label(certificate, lang),
    }
}

/// The screen (a function: it holds no state).
pub fn check_page(props: &CheckProps) -> Html {
    let lang = props.lang;
    let rows = props.answers.answered().map(|(fact, answer)| {
        let question = t(lang, i18n::question(fact).0);
        let onclick = {
            let on_change = props.on_change.clone();
            Callback::from(move |_: MouseEvent| on_change.emit(fact))
        };
        html! {
            <div class="summary-row">
                <dt>{ question }</dt>
                <dd class="summary-answer">{ describe(fact, answer, lang) }</dd>
                <dd class="summary-action">
                    <button type="button" class="link-button" {onclick}
                        aria-label={t_with(lang, k::CHECK_CHANGE_LABEL, &[("question", question)])}>
                        { t(lang, k::CHECK_CHANGE) }
                    </button>
                </dd>
            </div>
        }
    });
    let on_results = {
        let on_results = props.on_results.clone();
        Callback::from(move |_: MouseEvent| on_results.emit(()))
    };
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, k::CHECK_HEADING) }</h1>
            if props.answers.is_empty() {
                <p>{ t(lang, k::CHECK_NOTHING) }</p>
            } else {
                <p>{ t(lang, k::CHECK_LEAD) }</p>
                <dl class="summary">{ for rows }</dl>
            }
            <button type="button" class="button primary" onclick={on_results}>{ t(lang, k::CHECK_SUBMIT) }</button>
        </>
    }
}
