//! Conditions: the small language the rule pack writes eligibility in.
//!
//! ```text
//! condition := any(condition, ...) | all(condition, ...) | literal
//!            | maybe(reading, condition)    met only as "may get: confirm"
//!            | reading(reading, condition)  as the condition; a "no" says what to confirm
//! literal   := fact                          yes/no fact is "yes"
//!            | not(fact)                     yes/no fact is "no"
//!            | fact = value                  choice fact has this value
//!            | fact in [value, ...]          choice fact has one of these values
//!            | certificates_this_year < N    fewer than N certificate subsidies this year
//!            | certificates_this_year >= N   N or more certificate subsidies this year
//!            | planned_certificate_not_repeated
//!                                            the planned certificate is not the same
//!                                            occupation and level as one this year
//!            | planned_occupation in [field, ...]
//!                                            the planned certificate's occupation is in
//!                                            one of these fields of the pack's vocabulary
//!            | always
//! ```
//!
//! Negation applies to literals only, and `maybe` maps "yes" to "unknown" and
//! keeps "no" and "unknown", so every condition is monotone in what is known:
//! three-valued (Kleene) evaluation never changes a decided result when an
//! unknown fact becomes known. A condition that `maybe` keeps undecided with
//! every fact known is "may get: confirm", and the reading says what to confirm.

use std::fmt;

use databake::Bake;

use crate::facts::{Fact, FactKind, FactSet};
use crate::occupation;
use crate::pack::{self, Occupation};
use crate::profile::{Certificate, Profile};
use crate::stored::{List, Node, Str};

/// How deep `any`, `all`, `maybe` and `reading` may nest in one condition.
pub const MAX_CONDITION_DEPTH: usize = 32;

/// A three-valued truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Truth {
    Yes,
    No,
    Unknown,
}

/// One literal of a condition.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::expr)]
pub enum Literal {
    /// A yes/no fact has the given answer.
    Flag { fact: Fact, expected: bool },
    /// A choice fact's value is (or, negated, is not) in the set (a bit mask of choice indexes).
    Choice {
        fact: Fact,
        allowed: u32,
        negated: bool,
    },
    /// Fewer than this many certificate subsidies this year.
    CertificatesUnder(u32),
    /// This many certificate subsidies this year, or more.
    CertificatesAtLeast(u32),
    /// The planned certificate is not a repeat of one subsidised this year.
    PlannedNotRepeated,
    /// The planned certificate's occupation is in one of these occupation fields (pack ids).
    PlannedField(List<Str>),
    /// Always true.
    Always,
}

/// A condition tree.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::expr)]
pub enum Condition {
    Any(List<Condition>),
    All(List<Condition>),
    Literal(Literal),
    /// Met only as "may get: confirm": where the plan is vague, a "yes" of the
    /// inner condition becomes "unknown", with the reading saying what to confirm.
    Maybe {
        reading: Str,
        condition: Node<Condition>,
    },
    /// Decided as the inner condition; when it is "no", the reading that the
    /// "no" rests on is shown with what to confirm.
    Reading {
        reading: Str,
        condition: Node<Condition>,
    },
}

/// What a condition is decided on: a person's profile, read with a pack's
/// occupation vocabulary (its fields and the names that are one occupation).
#[derive(Clone, Copy, Debug)]
pub struct Situation<'a> {
    pub profile: &'a Profile,
    pub occupations: &'a [Occupation],
}

impl<'a> Situation<'a> {
    pub fn new(profile: &'a Profile, occupations: &'a [Occupation]) -> Situation<'a> {
        Situation {
            profile,
            occupations,
        }
    }

    /// Whether two typed names' keys are one occupation: equal, or both names
    /// of one occupation in the pack (电工 and 维修电工).
    fn same_occupation(&self, a: &str, b: &str) -> bool {
        a == b
            || self.occupations.iter().any(|field| {
                field.keys().synonyms.iter().any(|names| {
                    names.iter().any(|name| name == a) && names.iter().any(|name| name == b)
                })
            })
    }

    /// Whether two certificates are the same 职业项目 at the same level: their
    /// typed names have one [`occupation::key`], or the pack lists both as names
    /// of one occupation (电工 and 维修电工).
    pub fn same_project(&self, a: &Certificate, b: &Certificate) -> bool {
        a.level == b.level
            && self.same_occupation(
                &occupation::key(&a.occupation),
                &occupation::key(&b.occupation),
            )
    }
}

