//! `skillcheck`: the command line on top of the rules engine.
//!
//! `eval` decides profiles (one JSON object, or JSON Lines) and prints one
//! result object per line; `check` validates rule-pack files and prints
//! `file:line: message` for every problem.

mod report;

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use serde_json::json;
use skillcheck_engine::{evaluate, pack, profile_json, Date, Lang, Library};

const HELP: &str = "skillcheck — 武隆区职业技能提升行动 资格自查（命令行）
Eligibility checker for Wulong's vocational-skills plan (武隆府办发〔2019〕98号), on the command line.

USAGE:
    skillcheck eval [FILE|-] [--lang zh|en] [--date YYYY-MM-DD]
        Reads one profile (a JSON object) or JSON Lines (one profile per line)
        from FILE or standard input and writes one result object per line.
        A line that is not a valid profile gets {\"error\": \"...\"}; the others
        are still decided; the exit code is 1 if any line failed.
        --date picks the rule pack in force on that day (default: today, China time).

    skillcheck check [FILE...]
        Validates rule-pack files (.toml) and prints file:line: message for
        every problem. Without files, checks the rule packs built in.
        Exit code 0 only when everything is valid.

    skillcheck --version | --help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let code = match args.first().map(String::as_str) {
        Some("--version") | Some("-V") => {
            let _ = writeln!(out, "skillcheck {}", skillcheck_engine::VERSION);
            0
        }
        None | Some("--help") | Some("-h") | Some("help") => {
            let _ = write!(out, "{HELP}");
            0
        }
        Some("eval") => eval(&args[1..], &mut out),
        Some("check") => check(&args[1..], &mut out),
        Some(other) => usage_error(&format!("unknown command `{other}`")),
    };
    let _ = out.flush();
    ExitCode::from(code)
}

fn usage_error(message: &str) -> u8 {
    eprintln!("skillcheck: {message}\n\n{HELP}");
    2
}

/// Today in China (UTC+8), from the system clock.
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64);
    Date::from_days_since_epoch((seconds + 8 * 3600).div_euclid(86_400))
}

struct EvalOptions {
    input: Option<String>,
    lang: Lang,
    date: Date,
}

fn eval_options(args: &[String]) -> Result<EvalOptions, String> {
    let mut options = EvalOptions {
        input: None,
        lang: Lang::Zh,
        date: today(),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--lang" => {
                options.lang = match rest.next().map(String::as_str) {
                    Some("zh") | Some("zh-CN") => Lang::Zh,
                    Some("en") => Lang::En,
                    _ => return Err("--lang takes zh or en".to_string()),
                }
            }
            "--date" => {
                options.date = rest
                    .next()
                    .and_then(|text| Date::parse(text))
                    .ok_or("--date takes a date such as 2020-06-01")?
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path => {
                if options.input.is_some() {
                    return Err("eval reads one FILE (or - for standard input)".to_string());
                }
                options.input = Some(path.to_string());
            }
        }
    }
    Ok(options)
}

fn read_input(input: Option<&str>) -> Result<String, String> {
    match input {
        None | Some("-") => {
            let mut text = String::new();
            io::stdin()
                .read_to_string(&mut text)
                .map_err(|err| format!("cannot read standard input: {err}"))?;
            Ok(text)
        }
        Some(path) => {
            std::fs::read_to_string(path).map_err(|err| format!("cannot read {path}: {err}"))
        }
    }
}

fn library() -> Result<Library, String> {
    skillcheck_engine::embedded().map_err(|problems| {
        problems
            .iter()
            .flat_map(|problem| {
                problem
                    .errors
                    .iter()
                    .map(move |error| format!("rulepacks/{}:{error}", problem.file))
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// The profiles in the input: the whole text if it is one JSON value, else one per non-blank line.
fn profiles(text: &str) -> Vec<(usize, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if serde_json::from_str::<serde_json::Value>(text).is_ok() {
        return vec![(1, text)];
    }
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| (index + 1, line))
        .collect()
}

fn eval(args: &[String], out: &mut impl Write) -> u8 {
    let options = match eval_options(args) {
        Ok(options) => options,
        Err(message) => return usage_error(&message),
    };
    let text = match read_input(options.input.as_deref()) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("skillcheck: {message}");
            return 2;
        }
    };
    let library = match library() {
        Ok(library) => library,
        Err(message) => {
            eprintln!("skillcheck: the built-in rule packs are invalid:\n{message}");
            return 2;
        }
    };
    let pack = match library.for_date(options.date) {
        Ok(pack) => pack,
        Err(err) => {
            eprintln!("skillcheck: {err}");
            return 2;
        }
    };
    let mut failed = false;
    for (line, source) in profiles(&text) {
        let result = match profile_json::from_str(source) {
            Ok(profile) => {
                let evaluation = evaluate(pack, &profile, options.date);
                report::evaluation(&evaluation, &profile, options.lang)
            }
            Err(err) => {
                failed = true;
                json!({ "error": format!("line {line}: {err}"), "line": line, "key": err.key })
            }
        };
        if writeln!(out, "{result}").is_err() {
            return 2;
        }
    }
    u8::from(failed)
}

fn check(args: &[String], out: &mut impl Write) -> u8 {
    let files: Vec<(String, String)> = if args.is_empty() {
        skillcheck_engine::embedded_files()
            .iter()
            .map(|(name, text)| (format!("rulepacks/{name}"), (*text).to_string()))
            .collect()
    } else {
        let mut files = Vec::new();
        for path in args {
            match std::fs::read_to_string(path) {
                Ok(text) => files.push((path.clone(), text)),
                Err(err) => {
                    let _ = writeln!(out, "{path}:1: cannot read the file: {err}");
                    return 1;
                }
            }
        }
        files
    };
    let mut valid = true;
    let mut packs = Vec::new();
    for (path, text) in &files {
        if !path.ends_with(".toml") {
            valid = false;
            let _ = writeln!(
                out,
                "{path}:1: not a rule pack (.toml); catalogue files are not checked yet"
            );
            continue;
        }
        match pack::parse(text) {
            Ok(pack) => {
                let _ = writeln!(
                    out,
                    "{path}: ok — {} ({}), {} benefits, {} programmes, {} clauses, 附件1 {} rows",
                    pack.document.number,
                    pack.id(),
                    pack.benefits.len(),
                    pack.programmes.len(),
                    pack.clauses.len(),
                    pack.annex1.len()
                );
                packs.push(pack);
            }
            Err(errors) => {
                valid = false;
                for error in errors {
                    let _ = writeln!(out, "{path}:{error}");
                }
            }
        }
    }
    if valid && packs.len() > 1 {
        if let Err(err) = Library::new(packs) {
            valid = false;
            let _ = writeln!(out, "{}:1: {err}", files[0].0);
        }
    }
    u8::from(!valid)
}
