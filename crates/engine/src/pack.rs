//! Rule packs: one policy document as reviewable data.
//!
//! The types here are what the engine decides with. A pack is written in TOML
//! (`rulepacks/*.toml`, format in `docs/rule-pack-format.md`) and read into
//! these types by `pack_toml.rs` with serde, at build time for the packs the
//! engine carries (written out as static data by databake, see [`crate::stored`]) and
//! by the command line (feature `toml`) for any file.

use databake::Bake;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::expr::Condition;
use crate::facts::Fact;
use crate::occupation;
use crate::stored::{List, Str};

/// The pack format this engine reads.
pub const FORMAT: i64 = 1;

/// What a line of a benefit's `bring` list may hold in place of words: the
/// person's own groups that the benefit is for (see `BenefitOutcome::bring`).
pub const GROUPS_PLACEHOLDER: &str = "{groups}";

/// A problem in a rule pack, at a line (1-based).
pub type PackError = crate::problem::Problem;

/// Text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Text {
    pub zh: Str,
    pub en: Str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The two languages the engine explains itself in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Bake)]
#[databake(path = crate::pack)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    En,
}

/// The document a pack encodes.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct DocumentInfo {
    /// The pack's id, e.g. `wulong-2019`; share links name it.
    pub id: Str,
    pub number: Str,
    pub title: Text,
    pub issuer: Text,
    pub issued: Date,
    /// The pack is chosen for evaluation dates from this day on.
    pub effective: Date,
    pub period_start: Date,
    pub period_end: Date,
    pub source: Str,
    pub parents: List<Str>,
}

/// A clause of the document, quoted.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Clause {
    pub id: Str,
    pub title: Text,
    pub text: Str,
}

/// A department, by its name in the document.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Department {
    /// The name the pack uses everywhere (the Chinese name); it is the id.
    pub id: Str,
    pub name_en: Str,
    /// Other forms the document prints the same name in (附件1 第12项: 区住房城乡建设委).
    pub printed: List<Str>,
}

/// Who receives a benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Bake)]
#[databake(path = crate::pack)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Recipient {
    Person,
    Employer,
    Institution,
}

impl Recipient {
    pub fn id(self) -> &'static str {
        match self {
            Recipient::Person => "person",
            Recipient::Employer => "employer",
            Recipient::Institution => "institution",
        }
    }
}

/// A reading of the plan: where its words are vague (or a list ends in 等), the
/// choice the pack makes, the words it rests on, and what the person is told
/// to confirm. Conditions name readings in `maybe(...)` and `reading(...)`;
/// a benefit may name readings that apply to all its decisions.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Reading {
    pub id: Str,
    /// The clause the quoted words are in.
    pub clause: Str,
    /// The plan's own words, as in the clause.
    pub quote: Str,
    /// What the person is told to confirm, and with whom.
    pub confirm: Text,
}

/// A benefit the document promises.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Benefit {
    pub id: Str,
    pub line: usize,
    pub name: Text,
    pub recipient: Recipient,
    /// Who pays whom, in words.
    pub payment: Text,
    /// What the document fixes about amounts or limits ("按规定标准" where it fixes none).
    pub fixed: Text,
    /// Whom the document gives it to, in one sentence: what the results say
    /// when no change a person can make would help.
    pub for_whom: Text,
    pub clauses: List<Str>,
    pub condition: Condition,
    /// Conditions the document states that the checker does not ask, then what
    /// the benefit's own readings ask to confirm.
    pub confirm: List<Text>,
    /// Readings that apply to every decision about this benefit.
    pub readings: List<Str>,
    /// What to bring or ask when applying.
    pub bring: List<Text>,
    /// Lead departments to contact for this benefit.
    pub contacts: List<Str>,
}

/// A targeted programme the document names.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Programme {
    pub id: Str,
    pub line: usize,
    pub name: Text,
    pub summary: Text,
    pub clauses: List<Str>,
    pub condition: Condition,
    pub contacts: List<Str>,
}

/// A row of 附件1, the departments' responsibility list.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct AnnexRow {
    pub row: u32,
    pub task: Text,
    pub lead: List<Str>,
    pub units: List<Str>,
    /// Yearly targets (人次) for the pack's target years, when the row has them.
    pub targets: List<u32>,
    /// People with any of these yes/no facts are routed to this row's lead department.
    pub groups: List<Fact>,
    /// People in any of these sectors are routed to this row's lead department.
    pub sectors: List<u8>,
}

/// An occupation field the plan names, routed to a 附件1 row's lead department.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Occupation {
    pub id: Str,
    pub name: Text,
    pub annex1_row: u32,
    /// Words a person may type for this field, e.g. 养老护理员.
    pub aliases: List<Str>,
    /// Groups of names that are one occupation (职业项目) for the rule that the
    /// same occupation at the same level is subsidised once: 电工 and 维修电工.
    /// Other words of a field (育婴员, 保育员) are different occupations.
    pub synonyms: List<List<Str>>,
    /// The comparison keys of the names above ([`occupation::key`]), worked out
    /// once ([`RulePack::prepare`]): when the pack is read, or for a built-in
    /// pack at build time, into its static data.
    pub keys: OccupationKeys,
}

/// An occupation field's names as comparison keys.
#[derive(Clone, Debug, Default, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct OccupationKeys {
    /// The Chinese name, then the aliases.
    pub words: List<Str>,
    pub name_en: Str,
    pub synonyms: List<List<Str>>,
}

