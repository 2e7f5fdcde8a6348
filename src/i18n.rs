//! Every piece of text the app shows lives in `src/locales/zh-CN.txt` and
//! `src/locales/en.txt`, one `key = text` per line. `build.rs` turns them into
//! one constant per key ([`k`]) and checks that both files have every key with
//! the same placeholders, so a key the code uses but the files lack does not
//! compile. Components ask for a key with [`t`]; they never hold literal text.
//!
//! Policy text (benefit names, clauses, reasons, departments) comes from the
//! rule pack and the engine, which carry both languages themselves.

use skillcheck_engine::{Date, Fact, Lang};
use yew::{html, Html};

/// One text, in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(u16);

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

impl Key {
    /// The key as the translation files write it, e.g. `q.wulong_tie.title`.
    pub fn name(self) -> &'static str {
        NAMES.get(usize::from(self.0)).copied().unwrap_or("")
    }

    /// Every key, in the files' order.
    pub fn all() -> impl Iterator<Item = Key> {
        (0..KEY_COUNT as u16).map(Key)
    }
}

/// The text for `key` in a language.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let texts: &[&str; KEY_COUNT] = match lang {
        Lang::Zh => &ZH_TEXTS,
        Lang::En => &EN_TEXTS,
    };
    texts.get(usize::from(key.0)).copied().unwrap_or("")
}

