//! A problem found in a file, at a line: the one error type of every file
//! the engine reads (rule packs, catalogues, CSV), printed as `line: message`.

use std::fmt;

/// A problem at a line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

/// Puts problems in file order (one sort for every kind of file keeps the
/// WebAssembly small).
pub fn sort_by_line(problems: &mut [Problem]) {
    problems.sort_by_key(|problem| problem.line);
}
