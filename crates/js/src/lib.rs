//! The rules engine for JavaScript: the functions of the npm package
//! `@wulong/skillcheck-engine`, compiled to WebAssembly.
//!
//! Every function takes text and gives back JSON text, `{"ok": ...}` or
//! `{"error": {...}}` ([`Outcome`]); the package's module (`js/wrapper.js`)
//! parses it and throws a `SkillcheckError` for the second. The WebAssembly
//! exports hand the text over as UTF-16 code units ([`utf16`]), which
//! JavaScript reads about ten times faster than UTF-8 (Node 20's TextDecoder
//! takes 260 µs for a 57 KB result of mostly Chinese text in UTF-8, 28 µs in
//! UTF-16). Text in and out
//! keeps the boundary to two string copies a call and lets `evaluate` use the
//! very code `skillcheck eval` uses: the profile is read by
//! [`profile_json::from_str`] and the result written by serde_json from
//! [`report::evaluation`], so the two cannot drift apart. Nothing here can
//! panic on any input (a property test feeds every entry point arbitrary
//! text), because a panic in WebAssembly poisons the module.

use std::sync::OnceLock;

use serde::Serialize;
use skillcheck_engine::answers::Answer;
use skillcheck_engine::catalogue::{self, Fit};
use skillcheck_engine::facts::{FactKind, LEVEL_CHOICES};
use skillcheck_engine::pack::Text;
use skillcheck_engine::{
    evaluate, profile_json, report, Answers, Date, Evaluation, Fact, Lang, Library, Profile,
};
use wasm_bindgen::prelude::wasm_bindgen;

mod questions;
pub mod shapes;

use shapes::{
    CatalogueInfo, ChoiceReport, Decided, Decisions, ErrorKind, ErrorReport, FactReport, FitReport,
    KindReport, MatchReport, MatchesReport, PackSummary, PeriodSummary, ProblemReport,
    SharedAnswers,
};

// Talc instead of Rust's default allocator (dlmalloc) in the WebAssembly:
// 2 KiB smaller under brotli, as fast here (scripts/bench-package.mjs).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The built-in rule packs, read once.
fn library() -> Result<&'static Library, ErrorReport> {
    static LIBRARY: OnceLock<Result<Library, String>> = OnceLock::new();
    LIBRARY
        .get_or_init(|| {
            skillcheck_engine::embedded().map_err(|problems| {
                format!(
                    "the built-in rule packs are invalid:\n{}",
                    skillcheck_engine::describe(&problems)
                )
            })
        })
        .as_ref()
        .map_err(|message| ErrorReport::new(ErrorKind::Internal, message.clone()))
}

/// The language option as the command line reads `--lang`.
pub fn parse_lang(text: &str) -> Result<Lang, ErrorReport> {
    match text {
        "zh" | "zh-CN" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        _ => Err(ErrorReport::option(
            "lang",
            "lang takes zh or en".to_string(),
        )),
    }
}

/// The date option as the command line reads `--date`.
pub fn parse_date(text: &str) -> Result<Date, ErrorReport> {
    Date::parse(text).ok_or_else(|| {
        ErrorReport::option("date", "date takes a date such as 2020-06-01".to_string())
    })
}

/// `{"ok": value}` or `{"error": {...}}`, as JSON text.
fn outcome<T: Serialize>(result: Result<T, ErrorReport>) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Outcome<T> {
        Ok(T),
        Error(ErrorReport),
    }
    let outcome = match result {
        Ok(value) => Outcome::Ok(value),
        Err(error) => Outcome::Error(error),
    };
    serde_json::to_string(&outcome).unwrap_or_else(|_| {
        // Only a serializer failing on a map key could get here; none of these shapes has one.
        r#"{"error":{"kind":"internal","message":"the result could not be written as JSON"}}"#
            .to_string()
    })
}

