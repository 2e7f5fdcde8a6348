//! Local storage, used only when the person asks for it.
//!
//! Nothing is written unless "remember my answers on this device" is ticked;
//! then the answers, the language and the text size go to local storage under
//! `skillcheck.*` keys, and the tick itself is remembered. `early.js` reads
//! them back before the first paint; it spells the same keys, and
//! `tests/tidy.rs` checks that the two lists agree. "Clear my answers" and
//! unticking remove every `skillcheck.*` key from local and session storage
//! (session storage held answers in earlier versions).
//!
//! Every call may fail (storage disabled, full, or forbidden in a sandboxed
//! frame); failure means "not stored", never an error on screen.

use web_sys::Storage;

/// Every key the app writes starts with this.
pub const PREFIX: &str = "skillcheck.";
/// "1" while the person wants this device to remember.
pub const REMEMBER: &str = "skillcheck.remember";
/// The answers, as the engine's answer code (naming the rule pack).
pub const ANSWERS: &str = "skillcheck.answers";
/// `zh-CN` or `en`.
pub const LANG: &str = "skillcheck.lang";
/// "1" or "0".
pub const LARGE_TEXT: &str = "skillcheck.large_text";

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether this page may store anything at all (a sandboxed frame may not).
pub fn available() -> bool {
    local().is_some()
}

/// Writes what the person asked to be remembered; `answers` is `None` when
/// there are none to keep (or they came from a link and were not kept).
pub fn save(answers: Option<&str>, lang_tag: &str, large_text: bool) {
    let Some(storage) = local() else { return };
    let _ = storage.set_item(REMEMBER, "1");
    match answers {
        Some(code) => drop(storage.set_item(ANSWERS, code)),
        None => drop(storage.remove_item(ANSWERS)),
    }
    let _ = storage.set_item(LANG, lang_tag);
    let _ = storage.set_item(LARGE_TEXT, if large_text { "1" } else { "0" });
}

/// Removes every key the app has ever written, from local and session storage.
pub fn clear_all() {
    for storage in [local(), session()].into_iter().flatten() {
        let length = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..length)
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(PREFIX))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Whether this device is asked to remember (some tab ticked the box).
pub fn remembering() -> bool {
    local()
        .and_then(|storage| storage.get_item(REMEMBER).ok().flatten())
        .as_deref()
        == Some("1")
}