/// A part of a condition shown to explain a result: a literal, or a reading
/// of the plan that the result rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown<'a> {
    Literal(&'a Literal),
    Reading(&'a str),
}

impl Literal {
    /// The literal's truth for what is known.
    pub fn truth(&self, situation: &Situation<'_>) -> Truth {
        let profile = situation.profile;
        match self {
            Literal::Flag { fact, expected } => match profile.flag(*fact) {
                Some(flag) if flag == *expected => Truth::Yes,
                Some(_) => Truth::No,
                None => Truth::Unknown,
            },
            Literal::Choice {
                fact,
                allowed,
                negated,
            } => match profile.choice(*fact) {
                Some(index) if (allowed & (1 << index) != 0) != *negated => Truth::Yes,
                Some(_) => Truth::No,
                None => Truth::Unknown,
            },
            Literal::CertificatesUnder(limit) => match profile.certificates_this_year() {
                Some(list) if (list.len() as u64) < u64::from(*limit) => Truth::Yes,
                Some(_) => Truth::No,
                None => Truth::Unknown,
            },
            Literal::CertificatesAtLeast(limit) => match profile.certificates_this_year() {
                Some(list) if (list.len() as u64) >= u64::from(*limit) => Truth::Yes,
                Some(_) => Truth::No,
                None => Truth::Unknown,
            },
            Literal::PlannedNotRepeated => {
                match (
                    profile.certificates_this_year(),
                    profile.planned_certificate(),
                ) {
                    (None, _) => Truth::Unknown,
                    (Some([]), _) => Truth::Yes,
                    (Some(_), None) => Truth::Unknown,
                    (Some(list), Some(planned)) => {
                        let planned_key = occupation::key(&planned.occupation);
                        let repeated = list.iter().any(|had| {
                            had.level == planned.level
                                && situation.same_occupation(
                                    &occupation::key(&had.occupation),
                                    &planned_key,
                                )
                        });
                        if repeated {
                            Truth::No
                        } else {
                            Truth::Yes
                        }
                    }
                }
            }
            Literal::PlannedField(fields) => match profile.planned_certificate() {
                None => Truth::Unknown,
                Some(planned) => {
                    let field =
                        pack::occupation_for_text(situation.occupations, &planned.occupation);
                    if field.is_some_and(|field| fields.contains(&field.id)) {
                        Truth::Yes
                    } else {
                        Truth::No
                    }
                }
            },
            Literal::Always => Truth::Yes,
        }
    }

    /// The facts this literal reads.
    pub fn facts(&self) -> FactSet {
        let mut set = FactSet::EMPTY;
        match self {
            Literal::Flag { fact, .. } | Literal::Choice { fact, .. } => set.insert(*fact),
            Literal::CertificatesUnder(_) | Literal::CertificatesAtLeast(_) => {
                set.insert(Fact::CertificatesThisYear)
            }
            Literal::PlannedNotRepeated => {
                set.insert(Fact::CertificatesThisYear);
                set.insert(Fact::PlannedCertificate);
            }
            Literal::PlannedField(_) => set.insert(Fact::PlannedCertificate),
            Literal::Always => {}
        }
        set
    }

    /// The unknown facts whose answers could decide this literal.
    fn unknown_facts(&self, profile: &Profile) -> FactSet {
        let mut set = FactSet::EMPTY;
        for fact in self.facts().iter() {
            if !profile.is_known(fact) {
                set.insert(fact);
            }
        }
        set
    }
}

impl Condition {
    /// Three-valued evaluation on a profile alone, comparing typed occupations by
    /// their [`occupation::key`] only. The engine's own decisions ([`crate::evaluate`])
    /// also use the pack's occupation vocabulary: see [`Condition::decide`].
    pub fn truth(&self, profile: &Profile) -> Truth {
        self.decide(&Situation::new(profile, &[]))
    }

    /// Three-valued evaluation.
    pub fn decide(&self, situation: &Situation<'_>) -> Truth {
        self.decide_by(&|literal| literal.truth(situation))
    }

    /// The truth and, when undecided, the unknown facts that could still change
    /// it ([`Condition::deciding_facts`]), in one pass over the tree.
    pub fn decide_with_facts(&self, situation: &Situation<'_>) -> (Truth, FactSet) {
        match self {
            Condition::Literal(literal) => {
                let truth = literal.truth(situation);
                let facts = if truth == Truth::Unknown {
                    literal.unknown_facts(situation.profile)
                } else {
                    FactSet::EMPTY
                };
                (truth, facts)
            }
            Condition::Any(children) | Condition::All(children) => {
                let any = matches!(self, Condition::Any(_));
                let (decisive, otherwise) = if any {
                    (Truth::Yes, Truth::No)
                } else {
                    (Truth::No, Truth::Yes)
                };
                let mut result = otherwise;
                let mut facts = FactSet::EMPTY;
                for child in children.iter() {
                    let (truth, child_facts) = child.decide_with_facts(situation);
                    if truth == decisive {
                        return (decisive, FactSet::EMPTY);
                    }
                    if truth == Truth::Unknown {
                        result = Truth::Unknown;
                        facts = facts.union(child_facts);
                    }
                }
                if result == Truth::Unknown {
                    (result, facts)
                } else {
                    (result, FactSet::EMPTY)
                }
            }
            Condition::Maybe { condition, .. } => match condition.decide_with_facts(situation) {
                (Truth::No, _) => (Truth::No, FactSet::EMPTY),
                (_, facts) => (Truth::Unknown, facts),
            },
            Condition::Reading { condition, .. } => condition.decide_with_facts(situation),
        }
    }

    /// The truth of the condition when `truth` gives each literal's: what
    /// [`Condition::decide`] does with what is known, and the relevance search
    /// with answers it tries.
    fn decide_by(&self, truth: &impl Fn(&Literal) -> Truth) -> Truth {
        match self {
            Condition::Literal(literal) => truth(literal),
            Condition::Any(children) | Condition::All(children) => {
                let (decisive, otherwise) = if matches!(self, Condition::Any(_)) {
                    (Truth::Yes, Truth::No)
                } else {
                    (Truth::No, Truth::Yes)
                };
                let mut result = otherwise;
                for child in children.iter() {
                    match child.decide_by(truth) {
                        t if t == decisive => return decisive,
                        Truth::Unknown => result = Truth::Unknown,
                        _ => {}
                    }
                }
                result
            }
            Condition::Maybe { condition, .. } => match condition.decide_by(truth) {
                Truth::No => Truth::No,
                _ => Truth::Unknown,
            },
            Condition::Reading { condition, .. } => condition.decide_by(truth),
        }
    }

    /// Of `candidates` (unknown facts, as [`Condition::decide_with_facts`]
    /// finds them under undecided nodes), those whose answer can still change
    /// the condition's truth for some answers to its other unknown facts: the
    /// questions worth asking. A fact under an undecided node can be absorbed
    /// by another part (in `any(all(s, p), s)` the answer to `p` never
    /// matters), so each is tried: every answer to it against every
    /// combination of answers to the others. A yes/no fact takes two answers,
    /// a choice each of its values that its literals tell apart, and each
    /// certificate test counts as a yes/no of its own (which can only keep a
    /// fact, never drop one that matters). Past [`RELEVANCE_LIMIT`]
    /// combinations a fact is kept.
    pub fn facts_that_can_change(&self, situation: &Situation<'_>, candidates: FactSet) -> FactSet {
        if candidates.is_empty() {
            return candidates;
        }
        // Every literal's truth for what is known, once; the open ones, and the
        // variables they read. Every occurrence counts: a fact read twice is
        // what can absorb another.
        let mut known: Vec<(&Literal, Truth)> = Vec::new();
        self.walk(&mut |node| {
            if let Condition::Literal(literal) = node {
                known.push((literal, literal.truth(situation)));
            }
        });
        let open: Vec<&Literal> = known
            .iter()
            .filter(|(_, truth)| *truth == Truth::Unknown)
            .map(|(literal, _)| *literal)
            .collect();
        // Each open fact read once and no "may get" part left undecided: the
        // three-valued reading is exact, and every candidate can change it.
        let read_once = open.iter().enumerate().all(|(i, literal)| {
            let facts = literal.facts();
            open[..i]
                .iter()
                .all(|other| facts.iter().all(|fact| !other.facts().contains(fact)))
        });
        if read_once && !self.maybe_undecided(situation) {
            return candidates;
        }
        let variables = Variables::new(&open, &known);
        let mut kept = FactSet::EMPTY;
        for fact in candidates.iter() {
            if variables.can_change(self, fact) {
                kept.insert(fact);
            }
        }
        kept
    }

    /// Whether a "may get" part of the condition is still undecided.
    fn maybe_undecided(&self, situation: &Situation<'_>) -> bool {
        match self {
            Condition::Literal(_) => false,
            Condition::Maybe { condition, .. } => condition.decide(situation) != Truth::No,
            Condition::Any(children) | Condition::All(children) => children
                .iter()
                .any(|child| child.maybe_undecided(situation)),
            Condition::Reading { condition, .. } => condition.maybe_undecided(situation),
        }
    }

    /// The unknown facts whose answers could still change this condition:
    /// those under a chain of undecided nodes. Empty when it is decided.
    pub fn deciding_facts(&self, situation: &Situation<'_>) -> FactSet {
        if self.decide(situation) != Truth::Unknown {
            return FactSet::EMPTY;
        }
        match self {
            Condition::Literal(literal) => literal.unknown_facts(situation.profile),
            Condition::Any(children) | Condition::All(children) => {
                children.iter().fold(FactSet::EMPTY, |set, child| {
                    set.union(child.deciding_facts(situation))
                })
            }
            Condition::Maybe { condition, .. } | Condition::Reading { condition, .. } => {
                condition.deciding_facts(situation)
            }
        }
    }

    /// Every fact the condition reads.
    pub fn facts(&self) -> FactSet {
        match self {
            Condition::Literal(literal) => literal.facts(),
            Condition::Any(children) | Condition::All(children) => children
                .iter()
                .fold(FactSet::EMPTY, |set, child| set.union(child.facts())),
            Condition::Maybe { condition, .. } | Condition::Reading { condition, .. } => {
                condition.facts()
            }
        }
    }

    /// Calls `visit` with every node of the tree, parents first.
    pub fn walk<'a>(&'a self, visit: &mut impl FnMut(&'a Condition)) {
        visit(self);
        match self {
            Condition::Literal(_) => {}
            Condition::Any(children) | Condition::All(children) => {
                for child in children.iter() {
                    child.walk(visit);
                }
            }
            Condition::Maybe { condition, .. } | Condition::Reading { condition, .. } => {
                condition.walk(visit)
            }
        }
    }

    /// The readings the condition names, in order, each once.
    pub fn readings(&self) -> Vec<&str> {
        let mut readings: Vec<&str> = Vec::new();
        self.walk(&mut |node| {
            if let Condition::Maybe { reading, .. } | Condition::Reading { reading, .. } = node {
                if !readings.contains(&&**reading) {
                    readings.push(reading);
                }
            }
        });
        readings
    }

    /// Calls `visit` with what explains the result: for a met condition the
    /// literals that satisfy it, for an unmet one those that fail it, and for an
    /// undecided one the literals met so far and those still unknown; and each
    /// reading the result rests on (a `maybe` whose condition is met, a
    /// `reading` whose condition is not), as [`Truth::Unknown`]: to confirm.
    pub fn explain<'a>(
        &'a self,
        situation: &Situation<'_>,
        visit: &mut impl FnMut(Shown<'a>, Truth),
    ) {
        let truth = self.decide(situation);
        match self {
            Condition::Literal(literal) => visit(Shown::Literal(literal), truth),
            Condition::Any(children) => {
                for child in children.iter() {
                    let child_truth = child.decide(situation);
                    // A met "any" is explained by its met branches; an unmet one by
                    // all its (unmet) branches; an undecided one by the open branches.
                    let shown = match truth {
                        Truth::Yes => child_truth == Truth::Yes,
                        Truth::No => true,
                        Truth::Unknown => child_truth == Truth::Unknown,
                    };
                    if shown {
                        child.explain(situation, visit);
                    }
                }
            }
            Condition::All(children) => {
                for child in children.iter() {
                    let child_truth = child.decide(situation);
                    let shown = match truth {
                        Truth::Yes | Truth::Unknown => true,
                        Truth::No => child_truth == Truth::No,
                    };
                    if shown {
                        child.explain(situation, visit);
                    }
                }
            }
            Condition::Maybe { reading, condition } => {
                let inner = condition.decide(situation);
                condition.explain(situation, visit);
                if inner == Truth::Yes {
                    visit(Shown::Reading(reading), Truth::Unknown);
                }
            }
            Condition::Reading { reading, condition } => {
                condition.explain(situation, visit);
                if truth == Truth::No {
                    visit(Shown::Reading(reading), Truth::Unknown);
                }
            }
        }
    }

    /// The readings a result rests on: what [`Condition::explain`] shows.
    pub fn readings_shown(&self, situation: &Situation<'_>) -> Vec<&str> {
        let mut readings: Vec<&str> = Vec::new();
        self.explain(situation, &mut |shown, _| {
            if let Shown::Reading(reading) = shown {
                if !readings.contains(&reading) {
                    readings.push(reading);
                }
            }
        });
        readings
    }
}

/// A syntax or meaning error in a condition, with the character column (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionError {
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ConditionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Word(String),
    Number(u32),
    Open,
    Close,
    Comma,
    Equals,
    Less,
    GreaterEqual,
    OpenSquare,
    CloseSquare,
    End,
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    position: usize,
    depth: usize,
}

fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, ConditionError> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        let column = index + 1;
        if c.is_whitespace() {
            index += 1;
            continue;
        }
        if c == '>' && chars.get(index + 1) == Some(&'=') {
            tokens.push((Token::GreaterEqual, column));
            index += 2;
            continue;
        }
        let single = match c {
            '(' => Some(Token::Open),
            ')' => Some(Token::Close),
            ',' => Some(Token::Comma),
            '=' => Some(Token::Equals),
            '<' => Some(Token::Less),
            '[' => Some(Token::OpenSquare),
            ']' => Some(Token::CloseSquare),
            _ => None,
        };
        if let Some(token) = single {
            tokens.push((token, column));
            index += 1;
        } else if c.is_ascii_digit() {
            let start = index;
            while index < chars.len() && chars[index].is_ascii_digit() {
                index += 1;
            }
            let digits: String = chars[start..index].iter().collect();
            let number = digits.parse().map_err(|_| ConditionError {
                column,
                message: format!("the number {digits} is too large"),
            })?;
            tokens.push((Token::Number(number), column));
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = index;
            while index < chars.len()
                && (chars[index].is_ascii_alphanumeric() || chars[index] == '_')
            {
                index += 1;
            }
            tokens.push((Token::Word(chars[start..index].iter().collect()), column));
        } else {
            return Err(ConditionError {
                column,
                message: format!("unexpected character `{c}`"),
            });
        }
    }
    tokens.push((Token::End, chars.len() + 1));
    Ok(tokens)
}

