//! The questions of the interview as the app asks them, from the app's own
//! text files (`src/locales/zh-CN.txt` and `en.txt`; `build.rs` keeps only
//! their question lines), so the package and the app cannot word a question
//! differently. A fact asked on a
//! page of its own has `q.<key>.title` and `q.<key>.help`; a fact asked as an
//! item of a "which of these apply to you?" checklist has `q.<key>.item` and,
//! where the item needs one, `q.<key>.hint`.

use skillcheck_engine::{Fact, Lang};

const ZH: &str = include_str!(concat!(env!("OUT_DIR"), "/zh-CN.txt"));
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

/// The value of `key` in a locale file (`key = value` lines; `#` comments).
fn lookup(file: &'static str, key: &str) -> Option<&'static str> {
    file.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .find_map(|line| {
            let (name, value) = line.split_once(" = ")?;
            (name.trim() == key).then(|| value.trim())
        })
}

/// The question and its help sentence for one fact, in one language. The
/// help is empty for a checklist item whose own words need none.
pub fn question(fact: Fact, lang: Lang) -> (&'static str, &'static str) {
    let file = match lang {
        Lang::Zh => ZH,
        Lang::En => EN,
    };
    let key = fact.info().key;
    let title = lookup(file, &format!("q.{key}.title"))
        .or_else(|| lookup(file, &format!("q.{key}.item")))
        .unwrap_or("");
    let help = lookup(file, &format!("q.{key}.help"))
        .or_else(|| lookup(file, &format!("q.{key}.hint")))
        .unwrap_or("");
    (title, help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_has_a_question_in_both_languages() {
        for fact in Fact::ALL {
            for lang in [Lang::Zh, Lang::En] {
                let (title, _) = question(fact, lang);
                assert!(!title.is_empty(), "{fact} has no question in {lang:?}");
            }
        }
    }

    #[test]
    fn a_question_on_its_own_page_has_help_and_the_words_are_the_apps() {
        assert_eq!(
            question(Fact::WulongTie, Lang::Zh).0,
            lookup(ZH, "q.wulong_tie.title").unwrap_or("missing")
        );
        for fact in [
            Fact::WulongTie,
            Fact::Hukou,
            Fact::EmployerKind,
            Fact::Sector,
        ] {
            for lang in [Lang::Zh, Lang::En] {
                assert!(
                    !question(fact, lang).1.is_empty(),
                    "{fact} has no help in {lang:?}"
                );
            }
        }
        // A checklist item takes its hint as help.
        assert_eq!(
            question(Fact::SchoolLeaver, Lang::Zh).1,
            lookup(ZH, "q.school_leaver.hint").unwrap_or("missing")
        );
    }
}
