//! Reading and writing a profile as the public JSON object (feature `json`).
//!
//! An absent key or `null` is unknown. Anything else that does not fit is an
//! error naming the key and what is allowed: a key given twice, an occupation
//! with control or direction-changing characters. Nothing here can panic.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value as Json};

use crate::facts::{Choice, Fact, FactKind, FACTS, LEVEL_CHOICES};
use crate::occupation;
use crate::profile::{Certificate, Profile, Value};

/// Why a JSON value is not a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    /// The key at fault, when there is one.
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ProfileError {}

fn error(key: &str, message: String) -> ProfileError {
    ProfileError {
        key: Some(key.to_string()),
        message,
    }
}

fn quoted_ids(choices: &[Choice]) -> String {
    choices
        .iter()
        .map(|choice| format!("\"{}\"", choice.id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A JSON value read so that an object giving one key twice is an error
/// (serde_json alone keeps the last silently).
struct Strict(Json);

const DUPLICATE: &str = "the key `";

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Strict, D::Error> {
        struct StrictVisitor;
        impl<'de> Visitor<'de> for StrictVisitor {
            type Value = Strict;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_bool<E>(self, value: bool) -> Result<Strict, E> {
                Ok(Strict(Json::Bool(value)))
            }
            fn visit_i64<E>(self, value: i64) -> Result<Strict, E> {
                Ok(Strict(Json::from(value)))
            }
            fn visit_u64<E>(self, value: u64) -> Result<Strict, E> {
                Ok(Strict(Json::from(value)))
            }
            fn visit_f64<E>(self, value: f64) -> Result<Strict, E> {
                Ok(Strict(
                    serde_json::Number::from_f64(value).map_or(Json::Null, Json::Number),
                ))
            }
            fn visit_str<E>(self, value: &str) -> Result<Strict, E> {
                Ok(Strict(Json::String(value.to_string())))
            }
            fn visit_string<E>(self, value: String) -> Result<Strict, E> {
                Ok(Strict(Json::String(value)))
            }
            fn visit_unit<E>(self) -> Result<Strict, E> {
                Ok(Strict(Json::Null))
            }
            fn visit_none<E>(self) -> Result<Strict, E> {
                Ok(Strict(Json::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strict, A::Error> {
                let mut items = Vec::new();
                while let Some(Strict(item)) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Strict(Json::Array(items)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
                let mut object = Map::new();
                while let Some(key) = map.next_key::<String>()? {
                    if object.contains_key(&key) {
                        return Err(serde::de::Error::custom(format!(
                            "{DUPLICATE}{key}` appears twice; give each key once"
                        )));
                    }
                    let Strict(value) = map.next_value()?;
                    object.insert(key, value);
                }
                Ok(Strict(Json::Object(object)))
            }
        }
        deserializer.deserialize_any(StrictVisitor)
    }
}

/// A serde_json error as a sentence: what is wrong, then where.
fn syntax_error(err: &serde_json::Error) -> ProfileError {
    let text = err.to_string();
    // serde_json ends its messages with " at line L column C"; say it once, in front.
    let what = text
        .rfind(" at line ")
        .map_or(text.as_str(), |end| &text[..end]);
    if let Some(rest) = what.strip_prefix(DUPLICATE) {
        let key = rest.split('`').next().unwrap_or("").to_string();
        return ProfileError {
            key: Some(key),
            message: what.to_string(),
        };
    }
    let what = if what.contains("recursion limit") {
        "arrays and objects nest too deeply (a profile needs at most three levels)"
    } else {
        what
    };
    ProfileError {
        key: None,
        message: format!(
            "not valid JSON at line {} column {}: {what}",
            err.line(),
            err.column()
        ),
    }
}

/// Parses JSON text into a profile.
pub fn from_str(text: &str) -> Result<Profile, ProfileError> {
    let Strict(json) = serde_json::from_str(text).map_err(|err| syntax_error(&err))?;
    from_json(&json)
}

/// Reads a profile from any JSON value.
pub fn from_json(json: &Json) -> Result<Profile, ProfileError> {
    let Json::Object(object) = json else {
        return Err(ProfileError {
            key: None,
            message: "a profile must be a JSON object such as {\"veteran\": true}".to_string(),
        });
    };
    let mut profile = Profile::new();
    for (key, raw) in object {
        let Some(fact) = Fact::from_key(key) else {
            let allowed: Vec<&str> = FACTS.iter().map(|info| info.key).collect();
            return Err(error(
                key,
                format!("unknown key `{key}`; allowed keys: {}", allowed.join(", ")),
            ));
        };
        if raw.is_null() {
            continue;
        }
        let value = match fact.info().kind {
            FactKind::Bool => match raw {
                Json::Bool(flag) => Value::Bool(*flag),
                _ => return Err(error(key, format!("`{key}` must be true, false or null"))),
            },
            FactKind::Choice(choices) => {
                let index = raw.as_str().and_then(|id| fact.choice_index(id));
                match index {
                    Some(index) => Value::Choice(index),
                    None => {
                        return Err(error(
                            key,
                            format!("`{key}` must be one of {} (or null)", quoted_ids(choices)),
                        ))
                    }
                }
            }
            FactKind::CertificateList => {
                let Json::Array(items) = raw else {
                    return Err(error(
                        key,
                        format!(
                            "`{key}` must be an array of {{\"occupation\", \"level\"}} objects ([] for none) or null"
                        ),
                    ));
                };
                if items.len() > crate::answers::MAX_CERTIFICATES {
                    return Err(error(
                        key,
                        format!(
                            "`{key}` holds at most {} certificates",
                            crate::answers::MAX_CERTIFICATES
                        ),
                    ));
                }
                let mut list = Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    list.push(certificate(&format!("{key}[{index}]"), item)?);
                }
                Value::Certificates(list)
            }
            FactKind::Certificate => Value::Certificate(certificate(key, raw)?),
        };
        profile
            .set(fact, Some(value))
            .map_err(|_| error(key, format!("`{key}` has a value of the wrong kind")))?;
    }
    Ok(profile)
}

fn certificate(key: &str, raw: &Json) -> Result<Certificate, ProfileError> {
    let shape = || {
        error(
            key,
            format!(
                "`{key}` must be an object {{\"occupation\": string, \"level\": one of {}}}",
                quoted_ids(LEVEL_CHOICES)
            ),
        )
    };
    let Json::Object(object) = raw else {
        return Err(shape());
    };
    if let Some(extra) = object
        .keys()
        .find(|name| *name != "occupation" && *name != "level")
    {
        return Err(error(
            key,
            format!("`{key}` has an unknown key `{extra}`; allowed: occupation, level"),
        ));
    }
    let occupation = match object.get("occupation") {
        Some(Json::String(text)) => occupation::check(text).map_err(|problem| match problem {
            occupation::OccupationError::Empty => error(
                key,
                format!("`{key}.occupation` must be a non-empty string"),
            ),
            problem => error(key, format!("`{key}.occupation` {problem}")),
        })?,
        _ => {
            return Err(error(
                key,
                format!("`{key}.occupation` must be a non-empty string"),
            ))
        }
    };
    let level = object.get("level").and_then(Json::as_str).unwrap_or("");
    Certificate::new(occupation, level).ok_or_else(|| {
        error(
            key,
            format!("`{key}.level` must be one of {}", quoted_ids(LEVEL_CHOICES)),
        )
    })
}

fn certificate_json(certificate: &Certificate) -> Json {
    let mut object = Map::new();
    object.insert(
        "occupation".to_string(),
        Json::String(certificate.occupation.clone()),
    );
    object.insert(
        "level".to_string(),
        Json::String(certificate.level_id().to_string()),
    );
    Json::Object(object)
}

/// Writes the known facts of a profile as a JSON object (unknown facts are left out).
pub fn to_json(profile: &Profile) -> Json {
    let mut object = Map::new();
    for fact in profile.known_facts() {
        let json = match profile.get(fact) {
            Some(Value::Bool(flag)) => Json::Bool(flag),
            Some(Value::Choice(_)) => match profile.choice_id(fact) {
                Some(id) => Json::String(id.to_string()),
                None => continue,
            },
            Some(Value::Certificates(list)) => {
                Json::Array(list.iter().map(certificate_json).collect())
            }
            Some(Value::Certificate(certificate)) => certificate_json(&certificate),
            None => continue,
        };
        object.insert(fact.key().to_string(), json);
    }
    Json::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_error(text: &str, key: Option<&str>, needle: &str) {
        let err = from_str(text).expect_err(text);
        assert_eq!(err.key.as_deref(), key, "{text}");
        assert!(err.message.contains(needle), "{}", err.message);
    }

    #[test]
    fn an_absent_or_null_fact_is_unknown() {
        let profile = from_str(r#"{"veteran": null}"#).unwrap();
        assert_eq!(profile.flag(Fact::Veteran), None);
        assert_eq!(profile, Profile::new());
    }

    #[test]
    fn every_kind_of_fact_is_read() {
        let profile = from_str(
            r#"{"veteran": true, "hukou": "rural", "sector": "childcare",
                "certificates_this_year": [{"occupation": "电工", "level": "junior"}],
                "planned_certificate": {"occupation": "电工", "level": "none"}}"#,
        )
        .unwrap();
        assert_eq!(profile.flag(Fact::Veteran), Some(true));
        assert_eq!(profile.choice_id(Fact::Hukou), Some("rural"));
        assert_eq!(profile.choice_id(Fact::Sector), Some("childcare"));
        assert_eq!(profile.certificates_this_year().map(<[_]>::len), Some(1));
        assert_eq!(
            profile.planned_certificate().map(Certificate::level_id),
            Some("none")
        );
    }

    #[test]
    fn errors_name_the_key_and_the_allowed_values() {
        check_error(r#"{"veternan": true}"#, Some("veternan"), "allowed keys");
        check_error(
            r#"{"veteran": "yes"}"#,
            Some("veteran"),
            "true, false or null",
        );
        check_error(
            r#"{"hukou": "city"}"#,
            Some("hukou"),
            "\"rural\", \"urban\"",
        );
        check_error(
            r#"{"employer_kind": 3}"#,
            Some("employer_kind"),
            "\"poverty_workshop\"",
        );
        check_error(
            r#"{"certificates_this_year": {}}"#,
            Some("certificates_this_year"),
            "array",
        );
        check_error(
            r#"{"certificates_this_year": [{"occupation": "电工", "level": "master"}]}"#,
            Some("certificates_this_year[0]"),
            "\"senior_technician\"",
        );
        check_error(
            r#"{"planned_certificate": {"occupation": "", "level": "junior"}}"#,
            Some("planned_certificate"),
            "non-empty",
        );
        check_error("[1, 2]", None, "JSON object");
        check_error("{", None, "not valid JSON");
    }

    #[test]
    fn a_key_given_twice_is_an_error_naming_it() {
        check_error(
            r#"{"veteran": true, "veteran": false}"#,
            Some("veteran"),
            "the key `veteran` appears twice",
        );
        check_error(
            r#"{"planned_certificate": {"occupation": "电工", "occupation": "焊工", "level": "junior"}}"#,
            Some("occupation"),
            "appears twice",
        );
    }

    #[test]
    fn an_occupation_with_hidden_characters_or_too_long_is_refused() {
        for (occupation, needle) in [
            (r"电工\u0000", "U+0000"),
            (r"\u202e领取补贴", "U+202E"),
            (r"电\u2066工", "U+2066"),
            (r"电工\u200f", "U+200F"),
            (r"电工\u0085", "U+0085"),
        ] {
            check_error(
                &format!(
                    r#"{{"planned_certificate": {{"occupation": "{occupation}", "level": "junior"}}}}"#
                ),
                Some("planned_certificate"),
                needle,
            );
        }
        check_error(
            &format!(
                r#"{{"certificates_this_year": [{{"occupation": "{}", "level": "junior"}}]}}"#,
                "电".repeat(41)
            ),
            Some("certificates_this_year[0]"),
            "at most 40",
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
        check_error(&deep, None, "nest too deeply");
    }

    #[test]
    fn a_profile_round_trips_through_json() {
        let text = r#"{"wulong_tie":true,"employer_kind":"cooperative","certificates_this_year":[],"planned_certificate":{"occupation":"养老护理员","level":"intermediate"}}"#;
        let profile = from_str(text).unwrap();
        assert_eq!(from_json(&to_json(&profile)).unwrap(), profile);
    }
}
