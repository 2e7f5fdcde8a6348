//! What a person answered, including "not sure" and "prefer not to say",
//! and a compact, versioned text encoding of it for storage and share links.
//!
//! An answer of "not sure" or "prefer not to say" leaves the fact unknown in
//! the profile, but it is an answer: the interview does not ask it again.
//!
//! The code is `1~<rule pack id>~<entry>.<entry>…`, where an entry is a fact's
//! one-letter code (see [`fact_code`]; the table is append-only) followed by
//! `y` / `n` (yes, no), `u` (not sure), `x` (prefer not to say), a choice's
//! index in base 36, `L` and a comma-separated certificate list, or `C` and
//! one certificate. A certificate is `occupation*level-index`; in occupations,
//! ASCII other than letters and digits is written `%XX`. Every character of a
//! code is safe in a URL fragment except the occupations' own non-ASCII text,
//! which the app percent-encodes as a whole.
//!
//! A code comes from outside (a link, a QR code, storage), so what it may put
//! on the screen is limited: the rule-pack id is at most [`MAX_PACK_ID_CHARS`]
//! ASCII letters, digits, `-` and `_`; an occupation passes the same check as
//! in a JSON profile ([`crate::occupation::check`]: no control or
//! direction-changing characters, at most 40 characters); a list holds at most
//! [`MAX_CERTIFICATES`] certificates.

use std::fmt;

use crate::decide::Evaluation;
use crate::facts::{Fact, FactKind, FactSet, LEGACY_SECTOR_IDS, LEVEL_CHOICES};
use crate::occupation;
use crate::profile::{Certificate, Profile, Value};

/// One answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Given(Value),
    NotSure,
    PreferNotToSay,
}

/// Every answer given so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    answers: Vec<Option<Answer>>,
}

/// Why an answer does not fit its question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The value is not of the fact's kind.
    WrongKind(Fact),
    /// "Prefer not to say" is only offered for sensitive questions.
    NotSensitive(Fact),
}

impl Answers {
    pub fn new() -> Answers {
        Answers {
            answers: vec![None; Fact::ALL.len()],
        }
    }

    pub fn get(&self, fact: Fact) -> Option<&Answer> {
        self.answers.get(fact as usize).and_then(Option::as_ref)
    }

    pub fn is_answered(&self, fact: Fact) -> bool {
        self.get(fact).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.answers.iter().all(Option::is_none)
    }

    /// Records an answer, replacing any earlier one.
    pub fn set(&mut self, fact: Fact, answer: Answer) -> Result<(), AnswerError> {
        match &answer {
            Answer::Given(value) => {
                let mut probe = Profile::new();
                probe
                    .set(fact, Some(value.clone()))
                    .map_err(|_| AnswerError::WrongKind(fact))?;
            }
            Answer::PreferNotToSay if !fact.info().sensitive => {
                return Err(AnswerError::NotSensitive(fact))
            }
            _ => {}
        }
        if self.answers.len() < Fact::ALL.len() {
            self.answers.resize(Fact::ALL.len(), None);
        }
        if let Some(slot) = self.answers.get_mut(fact as usize) {
            *slot = Some(answer);
        }
        Ok(())
    }

    pub fn clear(&mut self, fact: Fact) {
        if let Some(slot) = self.answers.get_mut(fact as usize) {
            *slot = None;
        }
    }

    /// The answered facts, in asking order.
    pub fn answered(&self) -> impl Iterator<Item = (Fact, &Answer)> {
        Fact::ALL
            .into_iter()
            .filter_map(|fact| self.get(fact).map(|answer| (fact, answer)))
    }

    /// The facts answered "prefer not to say".
    pub fn declined(&self) -> FactSet {
        let mut set = FactSet::EMPTY;
        for (fact, answer) in self.answered() {
            if *answer == Answer::PreferNotToSay {
                set.insert(fact);
            }
        }
        set
    }

    /// The profile the answers give: "not sure" and "prefer not to say" stay unknown.
    pub fn profile(&self) -> Profile {
        let mut profile = Profile::new();
        for (fact, answer) in self.answered() {
            if let Answer::Given(value) = answer {
                // `set` only stores values that fit, so this cannot fail here.
                let _ = profile.set(fact, Some(value.clone()));
            }
        }
        profile
    }

    /// The questions still worth asking: those the evaluation says could
    /// change an outcome and that have no answer yet, in asking order.
    pub fn open_questions(&self, evaluation: &Evaluation<'_>) -> Vec<Fact> {
        evaluation
            .next_questions
            .iter()
            .filter(|fact| !self.is_answered(*fact))
            .collect()
    }

