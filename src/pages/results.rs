//! The results: what the person can get, may get (to confirm), and what is
//! not for them; each with the plan's clause, the reasons, whom to contact
//! and what to bring or ask; then the programmes for their groups.

use skillcheck_engine::decide::{BenefitOutcome, ProgrammeOutcome};
use skillcheck_engine::pack::Clause;
use skillcheck_engine::{
    Answers, Date, Evaluation, FactSet, Lang, Profile, RulePack, Status, Truth,
};
use yew::prelude::*;

use crate::i18n::{format_date, pick, t, t_with};
use crate::pages::catalogue::{institution_card, source_notice};
use crate::pages::share::ShareSection;
use crate::pages::start::period_ended_text;
use skillcheck_engine::catalogue::Fit;

/// How many matching institutions the results show (the catalogue screen has the rest).
const MATCHES_SHOWN: usize = 5;

/// Why an institution fits, in words.
fn fit_text(lang: Lang, pack: &RulePack, fits: &[Fit]) -> String {
    let parts: Vec<String> = fits
        .iter()
        .map(|fit| match fit {
            Fit::PlannedCertificate { occupation, level } => {
                let name = pack
                    .occupation(occupation)
                    .map_or(occupation.as_str(), |o| o.name.get(lang));
                t_with(
                    lang,
                    if *level {
                        "results.fit_planned_level"
                    } else {
                        "results.fit_planned"
                    },
                    &[("occupation", name)],
                )
            }
            Fit::Benefit(id) => pack
                .benefit(id)
                .map_or(id.clone(), |b| b.name.get(lang).to_string()),
            Fit::Programme(id) => pack
                .programmes
                .iter()
                .find(|p| p.id == *id)
                .map_or(id.clone(), |p| p.name.get(lang).to_string()),
            Fit::Group(fact) => pick(lang, fact.info().term_zh, fact.info().term_en).to_string(),
        })
        .collect();
    t_with(
        lang,
        "results.fits",
        &[("reasons", &parts.join(pick(lang, "；", "; ")))],
    )
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub today: Date,
    pub answers: Answers,
    pub catalogue: Option<std::rc::Rc<crate::catalogue_source::Loaded>>,
    pub on_start_again: Callback<()>,
}

/// The benefits split into the three groups the page shows, in pack order.
pub fn grouped<'e, 'p>(
    evaluation: &'e Evaluation<'p>,
) -> [(Status, Vec<&'e BenefitOutcome<'p>>); 3] {
    [Status::Eligible, Status::Unknown, Status::NotEligible].map(|status| {
        let outcomes = evaluation
            .benefits
            .iter()
            .filter(|outcome| outcome.status == status)
            .collect();
        (status, outcomes)
    })
}

/// The programmes worth showing: those that apply or may apply.
pub fn shown_programmes<'e, 'p>(evaluation: &'e Evaluation<'p>) -> Vec<&'e ProgrammeOutcome<'p>> {
    // Those that apply first, then those that may.
    [Status::Eligible, Status::Unknown]
        .iter()
        .flat_map(|status| {
            evaluation
                .programmes
                .iter()
                .filter(move |outcome| outcome.status == *status)
        })
        .collect()
}

fn fact_terms(set: FactSet, lang: Lang) -> String {
    set.iter()
        .map(|fact| pick(lang, fact.info().term_zh, fact.info().term_en).to_string())
        .collect::<Vec<_>>()
        .join(pick(lang, "、", "; "))
}

fn status_key(status: Status) -> &'static str {
    match status {
        Status::Eligible => "eligible",
        Status::Unknown => "unknown",
        Status::NotEligible => "not_eligible",
    }
}

fn clause_details(lang: Lang, clause: Option<&Clause>, id: &str) -> Html {
    match clause {
        Some(clause) => html! {
            <details class="clause">
                <summary>{ t_with(lang, "results.clause_text", &[("id", id)]) }{ "：" }{ pick(lang, &clause.title.zh, &clause.title.en) }</summary>
                <blockquote lang="zh-CN">{ &clause.text }</blockquote>
            </details>
        },
        None => html! { <p>{ id }</p> },
    }
}

fn contact_list(lang: Lang, pack: &RulePack, contacts: &[&str]) -> Html {
    html! {
        <ul class="contacts">
            { for contacts.iter().map(|id| html! { <li>{ pack.department_name(id, lang) }</li> }) }
        </ul>
    }
}

