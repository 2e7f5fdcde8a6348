//! Properties that hold for every profile, checked on generated ones.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{Map, Value as Json};
use skillcheck_engine::expr::{Condition, Situation};
use skillcheck_engine::facts::FACT_COUNT;
use skillcheck_engine::{
    evaluate, profile_json, Answer, Answers, Certificate, Date, Fact, FactKind, Lang, Profile,
    RulePack, Status, Value,
};

fn pack() -> &'static RulePack {
    use std::sync::OnceLock;
    static LIBRARY: OnceLock<skillcheck_engine::Library> = OnceLock::new();
    let library = LIBRARY.get_or_init(|| skillcheck_engine::embedded().expect("valid packs"));
    &library.packs()[0]
}

fn day() -> Date {
    Date::new(2020, 6, 1).expect("a real date")
}

fn certificate() -> impl Strategy<Value = Certificate> {
    (
        prop::sample::select(vec![
            "电工",
            "焊工",
            "育婴员",
            "维修电工",
            "电工（初级）",
            "汽车维修工",
            "智能楼宇管理员",
        ]),
        prop::sample::select(vec!["junior", "intermediate", "none"]),
    )
        .prop_map(|(occupation, level)| Certificate::new(occupation, level).expect("valid level"))
}

/// A value that fits the fact.
fn value_for(fact: Fact) -> BoxedStrategy<Value> {
    match fact.info().kind {
        FactKind::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        FactKind::Choice(choices) => (0..choices.len() as u8).prop_map(Value::Choice).boxed(),
        FactKind::CertificateList => prop::collection::vec(certificate(), 0..4)
            .prop_map(Value::Certificates)
            .boxed(),
        FactKind::Certificate => certificate().prop_map(Value::Certificate).boxed(),
    }
}

/// A complete answer for every fact.
fn complete() -> impl Strategy<Value = Vec<Value>> {
    Fact::ALL
        .iter()
        .map(|fact| value_for(*fact))
        .collect::<Vec<_>>()
}

/// A complete answer set and a mask of which answers are known.
fn partial() -> impl Strategy<Value = (Vec<Value>, Vec<bool>)> {
    (
        complete(),
        prop::collection::vec(any::<bool>(), Fact::ALL.len()),
    )
}

fn profile_from(values: &[Value], known: &[bool]) -> Profile {
    let mut profile = Profile::new();
    for ((fact, value), is_known) in Fact::ALL.iter().zip(values).zip(known) {
        if *is_known {
            profile
                .set(*fact, Some(value.clone()))
                .expect("the strategy makes values of the right kind");
        }
    }
    profile
}

fn statuses(profile: &Profile) -> Vec<Status> {
    let evaluation = evaluate(pack(), profile, day());
    evaluation
        .benefits
        .iter()
        .map(|outcome| outcome.status)
        .chain(evaluation.programmes.iter().map(|outcome| outcome.status))
        .collect()
}

/// The readings of `maybe(...)` nodes an explanation shows: what keeps a decision at "confirm".
fn maybe_readings_shown<'a>(condition: &'a Condition, situation: &Situation<'_>) -> Vec<&'a str> {
    if pack().every_benefit_requires.decide(situation) == skillcheck_engine::Truth::No {
        return Vec::new();
    }
    let mut maybes: Vec<&str> = Vec::new();
    condition.walk(&mut |node| {
        if let Condition::Maybe { reading, .. } = node {
            maybes.push(reading);
        }
    });
    condition
        .readings_shown(situation)
        .into_iter()
        .filter(|reading| maybes.contains(reading))
        .collect()
}

