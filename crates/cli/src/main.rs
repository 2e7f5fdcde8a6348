//! `skillcheck`: the command line on top of the rules engine.
//!
//! `eval` decides profiles (one JSON object, or JSON Lines) and prints one
//! result object per line; `check` validates rule-pack files and catalogues and
//! prints `file:line: message` for every problem; `test` runs the decision
//! cases beside the packs; `catalogue import` turns a spreadsheet's CSV into
//! the catalogue format. Every JSON it writes goes through serde.

mod catalogue_csv;

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use catalogue_csv::Header;
use skillcheck_engine::report::{self, ErrorReport};
use skillcheck_engine::{cases, catalogue, evaluate, pack, profile_json, Date, Lang, Library};

const HELP: &str = "skillcheck — 武隆区职业技能提升行动 资格自查（命令行）
Eligibility checker for Wulong's vocational-skills plan (武隆府办发〔2019〕98号), on the command line.

USAGE:
    skillcheck eval [FILE|-] [--lang zh|en] [--date YYYY-MM-DD]
        Reads one profile (a JSON object, on one line or several) or JSON Lines
        (one profile per line) from FILE or standard input and writes one result
        object per line. A line that is not a valid profile gets
        {\"error\": \"...\", \"line\": N, \"key\": ...}; the others are still
        decided; the exit code is 1 if any line failed or the input is empty.
        --date picks the rule pack in force on that day (default: today, China time).

    skillcheck check [FILE...]
        Validates rule-pack files (.toml) and catalogue files (.json) and prints
        file:line: message for every problem. Without files, checks the rule
        packs built in. Exit code 0 only when everything is valid.

    skillcheck test [FILE...]
        Runs the decision cases (rulepacks/tests/*.toml when no FILE is given)
        against the built-in rule packs; prints each failing case with what the
        engine decided and why. Exit code 0 only when every case passes.

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
        Some("test") => test(&args[1..], &mut out),
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

/// The input's bytes: a batch may hold a line that is not UTF-8, which is that
/// line's problem only.
fn read_input(input: Option<&str>) -> Result<Vec<u8>, String> {
    match input {
        None | Some("-") => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|err| format!("cannot read standard input: {err}"))?;
            Ok(bytes)
        }
        Some(path) => std::fs::read(path).map_err(|err| format!("cannot read {path}: {err}")),
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

/// One profile to decide, or why its line cannot be one.
type Source<'a> = Result<&'a str, String>;

/// The profiles in the input, each with its line: the whole input when it is
/// one JSON value (pretty-printed over several lines or not), else one per
/// non-blank line (JSON Lines). A line that is not UTF-8 or starts with a
/// byte-order mark is that line's problem only.
fn profiles(bytes: &[u8]) -> Vec<(usize, Source<'_>)> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        if serde_json::from_str::<serde_json::Value>(text).is_ok() {
            return vec![(1, Ok(text))];
        }
        if let Some(problem) = one_value_over_several_lines(text) {
            return vec![(problem.0, Err(problem.1))];
        }
    }
    bytes
        .split(|byte| *byte == b'\n')
        .enumerate()
        .filter(|(_, line)| !line.iter().all(u8::is_ascii_whitespace))
        .map(|(index, line)| {
            let source = match std::str::from_utf8(line) {
                Err(err) => Err(format!(
                    "the line is not UTF-8 text (byte {} cannot be read); save the file as UTF-8",
                    err.valid_up_to() + 1
                )),
                Ok(text) if text.starts_with('\u{feff}') => Err(
                    "the line starts with a byte-order mark (U+FEFF); only the very start of the input may have one"
                        .to_string(),
                ),
                Ok(text) => Ok(text),
            };
            (index + 1, source)
        })
        .collect()
}

/// When the input's first value runs over several lines and the whole input is
/// not valid JSON, the input is one damaged pretty-printed object, not JSON
/// Lines: its problem, at the line and column serde_json found it.
fn one_value_over_several_lines(text: &str) -> Option<(usize, String)> {
    let first = text.lines().find(|line| !line.trim().is_empty())?;
    let alone = serde_json::from_str::<serde_json::Value>(first).err()?;
    if !alone.is_eof() {
        return None;
    }
    let err = serde_json::from_str::<serde_json::Value>(text).err()?;
    let what = err.to_string();
    let what = what
        .rfind(" at line ")
        .map_or(what.as_str(), |end| &what[..end]);
    Some((
        err.line(),
        format!(
            "the input is one JSON value over several lines, and it is not valid JSON at line {} column {}: {what}",
            err.line(),
            err.column()
        ),
    ))
}

fn eval(args: &[String], out: &mut impl Write) -> u8 {
    let options = match eval_options(args) {
        Ok(options) => options,
        Err(message) => return usage_error(&message),
    };
    let bytes = match read_input(options.input.as_deref()) {
        Ok(bytes) => bytes,
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
    let sources = profiles(&bytes);
    if sources.is_empty() {
        eprintln!(
            "skillcheck: the input is empty; give one profile such as {{\"wulong_tie\": true}} or one per line"
        );
        return 1;
    }
    let mut failed = false;
    for (line, source) in sources {
        let written = match source
            .map_err(|message| (message, None))
            .and_then(|text| profile_json::from_str(text).map_err(|err| (err.message, err.key)))
        {
            Ok(profile) => {
                let evaluation = evaluate(pack, &profile, options.date);
                serde_json::to_string(&report::evaluation(&evaluation, &profile, options.lang))
            }
            Err((message, key)) => {
                failed = true;
                serde_json::to_string(&ErrorReport {
                    error: format!("line {line}: {message}"),
                    line,
                    key,
                })
            }
        };
        let Ok(written) = written else {
            return 2;
        };
        if writeln!(out, "{written}").is_err() {
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
                    "{path}: ok — {} ({}), {} benefits, {} programmes, {} readings, {} clauses, 附件1 {} rows",
                    pack.document.number,
                    pack.id(),
                    pack.benefits.len(),
                    pack.programmes.len(),
                    pack.readings.len(),
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

/// The case files to run: those named, or every `.toml` in `rulepacks/tests/`.
fn case_files(args: &[String]) -> Result<Vec<PathBuf>, String> {
    if !args.is_empty() {
        return Ok(args.iter().map(PathBuf::from).collect());
    }
    let dir = Path::new("rulepacks/tests");
    let entries = std::fs::read_dir(dir).map_err(|err| {
        format!(
            "cannot read {}: {err}; run from the repository root or name the case files",
            dir.display()
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{} holds no case files (*.toml)", dir.display()));
    }
    Ok(files)
}

fn test(args: &[String], out: &mut impl Write) -> u8 {
    if let Some(flag) = args.iter().find(|arg| arg.starts_with("--")) {
        return usage_error(&format!("unknown option `{flag}`"));
    }
    let files = match case_files(args) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("skillcheck: {message}");
            return 2;
        }
    };
    let library = match library() {
        Ok(library) => library,
        Err(code) => return code,
    };
    let (mut passed, mut failed) = (0, 0);
    for path in &files {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                let _ = writeln!(out, "{shown}:1: cannot read the file: {err}");
                failed += 1;
                continue;
            }
        };
        let file_cases = match cases::parse(&text) {
            Ok(file_cases) => file_cases,
            Err(problems) => {
                for problem in problems {
                    let _ = writeln!(out, "{shown}:{problem}");
                }
                failed += 1;
                continue;
            }
        };
        for case in &file_cases {
            match cases::run(&library, case) {
                Ok(()) => passed += 1,
                Err(failures) => {
                    failed += 1;
                    let _ = writeln!(out, "{shown}:{}: FAILED {}", case.line, case.name);
                    for failure in failures {
                        let _ = writeln!(out, "    {failure}");
                    }
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{} cases: {passed} passed, {failed} failed",
        passed + failed
    );
    u8::from(failed > 0)
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
            let Ok(mut written) =
                serde_json::to_string_pretty(&catalogue::CatalogueFile::new(&catalogue))
            else {
                return 2;
            };
            written.push('\n');
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
