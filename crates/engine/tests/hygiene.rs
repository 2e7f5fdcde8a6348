//! Repository hygiene for the engine, as ordinary tests.

use std::fs;
use std::path::Path;

const WEB_CRATES: &[&str] = &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

#[test]
fn the_engine_depends_on_nothing_from_the_web() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .expect("the engine's Cargo.toml");
    for line in manifest.lines() {
        let name = line.split(['=', ' ']).next().unwrap_or("");
        for web in WEB_CRATES {
            assert!(
                !name.starts_with(web),
                "the engine must not depend on `{web}`: {line}"
            );
        }
    }
}

#[test]
fn no_engine_code_outside_tests_can_panic_on_input() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(&dir).expect("src/") {
        let path = entry.expect("a directory entry").path();
        let text = fs::read_to_string(&path).expect("a source file");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (number, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            for forbidden in [
                ".unwrap()",
                ".expect(",
                "panic!(",
                "unreachable!(",
                "todo!(",
            ] {
                assert!(
                    !line.contains(forbidden),
                    "{}:{}: `{forbidden}` on a path that reads input",
                    path.display(),
                    number + 1
                );
            }
        }
    }
}
