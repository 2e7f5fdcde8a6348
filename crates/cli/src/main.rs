//! `skillcheck`: the command line on top of the rules engine.

use std::process::ExitCode;

const HELP: &str = "skillcheck — 武隆区职业技能提升行动 eligibility checker (command line)

USAGE:
    skillcheck --version
    skillcheck --help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--version") | Some("-V") => {
            println!("skillcheck {}", skillcheck_engine::VERSION);
            ExitCode::SUCCESS
        }
        None | Some("--help") | Some("-h") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("skillcheck: unknown command `{other}`\n\n{HELP}");
            ExitCode::from(2)
        }
    }
}
