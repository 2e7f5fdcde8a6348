//! The questions of the interview as the app asks them: for each fact, the
//! question and a plain-language help sentence, in zh-CN and en. Copied from
//! the app's `src/locales/` (`q.<key>.title` and `q.<key>.help`) when the
//! package was written; a test checks that every fact has all four texts.

use skillcheck_engine::{Fact, Lang};

/// (fact, question zh, help zh, question en, help en).
const QUESTIONS: &[(Fact, &str, &str, &str, &str)] = &[
    (
        Fact::WulongTie,
        "武隆是不是您的户籍地、常住地或求职就业地？",
        "也就是说：您的户口在武隆，或者您住在武隆，或者您在武隆找工作、上班。满足其中一条就选“是”。方案规定，劳动者可以在户籍地、常住地或求职就业地参加培训。",
        "Is Wulong where you are registered, where you live, or where you look for or do work?",
        "That is: your household registration (hukou) is in Wulong, or you live in Wulong, or you look for work or work in Wulong. Any one of these is a \"yes\". The plan lets people train where they are registered, live or seek work.",
    ),
    (
        Fact::EnterpriseEmployee,
        "您现在是企业职工吗？",
        "在企业上班、与企业建立了劳动关系的人。在机关事业单位工作、或者自己做生意的，选“否”。",
        "Are you an employee of an enterprise?",
        "Someone employed by a company under a labour relationship. If you work for a government body or run your own business, answer \"No\".",
    ),
    (
        Fact::Apprentice,
        "您是企业新型学徒吗？",
        "企业与培训机构合作，以“企校双师带徒、工学交替”方式培养的在职学徒。如果不清楚企业是否为您办理了学徒培训，选“不确定”，并向企业询问。",
        "Are you an apprentice under the new enterprise apprenticeship (企业新型学徒)?",
        "An employee trained jointly by the company and a training institution, alternating work and study. If you do not know whether your employer enrolled you, choose \"Not sure\" and ask them.",
    ),
    (
        Fact::EmployerKind,
        "雇用您的是哪一类单位？",
        "“以工代训”补贴发给吸纳人员就业并在工作中开展培训的单位。扶贫车间是设在乡村、吸纳贫困劳动力就业的生产加工点。没有工作的，选“没有雇主”。",
        "What kind of employer hires you?",
        "The training-through-work (以工代训) subsidy goes to the employer that hires and trains people on the job. A poverty-alleviation workshop (扶贫车间) is a rural workshop set up to employ poor labourers. If you have no job, choose \"no employer\".",
    ),
    (
        Fact::Sector,
        "您从事或想从事哪个行业？",
        "用来告诉您该找哪个行业主管部门（方案附件1）。都不符合的选“其他”。",
        "Which field do you work in, or want to work in?",
        "This tells you which department leads training for your field (Annex 1 of the plan). If none fits, choose \"another field\".",
    ),
    (
        Fact::UnemploymentInsured,
        "您在参加失业保险吗？",
        "失业保险通常由单位和个人按月缴纳，可以在社保缴费记录中查到。企业职工的“参保职工技能提升补贴”要求参加失业保险。",
        "Do you pay into unemployment insurance?",
        "Usually paid monthly by you and your employer; it shows in your social-insurance record. The skills-upgrading subsidy for insured employees needs it.",
    ),
    (
        Fact::SchoolLeaver,
        "您是“两后生”吗？",
        "“两后生”是指初中或高中毕业后没有继续升学的青年，城市和农村的都算。",
        "Did you leave school after junior or senior high school without going on to further study (两后生)?",
        "两后生 means young people, urban or rural, who finished junior or senior high school and did not continue their studies.",
    ),
    (
        Fact::Hukou,
        "您的户籍是农村户籍还是城镇户籍？",
        "看户口簿上的户籍类型。“两后生”中的农村学员在培训期间可以领取生活费补贴。",
        "Is your household registration (hukou) rural or urban?",
        "See the registration type in your household register. Rural school leavers can receive a living-cost allowance during training.",
    ),
    (
        Fact::CollegeGraduate,
        "您是高校毕业生吗？",
        "大学、大专、高职等高等院校的毕业生。",
        "Are you a college or university graduate?",
        "A graduate of a university, college or higher vocational college.",
    ),
    (
        Fact::RuralMigrant,
        "您是农村转移就业劳动者吗？",
        "农村户籍、离开农业生产到城镇或非农行业务工的劳动者，也就是通常说的“农民工”。",
        "Are you a rural worker who has moved into non-farm work (农村转移就业劳动者)?",
        "Someone with a rural registration who left farming to work in towns or in other trades, often called a migrant worker (农民工).",
    ),
    (
        Fact::Unemployed,
        "您是下岗失业人员吗？",
        "失去工作、正在找工作的人，包括企业下岗职工和登记失业的人员。",
        "Are you laid off or unemployed (下岗失业人员)?",
        "Someone who has lost their job and is looking for work, including laid-off enterprise workers and registered unemployed people.",
    ),
    (
        Fact::JobTransfer,
        "您是转岗职工吗？",
        "因为企业调整、转型等原因，需要换到新岗位或新工种的职工。",
        "Are you an employee moving to a new post or trade (转岗职工)?",
        "An employee who has to move to a new job or trade because the company is restructuring or changing.",
    ),
    (
        Fact::Veteran,
        "您是退役军人吗？",
        "从中国人民解放军或中国人民武装警察部队退出现役的人员。",
        "Are you a veteran?",
        "Someone who has left active service in the People's Liberation Army or the People's Armed Police.",
    ),
    (
        Fact::OvercapacityLaidOff,
        "您是去产能失业人员吗？",
        "因为煤炭、钢铁等行业压减过剩产能、企业关停而失去工作的人员。",
        "Did you lose your job when industrial capacity was cut (去产能失业人员)?",
        "Someone who lost their job when coal, steel or other industries cut surplus capacity or closed plants.",
    ),
    (
        Fact::MonthlyPension,
        "您有按月领取养老金的资格吗？",
        "已经办理退休、按月领取基本养老金（退休金）的人选“是”。方案把“不具有按月领取养老金资格”的人纳入取证培训补贴的范围。",
        "Are you entitled to a monthly pension?",
        "Answer \"Yes\" if you have retired and receive a basic pension every month. The plan covers people without a right to a monthly pension for the certificate-based subsidy.",
    ),
    (
        Fact::CertificatesThisYear,
        "今年您享受过几次“取证后职业培训补贴”？",
        "参加培训并取得证书后领取的职业培训补贴。原则上每人每年不超过3次，同一职业同一等级不能重复享受。请逐次写下职业和等级。",
        "How many certificate-based training subsidies have you received this year?",
        "The training subsidy paid after you train and obtain a certificate. As a rule it is paid at most 3 times a person a year, and never twice for the same occupation at the same level. List each one with its occupation and level.",
    ),
    (
        Fact::PlannedCertificate,
        "您打算考取哪个职业、哪个等级的证书？",
        "用来判断是否与今年已享受补贴的证书重复（同一职业同一等级不能重复享受）。还没想好可以选“还没决定”。",
        "Which occupation and level of certificate do you plan to obtain?",
        "This shows whether it would repeat a certificate already subsidised this year (the same occupation at the same level cannot be subsidised twice). If you have not decided, choose \"Not decided yet\".",
    ),
    (
        Fact::TechnicalSchoolStudent,
        "您现在在技工学校读书吗？",
        "技工学校、高级技工学校、技师学院等技工院校的在校学生。",
        "Are you studying at a technical school now?",
        "A student at a technical school, senior technical school or technician college (技工院校).",
    ),
    (
        Fact::ChildInTechnicalSchool,
        "您有子女正在技工学校读书吗？",
        "对子女接受技工教育的贫困家庭，按政策给予补助。",
        "Is a child of yours studying at a technical school?",
        "Poor families whose children are in technical education receive support under the policy.",
    ),
    (
        Fact::WantsBusiness,
        "您有创业的打算吗？",
        "想自己开店、办厂、办合作社或做其他生意。有创业愿望的人可以参加创业培训，并了解创业担保贷款等服务。",
        "Do you want to start a business?",
        "To open a shop, a workshop, a cooperative or another business. People who want to start one can take start-up training and learn about guaranteed start-up loans.",
    ),
    (
        Fact::Woman,
        "您是女性吗？",
        "区妇联牵头开展妇女职业技能培训（方案附件1第15项）。",
        "Are you a woman?",
        "The District Women's Federation leads skills training for women (Annex 1, row 15).",
    ),
    (
        Fact::RegisteredPoor,
        "您是建档立卡贫困劳动力吗？",
        "家庭被列入国家扶贫开发建档立卡、处于劳动年龄的家庭成员。2021年以后的文件多称为“脱贫人口”。不确定可以向村（社区）或区扶贫办询问。",
        "Are you a registered poor labourer (建档立卡贫困劳动力)?",
        "A working-age member of a household in the national poverty-alleviation register. Documents after 2021 call this group 脱贫人口. If unsure, ask your village or community, or the District Poverty Alleviation Office.",
    ),
    (
        Fact::PoorFamilyChild,
        "您是贫困家庭子女吗？",
        "来自建档立卡贫困家庭等困难家庭的子女。",
        "Are you the child of a poor family (贫困家庭子女)?",
        "A child of a registered poor household or of another household in hardship.",
    ),
    (
        Fact::DibaoFamily,
        "您家是城市低保家庭吗？",
        "享受城市居民最低生活保障（低保）的家庭。“两后生”中的城市低保家庭学员在培训期间可以领取生活费补贴。",
        "Does your household receive the urban minimum living guarantee (城市低保)?",
        "A household receiving the urban minimum living guarantee (低保). School leavers from such households can receive a living-cost allowance during training.",
    ),
    (
        Fact::ZeroEmploymentFamily,
        "您是零就业家庭成员吗？",
        "城镇家庭中，所有处于法定劳动年龄、有劳动能力的成员都没有工作，就是零就业家庭。",
        "Are you in a zero-employment household (零就业家庭)?",
        "An urban household in which no member of working age who can work has a job.",
    ),
    (
        Fact::EmploymentDifficulty,
        "您是经认定的就业困难人员吗？",
        "因身体、技能、家庭或失去土地等原因难以就业，或长期失业，并已经由人力社保部门认定为“就业困难人员”的人。只有已经办理认定的才选“是”；没办过的选“否”或“不确定”。",
        "Are you certified as a person with difficulty finding work (就业困难人员)?",
        "Someone who finds it hard to get work because of health, skills, family circumstances or loss of land, or who has been unemployed for a long time, and whom the human resources and social security department has certified. Answer \"Yes\" only if you hold that certification.",
    ),
    (
        Fact::Disabled,
        "您是残疾人吗？",
        "通常指持有《残疾人证》的人。区残联牵头开展残疾人职业技能培训。",
        "Are you a person with a disability?",
        "Usually someone who holds a disability certificate (残疾人证). The District Disabled Persons' Federation leads skills training for people with disabilities.",
    ),
    (
        Fact::JusticeInvolved,
        "您是否属于服刑、戒毒康复、社区矫正或刑满释放等人员？",
        "包括服刑人员、强制隔离戒毒人员、戒毒康复人员、社区矫正人员和刑满释放人员。区司法局牵头开展以顺利回归社会为目的的就业技能培训。",
        "Are you in prison, in drug rehabilitation or community correction, or released from prison?",
        "This includes people serving sentences, in compulsory or voluntary drug rehabilitation, under community correction, and people released after serving a sentence. The District Justice Bureau leads job-skills training to help people return to society.",
    ),
];

/// The question and its help sentence for one fact, in one language.
pub fn question(fact: Fact, lang: Lang) -> (&'static str, &'static str) {
    QUESTIONS
        .iter()
        .find(|row| row.0 == fact)
        .map_or(("", ""), |row| match lang {
            Lang::Zh => (row.1, row.2),
            Lang::En => (row.3, row.4),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_has_a_question_and_help_in_both_languages() {
        for fact in Fact::ALL {
            for lang in [Lang::Zh, Lang::En] {
                let (title, help) = question(fact, lang);
                assert!(!title.is_empty(), "{fact} has no question in {lang:?}");
                assert!(!help.is_empty(), "{fact} has no help in {lang:?}");
            }
        }
    }
}
