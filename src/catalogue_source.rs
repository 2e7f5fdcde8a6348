//! Where the institution catalogue comes from: the deployment's own file
//! (`catalogue.json` beside the app, or a same-origin `?catalogue=` URL given by
//! the embedding page), validated entry by entry; or, when that cannot be
//! used, the sample that ships with every build (`catalogue-sample.json`,
//! cached for offline use like the rest of the build), with the reason shown.
//! The sample is not compiled into the app: that keeps it off the first load.
//!
//! Pure: `hooks::use_catalogue` fetches the files and hands the text here.
//! Nothing said about a failure repeats the address or the file's own text
//! beyond the problem's line and a short, cleaned message: the address may
//! come from the page's query, which anyone can write.

use std::rc::Rc;

use skillcheck_engine::catalogue::{self, Catalogue, Problem};
use skillcheck_engine::RulePack;

use crate::settings::CatalogueAddress;

/// The sample catalogue (示例数据，非官方目录) every build ships, the fallback.
pub const SAMPLE_URL: &str = "catalogue-sample.json";

/// The file a deployment puts beside index.html to replace the sample.
pub const DEFAULT_URL: &str = "catalogue.json";

/// The longest problem message shown, in characters.
const MESSAGE_LIMIT: usize = 160;

/// Why the deployment's list is not the one shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// The address named a list on another site: nothing was requested.
    OtherOrigin,
    /// The list could not be fetched (offline, or refused).
    Unreachable,
    /// The server answered with this status.
    Status(u16),
    /// The list has no usable entry; its first problems.
    Invalid(Vec<Problem>),
}

/// The catalogue in use and what happened when it was loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub catalogue: Rc<Catalogue>,
    /// Entries of the loaded file that were left out, with their lines.
    pub problems: Vec<Problem>,
    /// Why the deployment's list was not used, when the sample stands in for it.
    pub fallback: Option<Fallback>,
}

/// The list to fetch for an address setting, or why none is fetched.
pub fn url_for(address: &CatalogueAddress) -> Result<String, Fallback> {
    match address {
        CatalogueAddress::Default => Ok(DEFAULT_URL.to_string()),
        CatalogueAddress::Given(url) => Ok(url.clone()),
        CatalogueAddress::Refused => Err(Fallback::OtherOrigin),
    }
}

/// A problem's message as it may be shown: control and direction characters
/// removed, at most a few lines' worth of text.
fn cleaned(problem: &Problem) -> Problem {
    let mut message: String = problem
        .message
        .chars()
        .filter(|c| !c.is_control() && !is_direction_mark(*c))
        .take(MESSAGE_LIMIT)
        .collect();
    if problem.message.chars().count() > MESSAGE_LIMIT {
        message.push('…');
    }
    Problem {
        line: problem.line,
        message,
    }
}

/// Characters that reorder the text around them.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

/// Reads a deployment's list: the catalogue with the entries left out, or
/// why it cannot be used at all.
pub fn from_text(pack: &RulePack, text: &str) -> Result<Loaded, Fallback> {
    match catalogue::parse(text, pack) {
        Ok(loaded) => Ok(Loaded {
            catalogue: Rc::new(loaded.catalogue),
            problems: loaded.problems.iter().map(cleaned).collect(),
            fallback: None,
        }),
        Err(problems) => Err(Fallback::Invalid(
            problems.iter().take(3).map(cleaned).collect(),
        )),
    }
}

/// The shipped sample standing in for a list that could not be used; an
/// empty list when even the sample cannot be read.
pub fn sample(pack: &RulePack, text: Option<&str>, reason: Fallback) -> Loaded {
    let catalogue = text
        .and_then(|text| catalogue::parse(text, pack).ok())
        .map(|loaded| loaded.catalogue)
        .unwrap_or_else(|| Catalogue {
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
        fallback: Some(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> &'static RulePack {
        let library = Box::leak(Box::new(
            skillcheck_engine::embedded().expect("valid packs"),
        ));
        &library.packs()[0]
    }

    #[test]
    fn an_address_on_another_site_is_never_fetched() {
        assert_eq!(
            url_for(&CatalogueAddress::Refused),
            Err(Fallback::OtherOrigin)
        );
        assert_eq!(
            url_for(&CatalogueAddress::Default),
            Ok(DEFAULT_URL.to_string())
        );
    }

    #[test]
    fn the_shipped_sample_loads_and_a_broken_list_says_why_without_echoing_text() {
        let sample_text = include_str!("../catalogue/wulong-sample.json");
        let loaded = from_text(pack(), sample_text).expect("the sample is valid");
        assert!(loaded.catalogue.sample);
        assert!(loaded.problems.is_empty());
        let crafted = "{\"title\": \"\u{202E}请致电400领取补贴".to_string() + &"x".repeat(500);
        let Err(Fallback::Invalid(problems)) = from_text(pack(), &crafted) else {
            panic!("a broken list is not used");
        };
        for problem in problems {
            assert!(problem.message.chars().count() <= MESSAGE_LIMIT + 1);
            assert!(!problem.message.contains('\u{202E}'));
        }
        let fallback = sample(pack(), Some(sample_text), Fallback::Unreachable);
        assert!(!fallback.catalogue.institutions.is_empty());
        assert_eq!(fallback.fallback, Some(Fallback::Unreachable));
        assert!(sample(pack(), None, Fallback::Status(404))
            .catalogue
            .institutions
            .is_empty());
    }
}
