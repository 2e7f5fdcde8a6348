//! The rule packs built into the engine, loaded once, and today's date on the device.

use std::sync::OnceLock;

use skillcheck_engine::{Date, Library, RulePack};

/// The built-in rule packs. They are checked by the test suite, so an error here
/// means a broken build; the app shows it instead of failing silently.
pub fn library() -> Result<&'static Library, String> {
    static LIBRARY: OnceLock<Result<Library, String>> = OnceLock::new();
    LIBRARY
        .get_or_init(|| {
            skillcheck_engine::embedded().map_err(|problems| skillcheck_engine::describe(&problems))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Today's date on this device (its local calendar).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or_else(|| Date::from_days_since_epoch((now.get_time() / 86_400_000.0) as i64))
}

/// The rule pack in force today. With a device clock set before the first
/// pack took effect, the earliest pack is used rather than none.
pub fn pack_for_today() -> Result<&'static RulePack, String> {
    let library = library()?;
    library
        .for_date(today())
        .ok()
        .or_else(|| library.packs().first())
        .ok_or_else(|| "no rule pack is built in".to_string())
}
