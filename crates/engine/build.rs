//! Builds every rule pack in `rulepacks/` at the workspace root into the engine,
//! so that a later plan is added by adding a file, with no code change.
//!
//! Each pack is read and checked here by the engine's own reader (the modules
//! below are the engine's source files: serde types read with the `toml`
//! crate), and written out as static Rust data by databake from the same
//! types; `embedded()` copies it (the copy borrows the text and lists). A pack
//! with problems stops the build with `file:line: message` for each. The app
//! then carries no TOML parser and decodes nothing at start-up; the texts stay
//! available to the command line through `embedded_files()`.

#![allow(dead_code, unused_imports)]

#[path = "src/date.rs"]
mod date;
#[path = "src/expr.rs"]
mod expr;
#[path = "src/facts.rs"]
mod facts;
#[path = "src/occupation.rs"]
mod occupation;
#[path = "src/pack.rs"]
mod pack;
#[path = "src/pack_toml.rs"]
mod pack_toml;
#[path = "src/problem.rs"]
mod problem;
#[path = "src/profile.rs"]
mod profile;
#[path = "src/stored.rs"]
mod stored;

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = manifest.join("../../rulepacks");
    println!("cargo:rerun-if-changed={}", dir.display());
    for source in [
        "date",
        "expr",
        "facts",
        "occupation",
        "pack",
        "pack_toml",
        "problem",
        "profile",
        "stored",
    ] {
        println!("cargo:rerun-if-changed=src/{source}.rs");
    }
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("the rulepacks/ folder exists at the workspace root")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let mut texts = String::from(
        "/// Every rule pack file in `rulepacks/`: (file name, text).\npub static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    let mut built = String::from(
        "/// Every rule pack, written out as static data by databake, in file order.\npub static BUILT: &[crate::pack::RulePack] = &[\n",
    );
    let mut problems = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .expect("rule pack names are UTF-8");
        let absolute = path.canonicalize().expect("rule pack path resolves");
        let _ = writeln!(
            texts,
            "    ({name:?}, include_str!({:?})),",
            absolute.display().to_string()
        );
        let text = fs::read_to_string(path).expect("rule pack is readable UTF-8");
        match pack_toml::parse(&text) {
            Ok(mut parsed) => {
                parsed.prepare();
                let env = databake::CrateEnv::default();
                let _ = writeln!(built, "    {},", databake::Bake::bake(&parsed, &env));
            }
            Err(errors) => {
                for error in errors {
                    problems.push(format!("rulepacks/{name}:{error}"));
                }
            }
        }
    }
    if !problems.is_empty() {
        panic!("rule packs with problems:\n{}", problems.join("\n"));
    }
    texts.push_str("];\n");
    built.push_str("];\n");
    fs::write(
        out_dir.join("embedded_packs.rs"),
        format!("{texts}\n{built}"),
    )
    .expect("OUT_DIR is writable");
}
