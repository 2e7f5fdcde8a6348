//! Reading a rule pack from its TOML file: serde types that mirror the file
//! (unknown keys refused, every value's place kept by `toml::Spanned`), then
//! the checks no type can express (conditions parse, names refer to what the
//! pack defines, readings are used), each problem with its line. The engine
//! compiles this module with the feature `toml`; the build script compiles it
//! too, to read and check every pack before the engine carries it.

use serde::{Deserialize, Deserializer};
use toml::Spanned;

use crate::date::Date;
use crate::expr::{self, Condition, Literal};
use crate::facts::{Fact, FactKind, SECTOR_CHOICES};
use crate::pack::{
    AnnexRow, Benefit, Clause, Department, DocumentInfo, Occupation, PackError, Programme, Reading,
    Recipient, RulePack, Targets, Text, FORMAT, GROUPS_PLACEHOLDER,
};
use crate::stored::{List, Str};

/// A string that must say something: trimmed, never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Words(Str);

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Words, D::Error> {
        let text = String::deserialize(deserializer)?;
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(serde::de::Error::custom("must not be empty"));
        }
        Ok(Words(Str::Owned(trimmed.to_string())))
    }
}

fn words(list: Vec<Words>) -> List<Str> {
    list.into_iter().map(|Words(text)| text).collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    format: Spanned<toml::Value>,
    document: Spanned<DocumentFile>,
    scope: Spanned<ScopeFile>,
    targets: Spanned<TargetsFile>,
    #[serde(default)]
    clause: Vec<ClauseFile>,
    #[serde(default)]
    department: Vec<DepartmentFile>,
    #[serde(default)]
    reading: Vec<ReadingFile>,
    #[serde(default)]
    benefit: Vec<Spanned<BenefitFile>>,
    #[serde(default)]
    programme: Vec<Spanned<ProgrammeFile>>,
    #[serde(default)]
    annex1: Vec<AnnexRowFile>,
    #[serde(default)]
    occupation: Vec<OccupationFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentFile {
    id: Words,
    number: Words,
    title_zh: Words,
    title_en: Words,
    issuer_zh: Words,
    issuer_en: Words,
    issued: Spanned<toml::Value>,
    effective: Spanned<toml::Value>,
    period_start: Spanned<toml::Value>,
    period_end: Spanned<toml::Value>,
    source: Words,
    #[serde(default)]
    parents: Vec<Words>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScopeFile {
    every_benefit_requires: Spanned<String>,
    clauses: Spanned<Vec<Words>>,
    elsewhere_zh: Words,
    elsewhere_en: Words,
    default_contact: Spanned<Words>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetsFile {
    years: Vec<u32>,
    body_clause: Words,
    body: Spanned<Vec<u32>>,
    body_total: u32,
    annex1_total: Spanned<Vec<u32>>,
    note_zh: Words,
    note_en: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClauseFile {
    id: Spanned<Words>,
    title_zh: Words,
    title_en: Words,
    text: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentFile {
    name_zh: Spanned<Words>,
    name_en: Words,
    #[serde(default)]
    printed: Vec<Words>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadingFile {
    id: Spanned<Words>,
    clause: Spanned<Words>,
    quote: Spanned<Words>,
    confirm_zh: Words,
    confirm_en: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BenefitFile {
    id: Spanned<Words>,
    name_zh: Words,
    name_en: Words,
    recipient: Recipient,
    payment_zh: Words,
    payment_en: Words,
    fixed_zh: Words,
    fixed_en: Words,
    for_zh: Words,
    for_en: Words,
    clauses: Spanned<Vec<Words>>,
    when: Spanned<String>,
    #[serde(default)]
    confirm_zh: Vec<Words>,
    #[serde(default)]
    confirm_en: Option<Spanned<Vec<Words>>>,
    #[serde(default)]
    readings: Option<Spanned<Vec<Words>>>,
    #[serde(default)]
    bring_zh: Vec<Words>,
    #[serde(default)]
    bring_en: Option<Spanned<Vec<Words>>>,
    contacts: Spanned<Vec<Words>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammeFile {
    id: Spanned<Words>,
    name_zh: Words,
    name_en: Words,
    summary_zh: Words,
    summary_en: Words,
    clauses: Spanned<Vec<Words>>,
    when: Spanned<String>,
    contacts: Spanned<Vec<Words>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnexRowFile {
    row: Spanned<u32>,
    task_zh: Words,
    task_en: Words,
    lead: Spanned<Vec<Words>>,
    #[serde(default)]
    units: Vec<Words>,
    #[serde(default)]
    targets: Option<Spanned<Vec<u32>>>,
    #[serde(default)]
    groups: Vec<Spanned<String>>,
    #[serde(default)]
    sectors: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OccupationFile {
    id: Spanned<Words>,
    name_zh: Words,
    name_en: Words,
    annex1_row: Spanned<u32>,
    #[serde(default)]
    aliases: Vec<Words>,
    #[serde(default)]
    synonyms: Vec<Vec<Words>>,
}

/// Turns byte offsets into 1-based line numbers.
struct Lines<'a> {
    text: &'a str,
}

impl Lines<'_> {
    fn at(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|byte| **byte == b'\n')
            .count()
            + 1
    }

    fn of<T>(&self, spanned: &Spanned<T>) -> usize {
        self.at(spanned.span().start)
    }
}

/// The file's one problem that stops reading it: a syntax error or a value
/// that does not fit its key, at the line serde's span points to.
fn toml_problem(error: &toml::de::Error, lines: &Lines<'_>) -> PackError {
    let line = error.span().map_or(1, |span| lines.at(span.start));
    let message = error.message().trim();
    let message = if message.contains("recurse") || message.contains("recursion") {
        "arrays and tables nest too deeply; a rule pack needs at most two levels".to_string()
    } else {
        message.to_string()
    };
    PackError { line, message }
}

/// Reads a rule pack from its text: the pack, or every problem found, each
/// with its line. A problem of shape (a misspelt key, a value of the wrong
/// kind) stops the reading at the first one; every problem of meaning (a
/// condition, a name that refers to nothing) is reported.
pub fn parse(text: &str) -> Result<RulePack, Vec<PackError>> {
    let lines = Lines { text };
    let file: PackFile = toml::from_str(text).map_err(|err| vec![toml_problem(&err, &lines)])?;
    let mut problems = Vec::new();
    let pack = build(file, &lines, &mut problems);
    check_references(&pack, &mut problems);
    if problems.is_empty() {
        let mut pack = pack.pack;
        with_reading_lines(&mut pack);
        pack.prepare();
        Ok(pack)
    } else {
        crate::problem::sort_by_line(&mut problems);
        problems.dedup();
        Err(problems)
    }
}

/// A pack as read, with the lines its checks report problems at.
struct Read {
    pack: RulePack,
    clause_lines: Vec<usize>,
    department_lines: Vec<usize>,
    reading_lines: Vec<(usize, usize, usize)>,
    benefit_lines: Vec<PartLines>,
    programme_lines: Vec<PartLines>,
    scope_lines: PartLines,
    annex_lines: Vec<(usize, usize, usize)>,
    occupation_lines: Vec<(usize, usize)>,
}

/// Where a benefit or programme has its id, clauses, condition, contacts and readings.
#[derive(Default)]
struct PartLines {
    id: usize,
    clauses: usize,
    when: usize,
    contacts: usize,
    readings: usize,
}

fn problem(problems: &mut Vec<PackError>, line: usize, message: String) {
    problems.push(PackError { line, message });
}

fn date(
    value: &Spanned<toml::Value>,
    key: &str,
    lines: &Lines<'_>,
    problems: &mut Vec<PackError>,
) -> Date {
    let found = match value.get_ref() {
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            datetime
                .date
                .and_then(|date| Date::new(i32::from(date.year), date.month, date.day))
        }
        _ => None,
    };
    found.unwrap_or_else(|| {
        problem(
            problems,
            lines.of(value),
            format!(
                "`{key}` must be a date YYYY-MM-DD (without quotes), not {}",
                describe(value.get_ref())
            ),
        );
        Date {
            year: 1,
            month: 1,
            day: 1,
        }
    })
}

/// A TOML value named for a message: its kind and the value itself.
fn describe(value: &toml::Value) -> String {
    let kind = match value {
        toml::Value::String(_) => "the string",
        toml::Value::Integer(_) => "the number",
        toml::Value::Float(_) => "the number",
        toml::Value::Boolean(_) => "the value",
        toml::Value::Datetime(_) => "the date-time",
        toml::Value::Array(_) => "the array",
        toml::Value::Table(_) => "the table",
    };
    let shown = value.to_string();
    let shown: String = shown.chars().take(40).collect();
    format!("{kind} {shown}")
}

fn condition(
    key: &str,
    text: &Spanned<String>,
    lines: &Lines<'_>,
    problems: &mut Vec<PackError>,
) -> Condition {
    expr::parse(text.get_ref()).unwrap_or_else(|err| {
        problem(
            problems,
            lines.of(text),
            format!("in `{key}`, at character {}: {}", err.column, err.message),
        );
        Condition::Literal(Literal::Always)
    })
}

/// Two lists that hold one line each in both languages.
fn paired(
    zh: Vec<Words>,
    en: Option<Spanned<Vec<Words>>>,
    keys: (&str, &str),
    table_line: usize,
    lines: &Lines<'_>,
    problems: &mut Vec<PackError>,
) -> List<Text> {
    let line = en.as_ref().map_or(table_line, |en| lines.of(en));
    let en = en.map(Spanned::into_inner).unwrap_or_default();
    if zh.len() != en.len() {
        problem(
            problems,
            line,
            format!(
                "`{}` has {} entries but `{}` has {}; each line needs both languages",
                keys.0,
                zh.len(),
                keys.1,
                en.len()
            ),
        );
    }
    zh.into_iter()
        .zip(en)
        .map(|(Words(zh), Words(en))| Text { zh, en })
        .collect()
}

/// What is wrong with the place holders of a `bring` line, if anything: the
/// only one is `{groups}`, and a line has it in both languages or in neither.
fn placeholder_problem(item: &Text) -> Option<String> {
    for (key, text) in [("bring_zh", &item.zh), ("bring_en", &item.en)] {
        let rest = text.replace(GROUPS_PLACEHOLDER, "");
        if rest.contains('{') || rest.contains('}') {
            return Some(format!(
                "`{key}`: \"{text}\" has a place holder other than {GROUPS_PLACEHOLDER}, the only one a line may hold"
            ));
        }
    }
    if item.zh.contains(GROUPS_PLACEHOLDER) != item.en.contains(GROUPS_PLACEHOLDER) {
        return Some(format!(
            "`bring_zh` and `bring_en`: \"{}\" and \"{}\" must both hold {GROUPS_PLACEHOLDER} or neither",
            item.zh, item.en
        ));
    }
    None
}

fn build(file: PackFile, lines: &Lines<'_>, problems: &mut Vec<PackError>) -> Read {
    if file.format.get_ref() != &toml::Value::Integer(FORMAT) {
        problem(
            problems,
            lines.of(&file.format),
            format!(
                "this engine reads rule-pack format {FORMAT}; the file gives {}",
                describe(file.format.get_ref())
            ),
        );
    }

    let document = file.document.into_inner();
    let period_end_line = lines.of(&document.period_end);
    let effective_line = lines.of(&document.effective);
    let document = DocumentInfo {
        id: document.id.0,
        number: document.number.0,
        title: Text {
            zh: document.title_zh.0,
            en: document.title_en.0,
        },
        issuer: Text {
            zh: document.issuer_zh.0,
            en: document.issuer_en.0,
        },
        issued: date(&document.issued, "issued", lines, problems),
        effective: date(&document.effective, "effective", lines, problems),
        period_start: date(&document.period_start, "period_start", lines, problems),
        period_end: date(&document.period_end, "period_end", lines, problems),
        source: document.source.0,
        parents: words(document.parents),
    };
    if document.period_start > document.period_end {
        problem(
            problems,
            period_end_line,
            "`period_end` is before `period_start`".to_string(),
        );
    }
    if document.issued > document.effective {
        problem(
            problems,
            effective_line,
            "`effective` is before `issued`".to_string(),
        );
    }

    let scope = file.scope.into_inner();
    let scope_lines = PartLines {
        id: lines.of(&scope.every_benefit_requires),
        clauses: lines.of(&scope.clauses),
        when: lines.of(&scope.every_benefit_requires),
        contacts: lines.of(&scope.default_contact),
        readings: 0,
    };
    let every_benefit_requires = condition(
        "every_benefit_requires",
        &scope.every_benefit_requires,
        lines,
        problems,
    );

    let targets_file = file.targets.into_inner();
    let targets = Targets {
        body: targets_file.body.get_ref().clone().into(),
        annex_total: targets_file.annex1_total.get_ref().clone().into(),
        years: targets_file.years.into(),
        body_clause: targets_file.body_clause.0,
        body_total: targets_file.body_total,
        note: Text {
            zh: targets_file.note_zh.0,
            en: targets_file.note_en.0,
        },
    };
    for (key, list) in [
        ("body", &targets_file.body),
        ("annex1_total", &targets_file.annex1_total),
    ] {
        if list.get_ref().len() != targets.years.len() {
            problem(
                problems,
                lines.of(list),
                format!(
                    "`{key}` needs one figure per year in `years` ({})",
                    targets.years.len()
                ),
            );
        }
    }

    let mut clause_lines = Vec::new();
    let clauses = file
        .clause
        .into_iter()
        .map(|clause| {
            clause_lines.push(lines.of(&clause.id));
            Clause {
                id: clause.id.into_inner().0,
                title: Text {
                    zh: clause.title_zh.0,
                    en: clause.title_en.0,
                },
                text: clause.text.0,
            }
        })
        .collect();

    let mut department_lines = Vec::new();
    let departments = file
        .department
        .into_iter()
        .map(|department| {
            department_lines.push(lines.of(&department.name_zh));
            Department {
                id: department.name_zh.into_inner().0,
                name_en: department.name_en.0,
                printed: words(department.printed),
            }
        })
        .collect();

    let mut reading_lines = Vec::new();
    let readings = file
        .reading
        .into_iter()
        .map(|reading| {
            reading_lines.push((
                lines.of(&reading.id),
                lines.of(&reading.clause),
                lines.of(&reading.quote),
            ));
            Reading {
                id: reading.id.into_inner().0,
                clause: reading.clause.into_inner().0,
                quote: reading.quote.into_inner().0,
                confirm: Text {
                    zh: reading.confirm_zh.0,
                    en: reading.confirm_en.0,
                },
            }
        })
        .collect();

    let mut benefit_lines = Vec::new();
    let benefits = file
        .benefit
        .into_iter()
        .map(|table| {
            let line = lines.of(&table);
            let benefit = table.into_inner();
            benefit_lines.push(PartLines {
                id: lines.of(&benefit.id),
                clauses: lines.of(&benefit.clauses),
                when: lines.of(&benefit.when),
                contacts: lines.of(&benefit.contacts),
                readings: benefit
                    .readings
                    .as_ref()
                    .map_or(line, |list| lines.of(list)),
            });
            let confirm = paired(
                benefit.confirm_zh,
                benefit.confirm_en,
                ("confirm_zh", "confirm_en"),
                line,
                lines,
                problems,
            );
            let bring = paired(
                benefit.bring_zh,
                benefit.bring_en,
                ("bring_zh", "bring_en"),
                line,
                lines,
                problems,
            );
            for item in bring.iter() {
                if let Some(message) = placeholder_problem(item) {
                    problem(problems, line, message);
                }
            }
            Benefit {
                id: benefit.id.into_inner().0,
                line,
                name: Text {
                    zh: benefit.name_zh.0,
                    en: benefit.name_en.0,
                },
                recipient: benefit.recipient,
                payment: Text {
                    zh: benefit.payment_zh.0,
                    en: benefit.payment_en.0,
                },
                fixed: Text {
                    zh: benefit.fixed_zh.0,
                    en: benefit.fixed_en.0,
                },
                for_whom: Text {
                    zh: benefit.for_zh.0,
                    en: benefit.for_en.0,
                },
                clauses: words(benefit.clauses.into_inner()),
                condition: condition("when", &benefit.when, lines, problems),
                confirm,
                readings: words(
                    benefit
                        .readings
                        .map(Spanned::into_inner)
                        .unwrap_or_default(),
                ),
                bring,
                contacts: words(benefit.contacts.into_inner()),
            }
        })
        .collect();

    let mut programme_lines = Vec::new();
    let programmes = file
        .programme
        .into_iter()
        .map(|table| {
            let line = lines.of(&table);
            let programme = table.into_inner();
            programme_lines.push(PartLines {
                id: lines.of(&programme.id),
                clauses: lines.of(&programme.clauses),
                when: lines.of(&programme.when),
                contacts: lines.of(&programme.contacts),
                readings: line,
            });
            Programme {
                id: programme.id.into_inner().0,
                line,
                name: Text {
                    zh: programme.name_zh.0,
                    en: programme.name_en.0,
                },
                summary: Text {
                    zh: programme.summary_zh.0,
                    en: programme.summary_en.0,
                },
                clauses: words(programme.clauses.into_inner()),
                condition: condition("when", &programme.when, lines, problems),
                contacts: words(programme.contacts.into_inner()),
            }
        })
        .collect();

    let mut annex_lines = Vec::new();
    let annex1 = file
        .annex1
        .into_iter()
        .map(|row| {
            annex_lines.push((
                lines.of(&row.row),
                lines.of(&row.lead),
                row.targets.as_ref().map_or(0, |targets| lines.of(targets)),
            ));
            let groups = row
                .groups
                .iter()
                .filter_map(|key| match Fact::from_key(key.get_ref()) {
                    Some(fact) if fact.info().kind == FactKind::Bool => Some(fact),
                    _ => {
                        problem(
                            problems,
                            lines.of(key),
                            format!("`groups`: `{}` is not a yes/no fact", key.get_ref()),
                        );
                        None
                    }
                })
                .collect();
            let sectors = row
                .sectors
                .iter()
                .filter_map(|id| match Fact::Sector.choice_index(id.get_ref()) {
                    Some(index) => Some(index),
                    None => {
                        problem(
                            problems,
                            lines.of(id),
                            format!(
                                "`sectors`: `{}` is not a sector; allowed: {}",
                                id.get_ref(),
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
            AnnexRow {
                row: row.row.into_inner(),
                task: Text {
                    zh: row.task_zh.0,
                    en: row.task_en.0,
                },
                lead: words(row.lead.into_inner()),
                units: words(row.units),
                targets: row
                    .targets
                    .map(Spanned::into_inner)
                    .unwrap_or_default()
                    .into(),
                groups,
                sectors,
            }
        })
        .collect();

    let mut occupation_lines = Vec::new();
    let occupations = file
        .occupation
        .into_iter()
        .map(|occupation| {
            occupation_lines.push((lines.of(&occupation.id), lines.of(&occupation.annex1_row)));
            Occupation {
                id: occupation.id.into_inner().0,
                name: Text {
                    zh: occupation.name_zh.0,
                    en: occupation.name_en.0,
                },
                annex1_row: occupation.annex1_row.into_inner(),
                aliases: words(occupation.aliases),
                synonyms: occupation.synonyms.into_iter().map(words).collect(),
                keys: Default::default(),
            }
        })
        .collect();

    Read {
        pack: RulePack {
            document,
            every_benefit_requires,
            every_benefit_requires_clauses: words(scope.clauses.into_inner()),
            elsewhere: Text {
                zh: scope.elsewhere_zh.0,
                en: scope.elsewhere_en.0,
            },
            default_contact: scope.default_contact.into_inner().0,
            clauses,
            departments,
            readings,
            benefits,
            programmes,
            annex1,
            targets,
            occupations,
        },
        clause_lines,
        department_lines,
        reading_lines,
        benefit_lines,
        programme_lines,
        scope_lines,
        annex_lines,
        occupation_lines,
    }
}

/// Reports every id that two entries share.
fn unique<'a>(
    what: &str,
    ids: impl Iterator<Item = &'a str>,
    lines: &[usize],
    problems: &mut Vec<PackError>,
) {
    let mut seen: Vec<&str> = Vec::new();
    for (index, id) in ids.enumerate() {
        if seen.contains(&id) {
            problem(
                problems,
                lines.get(index).copied().unwrap_or(1),
                format!("{what} `{id}` is defined twice"),
            );
        }
        seen.push(id);
    }
}

/// Checks what refers to what: clauses, departments, readings, occupation
/// fields and annex rows named anywhere exist; ids are unique; every reading is
/// used and quotes its clause.
fn check_references(read: &Read, problems: &mut Vec<PackError>) {
    let pack = &read.pack;
    unique(
        "clause",
        pack.clauses.iter().map(|c| c.id.as_ref()),
        &read.clause_lines,
        problems,
    );
    unique(
        "department",
        pack.departments.iter().map(|d| d.id.as_ref()),
        &read.department_lines,
        problems,
    );
    unique(
        "reading",
        pack.readings.iter().map(|r| r.id.as_ref()),
        &read
            .reading_lines
            .iter()
            .map(|lines| lines.0)
            .collect::<Vec<_>>(),
        problems,
    );
    unique(
        "benefit",
        pack.benefits.iter().map(|b| b.id.as_ref()),
        &read
            .benefit_lines
            .iter()
            .map(|lines| lines.id)
            .collect::<Vec<_>>(),
        problems,
    );
    unique(
        "programme",
        pack.programmes.iter().map(|p| p.id.as_ref()),
        &read
            .programme_lines
            .iter()
            .map(|lines| lines.id)
            .collect::<Vec<_>>(),
        problems,
    );
    unique(
        "occupation",
        pack.occupations.iter().map(|o| o.id.as_ref()),
        &read
            .occupation_lines
            .iter()
            .map(|lines| lines.0)
            .collect::<Vec<_>>(),
        problems,
    );

    let clauses_exist = |ids: &[Str], line: usize, problems: &mut Vec<PackError>| {
        if ids.is_empty() {
            problem(
                problems,
                line,
                "`clauses` must name at least one clause".to_string(),
            );
        }
        for id in ids {
            if pack.clause(id).is_none() {
                problem(
                    problems,
                    line,
                    format!("clause `{id}` is not quoted in any [[clause]]"),
                );
            }
        }
    };
    let departments_exist = |ids: &[Str], line: usize, problems: &mut Vec<PackError>| {
        for id in ids {
            if pack.department(id).is_none() {
                problem(
                    problems,
                    line,
                    format!("department `{id}` is not listed in any [[department]]"),
                );
            }
        }
    };
    let mut used_readings: Vec<Str> = Vec::new();
    let mut condition_names = |condition: &Condition,
                               line: usize,
                               problems: &mut Vec<PackError>| {
        for reading in condition.readings() {
            if pack.reading(reading).is_none() {
                problem(
                    problems,
                    line,
                    format!(
                        "reading `{reading}` is not defined in any [[reading]]; defined: {}",
                        pack.readings
                            .iter()
                            .map(|r| r.id.as_ref())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            used_readings.push(Str::Owned(reading.to_string()));
        }
        condition.walk(&mut |node| {
            if let Condition::Literal(Literal::PlannedField(fields)) = node {
                for field in fields.iter() {
                    if pack.occupation(field).is_none() {
                        problem(
                            problems,
                            line,
                            format!("`{field}` in planned_occupation is not an [[occupation]] id"),
                        );
                    }
                }
            }
        });
    };

    let scope = &read.scope_lines;
    clauses_exist(
        &pack.every_benefit_requires_clauses,
        scope.clauses,
        problems,
    );
    departments_exist(
        std::slice::from_ref(&pack.default_contact),
        scope.contacts,
        problems,
    );
    condition_names(&pack.every_benefit_requires, scope.when, problems);
    for (benefit, lines) in pack.benefits.iter().zip(&read.benefit_lines) {
        clauses_exist(&benefit.clauses, lines.clauses, problems);
        departments_exist(&benefit.contacts, lines.contacts, problems);
        condition_names(&benefit.condition, lines.when, problems);
        for reading in benefit.readings.iter() {
            if pack.reading(reading).is_none() {
                problem(
                    problems,
                    lines.readings,
                    format!("reading `{reading}` is not defined in any [[reading]]"),
                );
            }
        }
    }
    for (programme, lines) in pack.programmes.iter().zip(&read.programme_lines) {
        clauses_exist(&programme.clauses, lines.clauses, problems);
        departments_exist(&programme.contacts, lines.contacts, problems);
        condition_names(&programme.condition, lines.when, problems);
    }
    for (reading, (id_line, clause_line, quote_line)) in
        pack.readings.iter().zip(&read.reading_lines)
    {
        let used = used_readings.contains(&reading.id)
            || pack
                .benefits
                .iter()
                .any(|benefit| benefit.readings.contains(&reading.id));
        if !used {
            problem(
                problems,
                *id_line,
                format!(
                    "reading `{}` is used by no condition and no benefit",
                    reading.id
                ),
            );
        }
        match pack.clause(&reading.clause) {
            None => problem(
                problems,
                *clause_line,
                format!(
                    "clause `{}` is not quoted in any [[clause]]",
                    reading.clause
                ),
            ),
            Some(clause) if !clause.text.contains(&*reading.quote) => problem(
                problems,
                *quote_line,
                format!(
                    "the quote of reading `{}` is not in clause `{}`",
                    reading.id, clause.id
                ),
            ),
            Some(_) => {}
        }
    }
    for (index, (row, (row_line, lead_line, targets_line))) in
        pack.annex1.iter().zip(&read.annex_lines).enumerate()
    {
        if row.row as usize != index + 1 {
            problem(
                problems,
                *row_line,
                format!(
                    "附件1 rows must be numbered 1, 2, 3… in order; expected {}",
                    index + 1
                ),
            );
        }
        departments_exist(&row.lead, *lead_line, problems);
        if !row.targets.is_empty() && row.targets.len() != pack.targets.years.len() {
            problem(
                problems,
                *targets_line,
                format!(
                    "`targets` needs one figure per year in [targets] years ({})",
                    pack.targets.years.len()
                ),
            );
        }
    }
    for (occupation, (_, row_line)) in pack.occupations.iter().zip(&read.occupation_lines) {
        if !pack
            .annex1
            .iter()
            .any(|row| row.row == occupation.annex1_row)
        {
            problem(
                problems,
                *row_line,
                format!("附件1 has no row {}", occupation.annex1_row),
            );
        }
    }
}

/// The readings a benefit's confirm list gains: what each of its own readings
/// asks to confirm, after the lines written for it.
fn with_reading_lines(pack: &mut RulePack) {
    let readings = pack.readings.clone();
    for benefit in pack.benefits.to_mut() {
        for id in benefit.readings.iter() {
            if let Some(reading) = readings.iter().find(|reading| &reading.id == id) {
                benefit.confirm.to_mut().push(reading.confirm.clone());
            }
        }
    }
}
