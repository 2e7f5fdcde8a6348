//! The results, made to be read on a phone: first how many benefits are for
//! the person, may be (to confirm) and are not; then each benefit they can or
//! may get as a short entry ending with its next step; then those not for
//! them, one line each; every why, clause and change one tap away in a
//! disclosure. Then the programmes for their groups, where to train, whom to
//! contact, what the result is and is not, share and print.
//!
//! A component, because it holds state: whether the page is being printed
//! (then every disclosure is open and each clause's text is printed once, at
//! the end). The decision is made once per set of answers and shared with
//! the entries, each a component holding whether its disclosure is open.

use std::rc::Rc;

use skillcheck_engine::catalogue::Fit;
use skillcheck_engine::decide::{BenefitOutcome, ProgrammeOutcome};
use skillcheck_engine::{Answers, Date, Evaluation, Lang, Profile, RulePack, Status, Truth};
use yew::prelude::*;

use crate::catalogue_source::Loaded;
use crate::components::benefit_entry::{BenefitEntry, Decided};
use crate::components::clauses::{clause_quotes, clause_texts};
use crate::components::institution_card::{institution_card, source_notice};
use crate::components::share::ShareSection;
use crate::hooks::{use_painted, use_print};
use crate::i18n::{format_date, k, pick, t, t_with, Key};
use crate::route::Route;

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

#[derive(Properties)]
pub struct ResultsProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub today: Date,
    pub answers: Answers,
    pub catalogue: Option<Rc<Loaded>>,
    /// The page's address without query or fragment, for the share link.
    pub site: AttrValue,
    /// A shared kiosk: the share section shows only the QR code.
    pub kiosk: bool,
    pub on_start_again: Callback<()>,
}

/// The pack and the catalogue are compared by address (the same pack is the
/// same data), which keeps a field-by-field comparison of a whole rule pack
/// out of the download.
impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        let same_catalogue = match (&self.catalogue, &other.catalogue) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        self.lang == other.lang
            && std::ptr::eq(self.pack, other.pack)
            && self.today == other.today
            && self.answers == other.answers
            && same_catalogue
            && self.site == other.site
            && self.kiosk == other.kiosk
            && self.on_start_again == other.on_start_again
    }
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

/// A group's heading: within the plan period, what the person can get; after
/// it, what the plan's text says (the plan cannot promise anything any more).
pub fn group_heading(status: Status, period_ended: bool) -> Key {
    match (status, period_ended) {
        (Status::Eligible, false) => k::RESULTS_ELIGIBLE,
        (Status::Eligible, true) => k::RESULTS_ELIGIBLE_ENDED,
        (Status::Unknown, false) => k::RESULTS_UNKNOWN,
        (Status::Unknown, true) => k::RESULTS_UNKNOWN_ENDED,
        (Status::NotEligible, _) => k::RESULTS_NOT_ELIGIBLE,
    }
}

/// The headline: how many benefits are for the person, may be, and are not.
pub fn tally(lang: Lang, pack: &RulePack, evaluation: &Evaluation<'_>) -> String {
    let count = |status: Status| {
        evaluation
            .benefits
            .iter()
            .filter(|outcome| outcome.status == status)
            .count()
            .to_string()
    };
    let counts = [
        ("eligible", count(Status::Eligible)),
        ("unknown", count(Status::Unknown)),
        ("not_eligible", count(Status::NotEligible)),
    ];
    let mut values: Vec<(&str, &str)> = counts
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    if evaluation.period_ended() {
        let end = format_date(lang, pack.document.period_end);
        values.push(("end", &end));
        t_with(lang, k::RESULTS_TALLY_ENDED, &values)
    } else {
        t_with(lang, k::RESULTS_TALLY, &values)
    }
}

/// A programme for the person's groups: its name and whom to contact are
/// the summary of a disclosure that holds what it is and its clauses.
fn programme_entry(
    lang: Lang,
    pack: &'static RulePack,
    outcome: &ProgrammeOutcome<'static>,
    profile: &Profile,
    printing: bool,
) -> Html {
    let programme = outcome.programme;
    let heading_id = format!("programme-{}", programme.id);
    let contacts: Vec<&str> = outcome
        .contacts(pack, profile)
        .into_iter()
        .map(|id| pack.department_name(id, lang))
        .collect();
    html! {
        <article class="programme" aria-labelledby={heading_id.clone()}>
            <details class="clause" open={printing}>
                <summary>
                    <span>
                        <h3 id={heading_id}>{ programme.name.get(lang) }</h3>
                        <span class="reason">
                            <span class="label">{ t(lang, k::RESULTS_CONTACTS) }{ pick(lang, "：", ": ") }</span>
                            { contacts.join(pick(lang, "、", "; ")) }
                        </span>
                    </span>
                </summary>
                <p>{ programme.summary.get(lang) }</p>
                { clause_quotes(lang, pack, &programme.clauses, printing) }
            </details>
        </article>
    }
}

