//! What `early.js` decided before the first paint, read once when the app starts.
//!
//! `early.js` is the one reader of the page's address and of the display
//! choices a person asked this device to remember: it leaves its decisions in
//! `window.skillcheckBoot` (the shape is documented there and in
//! ARCHITECTURE.md), and `boot.js` adds what the person pressed on the start
//! screen before the app arrived. This file turns that object into typed
//! values; anything missing or of the wrong type counts as "not given".

use js_sys::Reflect;
use skillcheck_engine::Lang;
use wasm_bindgen::JsValue;

use crate::settings::{Boot, CatalogueAddress, Display, Kiosk, Settings};

fn field(object: &JsValue, name: &str) -> JsValue {
    if !object.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn lang(value: &JsValue) -> Option<Lang> {
    match value.as_string().as_deref() {
        Some("en") => Some(Lang::En),
        Some("zh-CN") => Some(Lang::Zh),
        _ => None,
    }
}

/// The decisions `early.js` and `boot.js` left for the app.
pub fn read() -> Boot {
    let global = web_sys::window().map_or(JsValue::UNDEFINED, JsValue::from);
    let boot = field(&global, "skillcheckBoot");
    if !boot.is_object() {
        crate::web::warn("skillcheck: early.js did not run; the address settings are ignored");
    }
    let settings = field(&boot, "settings");
    let kiosk = field(&settings, "kiosk").as_bool() == Some(true);
    let idle = field(&settings, "idle").as_f64();
    let catalogue = match (
        field(&settings, "catalogue").as_string(),
        field(&settings, "catalogueRefused").as_bool(),
    ) {
        (_, Some(true)) => CatalogueAddress::Refused,
        (Some(url), _) => CatalogueAddress::Given(url),
        (None, _) => CatalogueAddress::Default,
    };
    let settings = Settings {
        lang: lang(&field(&settings, "lang")),
        large_text: field(&settings, "large").as_bool(),
        kiosk: kiosk.then(|| Kiosk::with_idle(idle)),
        catalogue,
        parent: field(&settings, "parent").as_string(),
    };
    let remembered = field(&boot, "remembered");
    let start = field(&boot, "start");
    Boot {
        remembering: remembered.is_object(),
        remembered_answers: field(&remembered, "answers").as_string(),
        start: Display {
            lang: lang(&field(&start, "lang")).unwrap_or(settings.lang.unwrap_or(Lang::Zh)),
            large_text: field(&start, "large")
                .as_bool()
                .unwrap_or(settings.large_text.unwrap_or(false)),
        },
        begun: field(&boot, "begun").as_bool() == Some(true),
        settings,
    }
}
