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
    insertion_sort(problems, |a, b| a.line < b.line);
}

/// The engine's one sort: stable, in place, for the short lists it orders
/// (rule packs, a file's problems, a catalogue's matches). The standard
/// library's stable sort is several kilobytes of WebAssembly per type it is
/// used with; this is a few hundred bytes.
pub fn insertion_sort<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && before(&items[at], &items[at - 1]) {
            items.swap(at, at - 1);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_orders_and_keeps_equal_items_in_place() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        insertion_sort(&mut items, |a, b| a.0 < b.0);
        assert_eq!(
            items,
            vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut empty: Vec<u8> = Vec::new();
        insertion_sort(&mut empty, |a, b| a < b);
        assert!(empty.is_empty());
    }
}
