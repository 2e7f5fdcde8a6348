//! One benefit on the results screen, short enough for a phone.
//!
//! A benefit the person can or may get: its name, the one line of what the
//! plan fixes about it, what is still open (for one to confirm), a disclosure
//! with the why, the clauses and what to confirm, and the "next step" box:
//! where to go, what to bring, and whom to ask whether the measure still runs.
//! A benefit that is not for them: its name, and a disclosure whose summary
//! is the one-line reason and whose body holds the whole why, the one change
//! that would make it possible, and the clauses.
//!
//! The disclosures' bodies are rendered only while they are open (or while
//! the page is printed): a closed one costs the page two elements. Each entry
//! is its own component holding whether its disclosure is open, so opening
//! one renders that entry again, not the page.
//!
//! Every entry carries the answer contract for automation and portals:
//! `data-benefit="<benefit id>"` and `data-status="eligible|unknown|not_eligible"`
//! (ARCHITECTURE.md).

use std::rc::Rc;

use skillcheck_engine::{
    fact_terms, BenefitOutcome, Evaluation, Fact, FactKind, FactSet, Lang, Profile, Reason,
    RulePack, Status, Truth,
};
use yew::prelude::*;

use crate::components::clauses::clauses;
use crate::i18n::{k, pick, t, t_with, Key};
use crate::web::form;

/// What every entry on the page shares.
pub struct EntryContext<'a> {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub profile: &'a Profile,
    /// The facts the person preferred not to give.
    pub declined: FactSet,
    /// The evaluation date is after the plan period.
    pub period_ended: bool,
    /// The page is being printed: every disclosure open, clauses as one line.
    pub printing: bool,
    /// A disclosure opened or closed: the benefit's place in the pack and
    /// whether it is open now.
    pub on_toggle: Callback<(usize, bool)>,
}

/// Whether a reason is about a yes/no group the person said they are not in
/// (the condition asks "yes", the answer was "no").
fn is_group_not_in(reason: &Reason, profile: &Profile) -> bool {
    reason.truth == Truth::No
        && reason.fact.is_some_and(|fact| {
            matches!(fact.info().kind, FactKind::Bool) && profile.flag(fact) == Some(false)
        })
}

/// Why a benefit is not for the person, in one line: the unmet conditions
/// (one sentence per fact);
/// several groups the person is not in are named together ("您不属于：A、B"),
/// or counted when there are more than three (each is listed in the details).
pub fn one_line_reason(lang: Lang, reasons: &[Reason], profile: &Profile) -> String {
    // One sentence per fact: a choice the condition reads twice is said once.
    let mut unmet: Vec<&Reason> = Vec::new();
    for reason in reasons.iter().filter(|reason| reason.truth == Truth::No) {
        if reason.fact.is_none() || !unmet.iter().any(|seen| seen.fact == reason.fact) {
            unmet.push(reason);
        }
    }
    let (groups, others): (Vec<&Reason>, Vec<&Reason>) = unmet
        .into_iter()
        .partition(|reason| is_group_not_in(reason, profile));
    let mut parts: Vec<String> = others
        .iter()
        .map(|reason| reason.text(lang).to_string())
        .collect();
    match groups.as_slice() {
        [] => {}
        [one] => parts.push(one.text(lang).to_string()),
        [_, _] | [_, _, _] => {
            let facts: Vec<Fact> = groups.iter().filter_map(|reason| reason.fact).collect();
            let names = fact_terms(&facts, lang, false);
            parts.push(t_with(lang, k::RESULTS_NONE_OF, &[("groups", &names)]));
        }
        more => parts.push(t_with(
            lang,
            k::RESULTS_NOT_IN_GROUPS,
            &[("n", &more.len().to_string())],
        )),
    }
    parts.join(pick(lang, "；", ". "))
}

fn list(items: impl Iterator<Item = String>) -> Html {
    html! { <ul>{ for items.map(|item| html! { <li>{ item }</li> }) }</ul> }
}

/// The reasons as a list: ✓ met, ✗ not met, ? not yet known.
fn reason_list(lang: Lang, reasons: &[Reason]) -> Html {
    html! {
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
    }
}

