//! Decision cases as data (features `toml` and `json`): files beside the rule
//! packs (`rulepacks/tests/*.toml`) that a policy officer can extend without
//! writing Rust. Each case is a sentence naming what it shows, the clause it
//! rests on, a profile (the facts of the JSON contract, written as a TOML
//! table) and the status each benefit or programme must get, optionally with
//! the readings the decision must name for the person to confirm.
//!
//! ```toml
//! date = 2020-06-01
//!
//! [[case]]
//! name = "a rural 两后生 gets the living-cost subsidy"
//! clause = "四（一）"
//! profile = { wulong_tie = true, school_leaver = true, hukou = "rural" }
//! expect = { living_allowance = "eligible" }
//! ```
//!
//! `cargo test` runs every case as its own test, and so does `skillcheck test`.

use serde::Deserialize;
use toml::Spanned;

use crate::date::Date;
use crate::decide::{evaluate, Library, Status};
use crate::pack::{Lang, RulePack};
use crate::problem::Problem;
use crate::profile::Profile;
use crate::profile_json;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFileToml {
    /// The evaluation date of every case that gives none (default 2020-06-01).
    #[serde(default)]
    date: Option<Spanned<toml::Value>>,
    #[serde(default)]
    case: Vec<Spanned<CaseToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseToml {
    name: Spanned<String>,
    clause: Spanned<String>,
    #[serde(default)]
    date: Option<Spanned<toml::Value>>,
    profile: Spanned<toml::Table>,
    expect: Spanned<toml::Table>,
    #[serde(default)]
    readings: Option<Spanned<toml::Table>>,
}

/// One case, read and checked for shape (not yet against a pack).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub name: String,
    /// The line its `[[case]]` starts on.
    pub line: usize,
    /// The clause the expectation rests on.
    pub clause: String,
    pub date: Date,
    pub profile: Profile,
    /// (benefit or programme id, expected status), in file order.
    pub expect: Vec<(String, Status)>,
    /// (benefit or programme id, readings its decision must name).
    pub readings: Vec<(String, Vec<String>)>,
}

/// The default evaluation date: inside the 2019 plan's period.
pub fn default_date() -> Date {
    Date {
        year: 2020,
        month: 6,
        day: 1,
    }
}

fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|byte| **byte == b'\n')
        .count()
        + 1
}

fn status_from(id: &str) -> Option<Status> {
    [Status::Eligible, Status::NotEligible, Status::Unknown]
        .into_iter()
        .find(|status| status.id() == id)
}

/// A TOML value as the JSON the profile contract reads.
fn to_json(value: &toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(text) => serde_json::Value::String(text.clone()),
        toml::Value::Integer(number) => serde_json::Value::from(*number),
        toml::Value::Float(number) => serde_json::Number::from_f64(*number)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        toml::Value::Boolean(flag) => serde_json::Value::Bool(*flag),
        toml::Value::Datetime(datetime) => serde_json::Value::String(datetime.to_string()),
        toml::Value::Array(items) => serde_json::Value::Array(items.iter().map(to_json).collect()),
        toml::Value::Table(table) => serde_json::Value::Object(
            table
                .iter()
                .map(|(key, value)| (key.clone(), to_json(value)))
                .collect(),
        ),
    }
}

fn date_of(value: &Spanned<toml::Value>, text: &str) -> Result<Date, Problem> {
    match value.get_ref() {
        toml::Value::Datetime(datetime) if datetime.time.is_none() => datetime
            .date
            .and_then(|date| Date::new(i32::from(date.year), date.month, date.day)),
        _ => None,
    }
    .ok_or_else(|| Problem {
        line: line_at(text, value.span().start),
        message: "`date` must be a date YYYY-MM-DD (without quotes)".to_string(),
    })
}

