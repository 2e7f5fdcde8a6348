//! Importing a catalogue from a spreadsheet's CSV export (UTF-8, with or
//! without a byte-order mark, comma-separated, RFC 4180 quoting), read with
//! the `csv` crate. One row per training project; the institution's columns
//! repeat on each of its rows. The columns are listed in [`COLUMNS`] and
//! documented in `docs/catalogue-format.md`.

use skillcheck_engine::catalogue::{
    ids, Catalogue, CertificateType, Institution, Problem, Project, CERTIFICATE_TYPES, KINDS,
};
use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::RulePack;

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

/// Splits CSV text into records, each with the line it starts on. Blank lines
/// are not records; a row that cannot be read (not UTF-8) is a problem at its line.
pub fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The line a record starts on, from its byte offset: the csv crate's own
    // line count is off by one after a CRLF, so count here, after skipping the
    // end of the previous line.
    let line_at = |byte: u64| -> usize {
        let bytes = text.as_bytes();
        let mut start = usize::try_from(byte)
            .unwrap_or(bytes.len())
            .min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        bytes[..start].iter().filter(|byte| **byte == b'\n').count() + 1
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for result in reader.records() {
        let record = result.map_err(|err| Problem {
            line: err
                .position()
                .map_or(1, |position| line_at(position.byte())),
            message: format!("the CSV cannot be read here: {err}"),
        })?;
        let line = record
            .position()
            .map_or(1, |position| line_at(position.byte()));
        let fields: Vec<String> = record.iter().map(str::to_string).collect();
        if fields.iter().all(|field| field.trim().is_empty()) && fields.len() <= 1 {
            continue;
        }
        records.push((line, fields));
    }
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
                            || occupation
                                .aliases
                                .iter()
                                .any(|alias| *alias == occupation_text)
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
                    occupation: occupation.id.to_string(),
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
        assert_eq!(records[0], (1, vec!["a".to_string(), "b".to_string()]));
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

    fn pack() -> &'static RulePack {
        let library = Box::leak(Box::new(
            skillcheck_engine::embedded().expect("valid packs"),
        ));
        &library.packs()[0]
    }

    fn header() -> Header {
        Header {
            title: "测试目录".to_string(),
            issuer: "测试".to_string(),
            date: "2026-11-25".to_string(),
            source: "测试".to_string(),
            sample: true,
        }
    }

    #[test]
    fn csv_import_reads_quoting_and_a_bom_and_reports_bad_rows() {
        let csv = "\u{feff}institution_id,name_zh,name_en,kind,township,address,phone,opening,occupation,level,certificate,subsidised,serves\r\n\
a,\"（示例）甲, 培训学校\",,private_training,凤山街道,\"示例地址：\"\"一号\"\"\",,,电工,junior,职业资格证书,是,free_training;certificate_subsidy\r\n\
a,（示例）甲培训学校,,private_training,凤山街道,示例地址,,,养老护理员,中级工,skill_level,no,\r\n\
b,（示例）乙,,nowhere,凤山街道,示例地址,,,,,,,\r\n\
c,（示例）丙,,assessment_body,江口镇,示例地址,,,flying,junior,training,yes,\r\n\
d,（示例）丁,,企业培训中心,江口镇,示例地址,,,\r\n\
e,（示例）戊,,assessment_body,江口镇,示例地址,,,,,,,\r\n";
        let (catalogue, problems) = import(csv, &header(), pack()).expect("a readable CSV");
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [4, 5, 6], "{problems:?}");
        assert!(problems[0].message.contains("\"kind\""));
        assert!(problems[1].message.contains("occupation \"flying\""));
        assert!(problems[2].message.contains("9 fields"));
        let ids: Vec<&str> = catalogue
            .institutions
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "e"]);
        let first = &catalogue.institutions[0];
        assert_eq!(first.name_zh, "（示例）甲, 培训学校");
        assert_eq!(first.address, "示例地址：\"一号\"");
        assert_eq!(first.projects.len(), 2);
        assert_eq!(first.projects[0].occupation, "electrician");
        assert_eq!(
            first.projects[0].serves,
            ["free_training", "certificate_subsidy"]
        );
        assert_eq!(first.projects[1].occupation, "elderly_care");
        assert!(!first.projects[1].subsidised);
        // What the import writes is a valid catalogue.
        let written = serde_json::to_string_pretty(
            &skillcheck_engine::catalogue::CatalogueFile::new(&catalogue),
        )
        .expect("serializes");
        assert_eq!(
            skillcheck_engine::catalogue::parse(&written, pack()).map(|l| l.problems),
            Ok(Vec::new())
        );
    }

    #[test]
    fn csv_without_the_header_is_refused() {
        let err = import("id,name\n1,x\n", &header(), pack()).expect_err("no header");
        assert_eq!(err.line, 1);
        assert!(err.message.contains("institution_id"));
        assert!(import("", &header(), pack()).is_err());
    }

    #[test]
    fn a_row_that_is_not_utf8_is_a_problem_at_its_line() {
        let bytes = b"a,b\nx,\xff\n";
        let text = String::from_utf8_lossy(bytes);
        // Text read from a file is UTF-8 already; the replacement character is kept as text.
        assert_eq!(records(&text).map(|r| r.len()), Ok(2));
    }
}
