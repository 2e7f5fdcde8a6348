//! Where the institution catalogue comes from: the deployment's own file
//! (`catalogue.json` beside the app, or a same-origin `?catalogue=` URL given by
//! the embedding page), validated entry by entry; or, when that cannot be
//! used, the sample that ships with every build (`catalogue-sample.json`,
//! cached for offline use like the rest of the build), with the reason shown.
//! The sample is not compiled into the app: that keeps 1.6 KiB off the first load.

use std::rc::Rc;

use skillcheck_engine::catalogue::{self, Catalogue, Problem};
use skillcheck_engine::RulePack;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The sample catalogue (示例数据，非官方目录) every build ships, the fallback.
pub const SAMPLE_URL: &str = "catalogue-sample.json";

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

/// No catalogue at all: neither the deployment's nor the sample could be read.
fn empty(fallback: String) -> Loaded {
    Loaded {
        catalogue: Rc::new(Catalogue {
            title: String::new(),
            issuer: String::new(),
            date: String::new(),
            source: String::new(),
            sample: true,
            institutions: Vec::new(),
        }),
        problems: Vec::new(),
        url: None,
        fallback: Some(fallback),
    }
}

/// The shipped sample, standing in for a list that could not be used.
async fn sample(pack: &RulePack, reason: String) -> Loaded {
    let parsed = fetch_text(SAMPLE_URL)
        .await
        .ok()
        .and_then(|text| catalogue::parse(&text, pack).ok());
    match parsed {
        Some(loaded) => Loaded {
            catalogue: Rc::new(loaded.catalogue),
            problems: Vec::new(),
            url: None,
            fallback: Some(reason),
        },
        None => empty(reason),
    }
}

/// Reads a catalogue's text: the catalogue, or why it cannot be used.
fn from_text(pack: &RulePack, url: &str, text: &str) -> Result<Loaded, String> {
    match catalogue::parse(text, pack) {
        Ok(loaded) => Ok(Loaded {
            catalogue: Rc::new(loaded.catalogue),
            problems: loaded.problems,
            url: Some(url.to_string()),
            fallback: None,
        }),
        Err(problems) => {
            let reasons: Vec<String> = problems.iter().take(3).map(ToString::to_string).collect();
            Err(format!("{url}: {}", reasons.join("; ")))
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
    let loaded = match requested_url() {
        Ok(url) => match fetch_text(&url).await {
            Ok(text) => from_text(pack, &url, &text),
            Err(reason) => Err(reason),
        },
        Err(reason) => Err(reason),
    };
    match loaded {
        Ok(loaded) => loaded,
        Err(reason) => sample(pack, reason).await,
    }
}
