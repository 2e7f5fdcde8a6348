//! The facts a person can tell the checker about themselves: the profile.
//!
//! The names are a public contract (the `skillcheck eval` input and the app's
//! share links use them); change them only with a new format version.
//! Declaration order is the asking order: [`Fact::ALL`] is sorted by it, and
//! the engine asks the first fact in this order that still matters.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One thing the checker may know about a person. Serialized as its JSON key
/// (`wulong_tie`), which is its name in snake case (a test checks it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    WulongTie,
    EnterpriseEmployee,
    Apprentice,
    EmployerKind,
    Sector,
    UnemploymentInsured,
    SchoolLeaver,
    Hukou,
    CollegeGraduate,
    RuralMigrant,
    Unemployed,
    JobTransfer,
    Veteran,
    OvercapacityLaidOff,
    MonthlyPension,
    CertificatesThisYear,
    PlannedCertificate,
    TechnicalSchoolStudent,
    ChildInTechnicalSchool,
    WantsBusiness,
    Woman,
    RegisteredPoor,
    PoorFamilyChild,
    DibaoFamily,
    ZeroEmploymentFamily,
    EmploymentDifficulty,
    Disabled,
    JusticeInvolved,
}

/// What kind of answer a fact takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactKind {
    /// Yes or no.
    Bool,
    /// One value out of a fixed set (the `&[Choice]`).
    Choice(&'static [Choice]),
    /// The certificate subsidies already received this calendar year.
    CertificateList,
    /// The one certificate the person plans to obtain next.
    Certificate,
}

/// One allowed value of a choice fact, with its labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

/// Everything the engine knows about one fact: its contract name, its kind,
/// and the words used to explain decisions that depend on it.
#[derive(Clone, Copy, Debug)]
pub struct FactInfo {
    pub fact: Fact,
    /// The JSON key, e.g. `registered_poor`.
    pub key: &'static str,
    pub kind: FactKind,
    /// The official term (or a short label) in Chinese, e.g. 建档立卡贫困劳动力.
    pub term_zh: &'static str,
    pub term_en: &'static str,
    /// A sentence saying the fact holds ("您是退役军人"). For choice facts, a
    /// label for the fact ("户籍类型") used as "{label}为{value}".
    pub yes_zh: &'static str,
    pub yes_en: &'static str,
    /// A sentence saying the fact does not hold.
    pub no_zh: &'static str,
    pub no_en: &'static str,
    /// Whether a person may prefer not to say (poverty, disability, justice, dibao).
    pub sensitive: bool,
}

pub const HUKOU_CHOICES: &[Choice] = &[
    Choice {
        id: "rural",
        zh: "农村户籍",
        en: "rural household registration",
    },
    Choice {
        id: "urban",
        zh: "城镇户籍",
        en: "urban household registration",
    },
];

pub const EMPLOYER_KIND_CHOICES: &[Choice] = &[
    Choice {
        id: "enterprise",
        zh: "企业",
        en: "an enterprise",
    },
    Choice {
        id: "cooperative",
        zh: "农民专业合作社",
        en: "a farmers' cooperative",
    },
    Choice {
        id: "poverty_workshop",
        zh: "扶贫车间",
        en: "a poverty-alleviation workshop",
    },
    Choice {
        id: "other",
        zh: "其他单位",
        en: "another kind of employer",
    },
    Choice {
        id: "none",
        zh: "没有雇主",
        en: "no employer",
    },
];

