//! Importing a catalogue from a spreadsheet's CSV export (UTF-8, with or
//! without a byte-order mark, comma-separated, RFC 4180 quoting). One row per
//! training project; the institution's columns repeat on each of its rows.
//! The columns are listed in [`COLUMNS`] and documented in `docs/catalogue-format.md`.

use crate::catalogue::{
    ids, Catalogue, CertificateType, Institution, Problem, Project, CERTIFICATE_TYPES, KINDS,
};
use crate::facts::LEVEL_CHOICES;
use crate::pack::RulePack;

/// The header row, in any order. `name_en`, `phone`, `opening` and `serves` may be empty;
/// a row with an empty `occupation` lists the institution without a project.
pub const COLUMNS: &[&str] = &[
    "institution_id",
    "name_zh",
    "name_en",
    "kind",
    "township",
    "address",
    "phone",
    "opening",
    "occupation",
    "level",
    "certificate",
    "subsidised",
    "serves",
];

/// The header of a catalogue: what the CSV itself does not say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub title: String,
    pub issuer: String,
    pub date: String,
    pub source: String,
    pub sample: bool,
}

/// Splits CSV text into records, each with the line it starts on.
pub fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut quoted = false;
    let mut quote_line = 1;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                quote_line = line;
            }
            '"' => return Err(Problem {
                line,
                message:
                    "a quote inside an unquoted field; quote the whole field and double the quote"
                        .to_string(),
            }),
            ',' => fields.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                records.push((record_line, std::mem::take(&mut fields)));
                line += 1;
                record_line = line;
                any = false;
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(Problem {
            line: quote_line,
            message: "a quoted field is not closed".to_string(),
        });
    }
    if any {
        fields.push(field);
        records.push((record_line, fields));
    }
    // Blank lines are not records.
    records.retain(|(_, fields)| !(fields.len() == 1 && fields[0].trim().is_empty()));
    Ok(records)
}

fn by_label<T: Copy>(table: &[(T, &str, &str, &str)], text: &str) -> Option<T> {
    table
        .iter()
        .find(|entry| entry.1 == text || entry.2 == text || entry.3.eq_ignore_ascii_case(text))
        .map(|entry| entry.0)
}

fn yes_no(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" | "是" | "y" => Some(true),
        "no" | "false" | "0" | "否" | "n" => Some(false),
        _ => None,
    }
}

