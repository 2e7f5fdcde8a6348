//! The plan's clauses as the results show them: on screen, one disclosure
//! per clause with its text; in print, one line naming the clauses, and each
//! clause's text once at the end ([`clause_texts`]), so a clause cited by
//! five benefits is printed once.

use skillcheck_engine::stored::Str;
use skillcheck_engine::{Lang, RulePack};
use yew::prelude::*;

use crate::i18n::{k, pick, t, t_with};

/// One clause's disclosure: its id and title, opening on its text.
fn clause_details(lang: Lang, pack: &RulePack, id: &str) -> Html {
    match pack.clause(id) {
        Some(clause) => html! {
            <details class="clause">
                <summary>{ t_with(lang, k::RESULTS_CLAUSE_TEXT, &[("id", id), ("title", clause.title.get(lang))]) }</summary>
                <blockquote lang="zh-CN">{ &*clause.text }</blockquote>
            </details>
        },
        None => html! { <p>{ id }</p> },
    }
}

/// "四（一）落实职业培训补贴政策" / "Subsidies for vocational training (四（一）)":
/// in English the plan's own reference follows the English title in brackets.
fn clause_name(lang: Lang, pack: &RulePack, id: &str) -> String {
    match (pack.clause(id), lang) {
        (Some(clause), Lang::Zh) => format!("{id}{}", clause.title.zh),
        (Some(clause), Lang::En) => format!("{} ({id})", clause.title.en),
        (None, _) => id.to_string(),
    }
}

/// The clauses of a benefit or programme: on screen each opens on its text;
/// in print one line, the texts being printed once at the end.
pub fn clauses(lang: Lang, pack: &RulePack, ids: &[Str], printing: bool) -> Html {
    if printing {
        // The ids only: the titles and texts are printed once, at the end.
        html! {
            <p class="clause-refs">{ t_with(lang, k::RESULTS_CLAUSE_REFS, &[("clauses", &ids.join(pick(lang, "、", ", ")))]) }</p>
        }
    } else {
        html! { <>{ for ids.iter().map(|id| clause_details(lang, pack, id)) }</> }
    }
}

/// Clauses quoted one after the other (inside a disclosure that is already
/// one tap away); in print, one line.
pub fn clause_quotes(lang: Lang, pack: &RulePack, ids: &[Str], printing: bool) -> Html {
    if printing {
        return clauses(lang, pack, ids, true);
    }
    html! {
        <>
            { for ids.iter().filter_map(|id| pack.clause(id).map(|clause| html! {
                <>
                    <p class="clause-title">{ clause_name(lang, pack, id) }</p>
                    <blockquote lang="zh-CN">{ &*clause.text }</blockquote>
                </>
            })) }
        </>
    }
}

/// Every clause in `ids` once, in the order first cited, with its text: the
/// end of the printed results.
pub fn clause_texts<'a>(lang: Lang, pack: &RulePack, ids: impl Iterator<Item = &'a str>) -> Html {
    let mut seen: Vec<&str> = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    html! {
        <section class="group clause-texts" aria-labelledby="group-clause-texts">
            <h2 id="group-clause-texts">{ t(lang, k::RESULTS_CLAUSES_TEXT) }</h2>
            { for seen.iter().filter_map(|id| pack.clause(id).map(|clause| html! {
                <>
                    <h3>{ clause_name(lang, pack, id) }</h3>
                    <blockquote lang="zh-CN">{ &*clause.text }</blockquote>
                </>
            })) }
        </section>
    }
}
