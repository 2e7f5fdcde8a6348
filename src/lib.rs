//! The Yew app: screens, components and the state reducer. Only this crate touches the DOM.
//!
//! `main.rs` mounts [`App`]; `state.rs` is the one reducer; `pages/` are the
//! screens; `i18n.rs` and `locales/` hold every string shown to people.

pub mod app;
pub mod catalogue_source;
pub mod i18n;
pub mod kiosk;
pub mod pages;
pub mod policy;
pub mod route;
pub mod settings;
pub mod state;
pub mod storage;

pub use app::App;

use skillcheck_engine::Lang;

/// Shows a readable message in both languages if the app hits an unexpected
/// error (a panic aborts the WebAssembly; the page must not go blank), and
/// logs the panic for whoever investigates. Set through Yew, which otherwise
/// replaces any hook with its own console logger when the app is rendered.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal_error();
    }));
}

fn show_fatal_error() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    for (tag, key) in [("h1", "error.heading"), ("p", "error.body")] {
        if let Ok(element) = document.create_element(tag) {
            element.set_text_content(Some(&i18n::t(Lang::Zh, key)));
            let _ = panel.append_child(&element);
        }
    }
    let _ = body.prepend_with_node_1(&panel);
}
