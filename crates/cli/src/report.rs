//! One evaluation as the JSON object `skillcheck eval` prints.

use serde_json::{json, Value as Json};
use skillcheck_engine::decide::{BenefitOutcome, ProgrammeOutcome};
use skillcheck_engine::pack::Text;
use skillcheck_engine::{Evaluation, FactSet, Lang, Profile, Reason, RulePack, Truth};

fn text(text: &Text, lang: Lang) -> Json {
    Json::String(text.get(lang).to_string())
}

fn clauses(pack: &RulePack, ids: &[String], lang: Lang) -> Json {
    Json::Array(
        ids.iter()
            .map(|id| match pack.clause(id) {
                Some(clause) => json!({
                    "id": id,
                    "title": text(&clause.title, lang),
                    "text": clause.text,
                }),
                None => json!({ "id": id }),
            })
            .collect(),
    )
}

fn reasons(list: &[Reason], lang: Lang) -> Json {
    let pick = |truth: Truth| -> Json {
        Json::Array(
            list.iter()
                .filter(|reason| reason.truth == truth)
                .map(|reason| Json::String(reason.text(lang).to_string()))
                .collect(),
        )
    };
    json!({
        "met": pick(Truth::Yes),
        "not_met": pick(Truth::No),
        "unknown": pick(Truth::Unknown),
    })
}

fn facts(set: FactSet) -> Json {
    Json::Array(
        set.iter()
            .map(|fact| Json::String(fact.key().to_string()))
            .collect(),
    )
}

fn contacts(pack: &RulePack, ids: &[&str], lang: Lang) -> Json {
    Json::Array(
        ids.iter()
            .map(|id| json!({ "id": id, "name": pack.department_name(id, lang) }))
            .collect(),
    )
}

fn benefit(pack: &RulePack, outcome: &BenefitOutcome<'_>, profile: &Profile, lang: Lang) -> Json {
    let benefit = outcome.benefit;
    let change = outcome.change_to_eligible(pack, profile).map(|change| {
        json!({
            "fact": change.fact.key(),
            "certain": change.certain,
            "sentence": if lang == Lang::Zh { change.zh } else { change.en },
        })
    });
    json!({
        "id": benefit.id,
        "name": text(&benefit.name, lang),
        "status": outcome.status.id(),
        "recipient": benefit.recipient.id(),
        "payment": text(&benefit.payment, lang),
        "fixed": text(&benefit.fixed, lang),
        "clauses": clauses(pack, &benefit.clauses, lang),
        "reasons": reasons(&outcome.reasons(pack, profile), lang),
        "missing": facts(outcome.missing),
        "change": change,
        "confirm": benefit.confirm.iter().map(|item| text(item, lang)).collect::<Vec<_>>(),
        "bring": benefit.bring.iter().map(|item| text(item, lang)).collect::<Vec<_>>(),
        "contacts": contacts(pack, &outcome.contacts(pack, profile), lang),
    })
}

fn programme(
    pack: &RulePack,
    outcome: &ProgrammeOutcome<'_>,
    profile: &Profile,
    lang: Lang,
) -> Json {
    let programme = outcome.programme;
    json!({
        "id": programme.id,
        "name": text(&programme.name, lang),
        "status": outcome.status.id(),
        "summary": text(&programme.summary, lang),
        "clauses": clauses(pack, &programme.clauses, lang),
        "reasons": reasons(&outcome.reasons(pack, profile), lang),
        "missing": facts(outcome.missing),
        "contacts": contacts(pack, &outcome.contacts(pack, profile), lang),
    })
}

/// The whole result object for one profile.
pub fn evaluation(evaluation: &Evaluation<'_>, profile: &Profile, lang: Lang) -> Json {
    let pack = evaluation.pack;
    let document = &pack.document;
    let tie_refused = pack.every_benefit_requires.truth(profile) == Truth::No;
    json!({
        "rule_pack": {
            "id": document.id,
            "number": document.number,
            "title": text(&document.title, lang),
            "issuer": text(&document.issuer, lang),
            "issued": document.issued.to_string(),
            "effective": document.effective.to_string(),
            "period": { "start": document.period_start.to_string(), "end": document.period_end.to_string() },
            "evaluated_on": evaluation.date.to_string(),
            "period_ended": evaluation.period_ended(),
        },
        "elsewhere": if tie_refused { text(&pack.elsewhere, lang) } else { Json::Null },
        "benefits": evaluation.benefits.iter().map(|outcome| benefit(pack, outcome, profile, lang)).collect::<Vec<_>>(),
        "programmes": evaluation.programmes.iter().map(|outcome| programme(pack, outcome, profile, lang)).collect::<Vec<_>>(),
        "contacts": contacts(pack, &evaluation.contacts(profile), lang),
        "next_questions": facts(evaluation.next_questions),
    })
}
