//! Rules every English text follows, shared by the engine's and the app's
//! tests: no Chinese characters and no full-width punctuation, except a
//! Chinese term shown beside its translation.
//!
//! **The one exception, and how it is marked.** A Chinese term may stand in an
//! English text only in ASCII parentheses that hold nothing but the term,
//! right after the English words that translate it: "school leaver (两后生)",
//! "household register (户口簿)". The person can then show the term to staff,
//! and the sentence still reads in English without it. Anything else (Chinese
//! inside a sentence, "（", "：", "，", "“") is a problem.

/// Whether a character is Chinese (a Han ideograph, CJK punctuation or a
/// full-width form).
pub fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'   // CJK punctuation: 、。「」〔〕
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms: （），：；！？
    )
}

/// Whether a character is a Han ideograph.
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// What is wrong with an English text, if anything: the first Chinese
/// character or full-width punctuation mark outside a marked term.
pub fn english_problem(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        // A marked term: " (" + Han only + ")", after an English word.
        if c == '(' {
            let close = chars[index + 1..].iter().position(|c| *c == ')');
            if let Some(length) = close {
                let inside = &chars[index + 1..index + 1 + length];
                let after_english =
                    index >= 2 && chars[index - 1] == ' ' && chars[index - 2].is_ascii_alphabetic();
                if !inside.is_empty() && inside.iter().all(|c| is_han(*c)) {
                    if after_english {
                        index += length + 2;
                        continue;
                    }
                    return Some(format!(
                        "the Chinese term ({}) does not follow the English words it translates",
                        inside.iter().collect::<String>()
                    ));
                }
            }
        }
        if is_chinese(c) {
            return Some(format!(
                "`{c}` (U+{:04X}) in English text, outside a term marked as \"English words (术语)\"",
                c as u32
            ));
        }
        index += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_texts_are_checked_for_chinese_outside_a_marked_term() {
        let cases: &[(&str, bool)] = &[
            ("A school leaver (两后生) gets it", true),
            ("Look at your household register (户口簿).", true),
            ("Plain English, with “curly quotes” and an ellipsis…", true),
            ("Your 低保 card", false),
            ("You can get（3）", false),
            ("Official term：", false),
            ("Read clause 四（一）", false),
            ("(两后生) first", false),
            ("poor labourer (建档立卡贫困劳动力，2019)", false),
            ("a term (两后生 and more)", false),
            ("脱贫人口", false),
        ];
        for (text, fine) in cases {
            assert_eq!(english_problem(text).is_none(), *fine, "{text}");
        }
    }
}
