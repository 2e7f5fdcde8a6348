//! The Yew app: screens, components, hooks and the state reducer. Only this
//! crate touches the DOM, and within it only `src/web/` calls the browser.
//!
//! `main.rs` mounts [`App`]; `state.rs` is the one reducer; `config.rs` what
//! is fixed for the page; `pages/` are the screens, `components/` what they
//! share, `hooks/` the side effects; `i18n.rs` and `locales/` hold every
//! string shown to people.

pub mod app;
pub mod catalogue_source;
pub mod components;
pub mod config;
pub mod hooks;
pub mod i18n;
pub mod interview;
pub mod pages;
pub mod policy;
pub mod route;
pub mod settings;
pub mod state;
pub mod web;

pub use app::App;

use i18n::k;
use skillcheck_engine::Lang;

/// Shows a readable message in both languages if the app hits an unexpected
/// error (a panic aborts the WebAssembly; the page must not go blank), and
/// logs the panic for whoever investigates. Set through Yew, which otherwise
/// replaces any hook with its own console logger when the app is rendered.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web::log_error(&info.to_string());
        web::dom::show_fatal_error(
            i18n::t(Lang::Zh, k::ERROR_HEADING),
            i18n::t(Lang::Zh, k::ERROR_BODY),
        );
    }));
}

/// Starts the app in the page: the HTML start screen has done its job. A
/// control the person had focused on it is focused again in the app.
pub fn start() {
    install_panic_hook();
    let focused = web::dom::focused_id();
    web::dom::remove("boot");
    match web::dom::app_root() {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, app::AppProps { focused }).render();
        }
        None => web::log_error("skillcheck: the page has no element to render into"),
    }
}
