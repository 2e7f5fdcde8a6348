//! The decisions of the 2019 rule pack, as a table of cases named as sentences.
//!
//! Every case is a profile (the public JSON contract) and the status one
//! benefit or programme must get. [`check`] is the only code that calls the
//! engine; the table covers both sides of every condition, unknowns included.

use skillcheck_engine::{evaluate, profile_json, Date, Status};

use Status::{Eligible as YES, NotEligible as NO, Unknown as OPEN};

/// A Wulong resident: the tie every benefit needs, with the given facts added.
macro_rules! here {
    ($($rest:tt)*) => {
        concat!("{\"wulong_tie\": true", $($rest)*, "}")
    };
}

const CASES: &[(&str, &str, &str, Status)] = &[
    // --- The tie to Wulong (四（二）) ---
    ("someone with no tie to Wulong gets no free training even as a veteran", r#"{"wulong_tie": false, "veteran": true}"#, "free_training", NO),
    ("someone with no tie to Wulong gets no apprenticeship subsidy", r#"{"wulong_tie": false, "apprentice": true}"#, "apprenticeship", NO),
    ("someone with no tie to Wulong gets no start-up support", r#"{"wulong_tie": false, "wants_business": true}"#, "entrepreneurship", NO),
    ("a veteran whose tie to Wulong is not known may get free training", r#"{"veteran": true}"#, "free_training", OPEN),
    ("a person about whom nothing is known may get free training", "{}", "free_training", OPEN),
    // --- free_training (四（一）, 二（三）) ---
    ("a child of a poor family gets free training", here!(", \"poor_family_child\": true"), "free_training", YES),
    ("a registered poor labourer gets free training", here!(", \"registered_poor\": true"), "free_training", YES),
    ("a rural 两后生 gets free training", here!(", \"school_leaver\": true, \"hukou\": \"rural\""), "free_training", YES),
    ("an urban 两后生 gets free training too", here!(", \"school_leaver\": true, \"hukou\": \"urban\""), "free_training", YES),
    ("a rural migrant worker gets free training", here!(", \"rural_migrant\": true"), "free_training", YES),
    ("a laid-off worker gets free training", here!(", \"unemployed\": true"), "free_training", YES),
    ("a worker moving to a new post gets free training", here!(", \"job_transfer\": true"), "free_training", YES),
    ("a veteran gets free training", here!(", \"veteran\": true"), "free_training", YES),
    ("a person with a disability gets free training", here!(", \"disabled\": true"), "free_training", YES),
    ("a person in none of the eight groups gets no free training", here!(", \"poor_family_child\": false, \"registered_poor\": false, \"school_leaver\": false, \"rural_migrant\": false, \"unemployed\": false, \"job_transfer\": false, \"veteran\": false, \"disabled\": false"), "free_training", NO),
    ("a person in none of seven groups whose disability is unknown may get free training", here!(", \"poor_family_child\": false, \"registered_poor\": false, \"school_leaver\": false, \"rural_migrant\": false, \"unemployed\": false, \"job_transfer\": false, \"veteran\": false"), "free_training", OPEN),
    ("a college graduate alone is not in the free-training groups", here!(", \"college_graduate\": true, \"poor_family_child\": false, \"registered_poor\": false, \"school_leaver\": false, \"rural_migrant\": false, \"unemployed\": false, \"job_transfer\": false, \"veteran\": false, \"disabled\": false"), "free_training", NO),
    // --- living_allowance (四（一）, 二（三）) ---
    ("a rural 两后生 gets the living-cost subsidy", here!(", \"school_leaver\": true, \"hukou\": \"rural\""), "living_allowance", YES),
    ("an urban 两后生 from a dibao family gets the living-cost subsidy", here!(", \"school_leaver\": true, \"hukou\": \"urban\", \"dibao_family\": true"), "living_allowance", YES),
    ("an urban 两后生 not from a dibao family and in no other group gets no living-cost subsidy", here!(", \"school_leaver\": true, \"hukou\": \"urban\", \"dibao_family\": false, \"registered_poor\": false, \"employment_difficulty\": false, \"zero_employment_family\": false"), "living_allowance", NO),
    ("an urban 两后生 whose dibao status is unknown may get the living-cost subsidy", here!(", \"school_leaver\": true, \"hukou\": \"urban\", \"registered_poor\": false, \"employment_difficulty\": false, \"zero_employment_family\": false"), "living_allowance", OPEN),
    ("a 两后生 whose hukou is unknown may get the living-cost subsidy", here!(", \"school_leaver\": true, \"registered_poor\": false, \"employment_difficulty\": false, \"zero_employment_family\": false, \"dibao_family\": false"), "living_allowance", OPEN),
    ("a registered poor labourer gets the living-cost subsidy", here!(", \"registered_poor\": true"), "living_allowance", YES),
    ("a certified 就业困难人员 gets the living-cost subsidy", here!(", \"employment_difficulty\": true"), "living_allowance", YES),
    ("a member of a zero-employment family gets the living-cost subsidy", here!(", \"zero_employment_family\": true"), "living_allowance", YES),
    ("a rural person who is not a 两后生 and in no other group gets no living-cost subsidy", here!(", \"school_leaver\": false, \"hukou\": \"rural\", \"registered_poor\": false, \"employment_difficulty\": false, \"zero_employment_family\": false"), "living_allowance", NO),
    ("a veteran in none of the living-cost groups gets no living-cost subsidy", here!(", \"veteran\": true, \"school_leaver\": false, \"registered_poor\": false, \"employment_difficulty\": false, \"zero_employment_family\": false"), "living_allowance", NO),
    // --- certificate_subsidy (四（二）) ---
    ("a person without a pension and no certificate subsidy this year gets the certificate subsidy", here!(", \"monthly_pension\": false, \"certificates_this_year\": []"), "certificate_subsidy", YES),
    ("a pensioner gets no certificate subsidy", here!(", \"monthly_pension\": true, \"certificates_this_year\": []"), "certificate_subsidy", NO),
    ("a person whose pension right is unknown may get the certificate subsidy", here!(", \"certificates_this_year\": []"), "certificate_subsidy", OPEN),
    ("a person with two subsidies this year planning a third in another occupation gets it", here!(", \"monthly_pension\": false, \"certificates_this_year\": [{\"occupation\": \"电工\", \"level\": \"junior\"}, {\"occupation\": \"焊工\", \"level\": \"junior\"}], \"planned_certificate\": {\"occupation\": \"养老护理员\", \"level\": \"junior\"}"), "certificate_subsidy", YES),
    ("a person with three subsidies this year gets no fourth", here!(", \"monthly_pension\": false, \"certificates_this_year\": [{\"occupation\": \"电工\", \"level\": \"junior\"}, {\"occupation\": \"焊工\", \"level\": \"junior\"}, {\"occupation\": \"育婴员\", \"level\": \"none\"}]"), "certificate_subsidy", NO),
    ("a repeat of the same occupation at the same level is not subsidised", here!(", \"monthly_pension\": false, \"certificates_this_year\": [{\"occupation\": \"电工\", \"level\": \"junior\"}], \"planned_certificate\": {\"occupation\": \"电工\", \"level\": \"junior\"}"), "certificate_subsidy", NO),
    ("the same occupation at a higher level is subsidised", here!(", \"monthly_pension\": false, \"certificates_this_year\": [{\"occupation\": \"电工\", \"level\": \"junior\"}], \"planned_certificate\": {\"occupation\": \"电工\", \"level\": \"intermediate\"}"), "certificate_subsidy", YES),
    ("a person with one subsidy this year who has not said what they plan may get another", here!(", \"monthly_pension\": false, \"certificates_this_year\": [{\"occupation\": \"电工\", \"level\": \"junior\"}]"), "certificate_subsidy", OPEN),
    ("a person whose subsidies this year are unknown may get the certificate subsidy", here!(", \"monthly_pension\": false"), "certificate_subsidy", OPEN),
    ("a pensioner with unknown subsidies this year is already not eligible", here!(", \"monthly_pension\": true"), "certificate_subsidy", NO),
    // --- employee_upskilling (四（一）) ---
    ("an enterprise employee gets the employee training subsidy", here!(", \"enterprise_employee\": true"), "employee_upskilling", YES),
    ("someone who is not an enterprise employee gets no employee training subsidy", here!(", \"enterprise_employee\": false"), "employee_upskilling", NO),
    ("a person whose employment is unknown may get the employee training subsidy", here!(""), "employee_upskilling", OPEN),
    ("an uninsured enterprise employee still gets the employee training subsidy", here!(", \"enterprise_employee\": true, \"unemployment_insured\": false"), "employee_upskilling", YES),
    // --- apprenticeship (四（一）, 二（一）) ---
    ("an apprentice's enterprise gets the apprenticeship subsidy", here!(", \"apprentice\": true"), "apprenticeship", YES),
    ("someone who is not an apprentice brings no apprenticeship subsidy", here!(", \"apprentice\": false"), "apprenticeship", NO),
    ("someone whose apprenticeship is unknown may bring the apprenticeship subsidy", here!(""), "apprenticeship", OPEN),
    // --- work_based_training (四（一）) ---
    ("a registered poor labourer hired by a cooperative brings the 以工代训 subsidy", here!(", \"registered_poor\": true, \"employer_kind\": \"cooperative\""), "work_based_training", YES),
    ("a registered poor labourer hired by an enterprise brings the 以工代训 subsidy", here!(", \"registered_poor\": true, \"employer_kind\": \"enterprise\""), "work_based_training", YES),
    ("a registered poor labourer hired by a poverty workshop brings the 以工代训 subsidy", here!(", \"registered_poor\": true, \"employer_kind\": \"poverty_workshop\""), "work_based_training", YES),
    ("a registered poor labourer hired by another kind of employer brings no 以工代训 subsidy", here!(", \"registered_poor\": true, \"employer_kind\": \"other\""), "work_based_training", NO),
    ("a registered poor labourer with no employer brings no 以工代训 subsidy", here!(", \"registered_poor\": true, \"employer_kind\": \"none\""), "work_based_training", NO),
    ("a certified 就业困难人员 hired by an enterprise brings the 以工代训 subsidy", here!(", \"employment_difficulty\": true, \"employer_kind\": \"enterprise\""), "work_based_training", YES),
    ("a certified 就业困难人员 hired by a cooperative brings no 以工代训 subsidy", here!(", \"employment_difficulty\": true, \"registered_poor\": false, \"employer_kind\": \"cooperative\""), "work_based_training", NO),
    ("a zero-employment family member hired by an enterprise brings the 以工代训 subsidy", here!(", \"zero_employment_family\": true, \"employer_kind\": \"enterprise\""), "work_based_training", YES),
    ("an enterprise hire in none of the three groups brings no 以工代训 subsidy", here!(", \"employer_kind\": \"enterprise\", \"registered_poor\": false, \"employment_difficulty\": false, \"zero_employment_family\": false"), "work_based_training", NO),
    ("a registered poor labourer whose employer is unknown may bring the 以工代训 subsidy", here!(", \"registered_poor\": true"), "work_based_training", OPEN),
    ("a cooperative hire whose poverty registration is unknown may bring the 以工代训 subsidy", here!(", \"employer_kind\": \"cooperative\""), "work_based_training", OPEN),
    // --- project_training (四（二）) ---
    ("a registered poor labourer can join project-based training", here!(", \"registered_poor\": true"), "project_training", YES),
    ("a worker laid off by capacity cuts can join project-based training", here!(", \"overcapacity_laid_off\": true"), "project_training", YES),
    ("a veteran can join project-based training", here!(", \"veteran\": true"), "project_training", YES),
    ("a person in none of the three groups cannot join project-based training", here!(", \"registered_poor\": false, \"overcapacity_laid_off\": false, \"veteran\": false"), "project_training", NO),
    ("a person who prefers not to say about poverty may join project-based training", here!(", \"overcapacity_laid_off\": false, \"veteran\": false"), "project_training", OPEN),
    // --- technical_school_aid (二（三）) ---
    ("a technical-school student from a poor family gets the technical-school aid", here!(", \"technical_school_student\": true, \"poor_family_child\": true"), "technical_school_aid", YES),
    ("a technical-school student not from a poor family gets no technical-school aid", here!(", \"technical_school_student\": true, \"poor_family_child\": false, \"registered_poor\": false"), "technical_school_aid", NO),
    ("a registered poor parent of a technical-school student gets the family support", here!(", \"registered_poor\": true, \"child_in_technical_school\": true"), "technical_school_aid", YES),
    ("a registered poor parent with no child in technical school gets no family support", here!(", \"registered_poor\": true, \"child_in_technical_school\": false, \"technical_school_student\": false"), "technical_school_aid", NO),
    ("a child of a poor family who is not in technical school gets no technical-school aid", here!(", \"poor_family_child\": true, \"technical_school_student\": false, \"registered_poor\": false"), "technical_school_aid", NO),
    ("a poor family's child whose schooling is unknown may get technical-school aid", here!(", \"poor_family_child\": true, \"registered_poor\": false"), "technical_school_aid", OPEN),
    // --- entrepreneurship (二（二）) ---
    ("a person who wants to start a business gets start-up training and support", here!(", \"wants_business\": true"), "entrepreneurship", YES),
    ("a person who does not want to start a business is not offered start-up support", here!(", \"wants_business\": false"), "entrepreneurship", NO),
    ("a person whose plans are unknown may get start-up support", here!(""), "entrepreneurship", OPEN),
    // --- programmes (二（一）–二（四）, 五（三）, 附件1) ---
    ("a rural migrant worker is in the Spring Tide action", here!(", \"rural_migrant\": true"), "spring_tide", YES),
    ("a person who is not a rural migrant is not in the Spring Tide action", here!(", \"rural_migrant\": false"), "spring_tide", NO),
    ("a rural migrant who wants a business is in the return-home start-up plan", here!(", \"rural_migrant\": true, \"wants_business\": true"), "return_home_business", YES),
    ("a rural migrant without business plans is not in the return-home start-up plan", here!(", \"rural_migrant\": true, \"wants_business\": false"), "return_home_business", NO),
    ("a 两后生 is offered pre-employment training", here!(", \"school_leaver\": true"), "pre_employment_training", YES),
    ("a farmer is in the new professional farmers programme", here!(", \"sector\": \"agriculture\""), "new_farmers", YES),
    ("a builder is not in the new professional farmers programme", here!(", \"sector\": \"construction\""), "new_farmers", NO),
    ("a miner in a high-risk industry is in the safety-skills plan", here!(", \"sector\": \"high_risk\""), "high_risk_safety", YES),
    ("everyone in Wulong is told that licensed occupations need training first", here!(""), "licensed_occupations", YES),
    ("a child of a poor family is in the skills-for-poverty-relief actions", here!(", \"poor_family_child\": true"), "skills_poverty_relief", YES),
    ("a person in community correction is offered reintegration training", here!(", \"justice_involved\": true"), "reintegration_training", YES),
    ("a person who prefers not to say about justice involvement may be offered reintegration training", here!(""), "reintegration_training", OPEN),
    ("a woman is in the women's skills training", here!(", \"woman\": true"), "women_training", YES),
    ("a man is not in the women's skills training", here!(", \"woman\": false"), "women_training", NO),
    ("an elderly-care worker is in the shortage-occupation training", here!(", \"sector\": \"elderly_care\""), "shortage_occupations", YES),
    ("a cloud-computing worker is in the new-industries training", here!(", \"sector\": \"new_industries\""), "new_industries_training", YES),
    ("a person with a disability is in the disability skills training", here!(", \"disabled\": true"), "disability_training", YES),
    ("a veteran is in the veterans' skills training", here!(", \"veteran\": true"), "veterans_training", YES),
    ("someone with no tie to Wulong is in no programme, not even the licensed-occupation rule", r#"{"wulong_tie": false}"#, "licensed_occupations", NO),
];

/// The one helper that runs the engine for the table.
fn check(name: &str, profile_json: &str, id: &str, expected: Status) {
    let library = skillcheck_engine::embedded().expect("the embedded rule packs are valid");
    let date = Date::new(2020, 6, 1).expect("a real date");
    let pack = library.for_date(date).expect("a pack is in force in 2020");
    let profile = profile_json::from_str(profile_json)
        .unwrap_or_else(|err| panic!("{name}: bad profile in the test: {err}"));
    let evaluation = evaluate(pack, &profile, date);
    let status = evaluation
        .benefit(id)
        .map(|outcome| outcome.status)
        .or_else(|| evaluation.programme(id).map(|outcome| outcome.status))
        .unwrap_or_else(|| panic!("{name}: no benefit or programme `{id}`"));
    assert_eq!(status, expected, "{name}");
}

#[test]
fn every_case_in_the_table_is_decided_as_expected() {
    for (name, profile, id, expected) in CASES {
        check(name, profile, id, *expected);
    }
}

#[test]
fn the_table_has_at_least_eighty_cases_with_unique_names() {
    assert!(CASES.len() >= 80, "only {} cases", CASES.len());
    let mut names: Vec<&str> = CASES.iter().map(|case| case.0).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "two cases share a name");
}

#[test]
fn every_benefit_is_seen_eligible_not_eligible_and_unknown_in_the_table() {
    let library = skillcheck_engine::embedded().expect("valid packs");
    let pack = &library.packs()[0];
    for benefit in &pack.benefits {
        for status in [YES, NO, OPEN] {
            assert!(
                CASES
                    .iter()
                    .any(|case| case.2 == benefit.id && case.3 == status),
                "no case shows `{}` as {:?}",
                benefit.id,
                status
            );
        }
    }
}
