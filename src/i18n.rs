//! Every piece of text the app shows lives in `src/locales/zh-CN.txt` and
//! `src/locales/en.txt`, one `key = text` per line. Components ask for a key
//! with [`t`]; they never hold literal text. A test checks that both files
//! have the same keys and placeholders, and that every key the code uses exists.
//!
//! Policy text (benefit names, clauses, reasons, departments) comes from the
//! rule pack and the engine, which carry both languages themselves.

use std::sync::OnceLock;

use skillcheck_engine::Lang;

const ZH_CN: &str = include_str!("locales/zh-CN.txt");
const EN: &str = include_str!("locales/en.txt");

/// A parsed language file: (key, text) pairs in file order.
pub type Catalog = Vec<(&'static str, String)>;

/// Reads a language file. Lines that are blank, comments (`#`) or have no `=` are skipped.
pub fn parse(source: &'static str) -> Catalog {
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| line.split_once(" = "))
        .map(|(key, text)| (key.trim(), text.trim().replace("\\n", "\n")))
        .collect()
}

fn catalog(lang: Lang) -> &'static Catalog {
    static ZH: OnceLock<Catalog> = OnceLock::new();
    static EN_CATALOG: OnceLock<Catalog> = OnceLock::new();
    match lang {
        Lang::Zh => ZH.get_or_init(|| parse(ZH_CN)),
        Lang::En => EN_CATALOG.get_or_init(|| parse(EN)),
    }
}

/// The raw text of both language files, for tests.
pub fn sources() -> [(Lang, &'static str); 2] {
    [(Lang::Zh, ZH_CN), (Lang::En, EN)]
}

/// The text for `key`; a missing key shows the key itself rather than failing.
pub fn t(lang: Lang, key: &str) -> String {
    // A few hundred short keys: a linear search is fast enough and needs no sort.
    catalog(lang)
        .iter()
        .find(|(entry, _)| *entry == key)
        .map_or_else(|| key.to_string(), |(_, text)| text.clone())
}

/// The text for `key` with `{name}` placeholders filled in.
pub fn t_with(lang: Lang, key: &str, values: &[(&str, &str)]) -> String {
    let mut text = t(lang, key);
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The BCP 47 tag for the `lang` attribute.
pub fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}

/// A choice label standing on its own: English labels start with a capital
/// ("an enterprise" → "An enterprise"); Chinese has no case.
pub fn label(lang: Lang, zh: &str, en: &str) -> String {
    match lang {
        Lang::Zh => zh.to_string(),
        Lang::En => {
            let mut chars = en.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        }
    }
}

/// Picks the engine's or the pack's text in a language.
pub fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Every problem with the two language files: a key in one but not the other,
/// placeholders that differ, or empty text. Empty when both are complete.
pub fn problems() -> Vec<String> {
    let zh = catalog(Lang::Zh);
    let en = catalog(Lang::En);
    let mut problems = Vec::new();
    for (here, there, name) in [(zh, en, "en.txt"), (en, zh, "zh-CN.txt")] {
        for (key, _) in here {
            if !there.iter().any(|(other, _)| other == key) {
                problems.push(format!("`{key}` is missing in {name}"));
            }
        }
    }
    let placeholders = |text: &str| -> Vec<String> {
        let mut names: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
            .collect();
        names.sort();
        names
    };
    for (key, text) in zh {
        let other = t(Lang::En, key);
        if placeholders(text) != placeholders(&other) {
            problems.push(format!(
                "`{key}` has different placeholders in the two languages"
            ));
        }
        if text.is_empty() || other.is_empty() {
            problems.push(format!("`{key}` is empty"));
        }
    }
    problems
}

/// A date as people write it: "2021年12月31日" or "31 December 2021".
pub fn format_date(lang: Lang, date: skillcheck_engine::Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year, date.month, date.day),
        Lang::En => format!(
            "{} {} {}",
            date.day,
            MONTHS
                .get(usize::from(date.month).saturating_sub(1))
                .copied()
                .unwrap_or(""),
            date.year
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<&'static str> {
        catalog(lang).iter().map(|(key, _)| *key).collect()
    }

    #[test]
    fn both_languages_have_the_same_keys_and_placeholders() {
        assert_eq!(problems(), Vec::<String>::new());
    }

    #[test]
    fn no_key_is_written_twice_in_a_file() {
        for (lang, source) in sources() {
            let mut seen = BTreeSet::new();
            for line in source
                .lines()
                .filter(|line| !line.trim_start().starts_with('#'))
            {
                if let Some((key, _)) = line.split_once(" = ") {
                    assert!(seen.insert(key.trim()), "{} repeats {key}", tag(lang));
                }
            }
        }
    }

    #[test]
    fn every_key_the_code_uses_exists_in_both_languages() {
        let sources = [
            include_str!("app.rs"),
            include_str!("pages/start.rs"),
            include_str!("pages/question.rs"),
            include_str!("pages/check.rs"),
            include_str!("pages/results.rs"),
            include_str!("pages/about.rs"),
            include_str!("pages/catalogue.rs"),
            include_str!("pages/institution.rs"),
            include_str!("pages/privacy.rs"),
            include_str!("pages/share.rs"),
            include_str!("kiosk.rs"),
            include_str!("lib.rs"),
        ];
        let zh = keys(Lang::Zh);
        let en = keys(Lang::En);
        let mut used = 0;
        for source in sources {
            for piece in source.split('"').skip(1).step_by(2) {
                let looks_like_key = piece.contains('.')
                    && piece
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_')
                    && [
                        "app.", "nav.", "start.", "q.", "check.", "results.", "about.", "error.",
                    ]
                    .iter()
                    .any(|prefix| piece.starts_with(prefix));
                if looks_like_key && !piece.ends_with('.') {
                    used += 1;
                    assert!(
                        zh.contains(piece) && en.contains(piece),
                        "`{piece}` is used but missing"
                    );
                }
            }
        }
        assert!(
            used > 50,
            "only {used} keys found; is the scan still working?"
        );
        // Keys built at run time: one title and one explanation per question,
        // and one heading, lead and tag per result group.
        for fact in skillcheck_engine::Fact::ALL {
            for part in ["title", "help"] {
                let key = format!("q.{}.{part}", fact.key());
                assert!(
                    zh.contains(key.as_str()) && en.contains(key.as_str()),
                    "{key} is missing"
                );
            }
        }
        for status in ["eligible", "unknown", "not_eligible"] {
            for key in [
                format!("results.{status}"),
                format!("results.{status}_lead"),
                format!("results.status.{status}"),
            ] {
                assert!(
                    zh.contains(key.as_str()) && en.contains(key.as_str()),
                    "{key} is missing"
                );
            }
        }
    }

    #[test]
    fn placeholders_are_filled_and_missing_keys_show_themselves() {
        assert_eq!(
            t_with(Lang::En, "q.progress", &[("n", "3"), ("m", "7")]),
            "Question 3 (at most 7 more)"
        );
        assert_eq!(t(Lang::Zh, "no.such.key"), "no.such.key");
        assert_eq!(
            format_date(
                Lang::Zh,
                skillcheck_engine::Date::new(2021, 12, 31).expect("a date")
            ),
            "2021年12月31日"
        );
    }
}