/// Parses a condition written in the rule pack's condition language. Reading
/// ids and occupation fields are checked against the pack by the pack reader.
pub fn parse(text: &str) -> Result<Condition, ConditionError> {
    let mut parser = Parser {
        tokens: tokenize(text)?,
        position: 0,
        depth: 0,
    };
    let condition = parser.condition()?;
    parser.require(&Token::End, "the end of the condition")?;
    Ok(condition)
}

impl Parser {
    fn peek(&self) -> &(Token, usize) {
        // The token list always ends with `End`, and `position` never passes it.
        &self.tokens[self.position.min(self.tokens.len() - 1)]
    }

    fn next(&mut self) -> (Token, usize) {
        let token = self.peek().clone();
        if self.position < self.tokens.len() - 1 {
            self.position += 1;
        }
        token
    }

    fn fail<T>(&self, message: String) -> Result<T, ConditionError> {
        Err(ConditionError {
            column: self.peek().1,
            message,
        })
    }

    fn require(&mut self, token: &Token, what: &str) -> Result<(), ConditionError> {
        if &self.peek().0 == token {
            self.next();
            Ok(())
        } else {
            self.fail(format!("expected {what}"))
        }
    }

    fn word(&mut self, what: &str) -> Result<(String, usize), ConditionError> {
        match self.peek().clone() {
            (Token::Word(word), column) => {
                self.next();
                Ok((word, column))
            }
            _ => self.fail(format!("expected {what}")),
        }
    }

