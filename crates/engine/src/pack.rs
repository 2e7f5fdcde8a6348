//! Rule packs: one policy document as reviewable data.
//!
//! A pack is a file in `rulepacks/` written in a small TOML subset (see
//! `docs/rule-pack-format.md`). This module turns the text into a [`RulePack`]
//! or into every problem found, each with its line.

use crate::date::Date;
use crate::expr::{self, Condition};
use crate::facts::{Fact, FactKind, SECTOR_CHOICES};
use crate::toml_lite::{self, Item, Table, Value};

/// The pack format this engine reads.
pub const FORMAT: i64 = 1;

/// A problem in a rule pack, at a line (1-based).
pub type PackError = crate::problem::Problem;

/// Text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub zh: String,
    pub en: String,
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

/// The document a pack encodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentInfo {
    /// The pack's id, e.g. `wulong-2019`; share links name it.
    pub id: String,
    pub number: String,
    pub title: Text,
    pub issuer: Text,
    pub issued: Date,
    /// The pack is chosen for evaluation dates from this day on.
    pub effective: Date,
    pub period_start: Date,
    pub period_end: Date,
    pub source: String,
    pub parents: Vec<String>,
}

/// A clause of the document, quoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    pub id: String,
    pub title: Text,
    pub text: String,
}

/// A department, by its name in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Department {
    pub id: String,
    pub name_en: String,
}

/// Who receives a benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// A benefit the document promises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Benefit {
    pub id: String,
    pub line: usize,
    pub name: Text,
    pub recipient: Recipient,
    /// Who pays whom, in words.
    pub payment: Text,
    /// What the document fixes about amounts or limits ("按规定标准" where it fixes none).
    pub fixed: Text,
    pub clauses: Vec<String>,
    pub condition: Condition,
    pub condition_text: String,
    /// Conditions the document states that the checker does not ask.
    pub confirm: Vec<Text>,
    /// What to bring or ask when applying.
    pub bring: Vec<Text>,
    /// Lead departments to contact for this benefit.
    pub contacts: Vec<String>,
}

/// A targeted programme the document names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Programme {
    pub id: String,
    pub line: usize,
    pub name: Text,
    pub summary: Text,
    pub clauses: Vec<String>,
    pub condition: Condition,
    pub condition_text: String,
    pub contacts: Vec<String>,
}

/// A row of 附件1, the departments' responsibility list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnexRow {
    pub row: u32,
    pub task: Text,
    pub lead: Vec<String>,
    pub units: Vec<String>,
    /// Yearly targets (人次) for the pack's target years, when the row has them.
    pub targets: Vec<u32>,
    /// People with any of these yes/no facts are routed to this row's lead department.
    pub groups: Vec<Fact>,
    /// People in any of these sectors are routed to this row's lead department.
    pub sectors: Vec<u8>,
}

/// An occupation field the plan names, routed to a 附件1 row's lead department.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occupation {
    pub id: String,
    pub name: Text,
    pub annex1_row: u32,
    /// Words a person may type for this field, e.g. 养老护理员.
    pub aliases: Vec<String>,
}

/// The document's yearly training targets, as printed (they disagree; both are kept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Targets {
    pub years: Vec<u32>,
    /// The body text's figures (一（二）).
    pub body: Vec<u32>,
    pub body_clause: String,
    /// The body text's three-year total.
    pub body_total: u32,
    /// 附件1's total row.
    pub annex_total: Vec<u32>,
    pub note: Text,
}

/// One policy document as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RulePack {
    pub document: DocumentInfo,
    /// A condition every benefit and programme needs (the tie to the district).
    pub every_benefit_requires: Condition,
    pub every_benefit_requires_text: String,
    pub every_benefit_requires_clauses: Vec<String>,
    /// Where to send someone the district cannot help.
    pub elsewhere: Text,
    /// The department to contact when nothing more specific applies.
    pub default_contact: String,
    pub clauses: Vec<Clause>,
    pub departments: Vec<Department>,
    pub benefits: Vec<Benefit>,
    pub programmes: Vec<Programme>,
    pub annex1: Vec<AnnexRow>,
    pub targets: Targets,
    pub occupations: Vec<Occupation>,
}

