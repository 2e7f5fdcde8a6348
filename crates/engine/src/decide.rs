//! Deciding: one profile against one rule pack, in three values, with reasons.

use crate::date::Date;
use crate::expr::{Condition, Literal, Shown, Situation, Truth};
use crate::facts::{Fact, FactKind, FactSet, LEVEL_CHOICES};
use crate::pack::{Benefit, Lang, Programme, Reading, RulePack};
use crate::profile::{Certificate, Profile, Value};

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

/// A single change of answer that would make a benefit eligible, or at least
/// possible when other conditions are still unknown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub fact: Fact,
    pub to: Value,
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
        let mut contacts = vec![pack.default_contact.as_str()];
        for row in &pack.annex1 {
            if row_applies(row, profile, None) {
                for lead in &row.lead {
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
    pack.every_benefit_requires.explain(&situation, &mut add);
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
    reasons
}

/// The readings a decision rests on: those its explanation shows, then the
/// benefit's own, each once.
fn readings<'p>(
    pack: &'p RulePack,
    condition: &Condition,
    own: &[String],
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
        .chain(own.iter().map(String::as_str))
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
    own: &'p [String],
    condition: &Condition,
    profile: &Profile,
) -> Vec<&'p str> {
    let mut contacts: Vec<&'p str> = Vec::new();
    for id in own {
        push_unique(&mut contacts, pack.department_name(id, Lang::Zh));
    }
    let facts = condition.facts();
    for row in &pack.annex1 {
        if row_applies(row, profile, Some(facts)) {
            for lead in &row.lead {
                push_unique(&mut contacts, pack.department_name(lead, Lang::Zh));
            }
        }
    }
    contacts
}

