//! The catalogue of training and assessment institutions (五（二）: 培训和评价机构目录),
//! read from the JSON format in `docs/catalogue-format.md`, validated entry by
//! entry, and matched to a person's results.
//!
//! A catalogue is usable when it parses and has a title; every institution with
//! a problem is left out and reported with its line, and the rest are kept.

use crate::decide::{Evaluation, Status};
use crate::facts::{Fact, LEVEL_CHOICES};
use crate::json_lite::{self, Json, Node};
use crate::pack::{RulePack, Text};
use crate::profile::Profile;

/// The catalogue format this engine reads.
pub const FORMAT: i64 = 1;

/// The kinds of institution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Kind {
    PublicVocationalSchool,
    PrivateTraining,
    EnterpriseTrainingCentre,
    AssessmentBody,
}

/// The kinds of certificate 四（二） names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum CertificateType {
    VocationalQualification,
    SkillLevel,
    SpecialAbility,
    SpecialOperations,
    #[cfg_attr(feature = "serde", serde(rename = "training"))]
    TrainingCertificate,
}

/// (id, zh, en) for each institution kind.
pub const KINDS: &[(Kind, &str, &str, &str)] = &[
    (
        Kind::PublicVocationalSchool,
        "public_vocational_school",
        "公办职业院校",
        "Public vocational school",
    ),
    (
        Kind::PrivateTraining,
        "private_training",
        "民办培训机构",
        "Private training institution",
    ),
    (
        Kind::EnterpriseTrainingCentre,
        "enterprise_training_centre",
        "企业培训中心",
        "Enterprise training centre",
    ),
    (
        Kind::AssessmentBody,
        "assessment_body",
        "技能评价机构",
        "Skills assessment body",
    ),
];

/// (id, zh, en) for each certificate type.
pub const CERTIFICATE_TYPES: &[(CertificateType, &str, &str, &str)] = &[
    (
        CertificateType::VocationalQualification,
        "vocational_qualification",
        "职业资格证书",
        "Vocational qualification certificate",
    ),
    (
        CertificateType::SkillLevel,
        "skill_level",
        "职业技能等级证书",
        "Vocational skill-level certificate",
    ),
    (
        CertificateType::SpecialAbility,
        "special_ability",
        "专项职业能力证书",
        "Special vocational ability certificate",
    ),
    (
        CertificateType::SpecialOperations,
        "special_operations",
        "特种作业操作证书",
        "Special operations certificate",
    ),
    (
        CertificateType::TrainingCertificate,
        "training",
        "培训合格证书",
        "Training completion certificate",
    ),
];

/// The ids of a (value, id, zh, en) table, for "must be one of …" messages.
pub fn ids<T>(table: &[(T, &str, &str, &str)]) -> String {
    table
        .iter()
        .map(|entry| entry.1)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value's id and label in a (value, id, zh, en) table.
fn entry<T: PartialEq>(
    table: &[(T, &'static str, &'static str, &'static str)],
    value: T,
) -> (&'static str, Text) {
    let found = table.iter().find(|entry| entry.0 == value);
    (
        found.map_or("", |entry| entry.1),
        Text {
            zh: found.map_or("", |entry| entry.2).into(),
            en: found.map_or("", |entry| entry.3).into(),
        },
    )
}

impl Kind {
    pub fn id(self) -> &'static str {
        entry(KINDS, self).0
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        KINDS.iter().find(|kind| kind.1 == id).map(|kind| kind.0)
    }

    pub fn label(self) -> Text {
        entry(KINDS, self).1
    }
}

impl CertificateType {
    pub fn id(self) -> &'static str {
        entry(CERTIFICATE_TYPES, self).0
    }

    pub fn from_id(id: &str) -> Option<CertificateType> {
        CERTIFICATE_TYPES
            .iter()
            .find(|kind| kind.1 == id)
            .map(|kind| kind.0)
    }

    pub fn label(self) -> Text {
        entry(CERTIFICATE_TYPES, self).1
    }
}

/// One training project an institution offers.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Project {
    /// An occupation id from the rule pack.
    pub occupation: String,
    /// An index into [`LEVEL_CHOICES`].
    #[cfg_attr(feature = "serde", serde(serialize_with = "level_id"))]
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub level: u8,
    pub certificate: CertificateType,
    /// Whether it is in the subsidised training catalogue (补贴性培训目录).
    pub subsidised: bool,
    /// Benefit ids, programme ids or yes/no fact keys of the groups it serves.
    pub serves: Vec<String>,
}

