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
pub enum Kind {
    PublicVocationalSchool,
    PrivateTraining,
    EnterpriseTrainingCentre,
    AssessmentBody,
}

/// The kinds of certificate 四（二） names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CertificateType {
    VocationalQualification,
    SkillLevel,
    SpecialAbility,
    SpecialOperations,
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
pub(crate) fn ids<T>(table: &[(T, &str, &str, &str)]) -> String {
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
            zh: found.map_or("", |entry| entry.2).to_string(),
            en: found.map_or("", |entry| entry.3).to_string(),
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
pub struct Project {
    /// An occupation id from the rule pack.
    pub occupation: String,
    /// An index into [`LEVEL_CHOICES`].
    pub level: u8,
    pub certificate: CertificateType,
    /// Whether it is in the subsidised training catalogue (补贴性培训目录).
    pub subsidised: bool,
    /// Benefit ids, programme ids or yes/no fact keys of the groups it serves.
    pub serves: Vec<String>,
}

/// One institution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Institution {
    pub id: String,
    pub name_zh: String,
    pub name_en: Option<String>,
    pub kind: Kind,
    pub township: String,
    pub address: String,
    pub phone: String,
    pub opening: String,
    pub projects: Vec<Project>,
    /// The line its entry starts on in the file.
    pub line: usize,
}

/// A catalogue as loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
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

fn text(node: &Node, key: &str, required: bool, what: &str) -> Result<Option<String>, Problem> {
    match node.get(key) {
        None if required => Err(problem(node.line, format!("{what} needs \"{key}\""))),
        None => Ok(None),
        Some(value) => match &value.value {
            Json::String(text) if !text.trim().is_empty() => Ok(Some(text.trim().to_string())),
            Json::Null if !required => Ok(None),
            other => Err(problem(
                value.line,
                format!("\"{key}\" must be a non-empty string, not {}", other.kind()),
            )),
        },
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
            return Err(vec![problem(
                node.line,
                format!("this app reads catalogue format {FORMAT}"),
            )])
        }
        None => {
            return Err(vec![problem(
                root.line,
                "the catalogue needs \"format\": 1".to_string(),
            )])
        }
    }
    let header = (|| -> Result<(String, String, String, String, bool), Problem> {
        let title = required_text(&root, "title", "the catalogue")?;
        let issuer = required_text(&root, "issuer", "the catalogue")?;
        let date = required_text(&root, "date", "the catalogue")?;
        if crate::date::Date::parse(&date).is_none() {
            let line = root.get("date").map_or(root.line, |node| node.line);
            return Err(problem(
                line,
                "\"date\" must be a date YYYY-MM-DD".to_string(),
            ));
        }
        let source = required_text(&root, "source", "the catalogue")?;
        let sample = match root.get("sample") {
            Some(Node {
                value: Json::Bool(flag),
                ..
            }) => *flag,
            Some(node) => {
                return Err(problem(
                    node.line,
                    "\"sample\" must be true or false".to_string(),
                ))
            }
            None => {
                return Err(problem(
                    root.line,
                    "the catalogue needs \"sample\": true or false".to_string(),
                ))
            }
        };
        Ok((title, issuer, date, source, sample))
    })();
    let (title, issuer, date, source, sample) = header.map_err(|err| vec![err])?;
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
            Err(err) => problems.push(err),
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

fn institution(
    node: &Node,
    pack: &RulePack,
    problems: &mut Vec<Problem>,
) -> Result<Institution, Problem> {
    if !matches!(node.value, Json::Object(_)) {
        return Err(problem(
            node.line,
            "an institution must be an object".to_string(),
        ));
    }
    let what = "an institution";
    unknown_keys(node, INSTITUTION_KEYS, what, problems);
    let id = required_text(node, "id", what)?;
    let kind_text = required_text(node, "kind", what)?;
    let kind = Kind::from_id(&kind_text).ok_or_else(|| {
        problem(
            node.get("kind").map_or(node.line, |kind| kind.line),
            format!(
                "institution \"{id}\": \"kind\" must be one of {}",
                ids(KINDS)
            ),
        )
    })?;
    let mut projects = Vec::new();
    match node.get("projects") {
        Some(Node {
            value: Json::Array(items),
            ..
        }) => {
            for item in items {
                match project(item, pack, &id, problems) {
                    Ok(found) => projects.push(found),
                    Err(err) => problems.push(err),
                }
            }
        }
        Some(other) => {
            return Err(problem(
                other.line,
                format!("institution \"{id}\": \"projects\" must be an array"),
            ))
        }
        None => {}
    }
    Ok(Institution {
        name_zh: required_text(node, "name_zh", what)?,
        name_en: text(node, "name_en", false, what)?,
        kind,
        township: required_text(node, "township", what)?,
        address: required_text(node, "address", what)?,
        phone: text(node, "phone", false, what)?.unwrap_or_default(),
        opening: text(node, "opening", false, what)?.unwrap_or_default(),
        projects,
        line: node.line,
        id,
    })
}