/// Reads a case file: every case, or every problem found (each with its line).
pub fn parse(text: &str) -> Result<Vec<Case>, Vec<Problem>> {
    let file: CaseFileToml = toml::from_str(text).map_err(|err| {
        vec![Problem {
            line: err.span().map_or(1, |span| line_at(text, span.start)),
            message: err.message().trim().to_string(),
        }]
    })?;
    let mut problems = Vec::new();
    let file_date = match &file.date {
        Some(value) => date_of(value, text).unwrap_or_else(|problem| {
            problems.push(problem);
            default_date()
        }),
        None => default_date(),
    };
    let mut cases = Vec::new();
    for spanned in file.case {
        let line = line_at(text, spanned.span().start);
        let case = spanned.into_inner();
        let at = |spanned_start: usize| line_at(text, spanned_start);
        let date = match &case.date {
            Some(value) => date_of(value, text).unwrap_or_else(|problem| {
                problems.push(problem);
                file_date
            }),
            None => file_date,
        };
        let profile_line = at(case.profile.span().start);
        let profile = match profile_json::from_json(&to_json(&toml::Value::Table(
            case.profile.get_ref().clone(),
        ))) {
            Ok(profile) => profile,
            Err(err) => {
                problems.push(Problem {
                    line: profile_line,
                    message: format!("case \"{}\": `profile`: {err}", case.name.get_ref()),
                });
                Profile::new()
            }
        };
        let mut expect = Vec::new();
        for (id, value) in case.expect.get_ref() {
            match value.as_str().and_then(status_from) {
                Some(status) => expect.push((id.clone(), status)),
                None => problems.push(Problem {
                    line: at(case.expect.span().start),
                    message: format!(
                        "case \"{}\": `expect.{id}` must be \"eligible\", \"not_eligible\" or \"unknown\"",
                        case.name.get_ref()
                    ),
                }),
            }
        }
        if expect.is_empty() {
            problems.push(Problem {
                line: at(case.expect.span().start),
                message: format!(
                    "case \"{}\": `expect` must name at least one benefit or programme",
                    case.name.get_ref()
                ),
            });
        }
        let mut readings = Vec::new();
        if let Some(table) = &case.readings {
            for (id, value) in table.get_ref() {
                let list: Option<Vec<String>> = value.as_array().and_then(|items| {
                    items
                        .iter()
                        .map(|item| item.as_str().map(str::to_string))
                        .collect()
                });
                match list {
                    Some(list) => readings.push((id.clone(), list)),
                    None => problems.push(Problem {
                        line: at(table.span().start),
                        message: format!(
                            "case \"{}\": `readings.{id}` must be a list of reading ids",
                            case.name.get_ref()
                        ),
                    }),
                }
            }
        }
        if case.name.get_ref().trim().is_empty() {
            problems.push(Problem {
                line: at(case.name.span().start),
                message: "a case needs a `name`: a sentence saying what it shows".to_string(),
            });
        }
        cases.push(Case {
            name: case.name.into_inner().trim().to_string(),
            line,
            clause: case.clause.into_inner().trim().to_string(),
            date,
            profile,
            expect,
            readings,
        });
    }
    let mut names: Vec<&str> = Vec::new();
    for case in &cases {
        if names.contains(&case.name.as_str()) {
            problems.push(Problem {
                line: case.line,
                message: format!("two cases are named \"{}\"", case.name),
            });
        }
        names.push(&case.name);
    }
    if problems.is_empty() {
        Ok(cases)
    } else {
        crate::problem::sort_by_line(&mut problems);
        Err(problems)
    }
}

/// The pack a case is decided with: the one in force on its date.
pub fn pack_for<'l>(library: &'l Library, case: &Case) -> Result<&'l RulePack, String> {
    library.for_date(case.date).map_err(|err| err.to_string())
}

/// Decides one case. `Ok` when every expectation holds; otherwise every
/// mismatch, each saying what was expected and what the engine decided, why,
/// and what it named to confirm.
pub fn run(library: &Library, case: &Case) -> Result<(), Vec<String>> {
    let pack = pack_for(library, case).map_err(|err| vec![err])?;
    let mut failures = Vec::new();
    if pack.clause(&case.clause).is_none() {
        failures.push(format!(
            "the clause \"{}\" is not quoted in the pack `{}`",
            case.clause,
            pack.id()
        ));
    }
    let evaluation = evaluate(pack, &case.profile, case.date);
    let decided = |id: &str| {
        evaluation
            .benefit(id)
            .map(|outcome| {
                (
                    outcome.status,
                    outcome.reasons(pack, &case.profile),
                    outcome.readings(pack, &case.profile),
                )
            })
            .or_else(|| {
                evaluation.programme(id).map(|outcome| {
                    (
                        outcome.status,
                        outcome.reasons(pack, &case.profile),
                        outcome.readings(pack, &case.profile),
                    )
                })
            })
    };
    for (id, expected) in &case.expect {
        match decided(id) {
            None => failures.push(format!(
                "`{id}` is neither a benefit nor a programme of the pack `{}`",
                pack.id()
            )),
            Some((status, reasons, readings)) if status != *expected => {
                let why: Vec<String> = reasons
                    .iter()
                    .map(|reason| {
                        let mark = match reason.truth {
                            crate::Truth::Yes => "✓",
                            crate::Truth::No => "✗",
                            crate::Truth::Unknown => "?",
                        };
                        format!("{mark} {}", reason.text(Lang::Zh))
                    })
                    .collect();
                let named: Vec<&str> = readings.iter().map(|r| &*r.id).collect();
                failures.push(format!(
                    "`{id}`: expected {}, got {} ({}){}",
                    expected.id(),
                    status.id(),
                    why.join("; "),
                    if named.is_empty() {
                        String::new()
                    } else {
                        format!("; readings: {}", named.join(", "))
                    }
                ));
            }
            Some(_) => {}
        }
    }
    for (id, wanted) in &case.readings {
        match decided(id) {
            None => failures.push(format!(
                "`{id}` is neither a benefit nor a programme of the pack `{}`",
                pack.id()
            )),
            Some((_, _, readings)) => {
                for reading in wanted {
                    if pack.reading(reading).is_none() {
                        failures.push(format!("`{reading}` is not a reading of the pack"));
                    } else if !readings.iter().any(|found| &found.id == reading) {
                        let named: Vec<&str> = readings.iter().map(|r| &*r.id).collect();
                        failures.push(format!(
                            "`{id}`: expected the reading `{reading}` to be named; named: {}",
                            if named.is_empty() {
                                "none".to_string()
                            } else {
                                named.join(", ")
                            }
                        ));
                    }
                }
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}
