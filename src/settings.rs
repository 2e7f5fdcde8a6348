//! What the page was started with: the settings an embedding page (the
//! district portal, a job-fair kiosk) gives in the address, and the display
//! choices `early.js` made before the first paint.
//!
//! The address is read once, by `early.js` (the one parser; its rules and the
//! table of tricky addresses it is tested against are in `tests/early.test.mjs`):
//!
//! | parameter   | values                  | effect                                               |
//! |-------------|-------------------------|------------------------------------------------------|
//! | `lang`      | `zh-CN` (`zh`), `en`    | the language to start in                             |
//! | `large`     | `1`/`true`, `0`/`false` | large text on or off                                 |
//! | `kiosk`     | anything but `0`/`false`| shared device: no storage, idle reset                |
//! | `idle`      | 10–3600 (seconds)       | kiosk idle time before the warning (120)             |
//! | `catalogue` | a same-origin URL       | the institution list to load                         |
//! | `parent`    | the portal's origin     | where `boot.js` posts the page height                |
//!
//! Names and values are percent-decoded; when a parameter is repeated, the
//! first value counts. A value that cannot be used is ignored with a console
//! warning naming it. This file holds the typed result, with no web types.

use skillcheck_engine::Lang;

/// The idle time before a kiosk warns that it will clear the answers.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;
/// How long the warning stays before the answers are cleared.
pub const WARNING_SECONDS: u32 = 20;
// The warning must give a person at least 20 seconds to say they are still there.
const _: () = assert!(WARNING_SECONDS >= 20);
/// The idle times a kiosk may be given.
pub const IDLE_RANGE: std::ops::RangeInclusive<u32> = 10..=3600;

/// Kiosk mode: a shared device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without a touch, click or key press before the warning.
    pub idle_seconds: u32,
}

impl Kiosk {
    /// A kiosk with the idle time the address gave, if it is a usable one.
    pub fn with_idle(seconds: Option<f64>) -> Kiosk {
        let idle_seconds = seconds
            .filter(|seconds| seconds.fract() == 0.0)
            .map(|seconds| seconds as u32)
            .filter(|seconds| IDLE_RANGE.contains(seconds))
            .unwrap_or(DEFAULT_IDLE_SECONDS);
        Kiosk { idle_seconds }
    }
}

/// Which institution list to load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum CatalogueAddress {
    /// `catalogue.json` beside the app.
    #[default]
    Default,
    /// A same-origin URL the address gave.
    Given(String),
    /// The address gave a URL on another origin: nothing is loaded from it.
    Refused,
}

/// What the address asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub large_text: Option<bool>,
    pub kiosk: Option<Kiosk>,
    pub catalogue: CatalogueAddress,
    /// The embedding portal's origin (used by `boot.js`; kept for completeness).
    pub parent: Option<String>,
}

/// How the page is shown: language and text size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Display {
    pub lang: Lang,
    pub large_text: bool,
}

impl Display {
    /// What the address asked for, else Chinese in normal text: what a kiosk
    /// returns to after a wipe.
    pub fn from_settings(settings: &Settings) -> Display {
        Display {
            lang: settings.lang.unwrap_or(Lang::Zh),
            large_text: settings.large_text.unwrap_or(false),
        }
    }
}

/// Everything the page knew before the app ran.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Boot {
    pub settings: Settings,
    /// The person had ticked "remember my answers on this device" (never in a kiosk).
    pub remembering: bool,
    /// The remembered answer code, if any.
    pub remembered_answers: Option<String>,
    /// The language and text size shown before the app ran (a remembered
    /// choice, then the address, then Chinese; then the start screen's buttons).
    pub start: Display,
    /// "Start" was pressed on the start screen before the app ran.
    pub begun: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kiosk_waits_two_minutes_unless_given_a_usable_idle_time() {
        assert_eq!(Kiosk::with_idle(None).idle_seconds, DEFAULT_IDLE_SECONDS);
        assert_eq!(DEFAULT_IDLE_SECONDS, 120);
        assert_eq!(Kiosk::with_idle(Some(30.0)).idle_seconds, 30);
        for unusable in [5.0, 3601.0, 30.5, f64::NAN, -10.0] {
            assert_eq!(
                Kiosk::with_idle(Some(unusable)).idle_seconds,
                DEFAULT_IDLE_SECONDS,
                "{unusable}"
            );
        }
    }

    #[test]
    fn a_kiosk_returns_to_the_address_settings_or_chinese() {
        assert_eq!(
            Display::from_settings(&Settings::default()),
            Display {
                lang: Lang::Zh,
                large_text: false
            }
        );
        let settings = Settings {
            lang: Some(Lang::En),
            large_text: Some(true),
            ..Settings::default()
        };
        assert_eq!(
            Display::from_settings(&settings),
            Display {
                lang: Lang::En,
                large_text: true
            }
        );
    }
}