fn project(
    node: &Node,
    pack: &RulePack,
    institution: &str,
    problems: &mut Vec<Problem>,
) -> Result<Project, Problem> {
    if !matches!(node.value, Json::Object(_)) {
        return Err(problem(
            node.line,
            format!("institution \"{institution}\": a project must be an object"),
        ));
    }
    let what = "a project";
    unknown_keys(node, PROJECT_KEYS, what, problems);
    let at = |key: &str| node.get(key).map_or(node.line, |value| value.line);
    let occupation = required_text(node, "occupation", what)?;
    if pack.occupation(&occupation).is_none() {
        return Err(problem(
            at("occupation"),
            format!(
                "institution \"{institution}\": occupation \"{occupation}\" is not in the vocabulary ({})",
                pack.occupations.iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let level_text = required_text(node, "level", what)?;
    let level = LEVEL_CHOICES
        .iter()
        .position(|level| level.id == level_text)
        .ok_or_else(|| {
            problem(
                at("level"),
                format!(
                    "institution \"{institution}\": \"level\" must be one of {}",
                    LEVEL_CHOICES
                        .iter()
                        .map(|level| level.id)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })?;
    let certificate_text = required_text(node, "certificate", what)?;
    let certificate = CertificateType::from_id(&certificate_text).ok_or_else(|| {
        problem(
            at("certificate"),
            format!(
                "institution \"{institution}\": \"certificate\" must be one of {}",
                ids(CERTIFICATE_TYPES)
            ),
        )
    })?;
    let subsidised = match node.get("subsidised") {
        Some(Node {
            value: Json::Bool(flag),
            ..
        }) => *flag,
        _ => {
            return Err(problem(
                at("subsidised"),
                format!("institution \"{institution}\": \"subsidised\" must be true or false"),
            ))
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
                    return Err(problem(
                        item.line,
                        format!("institution \"{institution}\": \"serves\" holds strings only"),
                    ));
                };
                let known = pack.benefit(id).is_some()
                    || pack.programmes.iter().any(|programme| programme.id == id)
                    || Fact::from_key(id).is_some();
                if !known {
                    return Err(problem(
                        item.line,
                        format!("institution \"{institution}\": \"{id}\" in \"serves\" is not a benefit, programme or group of the rule pack"),
                    ));
                }
                serves.push(id.to_string());
            }
        }
        Some(other) => {
            return Err(problem(
                other.line,
                format!("institution \"{institution}\": \"serves\" must be an array"),
            ))
        }
    }
    Ok(Project {
        occupation,
        level: level as u8,
        certificate,
        subsidised,
        serves,
    })
}

fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes a catalogue in the documented format, one institution per block.
pub fn to_json(catalogue: &Catalogue) -> String {
    let mut out = String::from("{\n");
    out.push_str(&format!("  \"format\": {FORMAT},\n"));
    out.push_str(&format!("  \"title\": {},\n", quote(&catalogue.title)));
    out.push_str(&format!("  \"issuer\": {},\n", quote(&catalogue.issuer)));
    out.push_str(&format!("  \"date\": {},\n", quote(&catalogue.date)));
    out.push_str(&format!("  \"source\": {},\n", quote(&catalogue.source)));
    out.push_str(&format!("  \"sample\": {},\n", catalogue.sample));
    out.push_str("  \"institutions\": [");
    for (index, institution) in catalogue.institutions.iter().enumerate() {
        out.push_str(if index == 0 { "\n" } else { ",\n" });
        out.push_str("    {\n");
        out.push_str(&format!("      \"id\": {},\n", quote(&institution.id)));
        out.push_str(&format!(
            "      \"name_zh\": {},\n",
            quote(&institution.name_zh)
        ));
        if let Some(name_en) = &institution.name_en {
            out.push_str(&format!("      \"name_en\": {},\n", quote(name_en)));
        }
        out.push_str(&format!(
            "      \"kind\": {},\n",
            quote(institution.kind.id())
        ));
        out.push_str(&format!(
            "      \"township\": {},\n",
            quote(&institution.township)
        ));
        out.push_str(&format!(
            "      \"address\": {},\n",
            quote(&institution.address)
        ));
        if !institution.phone.is_empty() {
            out.push_str(&format!(
                "      \"phone\": {},\n",
                quote(&institution.phone)
            ));
        }
        if !institution.opening.is_empty() {
            out.push_str(&format!(
                "      \"opening\": {},\n",
                quote(&institution.opening)
            ));
        }
        out.push_str("      \"projects\": [");
        for (index, project) in institution.projects.iter().enumerate() {
            out.push_str(if index == 0 { "\n" } else { ",\n" });
            let serves: Vec<String> = project.serves.iter().map(|id| quote(id)).collect();
            let level = LEVEL_CHOICES
                .get(project.level as usize)
                .map_or("none", |level| level.id);
            out.push_str(&format!(
                "        {{\"occupation\": {}, \"level\": {}, \"certificate\": {}, \"subsidised\": {}, \"serves\": [{}]}}",
                quote(&project.occupation),
                quote(level),
                quote(project.certificate.id()),
                project.subsidised,
                serves.join(", ")
            ));
        }
        out.push_str(if institution.projects.is_empty() {
            "]\n"
        } else {
            "\n      ]\n"
        });
        out.push_str("    }");
    }
    out.push_str(if catalogue.institutions.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
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
                            occupation: occupation.id.clone(),
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
                words.push(occupation.name.zh.clone());
                words.push(occupation.name.en.to_ascii_lowercase());
                words.extend(occupation.aliases.iter().cloned());
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
