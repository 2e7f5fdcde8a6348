//! Every sentence the engine assembles, for a set of generated profiles, in
//! both languages, checked for the ways assembled sentences have gone wrong
//! before (issue 17, items 7 and 10): per-choice phrasing ("为没有雇主"),
//! "0次", a double negative after "not yet known", a second word for "not yet
//! known", and Chinese or full-width punctuation in English.

use skillcheck_engine::facts::{FactKind, FACTS};
use skillcheck_engine::words::english_problem;
use skillcheck_engine::{evaluate, Certificate, Date, Fact, Lang, Profile, RulePack};

fn pack() -> &'static RulePack {
    use std::sync::OnceLock;
    static LIBRARY: OnceLock<skillcheck_engine::Library> = OnceLock::new();
    let library = LIBRARY.get_or_init(|| skillcheck_engine::embedded().expect("valid packs"));
    library
        .for_date(Date::new(2020, 6, 1).expect("a date"))
        .expect("a pack in force")
}

fn certificates(count: usize) -> Vec<Certificate> {
    ["电工", "焊工", "育婴员", "保安员"]
        .iter()
        .take(count)
        .map(|occupation| Certificate::new(occupation, "junior").expect("a level"))
        .collect()
}

/// Every yes/no fact set to one value, the rest as given.
fn all_flags(mut profile: Profile, flag: bool) -> Profile {
    for info in FACTS {
        if info.kind == FactKind::Bool {
            profile = profile.with_flag(info.fact, flag);
        }
    }
    profile
}

/// The profiles: all unknown, all yes, all no, each choice value (alone, with
/// everything else yes, and with everything else no), certificates 0, 1, 3
/// and 4, and a planned repeat.
fn profiles() -> Vec<(String, Profile)> {
    let tie = || Profile::new().with_flag(Fact::WulongTie, true);
    let mut profiles = vec![
        ("all unknown".to_string(), Profile::new()),
        ("only the tie to Wulong".to_string(), tie()),
        ("all yes".to_string(), all_flags(Profile::new(), true)),
        (
            "all no but the tie".to_string(),
            all_flags(Profile::new(), false).with_flag(Fact::WulongTie, true),
        ),
        ("all no".to_string(), all_flags(Profile::new(), false)),
    ];
    for info in FACTS {
        if let FactKind::Choice(choices) = info.kind {
            for choice in choices {
                let name = format!("{} = {}", info.key, choice.id);
                profiles.push((name.clone(), tie().with_choice(info.fact, choice.id)));
                profiles.push((
                    format!("{name}, all yes"),
                    all_flags(Profile::new(), true).with_choice(info.fact, choice.id),
                ));
                profiles.push((
                    format!("{name}, all no"),
                    all_flags(Profile::new(), false)
                        .with_flag(Fact::WulongTie, true)
                        .with_choice(info.fact, choice.id),
                ));
            }
        }
    }
    for count in [0, 1, 3, 4] {
        for pension in [false, true] {
            profiles.push((
                format!("{count} certificates, pension {pension}"),
                tie()
                    .with_flag(Fact::MonthlyPension, pension)
                    .with_certificates_this_year(certificates(count)),
            ));
        }
    }
    profiles.push((
        "a planned repeat".to_string(),
        tie()
            .with_flag(Fact::MonthlyPension, false)
            .with_certificates_this_year(certificates(1))
            .with_planned_certificate(Certificate::new("维修电工", "junior").expect("a level")),
    ));
    profiles.push((
        "a planned new certificate".to_string(),
        tie()
            .with_flag(Fact::MonthlyPension, false)
            .with_certificates_this_year(certificates(1))
            .with_planned_certificate(Certificate::new("养老护理员", "senior").expect("a level")),
    ));
    profiles
}