/// One institution.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Institution {
    pub id: String,
    pub name_zh: String,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub name_en: Option<String>,
    pub kind: Kind,
    pub township: String,
    pub address: String,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "String::is_empty"))]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub phone: String,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "String::is_empty"))]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub opening: String,
    pub projects: Vec<Project>,
    /// The line its entry starts on in the file.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub line: usize,
}

/// A catalogue as loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Catalogue {
    pub title: String,
    pub issuer: String,
    pub date: String,
    pub source: String,
    /// Sample data, not an official list: every screen that shows it says so.
    pub sample: bool,
    pub institutions: Vec<Institution>,
}

pub use crate::problem::Problem;

/// A usable catalogue and the entries that had to be left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub catalogue: Catalogue,
    pub problems: Vec<Problem>,
}

const TOP_KEYS: &[&str] = &[
    "format",
    "title",
    "issuer",
    "date",
    "source",
    "sample",
    "institutions",
];
const INSTITUTION_KEYS: &[&str] = &[
    "id", "name_zh", "name_en", "kind", "township", "address", "phone", "opening", "projects",
];
const PROJECT_KEYS: &[&str] = &["occupation", "level", "certificate", "subsidised", "serves"];

fn problem(line: usize, message: String) -> Problem {
    Problem { line, message }
}

fn unknown_keys(node: &Node, allowed: &[&str], what: &str, problems: &mut Vec<Problem>) {
    if let Json::Object(members) = &node.value {
        for (key, value) in members {
            if !allowed.contains(&key.as_str()) {
                problems.push(problem(
                    value.line,
                    format!(
                        "unknown key \"{key}\" in {what}; allowed: {}",
                        allowed.join(", ")
                    ),
                ));
            }
        }
    }
}

/// The most characters a catalogue's text field may hold: a name, an
/// address or opening hours, with room to spare.
pub const MAX_TEXT_CHARS: usize = 300;

fn text(node: &Node, key: &str, required: bool, what: &str) -> Result<Option<String>, Problem> {
    match node.get(key) {
        None if required => Err(problem(node.line, format!("{what} needs \"{key}\""))),
        None => Ok(None),
        Some(value) => {
            let not_text = |json: &Json| {
                problem(
                    value.line,
                    format!("\"{key}\" must be a non-empty string, not {}", json.kind()),
                )
            };
            match &value.value {
                // Shown on the checker's own pages: no character that hides or
                // reorders text (a phone number written backwards), and no essay.
                Json::String(text) => {
                    let trimmed = text.trim();
                    let chars = trimmed.chars().count();
                    if let Some(hidden) = text.chars().find(|c| crate::occupation::is_hidden(*c)) {
                        Err(problem(
                            value.line,
                            format!(
                                "\"{key}\" contains the invisible control character U+{:04X}; write it as plain text",
                                u32::from(hidden)
                            ),
                        ))
                    } else if chars > MAX_TEXT_CHARS {
                        Err(problem(
                            value.line,
                            format!("\"{key}\" has {chars} characters; at most {MAX_TEXT_CHARS} are accepted"),
                        ))
                    } else if chars == 0 {
                        Err(not_text(&value.value))
                    } else {
                        Ok(Some(trimmed.to_string()))
                    }
                }
                Json::Null if !required => Ok(None),
                other => Err(not_text(other)),
            }
        }
    }
}

