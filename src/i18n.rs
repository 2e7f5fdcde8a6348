//! Every piece of text the app shows, in every language it speaks.
//!
//! Components ask for a [`Text`] key in a [`Language`]; they never hold
//! literal strings. Adding a key means adding its text to both tables, which
//! the compiler enforces because each table is an exhaustive `match`.

/// A language the app can show its text in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// Simplified Chinese, the language of the plan and the default.
    #[default]
    ZhCn,
    /// English.
    En,
}

impl Language {
    /// Every language, in the order a language switcher would list them.
    pub const ALL: [Language; 2] = [Language::ZhCn, Language::En];

    /// The BCP 47 tag for the `lang` attribute.
    pub const fn tag(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::En => "en",
        }
    }
}

/// A piece of text shown to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// The plan's full title, with its book-title marks.
    PlanTitle,
    /// The plan's document number.
    PlanDocumentNumber,
    /// One line saying what the checker does.
    CheckerPurpose,
    /// The button that starts the questions.
    StartButton,
}

impl Text {
    /// Every key, so tests can check that no translation is empty.
    pub const ALL: [Text; 4] = [
        Text::PlanTitle,
        Text::PlanDocumentNumber,
        Text::CheckerPurpose,
        Text::StartButton,
    ];
}

/// The text for `key` in `language`.
pub const fn text(language: Language, key: Text) -> &'static str {
    match language {
        Language::ZhCn => zh_cn(key),
        Language::En => en(key),
    }
}

const fn zh_cn(key: Text) -> &'static str {
    match key {
        Text::PlanTitle => "《武隆区职业技能提升行动实施方案（2019—2021年）》",
        Text::PlanDocumentNumber => "武隆府办发〔2019〕98号",
        Text::CheckerPurpose => "回答几个问题，看看您可能享受哪些职业技能培训补贴和服务。",
        Text::StartButton => "开始自查",
    }
}

const fn en(key: Text) -> &'static str {
    match key {
        Text::PlanTitle => {
            "Implementation Plan for the Vocational Skills Upgrading Campaign of Wulong District (2019–2021)"
        }
        Text::PlanDocumentNumber => "Wulong District Government Office document No. 98 of 2019 (武隆府办发〔2019〕98号)",
        Text::CheckerPurpose => {
            "Answer a few questions to see which vocational training subsidies and services you may be able to receive."
        }
        Text::StartButton => "Start the check",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_a_non_empty_translation_in_every_language() {
        for language in Language::ALL {
            for key in Text::ALL {
                assert!(
                    !text(language, key).trim().is_empty(),
                    "{key:?} is empty in {}",
                    language.tag()
                );
            }
        }
    }

    #[test]
    fn the_chinese_title_and_document_number_match_the_plan() {
        assert_eq!(
            text(Language::ZhCn, Text::PlanTitle),
            "《武隆区职业技能提升行动实施方案（2019—2021年）》"
        );
        assert_eq!(
            text(Language::ZhCn, Text::PlanDocumentNumber),
            "武隆府办发〔2019〕98号"
        );
    }
}
