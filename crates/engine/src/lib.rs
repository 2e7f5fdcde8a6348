//! The rules engine for 《武隆区职业技能提升行动实施方案（2019—2021年）》.
//!
//! It is a pure library: a [`Profile`] (what is known about a person) goes in,
//! an [`Evaluation`] (each benefit eligible, not eligible or not yet known,
//! with clauses, reasons and contacts) comes out. It knows nothing of the web,
//! the DOM or storage, and nothing on its input paths can panic.
//!
//! The policy itself is data: the rule packs in `rulepacks/` at the workspace
//! root, read and checked by `build.rs` into the types of [`pack`] and
//! written out as static Rust data with databake (see [`embedded`]).

extern crate alloc;

pub mod answers;
#[cfg(all(feature = "toml", feature = "json"))]
pub mod cases;
pub mod catalogue;
pub mod date;
pub mod decide;
pub mod expr;
pub mod facts;
pub mod json_lite;
pub mod link;
pub mod occupation;
pub mod pack;
#[cfg(feature = "toml")]
pub mod pack_toml;
pub mod problem;
pub mod profile;
#[cfg(feature = "json")]
pub mod profile_json;
#[cfg(feature = "serde")]
pub mod report;
pub mod sample;
pub mod stored;
pub mod words;

pub use answers::{Answer, Answers, CodeError};
pub use date::Date;
pub use decide::{
    evaluate, fact_terms, BenefitOutcome, Change, Evaluation, Library, LibraryError, Reason, Status,
};
pub use expr::Truth;
pub use facts::{Fact, FactKind, FactSet};
pub use pack::{Lang, PackError, RulePack};
pub use profile::{Certificate, Profile, Value};

/// The engine's version, as shown by the command line and the app.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

mod embedded_files {
    include!(concat!(env!("OUT_DIR"), "/embedded_packs.rs"));
}

/// The rule-pack files built into the engine: (file name, text).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded_files::EMBEDDED
}

/// A problem with one embedded or loaded rule-pack file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileErrors {
    pub file: String,
    pub errors: Vec<PackError>,
}

/// Every problem of every file, one `rulepacks/file:line: message` per line.
pub fn describe(problems: &[FileErrors]) -> String {
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
}

/// The library of built-in rule packs. Each pack was read and checked when
/// the engine was built (a pack with problems stops the build) and written out
/// as static data; nothing is decoded here (a copy of a built-in pack borrows
/// its text and lists). Two packs that would collide are still reported, never
/// a panic.
pub fn embedded() -> Result<Library, Vec<FileErrors>> {
    let packs = embedded_files::BUILT.to_vec();
    Library::new(packs).map_err(|err| {
        vec![FileErrors {
            file: "rulepacks/".to_string(),
            errors: vec![PackError {
                line: 1,
                message: err.to_string(),
            }],
        }]
    })
}
