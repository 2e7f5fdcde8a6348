//! The results: what the person can get, may get (to confirm), and what is
//! not for them; each with the plan's clause, the reasons, whom to contact
//! and what to bring or ask; then the programmes for their groups.

use skillcheck_engine::decide::{BenefitOutcome, ProgrammeOutcome};
use skillcheck_engine::pack::Clause;
use skillcheck_engine::{
    Answers, Date, Evaluation, FactSet, Lang, Profile, RulePack, Status, Truth,
};
use yew::prelude::*;

use crate::catalogue_source::Loaded;
use crate::components::institution_card::{institution_card, source_notice};
use crate::components::share::ShareSection;
use crate::i18n::{self, format_date, k, period_ended_text, pick, t, t_with};
use crate::route::Route;
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
                        k::RESULTS_FIT_PLANNED_LEVEL
                    } else {
                        k::RESULTS_FIT_PLANNED
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
        k::RESULTS_FITS,
        &[("reasons", &parts.join(pick(lang, "；", "; ")))],
    )
}

#[derive(PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub today: Date,
    pub answers: Answers,
    pub catalogue: Option<std::rc::Rc<Loaded>>,
    /// The page's address without query or fragment, for the share link.
    pub site: AttrValue,
    /// A shared kiosk: the share section shows only the QR code.
    pub kiosk: bool,
    pub on_start_again: Callback<()>,
    pub on_print: Callback<()>,
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
                <summary>{ t_with(lang, k::RESULTS_CLAUSE_TEXT, &[("id", id)]) }{ "：" }{ pick(lang, &clause.title.zh, &clause.title.en) }</summary>
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
            <p class="tag">{ t(lang, i18n::status_texts(outcome.status).2) }</p>
            <dl class="facts">
                <dt>{ t(lang, k::RESULTS_FIXED) }</dt>
                <dd>{ pick(lang, &benefit.fixed.zh, &benefit.fixed.en) }</dd>
                <dt>{ t(lang, k::RESULTS_PAYMENT) }</dt>
                <dd>{ pick(lang, &benefit.payment.zh, &benefit.payment.en) }</dd>
            </dl>
            <h4>{ t(lang, k::RESULTS_WHY) }</h4>
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
                <p class="declined">{ t_with(lang, k::RESULTS_DECLINED, &[("facts", &fact_terms(declined_here, lang))]) }</p>
            }
            if !missing_here.is_empty() {
                <p class="missing">{ t_with(lang, k::RESULTS_MISSING, &[("facts", &fact_terms(missing_here, lang))]) }</p>
            }
            if let Some(change) = change {
                <h4>{ t(lang, k::RESULTS_CHANGE) }</h4>
                <p class="change">{ pick(lang, &change.zh, &change.en) }</p>
            }
            <h4>{ t(lang, k::RESULTS_CLAUSES) }</h4>
            { for benefit.clauses.iter().map(|id| clause_details(lang, pack.clause(id), id)) }
            if open {
                <h4>{ t(lang, k::RESULTS_CONTACTS) }</h4>
                { contact_list(lang, pack, &outcome.contacts(pack, profile)) }
                <h4>{ t(lang, k::RESULTS_CONFIRM) }</h4>
                <ul>{ for benefit.confirm.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }</ul>
                <h4>{ t(lang, k::RESULTS_BRING) }</h4>
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
                <p class="tag">{ t(lang, k::RESULTS_PROGRAMME_MAYBE) }</p>
            }
            <p>{ pick(lang, &programme.summary.zh, &programme.summary.en) }</p>
            { for programme.clauses.iter().map(|id| clause_details(lang, pack.clause(id), id)) }
            <h4>{ t(lang, k::RESULTS_CONTACTS) }</h4>
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
                    <td>{ t(lang, i18n::status_texts(outcome.status).2) }</td>
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
            <h2>{ t(lang, k::PRINT_HEADING) }</h2>
            <p>{ as_of }</p>
            <p>{ t_with(lang, k::PRINT_VERSION, &[("pack", pack.id()), ("engine", skillcheck_engine::VERSION)]) }</p>
            <p class="print-note">{ t(lang, k::RESULTS_DISCLAIMER) }</p>
            if evaluation.period_ended() {
                <p class="print-note">{ period_ended_text(lang, pack) }</p>
            }
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, k::PRINT_BENEFIT) }</th>
                        <th scope="col">{ t(lang, k::PRINT_STATUS) }</th>
                        <th scope="col">{ t(lang, k::RESULTS_CLAUSES) }</th>
                        <th scope="col">{ t(lang, k::RESULTS_CONTACTS) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            if !not_for_you.is_empty() {
                <p>{ t(lang, k::RESULTS_NOT_ELIGIBLE) }{ pick(lang, "：", ": ") }{ not_for_you.join(pick(lang, "、", ", ")) }</p>
            }
            if !programmes.is_empty() {
                <p>{ t(lang, k::RESULTS_PROGRAMMES) }{ pick(lang, "：", ": ") }{ programmes.join(pick(lang, "、", ", ")) }</p>
            }
        </section>
    }
}