/// The person's field, used to route them to 附件1's lead departments.
pub const SECTOR_CHOICES: &[Choice] = &[
    Choice {
        id: "state_owned",
        zh: "国有企业",
        en: "a state-owned enterprise",
    },
    Choice {
        id: "industrial",
        zh: "工业企业",
        en: "an industrial enterprise",
    },
    Choice {
        id: "commerce_services",
        zh: "商贸服务业（含电商、家政）",
        en: "commerce and services (including e-commerce and housekeeping)",
    },
    Choice {
        id: "agriculture",
        zh: "农业",
        en: "agriculture",
    },
    Choice {
        id: "construction",
        zh: "建筑业",
        en: "construction",
    },
    Choice {
        id: "transport",
        zh: "交通运输（含公路养护、汽车维修）",
        en: "transport (including road maintenance and car repair)",
    },
    Choice {
        id: "high_risk",
        zh: "高危行业（如矿山、危险化学品）",
        en: "a high-risk industry (such as mining or hazardous chemicals)",
    },
    Choice {
        id: "security",
        zh: "保安",
        en: "security services",
    },
    Choice {
        id: "elderly_care",
        zh: "养老服务",
        en: "elderly care",
    },
    Choice {
        id: "childcare",
        zh: "托幼",
        en: "childcare",
    },
    Choice {
        id: "smart_city",
        zh: "智慧城市建设",
        en: "smart-city work",
    },
    Choice {
        id: "new_industries",
        zh: "新兴产业和新职业（如人工智能、云计算、大数据）",
        en: "new industries and occupations (such as AI, cloud computing, big data)",
    },
    Choice {
        id: "other",
        zh: "其他",
        en: "another field",
    },
];

/// Certificate levels, as in the profile contract.
pub const LEVEL_CHOICES: &[Choice] = &[
    Choice {
        id: "junior",
        zh: "初级工",
        en: "junior",
    },
    Choice {
        id: "intermediate",
        zh: "中级工",
        en: "intermediate",
    },
    Choice {
        id: "senior",
        zh: "高级工",
        en: "senior",
    },
    Choice {
        id: "technician",
        zh: "技师",
        en: "technician",
    },
    Choice {
        id: "senior_technician",
        zh: "高级技师",
        en: "senior technician",
    },
    Choice {
        id: "none",
        zh: "无等级",
        en: "no level",
    },
];

macro_rules! yes_no {
    ($fact:ident, $key:literal, $term_zh:literal, $term_en:literal,
     $yes_zh:literal, $yes_en:literal, $no_zh:literal, $no_en:literal, $sensitive:literal) => {
        FactInfo {
            fact: Fact::$fact,
            key: $key,
            kind: FactKind::Bool,
            term_zh: $term_zh,
            term_en: $term_en,
            yes_zh: $yes_zh,
            yes_en: $yes_en,
            no_zh: $no_zh,
            no_en: $no_en,
            sensitive: $sensitive,
        }
    };
}

