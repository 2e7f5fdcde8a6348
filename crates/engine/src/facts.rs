//! The facts a person can tell the checker about themselves: the profile.
//!
//! The names are a public contract (the `skillcheck eval` input and the app's
//! share links use them); change them only with a new format version.
//! Declaration order is the asking order: [`Fact::ALL`] is sorted by it, and
//! the engine asks the first fact in this order that still matters.

use std::fmt;

use databake::Bake;
use serde::{Deserialize, Serialize};

/// One thing the checker may know about a person. Serialized as its JSON key
/// (`wulong_tie`), which is its name in snake case (a test checks it).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Bake,
)]
#[databake(path = crate::facts)]
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

/// One allowed value of a choice fact, with its labels and the sentence
/// that says a person has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    /// The label shown as an answer to the question, e.g. 农村户口.
    pub zh: &'static str,
    pub en: &'static str,
    /// A whole sentence saying this is the person's answer: "您受雇于企业".
    pub said_zh: &'static str,
    pub said_en: &'static str,
}

/// Everything the engine knows about one fact: its contract name, its kind,
/// and the words used to explain decisions that depend on it.
#[derive(Clone, Copy, Debug)]
pub struct FactInfo {
    pub fact: Fact,
    /// The JSON key, e.g. `registered_poor`.
    pub key: &'static str,
    pub kind: FactKind,
    /// The official term (or a short label) in Chinese, e.g. 建档立卡贫困劳动力,
    /// shown on the question's 政策用语 line and in lists of facts.
    pub term_zh: &'static str,
    pub term_en: &'static str,
    /// A sentence saying the fact holds ("您是退役军人"). For choice facts, what
    /// a condition needs, completed by the values that would do:
    /// "需要雇用您的单位是" + "企业、扶贫车间".
    pub yes_zh: &'static str,
    pub yes_en: &'static str,
    /// A sentence saying the fact does not hold.
    pub no_zh: &'static str,
    pub no_en: &'static str,
    /// The open question, said after 尚不清楚 / "Not yet known:":
    /// "您是不是退役军人" / "whether you are a veteran". Never a negation, so
    /// that no sentence says "not yet known: you are not…".
    pub ask_zh: &'static str,
    pub ask_en: &'static str,
    /// Whether a person may prefer not to say (poverty, disability, justice, dibao).
    pub sensitive: bool,
}

/// The word for "not yet known", the one word the engine and the app use.
pub const NOT_YET_KNOWN_ZH: &str = "尚不清楚";
pub const NOT_YET_KNOWN_EN: &str = "Not yet known";

pub const HUKOU_CHOICES: &[Choice] = &[
    Choice {
        id: "rural",
        zh: "农村户口",
        en: "rural",
        said_zh: "您是农村户口",
        said_en: "Your household registration is rural",
    },
    Choice {
        id: "urban",
        zh: "城镇户口",
        en: "urban",
        said_zh: "您是城镇户口",
        said_en: "Your household registration is urban",
    },
];

pub const EMPLOYER_KIND_CHOICES: &[Choice] = &[
    Choice {
        id: "enterprise",
        zh: "企业",
        en: "an enterprise",
        said_zh: "雇用您的是企业",
        said_en: "Your employer is an enterprise",
    },
    Choice {
        id: "cooperative",
        zh: "农民专业合作社",
        en: "a farmers' cooperative",
        said_zh: "雇用您的是农民专业合作社",
        said_en: "Your employer is a farmers' cooperative",
    },
    Choice {
        id: "poverty_workshop",
        zh: "扶贫车间",
        en: "a poverty-alleviation workshop",
        said_zh: "雇用您的是扶贫车间",
        said_en: "Your employer is a poverty-alleviation workshop",
    },
    Choice {
        id: "other",
        zh: "其他单位",
        en: "another kind of employer",
        said_zh: "雇用您的单位不是企业、合作社或扶贫车间",
        said_en: "Your employer is not an enterprise, a cooperative or a workshop",
    },
    Choice {
        id: "none",
        zh: "没有雇主",
        en: "no employer",
        said_zh: "您现在没有雇主",
        said_en: "You have no employer now",
    },
];