fn benefit_card(
    lang: Lang,
    pack: &'static RulePack,
    outcome: &BenefitOutcome<'static>,
    profile: &Profile,
    declined: FactSet,
) -> Html {
    let benefit = outcome.benefit;
    let status = status_key(outcome.status);
    let heading_id = format!("benefit-{}", benefit.id);
    let reasons = outcome.reasons(pack, profile);
    let change = outcome.change_to_eligible(pack, profile);
    let mut declined_here = FactSet::EMPTY;
    let mut missing_here = FactSet::EMPTY;
    for fact in outcome.missing.iter() {
        if declined.contains(fact) {
            declined_here.insert(fact);
        } else {
            missing_here.insert(fact);
        }
    }
    let open = outcome.status != Status::NotEligible;
    html! {
        <article class={classes!("benefit", format!("status-{status}"))} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ pick(lang, &benefit.name.zh, &benefit.name.en) }</h3>
            <p class="tag">{ t(lang, &format!("results.status.{status}")) }</p>
            <dl class="facts">
                <dt>{ t(lang, "results.fixed") }</dt>
                <dd>{ pick(lang, &benefit.fixed.zh, &benefit.fixed.en) }</dd>
                <dt>{ t(lang, "results.payment") }</dt>
                <dd>{ pick(lang, &benefit.payment.zh, &benefit.payment.en) }</dd>
            </dl>
            <h4>{ t(lang, "results.why") }</h4>
            <ul class="reasons">
                { for reasons.iter().map(|reason| {
                    let (class, mark) = match reason.truth {
                        Truth::Yes => ("met", "✓"),
                        Truth::No => ("not-met", "✗"),
                        Truth::Unknown => ("open", "?"),
                    };
                    html! { <li class={class}><span class="mark" aria-hidden="true">{ mark }</span>{ reason.text(lang) }</li> }
                }) }
            </ul>
            if !declined_here.is_empty() {
                <p class="declined">{ t_with(lang, "results.declined", &[("facts", &fact_terms(declined_here, lang))]) }</p>
            }
            if !missing_here.is_empty() {
                <p class="missing">{ t_with(lang, "results.missing", &[("facts", &fact_terms(missing_here, lang))]) }</p>
            }
            if let Some(change) = change {
                <h4>{ t(lang, "results.change") }</h4>
                <p class="change">{ pick(lang, &change.zh, &change.en) }</p>
            }
            <h4>{ t(lang, "results.clauses") }</h4>
            { for benefit.clauses.iter().map(|id| clause_details(lang, pack.clause(id), id)) }
            if open {
                <h4>{ t(lang, "results.contacts") }</h4>
                { contact_list(lang, pack, &outcome.contacts(pack, profile)) }
                <h4>{ t(lang, "results.confirm") }</h4>
                <ul>{ for benefit.confirm.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }</ul>
                <h4>{ t(lang, "results.bring") }</h4>
                <ul>{ for benefit.bring.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }</ul>
            }
        </article>
    }
}

fn programme_card(
    lang: Lang,
    pack: &'static RulePack,
    outcome: &ProgrammeOutcome<'static>,
    profile: &Profile,
) -> Html {
    let programme = outcome.programme;
    html! {
        <article class="programme" aria-labelledby={format!("programme-{}", programme.id)}>
            <h3 id={format!("programme-{}", programme.id)}>{ pick(lang, &programme.name.zh, &programme.name.en) }</h3>
            if outcome.status == Status::Unknown {
                <p class="tag">{ t(lang, "results.programme_maybe") }</p>
            }
            <p>{ pick(lang, &programme.summary.zh, &programme.summary.en) }</p>
            { for programme.clauses.iter().map(|id| clause_details(lang, pack.clause(id), id)) }
            <h4>{ t(lang, "results.contacts") }</h4>
            { contact_list(lang, pack, &outcome.contacts(pack, profile)) }
        </article>
    }
}

/// The results on one printed A4 page: shown only in print, where the
/// interactive page is hidden (styles/main.css, `@media print`).
fn print_summary(
    lang: Lang,
    pack: &RulePack,
    evaluation: &Evaluation<'_>,
    profile: &Profile,
    as_of: String,
) -> Html {
    let rows = evaluation
        .benefits
        .iter()
        .filter(|outcome| outcome.status != Status::NotEligible)
        .map(|outcome| {
            let contacts: Vec<&str> = outcome
                .contacts(pack, profile)
                .into_iter()
                .map(|id| pack.department_name(id, lang))
                .collect();
            html! {
                <tr>
                    <td>{ outcome.benefit.name.get(lang) }</td>
                    <td>{ t(lang, &format!("results.status.{}", status_key(outcome.status))) }</td>
                    <td>{ outcome.benefit.clauses.join(pick(lang, "、", ", ")) }</td>
                    <td>{ contacts.join(pick(lang, "、", ", ")) }</td>
                </tr>
            }
        });
    let not_for_you: Vec<&str> = evaluation
        .benefits
        .iter()
        .filter(|outcome| outcome.status == Status::NotEligible)
        .map(|outcome| outcome.benefit.name.get(lang))
        .collect();
    let programmes: Vec<&str> = shown_programmes(evaluation)
        .iter()
        .map(|outcome| outcome.programme.name.get(lang))
        .collect();
    html! {
        <section class="print-summary">
            <h2>{ t(lang, "print.heading") }</h2>
            <p>{ as_of }</p>
            <p>{ t_with(lang, "print.version", &[("pack", pack.id()), ("engine", skillcheck_engine::VERSION)]) }</p>
            <p class="print-note">{ t(lang, "results.disclaimer") }</p>
            if evaluation.period_ended() {
                <p class="print-note">{ period_ended_text(lang, pack) }</p>
            }
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, "print.benefit") }</th>
                        <th scope="col">{ t(lang, "print.status") }</th>
                        <th scope="col">{ t(lang, "results.clauses") }</th>
                        <th scope="col">{ t(lang, "results.contacts") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            if !not_for_you.is_empty() {
                <p>{ t(lang, "results.not_eligible") }{ pick(lang, "：", ": ") }{ not_for_you.join(pick(lang, "、", ", ")) }</p>
            }
            if !programmes.is_empty() {
                <p>{ t(lang, "results.programmes") }{ pick(lang, "：", ": ") }{ programmes.join(pick(lang, "、", ", ")) }</p>
            }
        </section>
    }
}