/// Every fact, in asking order. `FACTS[f as usize].fact == f` (a test checks it).
pub const FACTS: &[FactInfo] = &[
    yes_no!(
        WulongTie,
        "wulong_tie",
        "武隆为户籍地、常住地或求职就业地",
        "Wulong is where you are registered, live or seek work",
        "武隆是您的户籍地、常住地或求职就业地",
        "Wulong is where you are registered, live or seek work",
        "武隆不是您的户籍地、常住地或求职就业地",
        "Wulong is not where you are registered, live or seek work",
        false
    ),
    yes_no!(
        EnterpriseEmployee,
        "enterprise_employee",
        "企业职工",
        "enterprise employee",
        "您是企业职工",
        "You are an enterprise employee",
        "您不是企业职工",
        "You are not an enterprise employee",
        false
    ),
    yes_no!(
        Apprentice,
        "apprentice",
        "企业新型学徒",
        "apprentice under the new enterprise apprenticeship",
        "您是企业新型学徒",
        "You are an apprentice under the new enterprise apprenticeship",
        "您不是企业新型学徒",
        "You are not an apprentice under the new enterprise apprenticeship",
        false
    ),
    FactInfo {
        fact: Fact::EmployerKind,
        key: "employer_kind",
        kind: FactKind::Choice(EMPLOYER_KIND_CHOICES),
        term_zh: "雇用您的单位类型",
        term_en: "the kind of employer that hires you",
        yes_zh: "雇用您的单位",
        yes_en: "Your employer",
        no_zh: "雇用您的单位",
        no_en: "Your employer",
        sensitive: false,
    },
    FactInfo {
        fact: Fact::Sector,
        key: "sector",
        kind: FactKind::Choice(SECTOR_CHOICES),
        term_zh: "您从事或想从事的行业",
        term_en: "the field you work in or want to work in",
        yes_zh: "您的行业",
        yes_en: "Your field",
        no_zh: "您的行业",
        no_en: "Your field",
        sensitive: false,
    },
    yes_no!(
        UnemploymentInsured,
        "unemployment_insured",
        "参加失业保险",
        "paying into unemployment insurance",
        "您参加了失业保险",
        "You pay into unemployment insurance",
        "您没有参加失业保险",
        "You do not pay into unemployment insurance",
        false
    ),
    yes_no!(
        SchoolLeaver,
        "school_leaver",
        "两后生（未继续升学的初高中毕业生）",
        "a school leaver who did not go on to further study (两后生)",
        "您是“两后生”（未继续升学的初高中毕业生）",
        "You are a school leaver who did not go on to further study (两后生)",
        "您不是“两后生”",
        "You are not a school leaver who did not go on to further study (两后生)",
        false
    ),
    FactInfo {
        fact: Fact::Hukou,
        key: "hukou",
        kind: FactKind::Choice(HUKOU_CHOICES),
        term_zh: "户籍类型",
        term_en: "household registration (hukou)",
        yes_zh: "您的户籍",
        yes_en: "Your household registration",
        no_zh: "您的户籍",
        no_en: "Your household registration",
        sensitive: false,
    },
    yes_no!(
        CollegeGraduate,
        "college_graduate",
        "高校毕业生",
        "college or university graduate",
        "您是高校毕业生",
        "You are a college or university graduate",
        "您不是高校毕业生",
        "You are not a college or university graduate",
        false
    ),
    yes_no!(
        RuralMigrant,
        "rural_migrant",
        "农村转移就业劳动者",
        "rural worker who moved into non-farm work (农村转移就业劳动者)",
        "您是农村转移就业劳动者",
        "You are a rural worker who moved into non-farm work",
        "您不是农村转移就业劳动者",
        "You are not a rural worker who moved into non-farm work",
        false
    ),
    yes_no!(
        Unemployed,
        "unemployed",
        "下岗失业人员",
        "laid-off or unemployed worker",
        "您是下岗失业人员",
        "You are laid off or unemployed",
        "您不是下岗失业人员",
        "You are not laid off or unemployed",
        false
    ),
    yes_no!(
        JobTransfer,
        "job_transfer",
        "转岗职工",
        "worker moving to a new post (转岗职工)",
        "您是转岗职工",
        "You are a worker moving to a new post",
        "您不是转岗职工",
        "You are not a worker moving to a new post",
        false
    ),
    yes_no!(
        Veteran,
        "veteran",
        "退役军人",
        "veteran",
        "您是退役军人",
        "You are a veteran",
        "您不是退役军人",
        "You are not a veteran",
        false
    ),
    yes_no!(
        OvercapacityLaidOff,
        "overcapacity_laid_off",
        "去产能失业人员",
        "worker who lost their job when capacity was cut (去产能失业人员)",
        "您是去产能失业人员",
        "You lost your job when industrial capacity was cut",
        "您不是去产能失业人员",
        "You did not lose your job through capacity cuts",
        false
    ),
    yes_no!(
        MonthlyPension,
        "monthly_pension",
        "具有按月领取养老金资格",
        "entitled to a monthly pension",
        "您具有按月领取养老金的资格",
        "You are entitled to a monthly pension",
        "您不具有按月领取养老金的资格",
        "You are not entitled to a monthly pension",
        false
    ),
    FactInfo {
        fact: Fact::CertificatesThisYear,
        key: "certificates_this_year",
        kind: FactKind::CertificateList,
        term_zh: "今年已享受的取证培训补贴",
        term_en: "certificate subsidies already received this year",
        yes_zh: "今年已享受的取证培训补贴",
        yes_en: "Certificate subsidies received this year",
        no_zh: "今年已享受的取证培训补贴",
        no_en: "Certificate subsidies received this year",
        sensitive: false,
    },
    FactInfo {
        fact: Fact::PlannedCertificate,
        key: "planned_certificate",
        kind: FactKind::Certificate,
        term_zh: "计划考取的证书",
        term_en: "the certificate you plan to obtain",
        yes_zh: "计划考取的证书",
        yes_en: "The certificate you plan to obtain",
        no_zh: "计划考取的证书",
        no_en: "The certificate you plan to obtain",
        sensitive: false,
    },
    yes_no!(
        TechnicalSchoolStudent,
        "technical_school_student",
        "正在接受技工教育",
        "studying at a technical school now",
        "您正在接受技工教育",
        "You are studying at a technical school",
        "您没有在接受技工教育",
        "You are not studying at a technical school",
        false
    ),
    yes_no!(
        ChildInTechnicalSchool,
        "child_in_technical_school",
        "子女正在接受技工教育",
        "a child studying at a technical school",
        "您有子女正在接受技工教育",
        "A child of yours is studying at a technical school",
        "您没有子女在接受技工教育",
        "No child of yours is studying at a technical school",
        false
    ),
    yes_no!(
        WantsBusiness,
        "wants_business",
        "有创业愿望",
        "wanting to start a business",
        "您有创业愿望",
        "You want to start a business",
        "您暂无创业愿望",
        "You do not want to start a business",
        false
    ),
    yes_no!(
        Woman,
        "woman",
        "女性",
        "a woman",
        "您是女性",
        "You are a woman",
        "您不是女性",
        "You are not a woman",
        false
    ),
    yes_no!(
        RegisteredPoor,
        "registered_poor",
        "建档立卡贫困劳动力",
        "registered poor labourer (建档立卡贫困劳动力)",
        "您是建档立卡贫困劳动力",
        "You are a registered poor labourer",
        "您不是建档立卡贫困劳动力",
        "You are not a registered poor labourer",
        true
    ),
    yes_no!(
        PoorFamilyChild,
        "poor_family_child",
        "贫困家庭子女",
        "child of a poor family",
        "您是贫困家庭子女",
        "You are the child of a poor family",
        "您不是贫困家庭子女",
        "You are not the child of a poor family",
        true
    ),
    yes_no!(
        DibaoFamily,
        "dibao_family",
        "城市低保家庭",
        "urban minimum-living-guarantee (低保) household",
        "您来自城市低保家庭",
        "Your household receives the urban minimum living guarantee (低保)",
        "您不是城市低保家庭成员",
        "Your household does not receive the urban minimum living guarantee",
        true
    ),
    yes_no!(
        ZeroEmploymentFamily,
        "zero_employment_family",
        "零就业家庭成员",
        "member of a zero-employment household",
        "您是零就业家庭成员",
        "You are in a household where no one of working age has a job",
        "您不是零就业家庭成员",
        "You are not in a zero-employment household",
        true
    ),
    yes_no!(
        EmploymentDifficulty,
        "employment_difficulty",
        "就业困难人员（经认定）",
        "certified as having difficulty finding work (就业困难人员)",
        "您是经认定的就业困难人员",
        "You are certified as having difficulty finding work",
        "您不是经认定的就业困难人员",
        "You are not certified as having difficulty finding work",
        true
    ),
    yes_no!(
        Disabled,
        "disabled",
        "残疾人",
        "person with a disability",
        "您是残疾人",
        "You are a person with a disability",
        "您不是残疾人",
        "You are not a person with a disability",
        true
    ),
    yes_no!(
        JusticeInvolved,
        "justice_involved",
        "服刑人员、强制隔离戒毒人员、戒毒康复人员、社区矫正人员、刑满释放人员",
        "in or released from prison, compulsory drug rehabilitation or community correction",
        "您属于服刑、戒毒康复、社区矫正或刑满释放等人员",
        "You are in or have left prison, drug rehabilitation or community correction",
        "您不属于服刑、戒毒康复、社区矫正或刑满释放等人员",
        "You are not in or released from prison, drug rehabilitation or community correction",
        true
    ),
];