/// Text as UTF-16 code units, the form JavaScript strings are made of.
/// A plain loop over the UTF-8 bytes: `str::encode_utf16` is several times
/// slower in this size-optimised build, where its iterator is not inlined.
pub fn utf16(text: &str) -> Vec<u16> {
    let bytes = text.as_bytes();
    let mut units = Vec::with_capacity(bytes.len());
    let byte = |index: usize| u32::from(bytes.get(index).copied().unwrap_or(0) & 0x3F);
    let mut index = 0;
    while let Some(&first) = bytes.get(index) {
        let first = u32::from(first);
        let (code, width) = if first < 0x80 {
            (first, 1)
        } else if first < 0xE0 {
            ((first & 0x1F) << 6 | byte(index + 1), 2)
        } else if first < 0xF0 {
            (
                (first & 0x0F) << 12 | byte(index + 1) << 6 | byte(index + 2),
                3,
            )
        } else {
            let code = (first & 0x07) << 18
                | byte(index + 1) << 12
                | byte(index + 2) << 6
                | byte(index + 3);
            (code, 4)
        };
        if code < 0x1_0000 {
            units.push(code as u16);
        } else {
            let code = code - 0x1_0000;
            units.push(0xD800 | (code >> 10) as u16);
            units.push(0xDC00 | (code & 0x3FF) as u16);
        }
        index += width;
    }
    units
}

fn read_profile(text: &str) -> Result<skillcheck_engine::Profile, ErrorReport> {
    profile_json::from_str(text).map_err(|err| ErrorReport {
        kind: ErrorKind::Profile,
        message: err.message,
        key: err.key,
        problems: Vec::new(),
    })
}

/// Decides one profile (JSON text) on a date (`YYYY-MM-DD`) in a language
/// (`zh` or `en`): the object `skillcheck eval` prints for it.
pub fn evaluate_json(profile: &str, lang: &str, date: &str) -> String {
    outcome(evaluate_report(profile, lang, date))
}

/// [`evaluate_json`] for the package's module: the same JSON, as UTF-16.
#[wasm_bindgen(js_name = evaluate_json)]
pub fn evaluate_utf16(profile: &str, lang: &str, date: &str) -> Vec<u16> {
    utf16(&evaluate_json(profile, lang, date))
}

/// Reads the options and the profile, in the order the command line checks
/// them, and decides.
fn decided(
    profile: &str,
    lang: &str,
    date: &str,
) -> Result<(Evaluation<'static>, Profile, Lang), ErrorReport> {
    let lang = parse_lang(lang)?;
    let date = parse_date(date)?;
    let pack = library()?
        .for_date(date)
        .map_err(|err| ErrorReport::option("date", err.to_string()))?;
    let profile = read_profile(profile)?;
    let evaluation = evaluate(pack, &profile, date);
    Ok((evaluation, profile, lang))
}

pub fn evaluate_report(
    profile: &str,
    lang: &str,
    date: &str,
) -> Result<report::EvaluationReport<'static>, ErrorReport> {
    let (evaluation, profile, lang) = decided(profile, lang, date)?;
    Ok(report::evaluation(&evaluation, &profile, lang))
}

/// Decides one profile as [`evaluate_json`] does, but gives only the rule
/// pack and each benefit's and programme's id, name and status: the fast path.
pub fn decide_json(profile: &str, lang: &str, date: &str) -> String {
    outcome(decide(profile, lang, date))
}

/// [`decide_json`] for the package's module: the same JSON, as UTF-16.
#[wasm_bindgen(js_name = decide_json)]
pub fn decide_utf16(profile: &str, lang: &str, date: &str) -> Vec<u16> {
    utf16(&decide_json(profile, lang, date))
}

pub fn decide(profile: &str, lang: &str, date: &str) -> Result<Decisions<'static>, ErrorReport> {
    let (evaluation, _, lang) = decided(profile, lang, date)?;
    let one = |id: &'static str, name: &'static Text, status| Decided {
        id,
        name: name.get(lang),
        status,
    };
    Ok(Decisions {
        rule_pack: report::pack(&evaluation, lang),
        benefits: evaluation
            .benefits
            .iter()
            .map(|outcome| one(&outcome.benefit.id, &outcome.benefit.name, outcome.status))
            .collect(),
        programmes: evaluation
            .programmes
            .iter()
            .map(|outcome| {
                one(
                    &outcome.programme.id,
                    &outcome.programme.name,
                    outcome.status,
                )
            })
            .collect(),
    })
}

