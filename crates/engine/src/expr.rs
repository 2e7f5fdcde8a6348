//! Conditions: the small language the rule pack writes eligibility in.
//!
//! ```text
//! condition := any(condition, ...) | all(condition, ...) | literal
//! literal   := fact                          yes/no fact is "yes"
//!            | not(fact)                     yes/no fact is "no"
//!            | fact = value                  choice fact has this value
//!            | fact in [value, ...]          choice fact has one of these values
//!            | certificates_this_year < N    fewer than N certificate subsidies this year
//!            | planned_certificate_not_repeated
//!                                            the planned certificate is not the same
//!                                            occupation and level as one this year
//!            | always
//! ```
//!
//! Negation applies to literals only, so every condition is monotone in its
//! literals and three-valued (Kleene) evaluation is exact for the read-once
//! conditions the pack uses: a decided result never changes when an unknown
//! fact becomes known.

use std::fmt;

use crate::facts::{Fact, FactKind, FactSet};
use crate::profile::Profile;

/// A three-valued truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Truth {
    Yes,
    No,
    Unknown,
}

/// One literal of a condition.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// The planned certificate is not a repeat of one subsidised this year.
    PlannedNotRepeated,
    /// Always true.
    Always,
}

/// A condition tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    Any(Vec<Condition>),
    All(Vec<Condition>),
    Literal(Literal),
}