#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let pack = props.pack;
    let profile = props.answers.profile();
    let evaluation = skillcheck_engine::evaluate(pack, &profile, props.today);
    let declined = props.answers.declined();
    let tie_refused = pack.every_benefit_requires.truth(&profile) == Truth::No;
    let document = &pack.document;
    let on_start_again = {
        let callback = props.on_start_again.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    let groups = grouped(&evaluation).into_iter().map(|(status, outcomes)| {
        let key = status_key(status);
        html! {
            <section class={classes!("group", format!("group-{key}"))} aria-labelledby={format!("group-{key}")}>
                <h2 id={format!("group-{key}")}>{ t(lang, &format!("results.{key}")) }{ format!("（{}）", outcomes.len()) }</h2>
                if outcomes.is_empty() {
                    <p>{ t(lang, "results.none") }</p>
                } else {
                    <p class="group-lead">{ t(lang, &format!("results.{key}_lead")) }</p>
                    { for outcomes.iter().map(|outcome| benefit_card(lang, pack, outcome, &profile, declined)) }
                }
            </section>
        }
    });
    let programmes = shown_programmes(&evaluation);
    let institutions = props.catalogue.as_ref().map(|loaded| {
        let found = skillcheck_engine::catalogue::matches(&loaded.catalogue, pack, &evaluation, &profile);
        let shown = found.len().min(MATCHES_SHOWN);
        html! {
            <section class="group" aria-labelledby="group-institutions">
                <h2 id="group-institutions">{ t(lang, "results.institutions") }</h2>
                { source_notice(lang, loaded) }
                if found.is_empty() {
                    <p>{ t(lang, "results.no_institutions") }</p>
                } else {
                    <p class="group-lead">{ t(lang, "results.institutions_lead") }</p>
                    { for found.iter().take(shown).map(|found| {
                        let why = fit_text(lang, pack, &found.fits);
                        institution_card(lang, pack, found.institution, html! { <p class="fit">{ why }</p> })
                    }) }
                }
                <p><a href="#/catalogue">{ t(lang, "results.all_institutions") }</a></p>
            </section>
        }
    });
    let as_of = t_with(
        lang,
        "results.as_of",
        &[
            ("date", &format_date(lang, props.today)),
            (
                "pack",
                &format!("《{}》{}", document.title.zh, document.number),
            ),
        ],
    );
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, "results.heading") }</h1>
            <p class="notice">{ t(lang, "results.disclaimer") }</p>
            <p class="as-of">{ as_of.clone() }</p>
            { print_summary(lang, pack, &evaluation, &profile, as_of) }
            if evaluation.period_ended() {
                <p class="notice warning" role="note">{ period_ended_text(lang, pack) }</p>
            }
            if tie_refused {
                <p class="notice warning" role="note">{ pack.elsewhere.get(lang) }</p>
            }
            { for groups }
            if !programmes.is_empty() {
                <section class="group" aria-labelledby="group-programmes">
                    <h2 id="group-programmes">{ t(lang, "results.programmes") }</h2>
                    <p class="group-lead">{ t(lang, "results.programmes_lead") }</p>
                    { for programmes.iter().map(|outcome| programme_card(lang, pack, outcome, &profile)) }
                </section>
            }
            if !tie_refused {
                { for institutions }
                <section class="group" aria-labelledby="group-contacts">
                    <h2 id="group-contacts">{ t(lang, "results.all_contacts") }</h2>
                    { contact_list(lang, pack, &evaluation.contacts(&profile)) }
                </section>
            }
            <ShareSection lang={lang} code={props.answers.encode(pack.id())} />
            <p class="actions">
                <button type="button" class="button secondary" onclick={on_print}>{ t(lang, "results.print") }</button>
                <a class="button secondary" href="#/check">{ t(lang, "results.check_answers") }</a>
                <button type="button" class="button warning-button" onclick={on_start_again}>{ t(lang, "results.start_again") }</button>
            </p>
        </>
    }
}