fn arbitrary_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<f64>().prop_map(
            |number| serde_json::Number::from_f64(number).map_or(Json::Null, Json::Number)
        ),
        any::<i64>().prop_map(|number| Json::Number(number.into())),
        ".{0,12}".prop_map(Json::String),
        prop::sample::select(vec![
            "rural",
            "urban",
            "enterprise",
            "junior",
            "none",
            "电工"
        ])
        .prop_map(|text| Json::String(text.to_string())),
    ];
    let keys: Vec<String> = Fact::ALL
        .iter()
        .map(|fact| fact.key().to_string())
        .chain(["occupation", "level", "x"].map(String::from))
        .collect();
    leaf.prop_recursive(4, 48, 8, move |inner| {
        let keys = keys.clone();
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec((prop::sample::select(keys), inner), 0..8)
                .prop_map(|pairs| Json::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// A decided outcome never changes when unknown facts become known.
    #[test]
    fn a_decided_outcome_never_changes_when_an_unknown_fact_becomes_known(
        (values, known) in partial(),
        reveal in prop::collection::vec(any::<bool>(), Fact::ALL.len()),
    ) {
        let before = profile_from(&values, &known);
        let more_known: Vec<bool> = known.iter().zip(&reveal).map(|(a, b)| *a || *b).collect();
        let after = profile_from(&values, &more_known);
        for (old, new) in statuses(&before).into_iter().zip(statuses(&after)) {
            if old != Status::Unknown {
                prop_assert_eq!(old, new);
            }
        }
    }

    /// The interview may skip every fact not in `next_questions`: no answer to it changes anything.
    #[test]
    fn a_fact_that_is_not_asked_cannot_change_any_outcome(
        (values, known) in partial(),
        other in complete(),
    ) {
        let profile = profile_from(&values, &known);
        let evaluation = evaluate(pack(), &profile, day());
        let before = statuses(&profile);
        for (index, fact) in Fact::ALL.iter().enumerate() {
            if profile.is_known(*fact) || evaluation.next_questions.contains(*fact) {
                continue;
            }
            for value in [&values[index], &other[index]] {
                let mut answered = profile.clone();
                answered.set(*fact, Some(value.clone())).expect("right kind");
                prop_assert_eq!(&statuses(&answered), &before, "answering {} changed an outcome", fact);
            }
        }
    }

    /// An undecided outcome always names what would decide it (a fact to ask) or what the
    /// person is to confirm (a reading of the plan), so the interview can go on or end.
    #[test]
    fn an_undecided_outcome_always_names_a_missing_fact_or_a_reading_to_confirm((values, known) in partial()) {
        let profile = profile_from(&values, &known);
        let evaluation = evaluate(pack(), &profile, day());
        let situation = Situation::new(&profile, &pack().occupations);
        for outcome in &evaluation.benefits {
            let to_confirm = maybe_readings_shown(&outcome.benefit.condition, &situation);
            prop_assert_eq!(
                outcome.status == Status::Unknown,
                !outcome.missing.is_empty() || !to_confirm.is_empty()
            );
            for fact in outcome.missing.iter() {
                prop_assert!(!profile.is_known(fact));
            }
        }
        // With every fact known, what is left undecided is only ever "may get: confirm".
        let full = profile_from(&values, &[true; FACT_COUNT]);
        let evaluation = evaluate(pack(), &full, day());
        let situation = Situation::new(&full, &pack().occupations);
        prop_assert!(evaluation.next_questions.is_empty());
        for outcome in &evaluation.benefits {
            if outcome.status == Status::Unknown {
                prop_assert!(!maybe_readings_shown(&outcome.benefit.condition, &situation).is_empty());
            }
        }
        for outcome in &evaluation.programmes {
            if outcome.status == Status::Unknown {
                prop_assert!(!maybe_readings_shown(&outcome.programme.condition, &situation).is_empty());
            }
        }
    }

    /// Deciding in one pass gives the same truth and deciding facts as deciding twice.
    #[test]
    fn one_pass_decides_as_two((values, known) in partial()) {
        let profile = profile_from(&values, &known);
        let situation = Situation::new(&profile, &pack().occupations);
        let conditions = pack()
            .benefits
            .iter()
            .map(|benefit| &benefit.condition)
            .chain(pack().programmes.iter().map(|programme| &programme.condition));
        for condition in conditions {
            prop_assert_eq!(
                condition.decide_with_facts(&situation),
                (condition.decide(&situation), condition.deciding_facts(&situation))
            );
        }
    }

    /// Any JSON value at all is either a profile or an error; evaluation then never panics.
    #[test]
    fn evaluation_never_panics_on_any_json_value(json in arbitrary_json()) {
        if let Ok(profile) = profile_json::from_json(&json) {
            let evaluation = evaluate(pack(), &profile, day());
            for outcome in &evaluation.benefits {
                let _ = outcome.reasons(pack(), &profile);
                let _ = outcome.contacts(pack(), &profile);
                let _ = outcome.change_to_eligible(pack(), &profile);
            }
            for outcome in &evaluation.programmes {
                for reason in outcome.reasons(pack(), &profile) {
                    prop_assert!(!reason.text(Lang::Zh).is_empty());
                }
            }
            prop_assert_eq!(profile_json::from_json(&profile_json::to_json(&profile)).ok(), Some(profile));
        }
    }
}

/// Any answer set: each fact unanswered, answered, not sure, or (if sensitive) declined.
fn answers() -> impl Strategy<Value = Answers> {
    (complete(), prop::collection::vec(0u8..4, Fact::ALL.len())).prop_map(|(values, modes)| {
        let mut answers = Answers::new();
        for ((fact, value), mode) in Fact::ALL.iter().zip(values).zip(modes) {
            let answer = match mode {
                0 => continue,
                1 => Answer::NotSure,
                2 if fact.info().sensitive => Answer::PreferNotToSay,
                _ => Answer::Given(value),
            };
            answers.set(*fact, answer).expect("generated answers fit");
        }
        answers
    })
}

fn code_like() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "1~[a-z0-9-]{0,12}~[a-zA-Z0-9.~*,%LCuxyn电工]{0,40}",
        answers()
            .prop_flat_map(|answers| {
                let code = answers.encode("wulong-2019");
                let len = code.chars().count();
                (Just(code), 0..=len, 0..=len)
            })
            .prop_map(|(code, cut_start, cut_end)| {
                // A real code, damaged by cutting a piece out of it.
                let (from, to) = (cut_start.min(cut_end), cut_start.max(cut_end));
                code.chars()
                    .take(from)
                    .chain(code.chars().skip(to))
                    .collect()
            }),
    ]
}

