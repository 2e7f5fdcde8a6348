//! Occupations as people type them: one check for what may be accepted (the
//! JSON profile reader and the share-code decoder both use it), and one key
//! for comparing two typed names (the repeat rule of 四（二） and routing to
//! the pack's occupation fields).

use std::borrow::Cow;
use std::fmt;

/// The longest occupation accepted, in characters. Real names are short
/// (维修电工, 中式面点师, 劳动关系协调员); the cap keeps a crafted share link
/// from putting kilobytes of text on the screen.
pub const MAX_OCCUPATION_CHARS: usize = 40;

/// Why typed text cannot be an occupation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OccupationError {
    Empty,
    TooLong {
        chars: usize,
    },
    /// A control character (C0, C1, NUL, line separators) or a character that
    /// changes the direction of text (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C).
    Hidden(char),
}

impl fmt::Display for OccupationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OccupationError::Empty => write!(f, "is empty"),
            OccupationError::TooLong { chars } => write!(
                f,
                "has {chars} characters; at most {MAX_OCCUPATION_CHARS} are accepted"
            ),
            OccupationError::Hidden(c) => write!(
                f,
                "contains the invisible control character U+{:04X}; write the occupation as plain text",
                u32::from(*c)
            ),
        }
    }
}

/// Whether a character is a control or direction-changing character that must
/// never reach a sentence on the screen.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FEFF}'
        )
}

/// Checks typed text as an occupation and returns it trimmed.
pub fn check(text: &str) -> Result<&str, OccupationError> {
    if let Some(hidden) = text.chars().find(|c| is_hidden(*c)) {
        return Err(OccupationError::Hidden(hidden));
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(OccupationError::Empty);
    }
    let chars = trimmed.chars().count();
    if chars > MAX_OCCUPATION_CHARS {
        return Err(OccupationError::TooLong { chars });
    }
    Ok(trimmed)
}

/// Level words people add to an occupation, e.g. 电工（中级）. They are left
/// out of the comparison key: the level is its own field.
const LEVEL_WORDS: &[&str] = &[
    "初级工",
    "中级工",
    "高级工",
    "高级技师",
    "技师",
    "初级",
    "中级",
    "高级",
    "五级",
    "四级",
    "三级",
    "二级",
    "一级",
    "无等级",
    "junior",
    "intermediate",
    "senior",
    "technician",
    "senior technician",
    "none",
];

/// Full-width ASCII (ＡＢＣ，（）) as half-width, and the ideographic space as a space.
fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(c as u32 - 0xFEE0).map_or(c, |ascii| ascii.to_ascii_lowercase())
        }
        '\u{3000}' => ' ',
        '【' | '〔' => '(',
        '】' | '〕' => ')',
        '[' => '(',
        ']' => ')',
        c => c.to_ascii_lowercase(),
    }
}

/// The key two typed occupation names are compared by: full-width letters and
/// brackets made half-width, ASCII lower-cased, a trailing level in brackets or
/// after a space left out (电工（中级）, 电工 中级工), and spaces removed except
/// between two Latin letters or digits. `维修 电工` and `维修电工` have one key.
pub fn key(text: &str) -> Cow<'_, str> {
    // Most names are already in their key form (电工, 养老护理员): no work, no allocation.
    let plain = |c: char| {
        !(c.is_whitespace()
            || c.is_ascii_uppercase()
            || matches!(
                c,
                '(' | ')' | '[' | ']' | '【' | '】' | '〔' | '〕' | '\u{FF01}'..='\u{FF5E}'
            ))
    };
    if text.chars().all(plain) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(normalised(text))
}

fn normalised(text: &str) -> String {
    let text: String = text.chars().map(half_width).collect();
    // A level written after the name and a space is left out: "电工 中级工".
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 1 && words.last().is_some_and(|last| LEVEL_WORDS.contains(last)) {
        words.pop();
    }
    // Spaces are kept only between two Latin letters or digits.
    let mut out = String::with_capacity(text.len());
    for word in words {
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if latin(out.chars().last()) && latin(word.chars().next()) {
            out.push(' ');
        }
        out.push_str(word);
    }
    // A level in brackets at the end is left out: "电工（中级）".
    if let Some(open) = out.strip_suffix(')').and_then(|rest| rest.rfind('(')) {
        let inner = &out[open + 1..out.len() - 1];
        if open > 0 && LEVEL_WORDS.contains(&inner.trim()) {
            out.truncate(open);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_variants_of_one_name_share_a_key() {
        for (typed, expected) in [
            ("电工", "电工"),
            ("  电工 ", "电工"),
            ("电工（中级）", "电工"),
            ("电工(中级工)", "电工"),
            ("电工 初级工", "电工"),
            ("电工【技师】", "电工"),
            ("维修 电工", "维修电工"),
            ("维修\u{3000}电工", "维修电工"),
            ("ＣＡＤ制图员", "cad制图员"),
            ("Web  Designer", "web designer"),
            ("中级", "中级"),
            ("美容技师", "美容技师"),
            ("电工(甲)", "电工(甲)"),
        ] {
            assert_eq!(key(typed), expected, "{typed}");
        }
    }

    #[test]
    fn control_and_direction_characters_are_refused() {
        assert_eq!(check(" 电工 "), Ok("电工"));
        assert_eq!(check("   "), Err(OccupationError::Empty));
        for bad in [
            '\0', '\u{202E}', '\u{2066}', '\u{200F}', '\u{85}', '\u{1B}', '\n', '\t',
        ] {
            assert_eq!(
                check(&format!("电{bad}工")),
                Err(OccupationError::Hidden(bad)),
                "U+{:04X}",
                bad as u32
            );
        }
        assert_eq!(
            check(&"电".repeat(41)),
            Err(OccupationError::TooLong { chars: 41 })
        );
        assert_eq!(check(&"电".repeat(40)).map(str::len), Ok(120));
    }
}