impl RulePack {
    pub fn id(&self) -> &str {
        &self.document.id
    }

    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|clause| clause.id == id)
    }

    pub fn benefit(&self, id: &str) -> Option<&Benefit> {
        self.benefits.iter().find(|benefit| benefit.id == id)
    }

    pub fn occupation(&self, id: &str) -> Option<&Occupation> {
        self.occupations
            .iter()
            .find(|occupation| occupation.id == id)
    }

    /// The occupation field a person's words name: the first whose name or alias
    /// appears in the text, or that the text appears in ("电工" → electrician).
    pub fn occupation_for_text(&self, text: &str) -> Option<&Occupation> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let lower = text.to_ascii_lowercase();
        self.occupations.iter().find(|occupation| {
            std::iter::once(occupation.name.zh.as_str())
                .chain(occupation.aliases.iter().map(String::as_str))
                .any(|word| text.contains(word) || word.contains(text))
                || occupation.name.en.to_ascii_lowercase() == lower
                || occupation.id == lower
        })
    }

    /// The lead departments of an occupation field (from its 附件1 row).
    pub fn occupation_leads(&self, occupation: &Occupation) -> Vec<&str> {
        self.annex1
            .iter()
            .find(|row| row.row == occupation.annex1_row)
            .map(|row| row.lead.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments
            .iter()
            .find(|department| department.id == id)
    }

    /// A department's name in a language (the Chinese name is its id).
    pub fn department_name<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        match (lang, self.department(id)) {
            (Lang::En, Some(department)) => &department.name_en,
            _ => id,
        }
    }

    /// Whether the plan period has ended on a date.
    pub fn period_ended(&self, on: Date) -> bool {
        on > self.document.period_end
    }
}

/// Reads a rule pack from its text.
pub fn parse(text: &str) -> Result<RulePack, Vec<PackError>> {
    let document = toml_lite::parse(text).map_err(|err| {
        vec![PackError {
            line: err.line,
            message: err.message,
        }]
    })?;
    let mut errors = Vec::new();
    let pack = build(&document, &mut errors);
    match pack {
        Some(pack) if errors.is_empty() => {
            check_references(&pack, &document, &mut errors);
            if errors.is_empty() {
                Ok(pack)
            } else {
                Err(errors)
            }
        }
        _ => {
            crate::problem::sort_by_line(&mut errors);
            Err(errors)
        }
    }
}

/// Reads the keys of one table, remembering which were used so that the
/// rest can be reported as unknown (a misspelt key must not pass silently).
struct Fields<'a> {
    table: &'a Table,
    used: Vec<&'static str>,
    errors: &'a mut Vec<PackError>,
}