/// Where to train: the matching institutions of the deployment's own list;
/// while only the labelled sample is loaded, none, and whom to ask.
fn institutions(
    lang: Lang,
    pack: &'static RulePack,
    loaded: &Loaded,
    evaluation: &Evaluation<'static>,
    profile: &Profile,
    printing: bool,
) -> Html {
    let all = (!printing).then(|| {
        html! { <a href={Route::Catalogue.to_hash()}>{ t(lang, k::RESULTS_ALL_INSTITUTIONS) }</a> }
    });
    let sample = loaded.catalogue.sample;
    // With only the sample loaded, the link ends the one sentence (a shorter page).
    let body = if sample {
        html! { <p>{ t(lang, k::RESULTS_INSTITUTIONS_SAMPLE) }{ " " }{ all.clone() }</p> }
    } else {
        let found =
            skillcheck_engine::catalogue::matches(&loaded.catalogue, pack, evaluation, profile);
        html! {
            <>
                { source_notice(lang, loaded) }
                if found.is_empty() {
                    <p>{ t(lang, k::RESULTS_NO_INSTITUTIONS) }</p>
                } else {
                    <p class="group-lead">{ t(lang, k::RESULTS_INSTITUTIONS_LEAD) }</p>
                    { for found.iter().take(MATCHES_SHOWN).map(|found| {
                        let why = fit_text(lang, pack, &found.fits);
                        institution_card(lang, pack, found.institution, 3, html! { <p class="fit">{ why }</p> })
                    }) }
                }
            </>
        }
    };
    html! {
        <section class="group institutions" aria-labelledby="group-institutions">
            <h2 id="group-institutions">{ t(lang, k::RESULTS_INSTITUTIONS) }</h2>
            { body }
            if !sample {
                if let Some(all) = all {
                    <p>{ all }</p>
                }
            }
        </section>
    }
}