    /// Writes the answers as a code naming the rule pack.
    pub fn encode(&self, pack_id: &str) -> String {
        let entries: Vec<String> = self
            .answered()
            .map(|(fact, answer)| {
                let mut entry = String::new();
                entry.push(fact_code(fact));
                match answer {
                    Answer::NotSure => entry.push('u'),
                    Answer::PreferNotToSay => entry.push('x'),
                    Answer::Given(Value::Bool(true)) => entry.push('y'),
                    Answer::Given(Value::Bool(false)) => entry.push('n'),
                    Answer::Given(Value::Choice(index)) => {
                        entry.push(char::from_digit(u32::from(*index), 36).unwrap_or('0'))
                    }
                    Answer::Given(Value::Certificates(list)) => {
                        entry.push('L');
                        let items: Vec<String> = list.iter().map(encode_certificate).collect();
                        entry.push_str(&items.join(","));
                    }
                    Answer::Given(Value::Certificate(certificate)) => {
                        entry.push('C');
                        entry.push_str(&encode_certificate(certificate));
                    }
                }
                entry
            })
            .collect();
        format!("{CODE_VERSION}~{pack_id}~{}", entries.join("."))
    }

    /// Reads a code back; every way it can be wrong is a [`CodeError`].
    pub fn decode(code: &str) -> Result<(String, Answers), CodeError> {
        let code = code.trim();
        if code.is_empty() {
            return Err(CodeError::Empty);
        }
        if code.len() > MAX_CODE_BYTES {
            return Err(CodeError::TooLong);
        }
        let mut parts = code.splitn(3, '~');
        let version = parts.next().unwrap_or("");
        if version != CODE_VERSION {
            return Err(CodeError::UnsupportedVersion(
                version.chars().take(8).collect(),
            ));
        }
        let pack_id = parts.next().unwrap_or("");
        if pack_id.len() > MAX_PACK_ID_CHARS {
            return Err(CodeError::PackIdTooLong);
        }
        if pack_id.is_empty()
            || !pack_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(CodeError::BadPackId);
        }
        let body = parts.next().ok_or(CodeError::BadPackId)?;
        let mut answers = Answers::new();
        let mut legacy_sector_seen = false;
        if body.is_empty() {
            return Ok((pack_id.to_string(), answers));
        }
        for entry in body.split('.') {
            let mut chars = entry.chars();
            let code_char = chars.next().ok_or(CodeError::BadEntry)?;
            let rest = chars.as_str();
            if code_char == LEGACY_SECTOR_CODE {
                if answers.is_answered(Fact::Sector) || legacy_sector_seen {
                    return Err(CodeError::Repeated(Fact::Sector));
                }
                legacy_sector_seen = true;
                let answer =
                    decode_legacy_sector(rest).map_err(|()| CodeError::BadValue(Fact::Sector))?;
                if let Some(answer) = answer {
                    answers
                        .set(Fact::Sector, answer)
                        .map_err(|_| CodeError::BadValue(Fact::Sector))?;
                }
                continue;
            }
            let fact = fact_from_code(code_char).ok_or(CodeError::UnknownFact(code_char))?;
            if answers.is_answered(fact) || (fact == Fact::Sector && legacy_sector_seen) {
                return Err(CodeError::Repeated(fact));
            }
            let answer = decode_answer(fact, rest).ok_or(CodeError::BadValue(fact))?;
            answers
                .set(fact, answer)
                .map_err(|_| CodeError::BadValue(fact))?;
        }
        Ok((pack_id.to_string(), answers))
    }
}

/// The code format's version.
pub const CODE_VERSION: &str = "1";

/// Codes longer than this are refused before parsing.
pub const MAX_CODE_BYTES: usize = 8192;

/// The longest rule-pack id a code may name (ASCII letters, digits, `-`, `_`).
pub const MAX_PACK_ID_CHARS: usize = 64;

/// The most certificates a code's list may hold (three a year is the rule).
pub const MAX_CERTIFICATES: usize = 20;

