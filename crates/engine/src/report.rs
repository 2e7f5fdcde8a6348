//! The result of one evaluation as a plain, serializable shape (feature
//! `serde`): what `skillcheck eval` prints as JSON, one object per profile.
//! The command line and any other wrapper of the engine (a JavaScript package)
//! serialize this one shape, so their outputs cannot drift apart. Every field
//! is owned text in the language asked for; facts are their JSON keys.

use serde::Serialize;

use crate::decide::{BenefitOutcome, Evaluation, ProgrammeOutcome, Reason, Status};
use crate::expr::Truth;
use crate::facts::{Fact, FactSet};
use crate::pack::{Lang, Reading, Recipient, RulePack};
use crate::profile::Profile;
use crate::Date;

/// Everything decided about one profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct EvaluationReport {
    pub rule_pack: PackReport,
    /// For someone the pack's scope rules out: where to ask instead.
    pub elsewhere: Option<String>,
    pub benefits: Vec<BenefitReport>,
    pub programmes: Vec<ProgrammeReport>,
    /// The departments for this person.
    pub contacts: Vec<ContactReport>,
    /// The unknown facts whose answers could still change an outcome, in asking order.
    pub next_questions: Vec<Fact>,
}

/// The rule pack an evaluation used, and whether its period had ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PackReport {
    pub id: String,
    pub number: String,
    pub title: String,
    pub issuer: String,
    pub issued: Date,
    pub effective: Date,
    pub period: PeriodReport,
    pub evaluated_on: Date,
    pub period_ended: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PeriodReport {
    pub start: Date,
    pub end: Date,
}

/// A clause, with its quoted text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ClauseReport {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub text: Option<String>,
}

/// The conditions met, not met and still open (or to confirm), as sentences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ReasonsReport {
    pub met: Vec<String>,
    pub not_met: Vec<String>,
    pub unknown: Vec<String>,
}

/// The one change of answer that would make a benefit eligible (or possible).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ChangeReport {
    pub fact: Fact,
    pub certain: bool,
    pub sentence: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ContactReport {
    pub id: String,
    pub name: String,
}

/// A reading of the plan a decision rests on, with what to confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ReadingReport {
    pub id: String,
    pub clause: String,
    pub quote: String,
    pub confirm: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BenefitReport {
    pub id: String,
    pub name: String,
    pub status: Status,
    pub recipient: Recipient,
    pub payment: String,
    pub fixed: String,
    pub clauses: Vec<ClauseReport>,
    pub reasons: ReasonsReport,
    pub missing: Vec<Fact>,
    pub change: Option<ChangeReport>,
    pub readings: Vec<ReadingReport>,
    pub confirm: Vec<String>,
    pub bring: Vec<String>,
    pub contacts: Vec<ContactReport>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ProgrammeReport {
    pub id: String,
    pub name: String,
    pub status: Status,
    pub summary: String,
    pub clauses: Vec<ClauseReport>,
    pub reasons: ReasonsReport,
    pub missing: Vec<Fact>,
    pub readings: Vec<ReadingReport>,
    pub contacts: Vec<ContactReport>,
}

/// A profile that could not be read, in a batch: which line, which key, why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ErrorReport {
    pub error: String,
    pub line: usize,
    pub key: Option<String>,
}

fn clauses(pack: &RulePack, ids: &[String], lang: Lang) -> Vec<ClauseReport> {
    ids.iter()
        .map(|id| {
            let clause = pack.clause(id);
            ClauseReport {
                id: id.clone(),
                title: clause.map(|clause| clause.title.get(lang).to_string()),
                text: clause.map(|clause| clause.text.clone()),
            }
        })
        .collect()
}

fn reasons(list: &[Reason], lang: Lang) -> ReasonsReport {
    let pick = |truth: Truth| -> Vec<String> {
        list.iter()
            .filter(|reason| reason.truth == truth)
            .map(|reason| reason.text(lang).to_string())
            .collect()
    };
    ReasonsReport {
        met: pick(Truth::Yes),
        not_met: pick(Truth::No),
        unknown: pick(Truth::Unknown),
    }
}