    fn condition(&mut self) -> Result<Condition, ConditionError> {
        let (word, column) =
            self.word("a fact name, any(...), all(...), not(...), maybe(...) or reading(...)")?;
        match word.as_str() {
            "any" | "all" | "maybe" | "reading" => {
                self.depth += 1;
                if self.depth > MAX_CONDITION_DEPTH {
                    return Err(ConditionError {
                        column,
                        message: format!("conditions may nest at most {MAX_CONDITION_DEPTH} deep"),
                    });
                }
                self.require(&Token::Open, "`(`")?;
                let condition = if word == "maybe" || word == "reading" {
                    let (reading, _) = self.word("a reading id")?;
                    self.require(&Token::Comma, "`,` after the reading id")?;
                    let condition = Node::new(self.condition()?);
                    let reading = Str::from(reading);
                    self.require(&Token::Close, "`)`")?;
                    if word == "maybe" {
                        Condition::Maybe { reading, condition }
                    } else {
                        Condition::Reading { reading, condition }
                    }
                } else {
                    let mut children = vec![self.condition()?];
                    while self.peek().0 == Token::Comma {
                        self.next();
                        children.push(self.condition()?);
                    }
                    self.require(&Token::Close, "`,` or `)`")?;
                    let children = List::from(children);
                    if word == "any" {
                        Condition::Any(children)
                    } else {
                        Condition::All(children)
                    }
                };
                self.depth -= 1;
                Ok(condition)
            }
            "not" => {
                self.require(&Token::Open, "`(`")?;
                let (name, column) = self.word("a fact name")?;
                let literal = self.literal(&name, column)?;
                self.require(&Token::Close, "`)`")?;
                let negated = match literal {
                    Literal::Flag { fact, expected } => Literal::Flag {
                        fact,
                        expected: !expected,
                    },
                    Literal::Choice {
                        fact,
                        allowed,
                        negated,
                    } => Literal::Choice {
                        fact,
                        allowed,
                        negated: !negated,
                    },
                    _ => {
                        return Err(ConditionError {
                            column,
                            message: "not(...) takes a yes/no fact or `fact = value`".to_string(),
                        })
                    }
                };
                Ok(Condition::Literal(negated))
            }
            _ => Ok(Condition::Literal(self.literal(&word, column)?)),
        }
    }