/// Answers to try for a fact when looking for one that changes an outcome: every
/// yes/no and choice; for certificates, occupations the pack's conditions tell apart.
fn values_to_try(fact: Fact) -> Vec<Value> {
    let certificate =
        |occupation: &str| Certificate::new(occupation, "junior").expect("a valid level");
    let occupations = [
        "电工",
        "育婴员",
        "农艺工",
        "劳动关系协调员",
        "智能楼宇管理员",
        "焊工",
        "中式烹调师",
    ];
    match fact.info().kind {
        FactKind::Bool => vec![Value::Bool(true), Value::Bool(false)],
        FactKind::Choice(choices) => (0..choices.len() as u8).map(Value::Choice).collect(),
        FactKind::Certificate => occupations
            .iter()
            .map(|occupation| Value::Certificate(certificate(occupation)))
            .collect(),
        FactKind::CertificateList => vec![
            Value::Certificates(Vec::new()),
            Value::Certificates(vec![certificate("电工")]),
            Value::Certificates(["电工", "焊工", "育婴员"].map(certificate).to_vec()),
        ],
    }
}

/// Whether some answers to `unknown` (each fact one of its values to try), with
/// two different answers to `fact`, decide some outcome differently: whether
/// asking `fact` can change anything. Gives up (true) past `limit` profiles.
fn can_change(profile: &Profile, fact: Fact, unknown: &[Fact], limit: usize) -> bool {
    let domains: Vec<Vec<Value>> = unknown.iter().map(|f| values_to_try(*f)).collect();
    let mut index = vec![0usize; unknown.len()];
    let mut tried = 0;
    loop {
        let mut filled = profile.clone();
        for ((other, domain), at) in unknown.iter().zip(&domains).zip(&index) {
            filled
                .set(*other, Some(domain[*at].clone()))
                .expect("right kind");
        }
        let mut seen: Option<Vec<Status>> = None;
        for value in values_to_try(fact) {
            let mut answered = filled.clone();
            answered.set(fact, Some(value)).expect("right kind");
            let now = statuses(&answered);
            match &seen {
                Some(before) if *before != now => return true,
                Some(_) => {}
                None => seen = Some(now),
            }
            tried += 1;
        }
        if tried > limit {
            return true;
        }
        // The next combination of the other facts' answers.
        let mut position = 0;
        loop {
            let Some(at) = index.get_mut(position) else {
                return false;
            };
            *at += 1;
            if *at < domains[position].len() {
                break;
            }
            *at = 0;
            position += 1;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// The interview asks only what can still change an outcome: for every fact in
    /// `next_questions` some answers to the other open facts of the outcomes it is
    /// missing from, with two different answers to it, decide something differently.
    #[test]
    fn every_question_asked_can_change_some_outcome((values, known) in partial()) {
        let profile = profile_from(&values, &known);
        let evaluation = evaluate(pack(), &profile, day());
        let conditions: Vec<(&Condition, skillcheck_engine::FactSet)> = evaluation
            .benefits
            .iter()
            .map(|outcome| (&outcome.benefit.condition, outcome.missing))
            .chain(evaluation.programmes.iter().map(|outcome| (&outcome.programme.condition, outcome.missing)))
            .collect();
        for fact in evaluation.next_questions.iter() {
            let mut read = pack().every_benefit_requires.facts();
            for (condition, missing) in &conditions {
                if missing.contains(fact) {
                    read = read.union(condition.facts());
                }
            }
            let others: Vec<Fact> = read
                .iter()
                .filter(|other| *other != fact && !profile.is_known(*other))
                .collect();
            prop_assert!(
                can_change(&profile, fact, &others, 200_000),
                "{} is asked but no answer to it can change an outcome (known: {:?})",
                fact,
                Fact::ALL.iter().filter(|f| profile.is_known(**f)).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn a_technical_school_student_is_not_asked_about_a_child_in_technical_school() {
    let profile =
        profile_json::from_str(r#"{"wulong_tie": true, "technical_school_student": true}"#)
            .expect("a profile");
    let asked = evaluate(pack(), &profile, day()).next_questions;
    assert!(!asked.contains(Fact::ChildInTechnicalSchool));
    assert!(asked.contains(Fact::RegisteredPoor));
}

#[test]
fn a_rural_migrant_is_not_asked_about_hukou_for_the_return_home_plan_alone() {
    let profile = profile_json::from_str(
        r#"{"wulong_tie": true, "school_leaver": false, "rural_migrant": true}"#,
    )
    .expect("a profile");
    let asked = evaluate(pack(), &profile, day()).next_questions;
    assert!(!asked.contains(Fact::Hukou));
    assert!(asked.contains(Fact::WantsBusiness));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn answers_round_trip_through_their_code(answers in answers()) {
        let code = answers.encode("wulong-2019");
        prop_assert_eq!(Answers::decode(&code), Ok(("wulong-2019".to_string(), answers)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, ..ProptestConfig::default() })]

    /// The decoder is fed 100,000 arbitrary and damaged codes: each is answers or an error.
    #[test]
    fn the_decoder_never_panics(code in code_like()) {
        if let Ok((_, answers)) = Answers::decode(&code) {
            let _ = answers.profile();
            prop_assert_eq!(Answers::decode(&answers.encode("p")).map(|(_, a)| a), Ok(answers));
        }
    }
}
