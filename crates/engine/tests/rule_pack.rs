//! The rule pack as a document: faithful to the source, validated with lines,
//! chosen by date, and explaining its decisions.

use skillcheck_engine::pack::{self, Lang};
use skillcheck_engine::{evaluate, profile_json, Date, Fact, Library, LibraryError, Status};

const PACK_FILE: &str = "wulong-fubanfa-2019-98.toml";

fn pack_text() -> &'static str {
    skillcheck_engine::embedded_files()
        .iter()
        .find(|(name, _)| *name == PACK_FILE)
        .map(|(_, text)| *text)
        .expect("the 2019 pack is embedded")
}

fn source_text() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../rulepacks/sources/wulong-fubanfa-2019-98.txt"
    );
    std::fs::read_to_string(path).expect("the plan's full text is in rulepacks/sources/")
}

/// Removes layout: whitespace, and half-width punctuation the text extraction left behind.
fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ',' => '，',
            ':' => '：',
            ';' => '；',
            other => other,
        })
        .collect()
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("a valid date in the test")
}

/// Runs `skillcheck check` logic on a changed copy of the pack and returns "line: message" lines.
fn errors_after(replace: &str, with: &str) -> Vec<String> {
    let text = pack_text();
    assert!(
        text.contains(replace),
        "the pack no longer contains {replace:?}"
    );
    let changed = text.replacen(replace, with, 1);
    match pack::parse(&changed) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn line_of(needle: &str) -> usize {
    pack_text()
        .lines()
        .position(|line| line.contains(needle))
        .map(|index| index + 1)
        .expect("needle in the pack")
}

#[test]
fn the_2019_pack_records_the_document() {
    let pack = pack::parse(pack_text()).expect("valid");
    let document = &pack.document;
    assert_eq!(document.number, "武隆府办发〔2019〕98号");
    assert_eq!(document.issued, date("2019-12-10"));
    assert_eq!(document.effective, date("2019-12-10"));
    assert_eq!(document.period_start.year, 2019);
    assert_eq!(document.period_end, date("2021-12-31"));
    assert_eq!(document.issuer.zh, "重庆市武隆区人民政府办公室");
    assert_eq!(pack.annex1.len(), 26);
}

#[test]
fn every_quoted_clause_is_the_plans_own_text() {
    let source = normalise(&source_text());
    let pack = pack::parse(pack_text()).expect("valid");
    for clause in pack.clauses.iter() {
        assert!(
            source.contains(&normalise(&clause.text)),
            "clause {} is not quoted word for word",
            clause.id
        );
    }
}

#[test]
fn the_two_inconsistent_totals_are_both_kept() {
    let pack = pack::parse(pack_text()).expect("valid");
    assert_eq!(*pack.targets.body, [3900, 4800, 5800]);
    assert_eq!(pack.targets.body_total, 14500);
    assert_eq!(*pack.targets.annex_total, [4320, 4880, 5820]);
    // The annex total is the sum of its rows; the body's figures are not. Both stay as printed.
    for (year, total) in pack.targets.annex_total.iter().enumerate() {
        let sum: u32 = pack
            .annex1
            .iter()
            .filter_map(|row| row.targets.get(year))
            .sum();
        assert_eq!(sum, *total);
    }
    assert_ne!(pack.targets.body, pack.targets.annex_total);
}

#[test]
fn every_benefit_id_of_the_contract_is_in_the_pack() {
    let pack = pack::parse(pack_text()).expect("valid");
    let ids: Vec<&str> = pack.benefits.iter().map(|benefit| &*benefit.id).collect();
    assert_eq!(
        ids,
        [
            "free_training",
            "living_allowance",
            "certificate_subsidy",
            "graduate_training_subsidy",
            "employee_upskilling",
            "apprenticeship",
            "work_based_training",
            "project_training",
            "technical_school_aid",
            "entrepreneurship"
        ]
    );
    for benefit in pack.benefits.iter() {
        assert!(
            !benefit.confirm.is_empty(),
            "{} has nothing to confirm",
            benefit.id
        );
    }
}

#[test]
fn amounts_appear_only_where_the_plan_fixes_them() {
    let pack = pack::parse(pack_text()).expect("valid");
    for benefit in pack.benefits.iter() {
        let has_digits = benefit.fixed.zh.chars().any(|c| c.is_ascii_digit());
        let fixed_by_plan = [
            "certificate_subsidy",
            "apprenticeship",
            "work_based_training",
            "project_training",
        ];
        assert_eq!(
            has_digits,
            fixed_by_plan.contains(&&*benefit.id),
            "{}: {}",
            benefit.id,
            benefit.fixed.zh
        );
        if !has_digits {
            assert!(
                benefit.fixed.zh.contains("按规定") || benefit.fixed.zh.contains("未规定"),
                "{}",
                benefit.id
            );
        }
    }
}

#[test]
fn validation_errors_name_the_line_and_the_problem() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "name_en = \"Free vocational skills training\"",
            "nmae_en = \"Free vocational skills training\"",
            "nmae_en = ",
            "unknown field `nmae_en`",
        ),
        (
            "when = \"wants_business\"",
            "when = \"wants_bussiness\"",
            "when = \"wants_bussiness\"",
            "unknown fact `wants_bussiness`",
        ),
        (
            "when = \"college_graduate\"",
            "when = \"any(college_graduate\"",
            "when = \"any(college_graduate\"",
            "expected `,` or `)`",
        ),
        (
            "clauses = [\"二（二）\"]\nwhen = \"wants_business\"",
            "clauses = [\"二（九）\"]\nwhen = \"wants_business\"",
            "clauses = [\"二（九）\"]",
            "clause `二（九）` is not quoted",
        ),
        (
            "contacts = [\"区残联\"]",
            "contacts = [\"区残疾人联合会\"]",
            "contacts = [\"区残疾人联合会\"]",
            "department `区残疾人联合会` is not listed",
        ),
        (
            "format = 1",
            "format = 2",
            "format = 2",
            "rule-pack format 1; the file gives the number 2",
        ),
        (
            "id = \"entrepreneurship\"",
            "id = \"free_training\"",
            "id = \"free_training\"\nname_zh = \"创业",
            "benefit `free_training` is defined twice",
        ),
        (
            "recipient = \"employer\"",
            "recipient = \"boss\"",
            "recipient = \"boss\"",
            "expected one of `person`, `employer`, `institution`",
        ),
        (
            "sectors = [\"childcare\"]",
            "sectors = [\"nursery\"]",
            "sectors = [\"nursery\"]",
            "`nursery` is not a sector",
        ),
        (
            "issued = 2019-12-10",
            "issued = \"2019-12-10\"",
            "issued = \"2019-12-10\"",
            "a date YYYY-MM-DD",
        ),
        (
            "[[programme]]\nid = \"spring_tide\"",
            "[[programmes]]\nid = \"spring_tide\"",
            "[[programmes]]",
            "unknown field `programmes`",
        ),
        (
            "period_end = 2021-12-31",
            "period_end = 2018-12-31",
            "period_end = 2018-12-31",
            "before `period_start`",
        ),
    ];
    for (replace, with, line_needle, message) in cases {
        let errors = errors_after(replace, with);
        let text = pack_text().replacen(replace, with, 1);
        let line = text
            .find(line_needle)
            .map(|offset| text[..offset].matches('\n').count() + 1)
            .expect("the changed line is in the changed text");
        assert!(
            errors
                .iter()
                .any(|error| error.starts_with(&format!("{line}: ")) && error.contains(message)),
            "after {with:?} expected line {line} with {message:?}; got {errors:?}"
        );
    }
}