/// The question contract, in asking order.
pub fn facts_json(lang: &str) -> String {
    outcome(parse_lang(lang).map(facts))
}

/// [`facts_json`] for the package's module: the same JSON, as UTF-16.
#[wasm_bindgen(js_name = facts_json)]
pub fn facts_utf16(lang: &str) -> Vec<u16> {
    utf16(&facts_json(lang))
}

fn choices(list: &[skillcheck_engine::facts::Choice], lang: Lang) -> Vec<ChoiceReport> {
    list.iter()
        .map(|choice| ChoiceReport {
            id: choice.id.to_string(),
            label: match lang {
                Lang::Zh => choice.zh,
                Lang::En => choice.en,
            }
            .to_string(),
        })
        .collect()
}

pub fn facts(lang: Lang) -> Vec<FactReport> {
    Fact::ALL
        .iter()
        .map(|fact| {
            let info = fact.info();
            let (question, help) = questions::question(*fact, lang);
            let (kind, values, levels) = match info.kind {
                FactKind::Bool => (KindReport::YesNo, Vec::new(), Vec::new()),
                FactKind::Choice(list) => (KindReport::Choice, choices(list, lang), Vec::new()),
                FactKind::CertificateList => (
                    KindReport::CertificateList,
                    Vec::new(),
                    choices(LEVEL_CHOICES, lang),
                ),
                FactKind::Certificate => (
                    KindReport::Certificate,
                    Vec::new(),
                    choices(LEVEL_CHOICES, lang),
                ),
            };
            let pick = |zh: &str, en: &str| match lang {
                Lang::Zh => zh.to_string(),
                Lang::En => en.to_string(),
            };
            FactReport {
                key: *fact,
                kind,
                question: question.to_string(),
                help: help.to_string(),
                term: pick(info.term_zh, info.term_en),
                official_term: info.term_zh.to_string(),
                values,
                levels,
                yes: pick(info.yes_zh, info.yes_en),
                no: pick(info.no_zh, info.no_en),
                sensitive: info.sensitive,
            }
        })
        .collect()
}

/// Every built-in rule pack, oldest first.
pub fn rule_packs_json(lang: &str) -> String {
    outcome(parse_lang(lang).and_then(rule_packs))
}

/// [`rule_packs_json`] for the package's module: the same JSON, as UTF-16.
#[wasm_bindgen(js_name = rule_packs_json)]
pub fn rule_packs_utf16(lang: &str) -> Vec<u16> {
    utf16(&rule_packs_json(lang))
}

pub fn rule_packs(lang: Lang) -> Result<Vec<PackSummary>, ErrorReport> {
    Ok(library()?
        .packs()
        .iter()
        .map(|pack| {
            let document = &pack.document;
            PackSummary {
                id: document.id.to_string(),
                number: document.number.to_string(),
                title: document.title.get(lang).to_string(),
                issuer: document.issuer.get(lang).to_string(),
                issued: document.issued,
                effective: document.effective,
                period: PeriodSummary {
                    start: document.period_start,
                    end: document.period_end,
                },
            }
        })
        .collect())
}

/// The answers and rule pack of a share link (or of its bare code).
pub fn decode_share_link_json(link: &str) -> String {
    outcome(decode_share_link(link))
}

/// [`decode_share_link_json`] for the package's module: the same JSON, as UTF-16.
#[wasm_bindgen(js_name = decode_share_link_json)]
pub fn decode_share_link_utf16(link: &str) -> Vec<u16> {
    utf16(&decode_share_link_json(link))
}

pub fn decode_share_link(text: &str) -> Result<SharedAnswers, ErrorReport> {
    let code = skillcheck_engine::link::share_code(text)
        .map_err(|message| ErrorReport::share_link(message.to_string()))?;
    let (pack_id, answers) =
        Answers::decode(&code).map_err(|err| ErrorReport::share_link(err.to_string()))?;
    let library = library()?;
    if library.by_id(&pack_id).is_err() {
        let known: Vec<&str> = library.packs().iter().map(|pack| pack.id()).collect();
        return Err(ErrorReport::share_link(format!(
            "the code names the rule pack `{pack_id}`, which is not built in; built in: {}",
            known.join(", ")
        )));
    }
    let pick = |wanted: &Answer| -> Vec<Fact> {
        answers
            .answered()
            .filter(|(_, answer)| *answer == wanted)
            .map(|(fact, _)| fact)
            .collect()
    };
    Ok(SharedAnswers {
        rule_pack: pack_id,
        profile: profile_json::to_json(&answers.profile()),
        not_sure: pick(&Answer::NotSure),
        prefer_not_to_say: pick(&Answer::PreferNotToSay),
        code,
    })
}

