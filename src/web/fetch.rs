//! Reading a file from this site (the institution catalogue).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be read. The address is never part of it: the
/// address may come from the page's query, which anyone can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The network or the browser refused.
    Unreachable,
    /// The server answered with this status.
    Status(u16),
    /// The body could not be read as text.
    Unreadable,
}

/// The text of the file at `url` (relative to the page, or same-origin).
pub async fn text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Unreachable)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Unreadable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(FetchError::Unreadable)
}
