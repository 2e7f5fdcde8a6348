//! Deciding: one profile against one rule pack, in three values, with reasons.

use crate::date::Date;
use crate::expr::{Condition, Literal, Shown, Situation, Truth};
use crate::facts::{Fact, FactKind, FactSet, LEVEL_CHOICES, NOT_YET_KNOWN_EN, NOT_YET_KNOWN_ZH};
use crate::pack::{Benefit, Lang, Programme, Reading, RulePack, GROUPS_PLACEHOLDER};
use crate::profile::{Certificate, Profile, Value};
use crate::stored::Str;

/// A decision about one benefit or programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Status {
    /// The known facts already satisfy every condition.
    Eligible,
    /// No answer to the open questions could satisfy the conditions.
    NotEligible,
    /// It depends on facts not yet known.
    Unknown,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::NotEligible => "not_eligible",
            Status::Unknown => "unknown",
        }
    }

    fn from_truth(truth: Truth) -> Status {
        match truth {
            Truth::Yes => Status::Eligible,
            Truth::No => Status::NotEligible,
            Truth::Unknown => Status::Unknown,
        }
    }
}

/// One decided condition, as a sentence in both languages; or a reading of
/// the plan the result rests on, with what to confirm ([`Truth::Unknown`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The fact the sentence is about (the first, for two-fact conditions).
    pub fact: Option<Fact>,
    pub truth: Truth,
    pub zh: String,
    pub en: String,
    /// The reading the sentence states, when it states one.
    pub reading: Option<String>,
}

impl Reason {
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// What would make a not-eligible benefit possible: a single change a person
/// can make (get a status certified, be hired by another kind of employer,
/// choose another field, occupation or level), or, when no such change
/// helps, whom the benefit is for ([`Change::fact`] is `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The fact to change; `None` when the sentence says whom the benefit is for.
    pub fact: Option<Fact>,
    pub to: Option<Value>,
    /// Whether the change alone makes it eligible (else: possible, to confirm).
    pub certain: bool,
    pub zh: String,
    pub en: String,
}

/// The decision about one benefit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenefitOutcome<'p> {
    pub benefit: &'p Benefit,
    pub status: Status,
    /// For an undecided benefit: the unknown facts that could decide it, in asking order.
    pub missing: FactSet,
}

/// The decision about one targeted programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgrammeOutcome<'p> {
    pub programme: &'p Programme,
    pub status: Status,
    pub missing: FactSet,
}

/// Everything decided about one profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation<'p> {
    pub pack: &'p RulePack,
    pub date: Date,
    pub benefits: Vec<BenefitOutcome<'p>>,
    pub programmes: Vec<ProgrammeOutcome<'p>>,
    /// The unknown facts whose answers could still change an outcome, in asking order.
    pub next_questions: FactSet,
}

/// Why no pack could be chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    /// No pack is in force on or before this date.
    NoPackFor(Date),
    /// The named pack is not in the library.
    UnknownPack(String),
    /// Two packs share an id or an effective date.
    Conflict { first: String, second: String },
}

impl std::fmt::Display for LibraryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LibraryError::NoPackFor(date) => write!(f, "no rule pack is in force on {date}"),
            LibraryError::UnknownPack(id) => write!(f, "no rule pack has the id `{id}`"),
            LibraryError::Conflict { first, second } => write!(
                f,
                "rule packs `{first}` and `{second}` share an id or an effective date; one must go"
            ),
        }
    }
}

/// The rule packs the engine knows, ordered by effective date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    packs: Vec<RulePack>,
}

impl Library {
    /// Puts packs together; refuses two packs with the same id or effective date,
    /// so that a date always chooses exactly one.
    pub fn new(mut packs: Vec<RulePack>) -> Result<Library, LibraryError> {
        crate::problem::insertion_sort(&mut packs, |a, b| {
            a.document.effective < b.document.effective
        });
        for pair in packs.windows(2) {
            if pair[0].document.effective == pair[1].document.effective {
                return Err(LibraryError::Conflict {
                    first: pair[0].id().to_string(),
                    second: pair[1].id().to_string(),
                });
            }
        }
        for (index, pack) in packs.iter().enumerate() {
            if let Some(other) = packs[index + 1..]
                .iter()
                .find(|other| other.id() == pack.id())
            {
                return Err(LibraryError::Conflict {
                    first: pack.id().to_string(),
                    second: other.id().to_string(),
                });
            }
        }
        Ok(Library { packs })
    }