/// The field a person works in or wants to work in, used to route them to
/// 附件1's lead departments. Fields of work only: the kind of employer is
/// [`Fact::EmployerKind`]. Share codes made before this list was changed
/// are read through [`LEGACY_SECTOR_IDS`].
pub const SECTOR_CHOICES: &[Choice] = &[
    Choice {
        id: "agriculture",
        zh: "种植、养殖等农业",
        en: "farming",
        said_zh: "您从事或想从事农业",
        said_en: "Your field is farming",
    },
    Choice {
        id: "manufacturing",
        zh: "工厂生产、制造",
        en: "factory work and manufacturing",
        said_zh: "您从事或想从事工厂生产、制造",
        said_en: "Your field is factory work and manufacturing",
    },
    Choice {
        id: "construction",
        zh: "建筑施工",
        en: "building and construction",
        said_zh: "您从事或想从事建筑施工",
        said_en: "Your field is building and construction",
    },
    Choice {
        id: "transport",
        zh: "交通运输、公路养护、汽车维修",
        en: "transport, road maintenance or car repair",
        said_zh: "您从事或想从事交通运输、公路养护或汽车维修",
        said_en: "Your field is transport, road maintenance or car repair",
    },
    Choice {
        id: "tourism_hospitality",
        zh: "旅游、住宿和餐饮",
        en: "tourism, hotels and restaurants",
        said_zh: "您从事或想从事旅游、住宿或餐饮",
        said_en: "Your field is tourism, hotels or restaurants",
    },
    Choice {
        id: "commerce_services",
        zh: "商店、电商、家政等商贸服务",
        en: "shops, online selling, housekeeping and other trade and services",
        said_zh: "您从事或想从事商贸服务",
        said_en: "Your field is trade and services",
    },
    Choice {
        id: "elderly_care",
        zh: "养老护理",
        en: "elderly care",
        said_zh: "您从事或想从事养老护理",
        said_en: "Your field is elderly care",
    },
    Choice {
        id: "childcare",
        zh: "托幼、带小孩",
        en: "childcare",
        said_zh: "您从事或想从事托幼",
        said_en: "Your field is childcare",
    },
    Choice {
        id: "security",
        zh: "保安",
        en: "security guarding",
        said_zh: "您从事或想从事保安",
        said_en: "Your field is security guarding",
    },
    Choice {
        id: "high_risk",
        zh: "矿山、危险化学品、烟花爆竹等高危行业",
        en: "mining, hazardous chemicals, fireworks or another high-risk industry",
        said_zh: "您从事或想从事高危行业",
        said_en: "Your field is a high-risk industry",
    },
    Choice {
        id: "new_industries",
        zh: "人工智能、云计算、大数据等新职业",
        en: "AI, cloud computing, big data or another new occupation",
        said_zh: "您从事或想从事新兴产业或新职业",
        said_en: "Your field is a new industry or occupation",
    },
    Choice {
        id: "smart_city",
        zh: "智慧城市建设",
        en: "smart-city work",
        said_zh: "您从事或想从事智慧城市建设",
        said_en: "Your field is smart-city work",
    },
    Choice {
        id: "other",
        zh: "其他",
        en: "another field",
        said_zh: "您的行业不在所列之中",
        said_en: "Your field is not one of those listed",
    },
];

/// The sector choices as share codes made before the field question was
/// rewritten numbered them, each with the id it is read as today, or `None`
/// where no field of work follows from it (国有企业 is a kind of employer:
/// the question is asked again).
pub const LEGACY_SECTOR_IDS: &[Option<&str>] = &[
    None,                      // 国有企业 (a kind of employer, not a field)
    Some("manufacturing"),     // 工业企业
    Some("commerce_services"), // 商贸服务业（含电商、家政）
    Some("agriculture"),
    Some("construction"),
    Some("transport"),
    Some("high_risk"),
    Some("security"),
    Some("elderly_care"),
    Some("childcare"),
    Some("smart_city"),
    Some("new_industries"),
    Some("other"),
];

/// Certificate levels, as in the profile contract.
pub const LEVEL_CHOICES: &[Choice] = &[
    Choice {
        id: "junior",
        zh: "初级工",
        en: "junior",
        said_zh: "初级工",
        said_en: "junior",
    },
    Choice {
        id: "intermediate",
        zh: "中级工",
        en: "intermediate",
        said_zh: "中级工",
        said_en: "intermediate",
    },
    Choice {
        id: "senior",
        zh: "高级工",
        en: "senior",
        said_zh: "高级工",
        said_en: "senior",
    },
    Choice {
        id: "technician",
        zh: "技师",
        en: "technician",
        said_zh: "技师",
        said_en: "technician",
    },
    Choice {
        id: "senior_technician",
        zh: "高级技师",
        en: "senior technician",
        said_zh: "高级技师",
        said_en: "senior technician",
    },
    Choice {
        id: "none",
        zh: "无等级",
        en: "no level",
        said_zh: "无等级",
        said_en: "no level",
    },
];