fn required_text(node: &Node, key: &str, what: &str) -> Result<String, Problem> {
    text(node, key, true, what).map(Option::unwrap_or_default)
}

/// Reads a catalogue. `Err` means the whole file is unusable (with why);
/// `Ok` may still list entries that were left out.
pub fn parse(source: &str, pack: &RulePack) -> Result<Loaded, Vec<Problem>> {
    let root = json_lite::parse(source).map_err(|err| vec![problem(err.line, err.message)])?;
    if !matches!(root.value, Json::Object(_)) {
        return Err(vec![problem(
            root.line,
            "a catalogue must be a JSON object".to_string(),
        )]);
    }
    let mut problems = Vec::new();
    unknown_keys(&root, TOP_KEYS, "the catalogue", &mut problems);
    match root.get("format") {
        Some(Node {
            value: Json::Number(Some(FORMAT)),
            ..
        }) => {}
        Some(node) => {
            let given = match &node.value {
                Json::Number(Some(number)) => number.to_string(),
                Json::String(text) => format!(
                    "the string \"{}\"",
                    text.chars().take(20).collect::<String>()
                ),
                other => other.kind().to_string(),
            };
            return Err(vec![problem(
                node.line,
                format!("this app reads catalogue format {FORMAT}; the file gives {given}"),
            )]);
        }
        None => {
            return Err(vec![problem(
                root.line,
                "the catalogue needs \"format\": 1".to_string(),
            )])
        }
    }
    let mut header = EntryProblems(Vec::new());
    let what = "the catalogue";
    let title = header.take(required_text(&root, "title", what));
    let issuer = header.take(required_text(&root, "issuer", what));
    let date = header
        .take(required_text(&root, "date", what))
        .and_then(|date| {
            if crate::date::Date::parse(&date).is_some() {
                return Some(date);
            }
            let line = root.get("date").map_or(root.line, |node| node.line);
            header.0.push(problem(
                line,
                format!("\"date\" must be a date YYYY-MM-DD, not \"{date}\""),
            ));
            None
        });
    let source = header.take(required_text(&root, "source", what));
    let sample = match root.get("sample") {
        Some(Node {
            value: Json::Bool(flag),
            ..
        }) => Some(*flag),
        Some(node) => {
            header.0.push(problem(
                node.line,
                format!(
                    "\"sample\" must be true or false, not {}",
                    node.value.kind()
                ),
            ));
            None
        }
        None => {
            header.0.push(problem(
                root.line,
                "the catalogue needs \"sample\": true or false".to_string(),
            ));
            None
        }
    };
    let (Some(title), Some(issuer), Some(date), Some(source), Some(sample)) =
        (title, issuer, date, source, sample)
    else {
        let mut all = header.0;
        all.extend(problems);
        crate::problem::sort_by_line(&mut all);
        return Err(all);
    };
    let Some(Node {
        value: Json::Array(entries),
        ..
    }) = root.get("institutions")
    else {
        return Err(vec![problem(
            root.line,
            "the catalogue needs \"institutions\": [ ... ]".to_string(),
        )]);
    };
    let mut institutions: Vec<Institution> = Vec::new();
    for entry in entries {
        match institution(entry, pack, &mut problems) {
            Ok(found) if institutions.iter().any(|other| other.id == found.id) => {
                problems.push(problem(
                    entry.line,
                    format!(
                        "institution \"{}\" appears twice; the second is left out",
                        found.id
                    ),
                ))
            }
            Ok(found) => institutions.push(found),
            Err(errors) => problems.extend(errors),
        }
    }
    if institutions.is_empty() && !entries.is_empty() {
        problems.insert(
            0,
            problem(
                root.line,
                "no institution in the file is usable".to_string(),
            ),
        );
        return Err(problems);
    }
    crate::problem::sort_by_line(&mut problems);
    Ok(Loaded {
        catalogue: Catalogue {
            title,
            issuer,
            date,
            source,
            sample,
            institutions,
        },
        problems,
    })
}