impl Occupation {
    /// The keys of its names (worked out now if the pack was not prepared).
    pub fn keys(&self) -> std::borrow::Cow<'_, OccupationKeys> {
        if self.keys.words.is_empty() {
            std::borrow::Cow::Owned(self.keys_now())
        } else {
            std::borrow::Cow::Borrowed(&self.keys)
        }
    }

    fn keys_now(&self) -> OccupationKeys {
        let key = |text: &Str| Str::Owned(occupation::key(text).into_owned());
        OccupationKeys {
            words: std::iter::once(&self.name.zh)
                .chain(self.aliases.iter())
                .map(key)
                .collect(),
            name_en: key(&self.name.en),
            synonyms: self
                .synonyms
                .iter()
                .map(|names| names.iter().map(key).collect())
                .collect(),
        }
    }
}

/// The document's yearly training targets, as printed (they disagree; both are kept).
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct Targets {
    pub years: List<u32>,
    /// The body text's figures (一（二）).
    pub body: List<u32>,
    pub body_clause: Str,
    /// The body text's three-year total.
    pub body_total: u32,
    /// 附件1's total row.
    pub annex_total: List<u32>,
    pub note: Text,
}

/// One policy document as data.
#[derive(Clone, Debug, PartialEq, Eq, Bake)]
#[databake(path = crate::pack)]
pub struct RulePack {
    pub document: DocumentInfo,
    /// A condition every benefit and programme needs (the tie to the district).
    pub every_benefit_requires: Condition,
    pub every_benefit_requires_clauses: List<Str>,
    /// Where to send someone the district cannot help.
    pub elsewhere: Text,
    /// The department to contact when nothing more specific applies.
    pub default_contact: Str,
    pub clauses: List<Clause>,
    pub departments: List<Department>,
    pub readings: List<Reading>,
    pub benefits: List<Benefit>,
    pub programmes: List<Programme>,
    pub annex1: List<AnnexRow>,
    pub targets: Targets,
    pub occupations: List<Occupation>,
}

/// The occupation field a person's words name: the first whose name or alias
/// appears in the text, or that the text appears in ("电工" → electrician),
/// comparing [`occupation::key`]s, so that full-width letters, spaces and a
/// level in brackets make no difference.
pub fn occupation_for_text<'p>(
    occupations: &'p [Occupation],
    text: &str,
) -> Option<&'p Occupation> {
    field_for_key(occupations, &occupation::key(text))
}

/// The occupation field for a typed name's [`occupation::key`].
pub fn field_for_key<'p>(occupations: &'p [Occupation], typed: &str) -> Option<&'p Occupation> {
    if typed.is_empty() {
        return None;
    }
    occupations.iter().find(|field| {
        let keys = field.keys();
        keys.words
            .iter()
            .any(|word| !word.is_empty() && (typed.contains(&**word) || word.contains(typed)))
            || keys.name_en == typed
            || field.id == typed
    })
}

impl RulePack {
    /// Works out what reading a pack leaves to be worked out once: the
    /// occupation fields' comparison keys. `build.rs` (for the built-in packs)
    /// and the pack reader call it; a pack that was not prepared still decides
    /// the same, slower.
    pub fn prepare(&mut self) {
        for occupation in self.occupations.to_mut() {
            occupation.keys = occupation.keys_now();
        }
    }

    pub fn id(&self) -> &str {
        &self.document.id
    }

    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|clause| clause.id == id)
    }

    pub fn benefit(&self, id: &str) -> Option<&Benefit> {
        self.benefits.iter().find(|benefit| benefit.id == id)
    }

    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|programme| programme.id == id)
    }

    pub fn reading(&self, id: &str) -> Option<&Reading> {
        self.readings.iter().find(|reading| reading.id == id)
    }

    pub fn occupation(&self, id: &str) -> Option<&Occupation> {
        self.occupations
            .iter()
            .find(|occupation| occupation.id == id)
    }

    /// The occupation field a person's words name (see [`occupation_for_text`]).
    pub fn occupation_for_text(&self, text: &str) -> Option<&Occupation> {
        occupation_for_text(&self.occupations, text)
    }

    /// The lead departments of an occupation field (from its 附件1 row).
    pub fn occupation_leads(&self, occupation: &Occupation) -> Vec<&str> {
        self.annex1
            .iter()
            .find(|row| row.row == occupation.annex1_row)
            .map(|row| {
                row.lead
                    .iter()
                    .map(|lead| self.department(lead).map_or(&**lead, |d| &d.id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The department with this name, or with this name as the document also prints it.
    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments
            .iter()
            .find(|department| department.id == id || department.printed.iter().any(|p| p == id))
    }

    /// A department's name in a language: in Chinese the one name the pack uses
    /// for it (also for a name as printed elsewhere), in English its translation.
    pub fn department_name<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        match (lang, self.department(id)) {
            (Lang::En, Some(department)) => &department.name_en,
            (Lang::Zh, Some(department)) => &department.id,
            (_, None) => id,
        }
    }

    /// Whether the plan period has ended on a date.
    pub fn period_ended(&self, on: Date) -> bool {
        on > self.document.period_end
    }
}

/// Reads a rule pack from its TOML text (feature `toml`); see [`crate::pack_toml`].
#[cfg(feature = "toml")]
pub use crate::pack_toml::parse;