/// The number of facts.
pub const FACT_COUNT: usize = 28;

impl Fact {
    /// Every fact in asking order.
    pub const ALL: [Fact; FACT_COUNT] = [
        Fact::WulongTie,
        Fact::EnterpriseEmployee,
        Fact::Apprentice,
        Fact::EmployerKind,
        Fact::Sector,
        Fact::UnemploymentInsured,
        Fact::SchoolLeaver,
        Fact::Hukou,
        Fact::CollegeGraduate,
        Fact::RuralMigrant,
        Fact::Unemployed,
        Fact::JobTransfer,
        Fact::Veteran,
        Fact::OvercapacityLaidOff,
        Fact::MonthlyPension,
        Fact::CertificatesThisYear,
        Fact::PlannedCertificate,
        Fact::TechnicalSchoolStudent,
        Fact::ChildInTechnicalSchool,
        Fact::WantsBusiness,
        Fact::Woman,
        Fact::RegisteredPoor,
        Fact::PoorFamilyChild,
        Fact::DibaoFamily,
        Fact::ZeroEmploymentFamily,
        Fact::EmploymentDifficulty,
        Fact::Disabled,
        Fact::JusticeInvolved,
    ];

    /// Its description.
    pub fn info(self) -> &'static FactInfo {
        &FACTS[self as usize]
    }

    /// Its JSON key.
    pub fn key(self) -> &'static str {
        self.info().key
    }

    /// The fact with this JSON key.
    pub fn from_key(key: &str) -> Option<Fact> {
        FACTS
            .iter()
            .find(|info| info.key == key)
            .map(|info| info.fact)
    }

    /// The index of a choice value for a choice fact.
    pub fn choice_index(self, value: &str) -> Option<u8> {
        match self.info().kind {
            FactKind::Choice(choices) => choices
                .iter()
                .position(|choice| choice.id == value)
                .map(|index| index as u8),
            _ => None,
        }
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A small set of facts, as a bit mask.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FactSet(u32);

impl FactSet {
    pub const EMPTY: FactSet = FactSet(0);

    pub fn insert(&mut self, fact: Fact) {
        self.0 |= 1 << fact as u32;
    }

    pub fn contains(self, fact: Fact) -> bool {
        self.0 & (1 << fact as u32) != 0
    }

    pub fn union(self, other: FactSet) -> FactSet {
        FactSet(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The facts in the set, in asking order.
    pub fn iter(self) -> impl Iterator<Item = Fact> {
        Fact::ALL
            .into_iter()
            .filter(move |fact| self.contains(*fact))
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_table_is_indexed_by_the_enum_in_asking_order() {
        assert_eq!(FACTS.len(), FACT_COUNT);
        for (index, fact) in Fact::ALL.iter().enumerate() {
            assert_eq!(*fact as usize, index);
            assert_eq!(FACTS[index].fact, *fact);
        }
    }

    #[test]
    fn every_key_is_unique_and_round_trips() {
        for info in FACTS {
            assert_eq!(Fact::from_key(info.key), Some(info.fact));
        }
        assert_eq!(Fact::from_key("no_such_fact"), None);
    }

    #[test]
    fn the_sensitive_questions_are_poverty_disability_justice_and_dibao() {
        let sensitive: Vec<&str> = FACTS
            .iter()
            .filter(|info| info.sensitive)
            .map(|info| info.key)
            .collect();
        assert_eq!(
            sensitive,
            [
                "registered_poor",
                "poor_family_child",
                "dibao_family",
                "zero_employment_family",
                "employment_difficulty",
                "disabled",
                "justice_involved"
            ]
        );
    }
}