/// The body of an entry's disclosure.
fn details_body(cx: &EntryContext, outcome: &BenefitOutcome<'static>, reasons: &[Reason]) -> Html {
    let lang = cx.lang;
    let benefit = outcome.benefit;
    let not_eligible = outcome.status == Status::NotEligible;
    let change = outcome.change_to_eligible(cx.pack, cx.profile);
    html! {
        <div class="details-body">
            <dl class="facts">
                if not_eligible {
                    <dt>{ t(lang, k::RESULTS_FIXED) }</dt>
                    <dd>{ benefit.fixed.get(lang) }</dd>
                }
                <dt>{ t(lang, k::RESULTS_PAYMENT) }</dt>
                <dd>{ benefit.payment.get(lang) }</dd>
            </dl>
            <h4>{ t(lang, k::RESULTS_WHY) }</h4>
            { reason_list(lang, reasons) }
            if let Some(change) = change {
                // A change the person can make, or, when none would help, whom
                // the benefit is for.
                <h4>{ t(lang, if change.fact.is_some() { k::RESULTS_CHANGE } else { k::RESULTS_FOR_WHOM }) }</h4>
                <p class="change">{ pick(lang, &change.zh, &change.en) }</p>
            }
            if !cx.printing {
                <h4>{ t(lang, k::RESULTS_CLAUSES) }</h4>
            }
            { clauses(lang, cx.pack, &benefit.clauses, cx.printing) }
            if !not_eligible && !benefit.confirm.is_empty() {
                <h4>{ t(lang, k::RESULTS_CONFIRM) }</h4>
                { list(benefit.confirm.iter().map(|item| item.get(lang).to_string())) }
            }
        </div>
    }
}

/// The disclosure: a summary, and the body only while open or printed.
fn disclosure(
    cx: &EntryContext,
    outcome: &BenefitOutcome<'static>,
    reasons: &[Reason],
    (index, open): (usize, bool),
    summary: Html,
) -> Html {
    let ontoggle = cx
        .on_toggle
        .reform(move |event: Event| (index, form::is_open(&event)));
    html! {
        <details class="more" open={cx.printing} {ontoggle}>
            <summary>{ summary }</summary>
            if open || cx.printing {
                { details_body(cx, outcome, reasons) }
            }
        </details>
    }
}

/// "下一步": where to go, what to bring, and whom to ask whether it still runs.
fn next_step(cx: &EntryContext, outcome: &BenefitOutcome<'static>, reasons: &[Reason]) -> Html {
    let lang = cx.lang;
    let pack = cx.pack;
    let contacts: Vec<&str> = outcome
        .contacts(pack, cx.profile)
        .into_iter()
        .map(|id| pack.department_name(id, lang))
        .collect();
    // After the plan period: the plan has ended, and 12333 can say whether it still runs.
    let ask = t(
        lang,
        if cx.period_ended {
            k::RESULTS_NEXT_ASK_ENDED
        } else {
            k::RESULTS_NEXT_ASK_TEXT
        },
    );
    // A line about proof of one's group names the person's own groups (the engine fills it in).
    let bring = outcome.bring(reasons, cx.profile, lang);
    let row = |label: Key, text: String| {
        html! { <p><span class="label">{ t(lang, label) }{ pick(lang, "：", ": ") }</span>{ text }</p> }
    };
    html! {
        <div class="next-step">
            <h4>{ t(lang, k::RESULTS_NEXT) }</h4>
            { row(k::RESULTS_NEXT_WHERE, contacts.join(pick(lang, "、", "; "))) }
            if !bring.is_empty() {
                { row(k::RESULTS_NEXT_BRING, bring.join(pick(lang, "；", "; "))) }
            }
            { row(k::RESULTS_NEXT_ASK, ask.to_string()) }
        </div>
    }
}