impl Literal {
    /// The literal's truth for what is known.
    pub fn truth(&self, profile: &Profile) -> Truth {
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
            Literal::PlannedNotRepeated => {
                match (
                    profile.certificates_this_year(),
                    profile.planned_certificate(),
                ) {
                    (None, _) => Truth::Unknown,
                    (Some([]), _) => Truth::Yes,
                    (Some(_), None) => Truth::Unknown,
                    (Some(list), Some(planned)) => {
                        if list.iter().any(|had| had.same_project(planned)) {
                            Truth::No
                        } else {
                            Truth::Yes
                        }
                    }
                }
            }
            Literal::Always => Truth::Yes,
        }
    }

    /// The facts this literal reads.
    pub fn facts(&self) -> FactSet {
        let mut set = FactSet::EMPTY;
        match self {
            Literal::Flag { fact, .. } | Literal::Choice { fact, .. } => set.insert(*fact),
            Literal::CertificatesUnder(_) => set.insert(Fact::CertificatesThisYear),
            Literal::PlannedNotRepeated => {
                set.insert(Fact::CertificatesThisYear);
                set.insert(Fact::PlannedCertificate);
            }
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
    /// Three-valued evaluation.
    pub fn truth(&self, profile: &Profile) -> Truth {
        match self {
            Condition::Literal(literal) => literal.truth(profile),
            Condition::Any(children) => {
                let mut result = Truth::No;
                for child in children {
                    match child.truth(profile) {
                        Truth::Yes => return Truth::Yes,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::No => {}
                    }
                }
                result
            }
            Condition::All(children) => {
                let mut result = Truth::Yes;
                for child in children {
                    match child.truth(profile) {
                        Truth::No => return Truth::No,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::Yes => {}
                    }
                }
                result
            }
        }
    }

    /// The unknown facts whose answers could still change this condition:
    /// those under a chain of undecided nodes. Empty when it is decided.
    pub fn deciding_facts(&self, profile: &Profile) -> FactSet {
        if self.truth(profile) != Truth::Unknown {
            return FactSet::EMPTY;
        }
        match self {
            Condition::Literal(literal) => literal.unknown_facts(profile),
            Condition::Any(children) | Condition::All(children) => {
                children.iter().fold(FactSet::EMPTY, |set, child| {
                    set.union(child.deciding_facts(profile))
                })
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
        }
    }

    /// Calls `visit` with the literals that explain the result: for a met
    /// condition the literals that satisfy it, for an unmet one those that
    /// fail it, and for an undecided one the literals met so far and those
    /// still unknown.
    pub fn explain<'a>(&'a self, profile: &Profile, visit: &mut impl FnMut(&'a Literal, Truth)) {
        let truth = self.truth(profile);
        match self {
            Condition::Literal(literal) => visit(literal, truth),
            Condition::Any(children) => {
                for child in children {
                    let child_truth = child.truth(profile);
                    // A met "any" is explained by its met branches; an unmet one by
                    // all its (unmet) branches; an undecided one by the open branches.
                    let shown = match truth {
                        Truth::Yes => child_truth == Truth::Yes,
                        Truth::No => true,
                        Truth::Unknown => child_truth == Truth::Unknown,
                    };
                    if shown {
                        child.explain(profile, visit);
                    }
                }
            }
            Condition::All(children) => {
                for child in children {
                    let child_truth = child.truth(profile);
                    let shown = match truth {
                        Truth::Yes | Truth::Unknown => true,
                        Truth::No => child_truth == Truth::No,
                    };
                    if shown {
                        child.explain(profile, visit);
                    }
                }
            }
        }
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
    OpenSquare,
    CloseSquare,
    End,
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    position: usize,
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

/// Parses a condition written in the rule pack's condition language.
pub fn parse(text: &str) -> Result<Condition, ConditionError> {
    let mut parser = Parser {
        tokens: tokenize(text)?,
        position: 0,
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
        let (word, column) = self.word("a fact name, any(...), all(...) or not(...)")?;
        match word.as_str() {
            "any" | "all" => {
                self.require(&Token::Open, "`(`")?;
                let mut children = vec![self.condition()?];
                while self.peek().0 == Token::Comma {
                    self.next();
                    children.push(self.condition()?);
                }
                self.require(&Token::Close, "`,` or `)`")?;
                Ok(if word == "any" {
                    Condition::Any(children)
                } else {
                    Condition::All(children)
                })
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

    fn literal(&mut self, name: &str, column: usize) -> Result<Literal, ConditionError> {
        let at = |message: String| ConditionError { column, message };
        match name {
            "always" => return Ok(Literal::Always),
            "planned_certificate_not_repeated" => return Ok(Literal::PlannedNotRepeated),
            _ => {}
        }
        let fact = Fact::from_key(name).ok_or_else(|| at(format!("unknown fact `{name}`")))?;
        match (fact.info().kind, &self.peek().0) {
            (FactKind::Bool, _) => Ok(Literal::Flag {
                fact,
                expected: true,
            }),
            (FactKind::Choice(_), Token::Equals) => {
                self.next();
                let (value, value_column) = self.word("a value")?;
                let allowed = self.choice_bit(fact, &value, value_column)?;
                Ok(Literal::Choice {
                    fact,
                    allowed,
                    negated: false,
                })
            }
            (FactKind::Choice(_), Token::Word(word)) if word == "in" => {
                self.next();
                self.require(&Token::OpenSquare, "`[`")?;
                let mut allowed = 0;
                loop {
                    let (value, value_column) = self.word("a value")?;
                    allowed |= self.choice_bit(fact, &value, value_column)?;
                    if self.peek().0 == Token::Comma {
                        self.next();
                    } else {
                        break;
                    }
                }
                self.require(&Token::CloseSquare, "`,` or `]`")?;
                Ok(Literal::Choice {
                    fact,
                    allowed,
                    negated: false,
                })
            }
            (FactKind::Choice(_), _) => Err(at(format!(
                "`{name}` is a choice: write `{name} = value` or `{name} in [a, b]`"
            ))),
            (FactKind::CertificateList, Token::Less) => {
                self.next();
                match self.next() {
                    (Token::Number(limit), _) => Ok(Literal::CertificatesUnder(limit)),
                    (_, column) => Err(ConditionError {
                        column,
                        message: "expected a number".to_string(),
                    }),
                }
            }
            (FactKind::CertificateList, _) => Err(at(format!("write `{name} < N`"))),
            (FactKind::Certificate, _) => Err(at(
                "use `planned_certificate_not_repeated` to test the planned certificate"
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
                .deciding_facts(&not_veteran)
                .iter()
                .collect::<Vec<_>>(),
            [Fact::Disabled]
        );
        let disabled = not_veteran.clone().with_flag(Fact::Disabled, true);
        assert_eq!(condition.truth(&disabled), Truth::Yes);
        assert!(condition.deciding_facts(&disabled).is_empty());
    }

    #[test]
    fn facts_of_both_branches_of_an_open_disjunction_matter() {
        let condition = parse("any(all(veteran, disabled), all(woman, wants_business))").unwrap();
        let deciding: Vec<Fact> = condition.deciding_facts(&Profile::new()).iter().collect();
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
