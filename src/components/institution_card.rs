//! How the institution list is shown wherever it appears (the catalogue, one
//! institution, the results): what is said about where it came from, and a
//! short card for one institution.

use skillcheck_engine::catalogue::Institution;
use skillcheck_engine::{Lang, RulePack};
use yew::prelude::*;

use crate::catalogue_source::{Fallback, Loaded};
use crate::i18n::{k, label, pick, t, t_with};
use crate::route::Route;

/// Why the sample stands in for the deployment's list, in words. The
/// address is never repeated: it may come from the page's query.
fn fallback_text(lang: Lang, fallback: &Fallback) -> Html {
    match fallback {
        Fallback::OtherOrigin => html! { <p>{ t(lang, k::CATALOGUE_FALLBACK_OTHER_ORIGIN) }</p> },
        Fallback::Unreachable => html! { <p>{ t(lang, k::CATALOGUE_FALLBACK_UNREACHABLE) }</p> },
        Fallback::Status(status) => html! {
            <p>{ t_with(lang, k::CATALOGUE_FALLBACK_STATUS, &[("status", &status.to_string())]) }</p>
        },
        Fallback::Invalid(problems) => html! {
            <>
                <p>{ t(lang, k::CATALOGUE_FALLBACK_INVALID) }</p>
                <ul>
                    { for problems.iter().map(|problem| html! { <li class="problem-text">{ problem_text(lang, problem) }</li> }) }
                </ul>
            </>
        },
    }
}

fn problem_text(lang: Lang, problem: &skillcheck_engine::catalogue::Problem) -> String {
    t_with(
        lang,
        k::CATALOGUE_PROBLEM_LINE,
        &[
            ("line", &problem.line.to_string()),
            ("message", &problem.message),
        ],
    )
}

/// What is said about where the list comes from, on every screen that shows it.
pub fn source_notice(lang: Lang, loaded: &Loaded) -> Html {
    html! {
        <>
            if loaded.catalogue.sample {
                <p class="notice warning sample-notice" role="note">{ t(lang, k::CATALOGUE_SAMPLE) }</p>
            }
            if let Some(fallback) = &loaded.fallback {
                <div class="notice warning" role="alert">
                    <p>{ t(lang, k::CATALOGUE_FALLBACK) }</p>
                    { fallback_text(lang, fallback) }
                </div>
            }
            if !loaded.problems.is_empty() {
                <details class="notice problems">
                    <summary>{ t_with(lang, k::CATALOGUE_PROBLEMS, &[("n", &loaded.problems.len().to_string())]) }</summary>
                    <ul>
                        { for loaded.problems.iter().map(|problem| html! { <li class="problem-text">{ problem_text(lang, problem) }</li> }) }
                    </ul>
                </details>
            }
        </>
    }
}

/// An institution's name in a language (the Chinese one when it has no English name).
pub fn institution_name(lang: Lang, institution: &Institution) -> String {
    match (lang, &institution.name_en) {
        (Lang::En, Some(name_en)) => name_en.clone(),
        _ => institution.name_zh.clone(),
    }
}

/// A short card for one institution, linking to its page. Its name is a
/// heading at `level` (2 on the catalogue, under its h1; 3 inside a section).
pub fn institution_card(
    lang: Lang,
    pack: &RulePack,
    institution: &Institution,
    level: u8,
    extra: Html,
) -> Html {
    let kind = institution.kind.label();
    let mut fields: Vec<String> = Vec::new();
    for project in &institution.projects {
        if let Some(occupation) = pack.occupation(&project.occupation) {
            let name = label(lang, &occupation.name.zh, &occupation.name.en);
            if !fields.contains(&name) {
                fields.push(name);
            }
        }
    }
    html! {
        <article class="institution" aria-labelledby={format!("institution-{}", institution.id)}>
            <@{format!("h{level}")} id={format!("institution-{}", institution.id)}>
                <a href={Route::Institution(institution.id.clone()).to_hash()}>{ institution_name(lang, institution) }</a>
            </@>
            <p class="meta">{ format!("{} · {}", kind.get(lang), institution.township) }</p>
            <p>{ fields.join(pick(lang, "、", ", ")) }</p>
            { extra }
        </article>
    }
}
