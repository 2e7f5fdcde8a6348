//! Every call the app makes into the browser, in one small module.
//!
//! The reducer, the pages and the components never name `web_sys`,
//! `js_sys`, `gloo` or `wasm_bindgen`; the hooks and the root call the
//! functions here (a tidy test in `tests/tidy.rs` checks it). Each function
//! treats a missing or refusing browser API as "not available": nothing here
//! panics, and a failure never reaches the screen as an error.

pub mod address;
pub mod boot;
pub mod dom;
pub mod events;
pub mod fetch;
pub mod form;
pub mod storage;

/// Today's date on this device (its local calendar).
pub fn today() -> skillcheck_engine::Date {
    let now = js_sys::Date::new_0();
    skillcheck_engine::Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or_else(|| {
        skillcheck_engine::Date::from_days_since_epoch((now.get_time() / 86_400_000.0) as i64)
    })
}

/// Milliseconds since the epoch, from the device clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Runs a future on the page's event loop.
pub fn spawn(future: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}

/// A warning in the console, for whoever wrote the embedding page.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(message));
}

/// An error in the console, for whoever investigates a failure.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&wasm_bindgen::JsValue::from_str(message));
}
