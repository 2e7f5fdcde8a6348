//! Where the institution catalogue comes from: the deployment's own file
//! (`catalogue.json` beside the app, or a same-origin `?catalogue=` URL given by
//! the embedding page), validated entry by entry; or, when that cannot be
//! used, the built-in sample, with the reason shown.

use std::rc::Rc;

use skillcheck_engine::catalogue::{self, Catalogue, Problem};
use skillcheck_engine::RulePack;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The sample catalogue (示例数据，非官方目录), built in as the fallback.
pub const SAMPLE: &str = include_str!("../catalogue/wulong-sample.json");

/// The file a deployment puts beside index.html to replace the sample.
pub const DEFAULT_URL: &str = "catalogue.json";

/// The catalogue in use and what happened when it was loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub catalogue: Rc<Catalogue>,
    /// Entries of the loaded file that were left out, with their lines.
    pub problems: Vec<Problem>,
    /// Where it came from: `None` for the built-in sample.
    pub url: Option<String>,
    /// Why the deployment's file was not used, when the sample stands in for it.
    pub fallback: Option<String>,
}

/// The built-in sample (it is checked by the test suite, so it always parses).
pub fn builtin(pack: &RulePack, fallback: Option<String>) -> Loaded {
    let catalogue = catalogue::parse(SAMPLE, pack)
        .map(|loaded| loaded.catalogue)
        .unwrap_or_else(|_| Catalogue {
            title: String::new(),
            issuer: String::new(),
            date: String::new(),
            source: String::new(),
            sample: true,
            institutions: Vec::new(),
        });
    Loaded {
        catalogue: Rc::new(catalogue),
        problems: Vec::new(),
        url: None,
        fallback,
    }
}

/// Reads a catalogue's text, falling back to the sample when it is unusable.
pub fn from_text(pack: &RulePack, url: &str, text: &str) -> Loaded {
    match catalogue::parse(text, pack) {
        Ok(loaded) => Loaded {
            catalogue: Rc::new(loaded.catalogue),
            problems: loaded.problems,
            url: Some(url.to_string()),
            fallback: None,
        },
        Err(problems) => {
            let reasons: Vec<String> = problems.iter().take(3).map(ToString::to_string).collect();
            builtin(pack, Some(format!("{url}: {}", reasons.join("; "))))
        }
    }
}

/// The catalogue URL to load: `?catalogue=` when it is on this page's origin, else the default.
/// A URL on another origin is refused (its reason is returned) so no request leaves the origin.
pub fn requested_url() -> Result<String, String> {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return Ok(DEFAULT_URL.to_string());
    };
    let search = location.search().unwrap_or_default();
    let Some(value) = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("catalogue="))
    else {
        return Ok(DEFAULT_URL.to_string());
    };
    let value = js_sys::decode_uri_component(value)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_default();
    let origin = location.origin().unwrap_or_default();
    let base = location.href().unwrap_or_default();
    match web_sys::Url::new_with_base(&value, &base) {
        Ok(url)
            if url.origin() == origin
                && (url.protocol() == "http:" || url.protocol() == "https:") =>
        {
            Ok(url.href())
        }
        _ => Err(format!(
            "{value}: not on this site's origin, so it is not loaded"
        )),
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: could not be fetched"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{url}: the server answered {}", response.status()));
    }
    let text = response.text().map_err(|_| format!("{url}: no text"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| format!("{url}: could not be read"))
}

/// Loads the deployment's catalogue, or the sample with the reason it stands in.
pub async fn load(pack: &RulePack) -> Loaded {
    let url = match requested_url() {
        Ok(url) => url,
        Err(reason) => return builtin(pack, Some(reason)),
    };
    match fetch_text(&url).await {
        Ok(text) => from_text(pack, &url, &text),
        Err(reason) => builtin(pack, Some(reason)),
    }
}