    pub fn packs(&self) -> &[RulePack] {
        &self.packs
    }

    /// The pack in force on a date: the latest whose effective date is not after it.
    /// After a plan period ends its pack stays chosen until a later pack takes effect;
    /// [`Evaluation::period_ended`] says so.
    pub fn for_date(&self, date: Date) -> Result<&RulePack, LibraryError> {
        self.packs
            .iter()
            .rev()
            .find(|pack| pack.document.effective <= date)
            .ok_or(LibraryError::NoPackFor(date))
    }

    /// The pack with this id (as a share link names it).
    pub fn by_id(&self, id: &str) -> Result<&RulePack, LibraryError> {
        self.packs
            .iter()
            .find(|pack| pack.id() == id)
            .ok_or_else(|| LibraryError::UnknownPack(id.to_string()))
    }
}

/// Decides every benefit and programme of one pack for one profile.
pub fn evaluate<'p>(pack: &'p RulePack, profile: &Profile, date: Date) -> Evaluation<'p> {
    let situation = Situation::new(profile, &pack.occupations);
    let (scope_truth, scope_missing) = pack.every_benefit_requires.decide_with_facts(&situation);
    let decide = |condition: &Condition| -> (Status, FactSet) {
        if scope_truth == Truth::No {
            return (Status::NotEligible, FactSet::EMPTY);
        }
        let (truth, condition_missing) = condition.decide_with_facts(&situation);
        // Only the open facts whose answer can still change it are worth asking.
        let condition_missing = if truth == Truth::Unknown {
            condition.facts_that_can_change(&situation, condition_missing)
        } else {
            condition_missing
        };
        let status = match (scope_truth, truth) {
            (_, Truth::No) => Status::NotEligible,
            (Truth::Yes, truth) => Status::from_truth(truth),
            _ => Status::Unknown,
        };
        let missing = if status == Status::Unknown {
            scope_missing.union(condition_missing)
        } else {
            FactSet::EMPTY
        };
        (status, missing)
    };
    let mut next_questions = FactSet::EMPTY;
    let benefits: Vec<BenefitOutcome<'p>> = pack
        .benefits
        .iter()
        .map(|benefit| {
            let (status, missing) = decide(&benefit.condition);
            next_questions = next_questions.union(missing);
            BenefitOutcome {
                benefit,
                status,
                missing,
            }
        })
        .collect();
    let programmes: Vec<ProgrammeOutcome<'p>> = pack
        .programmes
        .iter()
        .map(|programme| {
            let (status, missing) = decide(&programme.condition);
            next_questions = next_questions.union(missing);
            ProgrammeOutcome {
                programme,
                status,
                missing,
            }
        })
        .collect();
    Evaluation {
        pack,
        date,
        benefits,
        programmes,
        next_questions,
    }
}

impl<'p> Evaluation<'p> {
    /// Whether the plan period had ended on the evaluation date.
    pub fn period_ended(&self) -> bool {
        self.pack.period_ended(self.date)
    }

    pub fn benefit(&self, id: &str) -> Option<&BenefitOutcome<'p>> {
        self.benefits
            .iter()
            .find(|outcome| outcome.benefit.id == id)
    }

    pub fn programme(&self, id: &str) -> Option<&ProgrammeOutcome<'p>> {
        self.programmes
            .iter()
            .find(|outcome| outcome.programme.id == id)
    }

    /// The next question to ask: the first fact in asking order that still matters.
    pub fn next_question(&self) -> Option<Fact> {
        self.next_questions.iter().next()
    }

    /// The departments for this person: the default contact, then 附件1's lead
    /// departments for the groups they belong to and their sector, in row order.
    pub fn contacts(&self, profile: &Profile) -> Vec<&'p str> {
        let pack = self.pack;
        let mut contacts = vec![&*pack.default_contact];
        for row in pack.annex1.iter() {
            if row_applies(row, profile, None) {
                for lead in row.lead.iter() {
                    push_unique(&mut contacts, pack.department_name(lead, Lang::Zh));
                }
            }
        }
        contacts
    }
}