/// The institutions of a catalogue (its file's JSON text) that fit a
/// profile's results, best first, with the problems of the entries left out.
pub fn match_institutions_json(catalogue: &str, profile: &str, lang: &str, date: &str) -> String {
    outcome(match_institutions(catalogue, profile, lang, date))
}

/// [`match_institutions_json`] for the package's module: the same JSON, as UTF-16.
#[wasm_bindgen(js_name = match_institutions_json)]
pub fn match_institutions_utf16(
    catalogue: &str,
    profile: &str,
    lang: &str,
    date: &str,
) -> Vec<u16> {
    utf16(&match_institutions_json(catalogue, profile, lang, date))
}

pub fn match_institutions(
    catalogue_text: &str,
    profile: &str,
    lang: &str,
    date: &str,
) -> Result<MatchesReport, ErrorReport> {
    let lang = parse_lang(lang)?;
    let date = parse_date(date)?;
    let pack = library()?
        .for_date(date)
        .map_err(|err| ErrorReport::option("date", err.to_string()))?;
    let profile = read_profile(profile)?;
    let loaded = catalogue::parse(catalogue_text, pack).map_err(|problems| ErrorReport {
        kind: ErrorKind::Catalogue,
        message: format!(
            "the catalogue cannot be used: {}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        ),
        key: None,
        problems: problems.iter().map(ProblemReport::from).collect(),
    })?;
    let evaluation = evaluate(pack, &profile, date);
    let found = catalogue::matches(&loaded.catalogue, pack, &evaluation, &profile);
    let institutions = found
        .iter()
        .map(|found| {
            let institution = found.institution;
            MatchReport {
                name: match (lang, &institution.name_en) {
                    (Lang::En, Some(name)) => name.clone(),
                    _ => institution.name_zh.clone(),
                },
                institution: institution.clone(),
                fits: found
                    .fits
                    .iter()
                    .map(|fit| fit_report(pack, fit, lang))
                    .collect(),
            }
        })
        .collect();
    let catalogue = &loaded.catalogue;
    Ok(MatchesReport {
        catalogue: CatalogueInfo {
            title: catalogue.title.clone(),
            issuer: catalogue.issuer.clone(),
            date: catalogue.date.clone(),
            source: catalogue.source.clone(),
            sample: catalogue.sample,
        },
        problems: loaded.problems.iter().map(ProblemReport::from).collect(),
        institutions,
    })
}

fn fit_report(pack: &skillcheck_engine::RulePack, fit: &Fit, lang: Lang) -> FitReport {
    match fit {
        Fit::PlannedCertificate { occupation, level } => FitReport {
            kind: "planned_certificate".to_string(),
            id: occupation.clone(),
            label: pack
                .occupation(occupation)
                .map_or(occupation.as_str(), |found| found.name.get(lang))
                .to_string(),
            level: Some(*level),
        },
        Fit::Benefit(id) => FitReport {
            kind: "benefit".to_string(),
            id: id.clone(),
            label: pack
                .benefit(id)
                .map_or(id.as_str(), |found| found.name.get(lang))
                .to_string(),
            level: None,
        },
        Fit::Programme(id) => FitReport {
            kind: "programme".to_string(),
            id: id.clone(),
            label: pack
                .programme(id)
                .map_or(id.as_str(), |found| found.name.get(lang))
                .to_string(),
            level: None,
        },
        Fit::Group(fact) => FitReport {
            kind: "group".to_string(),
            id: fact.key().to_string(),
            label: match lang {
                Lang::Zh => fact.info().term_zh,
                Lang::En => fact.info().term_en,
            }
            .to_string(),
            level: None,
        },
    }
}
