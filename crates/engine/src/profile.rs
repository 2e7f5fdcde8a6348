//! A person's situation as far as it is known: every fact may be unknown.

use crate::facts::{Fact, FactKind, FACT_COUNT, LEVEL_CHOICES};

/// A certificate: an occupation and a level (an index into [`LEVEL_CHOICES`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Certificate {
    pub occupation: String,
    pub level: u8,
}

impl Certificate {
    /// Builds a certificate from a level id such as `"senior"`.
    pub fn new(occupation: &str, level: &str) -> Option<Certificate> {
        let level = LEVEL_CHOICES.iter().position(|choice| choice.id == level)?;
        Some(Certificate {
            occupation: occupation.trim().to_string(),
            level: level as u8,
        })
    }

    pub fn level_id(&self) -> &'static str {
        LEVEL_CHOICES
            .get(self.level as usize)
            .map_or("none", |choice| choice.id)
    }

    /// Two subsidies for the same occupation at the same level are one too many.
    /// Typed names are compared by their [`crate::occupation::key`]; the engine's
    /// decisions also count the pack's synonyms as one occupation
    /// ([`crate::expr::Situation::same_project`]).
    pub fn same_project(&self, other: &Certificate) -> bool {
        self.level == other.level
            && crate::occupation::key(&self.occupation) == crate::occupation::key(&other.occupation)
    }
}

/// One known value of a fact.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    Bool(bool),
    /// The index of the choice in the fact's choice list.
    Choice(u8),
    Certificates(Vec<Certificate>),
    Certificate(Certificate),
}

/// What is known about a person. An absent fact is unknown, never "no".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Profile {
    flags: [Option<bool>; FACT_COUNT],
    choices: [Option<u8>; FACT_COUNT],
    certificates_this_year: Option<Vec<Certificate>>,
    planned_certificate: Option<Certificate>,
}

/// Why a value cannot be stored for a fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrongKind {
    pub fact: Fact,
}

impl Profile {
    pub fn new() -> Profile {
        Profile::default()
    }

    /// The known value of a yes/no fact.
    pub fn flag(&self, fact: Fact) -> Option<bool> {
        self.flags[fact as usize]
    }

    /// The index of the known value of a choice fact.
    pub fn choice(&self, fact: Fact) -> Option<u8> {
        self.choices[fact as usize]
    }

    /// The id of the known value of a choice fact, e.g. `"rural"`.
    pub fn choice_id(&self, fact: Fact) -> Option<&'static str> {
        match fact.info().kind {
            FactKind::Choice(choices) => self
                .choice(fact)
                .and_then(|index| choices.get(index as usize))
                .map(|choice| choice.id),
            _ => None,
        }
    }

    pub fn certificates_this_year(&self) -> Option<&[Certificate]> {
        self.certificates_this_year.as_deref()
    }

    pub fn planned_certificate(&self) -> Option<&Certificate> {
        self.planned_certificate.as_ref()
    }

    /// Whether the fact has an answer.
    pub fn is_known(&self, fact: Fact) -> bool {
        match fact.info().kind {
            FactKind::Bool => self.flags[fact as usize].is_some(),
            FactKind::Choice(_) => self.choices[fact as usize].is_some(),
            FactKind::CertificateList => self.certificates_this_year.is_some(),
            FactKind::Certificate => self.planned_certificate.is_some(),
        }
    }

    /// The known value of any fact.
    pub fn get(&self, fact: Fact) -> Option<Value> {
        match fact.info().kind {
            FactKind::Bool => self.flag(fact).map(Value::Bool),
            FactKind::Choice(_) => self.choice(fact).map(Value::Choice),
            FactKind::CertificateList => {
                self.certificates_this_year.clone().map(Value::Certificates)
            }
            FactKind::Certificate => self.planned_certificate.clone().map(Value::Certificate),
        }
    }

    /// Sets a fact (`None` makes it unknown again). The value must fit the fact's kind.
    pub fn set(&mut self, fact: Fact, value: Option<Value>) -> Result<(), WrongKind> {
        match (fact.info().kind, value) {
            (FactKind::Bool, None) => self.flags[fact as usize] = None,
            (FactKind::Bool, Some(Value::Bool(flag))) => self.flags[fact as usize] = Some(flag),
            (FactKind::Choice(_), None) => self.choices[fact as usize] = None,
            (FactKind::Choice(choices), Some(Value::Choice(index)))
                if (index as usize) < choices.len() =>
            {
                self.choices[fact as usize] = Some(index)
            }
            (FactKind::CertificateList, None) => self.certificates_this_year = None,
            (FactKind::CertificateList, Some(Value::Certificates(list))) => {
                self.certificates_this_year = Some(list)
            }
            (FactKind::Certificate, None) => self.planned_certificate = None,
            (FactKind::Certificate, Some(Value::Certificate(certificate))) => {
                self.planned_certificate = Some(certificate)
            }
            _ => return Err(WrongKind { fact }),
        }
        Ok(())
    }

    /// Builder-style setter for yes/no facts, handy in tests and the app.
    pub fn with_flag(mut self, fact: Fact, flag: bool) -> Profile {
        if matches!(fact.info().kind, FactKind::Bool) {
            self.flags[fact as usize] = Some(flag);
        }
        self
    }

    /// Builder-style setter for choice facts by value id; an unknown id leaves the fact unknown.
    pub fn with_choice(mut self, fact: Fact, id: &str) -> Profile {
        self.choices[fact as usize] = fact.choice_index(id);
        self
    }

    pub fn with_certificates_this_year(mut self, list: Vec<Certificate>) -> Profile {
        self.certificates_this_year = Some(list);
        self
    }

    pub fn with_planned_certificate(mut self, certificate: Certificate) -> Profile {
        self.planned_certificate = Some(certificate);
        self
    }

    /// The facts that have answers, in asking order.
    pub fn known_facts(&self) -> impl Iterator<Item = Fact> + '_ {
        Fact::ALL.into_iter().filter(|fact| self.is_known(*fact))
    }
}