#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let pack = props.pack;
    // Decided once per set of answers (and day), not on every render.
    let decided = use_memo(
        (pack.document.id.clone(), props.answers.clone(), props.today),
        move |(_, answers, today)| {
            let profile = answers.profile();
            let evaluation = skillcheck_engine::evaluate(pack, &profile, *today);
            Decided {
                profile,
                declined: answers.declined(),
                evaluation,
            }
        },
    );
    let printing = use_print();
    // The tap on "see results" draws the headline and the benefits one can or
    // may get; the rest follows once that is on screen (printing draws it all).
    let painted = use_painted();
    let whole = painted || printing.printing;
    let (profile, evaluation) = (&decided.profile, &decided.evaluation);
    let period_ended = evaluation.period_ended();
    let tie_refused = pack.every_benefit_requires.truth(profile) == Truth::No;
    let groups = grouped(evaluation).into_iter().filter(|(status, outcomes)| !outcomes.is_empty() && (whole || *status != Status::NotEligible)).map(|(status, outcomes)| {
        let id = format!("group-{}", status.id());
        let heading = t_with(
            lang,
            k::RESULTS_GROUP,
            &[
                ("heading", t(lang, group_heading(status, period_ended))),
                ("n", &outcomes.len().to_string()),
            ],
        );
        html! {
            <section class={classes!("group", id.clone())} aria-labelledby={id.clone()}>
                <h2 id={id}>{ heading }</h2>
                if status == Status::Unknown {
                    <p class="group-lead">{ t(lang, k::RESULTS_UNKNOWN_LEAD) }</p>
                }
                { for outcomes.iter().map(|outcome| {
                    let index = evaluation.benefits.iter().position(|other| std::ptr::eq(other, *outcome)).unwrap_or(0);
                    html! { <BenefitEntry key={index} {lang} decided={decided.clone()} {index} printing={printing.printing} /> }
                }) }
            </section>
        }
    });
    let programmes = shown_programmes(evaluation);
    let (sure_programmes, maybe_programmes): (Vec<_>, Vec<_>) = programmes
        .iter()
        .copied()
        .partition(|outcome| outcome.status == Status::Eligible);
    let document = &pack.document;
    let as_of = t_with(
        lang,
        k::RESULTS_AS_OF,
        &[
            ("date", &format_date(lang, props.today)),
            (
                "pack",
                &match lang {
                    Lang::Zh => format!("《{}》{}", document.title.zh, document.number),
                    Lang::En => format!("“{}” ({})", document.title.en, document.number),
                },
            ),
        ],
    );
    // Printed once at the end: the clauses of every benefit and programme shown.
    let cited = evaluation
        .benefits
        .iter()
        .flat_map(|outcome| outcome.benefit.clauses.iter())
        .chain(
            programmes
                .iter()
                .flat_map(|outcome| outcome.programme.clauses.iter()),
        )
        .map(|id| &**id);
    let on_start_again = props.on_start_again.reform(|_: MouseEvent| ());
    let on_print = printing.print.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, k::RESULTS_HEADING) }</h1>
            <p class="tally">{ tally(lang, pack, evaluation) }</p>
            if printing.printing && !tie_refused {
                // Said once on paper instead of in every next step.
                <p>{ t(lang, k::RESULTS_NEXT_ASK) }{ pick(lang, "：", ": ") }{ t(lang, if period_ended { k::RESULTS_NEXT_ASK_ENDED } else { k::RESULTS_NEXT_ASK_TEXT }) }</p>
            }
            if tie_refused {
                <p class="notice warning" role="note">{ pack.elsewhere.get(lang) }</p>
            }
            { for groups }
            if whole {
                <>
                    // The plan's own words a worker may not know, one sentence each.
                    <details class="more terms" open={printing.printing}>
                        <summary>{ t(lang, k::TERM_HEADING) }</summary>
                        <ul>
                            { for [k::TERM_EMPLOYMENT_FUND, k::TERM_PROJECT_TRAINING, k::TERM_AS_PRESCRIBED, k::TERM_INDUSTRY_DEPARTMENT, k::TERM_LEAD]
                                .into_iter().map(|key| html! { <li>{ t(lang, key) }</li> }) }
                        </ul>
                    </details>
                    <div class="about-result">
                        <p>{ t(lang, k::RESULTS_DISCLAIMER) }</p>
                        <p class="as-of">{ as_of }</p>
                        <p class="print-only">{ t_with(lang, k::PRINT_VERSION, &[("pack", pack.id()), ("engine", skillcheck_engine::VERSION)]) }</p>
                    </div>
                    if !programmes.is_empty() {
                        <section class="group programmes" aria-labelledby="group-programmes">
                            <h2 id="group-programmes">{ t(lang, k::RESULTS_PROGRAMMES) }</h2>
                            { for sure_programmes.iter().map(|outcome| programme_entry(lang, pack, outcome, profile, printing.printing)) }
                            if !maybe_programmes.is_empty() {
                                // Those that depend on what is not yet known: one line until opened.
                                <details class="more maybe-programmes" open={printing.printing}>
                                    <summary>{ t_with(lang, k::RESULTS_PROGRAMMES_MAYBE, &[("n", &maybe_programmes.len().to_string())]) }</summary>
                                    { for maybe_programmes.iter().map(|outcome| programme_entry(lang, pack, outcome, profile, printing.printing)) }
                                </details>
                            }
                        </section>
                    }
                    if !tie_refused {
                        if let Some(loaded) = &props.catalogue {
                            { institutions(lang, pack, loaded, evaluation, profile, printing.printing) }
                        }
                        <section class="group all-contacts" aria-labelledby="group-contacts">
                            <h2 id="group-contacts">{ t(lang, k::RESULTS_ALL_CONTACTS) }</h2>
                            <p>{ evaluation.contacts(profile).iter().map(|id| pack.department_name(id, lang)).collect::<Vec<_>>().join(pick(lang, "、", "; ")) }</p>
                        </section>
                    }
                    if printing.printing {
                        { clause_texts(lang, pack, cited) }
                    }
                    <ShareSection lang={lang} site={props.site.clone()} code={props.answers.encode(pack.id())} kiosk={props.kiosk} />
                    <p class="actions">
                        <button type="button" class="button secondary" onclick={on_print}>{ t(lang, k::RESULTS_PRINT) }</button>
                        <a class="button secondary" href={Route::Check.to_hash()}>{ t(lang, k::RESULTS_CHECK_ANSWERS) }</a>
                        <button type="button" class="button warning-button" onclick={on_start_again}>{ t(lang, k::RESULTS_START_AGAIN) }</button>
                    </p>
                </>
            }
        </>
    }
}