fn push_unique<'a>(list: &mut Vec<&'a str>, item: &'a str) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Whether a 附件1 row routes this person, optionally only through facts of one condition.
fn row_applies(row: &crate::pack::AnnexRow, profile: &Profile, within: Option<FactSet>) -> bool {
    let by_group = row.groups.iter().any(|fact| {
        profile.flag(*fact) == Some(true) && within.is_none_or(|set| set.contains(*fact))
    });
    let by_sector = within.is_none_or(|set| set.contains(Fact::Sector))
        && profile
            .choice(Fact::Sector)
            .is_some_and(|sector| row.sectors.contains(&sector));
    by_group || by_sector
}

/// The full explanation of one condition under the pack's scope condition,
/// each sentence once. Several open (or failed) tests of one choice fact are
/// said once, with every value that would do: "尚不清楚雇用您的单位类型（需为企业、扶贫车间）".
fn reasons<'p>(pack: &'p RulePack, condition: &'p Condition, profile: &Profile) -> Vec<Reason> {
    let situation = Situation::new(profile, &pack.occupations);
    // What explains the result, in order; a choice fact's open (or failed) tests
    // gather the values that would do in the first one's mask.
    let mut shown: Vec<(Shown<'p>, Truth, u32)> = Vec::new();
    let mut add = |part: Shown<'p>, truth: Truth| {
        if let Shown::Literal(Literal::Choice {
            fact,
            allowed,
            negated: false,
        }) = part
        {
            if truth != Truth::Yes {
                let earlier = shown.iter_mut().find(|(earlier, earlier_truth, _)| {
                    *earlier_truth == truth
                        && matches!(earlier, Shown::Literal(Literal::Choice { fact: other, negated: false, .. }) if other == fact)
                });
                if let Some((_, _, mask)) = earlier {
                    *mask |= allowed;
                    return;
                }
            }
            shown.push((part, truth, *allowed));
            return;
        }
        shown.push((part, truth, 0));
    };
    let scope_truth = pack.every_benefit_requires.decide(&situation);
    // A met scope ("武隆是您的户籍地…") is true of every benefit: it is not
    // repeated on each; an open or failed one is the first thing to say.
    if scope_truth != Truth::Yes {
        pack.every_benefit_requires.explain(&situation, &mut add);
    }
    if scope_truth != Truth::No {
        condition.explain(&situation, &mut add);
    }
    let choice_fact = |part: &Shown<'_>| match part {
        Shown::Literal(Literal::Choice { fact, negated, .. }) => Some((*fact, *negated)),
        _ => None,
    };
    let mut reasons: Vec<Reason> = Vec::new();
    for (part, truth, mask) in &shown {
        // "Not this value" adds nothing where the same fact is already said.
        if let Some((fact, true)) = choice_fact(part) {
            let said = shown.iter().any(|(other, other_truth, _)| {
                other_truth == truth && choice_fact(other) == Some((fact, false))
            });
            if *truth != Truth::Yes && said {
                continue;
            }
        }
        let merged;
        let part = match part {
            Shown::Literal(Literal::Choice {
                fact,
                negated: false,
                ..
            }) => {
                merged = Literal::Choice {
                    fact: *fact,
                    allowed: *mask,
                    negated: false,
                };
                Shown::Literal(&merged)
            }
            other => *other,
        };
        let reason = sentence(pack, part, *truth, profile);
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    // "Applies to everyone" says something only when it is all there is: inside
    // maybe(reading, always) the reading says it.
    if reasons.len() > 1 {
        reasons.retain(|reason| reason.fact.is_some() || reason.reading.is_some());
    }
    reasons
}

