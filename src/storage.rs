//! Storage on this device, used only when the person asks for it.
//!
//! Nothing is read or written unless "remember my answers on this device" is
//! ticked; then the answers, the language and the text size go to local
//! storage under `skillcheck.*` keys, and the tick itself is remembered.
//! "Clear my answers" and unticking remove every `skillcheck.*` key from local
//! and session storage (session storage held answers in earlier versions).
//! The service worker's cache holds only the app's own files, never answers.
//!
//! Every call may fail (storage disabled, full, or forbidden in a sandboxed
//! frame); failure means "not stored", never an error on screen.

use web_sys::Storage;

const PREFIX: &str = "skillcheck.";
const REMEMBER: &str = "skillcheck.remember";
const ANSWERS: &str = "skillcheck.answers";
const LANG: &str = "skillcheck.lang";
const LARGE_TEXT: &str = "skillcheck.large_text";

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

/// What a person asked to be remembered. The language and text size are read
/// back by early.js, before the first paint; the app reads the answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Remembered {
    pub answers: Option<String>,
    pub lang: String,
    pub large_text: bool,
}

fn get(storage: &Storage, key: &str) -> Option<String> {
    storage.get_item(key).ok().flatten()
}

/// Whether the person ticked "remember my answers on this device".
pub fn is_remembering() -> bool {
    local()
        .and_then(|storage| get(&storage, REMEMBER))
        .as_deref()
        == Some("1")
}

/// The remembered answers code, if any.
pub fn remembered_answers() -> Option<String> {
    get(&local()?, ANSWERS)
}

/// Writes what the person asked to be remembered.
pub fn save(remembered: &Remembered) {
    let Some(storage) = local() else { return };
    let _ = storage.set_item(REMEMBER, "1");
    match &remembered.answers {
        Some(code) => drop(storage.set_item(ANSWERS, code)),
        None => drop(storage.remove_item(ANSWERS)),
    }
    let _ = storage.set_item(LANG, &remembered.lang);
    let _ = storage.set_item(LARGE_TEXT, if remembered.large_text { "1" } else { "0" });
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