/// Why a code cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    TooLong,
    UnsupportedVersion(String),
    BadPackId,
    /// The rule-pack id is longer than [`MAX_PACK_ID_CHARS`].
    PackIdTooLong,
    BadEntry,
    UnknownFact(char),
    Repeated(Fact),
    BadValue(Fact),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => write!(f, "the code is empty"),
            CodeError::TooLong => write!(f, "the code is too long"),
            CodeError::UnsupportedVersion(version) => {
                write!(
                    f,
                    "the code has version `{version}`; this app reads version {CODE_VERSION}"
                )
            }
            CodeError::BadPackId => write!(f, "the code does not name a rule pack"),
            CodeError::PackIdTooLong => write!(
                f,
                "the code names a rule pack with an id longer than {MAX_PACK_ID_CHARS} characters"
            ),
            CodeError::BadEntry => write!(f, "the code has an empty entry"),
            CodeError::UnknownFact(code) => write!(f, "the code has an unknown question `{code}`"),
            CodeError::Repeated(fact) => write!(f, "the code answers `{fact}` twice"),
            CodeError::BadValue(fact) => write!(f, "the code has an unreadable answer to `{fact}`"),
        }
    }
}

/// The one-letter code of each fact in answer codes. Append-only: a code once
/// given is never reused, so old links keep their meaning.
pub fn fact_code(fact: Fact) -> char {
    match fact {
        Fact::WulongTie => 'a',
        Fact::EnterpriseEmployee => 'b',
        Fact::Apprentice => 'c',
        Fact::EmployerKind => 'd',
        // `e` numbered the sector choices before the field question was
        // rewritten; it is still read ([`LEGACY_SECTOR_CODE`]).
        Fact::Sector => 'C',
        Fact::UnemploymentInsured => 'f',
        Fact::SchoolLeaver => 'g',
        Fact::Hukou => 'h',
        Fact::CollegeGraduate => 'i',
        Fact::RuralMigrant => 'j',
        Fact::Unemployed => 'k',
        Fact::JobTransfer => 'l',
        Fact::Veteran => 'm',
        Fact::OvercapacityLaidOff => 'n',
        Fact::MonthlyPension => 'o',
        Fact::CertificatesThisYear => 'p',
        Fact::PlannedCertificate => 'q',
        Fact::TechnicalSchoolStudent => 'r',
        Fact::ChildInTechnicalSchool => 's',
        Fact::WantsBusiness => 't',
        Fact::Woman => 'u',
        Fact::RegisteredPoor => 'v',
        Fact::PoorFamilyChild => 'w',
        Fact::DibaoFamily => 'x',
        Fact::ZeroEmploymentFamily => 'y',
        Fact::EmploymentDifficulty => 'z',
        Fact::Disabled => 'A',
        Fact::JusticeInvolved => 'B',
    }
}

/// The sector's letter in codes made before the field question was rewritten:
/// its values are the old numbering, read through [`LEGACY_SECTOR_IDS`].
pub const LEGACY_SECTOR_CODE: char = 'e';

fn fact_from_code(code: char) -> Option<Fact> {
    Fact::ALL.into_iter().find(|fact| fact_code(*fact) == code)
}

/// An old sector answer in today's numbering: the nearest field of work, or
/// "not answered" (`None`) where the old value named no field, so the
/// question is asked again. An index that never existed is an error.
fn decode_legacy_sector(rest: &str) -> Result<Option<Answer>, ()> {
    match rest {
        "u" => return Ok(Some(Answer::NotSure)),
        "x" => return Err(()),
        _ => {}
    }
    let mut chars = rest.chars();
    let index = chars.next().and_then(|c| c.to_digit(36)).ok_or(())?;
    if chars.next().is_some() {
        return Err(());
    }
    let id = LEGACY_SECTOR_IDS.get(index as usize).ok_or(())?;
    Ok(id
        .and_then(|id| Fact::Sector.choice_index(id))
        .map(|index| Answer::Given(Value::Choice(index))))
}

fn encode_certificate(certificate: &Certificate) -> String {
    let mut text = String::new();
    for c in certificate.occupation.chars() {
        if c.is_ascii_alphanumeric() || !c.is_ascii() {
            text.push(c);
        } else {
            text.push_str(&format!("%{:02X}", c as u32));
        }
    }
    text.push('*');
    text.push(char::from_digit(u32::from(certificate.level), 36).unwrap_or('0'));
    text
}

