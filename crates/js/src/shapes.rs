//! The shapes the package returns besides the engine's evaluation report, as
//! serde types. The package's TypeScript declarations are generated from
//! these and from the engine's `report` types (`src/bin/skillcheck-dts.rs`).

use serde::Serialize;
use skillcheck_engine::catalogue::{Institution, Problem};
use skillcheck_engine::report::PackReport;
use skillcheck_engine::{Date, Fact, Status};

#[cfg(feature = "typescript")]
use ts_rs::TS;

/// What kind of input was wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The profile is not a valid profile (the key is named).
    Profile,
    /// An option (`lang`, `date`) has a value it does not take.
    Option,
    /// The share link or code cannot be read.
    ShareLink,
    /// The catalogue cannot be used at all.
    Catalogue,
    /// The package itself is broken (its built-in rule packs cannot be read).
    Internal,
}

/// Why a call was refused: thrown in JavaScript as a `SkillcheckError` with
/// these fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct ErrorReport {
    pub kind: ErrorKind,
    /// The same sentence the command line prints (without its `line N:`).
    pub message: String,
    /// The profile key or option at fault, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub key: Option<String>,
    /// For a catalogue that cannot be used: every problem, with its line.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "typescript",
        ts(as = "Option<Vec<ProblemReport>>", optional)
    )]
    pub problems: Vec<ProblemReport>,
}

impl ErrorReport {
    pub fn new(kind: ErrorKind, message: String) -> ErrorReport {
        ErrorReport {
            kind,
            message,
            key: None,
            problems: Vec::new(),
        }
    }

    pub fn option(key: &str, message: String) -> ErrorReport {
        ErrorReport {
            key: Some(key.to_string()),
            ..ErrorReport::new(ErrorKind::Option, message)
        }
    }

    pub fn share_link(message: String) -> ErrorReport {
        ErrorReport::new(ErrorKind::ShareLink, message)
    }
}

/// A problem of a catalogue entry, at its line in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct ProblemReport {
    pub line: usize,
    pub message: String,
}

impl From<&Problem> for ProblemReport {
    fn from(problem: &Problem) -> ProblemReport {
        ProblemReport {
            line: problem.line,
            message: problem.message.clone(),
        }
    }
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum KindReport {
    /// `true` or `false`.
    YesNo,
    /// One of `values`' ids.
    Choice,
    /// A list of `{occupation, level}` (the certificate subsidies received this year).
    CertificateList,
    /// One `{occupation, level}` (the certificate planned next).
    Certificate,
}

/// An allowed value and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct ChoiceReport {
    pub id: String,
    pub label: String,
}

/// One question of the profile contract.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct FactReport {
    /// The profile's JSON key.
    pub key: Fact,
    pub kind: KindReport,
    /// The question as the app asks it.
    pub question: String,
    /// A plain-language sentence that explains the question; empty for a
    /// checklist item whose own words need none.
    pub help: String,
    /// A short name of the fact in the language asked for.
    pub term: String,
    /// The plan's own (Chinese) term, e.g. 建档立卡贫困劳动力.
    pub official_term: String,
    /// For `choice`: the allowed ids with their labels.
    pub values: Vec<ChoiceReport>,
    /// For `certificate` and `certificate_list`: the allowed levels.
    pub levels: Vec<ChoiceReport>,
    /// For `yes_no`: the sentence saying it holds (for a choice, the fact's label).
    pub yes: String,
    /// For `yes_no`: the sentence saying it does not hold.
    pub no: String,
    /// Whether a person may prefer not to say.
    pub sensitive: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct PeriodSummary {
    pub start: Date,
    pub end: Date,
}

/// A built-in rule pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct PackSummary {
    /// The id share links name, e.g. `wulong-2019`.
    pub id: String,
    /// The document number, e.g. 武隆府办发〔2019〕98号.
    pub number: String,
    pub title: String,
    pub issuer: String,
    pub issued: Date,
    /// Evaluations on this day or later use this pack (until a later one takes over).
    pub effective: Date,
    pub period: PeriodSummary,
}

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct SharedAnswers {
    /// The id of the rule pack the answers were given under.
    pub rule_pack: String,
    /// The answers given, as a profile `evaluate` takes.
    #[cfg_attr(feature = "typescript", ts(type = "Profile"))]
    pub profile: serde_json::Value,
    /// The questions answered "not sure" (unknown in the profile).
    pub not_sure: Vec<Fact>,
    /// The questions answered "prefer not to say" (unknown in the profile).
    pub prefer_not_to_say: Vec<Fact>,
    /// The answer code read from the link.
    pub code: String,
}

/// The catalogue's own description.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct CatalogueInfo {
    pub title: String,
    pub issuer: String,
    pub date: String,
    pub source: String,
    /// Sample data, not an official list: say so wherever it is shown.
    pub sample: bool,
}

/// Why an institution fits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct FitReport {
    /// `planned_certificate`, `benefit`, `programme` or `group`.
    #[cfg_attr(
        feature = "typescript",
        ts(type = r#""planned_certificate" | "benefit" | "programme" | "group""#)
    )]
    pub kind: String,
    /// The occupation, benefit or programme id, or the fact key of the group.
    pub id: String,
    /// Its name in the language asked for.
    pub label: String,
    /// For `planned_certificate`: whether the level is the one planned too.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub level: Option<bool>,
}

/// One institution that fits, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct MatchReport {
    /// Its name in the language asked for (the Chinese name when it has no other).
    pub name: String,
    pub institution: Institution,
    pub fits: Vec<FitReport>,
}

/// The institutions that fit, best first, and the entries left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct MatchesReport {
    pub catalogue: CatalogueInfo,
    /// Entries of the catalogue that were left out, each with its line.
    pub problems: Vec<ProblemReport>,
    pub institutions: Vec<MatchReport>,
}

/// What `decide` gives: the rule pack and each benefit's and programme's id,
/// name and status, field for field as `evaluate` gives them, without the
/// reasons, clauses and contacts (for a form that decides as a person types,
/// or a batch of many profiles).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct Decisions<'a> {
    pub rule_pack: PackReport<'a>,
    pub benefits: Vec<Decided<'a>>,
    pub programmes: Vec<Decided<'a>>,
}

/// One benefit or programme: its id, its name in the language asked for, and
/// whether the person can get it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(TS))]
pub struct Decided<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub status: Status,
}
