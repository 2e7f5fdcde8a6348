//! Keeps the package small while its questions stay the app's own words: the
//! app's locale files (`src/locales/*.txt`) are filtered down to the question
//! lines (`q.<key>.title`, `.item`, `.help`, `.hint`) into `OUT_DIR`, and
//! `questions.rs` builds those in.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for file in ["zh-CN.txt", "en.txt"] {
        let source = Path::new("../../src/locales").join(file);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|error| panic!("{}: {error}", source.display()));
        let kept: String = text
            .lines()
            .filter(|line| {
                let Some((key, _)) = line.split_once(" = ") else {
                    return false;
                };
                let parts: Vec<&str> = key.trim().split('.').collect();
                matches!(
                    parts.as_slice(),
                    ["q", _, "title" | "item" | "help" | "hint"]
                )
            })
            .map(|line| format!("{line}\n"))
            .collect();
        std::fs::write(Path::new(&out).join(file), kept)
            .unwrap_or_else(|error| panic!("{out}/{file}: {error}"));
    }
}