/// Collects the problems of one entry, so that an entry with several wrong
/// values reports every one of them.
struct EntryProblems(Vec<Problem>);

impl EntryProblems {
    fn take<T>(&mut self, result: Result<T, Problem>) -> Option<T> {
        result.map_err(|problem| self.0.push(problem)).ok()
    }
}

fn institution(
    node: &Node,
    pack: &RulePack,
    problems: &mut Vec<Problem>,
) -> Result<Institution, Vec<Problem>> {
    if !matches!(node.value, Json::Object(_)) {
        return Err(vec![problem(
            node.line,
            "an institution must be an object".to_string(),
        )]);
    }
    let what = "an institution";
    unknown_keys(node, INSTITUTION_KEYS, what, problems);
    let mut found = EntryProblems(Vec::new());
    let id = found.take(required_text(node, "id", what));
    let label = id.clone().unwrap_or_else(|| "?".to_string());
    let kind = found
        .take(required_text(node, "kind", what))
        .and_then(|kind_text| {
            let kind = Kind::from_id(&kind_text);
            if kind.is_none() {
                found.0.push(problem(
                    node.get("kind").map_or(node.line, |kind| kind.line),
                    format!(
                        "institution \"{label}\": \"kind\" must be one of {}",
                        ids(KINDS)
                    ),
                ));
            }
            kind
        });
    let name_zh = found.take(required_text(node, "name_zh", what));
    let name_en = found.take(text(node, "name_en", false, what));
    let township = found.take(required_text(node, "township", what));
    let address = found.take(required_text(node, "address", what));
    let phone = found.take(text(node, "phone", false, what));
    let opening = found.take(text(node, "opening", false, what));
    let mut projects = Vec::new();
    match node.get("projects") {
        Some(Node {
            value: Json::Array(items),
            ..
        }) => {
            for item in items {
                match project(item, pack, &label, problems) {
                    Ok(project) => projects.push(project),
                    Err(errors) => problems.extend(errors),
                }
            }
        }
        Some(other) => found.0.push(problem(
            other.line,
            format!("institution \"{label}\": \"projects\" must be an array"),
        )),
        None => {}
    }
    match (
        id, kind, name_zh, name_en, township, address, phone, opening,
    ) {
        (
            Some(id),
            Some(kind),
            Some(name_zh),
            Some(name_en),
            Some(township),
            Some(address),
            Some(phone),
            Some(opening),
        ) if found.0.is_empty() => Ok(Institution {
            id,
            name_zh,
            name_en,
            kind,
            township,
            address,
            phone: phone.unwrap_or_default(),
            opening: opening.unwrap_or_default(),
            projects,
            line: node.line,
        }),
        _ => Err(found.0),
    }
}

