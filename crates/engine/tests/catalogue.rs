//! The institution catalogue: the sample, the format round trip, validation of
//! good, partly bad and wholly bad files, CSV import, and matching people to
//! institutions (a table of cases named as sentences).

use skillcheck_engine::catalogue::{
    self, Catalogue, CatalogueFile, Filter, Kind, CERTIFICATE_TYPES,
};
use skillcheck_engine::{evaluate, profile_json, Date, RulePack};

const SAMPLE: &str = include_str!("../../../catalogue/wulong-sample.json");

fn pack() -> &'static RulePack {
    let library = Box::leak(Box::new(
        skillcheck_engine::embedded().expect("valid packs"),
    ));
    &library.packs()[0]
}

fn sample() -> Catalogue {
    let loaded = catalogue::parse(SAMPLE, pack()).expect("the sample is usable");
    assert_eq!(loaded.problems, Vec::new(), "the sample has no problems");
    loaded.catalogue
}

fn without_lines(mut catalogue: Catalogue) -> Catalogue {
    for institution in &mut catalogue.institutions {
        institution.line = 0;
    }
    catalogue
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|line| line.contains(needle))
        .map_or(0, |index| index + 1)
}

#[test]
fn the_sample_is_labelled_as_sample_data_everywhere() {
    let catalogue = sample();
    assert!(catalogue.sample);
    assert!(catalogue.title.contains("示例数据，非官方目录"));
    assert!(catalogue.institutions.len() >= 12);
    for institution in &catalogue.institutions {
        assert!(
            institution.name_zh.starts_with("（示例）"),
            "{}",
            institution.name_zh
        );
        assert!(
            !institution.phone.chars().any(|c| c.is_ascii_digit()),
            "{} has a real-looking phone number",
            institution.id
        );
    }
}

#[test]
fn the_sample_covers_every_occupation_field_and_certificate_type() {
    let catalogue = sample();
    let projects: Vec<_> = catalogue
        .institutions
        .iter()
        .flat_map(|i| &i.projects)
        .collect();
    for occupation in pack().occupations.iter() {
        assert!(
            projects
                .iter()
                .any(|project| project.occupation == occupation.id),
            "no sample institution trains for {}",
            occupation.id
        );
    }
    for (certificate, id, _, _) in CERTIFICATE_TYPES {
        assert!(
            projects
                .iter()
                .any(|project| project.certificate == *certificate),
            "no {id}"
        );
    }
    for (kind, id, _, _) in catalogue::KINDS {
        assert!(
            catalogue.institutions.iter().any(|i| i.kind == *kind),
            "no {id}"
        );
    }
}

#[test]
fn every_occupation_field_the_plan_names_is_in_the_vocabulary() {
    for word in [
        "家政",
        "托幼",
        "养老",
        "保安",
        "电商",
        "汽修",
        "电工",
        "人工智能",
        "云计算",
        "大数据",
        "先进制造",
        "循环农业",
        "智慧农业",
        "智能建筑",
        "智慧城市",
    ] {
        let occupation = pack()
            .occupation_for_text(word)
            .unwrap_or_else(|| panic!("{word}"));
        assert!(
            !pack().occupation_leads(occupation).is_empty(),
            "{word} has no lead department"
        );
    }
    assert_eq!(
        pack().occupation_for_text("养老护理员").map(|o| &*o.id),
        Some("elderly_care")
    );
    assert_eq!(
        pack()
            .occupation_for_text("育婴员")
            .map(|o| pack().occupation_leads(o)),
        Some(vec!["区卫生健康委"])
    );
}

#[test]
fn a_catalogue_round_trips_through_its_format() {
    let catalogue = sample();
    let written = serde_json::to_string_pretty(&CatalogueFile::new(&catalogue))
        .expect("a catalogue serializes");
    let again = catalogue::parse(&written, pack()).expect("what we write, we read");
    assert_eq!(again.problems, Vec::new());
    assert_eq!(without_lines(again.catalogue), without_lines(catalogue));
}

