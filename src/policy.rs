//! The rule packs built into the engine, loaded once for the life of the page.

use std::sync::OnceLock;

use skillcheck_engine::Library;

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