/// Imports CSV text. Returns the catalogue built from the good rows and a
/// problem for every bad one (a row with a problem is left out). `Err` when
/// the file cannot be read as CSV or lacks the header.
pub fn import(
    text: &str,
    header: &Header,
    pack: &RulePack,
) -> Result<(Catalogue, Vec<Problem>), Problem> {
    let records = records(text)?;
    let Some(((header_line, names), rows)) = records.split_first() else {
        return Err(Problem {
            line: 1,
            message: format!(
                "the file is empty; the first row must name the columns: {}",
                COLUMNS.join(",")
            ),
        });
    };
    let names: Vec<String> = names
        .iter()
        .map(|name| name.trim().to_ascii_lowercase())
        .collect();
    let mut index = Vec::new();
    for column in COLUMNS {
        match names.iter().position(|name| name == column) {
            Some(position) => index.push(position),
            None => {
                return Err(Problem {
                    line: *header_line,
                    message: format!(
                        "the header has no column \"{column}\"; it needs: {}",
                        COLUMNS.join(",")
                    ),
                })
            }
        }
    }
    let mut problems = Vec::new();
    let mut institutions: Vec<Institution> = Vec::new();
    for (line, fields) in rows {
        let cell = |column: usize| -> String {
            index
                .get(column)
                .and_then(|position| fields.get(*position))
                .map(|text| text.trim().to_string())
                .unwrap_or_default()
        };
        let fail = |message: String| Problem {
            line: *line,
            message,
        };
        let row = (|| -> Result<(Institution, Option<Project>), Problem> {
            if fields.len() != names.len() {
                return Err(fail(format!(
                    "the row has {} fields; the header has {}",
                    fields.len(),
                    names.len()
                )));
            }
            let id = cell(0);
            if id.is_empty() {
                return Err(fail("\"institution_id\" is empty".to_string()));
            }
            for (column, name) in [(1, "name_zh"), (4, "township"), (5, "address")] {
                if cell(column).is_empty() {
                    return Err(fail(format!(
                        "\"{name}\" is empty for institution \"{id}\""
                    )));
                }
            }
            let kind = by_label(KINDS, &cell(3)).ok_or_else(|| {
                fail(format!(
                    "\"kind\" \"{}\" is not one of {}",
                    cell(3),
                    ids(KINDS)
                ))
            })?;
            let name_en = Some(cell(2)).filter(|name| !name.is_empty());
            let institution = Institution {
                id: id.clone(),
                name_zh: cell(1),
                name_en,
                kind,
                township: cell(4),
                address: cell(5),
                phone: cell(6),
                opening: cell(7),
                projects: Vec::new(),
                line: *line,
            };
            let occupation_text = cell(8);
            if occupation_text.is_empty() {
                return Ok((institution, None));
            }
            let occupation = pack
                .occupation(&occupation_text)
                .or_else(|| {
                    pack.occupations.iter().find(|occupation| {
                        occupation.name.zh == occupation_text
                            || occupation.name.en.eq_ignore_ascii_case(&occupation_text)
                            || occupation.aliases.contains(&occupation_text)
                    })
                })
                .ok_or_else(|| {
                    fail(format!(
                        "occupation \"{occupation_text}\" is not in the vocabulary"
                    ))
                })?;
            let level = LEVEL_CHOICES
                .iter()
                .position(|level| level.id == cell(9) || level.zh == cell(9))
                .ok_or_else(|| fail(format!("\"level\" \"{}\" is not a level", cell(9))))?;
            let certificate: CertificateType =
                by_label(CERTIFICATE_TYPES, &cell(10)).ok_or_else(|| {
                    fail(format!(
                        "\"certificate\" \"{}\" is not a certificate type",
                        cell(10)
                    ))
                })?;
            let subsidised = yes_no(&cell(11)).ok_or_else(|| {
                fail(format!(
                    "\"subsidised\" must be yes or no, not \"{}\"",
                    cell(11)
                ))
            })?;
            let serves: Vec<String> = cell(12)
                .split([';', '；', '、', ' '])
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect();
            Ok((
                institution,
                Some(Project {
                    occupation: occupation.id.clone(),
                    level: level as u8,
                    certificate,
                    subsidised,
                    serves,
                }),
            ))
        })();
        match row {
            Ok((institution, project)) => {
                let position = match institutions
                    .iter()
                    .position(|other| other.id == institution.id)
                {
                    Some(position) => position,
                    None => {
                        institutions.push(institution);
                        institutions.len() - 1
                    }
                };
                if let (Some(project), Some(entry)) = (project, institutions.get_mut(position)) {
                    entry.projects.push(project);
                }
            }
            Err(problem) => problems.push(problem),
        }
    }
    Ok((
        Catalogue {
            title: header.title.clone(),
            issuer: header.issuer.clone(),
            date: header.date.clone(),
            source: header.source.clone(),
            sample: header.sample,
            institutions,
        },
        problems,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_bom_and_line_endings_are_read() {
        let text = "\u{feff}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\n\nlast,row";
        let records = records(text).unwrap();
        assert_eq!(records.len(), 4);
        assert_eq!(
            records[1],
            (2, vec!["x, y".to_string(), "say \"hi\"".to_string()])
        );
        assert_eq!(
            records[2],
            (3, vec!["two\nlines".to_string(), "z".to_string()])
        );
        assert_eq!(records[3].0, 6);
    }

    #[test]
    fn broken_quoting_is_a_problem_with_a_line() {
        assert_eq!(records("a,b\n\"open,x\n").unwrap_err().line, 2);
        assert_eq!(records("a,b\nx\"y,z\n").unwrap_err().line, 2);
    }
}
