//! Builds every rule pack in `rulepacks/` at the workspace root into the engine,
//! so that a later plan is added by adding a file, with no code change.
//!
//! Each pack is read and validated here, with the engine's own reader (the
//! modules below are the engine's source files), and written out in a compact
//! byte form that `src/built.rs` reads back. A pack with problems stops the build with
//! `file:line: message` for each. The app then carries no pack parser, and
//! starts without parsing anything; the texts stay available to the command
//! line through `embedded_files()`.

#![allow(dead_code)]

#[path = "src/date.rs"]
mod date;
#[path = "src/expr.rs"]
mod expr;
#[path = "src/facts.rs"]
mod facts;
#[path = "src/pack.rs"]
mod pack;
#[path = "src/problem.rs"]
mod problem;
#[path = "src/profile.rs"]
mod profile;
#[path = "src/toml_lite.rs"]
mod toml_lite;

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use expr::{Condition, Literal};
use pack::{Recipient, RulePack, Text};

/// Writes a value in the compact byte form that `src/built.rs` reads back:
/// whole numbers as LEB128, strings and lists as a length then their items,
/// enums as a tag byte. Fields go in declaration order; the two files change together.
trait Encode {
    fn encode(&self, out: &mut Vec<u8>);
}

fn number(value: u64, out: &mut Vec<u8>) {
    let mut value = value;
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

impl Encode for String {
    fn encode(&self, out: &mut Vec<u8>) {
        number(self.len() as u64, out);
        out.extend_from_slice(self.as_bytes());
    }
}

impl Encode for u32 {
    fn encode(&self, out: &mut Vec<u8>) {
        number(u64::from(*self), out);
    }
}

impl Encode for u8 {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
}

impl Encode for usize {
    fn encode(&self, out: &mut Vec<u8>) {
        number(*self as u64, out);
    }
}

impl Encode for bool {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        number(self.len() as u64, out);
        for item in self {
            item.encode(out);
        }
    }
}

impl Encode for Text {
    fn encode(&self, out: &mut Vec<u8>) {
        self.zh.encode(out);
        self.en.encode(out);
    }
}

impl Encode for date::Date {
    fn encode(&self, out: &mut Vec<u8>) {
        number(self.year as u64, out);
        out.push(self.month);
        out.push(self.day);
    }
}

impl Encode for facts::Fact {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(*self as u8);
    }
}

impl Encode for Literal {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            Literal::Flag { fact, expected } => {
                out.push(0);
                fact.encode(out);
                expected.encode(out);
            }
            Literal::Choice {
                fact,
                allowed,
                negated,
            } => {
                out.push(1);
                fact.encode(out);
                allowed.encode(out);
                negated.encode(out);
            }
            Literal::CertificatesUnder(limit) => {
                out.push(2);
                limit.encode(out);
            }
            Literal::PlannedNotRepeated => out.push(3),
            Literal::Always => out.push(4),
        }
    }
}

impl Encode for Condition {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            Condition::Any(children) => {
                out.push(0);
                children.encode(out);
            }
            Condition::All(children) => {
                out.push(1);
                children.encode(out);
            }
            Condition::Literal(literal) => {
                out.push(2);
                literal.encode(out);
            }
        }
    }
}

impl Encode for Recipient {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(match self {
            Recipient::Person => 0,
            Recipient::Employer => 1,
            Recipient::Institution => 2,
        });
    }
}

/// Encodes the named fields of a struct, in order.
macro_rules! encode_fields {
    ($out:expr, $value:expr, [$($field:ident),* $(,)?]) => {{
        $( $value.$field.encode($out); )*
    }};
}

impl Encode for pack::Clause {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(out, self, [id, title, text]);
    }
}

impl Encode for pack::Department {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(out, self, [id, name_en]);
    }
}

impl Encode for pack::Benefit {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(
            out,
            self,
            [
                id,
                line,
                name,
                recipient,
                payment,
                fixed,
                clauses,
                condition,
                condition_text,
                confirm,
                bring,
                contacts
            ]
        );
    }
}

impl Encode for pack::Programme {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(
            out,
            self,
            [
                id,
                line,
                name,
                summary,
                clauses,
                condition,
                condition_text,
                contacts
            ]
        );
    }
}

impl Encode for pack::AnnexRow {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(
            out,
            self,
            [row, task, lead, units, targets, groups, sectors]
        );
    }
}

impl Encode for pack::Targets {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(
            out,
            self,
            [years, body, body_clause, body_total, annex_total, note]
        );
    }
}

impl Encode for pack::Occupation {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(out, self, [id, name, annex1_row, aliases]);
    }
}

impl Encode for pack::DocumentInfo {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(
            out,
            self,
            [
                id,
                number,
                title,
                issuer,
                issued,
                effective,
                period_start,
                period_end,
                source,
                parents
            ]
        );
    }
}

impl Encode for RulePack {
    fn encode(&self, out: &mut Vec<u8>) {
        encode_fields!(
            out,
            self,
            [
                document,
                every_benefit_requires,
                every_benefit_requires_text,
                every_benefit_requires_clauses,
                elsewhere,
                default_contact,
                clauses,
                departments,
                benefits,
                programmes,
                annex1,
                targets,
                occupations,
            ]
        );
    }
}

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = manifest.join("../../rulepacks");
    println!("cargo:rerun-if-changed={}", dir.display());
    for source in [
        "date",
        "expr",
        "facts",
        "pack",
        "problem",
        "profile",
        "toml_lite",
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
    let mut list = String::from("/// Every rule pack, encoded (see src/built.rs), in file order.\npub static BUILT: &[&[u8]] = &[\n");
    let mut problems = Vec::new();
    for (index, path) in files.iter().enumerate() {
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
        match pack::parse(&text) {
            Ok(parsed) => {
                let mut bytes = Vec::new();
                parsed.encode(&mut bytes);
                let encoded = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                    .join(format!("pack_{index}.bin"));
                fs::write(&encoded, bytes).expect("OUT_DIR is writable");
                let _ = writeln!(
                    list,
                    "    include_bytes!({:?}),",
                    encoded.display().to_string()
                );
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
    list.push_str("];\n");
    let out =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_packs.rs");
    fs::write(out, format!("{texts}\n{list}")).expect("OUT_DIR is writable");
}
