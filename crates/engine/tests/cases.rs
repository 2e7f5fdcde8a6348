//! The decision cases in `rulepacks/tests/*.toml`, each run as its own test
//! (libtest-mimic keeps libtest's output and its summary line), plus the
//! checks that hold for the table as a whole: every benefit is seen eligible,
//! not eligible and unknown; no two cases share a name; every reading of the
//! pack has a case that names it.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use skillcheck_engine::cases::{self, Case};
use skillcheck_engine::{Library, Status};

fn case_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rulepacks/tests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned())
}

/// Every case of every file, or a failing trial for a file that cannot be read.
fn read_all(trials: &mut Vec<Trial>) -> Vec<(String, Case)> {
    let mut all = Vec::new();
    let files = case_files();
    if files.is_empty() {
        trials.push(Trial::test("rulepacks/tests holds case files", || {
            Err("no *.toml in rulepacks/tests".into())
        }));
    }
    for path in files {
        let name = file_name(&path);
        let parsed = std::fs::read_to_string(&path)
            .map_err(|err| vec![format!("cannot read the file: {err}")])
            .and_then(|text| {
                cases::parse(&text).map_err(|problems| {
                    problems.iter().map(ToString::to_string).collect::<Vec<_>>()
                })
            });
        match parsed {
            Ok(file_cases) => all.extend(file_cases.into_iter().map(|case| (name.clone(), case))),
            Err(problems) => {
                let message = problems
                    .iter()
                    .map(|problem| format!("rulepacks/tests/{name}:{problem}"))
                    .collect::<Vec<_>>()
                    .join("\n");
                trials.push(Trial::test(format!("{name} can be read"), move || {
                    Err(message.into())
                }));
            }
        }
    }
    all
}

fn whole_table_checks(library: &'static Library, all: &'static [(String, Case)]) -> Vec<Trial> {
    vec![
        Trial::test(
            "the case table has at least 120 cases with unique names",
            move || {
                if all.len() < 120 {
                    return Err(format!("only {} cases", all.len()).into());
                }
                let mut names: Vec<&str> = all.iter().map(|(_, case)| case.name.as_str()).collect();
                names.sort_unstable();
                let before = names.len();
                names.dedup();
                if names.len() != before {
                    return Err("two cases share a name".into());
                }
                Ok(())
            },
        ),
        Trial::test(
            "every benefit is seen eligible, not eligible and unknown in the cases",
            move || {
                for pack in library.packs() {
                    for benefit in pack.benefits.iter() {
                        for status in [Status::Eligible, Status::NotEligible, Status::Unknown] {
                            let seen = all.iter().any(|(_, case)| {
                                case.expect
                                    .iter()
                                    .any(|(id, expected)| *id == benefit.id && *expected == status)
                            });
                            if !seen {
                                return Err(format!(
                                    "no case shows `{}` as {}",
                                    benefit.id,
                                    status.id()
                                )
                                .into());
                            }
                        }
                    }
                }
                Ok(())
            },
        ),
        Trial::test("every reading of the pack is named by a case", move || {
            for pack in library.packs() {
                for reading in pack.readings.iter() {
                    let named = all.iter().any(|(_, case)| {
                        case.readings
                            .iter()
                            .any(|(_, ids)| ids.iter().any(|id| *id == reading.id))
                    });
                    if !named {
                        return Err(format!("no case names the reading `{}`", reading.id).into());
                    }
                }
            }
            Ok(())
        }),
    ]
}

fn main() {
    let arguments = Arguments::from_args();
    let library: &'static Library = match skillcheck_engine::embedded() {
        Ok(library) => Box::leak(Box::new(library)),
        Err(problems) => {
            eprintln!("{}", skillcheck_engine::describe(&problems));
            std::process::exit(101);
        }
    };
    let mut trials = Vec::new();
    let all: &'static [(String, Case)] = Box::leak(read_all(&mut trials).into_boxed_slice());
    for (file, case) in all {
        trials.push(Trial::test(
            format!("{file}: {}", case.name),
            move || -> Result<(), Failed> {
                cases::run(library, case).map_err(|failures| {
                    format!(
                        "rulepacks/tests/{file}:{}: {}\n    {}",
                        case.line,
                        case.name,
                        failures.join("\n    ")
                    )
                    .into()
                })
            },
        ));
    }
    trials.extend(whole_table_checks(library, all));
    libtest_mimic::run(&arguments, trials).exit();
}