/// Every sentence shown about a profile, with where it comes from.
fn sentences(profile: &Profile, lang: Lang) -> Vec<(String, String)> {
    let pack = pack();
    let date = Date::new(2020, 6, 1).expect("a date");
    let evaluation = evaluate(pack, profile, date);
    let mut out = Vec::new();
    for outcome in &evaluation.benefits {
        let id = &outcome.benefit.id;
        for reason in outcome.reasons(pack, profile) {
            out.push((format!("{id} reason"), reason.text(lang).to_string()));
        }
        if let Some(change) = outcome.change_to_eligible(pack, profile) {
            let text = match lang {
                Lang::Zh => change.zh,
                Lang::En => change.en,
            };
            out.push((format!("{id} change"), text));
        }
        for reading in outcome.readings(pack, profile) {
            out.push((
                format!("{id} confirm"),
                reading.confirm.get(lang).to_string(),
            ));
        }
        for contact in outcome.contacts(pack, profile) {
            out.push((
                format!("{id} contact"),
                pack.department_name(contact, lang).to_string(),
            ));
        }
    }
    for outcome in &evaluation.programmes {
        let id = &outcome.programme.id;
        for reason in outcome.reasons(pack, profile) {
            out.push((format!("{id} reason"), reason.text(lang).to_string()));
        }
        for reading in outcome.readings(pack, profile) {
            out.push((
                format!("{id} confirm"),
                reading.confirm.get(lang).to_string(),
            ));
        }
    }
    for contact in evaluation.contacts(profile) {
        out.push((
            "contacts".to_string(),
            pack.department_name(contact, lang).to_string(),
        ));
    }
    out
}

/// What a Chinese sentence must never say. Each pattern is one that has
/// reached a person before, or the other word for a thing that has one word.
const BAD_CHINESE: &[(&str, &str)] = &[
    (
        "为没有",
        "a choice value put after 为: 雇用您的单位为没有雇主",
    ),
    ("为其他", "a choice value put after 为: 为其他单位"),
    ("0次", "a count of nothing: 您今年已享受0次"),
    (
        "尚未确认",
        "the second word for not yet known (the one word is 尚不清楚)",
    ),
    (
        "还不确定",
        "the third word for not yet known (the one word is 尚不清楚)",
    ),
    (
        "尚不清楚您不",
        "a double negative: not yet known that you are not …",
    ),
    (
        "尚不清楚：您不",
        "a double negative: not yet known that you are not …",
    ),
    (
        "尚不清楚您没有",
        "a double negative: not yet known that you have not …",
    ),
    ("核查", "the other word for 自查"),
    ("取证培训补贴", "the other name of 取证后职业培训补贴"),
    ("为农村户籍", "a per-choice phrase: 您的户籍为农村户籍"),
];

/// What an English sentence must never say.
const BAD_ENGLISH: &[(&str, &str)] = &[
    (
        "is no employer",
        "per-choice phrasing: your employer is no employer",
    ),
    (
        "registration is rural household registration",
        "per-choice phrasing: registration is rural household registration",
    ),
    ("Not yet confirmed", "the second phrase for not yet known"),
    ("Not yet known: you are not", "a double negative"),
    ("Not yet known: you do not", "a double negative"),
    ("had 0 ", "a count of nothing"),
    ("labourer", "the word is worker: registered poor worker"),
    (
        "contact directly",
        "changes the meaning: ask the department directly",
    ),
];

/// Checks the sentences about one profile. The occupations a person typed
/// are their own words, in whatever script they wrote them: they are taken
/// out of an English sentence before it is checked.
fn check(
    profile_name: &str,
    profile: &Profile,
    lang: Lang,
    sentences: &[(String, String)],
    problems: &mut Vec<String>,
) {
    let mut typed: Vec<&str> = profile
        .certificates_this_year()
        .unwrap_or_default()
        .iter()
        .chain(profile.planned_certificate())
        .map(|certificate| certificate.occupation.as_str())
        .collect();
    // The longest first: 维修电工 before 电工.
    typed.sort_by_key(|occupation| std::cmp::Reverse(occupation.chars().count()));
    for (source, text) in sentences {
        let mut own_words_out = text.clone();
        for occupation in &typed {
            own_words_out = own_words_out.replace(occupation, "X");
        }
        let mut problem = |what: &str| {
            problems.push(format!("{profile_name} / {source}: {what}: {text}"));
        };
        if text.trim().is_empty() {
            problem("an empty sentence");
        }
        match lang {
            Lang::Zh => {
                for (pattern, why) in BAD_CHINESE {
                    if text.contains(pattern) {
                        problem(why);
                    }
                }
            }
            Lang::En => {
                for (pattern, why) in BAD_ENGLISH {
                    if text.contains(pattern) {
                        problem(why);
                    }
                }
                if let Some(why) = english_problem(&own_words_out) {
                    problem(&why);
                }
            }
        }
    }
}

