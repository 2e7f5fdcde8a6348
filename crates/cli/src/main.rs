//! `skillcheck`: the command line on top of the rules engine.
//!
//! `eval` decides profiles (one JSON object, or JSON Lines) and prints one
//! result object per line; `check` validates rule-pack files and prints
//! `file:line: message` for every problem.

mod report;

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use serde_json::json;
use skillcheck_engine::catalogue_csv::{self, Header};
use skillcheck_engine::{catalogue, evaluate, pack, profile_json, Date, Lang, Library};

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
        Validates rule-pack files (.toml) and catalogue files (.json) and prints
        file:line: message for every problem. Without files, checks the rule
        packs built in. Exit code 0 only when everything is valid.

    skillcheck catalogue import FILE.csv [--title T] [--issuer I] [--date YYYY-MM-DD]
                                         [--source S] [--official]
        Turns a spreadsheet's CSV export (UTF-8, with or without BOM; columns in
        docs/catalogue-format.md) into the catalogue JSON format on standard
        output. Bad rows are left out and reported as FILE:line: message on
        standard error; the exit code is 1 if any row was bad. Without
        --official the catalogue is marked as sample data.

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
        Some("catalogue") => match args.get(1).map(String::as_str) {
            Some("import") => import(&args[2..], &mut out),
            _ => usage_error("use `skillcheck catalogue import FILE.csv`"),
        },
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

/// The built-in rule packs, or the exit code after saying why they cannot be used.
fn library() -> Result<Library, u8> {
    skillcheck_engine::embedded().map_err(|problems| {
        eprintln!(
            "skillcheck: the built-in rule packs are invalid:\n{}",
            skillcheck_engine::describe(&problems)
        );
        2
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
        Err(code) => return code,
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
        if path.ends_with(".json") {
            valid &= check_catalogue(path, text, out);
            continue;
        }
        if !path.ends_with(".toml") {
            valid = false;
            let _ = writeln!(
                out,
                "{path}:1: not a rule pack (.toml) or a catalogue (.json)"
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

/// The newest built-in pack: the vocabulary catalogues are checked against.
fn newest_pack(library: &Library) -> Option<&skillcheck_engine::RulePack> {
    library.packs().last()
}

fn check_catalogue(path: &str, text: &str, out: &mut impl Write) -> bool {
    let Ok(library) = library() else {
        let _ = writeln!(
            out,
            "{path}:1: cannot be checked without the built-in rule packs"
        );
        return false;
    };
    let Some(pack) = newest_pack(&library) else {
        let _ = writeln!(out, "{path}:1: no rule pack is built in");
        return false;
    };
    match catalogue::parse(text, pack) {
        Ok(loaded) => {
            for problem in &loaded.problems {
                let _ = writeln!(out, "{path}:{problem}");
            }
            let _ = writeln!(
                out,
                "{path}: {} — {}, {} institutions usable{}",
                if loaded.problems.is_empty() {
                    "ok"
                } else {
                    "usable with problems"
                },
                loaded.catalogue.title,
                loaded.catalogue.institutions.len(),
                if loaded.catalogue.sample {
                    " (sample data)"
                } else {
                    ""
                }
            );
            loaded.problems.is_empty()
        }
        Err(problems) => {
            for problem in problems {
                let _ = writeln!(out, "{path}:{problem}");
            }
            false
        }
    }
}

fn import(args: &[String], out: &mut impl Write) -> u8 {
    let mut header = Header {
        title: "武隆区职业技能培训和评价机构目录（示例数据，非官方目录）".to_string(),
        issuer: "未注明".to_string(),
        date: today().to_string(),
        source: "由 skillcheck catalogue import 从 CSV 导入".to_string(),
        sample: true,
    };
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| rest.next().cloned().ok_or(format!("{name} needs a value"));
        let result = match arg.as_str() {
            "--title" => value("--title").map(|v| header.title = v),
            "--issuer" => value("--issuer").map(|v| header.issuer = v),
            "--source" => value("--source").map(|v| header.source = v),
            "--date" => value("--date").and_then(|v| {
                Date::parse(&v)
                    .map(|_| header.date = v)
                    .ok_or_else(|| "--date takes a date such as 2026-11-25".to_string())
            }),
            "--official" => {
                header.sample = false;
                Ok(())
            }
            flag if flag.starts_with("--") => Err(format!("unknown option `{flag}`")),
            path if file.is_none() => {
                file = Some(path.to_string());
                Ok(())
            }
            _ => Err("import reads one FILE.csv".to_string()),
        };
        if let Err(message) = result {
            return usage_error(&message);
        }
    }
    let Some(path) = file else {
        return usage_error("import needs a FILE.csv");
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}:1: cannot read the file: {err}");
            return 2;
        }
    };
    let library = match library() {
        Ok(library) => library,
        Err(code) => return code,
    };
    let Some(pack) = newest_pack(&library) else {
        eprintln!("skillcheck: no rule pack is built in");
        return 2;
    };
    match catalogue_csv::import(&text, &header, pack) {
        Ok((catalogue, problems)) => {
            for problem in &problems {
                eprintln!("{path}:{problem}");
            }
            let written = catalogue::to_json(&catalogue);
            // What is written must read back cleanly (serves ids are checked here).
            let check = catalogue::parse(&written, pack);
            let later: Vec<String> = match &check {
                Ok(loaded) => loaded.problems.iter().map(|p| p.message.clone()).collect(),
                Err(problems) => problems.iter().map(|p| p.message.clone()).collect(),
            };
            for message in &later {
                eprintln!("{path}: {message}");
            }
            if check.is_err() {
                return 1;
            }
            let _ = write!(out, "{written}");
            u8::from(!problems.is_empty() || !later.is_empty())
        }
        Err(problem) => {
            eprintln!("{path}:{problem}");
            1
        }
    }
}