/// The readings a decision rests on: those its explanation shows, then the
/// benefit's own, each once.
fn readings<'p>(
    pack: &'p RulePack,
    condition: &Condition,
    own: &[Str],
    profile: &Profile,
) -> Vec<&'p Reading> {
    let situation = Situation::new(profile, &pack.occupations);
    if pack.every_benefit_requires.decide(&situation) == Truth::No {
        return Vec::new();
    }
    let mut found: Vec<&'p Reading> = Vec::new();
    for id in condition
        .readings_shown(&situation)
        .into_iter()
        .chain(own.iter().map(|id| &**id))
    {
        if let Some(reading) = pack.reading(id) {
            if !found.iter().any(|known| known.id == reading.id) {
                found.push(reading);
            }
        }
    }
    found
}

/// The departments for one benefit or programme: its own, then those 附件1
/// routes the person to through the facts its condition reads.
fn contacts_for<'p>(
    pack: &'p RulePack,
    own: &'p [Str],
    condition: &Condition,
    profile: &Profile,
) -> Vec<&'p str> {
    let mut contacts: Vec<&'p str> = Vec::new();
    for id in own {
        push_unique(&mut contacts, pack.department_name(id, Lang::Zh));
    }
    let facts = condition.facts();
    for row in pack.annex1.iter() {
        if row_applies(row, profile, Some(facts)) {
            for lead in row.lead.iter() {
                push_unique(&mut contacts, pack.department_name(lead, Lang::Zh));
            }
        }
    }
    contacts
}

/// Facts named as the plan names them, joined as a list; the last with "or"
/// when `or` is set: 甲、乙或丙 / a; b or c.
pub fn fact_terms(facts: &[Fact], lang: Lang, or: bool) -> String {
    let terms: Vec<&str> = facts
        .iter()
        .map(|fact| match lang {
            Lang::Zh => fact.info().term_zh,
            Lang::En => fact.info().term_en,
        })
        .collect();
    let (comma, last) = match (lang, or) {
        (Lang::Zh, true) => ("、", "或"),
        (Lang::Zh, false) => ("、", "、"),
        (Lang::En, true) => ("; ", " or "),
        (Lang::En, false) => ("; ", "; "),
    };
    match terms.split_last() {
        None => String::new(),
        Some((only, [])) => only.to_string(),
        Some((final_term, rest)) => format!("{}{last}{final_term}", rest.join(comma)),
    }
}

impl<'p> BenefitOutcome<'p> {
    /// The conditions met, not met and still unknown, as sentences.
    pub fn reasons(&self, pack: &RulePack, profile: &Profile) -> Vec<Reason> {
        reasons(pack, &self.benefit.condition, profile)
    }

    /// What to bring, in a language. A line holding [`GROUPS_PLACEHOLDER`]
    /// names the person's own groups: the yes/no groups whose "yes" met this
    /// benefit's conditions (`reasons`, from [`Self::reasons`]); while none is
    /// known, the groups it is for ("甲、乙或丙"). The tie to the district is
    /// not a group.
    pub fn bring(&self, reasons: &[Reason], profile: &Profile, lang: Lang) -> Vec<String> {
        let is_group =
            |fact: &Fact| *fact != Fact::WulongTie && matches!(fact.info().kind, FactKind::Bool);
        let groups = || {
            let own: Vec<Fact> = reasons
                .iter()
                .filter(|reason| reason.truth == Truth::Yes)
                .filter_map(|reason| reason.fact)
                .filter(|fact| is_group(fact) && profile.flag(*fact) == Some(true))
                .collect();
            if own.is_empty() {
                let all: Vec<Fact> = self
                    .benefit
                    .condition
                    .facts()
                    .iter()
                    .filter(is_group)
                    .collect();
                fact_terms(&all, lang, true)
            } else {
                fact_terms(&own, lang, false)
            }
        };
        self.benefit
            .bring
            .iter()
            .map(|item| {
                let text = item.get(lang);
                if text.contains(GROUPS_PLACEHOLDER) {
                    text.replace(GROUPS_PLACEHOLDER, &groups())
                } else {
                    text.to_string()
                }
            })
            .collect()
    }