fn facts(set: FactSet) -> Vec<Fact> {
    set.iter().collect()
}

fn contacts(pack: &RulePack, ids: &[&str], lang: Lang) -> Vec<ContactReport> {
    ids.iter()
        .map(|id| ContactReport {
            id: id.to_string(),
            name: pack.department_name(id, lang).to_string(),
        })
        .collect()
}

fn readings(list: &[&Reading], lang: Lang) -> Vec<ReadingReport> {
    list.iter()
        .map(|reading| ReadingReport {
            id: reading.id.clone(),
            clause: reading.clause.clone(),
            quote: reading.quote.clone(),
            confirm: reading.confirm.get(lang).to_string(),
        })
        .collect()
}

fn benefit(
    pack: &RulePack,
    outcome: &BenefitOutcome<'_>,
    profile: &Profile,
    lang: Lang,
) -> BenefitReport {
    let benefit = outcome.benefit;
    BenefitReport {
        id: benefit.id.clone(),
        name: benefit.name.get(lang).to_string(),
        status: outcome.status,
        recipient: benefit.recipient,
        payment: benefit.payment.get(lang).to_string(),
        fixed: benefit.fixed.get(lang).to_string(),
        clauses: clauses(pack, &benefit.clauses, lang),
        reasons: reasons(&outcome.reasons(pack, profile), lang),
        missing: facts(outcome.missing),
        change: outcome
            .change_to_eligible(pack, profile)
            .map(|change| ChangeReport {
                fact: change.fact,
                certain: change.certain,
                sentence: if lang == Lang::Zh {
                    change.zh
                } else {
                    change.en
                },
            }),
        readings: readings(&outcome.readings(pack, profile), lang),
        confirm: benefit
            .confirm
            .iter()
            .map(|item| item.get(lang).to_string())
            .collect(),
        bring: benefit
            .bring
            .iter()
            .map(|item| item.get(lang).to_string())
            .collect(),
        contacts: contacts(pack, &outcome.contacts(pack, profile), lang),
    }
}

fn programme(
    pack: &RulePack,
    outcome: &ProgrammeOutcome<'_>,
    profile: &Profile,
    lang: Lang,
) -> ProgrammeReport {
    let programme = outcome.programme;
    ProgrammeReport {
        id: programme.id.clone(),
        name: programme.name.get(lang).to_string(),
        status: outcome.status,
        summary: programme.summary.get(lang).to_string(),
        clauses: clauses(pack, &programme.clauses, lang),
        reasons: reasons(&outcome.reasons(pack, profile), lang),
        missing: facts(outcome.missing),
        readings: readings(&outcome.readings(pack, profile), lang),
        contacts: contacts(pack, &outcome.contacts(pack, profile), lang),
    }
}

/// The whole result for one profile, in one language.
pub fn evaluation(evaluation: &Evaluation<'_>, profile: &Profile, lang: Lang) -> EvaluationReport {
    let pack = evaluation.pack;
    let document = &pack.document;
    let tie_refused = pack.every_benefit_requires.truth(profile) == Truth::No;
    EvaluationReport {
        rule_pack: PackReport {
            id: document.id.clone(),
            number: document.number.clone(),
            title: document.title.get(lang).to_string(),
            issuer: document.issuer.get(lang).to_string(),
            issued: document.issued,
            effective: document.effective,
            period: PeriodReport {
                start: document.period_start,
                end: document.period_end,
            },
            evaluated_on: evaluation.date,
            period_ended: evaluation.period_ended(),
        },
        elsewhere: tie_refused.then(|| pack.elsewhere.get(lang).to_string()),
        benefits: evaluation
            .benefits
            .iter()
            .map(|outcome| benefit(pack, outcome, profile, lang))
            .collect(),
        programmes: evaluation
            .programmes
            .iter()
            .map(|outcome| programme(pack, outcome, profile, lang))
            .collect(),
        contacts: contacts(pack, &evaluation.contacts(profile), lang),
        next_questions: facts(evaluation.next_questions),
    }
}