fn project(
    node: &Node,
    pack: &RulePack,
    institution: &str,
    problems: &mut Vec<Problem>,
) -> Result<Project, Vec<Problem>> {
    if !matches!(node.value, Json::Object(_)) {
        return Err(vec![problem(
            node.line,
            format!("institution \"{institution}\": a project must be an object"),
        )]);
    }
    let what = "a project";
    unknown_keys(node, PROJECT_KEYS, what, problems);
    let at = |key: &str| node.get(key).map_or(node.line, |value| value.line);
    let mut found = EntryProblems(Vec::new());
    let occupation = found.take(required_text(node, "occupation", what)).and_then(|occupation| {
        if pack.occupation(&occupation).is_some() {
            return Some(occupation);
        }
        found.0.push(problem(
            at("occupation"),
            format!(
                "institution \"{institution}\": occupation \"{occupation}\" is not in the vocabulary ({})",
                pack.occupations.iter().map(|o| &*o.id).collect::<Vec<_>>().join(", ")
            ),
        ));
        None
    });
    let level = found
        .take(required_text(node, "level", what))
        .and_then(|level_text| {
            let level = LEVEL_CHOICES
                .iter()
                .position(|level| level.id == level_text);
            if level.is_none() {
                found.0.push(problem(
                    at("level"),
                    format!(
                        "institution \"{institution}\": \"level\" must be one of {}",
                        LEVEL_CHOICES
                            .iter()
                            .map(|level| level.id)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            level
        });
    let certificate = found
        .take(required_text(node, "certificate", what))
        .and_then(|certificate_text| {
            let certificate = CertificateType::from_id(&certificate_text);
            if certificate.is_none() {
                found.0.push(problem(
                    at("certificate"),
                    format!(
                        "institution \"{institution}\": \"certificate\" must be one of {}",
                        ids(CERTIFICATE_TYPES)
                    ),
                ));
            }
            certificate
        });
    let subsidised = match node.get("subsidised") {
        Some(Node {
            value: Json::Bool(flag),
            ..
        }) => Some(*flag),
        _ => {
            found.0.push(problem(
                at("subsidised"),
                format!("institution \"{institution}\": \"subsidised\" must be true or false"),
            ));
            None
        }
    };
    let mut serves = Vec::new();
    match node.get("serves") {
        None => {}
        Some(Node {
            value: Json::Array(items),
            ..
        }) => {
            for item in items {
                let Some(id) = item.as_str() else {
                    found.0.push(problem(
                        item.line,
                        format!("institution \"{institution}\": \"serves\" holds strings only"),
                    ));
                    continue;
                };
                let known = pack.benefit(id).is_some()
                    || pack.programme(id).is_some()
                    || Fact::from_key(id).is_some();
                if known {
                    serves.push(id.to_string());
                } else {
                    found.0.push(problem(
                        item.line,
                        format!("institution \"{institution}\": \"{id}\" in \"serves\" is not a benefit, programme or group of the rule pack"),
                    ));
                }
            }
        }
        Some(other) => found.0.push(problem(
            other.line,
            format!("institution \"{institution}\": \"serves\" must be an array"),
        )),
    }
    match (occupation, level, certificate, subsidised) {
        (Some(occupation), Some(level), Some(certificate), Some(subsidised))
            if found.0.is_empty() =>
        {
            Ok(Project {
                occupation,
                level: level as u8,
                certificate,
                subsidised,
                serves,
            })
        }
        _ => Err(found.0),
    }
}

/// A catalogue in the file format of `docs/catalogue-format.md`, for writing
/// with serde (feature `serde`): `{"format": 1, "title": ..., "institutions": [...]}`.
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
pub struct CatalogueFile<'a> {
    pub format: i64,
    #[serde(flatten)]
    pub catalogue: &'a Catalogue,
}

#[cfg(feature = "serde")]
impl<'a> CatalogueFile<'a> {
    pub fn new(catalogue: &'a Catalogue) -> CatalogueFile<'a> {
        CatalogueFile {
            format: FORMAT,
            catalogue,
        }
    }
}

#[cfg(feature = "serde")]
fn level_id<S: serde::Serializer>(level: &u8, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(
        LEVEL_CHOICES
            .get(usize::from(*level))
            .map_or("none", |level| level.id),
    )
}

/// Why an institution fits a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fit {
    /// It trains for the occupation (and, when `level` is true, the level) the person plans.
    PlannedCertificate { occupation: String, level: bool },
    /// A project serves a benefit the person can or may get.
    Benefit(String),
    /// A project serves a programme for the person's groups.
    Programme(String),
    /// A project serves a group the person belongs to.
    Group(Fact),
}

/// An institution that fits, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match<'c> {
    pub institution: &'c Institution,
    pub fits: Vec<Fit>,
    score: u32,
}

/// The institutions that fit a person's results, best first: the planned
/// certificate's occupation and level; then what serves the person's own groups
/// and their programmes (specific); then the benefits they can or may get
/// (which most institutions serve).
pub fn matches<'c>(
    catalogue: &'c Catalogue,
    pack: &RulePack,
    evaluation: &Evaluation<'_>,
    profile: &Profile,
) -> Vec<Match<'c>> {
    let planned = profile.planned_certificate();
    let planned_occupation =
        planned.and_then(|planned| pack.occupation_for_text(&planned.occupation));
    let mut found: Vec<Match<'c>> = Vec::new();
    for institution in &catalogue.institutions {
        let mut fits = Vec::new();
        let mut score = 0;
        let mut add = |fit: Fit, points: u32, fits: &mut Vec<Fit>| {
            if !fits.contains(&fit) {
                fits.push(fit);
                score += points;
            }
        };
        for project in &institution.projects {
            if let (Some(occupation), Some(planned)) = (planned_occupation, planned) {
                if project.occupation == occupation.id {
                    let level = project.level == planned.level;
                    add(
                        Fit::PlannedCertificate {
                            occupation: occupation.id.to_string(),
                            level,
                        },
                        if level { 100 } else { 50 },
                        &mut fits,
                    );
                }
            }
            for id in &project.serves {
                if let Some(outcome) = evaluation.benefit(id) {
                    match outcome.status {
                        Status::Eligible => add(Fit::Benefit(id.clone()), 5, &mut fits),
                        Status::Unknown => add(Fit::Benefit(id.clone()), 2, &mut fits),
                        Status::NotEligible => {}
                    }
                } else if let Some(outcome) = evaluation.programme(id) {
                    if outcome.status == Status::Eligible {
                        add(Fit::Programme(id.clone()), 12, &mut fits);
                    }
                } else if let Some(fact) = Fact::from_key(id) {
                    if profile.flag(fact) == Some(true) {
                        add(Fit::Group(fact), 12, &mut fits);
                    }
                }
            }
        }
        if !fits.is_empty() {
            found.push(Match {
                institution,
                fits,
                score,
            });
        }
    }
    crate::problem::insertion_sort(&mut found, |a, b| {
        (b.score, &a.institution.name_zh) < (a.score, &b.institution.name_zh)
    });
    found
}