#[test]
fn a_missing_english_translation_is_reported_at_its_table() {
    let errors = errors_after(
        "name_en = \"Business start-up training and support services\"\n",
        "",
    );
    let table_line = line_of("id = \"entrepreneurship\"") - 1;
    assert!(
        errors
            .iter()
            .any(|error| error == &format!("{table_line}: missing field `name_en`")),
        "{errors:?}"
    );
}

#[test]
fn problems_of_meaning_are_all_reported_at_once() {
    let changed = pack_text()
        .replacen("when = \"wants_business\"", "when = \"wants_bussiness\"", 1)
        .replacen(
            "contacts = [\"区残联\"]",
            "contacts = [\"区残疾人联合会\"]",
            1,
        );
    let errors: Vec<String> = match pack::parse(&changed) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    };
    assert!(
        errors
            .iter()
            .any(|e| e.contains("unknown fact `wants_bussiness`")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("department `区残疾人联合会`")),
        "{errors:?}"
    );
}

#[test]
fn arrays_nested_fifty_thousand_deep_are_refused_with_a_line() {
    let deep = format!(
        "format = 1\nx = {}{}\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    let errors = pack::parse(&deep).expect_err("refused");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 2, "{errors:?}");
    assert!(errors[0].message.contains("nest too deeply"), "{errors:?}");
    // A condition nested fifty thousand deep is refused by the condition reader.
    let deep_when = pack_text().replacen(
        "when = \"wants_business\"",
        &format!(
            "when = \"{}wants_business{}\"",
            "any(".repeat(50_000),
            ")".repeat(50_000)
        ),
        1,
    );
    let errors: Vec<String> = pack::parse(&deep_when)
        .expect_err("refused")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("conditions may nest at most 32 deep")),
        "{errors:?}"
    );
}