    /// `[a, b, ...]` or `= a` after a choice-like name: the words.
    fn values(&mut self) -> Result<Vec<(String, usize)>, ConditionError> {
        if self.peek().0 == Token::Equals {
            self.next();
            return Ok(vec![self.word("a value")?]);
        }
        match &self.peek().0 {
            Token::Word(word) if word == "in" => {
                self.next();
            }
            _ => return self.fail("expected `= value` or `in [a, b]`".to_string()),
        }
        self.require(&Token::OpenSquare, "`[`")?;
        let mut values = vec![self.word("a value")?];
        while self.peek().0 == Token::Comma {
            self.next();
            values.push(self.word("a value")?);
        }
        self.require(&Token::CloseSquare, "`,` or `]`")?;
        Ok(values)
    }

    fn literal(&mut self, name: &str, column: usize) -> Result<Literal, ConditionError> {
        let at = |message: String| ConditionError { column, message };
        match name {
            "always" => return Ok(Literal::Always),
            "planned_certificate_not_repeated" => return Ok(Literal::PlannedNotRepeated),
            "planned_occupation" => {
                let fields = self
                    .values()?
                    .into_iter()
                    .map(|(word, _)| Str::from(word))
                    .collect();
                return Ok(Literal::PlannedField(fields));
            }
            _ => {}
        }
        let fact = Fact::from_key(name).ok_or_else(|| at(format!("unknown fact `{name}`")))?;
        match (fact.info().kind, &self.peek().0) {
            (FactKind::Bool, _) => Ok(Literal::Flag {
                fact,
                expected: true,
            }),
            (FactKind::Choice(_), Token::Equals) | (FactKind::Choice(_), Token::Word(_)) => {
                let mut allowed = 0;
                for (value, value_column) in self.values()? {
                    allowed |= self.choice_bit(fact, &value, value_column)?;
                }
                Ok(Literal::Choice {
                    fact,
                    allowed,
                    negated: false,
                })
            }
            (FactKind::Choice(_), _) => Err(at(format!(
                "`{name}` is a choice: write `{name} = value` or `{name} in [a, b]`"
            ))),
            (FactKind::CertificateList, Token::Less | Token::GreaterEqual) => {
                let at_least = self.next().0 == Token::GreaterEqual;
                match self.next() {
                    (Token::Number(limit), _) if at_least => {
                        Ok(Literal::CertificatesAtLeast(limit))
                    }
                    (Token::Number(limit), _) => Ok(Literal::CertificatesUnder(limit)),
                    (_, column) => Err(ConditionError {
                        column,
                        message: "expected a number".to_string(),
                    }),
                }
            }
            (FactKind::CertificateList, _) => Err(at(format!("write `{name} < N` or `{name} >= N`"))),
            (FactKind::Certificate, _) => Err(at(
                "use `planned_certificate_not_repeated` or `planned_occupation in [...]` to test the planned certificate"
                    .to_string(),
            )),
        }
    }

    fn choice_bit(&self, fact: Fact, value: &str, column: usize) -> Result<u32, ConditionError> {
        match (fact.choice_index(value), fact.info().kind) {
            (Some(index), _) => Ok(1 << index),
            (None, FactKind::Choice(choices)) => Err(ConditionError {
                column,
                message: format!(
                    "`{value}` is not a value of `{}`; allowed: {}",
                    fact.key(),
                    choices
                        .iter()
                        .map(|choice| choice.id)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }),
            (None, _) => Err(ConditionError {
                column,
                message: format!("`{}` takes no values", fact.key()),
            }),
        }
    }
}

/// How many combinations of answers [`Condition::facts_that_can_change`]
/// tries for one fact before it keeps the fact unproven.
pub const RELEVANCE_LIMIT: usize = 4096;

/// One unknown the relevance search answers: a yes/no or choice fact (every
/// literal on it reads the same answer), or one certificate test on its own.
struct Variable<'c> {
    facts: FactSet,
    /// The answers to try: for a fact, choice indexes (a yes/no: 0 no, 1 yes);
    /// for a certificate test, 0 no and 1 yes.
    values: Vec<u8>,
    /// The certificate test this is, if it is one.
    test: Option<&'c Literal>,
}

struct Variables<'c> {
    list: Vec<Variable<'c>>,
    /// Each literal of the condition: its truth for what is known, and the
    /// variable that answers it while open.
    slots: Vec<(&'c Literal, Truth, usize)>,
}