/// What the catalogue screen filters by; `None` means any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub occupation: Option<String>,
    pub level: Option<u8>,
    pub certificate: Option<CertificateType>,
    pub township: Option<String>,
    pub kind: Option<Kind>,
    /// Words to find in the name, the township or an occupation's names.
    pub search: String,
}

impl Filter {
    /// Whether an institution passes the filter.
    pub fn accepts(&self, institution: &Institution, pack: &RulePack) -> bool {
        if self.kind.is_some_and(|kind| kind != institution.kind)
            || self
                .township
                .as_ref()
                .is_some_and(|township| *township != institution.township)
        {
            return false;
        }
        let project_filters =
            self.occupation.is_some() || self.level.is_some() || self.certificate.is_some();
        if project_filters
            && !institution.projects.iter().any(|project| {
                self.occupation
                    .as_ref()
                    .is_none_or(|occupation| *occupation == project.occupation)
                    && self.level.is_none_or(|level| level == project.level)
                    && self
                        .certificate
                        .is_none_or(|certificate| certificate == project.certificate)
            })
        {
            return false;
        }
        let search = self.search.trim().to_ascii_lowercase();
        if search.is_empty() {
            return true;
        }
        let mut words: Vec<String> = vec![
            institution.name_zh.clone(),
            institution
                .name_en
                .clone()
                .unwrap_or_default()
                .to_ascii_lowercase(),
            institution.township.clone(),
        ];
        for project in &institution.projects {
            if let Some(occupation) = pack.occupation(&project.occupation) {
                words.push(occupation.name.zh.to_string());
                words.push(occupation.name.en.to_ascii_lowercase());
                words.extend(occupation.aliases.iter().map(|alias| alias.to_string()));
            }
        }
        words.iter().any(|word| word.contains(&search))
    }
}

/// The institutions that pass a filter, in catalogue order.
pub fn filtered<'c>(
    catalogue: &'c Catalogue,
    pack: &RulePack,
    filter: &Filter,
) -> Vec<&'c Institution> {
    catalogue
        .institutions
        .iter()
        .filter(|institution| filter.accepts(institution, pack))
        .collect()
}
