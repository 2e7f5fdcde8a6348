//! The page's address: the fragment that names the screen, and history.

use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The location's fragment, such as `#/q/veteran` (empty when there is none).
pub fn hash() -> String {
    window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// This page's address without its query or fragment, for links that open
/// this same app somewhere else.
pub fn base() -> String {
    let href = window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    href.split(['#', '?'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Adds a history entry for `fragment` (no `hashchange` is fired).
pub fn push(fragment: &str) {
    if let Some(history) = window().and_then(|window| window.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(fragment));
    }
}

/// Replaces the current history entry with `fragment` (no `hashchange` is fired).
pub fn replace(fragment: &str) {
    if let Some(history) = window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(fragment));
    }
}