    /// Whom to contact.
    pub fn contacts(&self, pack: &'p RulePack, profile: &Profile) -> Vec<&'p str> {
        contacts_for(
            pack,
            &self.benefit.contacts,
            &self.benefit.condition,
            profile,
        )
    }

    /// The readings of the plan this decision rests on, each with what to confirm:
    /// those that make it "may get: confirm" or a "no", then the benefit's own.
    pub fn readings(&self, pack: &'p RulePack, profile: &Profile) -> Vec<&'p Reading> {
        readings(
            pack,
            &self.benefit.condition,
            &self.benefit.readings,
            profile,
        )
    }

    /// For a benefit that is not eligible: the first single change a person
    /// can make ([`Fact::actionable`]), in asking order, that would make it
    /// eligible; failing that, the first that would make it possible (other
    /// conditions still unknown); failing that, whom the benefit is for.
    pub fn change_to_eligible(&self, pack: &RulePack, profile: &Profile) -> Option<Change> {
        if self.status != Status::NotEligible {
            return None;
        }
        let situation = Situation::new(profile, &pack.occupations);
        // Outside Wulong the plan does not apply at all; the scope says so.
        if pack.every_benefit_requires.decide(&situation) == Truth::No {
            return None;
        }
        let facts = self.benefit.condition.facts();
        let mut possible: Option<(Fact, Value)> = None;
        for fact in facts.iter().filter(|fact| fact.actionable()) {
            for value in alternatives(fact, profile) {
                let mut changed = profile.clone();
                if changed.set(fact, Some(value.clone())).is_err() {
                    continue;
                }
                let situation = Situation::new(&changed, &pack.occupations);
                match self.benefit.condition.decide(&situation) {
                    Truth::Yes => return Some(change(fact, value, true, profile)),
                    Truth::No => {}
                    Truth::Unknown if possible.is_none() => possible = Some((fact, value)),
                    Truth::Unknown => {}
                }
            }
        }
        Some(match possible {
            Some((fact, value)) => change(fact, value, false, profile),
            None => Change {
                fact: None,
                to: None,
                certain: false,
                zh: self.benefit.for_whom.zh.to_string(),
                en: self.benefit.for_whom.en.to_string(),
            },
        })
    }
}

fn change(fact: Fact, to: Value, certain: bool, profile: &Profile) -> Change {
    let (zh, en) = change_sentence(fact, &to, certain, profile);
    Change {
        fact: Some(fact),
        to: Some(to),
        certain,
        zh,
        en,
    }
}

impl<'p> ProgrammeOutcome<'p> {
    pub fn reasons(&self, pack: &RulePack, profile: &Profile) -> Vec<Reason> {
        reasons(pack, &self.programme.condition, profile)
    }

    pub fn contacts(&self, pack: &'p RulePack, profile: &Profile) -> Vec<&'p str> {
        contacts_for(
            pack,
            &self.programme.contacts,
            &self.programme.condition,
            profile,
        )
    }

    /// The readings of the plan this decision rests on, each with what to confirm.
    pub fn readings(&self, pack: &'p RulePack, profile: &Profile) -> Vec<&'p Reading> {
        readings(pack, &self.programme.condition, &[], profile)
    }
}

/// The other answers a fact could have, for looking for a change that helps.
fn alternatives(fact: Fact, profile: &Profile) -> Vec<Value> {
    match fact.info().kind {
        // What a person can do makes a fact true (get certified, take a job);
        // no advice is to give something up.
        FactKind::Bool => match profile.flag(fact) {
            Some(true) => Vec::new(),
            _ => vec![Value::Bool(true)],
        },
        // "No employer" and "another field" are not advice.
        FactKind::Choice(choices) => (0..choices.len() as u8)
            .filter(|index| profile.choice(fact) != Some(*index))
            .filter(|index| {
                choices
                    .get(usize::from(*index))
                    .is_some_and(|choice| choice.id != "none" && choice.id != "other")
            })
            .map(Value::Choice)
            .collect(),
        // Certificates already received cannot be undone: no change to suggest.
        FactKind::CertificateList => Vec::new(),
        // A different occupation (or level) avoids a repeat.
        FactKind::Certificate => match profile.planned_certificate() {
            Some(planned) => vec![Value::Certificate(Certificate {
                occupation: format!("{} (other)", planned.occupation),
                level: planned.level,
            })],
            None => Vec::new(),
        },
    }
}

fn change_sentence(
    fact: Fact,
    value: &Value,
    certain: bool,
    profile: &Profile,
) -> (String, String) {
    let info = fact.info();
    let (then_zh, then_en) = if certain {
        ("就可以符合这一项的条件", "you would meet its conditions")
    } else {
        (
            "就可能符合这一项的条件（其他条件还要确认）",
            "you might meet its conditions (others still to confirm)",
        )
    };
    match (info.kind, value) {
        (FactKind::Bool, Value::Bool(_)) => {
            let (zh, en) = fact.action().unwrap_or((info.yes_zh, info.yes_en));
            (format!("{zh}，{then_zh}。"), format!("{en}, {then_en}."))
        }
        (FactKind::Choice(choices), Value::Choice(index)) => {
            let choice = choices.get(*index as usize);
            let (zh, en) = match fact {
                Fact::EmployerKind => (
                    format!("如果雇用您的是{}", choice.map_or("", |choice| choice.zh)),
                    format!(
                        "If you worked for {}",
                        choice.map_or("", |choice| choice.en)
                    ),
                ),
                _ => (
                    format!("如果您从事{}", choice.map_or("", |choice| choice.zh)),
                    format!("If you worked in {}", choice.map_or("", |choice| choice.en)),
                ),
            };
            (format!("{zh}，{then_zh}。"), format!("{en}, {then_en}."))
        }
        _ => {
            let planned = profile
                .planned_certificate()
                .map(|planned| certificate_label(planned, Lang::Zh))
                .unwrap_or_default();
            (
                format!("如果改考与「{planned}」不同的职业或等级，{then_zh}（同一职业同一等级不得重复享受）。"),
                format!("If you chose a different occupation or level from the one already subsidised, {then_en} (the same occupation at the same level cannot be subsidised twice)."),
            )
        }
    }
}

/// A small count as Chinese writes it in a sentence: 一次, 两次, 三次.
fn chinese_count(count: usize) -> String {
    match count {
        1 => "一".to_string(),
        2 => "两".to_string(),
        3 => "三".to_string(),
        4 => "四".to_string(),
        5 => "五".to_string(),
        other => other.to_string(),
    }
}

/// "one training subsidy after a certificate", "2 training subsidies after a certificate".
fn english_count(count: usize) -> String {
    match count {
        1 => "one training subsidy after a certificate".to_string(),
        other => format!("{other} training subsidies after a certificate"),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // The English sentences are ASCII; no Unicode case tables are needed.
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// "电工（初级工）" / "电工 (junior)".
pub fn certificate_label(certificate: &Certificate, lang: Lang) -> String {
    let level = LEVEL_CHOICES.get(certificate.level as usize);
    match lang {
        Lang::Zh => format!(
            "{}（{}）",
            certificate.occupation,
            level.map_or("", |level| level.zh)
        ),
        Lang::En => format!(
            "{} ({})",
            certificate.occupation,
            level.map_or("", |level| level.en)
        ),
    }
}

/// What explains a result, as a sentence: a literal's truth, or a reading with
/// what to confirm.
fn sentence(pack: &RulePack, shown: Shown<'_>, truth: Truth, profile: &Profile) -> Reason {
    let literal = match shown {
        Shown::Literal(literal) => literal,
        Shown::Reading(id) => {
            let (zh, en) = pack.reading(id).map_or_else(
                || (id.to_string(), id.to_string()),
                |reading| {
                    (
                        reading.confirm.zh.to_string(),
                        reading.confirm.en.to_string(),
                    )
                },
            );
            return Reason {
                fact: None,
                truth,
                zh: format!("需确认：{zh}"),
                en: format!("To confirm: {en}"),
                reading: Some(id.to_string()),
            };
        }
    };
    let reason = |fact: Option<Fact>, zh: String, en: String| Reason {
        fact,
        truth,
        zh,
        en,
        reading: None,
    };
    match literal {
        Literal::Flag { fact, expected: _ } => {
            let info = fact.info();
            match (truth, profile.flag(*fact)) {
                // Said as an open question, never as "not yet known: you are not…".
                (Truth::Unknown, _) | (_, None) => reason(
                    Some(*fact),
                    format!("{NOT_YET_KNOWN_ZH}{}", info.ask_zh),
                    format!("{NOT_YET_KNOWN_EN}: {}", info.ask_en),
                ),
                (_, Some(true)) => reason(
                    Some(*fact),
                    info.yes_zh.to_string(),
                    info.yes_en.to_string(),
                ),
                (_, Some(false)) => {
                    reason(Some(*fact), info.no_zh.to_string(), info.no_en.to_string())
                }
            }
        }
        Literal::Choice {
            fact,
            allowed,
            negated,
        } => {
            let info = fact.info();
            let FactKind::Choice(choices) = info.kind else {
                return reason(Some(*fact), String::new(), String::new());
            };
            let wanted: Vec<_> = choices
                .iter()
                .enumerate()
                .filter(|(index, _)| (allowed & (1 << index) != 0) != *negated)
                .map(|(_, choice)| choice)
                .collect();
            // Labels may hold "、" and commas themselves, so a list of several is set apart.
            let wanted_zh = match wanted.as_slice() {
                [one] => one.zh.to_string(),
                several => format!(
                    "以下之一：{}",
                    several.iter().map(|c| c.zh).collect::<Vec<_>>().join("；")
                ),
            };
            let wanted_en = match wanted.as_slice() {
                [one] => one.en.to_string(),
                [first, second] => format!("{} or {}", first.en, second.en),
                several => format!(
                    "one of: {}",
                    several.iter().map(|c| c.en).collect::<Vec<_>>().join("; ")
                ),
            };
            let every_value = wanted.len() == choices.len();
            match profile
                .choice(*fact)
                .and_then(|index| choices.get(index as usize))
            {
                // Any answer would do (one decides, another is to confirm): only the question.
                None if every_value => reason(
                    Some(*fact),
                    format!("{NOT_YET_KNOWN_ZH}{}", info.ask_zh),
                    format!("{NOT_YET_KNOWN_EN}: {}", info.ask_en),
                ),
                None => reason(
                    Some(*fact),
                    format!(
                        "{NOT_YET_KNOWN_ZH}{}（{}{}）",
                        info.ask_zh, info.yes_zh, wanted_zh
                    ),
                    format!(
                        "{NOT_YET_KNOWN_EN}: {} ({} {})",
                        info.ask_en,
                        lowercase_first(info.yes_en),
                        wanted_en
                    ),
                ),
                // Met, or a failed "not this value": the person's own answer says it.
                Some(choice) if truth == Truth::Yes || *negated => reason(
                    Some(*fact),
                    choice.said_zh.to_string(),
                    choice.said_en.to_string(),
                ),
                Some(choice) => reason(
                    Some(*fact),
                    format!("{}；{}{}", choice.said_zh, info.yes_zh, wanted_zh),
                    format!(
                        "{}; {} {}",
                        choice.said_en,
                        lowercase_first(info.yes_en),
                        wanted_en
                    ),
                ),
            }
        }
        Literal::CertificatesUnder(limit) | Literal::CertificatesAtLeast(limit) => {
            let fact = Some(Fact::CertificatesThisYear);
            match profile.certificates_this_year() {
                None => reason(
                    fact,
                    format!("{NOT_YET_KNOWN_ZH}您今年已享受过几次取证后职业培训补贴（原则上每人每年不超过{limit}次）"),
                    format!("{NOT_YET_KNOWN_EN}: how many training subsidies after a certificate you have had this year (as a rule at most {limit} a year)"),
                ),
                Some([]) => reason(
                    fact,
                    "您今年还没有享受过取证后职业培训补贴".to_string(),
                    "You have had no training subsidy after a certificate this year".to_string(),
                ),
                Some(list) if (list.len() as u64) < u64::from(*limit) => reason(
                    fact,
                    format!("您今年已享受过{}次取证后职业培训补贴，原则上每年最多{limit}次", chinese_count(list.len())),
                    format!("You have had {} this year; as a rule the limit is {limit} a year", english_count(list.len())),
                ),
                Some(list) => reason(
                    fact,
                    format!("您今年已享受过{}次取证后职业培训补贴，达到原则上每人每年最多{limit}次", chinese_count(list.len())),
                    format!("You have had {} this year, which reaches the usual limit of {limit} a year", english_count(list.len())),
                ),
            }
        }
        Literal::PlannedNotRepeated => {
            let planned = profile.planned_certificate();
            match (truth, planned) {
                (Truth::Unknown, None) if profile.certificates_this_year().is_some() => reason(
                    Some(Fact::PlannedCertificate),
                    format!("{NOT_YET_KNOWN_ZH}您打算考取哪个职业、哪个等级的证书（同一职业同一等级不得重复享受补贴）"),
                    format!("{NOT_YET_KNOWN_EN}: which certificate you plan to obtain (the same occupation at the same level cannot be subsidised twice)"),
                ),
                (Truth::Unknown, _) => reason(
                    Some(Fact::CertificatesThisYear),
                    format!("{NOT_YET_KNOWN_ZH}您今年已享受过哪些取证后职业培训补贴（同一职业同一等级不得重复享受）"),
                    format!("{NOT_YET_KNOWN_EN}: which training subsidies after a certificate you have had this year (the same occupation at the same level cannot be subsidised twice)"),
                ),
                (Truth::Yes, Some(planned)) if profile.certificates_this_year().is_some_and(|list| !list.is_empty()) => reason(
                    Some(Fact::PlannedCertificate),
                    format!("计划考取的「{}」与您今年已享受补贴的证书不是同一职业同一等级", certificate_label(planned, Lang::Zh)),
                    format!("The planned {} is not the same occupation and level as a certificate subsidised for you this year", certificate_label(planned, Lang::En)),
                ),
                (Truth::Yes, _) => reason(
                    Some(Fact::CertificatesThisYear),
                    "您今年还没有享受过取证后职业培训补贴，今年的补贴不会重复".to_string(),
                    "You have had no training subsidy after a certificate this year, so nothing this year would be a repeat".to_string(),
                ),
                (Truth::No, planned) => {
                    let zh = planned.map(|p| certificate_label(p, Lang::Zh)).unwrap_or_default();
                    let en = planned.map(|p| certificate_label(p, Lang::En)).unwrap_or_default();
                    reason(
                        Some(Fact::PlannedCertificate),
                        format!("计划考取的「{zh}」今年已享受过补贴，同一职业同一等级不得重复享受"),
                        format!("The planned {en} was already subsidised this year; the same occupation at the same level cannot be subsidised twice"),
                    )
                }
            }
        }
        Literal::PlannedField(fields) => {
            let names = |lang: Lang| -> String {
                fields
                    .iter()
                    .map(|id| {
                        pack.occupation(id)
                            .map_or(&**id, |field| field.name.get(lang))
                    })
                    .collect::<Vec<_>>()
                    .join(if lang == Lang::Zh { "、" } else { ", " })
            };
            match profile.planned_certificate() {
                None => reason(
                    Some(Fact::PlannedCertificate),
                    format!("{NOT_YET_KNOWN_ZH}您打算考取哪个职业的证书（这一项面向{}等职业）", names(Lang::Zh)),
                    format!(
                        "{NOT_YET_KNOWN_EN}: which occupation you plan a certificate in (this is for {} and others)",
                        names(Lang::En)
                    ),
                ),
                Some(planned) => {
                    let field = pack.occupation_for_text(&planned.occupation);
                    let (zh, en) = (
                        certificate_label(planned, Lang::Zh),
                        certificate_label(planned, Lang::En),
                    );
                    match (truth, field) {
                        (Truth::Yes, Some(field)) => reason(
                            Some(Fact::PlannedCertificate),
                            format!("计划考取的「{zh}」属于{}", field.name.zh),
                            format!(
                                "The certificate you plan, {en}, is in a field the plan names: {}",
                                field.name.en
                            ),
                        ),
                        _ => reason(
                            Some(Fact::PlannedCertificate),
                            format!("计划考取的「{zh}」不属于{}", names(Lang::Zh)),
                            format!(
                                "The certificate you plan, {en}, is not in the fields this is for: {}",
                                names(Lang::En)
                            ),
                        ),
                    }
                }
            }
        }
        Literal::Always => reason(
            None,
            "这一项面向所有人".to_string(),
            "Applies to everyone".to_string(),
        ),
    }
}