fn decode_certificate(text: &str) -> Option<Certificate> {
    let (occupation, level) = text.rsplit_once('*')?;
    let mut level_chars = level.chars();
    let level = level_chars.next()?.to_digit(36)?;
    if level_chars.next().is_some() || level as usize >= LEVEL_CHOICES.len() {
        return None;
    }
    let mut decoded = String::new();
    let mut chars = occupation.chars();
    while let Some(c) = chars.next() {
        match c {
            '%' => {
                let hex: String = chars.by_ref().take(2).collect();
                let byte = u8::from_str_radix(&hex, 16)
                    .ok()
                    .filter(|byte| byte.is_ascii())?;
                decoded.push(char::from(byte));
            }
            c if c.is_ascii_alphanumeric() || !c.is_ascii() => decoded.push(c),
            _ => return None,
        }
    }
    // The same check as a JSON profile's occupation; and exactly as written, so
    // that a decoded code encodes back to itself.
    let checked = occupation::check(&decoded).ok()?;
    if checked.len() != decoded.len() {
        return None;
    }
    Some(Certificate {
        occupation: decoded,
        level: level as u8,
    })
}

fn decode_answer(fact: Fact, rest: &str) -> Option<Answer> {
    match (rest, fact.info().kind) {
        ("u", _) => Some(Answer::NotSure),
        ("x", _) => Some(Answer::PreferNotToSay),
        ("y", FactKind::Bool) => Some(Answer::Given(Value::Bool(true))),
        ("n", FactKind::Bool) => Some(Answer::Given(Value::Bool(false))),
        (_, FactKind::Choice(choices)) => {
            let mut chars = rest.chars();
            let index = chars.next()?.to_digit(36)?;
            (chars.next().is_none() && (index as usize) < choices.len())
                .then_some(Answer::Given(Value::Choice(index as u8)))
        }
        (_, FactKind::CertificateList) => {
            let list = rest.strip_prefix('L')?;
            if list.is_empty() {
                return Some(Answer::Given(Value::Certificates(Vec::new())));
            }
            if list.split(',').count() > MAX_CERTIFICATES {
                return None;
            }
            let certificates: Option<Vec<Certificate>> =
                list.split(',').map(decode_certificate).collect();
            certificates.map(|list| Answer::Given(Value::Certificates(list)))
        }
        (_, FactKind::Certificate) => {
            let certificate = decode_certificate(rest.strip_prefix('C')?)?;
            Some(Answer::Given(Value::Certificate(certificate)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sector_of(code: &str) -> Option<&'static str> {
        let (_, answers) = Answers::decode(code).expect("an old code still opens");
        match answers.get(Fact::Sector) {
            Some(Answer::Given(Value::Choice(index))) => match Fact::Sector.info().kind {
                FactKind::Choice(choices) => Some(choices[usize::from(*index)].id),
                _ => None,
            },
            _ => None,
        }
    }

    #[test]
    fn share_codes_made_before_the_field_question_was_rewritten_still_open() {
        // Made by the old code: wulong_tie yes, enterprise employee yes, sector by
        // its old index (0 国有企业, 1 工业企业, 2 商贸服务业, 3 农业, …, c 其他).
        let cases: &[(&str, Option<&str>)] = &[
            ("1~wulong-2019~ay.by.e0", None),
            ("1~wulong-2019~ay.by.e1", Some("manufacturing")),
            ("1~wulong-2019~ay.by.e2", Some("commerce_services")),
            ("1~wulong-2019~ay.by.e3", Some("agriculture")),
            ("1~wulong-2019~ay.by.e5", Some("transport")),
            ("1~wulong-2019~ay.by.eb", Some("new_industries")),
            ("1~wulong-2019~ay.by.ec", Some("other")),
        ];
        for (code, sector) in cases {
            assert_eq!(sector_of(code), *sector, "{code}");
        }
        let (_, answers) = Answers::decode("1~wulong-2019~ay.eu").expect("opens");
        assert_eq!(answers.get(Fact::Sector), Some(&Answer::NotSure));
        let (_, answers) = Answers::decode("1~wulong-2019~ay.by.e0").expect("opens");
        assert_eq!(
            answers.get(Fact::EnterpriseEmployee),
            Some(&Answer::Given(Value::Bool(true)))
        );
        assert!(
            !answers.is_answered(Fact::Sector),
            "国有企业 is asked again"
        );
    }

    #[test]
    fn an_old_sector_code_that_never_existed_is_refused_not_guessed() {
        for code in [
            "1~wulong-2019~ay.ed",
            "1~wulong-2019~ay.ez",
            "1~wulong-2019~ay.e",
            "1~wulong-2019~ay.e12",
            "1~wulong-2019~ay.ex",
            "1~wulong-2019~ay.e1.e2",
            "1~wulong-2019~ay.e1.C2",
            "1~wulong-2019~ay.C2.e1",
        ] {
            assert!(Answers::decode(code).is_err(), "{code}");
        }
    }

    #[test]
    fn a_new_sector_answer_is_written_under_its_new_letter() {
        let mut answers = Answers::new();
        let index = Fact::Sector
            .choice_index("tourism_hospitality")
            .expect("a field");
        answers
            .set(Fact::Sector, Answer::Given(Value::Choice(index)))
            .unwrap();
        let code = answers.encode("wulong-2019");
        assert_eq!(code, format!("1~wulong-2019~C{index}"));
        assert_eq!(sector_of(&code), Some("tourism_hospitality"));
    }

    fn check_round_trip(answers: &Answers) {
        let code = answers.encode("wulong-2019");
        assert_eq!(
            Answers::decode(&code),
            Ok(("wulong-2019".to_string(), answers.clone())),
            "{code}"
        );
    }

    #[test]
    fn every_kind_of_answer_round_trips() {
        let mut answers = Answers::new();
        answers
            .set(Fact::WulongTie, Answer::Given(Value::Bool(true)))
            .unwrap();
        answers
            .set(Fact::Hukou, Answer::Given(Value::Choice(1)))
            .unwrap();
        answers
            .set(Fact::Sector, Answer::Given(Value::Choice(12)))
            .unwrap();
        answers.set(Fact::Veteran, Answer::NotSure).unwrap();
        answers.set(Fact::Disabled, Answer::PreferNotToSay).unwrap();
        answers
            .set(
                Fact::CertificatesThisYear,
                Answer::Given(Value::Certificates(vec![
                    Certificate::new("电工", "junior").unwrap(),
                    Certificate::new("a.b~c,d*e%", "none").unwrap(),
                ])),
            )
            .unwrap();
        answers
            .set(
                Fact::PlannedCertificate,
                Answer::Given(Value::Certificate(
                    Certificate::new("育婴员", "senior").unwrap(),
                )),
            )
            .unwrap();
        check_round_trip(&answers);
        check_round_trip(&Answers::new());
        let code = answers.encode("wulong-2019");
        assert!(code.starts_with("1~wulong-2019~ay.Cc"), "{code}");
    }

    #[test]
    fn prefer_not_to_say_is_only_for_sensitive_questions() {
        let mut answers = Answers::new();
        assert_eq!(
            answers.set(Fact::Veteran, Answer::PreferNotToSay),
            Err(AnswerError::NotSensitive(Fact::Veteran))
        );
        assert_eq!(
            answers.set(Fact::Hukou, Answer::Given(Value::Bool(true))),
            Err(AnswerError::WrongKind(Fact::Hukou))
        );
        assert!(answers.is_empty());
    }

    #[test]
    fn not_sure_and_prefer_not_leave_the_fact_unknown() {
        let mut answers = Answers::new();
        answers.set(Fact::Veteran, Answer::NotSure).unwrap();
        answers.set(Fact::Disabled, Answer::PreferNotToSay).unwrap();
        assert_eq!(answers.profile(), Profile::new());
        assert_eq!(
            answers.declined().iter().collect::<Vec<_>>(),
            [Fact::Disabled]
        );
    }

    #[test]
    fn damaged_codes_are_errors_not_panics() {
        for (code, expected) in [
            ("", CodeError::Empty),
            (
                "2~wulong-2019~ay",
                CodeError::UnsupportedVersion("2".to_string()),
            ),
            ("1~~ay", CodeError::BadPackId),
            ("1~wulong 2019~ay", CodeError::BadPackId),
            ("1~wulong-2019", CodeError::BadPackId),
            ("1~wulong-2019~ay..by", CodeError::BadEntry),
            ("1~wulong-2019~!y", CodeError::UnknownFact('!')),
            ("1~wulong-2019~ay.an", CodeError::Repeated(Fact::WulongTie)),
            ("1~wulong-2019~h7", CodeError::BadValue(Fact::Hukou)),
            ("1~wulong-2019~mz", CodeError::BadValue(Fact::Veteran)),
            ("1~wulong-2019~mx", CodeError::BadValue(Fact::Veteran)),
            (
                "1~wulong-2019~pL电工*9",
                CodeError::BadValue(Fact::CertificatesThisYear),
            ),
            (
                "1~wulong-2019~pL电工",
                CodeError::BadValue(Fact::CertificatesThisYear),
            ),
            (
                "1~wulong-2019~qC%ZZ*0",
                CodeError::BadValue(Fact::PlannedCertificate),
            ),
            (
                "1~wulong-2019~qC*0",
                CodeError::BadValue(Fact::PlannedCertificate),
            ),
        ] {
            assert_eq!(
                Answers::decode(code).map(|(id, _)| id),
                Err(expected),
                "{code}"
            );
        }
        assert_eq!(Answers::decode(&"a".repeat(9000)), Err(CodeError::TooLong));
    }

    #[test]
    fn codes_cannot_put_hidden_or_long_text_on_the_screen() {
        // A rule-pack id of 65 characters, or of kilobytes, is refused before it can be shown.
        let long_id = format!("1~{}~ay", "w".repeat(65));
        assert_eq!(Answers::decode(&long_id), Err(CodeError::PackIdTooLong));
        let huge_id = format!("1~{}~ay", "w".repeat(8000));
        assert_eq!(Answers::decode(&huge_id), Err(CodeError::PackIdTooLong));
        assert!(Answers::decode(&format!("1~{}~ay", "w".repeat(64))).is_ok());
        // Direction-changing and control characters in an occupation are refused.
        for hidden in [
            '\u{202E}', '\u{2066}', '\u{200F}', '\u{0}', '\u{85}', '\u{1B}',
        ] {
            let code = format!("1~wulong-2019~qC电{hidden}工*0");
            assert_eq!(
                Answers::decode(&code).map(|(id, _)| id),
                Err(CodeError::BadValue(Fact::PlannedCertificate)),
                "U+{:04X}",
                hidden as u32
            );
            let code = format!("1~wulong-2019~pL电工*0,{hidden}*1");
            assert_eq!(
                Answers::decode(&code).map(|(id, _)| id),
                Err(CodeError::BadValue(Fact::CertificatesThisYear))
            );
        }
        // "请致电400…领取补贴" hidden behind a right-to-left override is refused.
        let crafted = "1~wulong-2019~qC\u{202E}贴补取领…004电致请*0";
        assert!(Answers::decode(crafted).is_err());
        // An occupation of at most 40 characters is read; 41 are refused.
        let ok = format!("1~wulong-2019~qC{}*0", "电".repeat(40));
        assert!(Answers::decode(&ok).is_ok());
        let long = format!("1~wulong-2019~qC{}*0", "电".repeat(41));
        assert_eq!(
            Answers::decode(&long).map(|(id, _)| id),
            Err(CodeError::BadValue(Fact::PlannedCertificate))
        );
        // A list of more than 20 certificates is refused.
        let many = format!("1~wulong-2019~pL{}", vec!["电工*0"; 21].join(","));
        assert_eq!(
            Answers::decode(&many).map(|(id, _)| id),
            Err(CodeError::BadValue(Fact::CertificatesThisYear))
        );
    }

    #[test]
    fn old_links_made_with_ordinary_answers_keep_decoding_exactly() {
        // Codes as the app wrote them before the limits: unchanged meaning.
        let (id, answers) =
            Answers::decode("1~wulong-2019~ay.bn.e2.gy.h0.ou.pL电工*0,焊工*1.qC养老护理员*0.vx.Ay")
                .expect("an old code");
        assert_eq!(id, "wulong-2019");
        assert_eq!(
            answers.get(Fact::WulongTie),
            Some(&Answer::Given(Value::Bool(true)))
        );
        // The old sector numbering: 2 was 商贸服务业, now at its own place in the list.
        assert_eq!(
            answers.get(Fact::Sector),
            Some(&Answer::Given(Value::Choice(
                Fact::Sector
                    .choice_index("commerce_services")
                    .expect("a field")
            )))
        );
        assert_eq!(answers.get(Fact::MonthlyPension), Some(&Answer::NotSure));
        assert_eq!(
            answers.get(Fact::RegisteredPoor),
            Some(&Answer::PreferNotToSay)
        );
        assert_eq!(
            answers.get(Fact::PlannedCertificate),
            Some(&Answer::Given(Value::Certificate(
                Certificate::new("养老护理员", "junior").expect("a level")
            )))
        );
        // The unemployment-insurance letter `f` still decodes, though nothing asks it now.
        let (_, answers) = Answers::decode("1~wulong-2019~fy").expect("an old code");
        assert_eq!(
            answers.get(Fact::UnemploymentInsured),
            Some(&Answer::Given(Value::Bool(true)))
        );
        assert_eq!(answers.encode("wulong-2019"), "1~wulong-2019~fy");
    }
}
