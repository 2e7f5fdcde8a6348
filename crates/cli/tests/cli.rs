//! The command line, run as a person would run it.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value as Json;

/// Runs `skillcheck` with arguments and standard input; returns (exit code, stdout, stderr).
fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skillcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A command that fails on its arguments may exit before reading its input:
    // a broken pipe here is that, not a test failure.
    if let Some(mut pipe) = child.stdin.take() {
        if let Err(err) = pipe.write_all(stdin.as_bytes()) {
            assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
        }
    }
    let output = child.wait_with_output().expect("the binary finishes");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn lines(stdout: &str) -> Vec<Json> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("every output line is JSON"))
        .collect()
}

fn status_of(result: &Json, id: &str) -> String {
    result["benefits"]
        .as_array()
        .and_then(|benefits| benefits.iter().find(|benefit| benefit["id"] == id))
        .and_then(|benefit| benefit["status"].as_str())
        .unwrap_or("missing")
        .to_string()
}

#[test]
fn version_and_help_print_and_succeed() {
    let (code, stdout, _) = run(&["--version"], "");
    assert_eq!(code, 0);
    assert_eq!(
        stdout.trim(),
        format!("skillcheck {}", env!("CARGO_PKG_VERSION"))
    );
    let (code, stdout, _) = run(&["--help"], "");
    assert_eq!(code, 0);
    assert!(stdout.contains("skillcheck eval"));
}

#[test]
fn a_pretty_printed_profile_is_one_result() {
    let (code, stdout, _) = run(
        &["eval", "--date", "2020-06-01"],
        "{\n  \"wulong_tie\": true,\n  \"school_leaver\": true,\n  \"hukou\": \"rural\"\n}\n",
    );
    assert_eq!(code, 0);
    let results = lines(&stdout);
    assert_eq!(results.len(), 1);
    let result = &results[0];
    assert_eq!(status_of(result, "living_allowance"), "eligible");
    assert_eq!(result["rule_pack"]["id"], "wulong-2019");
    assert_eq!(result["rule_pack"]["period_ended"], false);
    let living = &result["benefits"][1];
    assert_eq!(living["clauses"][0]["id"], "四（一）");
    assert!(living["clauses"][0]["text"]
        .as_str()
        .unwrap_or("")
        .contains("生活费补贴"));
    // The tie to Wulong holds for every benefit and is not repeated on each.
    assert_eq!(
        living["reasons"]["met"][0],
        "您是“两后生”（初中或高中毕业后没有继续上学）"
    );
    assert_eq!(result["next_questions"][0], "enterprise_employee");
}

#[test]
fn json_lines_are_decided_in_order_and_a_bad_line_names_its_line_and_key() {
    let input = "{\"wulong_tie\": true, \"veteran\": true}\n\n{\"hukou\": \"city\"}\n{\"wulong_tie\": false}\n";
    let (code, stdout, _) = run(
        &["eval", "-", "--lang", "en", "--date", "2026-11-25"],
        input,
    );
    assert_eq!(code, 1, "a failed line makes the exit code non-zero");
    let results = lines(&stdout);
    assert_eq!(results.len(), 3);
    assert_eq!(status_of(&results[0], "free_training"), "eligible");
    assert_eq!(results[0]["rule_pack"]["period_ended"], true);
    assert_eq!(
        results[0]["benefits"][0]["name"],
        "Free vocational skills training"
    );
    let error = results[1]["error"].as_str().unwrap_or("");
    assert!(
        error.starts_with("line 3: `hukou` must be one of \"rural\", \"urban\""),
        "{error}"
    );
    assert_eq!(results[1]["key"], "hukou");
    assert_eq!(status_of(&results[2], "free_training"), "not_eligible");
    assert!(results[2]["elsewhere"]
        .as_str()
        .unwrap_or("")
        .contains("does not cover you"));
    assert_eq!(results[2]["next_questions"], serde_json::json!([]));
}

#[test]
fn a_date_before_the_plan_is_refused() {
    let (code, stdout, stderr) = run(&["eval", "--date", "2019-01-01"], "{}");
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("no rule pack is in force on 2019-01-01"),
        "{stderr}"
    );
}

#[test]
fn bad_options_are_usage_errors() {
    assert_eq!(run(&["eval", "--lang", "fr"], "{}").0, 2);
    assert_eq!(run(&["eval", "--date", "2020-02-30"], "{}").0, 2);
    assert_eq!(run(&["frobnicate"], "").0, 2);
}

#[test]
fn check_accepts_the_built_in_pack() {
    let (code, stdout, _) = run(&["check"], "");
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("rulepacks/wulong-fubanfa-2019-98.toml: ok — 武隆府办发〔2019〕98号"),
        "{stdout}"
    );
}