/// The screen (a function: it holds no state).
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
        let (heading, lead, _) = i18n::status_texts(status);
        html! {
            <section class={classes!("group", format!("group-{key}"))} aria-labelledby={format!("group-{key}")}>
                <h2 id={format!("group-{key}")}>{ t(lang, heading) }{ format!("（{}）", outcomes.len()) }</h2>
                if outcomes.is_empty() {
                    <p>{ t(lang, k::RESULTS_NONE) }</p>
                } else {
                    <p class="group-lead">{ t(lang, lead) }</p>
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
                <h2 id="group-institutions">{ t(lang, k::RESULTS_INSTITUTIONS) }</h2>
                { source_notice(lang, loaded) }
                if found.is_empty() {
                    <p>{ t(lang, k::RESULTS_NO_INSTITUTIONS) }</p>
                } else {
                    <p class="group-lead">{ t(lang, k::RESULTS_INSTITUTIONS_LEAD) }</p>
                    { for found.iter().take(shown).map(|found| {
                        let why = fit_text(lang, pack, &found.fits);
                        institution_card(lang, pack, found.institution, 3, html! { <p class="fit">{ why }</p> })
                    }) }
                }
                <p><a href={Route::Catalogue.to_hash()}>{ t(lang, k::RESULTS_ALL_INSTITUTIONS) }</a></p>
            </section>
        }
    });
    let as_of = t_with(
        lang,
        k::RESULTS_AS_OF,
        &[
            ("date", &format_date(lang, props.today)),
            (
                "pack",
                &format!("《{}》{}", document.title.zh, document.number),
            ),
        ],
    );
    let on_print = props.on_print.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, k::RESULTS_HEADING) }</h1>
            <p class="notice">{ t(lang, k::RESULTS_DISCLAIMER) }</p>
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
                    <h2 id="group-programmes">{ t(lang, k::RESULTS_PROGRAMMES) }</h2>
                    <p class="group-lead">{ t(lang, k::RESULTS_PROGRAMMES_LEAD) }</p>
                    { for programmes.iter().map(|outcome| programme_card(lang, pack, outcome, &profile)) }
                </section>
            }
            if !tie_refused {
                { for institutions }
                <section class="group" aria-labelledby="group-contacts">
                    <h2 id="group-contacts">{ t(lang, k::RESULTS_ALL_CONTACTS) }</h2>
                    { contact_list(lang, pack, &evaluation.contacts(&profile)) }
                </section>
            }
            <ShareSection lang={lang} site={props.site.clone()} code={props.answers.encode(pack.id())} kiosk={props.kiosk} />
            <p class="actions">
                <button type="button" class="button secondary" onclick={on_print}>{ t(lang, k::RESULTS_PRINT) }</button>
                <a class="button secondary" href={Route::Check.to_hash()}>{ t(lang, k::RESULTS_CHECK_ANSWERS) }</a>
                <button type="button" class="button warning-button" onclick={on_start_again}>{ t(lang, k::RESULTS_START_AGAIN) }</button>
            </p>
        </>
    }
}
