//! Session storage: the answers, the language and the text size survive a
//! reload of the tab and nothing else. Every call may fail (storage can be
//! disabled, full or forbidden in a sandboxed frame); failure means "not stored".

use web_sys::Storage;

pub const ANSWERS: &str = "skillcheck.answers";
pub const LANG: &str = "skillcheck.lang";
pub const LARGE_TEXT: &str = "skillcheck.large_text";

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}