#[test]
fn a_date_chooses_one_pack_and_says_whether_its_period_has_ended() {
    let library = skillcheck_engine::embedded().expect("valid");
    assert_eq!(
        library
            .for_date(date("2019-12-09"))
            .map(|pack| pack.id().to_string()),
        Err(LibraryError::NoPackFor(date("2019-12-09")))
    );
    let pack = library.for_date(date("2019-12-10")).expect("in force");
    assert_eq!(pack.id(), "wulong-2019");
    assert!(!pack.period_ended(date("2021-12-31")));
    assert!(pack.period_ended(date("2022-01-01")));
    let evaluation = evaluate(pack, &Default::default(), date("2026-11-25"));
    assert!(evaluation.period_ended());
}

#[test]
fn a_later_plan_is_added_as_a_file_and_chosen_by_date() {
    let first = pack::parse(pack_text()).expect("valid");
    let later_text = pack_text()
        .replacen("id = \"wulong-2019\"", "id = \"wulong-2022\"", 1)
        .replacen("effective = 2019-12-10", "effective = 2022-06-01", 1)
        .replacen("period_end = 2021-12-31", "period_end = 2025-12-31", 1);
    let later = pack::parse(&later_text).expect("the copy is valid");
    let library = Library::new(vec![later.clone(), first.clone()]).expect("two packs, two dates");
    assert_eq!(
        library.for_date(date("2021-03-01")).map(|p| p.id()),
        Ok("wulong-2019")
    );
    assert_eq!(
        library.for_date(date("2022-05-31")).map(|p| p.id()),
        Ok("wulong-2019")
    );
    assert_eq!(
        library.for_date(date("2022-06-01")).map(|p| p.id()),
        Ok("wulong-2022")
    );
    assert_eq!(
        library.by_id("wulong-2019").map(|p| p.id()),
        Ok("wulong-2019")
    );
    assert!(matches!(
        library.by_id("chongqing-2024"),
        Err(LibraryError::UnknownPack(_))
    ));
}

#[test]
fn packs_that_would_mix_are_refused() {
    let first = pack::parse(pack_text()).expect("valid");
    let same_id =
        pack::parse(&pack_text().replacen("effective = 2019-12-10", "effective = 2022-01-01", 1))
            .expect("valid copy");
    assert!(matches!(
        Library::new(vec![first.clone(), same_id]),
        Err(LibraryError::Conflict { .. })
    ));
    let same_date = pack::parse(&pack_text().replacen("id = \"wulong-2019\"", "id = \"other\"", 1))
        .expect("valid copy");
    assert!(matches!(
        Library::new(vec![first, same_date]),
        Err(LibraryError::Conflict { .. })
    ));
}

