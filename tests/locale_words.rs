//! The words of the translation files (issue 17, items 8 and 10): English
//! without Chinese or full-width punctuation outside a term marked as
//! "English words (术语)" (`skillcheck_engine::words`); one word for each
//! thing in Chinese; the glossary of the plan's jargon in both languages.

use std::collections::BTreeMap;
use std::path::Path;

use skillcheck_engine::words::english_problem;

fn read(file: &str) -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/locales")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("a translation file");
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(" = "))
        .map(|(key, value)| (key.trim().to_string(), value.to_string()))
        .collect()
}

/// English values that are in Chinese on purpose, and why.
const CHINESE_ON_PURPOSE: &[(&str, &str)] = &[
    ("nav.language", "the switch to Chinese is named in Chinese"),
    (
        "nav.language_label",
        "the switch to Chinese is named in Chinese",
    ),
    (
        "error.heading",
        "shown before the language is known: both languages",
    ),
    (
        "error.body",
        "shown before the language is known: both languages",
    ),
];

#[test]
fn english_texts_have_no_chinese_or_full_width_punctuation_outside_a_marked_term() {
    let english = read("en.txt");
    let problems: Vec<String> = english
        .iter()
        .filter(|(key, _)| {
            !CHINESE_ON_PURPOSE
                .iter()
                .any(|(on_purpose, _)| on_purpose == key)
        })
        .filter_map(|(key, value)| {
            english_problem(value).map(|why| format!("{key}: {why}: {value}"))
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// One word for each thing: what a Chinese text must not say, and the word it uses instead.
const ONE_WORD_ZH: &[(&str, &str)] = &[
    ("尚未确认", "尚不清楚 (the one word for not yet known)"),
    ("还不确定", "尚不清楚 (the one word for not yet known)"),
    ("核查", "自查"),
    (
        "取证培训补贴",
        "取证后职业培训补贴 (the one name of the benefit)",
    ),
    (
        "人力社保部门",
        "区人力社保局 (the one form of the department's name)",
    ),
    (
        "人社部门",
        "区人力社保局 (the one form of the department's name)",
    ),
    (
        "区人社局",
        "区人力社保局 (the one form of the department's name)",
    ),
    ("谁付给谁", "补贴发给谁 (a label that names who is paid)"),
];

#[test]
fn chinese_texts_use_one_word_for_each_thing() {
    let chinese = read("zh-CN.txt");
    let mut problems = Vec::new();
    for (key, value) in &chinese {
        for (word, instead) in ONE_WORD_ZH {
            if value.contains(word) {
                problems.push(format!(
                    "{key}: says {word}, the word is {instead}: {value}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The plan's jargon, each explained in one short sentence in both languages,
/// starting with the term itself (the results show them as a glossary).
const GLOSSARY: &[(&str, &str)] = &[
    ("term.employment_fund", "就业补助资金"),
    ("term.project_training", "项目制培训"),
    ("term.as_prescribed", "按规定"),
    ("term.industry_department", "行业主管部门"),
    ("term.lead", "牵头"),
];

#[test]
fn every_term_of_the_glossary_is_explained_in_one_short_sentence_in_both_languages() {
    let chinese = read("zh-CN.txt");
    let english = read("en.txt");
    for (key, term) in GLOSSARY {
        let zh = chinese
            .get(*key)
            .unwrap_or_else(|| panic!("{key} in zh-CN.txt"));
        let en = english
            .get(*key)
            .unwrap_or_else(|| panic!("{key} in en.txt"));
        assert!(zh.starts_with(&format!("{term}：")), "{key}: {zh}");
        assert!(zh.chars().count() <= 60, "{key} is long: {zh}");
        assert!(en.contains(": ") && en.len() <= 220, "{key}: {en}");
    }
}

#[test]
fn the_sector_question_asks_about_fields_of_work_only() {
    use skillcheck_engine::facts::{FactKind, SECTOR_CHOICES};
    use skillcheck_engine::Fact;
    assert!(matches!(Fact::Sector.info().kind, FactKind::Choice(_)));
    for choice in SECTOR_CHOICES {
        for employer_word in ["企业", "国有", "单位"] {
            assert!(
                !choice.zh.contains(employer_word),
                "{}: {} names a kind of employer",
                choice.id,
                choice.zh
            );
        }
    }
    assert!(SECTOR_CHOICES
        .iter()
        .any(|choice| choice.zh.contains("旅游") && choice.zh.contains("餐饮")));
}
