//! Every JSON entry point of the package, fed arbitrary text and arbitrary
//! JSON, answers with `{"ok": ...}` or `{"error": ...}` and never panics (a
//! panic in WebAssembly would poison the module).

use proptest::prelude::*;
use serde_json::Value;
use skillcheck_engine_js::{
    decide_json, decode_share_link_json, evaluate_json, evaluate_utf16, facts_json,
    match_institutions_json, rule_packs_json, utf16,
};

/// A profile that knows nothing.
const EMPTY_PROFILE: &str = "{}";

fn answers(text: &str) -> bool {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(object)) => {
            object.len() == 1 && (object.contains_key("ok") || object.contains_key("error"))
        }
        _ => false,
    }
}

/// Arbitrary JSON values, a few levels deep, with the profile's own keys mixed in.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![Just("rural"), Just("urban"), Just("senior"), Just("电工")]
            .prop_map(|text| Value::String(text.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop_oneof![
            Just("wulong_tie".to_string()),
            Just("hukou".to_string()),
            Just("planned_certificate".to_string()),
            Just("certificates_this_year".to_string()),
            Just("occupation".to_string()),
            Just("level".to_string()),
            ".{0,8}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key, inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_json_profiles_are_decided_or_refused(profile in json()) {
        let text = profile.to_string();
        prop_assert!(answers(&evaluate_json(&text, "en", "2020-06-01")));
        prop_assert!(answers(&decide_json(&text, "zh", "2020-06-01")));
        prop_assert!(answers(&match_institutions_json(&text, &text, "zh", "2020-06-01")));
    }

    #[test]
    fn arbitrary_text_in_every_argument_is_answered(text in "\\PC{0,40}", other in ".{0,12}") {
        prop_assert!(answers(&evaluate_json(&text, &other, &other)));
        prop_assert!(answers(&evaluate_json(EMPTY_PROFILE, "zh", &text)));
        prop_assert!(answers(&decide_json(&text, &other, &other)));
        prop_assert!(answers(&decode_share_link_json(&text)));
        let link = format!("https://x/#/s/1~wulong-2019~{text}");
        prop_assert!(answers(&decode_share_link_json(&link)));
        prop_assert!(answers(&facts_json(&text)));
        prop_assert!(answers(&rule_packs_json(&text)));
        prop_assert!(answers(&match_institutions_json(&text, EMPTY_PROFILE, "en", "2020-06-01")));
    }

    #[test]
    fn the_utf16_handed_to_javascript_is_the_same_text(text in "\\PC{0,60}") {
        prop_assert_eq!(String::from_utf16(&utf16(&text)).ok(), Some(text.clone()));
        let json = evaluate_json(&text, "zh", "2020-06-01");
        prop_assert_eq!(String::from_utf16(&evaluate_utf16(&text, "zh", "2020-06-01")).ok(), Some(json));
    }
}