impl<'a> Fields<'a> {
    fn new(table: &'a Table, errors: &'a mut Vec<PackError>) -> Fields<'a> {
        Fields {
            table,
            used: Vec::new(),
            errors,
        }
    }

    fn describe(&self) -> String {
        if self.table.name.is_empty() {
            "the top of the file".to_string()
        } else {
            format!("[{}] (line {})", self.table.name, self.table.line)
        }
    }

    fn error(&mut self, line: usize, message: String) {
        self.errors.push(PackError { line, message });
    }

    fn item(&mut self, key: &'static str, required: bool) -> Option<&'a Item> {
        self.used.push(key);
        let item = self.table.get(key);
        if item.is_none() && required {
            let message = format!("missing `{key}` in {}", self.describe());
            let line = self.table.line;
            self.error(line, message);
        }
        item
    }

    fn wrong(&mut self, key: &str, item: &Item, expected: &str) {
        self.error(
            item.line,
            format!("`{key}` must be {expected}, not {}", item.value.kind()),
        );
    }

    fn string_item(&mut self, key: &'static str, required: bool) -> Option<String> {
        let item = self.item(key, required)?;
        match &item.value {
            Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_string()),
            Value::String(_) => {
                self.error(item.line, format!("`{key}` must not be empty"));
                None
            }
            _ => {
                self.wrong(key, item, "a string");
                None
            }
        }
    }

    fn string(&mut self, key: &'static str) -> String {
        self.string_item(key, true).unwrap_or_default()
    }

    fn text(&mut self, zh: &'static str, en: &'static str) -> Text {
        Text {
            zh: self.string(zh),
            en: self.string(en),
        }
    }

    fn line_of(&self, key: &str) -> usize {
        self.table
            .get(key)
            .map_or(self.table.line, |item| item.line)
    }

    fn strings(&mut self, key: &'static str, required: bool) -> Vec<String> {
        let Some(item) = self.item(key, required) else {
            return Vec::new();
        };
        let Value::Array(items) = &item.value else {
            self.wrong(key, item, "an array of strings");
            return Vec::new();
        };
        let mut strings = Vec::new();
        for element in items {
            match &element.value {
                Value::String(text) if !text.trim().is_empty() => {
                    strings.push(text.trim().to_string())
                }
                _ => self.error(
                    element.line,
                    format!("`{key}` must hold non-empty strings only"),
                ),
            }
        }
        strings
    }

    fn numbers(&mut self, key: &'static str, required: bool) -> Vec<u32> {
        let Some(item) = self.item(key, required) else {
            return Vec::new();
        };
        let Value::Array(items) = &item.value else {
            self.wrong(key, item, "an array of whole numbers");
            return Vec::new();
        };
        let mut numbers = Vec::new();
        for element in items {
            match &element.value {
                Value::Integer(number) if (0..=i64::from(u32::MAX)).contains(number) => {
                    numbers.push(*number as u32)
                }
                _ => self.error(
                    element.line,
                    format!("`{key}` must hold whole numbers of 0 or more only"),
                ),
            }
        }
        numbers
    }

    fn number(&mut self, key: &'static str) -> u32 {
        let Some(item) = self.item(key, true) else {
            return 0;
        };
        match &item.value {
            Value::Integer(number) if (0..=i64::from(u32::MAX)).contains(number) => *number as u32,
            _ => {
                self.wrong(key, item, "a whole number of 0 or more");
                0
            }
        }
    }

    fn date(&mut self, key: &'static str) -> Option<Date> {
        let item = self.item(key, true)?;
        match &item.value {
            Value::Date(date) => Some(*date),
            _ => {
                self.wrong(key, item, "a date YYYY-MM-DD (without quotes)");
                None
            }
        }
    }

    fn condition(&mut self, key: &'static str) -> Option<(Condition, String)> {
        let text = self.string_item(key, true)?;
        let line = self.line_of(key);
        match expr::parse(&text) {
            Ok(condition) => Some((condition, text)),
            Err(err) => {
                self.error(
                    line,
                    format!("in `{key}`, {}: {}", err_column(&err), err.message),
                );
                None
            }
        }
    }

    fn finish(self) {
        for (key, item) in &self.table.entries {
            if !self.used.contains(&key.as_str()) {
                let mut allowed = self.used.clone();
                allowed.dedup();
                self.errors.push(PackError {
                    line: item.line,
                    message: format!(
                        "unknown key `{key}` in {}; allowed: {}",
                        if self.table.name.is_empty() {
                            "the top of the file".to_string()
                        } else {
                            format!("[{}]", self.table.name)
                        },
                        allowed.join(", ")
                    ),
                });
            }
        }
    }
}

fn err_column(err: &expr::ConditionError) -> String {
    format!("at character {}", err.column)
}

const TABLE_NAMES: &[&str] = &[
    "",
    "document",
    "scope",
    "targets",
    "clause",
    "department",
    "benefit",
    "programme",
    "annex1",
    "occupation",
];

fn single<'a>(
    document: &'a toml_lite::Document,
    name: &'a str,
    errors: &mut Vec<PackError>,
) -> Option<&'a Table> {
    let table = document.tables(name).next();
    if table.is_none() {
        errors.push(PackError {
            line: 1,
            message: format!("missing table [{name}]"),
        });
    }
    table
}

