//! The interview's pages: which facts each page asks, and in what order.
//!
//! The engine says which facts can still change an outcome; this module
//! groups them into pages a person answers at once. Yes/no facts about which
//! groups a person belongs to are asked together on "which of these apply to
//! you?" pages (GOV.UK's "select all that apply"); a fact that reads better
//! alone (the tie to Wulong, a choice, the certificates) has a page to itself.
//! A page shows only its facts that are answered or still open, and a page
//! with none is skipped. Pages come in an order that settles most first: the
//! tie to Wulong (a "no" decides everything), then the groups a person belongs
//! to (they decide most benefits), then what those make relevant.
//! Pure: no DOM, no storage.

use skillcheck_engine::{Answers, Fact, FactKind, FactSet};

/// One page of the interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Its address (`#/q/<id>`) and the name of its "none of these" box.
    pub id: &'static str,
    /// The facts it can ask, in the order it shows them.
    pub facts: &'static [Fact],
    /// "Which of these apply to you?": a checkbox per yes/no fact. Otherwise
    /// the page asks its one fact with its options.
    pub checklist: bool,
}

impl Page {
    /// Every fact the page can ask, in the order it shows them.
    pub fn facts(&self) -> &'static [Fact] {
        self.facts
    }

    pub fn is_checklist(&self) -> bool {
        self.checklist
    }

    /// The one fact of a page that is not a checklist.
    pub fn single(&self) -> Option<Fact> {
        (!self.checklist)
            .then(|| self.facts.first().copied())
            .flatten()
    }

    /// The facts to show: those answered, and those still open.
    pub fn shown(&self, answers: &Answers, open: FactSet) -> Vec<Fact> {
        self.facts()
            .iter()
            .copied()
            .filter(|fact| answers.is_answered(*fact) || open.contains(*fact))
            .collect()
    }

    /// Whether the page still has a question to ask.
    pub fn has_open(&self, answers: &Answers, open: FactSet) -> bool {
        self.facts()
            .iter()
            .any(|fact| open.contains(*fact) && !answers.is_answered(*fact))
    }

    /// Whether any of the page's questions has been answered.
    pub fn has_answers(&self, answers: &Answers) -> bool {
        self.facts().iter().any(|fact| answers.is_answered(*fact))
    }
}

/// Your situation: the groups the plan names for free training, the living
/// allowance and the targeted programmes.
const SITUATION: &[Fact] = &[
    Fact::SchoolLeaver,
    Fact::TechnicalSchoolStudent,
    Fact::CollegeGraduate,
    Fact::RuralMigrant,
    Fact::Unemployed,
    Fact::OvercapacityLaidOff,
    Fact::Veteran,
    Fact::MonthlyPension,
    Fact::WantsBusiness,
    Fact::Woman,
];

/// Your work: being an enterprise employee, and what follows from it.
const WORK: &[Fact] = &[
    Fact::EnterpriseEmployee,
    Fact::Apprentice,
    Fact::JobTransfer,
    Fact::UnemploymentInsured,
];

/// Your household: poverty registration, 低保, and certified statuses.
const HOUSEHOLD: &[Fact] = &[
    Fact::RegisteredPoor,
    Fact::PoorFamilyChild,
    Fact::DibaoFamily,
    Fact::ZeroEmploymentFamily,
    Fact::EmploymentDifficulty,
    Fact::ChildInTechnicalSchool,
];

/// Health and justice: sensitive, each with "prefer not to say".
const HEALTH_AND_JUSTICE: &[Fact] = &[Fact::Disabled, Fact::JusticeInvolved];

/// Every page, in asking order.
pub const PAGES: &[Page] = &[
    Page {
        id: "tie",
        facts: &[Fact::WulongTie],
        checklist: false,
    },
    Page {
        id: "situation",
        facts: SITUATION,
        checklist: true,
    },
    Page {
        id: "household",
        facts: HOUSEHOLD,
        checklist: true,
    },
    Page {
        id: "health",
        facts: HEALTH_AND_JUSTICE,
        checklist: true,
    },
    Page {
        id: "work",
        facts: WORK,
        checklist: true,
    },
    Page {
        id: "hukou",
        facts: &[Fact::Hukou],
        checklist: false,
    },
    Page {
        id: "employer",
        facts: &[Fact::EmployerKind],
        checklist: false,
    },
    Page {
        id: "field",
        facts: &[Fact::Sector],
        checklist: false,
    },
    Page {
        id: "certificates",
        facts: &[Fact::CertificatesThisYear],
        checklist: false,
    },
    Page {
        id: "planned",
        facts: &[Fact::PlannedCertificate],
        checklist: false,
    },
];

/// A page's place in [`PAGES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PageId(u8);

impl PageId {
    pub fn page(self) -> &'static Page {
        PAGES.get(usize::from(self.0)).unwrap_or(&PAGES[0])
    }

    /// Every page, in asking order.
    pub fn all() -> impl Iterator<Item = PageId> {
        (0..PAGES.len() as u8).map(PageId)
    }

    /// The page with this address id, or the page that asks this fact (the
    /// addresses of one-question pages before pages were grouped).
    pub fn from_key(key: &str) -> Option<PageId> {
        PageId::all()
            .find(|id| id.page().id == key)
            .or_else(|| Fact::from_key(key).and_then(PageId::of))
    }

    /// The page that asks a fact.
    pub fn of(fact: Fact) -> Option<PageId> {
        PageId::all().find(|id| id.page().facts().contains(&fact))
    }

    pub fn key(self) -> &'static str {
        self.page().id
    }
}

/// Whether a fact may be answered "not sure" (a person knows whether she is a
/// woman; for anything else the interview never forces a guess).
pub fn offers_not_sure(fact: Fact) -> bool {
    fact != Fact::Woman
}

/// Whether a checklist can ask this fact (a yes/no fact).
pub fn is_yes_no(fact: Fact) -> bool {
    fact.info().kind == FactKind::Bool
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_is_asked_on_exactly_one_page_and_checklists_ask_only_yes_no_facts() {
        for fact in Fact::ALL {
            let pages: Vec<&str> = PAGES
                .iter()
                .filter(|page| page.facts().contains(&fact))
                .map(|page| page.id)
                .collect();
            assert_eq!(pages.len(), 1, "{fact} is on {pages:?}");
        }
        for page in PAGES.iter().filter(|page| page.is_checklist()) {
            for fact in page.facts() {
                assert!(is_yes_no(*fact), "{} asks {fact} as a checkbox", page.id);
            }
        }
    }

    #[test]
    fn page_ids_are_addresses_and_old_question_addresses_still_open_their_page() {
        for id in PageId::all() {
            assert_eq!(PageId::from_key(id.key()), Some(id));
            // A page named like a fact must be the page that asks it.
            if let Some(fact) = Fact::from_key(id.key()) {
                assert_eq!(PageId::of(fact), Some(id), "{}", id.key());
            }
        }
        assert_eq!(
            PageId::from_key("veteran").map(PageId::key),
            Some("situation")
        );
        assert_eq!(PageId::from_key("wulong_tie").map(PageId::key), Some("tie"));
        assert_eq!(PageId::from_key("nowhere"), None);
    }

    #[test]
    fn at_most_ten_pages_in_all() {
        assert!(PAGES.len() <= 10);
    }
}