macro_rules! yes_no {
    ($fact:ident, $key:literal, $term_zh:literal, $term_en:literal,
     $yes_zh:literal, $yes_en:literal, $no_zh:literal, $no_en:literal,
     $ask_zh:literal, $ask_en:literal, $sensitive:literal) => {
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
            ask_zh: $ask_zh,
            ask_en: $ask_en,
            sensitive: $sensitive,
        }
    };
}

/// Every fact, in asking order. `FACTS[f as usize].fact == f` (a test checks it).
pub const FACTS: &[FactInfo] = &[
    yes_no!(
        WulongTie,
        "wulong_tie",
        "户籍地、常住地或求职就业地在武隆",
        "Wulong as the place you are registered, live or seek work",
        "武隆是您的户籍地、常住地或求职就业地",
        "Wulong is where you are registered, live or seek work",
        "武隆不是您的户籍地、常住地或求职就业地",
        "Wulong is not where you are registered, live or seek work",
        "武隆是不是您的户籍地、常住地或求职就业地",
        "whether Wulong is where you are registered, live or seek work",
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
        "您是不是企业职工",
        "whether you are an enterprise employee",
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
        "您是不是企业新型学徒",
        "whether you are an apprentice under the new enterprise apprenticeship",
        false
    ),
    FactInfo {
        fact: Fact::EmployerKind,
        key: "employer_kind",
        kind: FactKind::Choice(EMPLOYER_KIND_CHOICES),
        term_zh: "雇用您的单位（生产经营主体）",
        term_en: "the kind of employer you work for",
        yes_zh: "这一项需要雇用您的是",
        yes_en: "This needs an employer that is",
        no_zh: "这一项需要雇用您的是",
        no_en: "This needs an employer that is",
        ask_zh: "雇用您的是哪一类单位",
        ask_en: "what kind of employer you work for",
        sensitive: false,
    },
    FactInfo {
        fact: Fact::Sector,
        key: "sector",
        kind: FactKind::Choice(SECTOR_CHOICES),
        term_zh: "您从事的行业",
        term_en: "the field you work in or want to work in",
        yes_zh: "这一项面向从事",
        yes_en: "This is for people working in",
        no_zh: "这一项面向从事",
        no_en: "This is for people working in",
        ask_zh: "您从事或想从事哪个行业",
        ask_en: "which field you work in or want to work in",
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
        "您有没有参加失业保险",
        "whether you pay into unemployment insurance",
        false
    ),
    yes_no!(
        SchoolLeaver,
        "school_leaver",
        "两后生（城乡未继续升学应往届初高中毕业生）",
        "school leaver who did not go on to further study (两后生)",
        "您是“两后生”（初中或高中毕业后没有继续上学）",
        "You are a school leaver who did not go on to further study",
        "您不是“两后生”",
        "You are not a school leaver who did not go on to further study",
        "您是不是“两后生”（初中或高中毕业后没有继续上学）",
        "whether you left school after junior or senior high school without further study",
        false
    ),
    FactInfo {
        fact: Fact::Hukou,
        key: "hukou",
        kind: FactKind::Choice(HUKOU_CHOICES),
        term_zh: "户籍类型（农村户籍或城镇户籍）",
        term_en: "household registration (hukou) type",
        yes_zh: "这一项需要是",
        yes_en: "This needs household registration that is",
        no_zh: "这一项需要是",
        no_en: "This needs household registration that is",
        ask_zh: "您是农村户口还是城镇户口",
        ask_en: "whether your household registration is rural or urban",
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
        "您是不是高校毕业生",
        "whether you are a college or university graduate",
        false
    ),
    yes_no!(
        RuralMigrant,
        "rural_migrant",
        "农村转移就业劳动者",
        "rural worker who moved into non-farm work",
        "您是农村转移就业劳动者（离开种地出来打工）",
        "You are a rural worker who moved into non-farm work",
        "您不是农村转移就业劳动者",
        "You are not a rural worker who moved into non-farm work",
        "您是不是农村转移就业劳动者（离开种地出来打工）",
        "whether you are a rural worker who moved into non-farm work",
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
        "您是不是下岗失业人员",
        "whether you are laid off or unemployed",
        false
    ),
    yes_no!(
        JobTransfer,
        "job_transfer",
        "转岗职工",
        "worker moving to a new post",
        "您是转岗职工（企业安排您换岗位或换工种）",
        "You are a worker moving to a new post",
        "您不是转岗职工",
        "You are not a worker moving to a new post",
        "您是不是转岗职工（企业安排您换岗位或换工种）",
        "whether your employer is moving you to a new post",
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
        "您是不是退役军人",
        "whether you are a veteran",
        false
    ),
    yes_no!(
        OvercapacityLaidOff,
        "overcapacity_laid_off",
        "去产能失业人员",
        "worker who lost their job when capacity was cut",
        "您是去产能失业人员（因企业压减产能或关停失去工作）",
        "You lost your job when industrial capacity was cut",
        "您不是去产能失业人员",
        "You did not lose your job through capacity cuts",
        "您是不是去产能失业人员（因企业压减产能或关停失去工作）",
        "whether you lost your job when industrial capacity was cut",
        false
    ),
    yes_no!(
        MonthlyPension,
        "monthly_pension",
        "具有按月领取养老金资格",
        "entitled to a monthly pension",
        "您按月领取养老金",
        "You draw a monthly pension",
        "您不按月领取养老金",
        "You do not draw a monthly pension",
        "您是否按月领取养老金",
        "whether you draw a monthly pension",
        false
    ),
    FactInfo {
        fact: Fact::CertificatesThisYear,
        key: "certificates_this_year",
        kind: FactKind::CertificateList,
        term_zh: "今年已享受的取证后职业培训补贴",
        term_en: "training subsidies after a certificate already received this year",
        yes_zh: "今年已享受的取证后职业培训补贴",
        yes_en: "Training subsidies after a certificate received this year",
        no_zh: "今年已享受的取证后职业培训补贴",
        no_en: "Training subsidies after a certificate received this year",
        ask_zh: "您今年已享受过几次取证后职业培训补贴",
        ask_en: "how many training subsidies after a certificate you have had this year",
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
        ask_zh: "您打算考取哪个职业、哪个等级的证书",
        ask_en: "which occupation and level of certificate you plan to obtain",
        sensitive: false,
    },
    yes_no!(
        TechnicalSchoolStudent,
        "technical_school_student",
        "接受技工教育的学生",
        "student in technical education",
        "您正在技工学校、技师学院、中专或职高读书",
        "You are studying at a technical or vocational school",
        "您没有在技工学校、技师学院、中专或职高读书",
        "You are not studying at a technical or vocational school",
        "您是不是正在技工学校、技师学院、中专或职高读书",
        "whether you are studying at a technical or vocational school",
        false
    ),
    yes_no!(
        ChildInTechnicalSchool,
        "child_in_technical_school",
        "子女接受技工教育",
        "a child in technical education",
        "您有子女正在技工学校、技师学院读书",
        "A child of yours is studying at a technical school",
        "您没有子女在技工学校、技师学院读书",
        "No child of yours is studying at a technical school",
        "您有没有子女正在技工学校、技师学院读书",
        "whether a child of yours is studying at a technical school",
        false
    ),
    yes_no!(
        WantsBusiness,
        "wants_business",
        "有创业愿望",
        "wanting to start a business",
        "您想自己创业",
        "You want to start a business",
        "您暂时不想创业",
        "You do not want to start a business",
        "您想不想自己创业",
        "whether you want to start a business",
        false
    ),
    yes_no!(
        Woman,
        "woman",
        "妇女",
        "a woman",
        "您是女性",
        "You are a woman",
        "您不是女性",
        "You are not a woman",
        "您是不是女性",
        "whether you are a woman",
        false
    ),
    yes_no!(
        RegisteredPoor,
        "registered_poor",
        "建档立卡贫困劳动力",
        "registered poor worker",
        "您是建档立卡贫困劳动力",
        "You are a registered poor worker",
        "您不是建档立卡贫困劳动力",
        "You are not a registered poor worker",
        "您是不是建档立卡贫困劳动力",
        "whether you are a registered poor worker",
        true
    ),
    yes_no!(
        PoorFamilyChild,
        "poor_family_child",
        "贫困家庭子女",
        "child of a registered poor household",
        "您是建档立卡贫困户家的子女",
        "You are a child of a registered poor household",
        "您不是建档立卡贫困户家的子女",
        "You are not a child of a registered poor household",
        "您是不是建档立卡贫困户家的子女",
        "whether you are a child of a registered poor household",
        true
    ),
    yes_no!(
        DibaoFamily,
        "dibao_family",
        "城市低保家庭",
        "household on the urban minimum living guarantee",
        "您家享受城市低保",
        "Your household receives the urban minimum living guarantee",
        "您家没有享受城市低保",
        "Your household does not receive the urban minimum living guarantee",
        "您家是否享受城市低保",
        "whether your household receives the urban minimum living guarantee",
        true
    ),
    yes_no!(
        ZeroEmploymentFamily,
        "zero_employment_family",
        "零就业家庭成员",
        "member of a zero-employment household",
        "您家已被认定为零就业家庭",
        "Your household is certified as a zero-employment household",
        "您家没有被认定为零就业家庭",
        "Your household is not certified as a zero-employment household",
        "您家是否已被认定为零就业家庭",
        "whether your household is certified as a zero-employment household",
        true
    ),
    yes_no!(
        EmploymentDifficulty,
        "employment_difficulty",
        "就业困难人员",
        "person certified as having difficulty finding work",
        "您已被认定为就业困难人员",
        "You are certified as having difficulty finding work",
        "您没有被认定为就业困难人员",
        "You are not certified as having difficulty finding work",
        "您是否已被认定为就业困难人员",
        "whether you are certified as having difficulty finding work",
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
        "您是不是残疾人",
        "whether you are a person with a disability",
        true
    ),
    yes_no!(
        JusticeInvolved,
        "justice_involved",
        "服刑人员、强制隔离戒毒人员、戒毒康复人员、社区矫正人员、刑满释放人员",
        "in or released from prison, compulsory drug rehabilitation or community correction",
        "您正在服刑、戒毒或社区矫正，或已刑满释放",
        "You are in or have left prison, drug rehabilitation or community correction",
        "您没有在服刑、戒毒或社区矫正，也不是刑满释放人员",
        "You are not in or released from prison, drug rehabilitation or community correction",
        "您是否正在服刑、戒毒或社区矫正，或已刑满释放",
        "whether you are in or have left prison, drug rehabilitation or community correction",
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

    /// Whether a person can change this answer by something they do: get a
    /// status certified, be hired by another kind of employer, enrol in a
    /// school, choose another field, occupation or level, decide to start a
    /// business. The rest are who a person is (a veteran, a woman, a school
    /// leaver, a household registration, a pension, a registered poor
    /// household); for those the results say whom a measure is for instead of
    /// "if you were …". Exhaustive, so a new fact must be decided here.
    pub fn actionable(self) -> bool {
        match self {
            Fact::EnterpriseEmployee
            | Fact::Apprentice
            | Fact::EmployerKind
            | Fact::Sector
            | Fact::PlannedCertificate
            | Fact::TechnicalSchoolStudent
            | Fact::WantsBusiness
            | Fact::EmploymentDifficulty => true,
            Fact::WulongTie
            | Fact::UnemploymentInsured
            | Fact::SchoolLeaver
            | Fact::Hukou
            | Fact::CollegeGraduate
            | Fact::RuralMigrant
            | Fact::Unemployed
            | Fact::JobTransfer
            | Fact::Veteran
            | Fact::OvercapacityLaidOff
            | Fact::MonthlyPension
            | Fact::CertificatesThisYear
            | Fact::ChildInTechnicalSchool
            | Fact::Woman
            | Fact::ZeroEmploymentFamily
            | Fact::RegisteredPoor
            | Fact::PoorFamilyChild
            | Fact::DibaoFamily
            | Fact::Disabled
            | Fact::JusticeInvolved => false,
        }
    }

    /// What a person can do to make a yes/no fact true, as the start of a
    /// sentence: "如果您申请并经区人力社保局认定为就业困难人员". `None` for a
    /// fact that is not [`Fact::actionable`] or is not yes/no.
    pub fn action(self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            Fact::EnterpriseEmployee => (
                "如果您到企业工作、签订劳动合同",
                "If you took a job with an enterprise, under a labour contract",
            ),
            Fact::Apprentice => (
                "如果您的企业让您参加企业新型学徒制",
                "If your enterprise enrolled you as a new-style apprentice",
            ),
            Fact::TechnicalSchoolStudent => (
                "如果您到技工学校、技师学院、中专或职高读书",
                "If you enrolled at a technical or vocational school",
            ),
            Fact::WantsBusiness => (
                "如果您打算自己创业",
                "If you decided to start a business",
            ),
            Fact::EmploymentDifficulty => (
                "如果您向区人力社保局申请、被认定为就业困难人员",
                "If the District Human Resources and Social Security Bureau certified you as having difficulty finding work",
            ),
            _ => return None,
        })
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