fn evaluate_json(
    json: &str,
) -> (
    skillcheck_engine::Profile,
    &'static skillcheck_engine::RulePack,
) {
    let library = Box::leak(Box::new(skillcheck_engine::embedded().expect("valid")));
    let pack = library.for_date(date("2020-06-01")).expect("in force");
    (profile_json::from_str(json).expect("valid profile"), pack)
}

#[test]
fn an_eligible_benefit_gives_the_conditions_met_as_sentences() {
    let (profile, pack) =
        evaluate_json(r#"{"wulong_tie": true, "school_leaver": true, "hukou": "rural"}"#);
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    let outcome = evaluation.benefit("living_allowance").expect("benefit");
    assert_eq!(outcome.status, Status::Eligible);
    let reasons: Vec<String> = outcome
        .reasons(pack, &profile)
        .iter()
        .map(|r| r.text(Lang::Zh).to_string())
        .collect();
    assert_eq!(
        reasons,
        // The tie to Wulong is true of every benefit, so it is not repeated on each.
        [
            "您是“两后生”（初中或高中毕业后没有继续上学）",
            "您是农村户口"
        ]
    );
}

#[test]
fn an_unknown_benefit_names_the_facts_that_would_decide_it() {
    let (profile, pack) = evaluate_json(
        r#"{"wulong_tie": true, "school_leaver": true, "hukou": "urban", "registered_poor": false, "employment_difficulty": false, "zero_employment_family": false}"#,
    );
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    let outcome = evaluation.benefit("living_allowance").expect("benefit");
    assert_eq!(outcome.status, Status::Unknown);
    // An urban 两后生 is "may get: confirm" (rural_trainee_by_residence) whatever else is
    // true, unless the household is on 低保: only that answer can still change it, so a
    // disability or justice involvement (二（二）'s 就业困难人员, also "confirm") is not asked.
    assert_eq!(
        outcome.missing.iter().collect::<Vec<_>>(),
        [Fact::DibaoFamily]
    );
    let english: Vec<String> = outcome
        .reasons(pack, &profile)
        .iter()
        .map(|r| r.text(Lang::En).to_string())
        .collect();
    assert!(
        english.contains(
            &"Not yet known: whether your household receives the urban minimum living guarantee"
                .to_string()
        ),
        "{english:?}"
    );

    // Not a 两后生: 二（二） counts disabled and justice-involved people among 就业困难人员,
    // so their answers decide between "confirm" and "no"; 低保 no longer matters.
    let (profile, pack) = evaluate_json(
        r#"{"wulong_tie": true, "school_leaver": false, "registered_poor": false, "employment_difficulty": false, "zero_employment_family": false}"#,
    );
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    let outcome = evaluation.benefit("living_allowance").expect("benefit");
    assert_eq!(outcome.status, Status::Unknown);
    assert_eq!(
        outcome.missing.iter().collect::<Vec<_>>(),
        [Fact::Disabled, Fact::JusticeInvolved]
    );
}

/// What the results offer for a not-eligible benefit: the fact to change
/// (`None`: whom it is for), whether the change alone is enough, and words
/// the sentence holds.
type Offered = Option<(Option<Fact>, bool, &'static str)>;

/// One not-eligible benefit and what the results offer.
fn check_change(profile: &str, benefit: &str, expected: Offered) {
    let (profile, pack) = evaluate_json(profile);
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    let outcome = evaluation.benefit(benefit).expect("benefit");
    let change = outcome.change_to_eligible(pack, &profile);
    match (change, expected) {
        (None, None) => {}
        (Some(change), Some((fact, certain, zh))) => {
            assert_eq!(change.fact, fact, "{benefit}: {}", change.zh);
            assert_eq!(change.certain, certain, "{benefit}: {}", change.zh);
            assert!(change.zh.contains(zh), "{benefit}: {}", change.zh);
        }
        (change, expected) => panic!("{benefit}: got {change:?}, expected {expected:?}"),
    }
}

#[test]
fn a_not_eligible_benefit_offers_only_a_change_a_person_can_make() {
    let cases: &[(&str, &str, Offered)] = &[
        // Nobody can become a school leaver or a registered poor worker: say whom it is for;
        // a certification is something a person can apply for.
        (
            r#"{"wulong_tie": true, "school_leaver": false, "hukou": "rural", "registered_poor": false, "employment_difficulty": false, "zero_employment_family": false, "disabled": false, "justice_involved": false}"#,
            "living_allowance",
            Some((Some(Fact::EmploymentDifficulty), true, "认定为就业困难人员")),
        ),
        // A pension cannot be given up to qualify: whom the subsidy is for.
        (
            r#"{"wulong_tie": true, "monthly_pension": true, "certificates_this_year": []}"#,
            "certificate_subsidy",
            Some((None, false, "不按月领取养老金的劳动者")),
        ),
        // Another occupation or level avoids a repeat.
        (
            r#"{"wulong_tie": true, "monthly_pension": false, "certificates_this_year": [{"occupation": "电工", "level": "junior"}], "planned_certificate": {"occupation": "电工", "level": "junior"}}"#,
            "certificate_subsidy",
            Some((Some(Fact::PlannedCertificate), true, "改考")),
        ),
        // Being hired by an enterprise is something a person can do.
        (
            r#"{"wulong_tie": true, "registered_poor": true, "employer_kind": "none"}"#,
            "work_based_training",
            Some((Some(Fact::EmployerKind), true, "如果雇用您的是企业")),
        ),
        // A veteran, a disability, a graduate: fixed groups, said as whom it is for.
        (
            r#"{"wulong_tie": true, "college_graduate": false}"#,
            "graduate_training_subsidy",
            Some((None, false, "只面向高校毕业生")),
        ),
        (
            r#"{"wulong_tie": true, "registered_poor": false, "overcapacity_laid_off": false, "veteran": false, "rural_migrant": false, "school_leaver": false, "unemployed": false, "employment_difficulty": false, "disabled": false, "justice_involved": false, "poor_family_child": false}"#,
            "project_training",
            Some((
                Some(Fact::EmploymentDifficulty),
                false,
                "认定为就业困难人员",
            )),
        ),
        (
            r#"{"wulong_tie": true, "poor_family_child": false, "registered_poor": false, "school_leaver": false, "rural_migrant": false, "unemployed": false, "job_transfer": false, "veteran": false, "disabled": false, "dibao_family": false}"#,
            "free_training",
            Some((None, false, "免费职业技能培训面向")),
        ),
        // Outside Wulong the plan does not apply; nothing is offered.
        (r#"{"wulong_tie": false}"#, "free_training", None),
    ];
    for (profile, benefit, expected) in cases {
        check_change(profile, benefit, *expected);
    }
}

#[test]
fn a_fourth_certificate_this_year_is_to_confirm_so_no_change_is_offered() {
    let (three, pack) = evaluate_json(
        r#"{"wulong_tie": true, "monthly_pension": false, "certificates_this_year": [{"occupation": "a", "level": "junior"}, {"occupation": "b", "level": "junior"}, {"occupation": "c", "level": "junior"}]}"#,
    );
    let evaluation = evaluate(pack, &three, date("2020-06-01"));
    let outcome = evaluation.benefit("certificate_subsidy").expect("benefit");
    // 原则上每人每年享受不超过3次: a fourth is "may get: confirm", so no change is offered.
    assert_eq!(outcome.status, Status::Unknown);
    assert_eq!(outcome.change_to_eligible(pack, &three), None);
}

#[test]
fn no_tie_to_wulong_decides_everything_and_asks_nothing_more() {
    let (profile, pack) = evaluate_json(r#"{"wulong_tie": false}"#);
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    assert!(evaluation
        .benefits
        .iter()
        .all(|outcome| outcome.status == Status::NotEligible));
    assert!(evaluation
        .programmes
        .iter()
        .all(|outcome| outcome.status == Status::NotEligible));
    assert!(evaluation.next_questions.is_empty());
    let outcome = evaluation.benefit("free_training").expect("benefit");
    let reasons = outcome.reasons(pack, &profile);
    assert_eq!(reasons.len(), 1);
    assert_eq!(reasons[0].zh, "武隆不是您的户籍地、常住地或求职就业地");
    assert!(pack.elsewhere.zh.contains("户籍地、常住地或求职就业地"));
}

#[test]
fn the_first_question_is_the_tie_to_wulong() {
    let (profile, pack) = evaluate_json("{}");
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    assert_eq!(evaluation.next_question(), Some(Fact::WulongTie));
}

#[test]
fn questions_that_cannot_change_anything_are_not_asked() {
    // A veteran who is not an enterprise employee: free training is decided, so the
    // other free-training groups only matter where another benefit still needs them.
    let (profile, pack) = evaluate_json(
        r#"{"wulong_tie": true, "veteran": true, "enterprise_employee": false, "apprentice": false, "wants_business": false, "monthly_pension": true, "sector": "other", "rural_migrant": false, "school_leaver": false, "woman": false, "technical_school_student": false, "child_in_technical_school": false, "employer_kind": "none"}"#,
    );
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    let asked: Vec<Fact> = evaluation.next_questions.iter().collect();
    assert!(!asked.contains(&Fact::Unemployed), "{asked:?}");
    assert!(!asked.contains(&Fact::Hukou), "{asked:?}");
    assert!(!asked.contains(&Fact::CertificatesThisYear), "{asked:?}");
    assert!(asked.contains(&Fact::RegisteredPoor), "{asked:?}");
}

#[test]
fn contacts_follow_the_persons_groups_and_sector_in_annex_1() {
    let (profile, pack) =
        evaluate_json(r#"{"wulong_tie": true, "veteran": true, "sector": "childcare"}"#);
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    assert_eq!(
        evaluation.contacts(&profile),
        ["区人力社保局", "区退役军人事务局", "区卫生健康委"]
    );
    let free = evaluation.benefit("free_training").expect("benefit");
    assert_eq!(
        free.contacts(pack, &profile),
        ["区人力社保局", "区退役军人事务局"]
    );
    assert_eq!(
        pack.department_name("区退役军人事务局", Lang::En),
        "District Veterans Affairs Bureau"
    );
}

#[test]
fn the_packs_built_into_the_engine_are_exactly_the_files_read_now() {
    let library = skillcheck_engine::embedded().expect("valid");
    let files = skillcheck_engine::embedded_files();
    assert_eq!(library.packs().len(), files.len());
    for (_, text) in files {
        let parsed = pack::parse(text).expect("valid");
        let built = library.by_id(parsed.id()).expect("built in");
        assert_eq!(built, &parsed);
    }
}

/// Runs `skillcheck check` logic on a pack with a change and returns the problems.
fn problems_after(replace: &str, with: &str) -> Vec<String> {
    errors_after(replace, with)
}

#[test]
fn readings_must_exist_be_used_and_quote_their_clause() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "maybe(youth_age, wants_business)",
            "maybe(youth_ages, wants_business)",
            "maybe(youth_ages, wants_business)",
            "reading `youth_ages` is not defined in any [[reading]]",
        ),
        (
            "readings = [\"repeat_in_any_year\"]",
            "readings = [\"repeat_in_every_year\"]",
            "readings = [\"repeat_in_every_year\"]",
            "reading `repeat_in_every_year` is not defined",
        ),
        (
            "quote = \"加强企业质量管理人员培训\"",
            "quote = \"加强企业质量管理人员的培训\"",
            "quote = \"加强企业质量管理人员的培训\"",
            "the quote of reading `quality_staff` is not in clause `二（一）`",
        ),
        (
            "when = \"maybe(quality_staff, enterprise_employee)\"",
            "when = \"enterprise_employee\"",
            "id = \"quality_staff\"",
            "reading `quality_staff` is used by no condition and no benefit",
        ),
        (
            "planned_occupation in [artificial_intelligence,",
            "planned_occupation in [robotics,",
            "planned_occupation in [robotics,",
            "`robotics` in planned_occupation is not an [[occupation]] id",
        ),
    ];
    for (replace, with, line_needle, message) in cases {
        let errors = problems_after(replace, with);
        let text = pack_text().replacen(replace, with, 1);
        let offset = text.find(line_needle).expect("the changed text");
        let mut line = text[..offset].matches('\n').count() + 1;
        // A multi-line condition is reported at the line of its `when`.
        if !errors.iter().any(|e| e.starts_with(&format!("{line}: "))) {
            line = text[..offset]
                .rfind("when = ")
                .map_or(line, |when| text[..when].matches('\n').count() + 1);
        }
        assert!(
            errors
                .iter()
                .any(|error| error.starts_with(&format!("{line}: ")) && error.contains(message)),
            "after {with:?} expected line {line} with {message:?}; got {errors:?}"
        );
    }
}

#[test]
fn every_reading_quotes_the_plan_and_is_listed_in_the_format_document() {
    let pack = pack::parse(pack_text()).expect("valid");
    let source = normalise(&source_text());
    let document = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/rule-pack-format.md"
    ))
    .expect("docs/rule-pack-format.md");
    assert!(
        pack.readings.len() >= 15,
        "{} readings",
        pack.readings.len()
    );
    for reading in pack.readings.iter() {
        assert!(
            source.contains(&normalise(&reading.quote)),
            "reading {}: the quote is not the plan's words",
            reading.id
        );
        assert!(
            document.contains(&format!("`{}`", reading.id)) && document.contains(&*reading.quote),
            "reading {} (with its quote) is not listed under Readings in docs/rule-pack-format.md",
            reading.id
        );
        assert!(
            !reading.confirm.zh.is_empty() && !reading.confirm.en.is_empty(),
            "reading {} says nothing to confirm",
            reading.id
        );
    }
}