impl<'p> BenefitOutcome<'p> {
    /// The conditions met, not met and still unknown, as sentences.
    pub fn reasons(&self, pack: &RulePack, profile: &Profile) -> Vec<Reason> {
        reasons(pack, &self.benefit.condition, profile)
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

    /// For a benefit that is not eligible: the first single change of answer,
    /// in asking order, that would make it eligible; failing that, the first
    /// that would make it possible (other conditions still unknown), if any.
    pub fn change_to_eligible(&self, pack: &RulePack, profile: &Profile) -> Option<Change> {
        if self.status != Status::NotEligible {
            return None;
        }
        let facts = self
            .benefit
            .condition
            .facts()
            .union(pack.every_benefit_requires.facts());
        let mut possible: Option<(Fact, Value)> = None;
        for fact in facts.iter() {
            for value in alternatives(fact, profile) {
                let mut changed = profile.clone();
                if changed.set(fact, Some(value.clone())).is_err() {
                    continue;
                }
                let situation = Situation::new(&changed, &pack.occupations);
                let scope = pack.every_benefit_requires.decide(&situation);
                let truth = self.benefit.condition.decide(&situation);
                match (scope, truth) {
                    (Truth::Yes, Truth::Yes) => return Some(change(fact, value, true, profile)),
                    (Truth::No, _) | (_, Truth::No) => {}
                    _ if possible.is_none() => possible = Some((fact, value)),
                    _ => {}
                }
            }
        }
        possible.map(|(fact, value)| change(fact, value, false, profile))
    }
}

fn change(fact: Fact, to: Value, certain: bool, profile: &Profile) -> Change {
    let (zh, en) = change_sentence(fact, &to, certain, profile);
    Change {
        fact,
        to,
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
        FactKind::Bool => match profile.flag(fact) {
            Some(flag) => vec![Value::Bool(!flag)],
            None => vec![Value::Bool(true), Value::Bool(false)],
        },
        FactKind::Choice(choices) => (0..choices.len() as u8)
            .filter(|index| profile.choice(fact) != Some(*index))
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
        ("就可以符合条件", "you would qualify")
    } else {
        (
            "就可能符合条件（其他条件还需确认）",
            "you might qualify (other conditions still to confirm)",
        )
    };
    match (info.kind, value) {
        (FactKind::Bool, Value::Bool(flag)) => {
            let (zh, en) = if *flag {
                (info.yes_zh, info.yes_en)
            } else {
                (info.no_zh, info.no_en)
            };
            (
                format!("如果{zh}，{then_zh}"),
                format!("If this were true, {then_en}: {}", lowercase_first(en)),
            )
        }
        (FactKind::Choice(choices), Value::Choice(index)) => {
            let choice = choices.get(*index as usize);
            (
                format!(
                    "如果{}为{}，{then_zh}",
                    info.yes_zh,
                    choice.map_or("", |choice| choice.zh)
                ),
                format!(
                    "If {} were {}, {then_en}",
                    lowercase_first(info.yes_en),
                    choice.map_or("", |choice| choice.en)
                ),
            )
        }
        _ => {
            let planned = profile
                .planned_certificate()
                .map(|planned| certificate_label(planned, Lang::Zh))
                .unwrap_or_default();
            (
                format!("如果改考与「{planned}」不同的职业或等级，{then_zh}（同一职业同一等级不得重复享受）"),
                format!("If you chose a different occupation or level from the one already subsidised this year, {then_en} (the same occupation at the same level cannot be subsidised twice)"),
            )
        }
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
                |reading| (reading.confirm.zh.clone(), reading.confirm.en.clone()),
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
        Literal::Flag { fact, expected } => {
            let info = fact.info();
            match (truth, profile.flag(*fact)) {
                // Say what the condition needs: "not yet confirmed: you are not entitled to a pension".
                (Truth::Unknown, _) | (_, None) => {
                    let (zh, en) = if *expected {
                        (info.yes_zh, info.yes_en)
                    } else {
                        (info.no_zh, info.no_en)
                    };
                    reason(
                        Some(*fact),
                        format!("尚未确认：{zh}"),
                        format!("Not yet confirmed: {}", lowercase_first(en)),
                    )
                }
                (_, Some(flag)) => {
                    if flag {
                        reason(
                            Some(*fact),
                            info.yes_zh.to_string(),
                            info.yes_en.to_string(),
                        )
                    } else {
                        reason(Some(*fact), info.no_zh.to_string(), info.no_en.to_string())
                    }
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
            let wanted_zh = wanted.iter().map(|c| c.zh).collect::<Vec<_>>().join("、");
            let wanted_en = wanted.iter().map(|c| c.en).collect::<Vec<_>>().join(" or ");
            match profile
                .choice(*fact)
                .and_then(|index| choices.get(index as usize))
            {
                None => reason(
                    Some(*fact),
                    format!("尚不清楚{}（需为{}）", info.term_zh, wanted_zh),
                    format!(
                        "Not yet known: {} (needs to be {})",
                        info.term_en, wanted_en
                    ),
                ),
                Some(choice) if truth == Truth::Yes => reason(
                    Some(*fact),
                    format!("{}为{}", info.yes_zh, choice.zh),
                    format!("{} is {}", info.yes_en, choice.en),
                ),
                // A failed "not this value": the value is what fails.
                Some(choice) if *negated => reason(
                    Some(*fact),
                    format!("{}为{}", info.yes_zh, choice.zh),
                    format!("{} is {}", info.yes_en, choice.en),
                ),
                Some(choice) => reason(
                    Some(*fact),
                    format!("{}为{}，不是{}", info.yes_zh, choice.zh, wanted_zh),
                    format!("{} is {}, not {}", info.yes_en, choice.en, wanted_en),
                ),
            }
        }
        Literal::CertificatesUnder(limit) | Literal::CertificatesAtLeast(limit) => {
            let fact = Some(Fact::CertificatesThisYear);
            match profile.certificates_this_year() {
                None => reason(
                    fact,
                    format!("尚不清楚您今年已享受几次取证培训补贴（原则上每人每年不超过{limit}次）"),
                    format!("Not yet known: how many certificate subsidies you have had this year (as a rule at most {limit} a year)"),
                ),
                Some([]) => reason(
                    fact,
                    "您今年还没有享受过取证培训补贴".to_string(),
                    "You have had no certificate subsidy this year".to_string(),
                ),
                Some(list) if (list.len() as u64) < u64::from(*limit) => reason(
                    fact,
                    format!("您今年已享受{}次取证培训补贴，少于原则上每年{limit}次的上限", list.len()),
                    format!("You have had {} certificate subsidies this year, fewer than the usual limit of {limit} a year", list.len()),
                ),
                Some(list) => reason(
                    fact,
                    format!("您今年已享受{}次取证培训补贴，已达到原则上每人每年不超过{limit}次的上限", list.len()),
                    format!("You have had {} certificate subsidies this year, which reaches the usual limit of {limit} a year", list.len()),
                ),
            }
        }
        Literal::PlannedNotRepeated => {
            let planned = profile.planned_certificate();
            match (truth, planned) {
                (Truth::Unknown, None) if profile.certificates_this_year().is_some() => reason(
                    Some(Fact::PlannedCertificate),
                    "尚不清楚您计划考取的证书：同一职业同一等级不得重复享受补贴".to_string(),
                    "Not yet known: which certificate you plan to obtain (the same occupation at the same level cannot be subsidised twice)".to_string(),
                ),
                (Truth::Unknown, _) => reason(
                    Some(Fact::CertificatesThisYear),
                    "尚不清楚您今年已享受过哪些取证培训补贴：同一职业同一等级不得重复享受".to_string(),
                    "Not yet known: which certificate subsidies you have had this year (the same occupation at the same level cannot be subsidised twice)".to_string(),
                ),
                (Truth::Yes, Some(planned)) if profile.certificates_this_year().is_some_and(|list| !list.is_empty()) => reason(
                    Some(Fact::PlannedCertificate),
                    format!("计划考取的「{}」与您今年已享受补贴的证书不是同一职业同一等级", certificate_label(planned, Lang::Zh)),
                    format!("The planned {} is not the same occupation and level as a certificate subsidised for you this year", certificate_label(planned, Lang::En)),
                ),
                (Truth::Yes, _) => reason(
                    Some(Fact::CertificatesThisYear),
                    "您今年还没有享受过取证培训补贴，今年没有重复享受的问题".to_string(),
                    "You have had no certificate subsidy this year, so nothing this year would be a repeat".to_string(),
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
                            .map_or(id.as_str(), |field| field.name.get(lang))
                    })
                    .collect::<Vec<_>>()
                    .join(if lang == Lang::Zh { "、" } else { ", " })
            };
            match profile.planned_certificate() {
                None => reason(
                    Some(Fact::PlannedCertificate),
                    format!("尚不清楚您计划考取哪个职业的证书（{}等）", names(Lang::Zh)),
                    format!(
                        "Not yet known: which occupation you plan a certificate in ({} and others)",
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
                                "The planned {en} is in {}",
                                field.name.en.to_ascii_lowercase()
                            ),
                        ),
                        _ => reason(
                            Some(Fact::PlannedCertificate),
                            format!("计划考取的「{zh}」不属于{}", names(Lang::Zh)),
                            format!(
                                "The planned {en} is not in {}",
                                names(Lang::En).to_ascii_lowercase()
                            ),
                        ),
                    }
                }
            }
        }
        Literal::Always => reason(
            None,
            "适用于所有人".to_string(),
            "Applies to everyone".to_string(),
        ),
    }
}