fn build(document: &toml_lite::Document, errors: &mut Vec<PackError>) -> Option<RulePack> {
    for table in &document.tables {
        if !TABLE_NAMES.contains(&table.name.as_str()) {
            errors.push(PackError {
                line: table.line,
                message: format!(
                    "unknown table [{}]; allowed: {}",
                    table.name,
                    TABLE_NAMES[1..].join(", ")
                ),
            });
        }
    }

    let top = document.tables.first()?;
    let mut fields = Fields::new(top, errors);
    if let Some(item) = fields.item("format", true) {
        if item.value != Value::Integer(FORMAT) {
            let line = item.line;
            fields.error(
                line,
                format!(
                    "this engine reads rule-pack format {FORMAT}; the file gives {}",
                    item.value.kind()
                ),
            );
        }
    }
    fields.finish();

    let document_info = {
        let table = single(document, "document", errors)?;
        let mut fields = Fields::new(table, errors);
        let info = DocumentInfo {
            id: fields.string("id"),
            number: fields.string("number"),
            title: fields.text("title_zh", "title_en"),
            issuer: fields.text("issuer_zh", "issuer_en"),
            issued: fields.date("issued").unwrap_or(Date::new(1, 1, 1)?),
            effective: fields.date("effective").unwrap_or(Date::new(1, 1, 1)?),
            period_start: fields.date("period_start").unwrap_or(Date::new(1, 1, 1)?),
            period_end: fields.date("period_end").unwrap_or(Date::new(1, 1, 1)?),
            source: fields.string("source"),
            parents: fields.strings("parents", false),
        };
        if info.period_start > info.period_end {
            let line = fields.line_of("period_end");
            fields.error(line, "`period_end` is before `period_start`".to_string());
        }
        if info.issued > info.effective {
            let line = fields.line_of("effective");
            fields.error(line, "`effective` is before `issued`".to_string());
        }
        fields.finish();
        info
    };

    let scope = single(document, "scope", errors)?;
    let mut fields = Fields::new(scope, errors);
    let requires = fields.condition("every_benefit_requires");
    let requires_clauses = fields.strings("clauses", true);
    let elsewhere = fields.text("elsewhere_zh", "elsewhere_en");
    let default_contact = fields.string("default_contact");
    fields.finish();

    let mut clauses = Vec::new();
    for table in document.tables("clause") {
        let mut fields = Fields::new(table, errors);
        clauses.push(Clause {
            id: fields.string("id"),
            title: fields.text("title_zh", "title_en"),
            text: fields.string("text"),
        });
        fields.finish();
    }

    let mut departments = Vec::new();
    for table in document.tables("department") {
        let mut fields = Fields::new(table, errors);
        departments.push(Department {
            id: fields.string("name_zh"),
            name_en: fields.string("name_en"),
        });
        fields.finish();
    }

    let mut benefits = Vec::new();
    for table in document.tables("benefit") {
        let mut fields = Fields::new(table, errors);
        let id = fields.string("id");
        let name = fields.text("name_zh", "name_en");
        let recipient = match fields.string("recipient").as_str() {
            "person" => Recipient::Person,
            "employer" => Recipient::Employer,
            "institution" => Recipient::Institution,
            other => {
                let line = fields.line_of("recipient");
                if !other.is_empty() {
                    fields.error(
                        line,
                        format!(
                            "`recipient` must be person, employer or institution, not `{other}`"
                        ),
                    );
                }
                Recipient::Person
            }
        };
        let payment = fields.text("payment_zh", "payment_en");
        let fixed = fields.text("fixed_zh", "fixed_en");
        let clause_ids = fields.strings("clauses", true);
        let condition = fields.condition("when");
        let confirm = paired_lists(&mut fields, "confirm_zh", "confirm_en");
        let bring = paired_lists(&mut fields, "bring_zh", "bring_en");
        let contacts = fields.strings("contacts", true);
        fields.finish();
        if let Some((condition, condition_text)) = condition {
            benefits.push(Benefit {
                id,
                line: table.line,
                name,
                recipient,
                payment,
                fixed,
                clauses: clause_ids,
                condition,
                condition_text,
                confirm,
                bring,
                contacts,
            });
        }
    }

    let mut programmes = Vec::new();
    for table in document.tables("programme") {
        let mut fields = Fields::new(table, errors);
        let id = fields.string("id");
        let name = fields.text("name_zh", "name_en");
        let summary = fields.text("summary_zh", "summary_en");
        let clause_ids = fields.strings("clauses", true);
        let condition = fields.condition("when");
        let contacts = fields.strings("contacts", true);
        fields.finish();
        if let Some((condition, condition_text)) = condition {
            programmes.push(Programme {
                id,
                line: table.line,
                name,
                summary,
                clauses: clause_ids,
                condition,
                condition_text,
                contacts,
            });
        }
    }

    let mut annex1 = Vec::new();
    for table in document.tables("annex1") {
        let mut fields = Fields::new(table, errors);
        let row = fields.number("row");
        let task = fields.text("task_zh", "task_en");
        let lead = fields.strings("lead", true);
        let units = fields.strings("units", false);
        let targets = fields.numbers("targets", false);
        let group_line = fields.line_of("groups");
        let groups = fields
            .strings("groups", false)
            .into_iter()
            .filter_map(|key| match Fact::from_key(&key) {
                Some(fact) if fact.info().kind == FactKind::Bool => Some(fact),
                _ => {
                    fields.error(
                        group_line,
                        format!("`groups`: `{key}` is not a yes/no fact"),
                    );
                    None
                }
            })
            .collect();
        let sector_line = fields.line_of("sectors");
        let sectors = fields
            .strings("sectors", false)
            .into_iter()
            .filter_map(|id| match Fact::Sector.choice_index(&id) {
                Some(index) => Some(index),
                None => {
                    fields.error(
                        sector_line,
                        format!(
                            "`sectors`: `{id}` is not a sector; allowed: {}",
                            SECTOR_CHOICES
                                .iter()
                                .map(|choice| choice.id)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    None
                }
            })
            .collect();
        fields.finish();
        annex1.push(AnnexRow {
            row,
            task,
            lead,
            units,
            targets,
            groups,
            sectors,
        });
    }

    let mut occupations = Vec::new();
    for table in document.tables("occupation") {
        let mut fields = Fields::new(table, errors);
        occupations.push(Occupation {
            id: fields.string("id"),
            name: fields.text("name_zh", "name_en"),
            annex1_row: fields.number("annex1_row"),
            aliases: fields.strings("aliases", false),
        });
        fields.finish();
    }

    let targets_table = single(document, "targets", errors)?;
    let mut fields = Fields::new(targets_table, errors);
    let targets = Targets {
        years: fields.numbers("years", true),
        body: fields.numbers("body", true),
        body_clause: fields.string("body_clause"),
        body_total: fields.number("body_total"),
        annex_total: fields.numbers("annex1_total", true),
        note: fields.text("note_zh", "note_en"),
    };
    for (key, list) in [
        ("body", &targets.body),
        ("annex1_total", &targets.annex_total),
    ] {
        if list.len() != targets.years.len() {
            let line = fields.line_of(key);
            fields.error(
                line,
                format!(
                    "`{key}` needs one figure per year in `years` ({})",
                    targets.years.len()
                ),
            );
        }
    }
    fields.finish();

    let (every_benefit_requires, every_benefit_requires_text) = requires?;
    Some(RulePack {
        document: document_info,
        every_benefit_requires,
        every_benefit_requires_text,
        every_benefit_requires_clauses: requires_clauses,
        elsewhere,
        default_contact,
        clauses,
        departments,
        benefits,
        programmes,
        annex1,
        targets,
        occupations,
    })
}

fn paired_lists(fields: &mut Fields<'_>, zh: &'static str, en: &'static str) -> Vec<Text> {
    let zh_list = fields.strings(zh, false);
    let en_list = fields.strings(en, false);
    if zh_list.len() != en_list.len() {
        let line = fields.line_of(en);
        fields.error(
            line,
            format!(
                "`{zh}` has {} entries but `{en}` has {}; each line needs both languages",
                zh_list.len(),
                en_list.len()
            ),
        );
    }
    zh_list
        .into_iter()
        .zip(en_list)
        .map(|(zh, en)| Text { zh, en })
        .collect()
}

/// Checks what refers to what: clause ids, departments, unique ids, annex rows.
fn check_references(pack: &RulePack, document: &toml_lite::Document, errors: &mut Vec<PackError>) {
    let line_of = |table: &str, index: usize, key: &str| -> usize {
        document.tables(table).nth(index).map_or(1, |table| {
            table.get(key).map_or(table.line, |item| item.line)
        })
    };
    let mut seen = Vec::new();
    for (index, clause) in pack.clauses.iter().enumerate() {
        if seen.contains(&clause.id) {
            errors.push(PackError {
                line: line_of("clause", index, "id"),
                message: format!("clause `{}` is defined twice", clause.id),
            });
        }
        seen.push(clause.id.clone());
    }
    let mut seen = Vec::new();
    for (index, department) in pack.departments.iter().enumerate() {
        if seen.contains(&department.id) {
            errors.push(PackError {
                line: line_of("department", index, "name_zh"),
                message: format!("department `{}` is listed twice", department.id),
            });
        }
        seen.push(department.id.clone());
    }
    let check_clauses = |table: &str, index: usize, ids: &[String], errors: &mut Vec<PackError>| {
        if ids.is_empty() {
            errors.push(PackError {
                line: line_of(table, index, "clauses"),
                message: "`clauses` must name at least one clause".to_string(),
            });
        }
        for id in ids {
            if pack.clause(id).is_none() {
                errors.push(PackError {
                    line: line_of(table, index, "clauses"),
                    message: format!("clause `{id}` is not quoted in any [[clause]]"),
                });
            }
        }
    };
    let check_departments =
        |table: &str, index: usize, key: &str, ids: &[String], errors: &mut Vec<PackError>| {
            for id in ids {
                if pack.department(id).is_none() {
                    errors.push(PackError {
                        line: line_of(table, index, key),
                        message: format!("department `{id}` is not listed in any [[department]]"),
                    });
                }
            }
        };
    check_clauses("scope", 0, &pack.every_benefit_requires_clauses, errors);
    check_departments(
        "scope",
        0,
        "default_contact",
        std::slice::from_ref(&pack.default_contact),
        errors,
    );
    let mut ids: Vec<&str> = Vec::new();
    for (index, benefit) in pack.benefits.iter().enumerate() {
        if ids.contains(&benefit.id.as_str()) {
            errors.push(PackError {
                line: line_of("benefit", index, "id"),
                message: format!("benefit `{}` is defined twice", benefit.id),
            });
        }
        ids.push(&benefit.id);
        check_clauses("benefit", index, &benefit.clauses, errors);
        check_departments("benefit", index, "contacts", &benefit.contacts, errors);
    }
    let mut ids: Vec<&str> = Vec::new();
    for (index, programme) in pack.programmes.iter().enumerate() {
        if ids.contains(&programme.id.as_str()) {
            errors.push(PackError {
                line: line_of("programme", index, "id"),
                message: format!("programme `{}` is defined twice", programme.id),
            });
        }
        ids.push(&programme.id);
        check_clauses("programme", index, &programme.clauses, errors);
        check_departments("programme", index, "contacts", &programme.contacts, errors);
    }
    for (index, row) in pack.annex1.iter().enumerate() {
        if row.row as usize != index + 1 {
            errors.push(PackError {
                line: line_of("annex1", index, "row"),
                message: format!(
                    "附件1 rows must be numbered 1, 2, 3… in order; expected {}",
                    index + 1
                ),
            });
        }
        check_departments("annex1", index, "lead", &row.lead, errors);
        if !row.targets.is_empty() && row.targets.len() != pack.targets.years.len() {
            errors.push(PackError {
                line: line_of("annex1", index, "targets"),
                message: format!(
                    "`targets` needs one figure per year in [targets] years ({})",
                    pack.targets.years.len()
                ),
            });
        }
    }
    let mut ids: Vec<&str> = Vec::new();
    for (index, occupation) in pack.occupations.iter().enumerate() {
        if ids.contains(&occupation.id.as_str()) {
            errors.push(PackError {
                line: line_of("occupation", index, "id"),
                message: format!("occupation `{}` is defined twice", occupation.id),
            });
        }
        ids.push(&occupation.id);
        if !pack
            .annex1
            .iter()
            .any(|row| row.row == occupation.annex1_row)
        {
            errors.push(PackError {
                line: line_of("occupation", index, "annex1_row"),
                message: format!("附件1 has no row {}", occupation.annex1_row),
            });
        }
    }
    crate::problem::sort_by_line(errors);
}
