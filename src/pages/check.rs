//! "Check your answers": the answers page by page, each page with one change link.

use skillcheck_engine::decide::certificate_label;
use skillcheck_engine::{Answer, Answers, Fact, FactKind, Lang, Value};
use yew::prelude::*;

use crate::i18n::{self, k, label, pick, t, t_with};
use crate::interview::PageId;

#[derive(PartialEq)]
pub struct CheckProps {
    pub lang: Lang,
    pub answers: Answers,
    pub on_change: Callback<PageId>,
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
    let sections = PageId::all()
        .filter(|page| page.page().has_answers(&props.answers))
        .map(|page| {
            let title = t(lang, i18n::page_texts(page).0);
            let heading_id = format!("check-{}", page.key());
            let onclick = props.on_change.reform(move |_: MouseEvent| page);
            let rows = page.page().facts().iter().filter_map(|fact| {
                let answer = props.answers.get(*fact)?;
                Some(html! {
                    <div class="summary-row">
                        <dt>{ t(lang, i18n::fact_label(*fact)) }</dt>
                        <dd class="summary-answer">{ describe(*fact, answer, lang) }</dd>
                    </div>
                })
            });
            html! {
                <section class="summary-page" aria-labelledby={heading_id.clone()}>
                    <div class="summary-heading">
                        <h2 id={heading_id}>{ title }</h2>
                        <button type="button" class="link-button" {onclick}
                            aria-label={t_with(lang, k::CHECK_CHANGE_LABEL, &[("question", title)])}>
                            { t(lang, k::CHECK_CHANGE) }
                        </button>
                    </div>
                    <dl class="summary">{ for rows }</dl>
                </section>
            }
        });
    let on_results = props.on_results.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, k::CHECK_HEADING) }</h1>
            if props.answers.is_empty() {
                <p>{ t(lang, k::CHECK_NOTHING) }</p>
            } else {
                <p>{ t(lang, k::CHECK_LEAD) }</p>
                { for sections }
            }
            <button type="button" class="button primary" onclick={on_results}>{ t(lang, k::CHECK_SUBMIT) }</button>
        </>
    }
}
