//! Prints every decision case of `rulepacks/tests/*.toml` (or of the files
//! named) as JSON Lines, `{"file", "name", "date", "profile"}`: the Node tests
//! of the package evaluate these profiles with the package and with
//! `skillcheck eval` and compare the two.

use std::io::Write;
use std::process::ExitCode;

use skillcheck_engine::{cases, profile_json};

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        let Ok(entries) = std::fs::read_dir("rulepacks/tests") else {
            eprintln!("case_profiles: run from the repository root or name the case files");
            return ExitCode::from(2);
        };
        files = entries
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.path().display().to_string())
            .filter(|path| path.ends_with(".toml"))
            .collect();
        files.sort();
    }
    let mut out = std::io::stdout().lock();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            eprintln!("case_profiles: cannot read {file}");
            return ExitCode::from(2);
        };
        let Ok(file_cases) = cases::parse(&text) else {
            eprintln!("case_profiles: {file} has problems; run skillcheck test {file}");
            return ExitCode::from(2);
        };
        for case in file_cases {
            let line = serde_json::json!({
                "file": file,
                "name": case.name,
                "date": case.date.to_string(),
                "profile": profile_json::to_json(&case.profile),
            });
            if writeln!(out, "{line}").is_err() {
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}