#[test]
fn check_prints_file_line_message_for_a_broken_pack() {
    let good = include_str!("../../../rulepacks/wulong-fubanfa-2019-98.toml");
    let line_of = |text: &str, needle: &str| {
        text.lines()
            .position(|line| line.contains(needle))
            .map(|i| i + 1)
            .unwrap_or(0)
    };
    let dir = temp_dir("broken-pack");
    // A misspelt key stops the reading at its line.
    let misspelt = good.replacen(
        "name_en = \"Free vocational skills training\"",
        "nmae_en = \"x\"",
        1,
    );
    let path = dir.join("misspelt.toml");
    std::fs::write(&path, &misspelt).expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, stdout, _) = run(&["check", &path_text], "");
    assert_eq!(code, 1);
    assert!(
        stdout.contains(&format!(
            "{path_text}:{}: unknown field `nmae_en`",
            line_of(&misspelt, "nmae_en")
        )),
        "{stdout}"
    );
    // Problems of meaning are all reported, each at its line.
    let wrong = good
        .replacen("when = \"wants_business\"", "when = \"wants_bussiness\"", 1)
        .replacen("format = 1", "format = 2", 1);
    let path = dir.join("wrong.toml");
    std::fs::write(&path, &wrong).expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, stdout, _) = run(&["check", &path_text], "");
    assert_eq!(code, 1);
    assert!(
        stdout.contains(&format!(
            "{path_text}:{}: in `when`",
            line_of(&wrong, "wants_bussiness")
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{path_text}:{}: this engine reads rule-pack format 1; the file gives the number 2",
            line_of(&wrong, "format = 2")
        )),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("skillcheck-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn the_example_csv_imports_into_a_catalogue_that_checks_clean() {
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../catalogue/example-import.csv"
    );
    let (code, stdout, stderr) = run(
        &["catalogue", "import", example, "--date", "2026-11-25"],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"sample\": true"));
    let dir = temp_dir("import");
    let path = dir.join("imported.json");
    std::fs::write(&path, &stdout).expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, checked, _) = run(&["check", &path_text], "");
    assert_eq!(code, 0, "{checked}");
    assert!(
        checked.contains("2 institutions usable (sample data)"),
        "{checked}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn import_reports_bad_rows_as_file_line_message_and_keeps_the_good_ones() {
    let dir = temp_dir("bad-rows");
    let path = dir.join("list.csv");
    std::fs::write(
        &path,
        "institution_id,name_zh,name_en,kind,township,address,phone,opening,occupation,level,certificate,subsidised,serves\n\
         a,（示例）甲,,private_training,凤山街道,示例地址,,,电工,junior,training,yes,\n\
         b,（示例）乙,,moon_school,凤山街道,示例地址,,,,,,,\n",
    )
    .expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, stdout, stderr) = run(&["catalogue", "import", &path_text, "--official"], "");
    assert_eq!(code, 1);
    assert!(
        stderr.contains(&format!("{path_text}:3: \"kind\" \"moon_school\"")),
        "{stderr}"
    );
    assert!(
        stdout.contains("\"id\": \"a\"") && !stdout.contains("\"id\": \"b\""),
        "{stdout}"
    );
    assert!(stdout.contains("\"sample\": false"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_lists_a_catalogues_bad_entries_with_lines() {
    let sample = include_str!("../../../catalogue/wulong-sample.json");
    let broken = sample.replacen("\"level\": \"junior\"", "\"level\": \"expert\"", 1);
    let dir = temp_dir("catalogue");
    let path = dir.join("broken.json");
    std::fs::write(&path, &broken).expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, stdout, _) = run(&["check", &path_text], "");
    assert_eq!(code, 1);
    let line = broken
        .lines()
        .position(|l| l.contains("\"expert\""))
        .map_or(0, |i| i + 1);
    assert!(
        stdout.contains(&format!("{path_text}:{line}: institution")),
        "{stdout}"
    );
    assert!(stdout.contains("usable with problems"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `skillcheck` with raw bytes on standard input.
fn run_bytes(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skillcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut pipe) = child.stdin.take() {
        if let Err(err) = pipe.write_all(stdin) {
            assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
        }
    }
    let output = child.wait_with_output().expect("the binary finishes");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The bad inputs of issue 14 §4, each with what the command line must say. The one helper
/// runs `eval` and returns the error lines by line number.
fn eval_errors(input: &[u8]) -> (i32, Vec<Json>) {
    let (code, stdout, _) = run_bytes(&["eval", "--date", "2020-06-01"], input);
    (code, lines(&stdout))
}

#[test]
fn an_invalid_utf8_byte_is_that_lines_error_and_the_others_are_decided() {
    let mut input = b"{\"wulong_tie\": true, \"veteran\": true}\n".to_vec();
    input.extend_from_slice(b"{\"wulong_tie\": true, \"hukou\": \"rural\xff\"}\n");
    input.extend_from_slice(b"{\"wulong_tie\": false}\n");
    let (code, results) = eval_errors(&input);
    assert_eq!(code, 1);
    assert_eq!(results.len(), 3);
    assert_eq!(status_of(&results[0], "free_training"), "eligible");
    let error = results[1]["error"].as_str().unwrap_or("");
    assert!(
        error.starts_with("line 2: the line is not UTF-8"),
        "{error}"
    );
    assert_eq!(results[1]["line"], 2);
    assert_eq!(status_of(&results[2], "free_training"), "not_eligible");
}

#[test]
fn empty_input_is_an_error_with_a_non_zero_exit() {
    for input in ["", "\n\n  \n"] {
        let (code, stdout, stderr) = run(&["eval"], input);
        assert_eq!(code, 1, "{input:?}");
        assert_eq!(stdout, "");
        assert!(stderr.contains("the input is empty"), "{stderr}");
    }
}

#[test]
fn a_key_given_twice_is_an_error_naming_the_key() {
    let (code, results) =
        eval_errors(b"{\"wulong_tie\": true, \"veteran\": true, \"veteran\": false}\n");
    assert_eq!(code, 1);
    assert_eq!(results[0]["key"], "veteran");
    let error = results[0]["error"].as_str().unwrap_or("");
    assert!(error.contains("the key `veteran` appears twice"), "{error}");
}

#[test]
fn nul_and_bidi_characters_in_an_occupation_are_refused_not_echoed() {
    for hidden in [
        "\\u0000", "\\u202e", "\\u2066", "\\u200f", "\\u001b", "\\u0085",
    ] {
        let input = format!(
            "{{\"wulong_tie\": true, \"monthly_pension\": false, \"certificates_this_year\": [{{\"occupation\": \"电工\", \"level\": \"junior\"}}], \"planned_certificate\": {{\"occupation\": \"电{hidden}工\", \"level\": \"junior\"}}}}\n"
        );
        let (code, results) = eval_errors(input.as_bytes());
        assert_eq!(code, 1, "{hidden}");
        assert_eq!(results[0]["key"], "planned_certificate", "{hidden}");
        let error = results[0]["error"].as_str().unwrap_or("");
        assert!(error.contains("invisible control character"), "{error}");
        assert!(
            !error.contains('\u{202e}') && !error.contains('\0'),
            "{error:?}"
        );
    }
}

#[test]
fn a_byte_order_mark_on_line_two_says_what_is_wrong() {
    let input = "{\"wulong_tie\": true}\n\u{feff}{\"wulong_tie\": true}\n";
    let (code, results) = eval_errors(input.as_bytes());
    assert_eq!(code, 1);
    assert_eq!(status_of(&results[0], "free_training"), "unknown");
    let error = results[1]["error"].as_str().unwrap_or("");
    assert!(
        error.starts_with("line 2: the line starts with a byte-order mark (U+FEFF)"),
        "{error}"
    );
    // At the very start of the input a byte-order mark is fine.
    let (code, results) = eval_errors("\u{feff}{\"wulong_tie\": true}\n".as_bytes());
    assert_eq!(code, 0);
    assert_eq!(results.len(), 1);
}

#[test]
fn a_damaged_pretty_printed_object_is_reported_where_it_is_damaged() {
    let input = "{\n  \"wulong_tie\": true,\n  \"veteran\": true,\n}\n";
    let (code, results) = eval_errors(input.as_bytes());
    assert_eq!(code, 1);
    assert_eq!(results.len(), 1, "one object, one error: {results:?}");
    let error = results[0]["error"].as_str().unwrap_or("");
    assert!(
        error.starts_with(
            "line 4: the input is one JSON value over several lines, and it is not valid JSON at line 4 column 1: trailing comma"
        ),
        "{error}"
    );
    // A one-line profile that is not JSON says where, once.
    let (_, results) = eval_errors(b"{\"wulong_tie\": tru}\n");
    let error = results[0]["error"].as_str().unwrap_or("");
    assert!(
        error.starts_with("line 1: not valid JSON at line 1 column"),
        "{error}"
    );
    assert_eq!(error.matches("line 1").count(), 2, "{error}");
}

#[test]
fn json_nested_fifty_thousand_deep_is_an_error_not_a_crash() {
    let deep = format!("{}{}\n", "[".repeat(50_000), "]".repeat(50_000));
    let (code, results) = eval_errors(deep.as_bytes());
    assert_eq!(code, 1);
    let error = results[0]["error"].as_str().unwrap_or("");
    assert!(error.contains("nest too deeply"), "{error}");
}

#[test]
fn check_refuses_arrays_and_conditions_nested_fifty_thousand_deep() {
    let dir = temp_dir("deep");
    let path = dir.join("deep.toml");
    std::fs::write(
        &path,
        format!(
            "format = 1\nx = {}{}\n",
            "[".repeat(50_000),
            "]".repeat(50_000)
        ),
    )
    .expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, stdout, stderr) = run(&["check", &path_text], "");
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.contains(&format!("{path_text}:2: arrays and tables nest too deeply")),
        "{stdout}"
    );
    let good = include_str!("../../../rulepacks/wulong-fubanfa-2019-98.toml");
    let deep_when = good.replacen(
        "when = \"college_graduate\"",
        &format!(
            "when = \"{}college_graduate{}\"",
            "any(".repeat(50_000),
            ")".repeat(50_000)
        ),
        1,
    );
    std::fs::write(&path, deep_when).expect("write");
    let (code, stdout, _) = run(&["check", &path_text], "");
    assert_eq!(code, 1);
    assert!(
        stdout.contains("conditions may nest at most 32 deep"),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_names_the_value_of_a_wrong_format_in_a_pack_and_a_catalogue() {
    let dir = temp_dir("format");
    let good = include_str!("../../../rulepacks/wulong-fubanfa-2019-98.toml");
    let path = dir.join("two.toml");
    std::fs::write(&path, good.replacen("format = 1", "format = \"one\"", 1)).expect("write");
    let (_, stdout, _) = run(&["check", &path.to_string_lossy()], "");
    assert!(
        stdout.contains("this engine reads rule-pack format 1; the file gives the string \"one\""),
        "{stdout}"
    );
    let path = dir.join("two.json");
    std::fs::write(&path, "{\"format\": 2}").expect("write");
    let (code, stdout, _) = run(&["check", &path.to_string_lossy()], "");
    assert_eq!(code, 1);
    assert!(
        stdout.contains("this app reads catalogue format 1; the file gives 2"),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_lists_every_wrong_value_of_a_catalogue_entry() {
    let sample = include_str!("../../../catalogue/wulong-sample.json");
    let broken = sample
        .replacen("\"level\": \"junior\"", "\"level\": \"expert\"", 1)
        .replacen("\"subsidised\": true", "\"subsidised\": \"yes\"", 1);
    let dir = temp_dir("catalogue-values");
    let path = dir.join("broken.json");
    std::fs::write(&path, &broken).expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, stdout, _) = run(&["check", &path_text], "");
    assert_eq!(code, 1);
    for needle in ["\"expert\"", "\"subsidised\": \"yes\""] {
        let line = broken
            .lines()
            .position(|l| l.contains(needle))
            .map_or(0, |i| i + 1);
        assert!(
            stdout.contains(&format!("{path_text}:{line}: ")),
            "{needle}: {stdout}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn test_runs_the_case_files_and_prints_each_failing_case_with_what_it_got() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let files: Vec<String> = std::fs::read_dir(format!("{root}/rulepacks/tests"))
        .expect("rulepacks/tests")
        .filter_map(|entry| {
            entry
                .ok()
                .map(|entry| entry.path().to_string_lossy().to_string())
        })
        .filter(|path| path.ends_with(".toml"))
        .collect();
    let mut args = vec!["test"];
    args.extend(files.iter().map(String::as_str));
    let (code, stdout, _) = run(&args, "");
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");

    let dir = temp_dir("cases");
    let path = dir.join("wrong.toml");
    std::fs::write(
        &path,
        "[[case]]\nname = \"a veteran gets no free training (wrong on purpose)\"\nclause = \"四（一）\"\nprofile = { wulong_tie = true, veteran = true }\nexpect = { free_training = \"not_eligible\" }\n\n[[case]]\nname = \"a veteran gets free training\"\nclause = \"四（一）\"\nprofile = { wulong_tie = true, veteran = true }\nexpect = { free_training = \"eligible\" }\n",
    )
    .expect("write");
    let path_text = path.to_string_lossy().to_string();
    let (code, stdout, _) = run(&["test", &path_text], "");
    assert_eq!(code, 1);
    assert!(
        stdout.contains(&format!(
            "{path_text}:1: FAILED a veteran gets no free training (wrong on purpose)"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("`free_training`: expected not_eligible, got eligible (✓ 您是退役军人)"),
        "{stdout}"
    );
    assert!(stdout.contains("2 cases: 1 passed, 1 failed"), "{stdout}");

    std::fs::write(&path, "[[case]]\nname = \"x\"\nprofile = {}\n").expect("write");
    let (code, stdout, _) = run(&["test", &path_text], "");
    assert_eq!(code, 1);
    assert!(
        stdout.contains(&format!("{path_text}:1: missing field")),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
