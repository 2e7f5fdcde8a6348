//! Settings an embedding page (the district portal, a job-fair kiosk) gives
//! in the app's address: `?lang=en&large=1&kiosk=1&idle=60`.
//!
//! | parameter   | values                 | effect                                        |
//! |-------------|------------------------|-----------------------------------------------|
//! | `lang`      | `zh-CN` (or `zh`), `en`| the language to start in                      |
//! | `large`     | `1` or `0`             | large text on or off                          |
//! | `kiosk`     | `1`                    | shared device: no storage, idle reset         |
//! | `idle`      | 10–3600 (seconds)      | kiosk idle time before the warning (120)      |
//! | `catalogue` | a same-origin URL      | read by `catalogue_source`                    |
//! | `parent`    | the portal's origin    | read by `boot.js`, which posts the height     |
//!
//! Reading them is pure and never fails: a value that cannot be used is
//! ignored and described in `problems`, which the app logs as a warning for
//! whoever wrote the embedding page. Unknown parameters are the portal's own
//! business and are left alone.

use skillcheck_engine::Lang;

/// The idle time before a kiosk warns that it will clear the answers.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;
/// How long the warning stays before the answers are cleared.
pub const WARNING_SECONDS: u32 = 20;
// The warning must give a person at least 20 seconds to say they are still there.
const _: () = assert!(WARNING_SECONDS >= 20);
const IDLE_RANGE: std::ops::RangeInclusive<u32> = 10..=3600;

/// Kiosk mode: a shared device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without a touch, click or key press before the warning.
    pub idle_seconds: u32,
}

/// What the address asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub large_text: Option<bool>,
    pub kiosk: Option<Kiosk>,
    /// Values that were ignored, and why (English: for the page's developer).
    pub problems: Vec<String>,
}

/// Reads a query string such as `?lang=en&kiosk=1`.
pub fn parse(query: &str) -> Settings {
    let mut settings = Settings::default();
    let mut kiosk = false;
    let mut idle = None;
    for pair in query.trim_start_matches('?').split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let mut problem = |what: &str| {
            settings
                .problems
                .push(format!("ignored `{name}={value}`: {what}"))
        };
        match name {
            "lang" => match value {
                "zh-CN" | "zh" | "zh-Hans" => settings.lang = Some(Lang::Zh),
                "en" => settings.lang = Some(Lang::En),
                _ => problem("use zh-CN or en"),
            },
            "large" => match value {
                "1" | "true" => settings.large_text = Some(true),
                "0" | "false" => settings.large_text = Some(false),
                _ => problem("use 1 or 0"),
            },
            "kiosk" => match value {
                "1" | "true" => kiosk = true,
                "0" | "false" => kiosk = false,
                _ => problem("use 1 or 0"),
            },
            "idle" => match value.parse::<u32>() {
                Ok(seconds) if IDLE_RANGE.contains(&seconds) => idle = Some(seconds),
                _ => problem("use a whole number of seconds from 10 to 3600"),
            },
            _ => {}
        }
    }
    if kiosk {
        settings.kiosk = Some(Kiosk {
            idle_seconds: idle.unwrap_or(DEFAULT_IDLE_SECONDS),
        });
    } else if idle.is_some() {
        settings
            .problems
            .push("ignored `idle`: it applies only with kiosk=1".to_string());
    }
    settings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_address_asks_for_nothing() {
        assert_eq!(parse(""), Settings::default());
        assert_eq!(parse("?"), Settings::default());
    }

    #[test]
    fn every_parameter_is_read() {
        let settings =
            parse("?lang=en&large=1&kiosk=1&idle=30&catalogue=list.json&parent=https%3A%2F%2Fx");
        assert_eq!(settings.lang, Some(Lang::En));
        assert_eq!(settings.large_text, Some(true));
        assert_eq!(settings.kiosk, Some(Kiosk { idle_seconds: 30 }));
        assert!(settings.problems.is_empty(), "{:?}", settings.problems);
    }

    #[test]
    fn kiosk_mode_waits_two_minutes_unless_told_otherwise() {
        assert_eq!(
            parse("kiosk=1").kiosk,
            Some(Kiosk {
                idle_seconds: DEFAULT_IDLE_SECONDS
            })
        );
        assert_eq!(DEFAULT_IDLE_SECONDS, 120);
    }

    #[test]
    fn values_that_cannot_be_used_are_ignored_and_named() {
        let settings = parse("lang=fr&large=yes&kiosk=1&idle=5");
        assert_eq!(settings.lang, None);
        assert_eq!(settings.large_text, None);
        assert_eq!(
            settings.kiosk,
            Some(Kiosk {
                idle_seconds: DEFAULT_IDLE_SECONDS
            })
        );
        assert_eq!(settings.problems.len(), 3, "{:?}", settings.problems);
        assert!(settings.problems[0].contains("lang=fr"));
    }

    #[test]
    fn idle_without_kiosk_does_nothing() {
        let settings = parse("idle=30");
        assert_eq!(settings.kiosk, None);
        assert_eq!(settings.problems.len(), 1);
    }

    #[test]
    fn the_last_value_of_a_repeated_parameter_wins() {
        assert_eq!(parse("lang=en&lang=zh-CN").lang, Some(Lang::Zh));
    }
}