/// What is still open about a benefit one may get: the facts not given, and
/// those not known.
fn still_open(cx: &EntryContext, outcome: &BenefitOutcome<'static>) -> Html {
    let lang = cx.lang;
    let mut declined = FactSet::EMPTY;
    let mut missing = FactSet::EMPTY;
    for fact in outcome.missing.iter() {
        if cx.declined.contains(fact) {
            declined.insert(fact);
        } else {
            missing.insert(fact);
        }
    }
    html! {
        <>
            if !declined.is_empty() {
                <p class="declined">{ t_with(lang, k::RESULTS_DECLINED, &[("facts", &fact_terms(&declined.iter().collect::<Vec<_>>(), lang, false))]) }</p>
            }
            if !missing.is_empty() {
                <p class="missing">{ t_with(lang, k::RESULTS_MISSING, &[("facts", &fact_terms(&missing.iter().collect::<Vec<_>>(), lang, false))]) }</p>
            }
        </>
    }
}

/// One benefit's entry: `index` is its place in the pack, `open` whether its
/// disclosure is open.
pub fn benefit_entry(
    cx: &EntryContext,
    outcome: &BenefitOutcome<'static>,
    index: usize,
    open: bool,
) -> Html {
    let lang = cx.lang;
    let benefit = outcome.benefit;
    let status = outcome.status.id();
    let heading_id = format!("benefit-{}", benefit.id);
    let reasons = outcome.reasons(cx.pack, cx.profile);
    let heading = html! { <h3 id={heading_id.clone()}>{ benefit.name.get(lang) }</h3> };
    let body = if outcome.status == Status::NotEligible {
        // Compact: the name and the one-line reason are the disclosure's summary.
        let reason = one_line_reason(lang, &reasons, cx.profile);
        let summary = html! {
            <span>
                { heading }
                <span class="reason">{ t_with(lang, k::RESULTS_WHY_NOT, &[("reason", &reason)]) }</span>
            </span>
        };
        disclosure(cx, outcome, &reasons, (index, open), summary)
    } else {
        let summary = html! { { t(lang, k::RESULTS_DETAILS) } };
        html! {
            <>
                { heading }
                <p class="fixed"><span class="label">{ t(lang, k::RESULTS_FIXED) }{ pick(lang, "：", ": ") }</span>{ benefit.fixed.get(lang) }</p>
                if outcome.status == Status::Unknown {
                    { still_open(cx, outcome) }
                }
                { disclosure(cx, outcome, &reasons, (index, open), summary) }
                { next_step(cx, outcome, &reasons) }
            </>
        }
    };
    html! {
        <article class={classes!("benefit", format!("status-{status}"))} aria-labelledby={heading_id}
            data-benefit={benefit.id.clone()} data-status={status}>
            { body }
        </article>
    }
}

/// What the results page decided once for all its entries: the person's
/// profile, the facts they preferred not to give, and the evaluation.
pub struct Decided {
    pub profile: Profile,
    pub declined: FactSet,
    pub evaluation: Evaluation<'static>,
}

#[derive(Properties)]
pub struct BenefitEntryProps {
    pub lang: Lang,
    pub decided: Rc<Decided>,
    /// The benefit's place in the pack (and in `decided.evaluation.benefits`).
    pub index: usize,
    pub printing: bool,
}

/// One decision is the same decision: compared by address, so that an entry
/// renders again only when the language, the answers or printing change.
impl PartialEq for BenefitEntryProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.decided, &other.decided)
            && self.index == other.index
            && self.printing == other.printing
    }
}

/// One benefit's entry as a component: it holds whether its disclosure is open.
#[function_component(BenefitEntry)]
pub fn benefit_entry_component(props: &BenefitEntryProps) -> Html {
    let open = use_state_eq(|| false);
    let decided = &props.decided;
    let evaluation = &decided.evaluation;
    let Some(outcome) = evaluation.benefits.get(props.index) else {
        return Html::default();
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |(_, now_open): (usize, bool)| open.set(now_open))
    };
    let cx = EntryContext {
        lang: props.lang,
        pack: evaluation.pack,
        profile: &decided.profile,
        declined: decided.declined,
        period_ended: evaluation.period_ended(),
        printing: props.printing,
        on_toggle,
    };
    benefit_entry(&cx, outcome, props.index, *open)
}