#[test]
fn every_reason_change_confirm_and_contact_reads_as_a_person_would_say_it() {
    let mut problems = Vec::new();
    let mut count = 0;
    for (name, profile) in profiles() {
        for lang in [Lang::Zh, Lang::En] {
            let sentences = sentences(&profile, lang);
            count += sentences.len();
            check(&name, &profile, lang, &sentences, &mut problems);
        }
    }
    problems.sort();
    problems.dedup();
    if std::env::var_os("SENTENCES_DUMP").is_some() {
        for (name, profile) in profiles() {
            for lang in [Lang::Zh, Lang::En] {
                for (source, text) in sentences(&profile, lang) {
                    println!("{name} | {source} | {text}");
                }
            }
        }
    }
    assert!(
        count > 2000,
        "only {count} sentences: are the profiles generated?"
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn a_condition_already_met_is_never_also_asked_to_be_confirmed() {
    // An eligible benefit's reasons hold no open question: nothing it already
    // meets is asked again.
    let pack = pack();
    let date = Date::new(2020, 6, 1).expect("a date");
    let mut problems = Vec::new();
    for (name, profile) in profiles() {
        let evaluation = evaluate(pack, &profile, date);
        for outcome in &evaluation.benefits {
            if outcome.status != skillcheck_engine::Status::Eligible {
                continue;
            }
            for reason in outcome.reasons(pack, &profile) {
                if reason.zh.starts_with("尚不清楚") {
                    problems.push(format!("{name} / {}: {}", outcome.benefit.id, reason.zh));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_pack_and_the_facts_write_english_without_chinese_outside_a_marked_term() {
    let pack = pack();
    let mut texts: Vec<(String, &str)> = Vec::new();
    for info in FACTS {
        for (what, text) in [
            ("term", info.term_en),
            ("yes", info.yes_en),
            ("no", info.no_en),
            ("ask", info.ask_en),
        ] {
            texts.push((format!("fact {} {what}", info.key), text));
        }
        if let FactKind::Choice(choices) = info.kind {
            for choice in choices {
                texts.push((format!("choice {}.{}", info.key, choice.id), choice.en));
                texts.push((
                    format!("choice {}.{} said", info.key, choice.id),
                    choice.said_en,
                ));
            }
        }
    }
    for benefit in pack.benefits.iter() {
        let id = &benefit.id;
        texts.push((format!("{id} name"), &benefit.name.en));
        texts.push((format!("{id} payment"), &benefit.payment.en));
        texts.push((format!("{id} fixed"), &benefit.fixed.en));
        texts.push((format!("{id} for"), &benefit.for_whom.en));
        for item in benefit.confirm.iter().chain(benefit.bring.iter()) {
            texts.push((format!("{id} confirm/bring"), &item.en));
        }
    }
    for programme in pack.programmes.iter() {
        texts.push((format!("{} name", programme.id), &programme.name.en));
        texts.push((format!("{} summary", programme.id), &programme.summary.en));
    }
    for reading in pack.readings.iter() {
        texts.push((format!("reading {}", reading.id), &reading.confirm.en));
    }
    for occupation in pack.occupations.iter() {
        texts.push((format!("occupation {}", occupation.id), &occupation.name.en));
    }
    for row in pack.annex1.iter() {
        texts.push((format!("annex row {}", row.row), &row.task.en));
    }
    texts.push(("elsewhere".to_string(), &pack.elsewhere.en));
    texts.push(("title".to_string(), &pack.document.title.en));
    let problems: Vec<String> = texts
        .iter()
        .filter_map(|(what, text)| {
            english_problem(text).map(|why| format!("{what}: {why}: {text}"))
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
