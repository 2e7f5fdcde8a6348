//! The result of one evaluation as a plain, serializable shape (feature
//! `serde`): what `skillcheck eval` prints as JSON, one object per profile.
//! The command line and any other wrapper of the engine (a JavaScript package)
//! serialize this one shape, so their outputs cannot drift apart. Every field
//! is text in the language asked for, borrowed from the pack where the pack
//! says it (names, clauses, readings) and made for this profile where it
//! cannot be (reasons, the change); facts are their JSON keys.

use serde::Serialize;

use crate::decide::{BenefitOutcome, Evaluation, ProgrammeOutcome, Reason, Status};
use crate::expr::Truth;
use crate::facts::{Fact, FactSet};
use crate::pack::{Lang, Reading, Recipient, RulePack};
use crate::profile::Profile;
use crate::stored::Str;
use crate::Date;

/// Everything decided about one profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct EvaluationReport<'a> {
    pub rule_pack: PackReport<'a>,
    /// For someone the pack's scope rules out: where to ask instead.
    pub elsewhere: Option<&'a str>,
    pub benefits: Vec<BenefitReport<'a>>,
    pub programmes: Vec<ProgrammeReport<'a>>,
    /// The departments for this person.
    pub contacts: Vec<ContactReport<'a>>,
    /// The unknown facts whose answers could still change an outcome, in asking order.
    pub next_questions: Vec<Fact>,
}

/// The rule pack an evaluation used, and whether its period had ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PackReport<'a> {
    pub id: &'a str,
    pub number: &'a str,
    pub title: &'a str,
    pub issuer: &'a str,
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
pub struct ClauseReport<'a> {
    pub id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub text: Option<&'a str>,
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
    /// The answer to change; `null` when the sentence says whom the benefit is for.
    pub fact: Option<Fact>,
    pub certain: bool,
    pub sentence: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ContactReport<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

/// A reading of the plan a decision rests on, with what to confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ReadingReport<'a> {
    pub id: &'a str,
    pub clause: &'a str,
    pub quote: &'a str,
    pub confirm: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BenefitReport<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub status: Status,
    pub recipient: Recipient,
    pub payment: &'a str,
    pub fixed: &'a str,
    pub clauses: Vec<ClauseReport<'a>>,
    pub reasons: ReasonsReport,
    pub missing: Vec<Fact>,
    pub change: Option<ChangeReport>,
    pub readings: Vec<ReadingReport<'a>>,
    pub confirm: Vec<&'a str>,
    pub bring: Vec<String>,
    pub contacts: Vec<ContactReport<'a>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ProgrammeReport<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub status: Status,
    pub summary: &'a str,
    pub clauses: Vec<ClauseReport<'a>>,
    pub reasons: ReasonsReport,
    pub missing: Vec<Fact>,
    pub readings: Vec<ReadingReport<'a>>,
    pub contacts: Vec<ContactReport<'a>>,
}

/// A profile that could not be read, in a batch: which line, which key, why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ErrorReport {
    pub error: String,
    pub line: usize,
    pub key: Option<String>,
}

fn clauses<'a>(pack: &'a RulePack, ids: &'a [Str], lang: Lang) -> Vec<ClauseReport<'a>> {
    ids.iter()
        .map(|id| {
            let clause = pack.clause(id);
            ClauseReport {
                id,
                title: clause.map(|clause| clause.title.get(lang)),
                text: clause.map(|clause| &*clause.text),
            }
        })
        .collect()
}

/// The sentences of each truth, moved out of the reasons (no copy).
fn reasons(list: Vec<Reason>, lang: Lang) -> ReasonsReport {
    let mut report = ReasonsReport {
        met: Vec::new(),
        not_met: Vec::new(),
        unknown: Vec::new(),
    };
    for reason in list {
        let text = match lang {
            Lang::Zh => reason.zh,
            Lang::En => reason.en,
        };
        match reason.truth {
            Truth::Yes => report.met.push(text),
            Truth::No => report.not_met.push(text),
            Truth::Unknown => report.unknown.push(text),
        }
    }
    report
}

fn facts(set: FactSet) -> Vec<Fact> {
    set.iter().collect()
}

fn contacts<'a>(pack: &'a RulePack, ids: &[&'a str], lang: Lang) -> Vec<ContactReport<'a>> {
    ids.iter()
        .map(|id| ContactReport {
            id,
            name: pack.department_name(id, lang),
        })
        .collect()
}

fn readings<'a>(list: &[&'a Reading], lang: Lang) -> Vec<ReadingReport<'a>> {
    list.iter()
        .map(|reading| ReadingReport {
            id: &reading.id,
            clause: &reading.clause,
            quote: &reading.quote,
            confirm: reading.confirm.get(lang),
        })
        .collect()
}

fn benefit<'a>(
    pack: &'a RulePack,
    outcome: &BenefitOutcome<'a>,
    profile: &Profile,
    lang: Lang,
) -> BenefitReport<'a> {
    let benefit = outcome.benefit;
    // The reasons once: what to bring names the groups they show.
    let why = outcome.reasons(pack, profile);
    let bring = outcome.bring(&why, profile, lang);
    BenefitReport {
        id: &benefit.id,
        name: benefit.name.get(lang),
        status: outcome.status,
        recipient: benefit.recipient,
        payment: benefit.payment.get(lang),
        fixed: benefit.fixed.get(lang),
        clauses: clauses(pack, &benefit.clauses, lang),
        reasons: reasons(why, lang),
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
        confirm: benefit.confirm.iter().map(|item| item.get(lang)).collect(),
        bring,
        contacts: contacts(pack, &outcome.contacts(pack, profile), lang),
    }
}

fn programme<'a>(
    pack: &'a RulePack,
    outcome: &ProgrammeOutcome<'a>,
    profile: &Profile,
    lang: Lang,
) -> ProgrammeReport<'a> {
    let programme = outcome.programme;
    ProgrammeReport {
        id: &programme.id,
        name: programme.name.get(lang),
        status: outcome.status,
        summary: programme.summary.get(lang),
        clauses: clauses(pack, &programme.clauses, lang),
        reasons: reasons(outcome.reasons(pack, profile), lang),
        missing: facts(outcome.missing),
        readings: readings(&outcome.readings(pack, profile), lang),
        contacts: contacts(pack, &outcome.contacts(pack, profile), lang),
    }
}

/// The rule pack an evaluation used, and on which day.
pub fn pack<'a>(evaluation: &Evaluation<'a>, lang: Lang) -> PackReport<'a> {
    let document = &evaluation.pack.document;
    PackReport {
        id: &document.id,
        number: &document.number,
        title: document.title.get(lang),
        issuer: document.issuer.get(lang),
        issued: document.issued,
        effective: document.effective,
        period: PeriodReport {
            start: document.period_start,
            end: document.period_end,
        },
        evaluated_on: evaluation.date,
        period_ended: evaluation.period_ended(),
    }
}

/// The whole result for one profile, in one language. The pack's own text is
/// borrowed, not copied: only the sentences made for this profile are new.
pub fn evaluation<'a>(
    evaluation: &Evaluation<'a>,
    profile: &Profile,
    lang: Lang,
) -> EvaluationReport<'a> {
    let pack = evaluation.pack;
    let tie_refused = pack.every_benefit_requires.truth(profile) == Truth::No;
    EvaluationReport {
        rule_pack: self::pack(evaluation, lang),
        elsewhere: tie_refused.then(|| pack.elsewhere.get(lang)),
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