impl<'c> Variables<'c> {
    fn new(open: &[&'c Literal], known: &[(&'c Literal, Truth)]) -> Variables<'c> {
        let mut list: Vec<Variable<'c>> = Vec::new();
        for literal in open {
            match literal {
                Literal::Flag { fact, .. } | Literal::Choice { fact, .. } => {
                    if list
                        .iter()
                        .any(|v| v.test.is_none() && v.facts.contains(*fact))
                    {
                        continue;
                    }
                    let values = match fact.info().kind {
                        FactKind::Choice(choices) => {
                            // One value per distinct reading by this fact's literals.
                            let mut seen: Vec<Vec<bool>> = Vec::new();
                            let mut values = Vec::new();
                            for index in 0..choices.len() as u8 {
                                let signature: Vec<bool> = open
                                    .iter()
                                    .filter_map(|l| match l {
                                        Literal::Choice {
                                            fact: f,
                                            allowed,
                                            negated,
                                        } if f == fact => {
                                            Some((allowed & (1 << index) != 0) != *negated)
                                        }
                                        _ => None,
                                    })
                                    .collect();
                                if !seen.contains(&signature) {
                                    seen.push(signature);
                                    values.push(index);
                                }
                            }
                            values
                        }
                        _ => vec![0, 1],
                    };
                    let mut facts = FactSet::EMPTY;
                    facts.insert(*fact);
                    list.push(Variable {
                        facts,
                        values,
                        test: None,
                    });
                }
                Literal::Always => {}
                test => list.push(Variable {
                    facts: test.facts(),
                    values: vec![0, 1],
                    test: Some(test),
                }),
            }
        }
        let slots = known
            .iter()
            .map(|(literal, truth)| {
                let variable = list
                    .iter()
                    .position(|v| match v.test {
                        Some(test) => std::ptr::eq(test, *literal),
                        None => {
                            matches!(literal, Literal::Flag { .. } | Literal::Choice { .. })
                                && literal.facts().iter().any(|f| v.facts.contains(f))
                        }
                    })
                    .unwrap_or(usize::MAX);
                (*literal, *truth, variable)
            })
            .collect();
        Variables { list, slots }
    }

    /// A literal's truth when each variable takes `answer[i]` (an index into its values).
    fn truth(&self, literal: &Literal, answer: &[usize]) -> Truth {
        let Some((_, known, index)) = self
            .slots
            .iter()
            .find(|(slot, _, _)| std::ptr::eq(*slot, literal))
        else {
            return Truth::Unknown;
        };
        // Only an open literal has a variable.
        let (Some(variable), Some(at)) = (self.list.get(*index), answer.get(*index)) else {
            return *known;
        };
        let value = variable.values[*at];
        let yes = |b: bool| if b { Truth::Yes } else { Truth::No };
        match literal {
            Literal::Flag { expected, .. } if variable.test.is_none() => {
                yes((value == 1) == *expected)
            }
            Literal::Choice {
                allowed, negated, ..
            } if variable.test.is_none() => yes((allowed & (1 << value) != 0) != *negated),
            _ => yes(value == 1),
        }
    }

    /// Whether some answers to the variables that do not read `fact`, with two
    /// different answers to those that do, give the condition different truths.
    fn can_change(&self, condition: &Condition, fact: Fact) -> bool {
        let (mine, others): (Vec<usize>, Vec<usize>) =
            (0..self.list.len()).partition(|i| self.list[*i].facts.contains(fact));
        if mine.is_empty() {
            return false;
        }
        let mut answer = vec![0usize; self.list.len()];
        let mut tried = 0usize;
        loop {
            // Every answer to `fact`'s variables against this answer to the others.
            let mut first: Option<Truth> = None;
            loop {
                let truth = condition.decide_by(&|literal| self.truth(literal, &answer));
                match first {
                    None => first = Some(truth),
                    Some(seen) if seen != truth => return true,
                    Some(_) => {}
                }
                tried += 1;
                if tried > RELEVANCE_LIMIT {
                    return true;
                }
                if !self.step(&mut answer, &mine) {
                    break;
                }
            }
            if !self.step(&mut answer, &others) {
                return false;
            }
        }
    }

    /// The next combination of answers to these variables (false after the last,
    /// which leaves them all at their first answer again).
    fn step(&self, answer: &mut [usize], which: &[usize]) -> bool {
        for i in which {
            answer[*i] += 1;
            if answer[*i] < self.list[*i].values.len() {
                return true;
            }
            answer[*i] = 0;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_parse_error(text: &str, column: usize, needle: &str) {
        let err = parse(text).expect_err(text);
        assert_eq!(err.column, column, "{text}: {}", err.message);
        assert!(err.message.contains(needle), "{text}: {}", err.message);
    }

    #[test]
    fn conditions_parse_into_trees() {
        let condition = parse("all(school_leaver, any(hukou = rural, dibao_family))").unwrap();
        let Condition::All(children) = condition else {
            panic!("expected all(...)")
        };
        assert_eq!(children.len(), 2);
        assert_eq!(
            parse("not(monthly_pension)").unwrap(),
            Condition::Literal(Literal::Flag {
                fact: Fact::MonthlyPension,
                expected: false
            })
        );
        assert_eq!(
            parse("certificates_this_year < 3").unwrap(),
            Condition::Literal(Literal::CertificatesUnder(3))
        );
    }

    #[test]
    fn parse_errors_say_where_and_what() {
        check_parse_error("any(veteran, vetran)", 14, "unknown fact `vetran`");
        check_parse_error("hukou = town", 9, "allowed: rural, urban");
        check_parse_error("any(veteran", 12, "`,` or `)`");
        check_parse_error("veteran veteran", 9, "the end");
        check_parse_error("hukou", 1, "is a choice");
        check_parse_error("not(certificates_this_year < 3)", 5, "not(...) takes");
        check_parse_error("veteran & disabled", 9, "unexpected character");
        check_parse_error("", 1, "expected a fact name");
        check_parse_error("maybe(veteran)", 14, "`,` after the reading id");
        check_parse_error("certificates_this_year > 3", 24, "unexpected character `>`");
        check_parse_error("planned_occupation electrician", 20, "`in [a, b]`");
    }

    #[test]
    fn conditions_nest_at_most_thirty_two_deep() {
        let deep = |depth: usize| format!("{}veteran{}", "any(".repeat(depth), ")".repeat(depth));
        assert!(parse(&deep(MAX_CONDITION_DEPTH)).is_ok());
        check_parse_error(&deep(MAX_CONDITION_DEPTH + 1), 129, "at most 32 deep");
        // Fifty thousand levels are refused the same way, without exhausting the stack.
        check_parse_error(&deep(50_000), 129, "at most 32 deep");
    }

    #[test]
    fn maybe_turns_yes_into_confirm_and_keeps_no() {
        let condition = parse("any(veteran, maybe(open_list, disabled))").unwrap();
        let decide = |profile: &Profile| condition.truth(profile);
        let disabled = Profile::new()
            .with_flag(Fact::Veteran, false)
            .with_flag(Fact::Disabled, true);
        assert_eq!(decide(&disabled), Truth::Unknown);
        assert_eq!(
            condition.readings_shown(&Situation::new(&disabled, &[])),
            ["open_list"]
        );
        // Nothing is left to ask: the answer is "confirm", not "answer more".
        assert!(condition
            .deciding_facts(&Situation::new(&disabled, &[]))
            .is_empty());
        let neither = disabled.clone().with_flag(Fact::Disabled, false);
        assert_eq!(decide(&neither), Truth::No);
        let veteran = disabled.with_flag(Fact::Veteran, true);
        assert_eq!(decide(&veteran), Truth::Yes);
        assert!(condition
            .readings_shown(&Situation::new(&veteran, &[]))
            .is_empty());
    }

    #[test]
    fn reading_decides_as_written_and_names_itself_on_a_no() {
        let condition = parse("reading(pension, not(monthly_pension))").unwrap();
        let pensioner = Profile::new().with_flag(Fact::MonthlyPension, true);
        assert_eq!(condition.truth(&pensioner), Truth::No);
        assert_eq!(
            condition.readings_shown(&Situation::new(&pensioner, &[])),
            ["pension"]
        );
        let other = Profile::new().with_flag(Fact::MonthlyPension, false);
        assert_eq!(condition.truth(&other), Truth::Yes);
        assert!(condition
            .readings_shown(&Situation::new(&other, &[]))
            .is_empty());
        assert_eq!(condition.readings(), ["pension"]);
    }

    #[test]
    fn unknown_under_any_stays_open_until_a_branch_is_met() {
        let condition = parse("any(veteran, disabled)").unwrap();
        let nothing = Profile::new();
        assert_eq!(condition.truth(&nothing), Truth::Unknown);
        let not_veteran = Profile::new().with_flag(Fact::Veteran, false);
        assert_eq!(condition.truth(&not_veteran), Truth::Unknown);
        assert_eq!(
            condition
                .deciding_facts(&Situation::new(&not_veteran, &[]))
                .iter()
                .collect::<Vec<_>>(),
            [Fact::Disabled]
        );
        let disabled = not_veteran.clone().with_flag(Fact::Disabled, true);
        assert_eq!(condition.truth(&disabled), Truth::Yes);
        assert!(condition
            .deciding_facts(&Situation::new(&disabled, &[]))
            .is_empty());
    }

    #[test]
    fn facts_of_both_branches_of_an_open_disjunction_matter() {
        let condition = parse("any(all(veteran, disabled), all(woman, wants_business))").unwrap();
        let nothing = Profile::new();
        let deciding: Vec<Fact> = condition
            .deciding_facts(&Situation::new(&nothing, &[]))
            .iter()
            .collect();
        assert_eq!(
            deciding,
            [
                Fact::Veteran,
                Fact::WantsBusiness,
                Fact::Woman,
                Fact::Disabled
            ]
        );
    }
}