#[test]
fn a_partly_bad_file_keeps_the_good_entries_and_lists_the_bad_with_lines() {
    let text = SAMPLE
        .replacen(
            "\"kind\": \"private_training\"",
            "\"kind\": \"night_school\"",
            1,
        )
        .replacen(
            "\"occupation\": \"security\"",
            "\"occupation\": \"astronaut\"",
            1,
        )
        .replacen("\"township\": \"白马镇\"", "\"township\": 7", 1);
    let loaded = catalogue::parse(&text, pack()).expect("still usable");
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(loaded.problems.len(), 3, "{messages:?}");
    assert!(
        messages[0].starts_with(&format!("{}: ", line_of(&text, "night_school"))),
        "{messages:?}"
    );
    assert!(
        messages[0].contains("\"kind\" must be one of"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with(&format!("{}: ", line_of(&text, "astronaut"))),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("not in the vocabulary"),
        "{messages:?}"
    );
    assert!(
        messages[2].starts_with(&format!("{}: ", line_of(&text, "\"township\": 7"))),
        "{messages:?}"
    );
    let ids: Vec<&str> = loaded
        .catalogue
        .institutions
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert!(
        !ids.contains(&"sample-care-training"),
        "the institution with a bad kind is left out"
    );
    assert!(
        !ids.contains(&"sample-safety-centre"),
        "the institution with a bad township is left out"
    );
    let security = loaded
        .catalogue
        .institutions
        .iter()
        .find(|i| i.id == "sample-security-school");
    assert_eq!(
        security.map(|i| i.projects.len()),
        Some(0),
        "only the bad project is left out"
    );
    assert_eq!(ids.len(), sample().institutions.len() - 2);
}

#[test]
fn text_that_hides_or_reorders_characters_or_runs_on_is_refused_with_its_line() {
    // A phone number written backwards behind U+202E would read as another number.
    let phone = SAMPLE
        .lines()
        .find(|line| line.contains("\"phone\""))
        .expect("a phone");
    let backwards = phone.replacen("\"phone\": \"", "\"phone\": \"\u{202E}", 1);
    let long_name = format!(
        "\"name_zh\": \"{}\"",
        "培".repeat(catalogue::MAX_TEXT_CHARS + 1)
    );
    let name = SAMPLE
        .lines()
        .find(|line| line.contains("\"name_zh\""))
        .expect("a name");
    let text = SAMPLE.replacen(phone, &backwards, 1).replacen(
        name.trim().trim_end_matches(','),
        &long_name,
        1,
    );
    let loaded = catalogue::parse(&text, pack()).expect("still usable");
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(loaded.problems.len(), 2, "{messages:?}");
    let with_line = |needle: &str, says: &str| {
        messages.iter().any(|message| {
            message.starts_with(&format!("{}: ", line_of(&text, needle))) && message.contains(says)
        })
    };
    assert!(with_line("\u{202E}", "U+202E"), "{messages:?}");
    assert!(
        with_line(
            &long_name,
            &format!("at most {}", catalogue::MAX_TEXT_CHARS)
        ),
        "{messages:?}"
    );
    // Both are in the first institution, which is left out; the rest stay.
    assert_eq!(
        loaded.catalogue.institutions.len(),
        sample().institutions.len() - 1
    );
    for institution in &loaded.catalogue.institutions {
        assert!(!institution.phone.contains('\u{202E}'));
    }
}

#[test]
fn an_entry_with_several_wrong_values_reports_every_one() {
    let text = SAMPLE
        .replacen(
            "\"kind\": \"private_training\"",
            "\"kind\": \"night_school\"",
            1,
        )
        .replacen("\"township\": \"凤山街道\"", "\"township\": 7", 1)
        .replacen("\"level\": \"junior\"", "\"level\": \"expert\"", 1)
        .replacen("\"subsidised\": true", "\"subsidised\": \"yes\"", 1);
    let loaded = catalogue::parse(&text, pack()).expect("still usable");
    let lines: Vec<usize> = loaded.problems.iter().map(|p| p.line).collect();
    for needle in [
        "night_school",
        "\"township\": 7",
        "\"expert\"",
        "\"subsidised\": \"yes\"",
    ] {
        assert!(
            lines.contains(&line_of(&text, needle)),
            "{needle} not reported: {:?}",
            loaded.problems
        );
    }
    // A header with two wrong values names both.
    let problems = catalogue::parse(
        "{\"format\": 1, \"title\": \"\",\n \"issuer\": \"i\", \"date\": \"2026-13-01\",\n \"source\": \"s\", \"sample\": \"no\", \"institutions\": []}",
        pack(),
    )
    .expect_err("refused");
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[0].starts_with("1: \"title\""), "{messages:?}");
    assert!(
        messages[1].contains("\"date\" must be a date"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("\"sample\" must be true or false"),
        "{messages:?}"
    );
}

#[test]
fn a_wholly_bad_file_is_refused_with_the_reason() {
    for (text, needle) in [
        ("{\"format\": 1,", "expected a key"),
        ("[1, 2]", "must be a JSON object"),
        ("{\"format\": 2}", "catalogue format 1; the file gives 2"),
        (
            &format!("{}{}", "[".repeat(50_000), "]".repeat(50_000)),
            "nest",
        ),
        ("{\"format\": 1, \"title\": \"t\"}", "needs \"issuer\""),
        (
            "{\"format\": 1, \"title\": \"t\", \"issuer\": \"i\", \"date\": \"2026-13-01\", \"source\": \"s\", \"sample\": false, \"institutions\": []}",
            "\"date\" must be a date",
        ),
        (
            "{\"format\": 1, \"title\": \"t\", \"issuer\": \"i\", \"date\": \"2026-01-01\", \"source\": \"s\", \"sample\": false,\n \"institutions\": [{\"id\": \"x\"}]}",
            "no institution in the file is usable",
        ),
    ] {
        let problems = catalogue::parse(text, pack()).expect_err("refused");
        assert!(problems.iter().any(|p| p.message.contains(needle)), "{text}: {problems:?}");
    }
}

const MATCH_CASES: &[(&str, &str, &str)] = &[
    (
        "an enterprise employee planning an electrician certificate is sent first to electrician training at that level",
        r#"{"wulong_tie": true, "enterprise_employee": true, "monthly_pension": false, "certificates_this_year": [], "planned_certificate": {"occupation": "电工", "level": "senior"}}"#,
        "sample-assessment-centre",
    ),
    (
        "a person planning an elderly-care certificate is sent to elderly-care training",
        r#"{"wulong_tie": true, "monthly_pension": false, "certificates_this_year": [], "planned_certificate": {"occupation": "养老护理员", "level": "junior"}}"#,
        "sample-care-training",
    ),
    (
        "a veteran with no plan is sent to the security school that serves veterans",
        r#"{"wulong_tie": true, "veteran": true, "monthly_pension": true, "wants_business": false, "enterprise_employee": false}"#,
        "sample-security-school",
    ),
    (
        "a rural migrant who wants a business is sent to the return-home start-up base",
        r#"{"wulong_tie": true, "rural_migrant": true, "wants_business": true, "monthly_pension": true}"#,
        "sample-business-incubator",
    ),
    (
        "a person in community correction is sent to the job-skills class for returning to society",
        r#"{"wulong_tie": true, "justice_involved": true, "poor_family_child": false, "monthly_pension": true, "wants_business": false, "enterprise_employee": false, "registered_poor": false, "school_leaver": false, "rural_migrant": false, "unemployed": false, "job_transfer": false, "veteran": false, "disabled": false}"#,
        "sample-reintegration-class",
    ),
];

/// The one helper for matching cases: the first institution for the person.
fn check_match(name: &str, profile_json: &str, expected_first: &str) {
    let catalogue = sample();
    let profile = profile_json::from_str(profile_json).expect("a valid profile");
    let date = Date::new(2020, 6, 1).expect("a date");
    let evaluation = evaluate(pack(), &profile, date);
    let found = catalogue::matches(&catalogue, pack(), &evaluation, &profile);
    assert_eq!(
        found.first().map(|m| m.institution.id.as_str()),
        Some(expected_first),
        "{name}"
    );
    assert!(found.iter().all(|m| !m.fits.is_empty()), "{name}");
}

#[test]
fn people_are_matched_to_the_institutions_that_fit_them() {
    for (name, profile, first) in MATCH_CASES {
        check_match(name, profile, first);
    }
}

#[test]
fn someone_with_no_tie_to_wulong_is_matched_to_nothing() {
    let profile = profile_json::from_str(r#"{"wulong_tie": false}"#).expect("valid");
    let date = Date::new(2020, 6, 1).expect("a date");
    let evaluation = evaluate(pack(), &profile, date);
    assert!(catalogue::matches(&sample(), pack(), &evaluation, &profile).is_empty());
}

#[test]
fn the_catalogue_filters_by_field_level_certificate_township_kind_and_words() {
    let catalogue = sample();
    let ids = |filter: Filter| -> Vec<String> {
        catalogue::filtered(&catalogue, pack(), &filter)
            .iter()
            .map(|i| i.id.clone())
            .collect()
    };
    let all = ids(Filter::default());
    assert_eq!(all.len(), catalogue.institutions.len());
    let electricians = ids(Filter {
        occupation: Some("electrician".into()),
        ..Filter::default()
    });
    assert_eq!(electricians.len(), 4);
    let senior_electricians = ids(Filter {
        occupation: Some("electrician".into()),
        level: Some(2),
        ..Filter::default()
    });
    assert_eq!(senior_electricians, ["sample-assessment-centre"]);
    let special = ids(Filter {
        certificate: Some(catalogue::CertificateType::SpecialOperations),
        ..Filter::default()
    });
    assert_eq!(special, ["sample-safety-centre"]);
    let baima = ids(Filter {
        township: Some("白马镇".into()),
        ..Filter::default()
    });
    assert_eq!(baima, ["sample-safety-centre"]);
    let assessment = ids(Filter {
        kind: Some(Kind::AssessmentBody),
        ..Filter::default()
    });
    assert_eq!(assessment, ["sample-assessment-centre"]);
    let by_alias = ids(Filter {
        search: "育婴员".into(),
        ..Filter::default()
    });
    assert_eq!(by_alias, ["sample-care-training"]);
    let by_name = ids(Filter {
        search: "保安".into(),
        ..Filter::default()
    });
    assert_eq!(by_name, ["sample-security-school"]);
    assert!(ids(Filter {
        search: "no such thing".into(),
        ..Filter::default()
    })
    .is_empty());
}