/// The text for `key` with `{name}` placeholders filled in.
pub fn t_with(lang: Lang, key: Key, values: &[(&str, &str)]) -> String {
    let mut text = t(lang, key).to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// A question's title and plain-language explanation, for a question asked
/// on a page of its own (a checklist item has [`checklist_item`] instead).
/// Exhaustive: a new fact does not compile until it has its texts or is
/// marked as a checklist item.
pub fn question(fact: Fact) -> Option<(Key, Key)> {
    Some(match fact {
        Fact::WulongTie => (k::Q_WULONG_TIE_TITLE, k::Q_WULONG_TIE_HELP),
        Fact::EmployerKind => (k::Q_EMPLOYER_KIND_TITLE, k::Q_EMPLOYER_KIND_HELP),
        Fact::Sector => (k::Q_SECTOR_TITLE, k::Q_SECTOR_HELP),
        Fact::Hukou => (k::Q_HUKOU_TITLE, k::Q_HUKOU_HELP),
        Fact::CertificatesThisYear => (
            k::Q_CERTIFICATES_THIS_YEAR_TITLE,
            k::Q_CERTIFICATES_THIS_YEAR_HELP,
        ),
        Fact::PlannedCertificate => (
            k::Q_PLANNED_CERTIFICATE_TITLE,
            k::Q_PLANNED_CERTIFICATE_HELP,
        ),
        Fact::EnterpriseEmployee
        | Fact::Apprentice
        | Fact::UnemploymentInsured
        | Fact::SchoolLeaver
        | Fact::CollegeGraduate
        | Fact::RuralMigrant
        | Fact::Unemployed
        | Fact::JobTransfer
        | Fact::Veteran
        | Fact::OvercapacityLaidOff
        | Fact::MonthlyPension
        | Fact::TechnicalSchoolStudent
        | Fact::ChildInTechnicalSchool
        | Fact::WantsBusiness
        | Fact::Woman
        | Fact::RegisteredPoor
        | Fact::PoorFamilyChild
        | Fact::DibaoFamily
        | Fact::ZeroEmploymentFamily
        | Fact::EmploymentDifficulty
        | Fact::Disabled
        | Fact::JusticeInvolved => return None,
    })
}

/// What a person reads as a fact's question: its own title, or its checklist item.
pub fn fact_label(fact: Fact) -> Key {
    question(fact)
        .map(|(title, _)| title)
        .or_else(|| checklist_item(fact))
        .unwrap_or(k::APP_TITLE)
}

/// A page's heading and explanation: a single question's own, or the checklist's.
pub fn page_texts(page: crate::interview::PageId) -> (Key, Key) {
    match page.key() {
        "situation" => (k::PAGE_SITUATION_TITLE, k::PAGE_SITUATION_HELP),
        "household" => (k::PAGE_HOUSEHOLD_TITLE, k::PAGE_HOUSEHOLD_HELP),
        "health" => (k::PAGE_HEALTH_TITLE, k::PAGE_HEALTH_HELP),
        "work" => (k::PAGE_WORK_TITLE, k::PAGE_WORK_HELP),
        _ => page
            .page()
            .single()
            .and_then(question)
            .unwrap_or((k::APP_TITLE, k::START_LEAD)),
    }
}

/// A yes/no fact as a checklist item: a plain description a person can tick.
/// Exhaustive: a new fact does not compile until it has one (or is not a
/// yes/no fact).
pub fn checklist_item(fact: Fact) -> Option<Key> {
    Some(match fact {
        Fact::SchoolLeaver => k::Q_SCHOOL_LEAVER_ITEM,
        Fact::TechnicalSchoolStudent => k::Q_TECHNICAL_SCHOOL_STUDENT_ITEM,
        Fact::CollegeGraduate => k::Q_COLLEGE_GRADUATE_ITEM,
        Fact::RuralMigrant => k::Q_RURAL_MIGRANT_ITEM,
        Fact::Unemployed => k::Q_UNEMPLOYED_ITEM,
        Fact::OvercapacityLaidOff => k::Q_OVERCAPACITY_LAID_OFF_ITEM,
        Fact::Veteran => k::Q_VETERAN_ITEM,
        Fact::MonthlyPension => k::Q_MONTHLY_PENSION_ITEM,
        Fact::WantsBusiness => k::Q_WANTS_BUSINESS_ITEM,
        Fact::Woman => k::Q_WOMAN_ITEM,
        Fact::EnterpriseEmployee => k::Q_ENTERPRISE_EMPLOYEE_ITEM,
        Fact::Apprentice => k::Q_APPRENTICE_ITEM,
        Fact::JobTransfer => k::Q_JOB_TRANSFER_ITEM,
        Fact::UnemploymentInsured => k::Q_UNEMPLOYMENT_INSURED_ITEM,
        Fact::RegisteredPoor => k::Q_REGISTERED_POOR_ITEM,
        Fact::PoorFamilyChild => k::Q_POOR_FAMILY_CHILD_ITEM,
        Fact::DibaoFamily => k::Q_DIBAO_FAMILY_ITEM,
        Fact::ZeroEmploymentFamily => k::Q_ZERO_EMPLOYMENT_FAMILY_ITEM,
        Fact::EmploymentDifficulty => k::Q_EMPLOYMENT_DIFFICULTY_ITEM,
        Fact::ChildInTechnicalSchool => k::Q_CHILD_IN_TECHNICAL_SCHOOL_ITEM,
        Fact::Disabled => k::Q_DISABLED_ITEM,
        Fact::JusticeInvolved => k::Q_JUSTICE_INVOLVED_ITEM,
        Fact::WulongTie
        | Fact::EmployerKind
        | Fact::Sector
        | Fact::Hukou
        | Fact::CertificatesThisYear
        | Fact::PlannedCertificate => return None,
    })
}

/// What a person must know before ticking a checklist item: who certifies a
/// status, or how this checker reads a term the plan leaves open.
pub fn checklist_hint(fact: Fact) -> Option<Key> {
    match fact {
        Fact::SchoolLeaver => Some(k::Q_SCHOOL_LEAVER_HINT),
        Fact::TechnicalSchoolStudent => Some(k::Q_TECHNICAL_SCHOOL_STUDENT_HINT),
        Fact::MonthlyPension => Some(k::Q_MONTHLY_PENSION_HINT),
        Fact::RegisteredPoor => Some(k::Q_REGISTERED_POOR_HINT),
        Fact::PoorFamilyChild => Some(k::Q_POOR_FAMILY_CHILD_HINT),
        Fact::DibaoFamily => Some(k::Q_DIBAO_FAMILY_HINT),
        Fact::ZeroEmploymentFamily => Some(k::Q_ZERO_EMPLOYMENT_FAMILY_HINT),
        Fact::EmploymentDifficulty => Some(k::Q_EMPLOYMENT_DIFFICULTY_HINT),
        _ => None,
    }
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

/// A date as people write it: "2021年12月31日" or "31 December 2021".
pub fn format_date(lang: Lang, date: Date) -> String {
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

/// "The plan period ended on …", shown on the start page, the results and the print view.
pub fn period_ended_text(lang: Lang, pack: &skillcheck_engine::RulePack) -> String {
    t_with(
        lang,
        k::START_PERIOD_ENDED,
        &[("end", &format_date(lang, pack.document.period_end))],
    )
}

/// How a screen's words are rendered: in the person's language (the app), or
/// in both side by side (the start screen written into `index.html` at build
/// time, where `early.js` shows one of them before the first paint).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    One(Lang),
    Both,
}

impl Words {
    /// Text made for each language by `text`.
    pub fn each_text(self, text: impl Fn(Lang) -> String) -> Html {
        match self {
            Words::One(lang) => html! { { text(lang) } },
            Words::Both => html! {
                <>
                    <span class="only-zh" lang="zh-CN">{ text(Lang::Zh) }</span>
                    <span class="only-en" lang="en">{ text(Lang::En) }</span>
                </>
            },
        }
    }

    /// The text of a key.
    pub fn text(self, key: Key) -> Html {
        self.each_text(|lang| t(lang, key).to_string())
    }

    /// The text of a key with placeholders, whose values may depend on the language.
    pub fn text_with(self, key: Key, values: impl Fn(Lang) -> Vec<(&'static str, String)>) -> Html {
        self.each_text(|lang| {
            let values = values(lang);
            let pairs: Vec<(&str, &str)> = values
                .iter()
                .map(|(name, value)| (*name, value.as_str()))
                .collect();
            t_with(lang, key, &pairs)
        })
    }

    /// Policy text carried in both languages.
    pub fn pick(self, zh: &str, en: &str) -> Html {
        self.each_text(|lang| pick(lang, zh, en).to_string())
    }

    /// An attribute value: in both-language mode, the Chinese one (early.js
    /// and boot.js switch the few attributes that need it).
    pub fn attribute(self, key: Key) -> &'static str {
        match self {
            Words::One(lang) => t(lang, key),
            Words::Both => t(Lang::Zh, key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages() {
        for key in Key::all() {
            assert!(!t(Lang::Zh, key).is_empty(), "{}", key.name());
            assert!(!t(Lang::En, key).is_empty(), "{}", key.name());
        }
        let count = Key::all().count();
        assert!(
            count > 150,
            "only {count} keys: is the generator still working?"
        );
    }

    #[test]
    fn every_question_has_its_own_words_on_its_page() {
        for page in crate::interview::PageId::all() {
            for fact in page.page().facts() {
                if page.page().is_checklist() {
                    assert!(checklist_item(*fact).is_some(), "{fact}");
                } else {
                    let (title, help) = question(*fact).expect("a question's texts");
                    assert_eq!(title.name(), format!("q.{}.title", fact.key()));
                    assert_eq!(help.name(), format!("q.{}.help", fact.key()));
                }
            }
        }
    }

    #[test]
    fn every_checklist_item_has_its_own_words() {
        for page in crate::interview::PAGES
            .iter()
            .filter(|page| page.is_checklist())
        {
            for fact in page.facts() {
                let item = checklist_item(*fact).expect("a checklist item");
                assert_eq!(item.name(), format!("q.{}.item", fact.key()));
            }
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            t_with(Lang::En, k::Q_PROGRESS, &[("n", "3"), ("m", "7")]),
            "Page 3 (at most 7 more)"
        );
        assert_eq!(
            format_date(Lang::Zh, Date::new(2021, 12, 31).expect("a date")),
            "2021年12月31日"
        );
        assert_eq!(
            format_date(Lang::En, Date::new(2021, 12, 31).expect("a date")),
            "31 December 2021"
        );
    }
}