#[test]
fn row_twelve_keeps_its_printed_lead_and_shows_the_one_name() {
    let pack = pack::parse(pack_text()).expect("valid");
    let row = pack
        .annex1
        .iter()
        .find(|row| row.row == 12)
        .expect("row 12");
    assert_eq!(*row.lead, ["区住房城乡建设委"]);
    assert_eq!(
        pack.department_name("区住房城乡建设委", Lang::Zh),
        "区住房城乡建委"
    );
    let (profile, built) = evaluate_json(r#"{"wulong_tie": true, "sector": "construction"}"#);
    let evaluation = evaluate(built, &profile, date("2020-06-01"));
    assert!(evaluation.contacts(&profile).contains(&"区住房城乡建委"));
    assert!(!evaluation.contacts(&profile).contains(&"区住房城乡建设委"));
}

#[test]
fn the_apprentice_question_is_not_asked_of_someone_who_is_not_an_enterprise_employee() {
    let (profile, pack) = evaluate_json(r#"{"wulong_tie": true, "enterprise_employee": false}"#);
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    assert!(!evaluation.next_questions.contains(Fact::Apprentice));
    let (employee, pack) = evaluate_json(r#"{"wulong_tie": true, "enterprise_employee": true}"#);
    let evaluation = evaluate(pack, &employee, date("2020-06-01"));
    assert!(evaluation.next_questions.contains(Fact::Apprentice));
}

#[test]
fn unemployment_insurance_decides_nothing_and_is_never_asked() {
    // 参保职工 and 参保企业 are conditions to confirm, not questions: the fact stays in the
    // contract (JSON key, share-code letter) only so that old links keep decoding.
    let pack = pack::parse(pack_text()).expect("valid");
    for benefit in pack.benefits.iter() {
        assert!(!benefit
            .condition
            .facts()
            .contains(Fact::UnemploymentInsured));
    }
    for programme in pack.programmes.iter() {
        assert!(!programme
            .condition
            .facts()
            .contains(Fact::UnemploymentInsured));
    }
    let (profile, built) = evaluate_json(r#"{"wulong_tie": true, "enterprise_employee": true}"#);
    let evaluation = evaluate(built, &profile, date("2020-06-01"));
    assert!(!evaluation
        .next_questions
        .contains(Fact::UnemploymentInsured));
    // The college graduate question decides the graduate training subsidy.
    assert!(evaluation.next_questions.contains(Fact::CollegeGraduate));
}

#[test]
fn an_open_decision_names_the_reading_and_what_to_confirm() {
    let (profile, pack) = evaluate_json(
        r#"{"wulong_tie": true, "disabled": true, "employment_difficulty": false, "registered_poor": false, "zero_employment_family": false, "school_leaver": false}"#,
    );
    let evaluation = evaluate(pack, &profile, date("2020-06-01"));
    let outcome = evaluation.benefit("living_allowance").expect("benefit");
    assert_eq!(outcome.status, Status::Unknown);
    assert!(outcome.missing.is_empty(), "nothing more to ask");
    let readings: Vec<&str> = outcome
        .readings(pack, &profile)
        .iter()
        .map(|reading| &*reading.id)
        .collect();
    assert_eq!(readings, ["listed_difficulty_groups"]);
    let reasons = outcome.reasons(pack, &profile);
    let confirm = reasons
        .iter()
        .find(|reason| reason.reading.is_some())
        .expect("a reason states the reading");
    assert!(confirm.zh.starts_with("需确认："), "{}", confirm.zh);
    assert!(confirm.en.starts_with("To confirm: "), "{}", confirm.en);
    assert_eq!(confirm.truth, skillcheck_engine::Truth::Unknown);
}

#[test]
fn what_to_bring_names_the_persons_own_groups_or_else_the_groups_the_benefit_is_for() {
    let bring = |json: &str, lang: Lang| {
        let (profile, pack) = evaluate_json(json);
        let evaluation = evaluate(pack, &profile, date("2020-06-01"));
        let outcome = evaluation.benefit("free_training").expect("benefit");
        outcome.bring(&outcome.reasons(pack, &profile), &profile, lang)
    };
    let school_leaver = r#"{"wulong_tie": true, "school_leaver": true, "veteran": true}"#;
    let zh = bring(school_leaver, Lang::Zh);
    assert_eq!(zh[0], "身份证件");
    assert!(
        zh[1].starts_with("能说明您是") && zh[1].contains("两后生") && zh[1].contains("、退役军人"),
        "{zh:?}"
    );
    let en = bring(school_leaver, Lang::En);
    assert!(
        en[1].starts_with("Papers that show you are: ") && en[1].contains("; "),
        "{en:?}"
    );
    // Nothing known yet: the groups the benefit is for, the last with "或" / "or".
    let unknown = bring(r#"{"wulong_tie": true}"#, Lang::Zh);
    assert!(
        unknown[1].contains("两后生") && unknown[1].contains("或"),
        "{unknown:?}"
    );
    for line in zh.iter().chain(&en).chain(&unknown) {
        assert!(!line.contains('{') && !line.contains("上述人群"), "{line}");
        assert!(
            !line.contains("武隆"),
            "the tie to Wulong is not a group: {line}"
        );
    }
}

#[test]
fn a_bring_line_holds_no_place_holder_but_groups_and_holds_it_in_both_languages() {
    let zh_line = line_of("bring_zh = [\"身份证件\", \"能说明您是{groups}的证明材料\"]");
    // Another place holder, and {groups} in one language only.
    let cases = [
        (
            "能说明您是{groups}的证明材料",
            "能说明您是{group}的证明材料",
            "place holder other than {groups}",
        ),
        (
            "\"Papers that show you are: {groups}\"",
            "\"Papers that show your groups\"",
            "must both hold {groups} or neither",
        ),
    ];
    for (find, replace, expected) in cases {
        let errors = errors_after(find, replace);
        assert!(
            errors.iter().any(|error| error.contains(expected)),
            "{expected}: {errors:?}"
        );
        // Reported at the benefit's table, above its bring lines.
        for error in &errors {
            let line: usize = error
                .split(':')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("a line");
            assert!(line <= zh_line, "{error} (bring_zh is at line {zh_line})");
        }
    }
}
