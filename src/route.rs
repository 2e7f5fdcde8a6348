//! The screens, and the address (URL fragment) of each, so that the browser's
//! back and forward buttons and reloads move between them.

use skillcheck_engine::link::{self, Escapes};

use crate::interview::PageId;

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    /// A page of the interview.
    Question(PageId),
    Check,
    Results,
    About,
    /// The institution catalogue, to browse and filter.
    Catalogue,
    /// One institution of the catalogue, by id.
    Institution(String),
    /// A share link: the answers code (`1~pack~entries`) in the address. It is
    /// read once; the address is then replaced by the results' own (or, when
    /// it would replace answers on screen, it stays while the person decides).
    Shared(String),
}

impl Route {
    /// Reads a location hash such as `#/q/veteran`; anything unknown is the start.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("q", key)) => PageId::from_key(key).map_or(Route::Start, Route::Question),
            Some(("s", code)) if !code.is_empty() => {
                Route::Shared(link::unescape(code, Escapes::NonAscii))
            }
            Some(("catalogue", id)) if !id.is_empty() && !id.contains('/') => {
                Route::Institution(decode(id))
            }
            _ => match path {
                "check" => Route::Check,
                "results" => Route::Results,
                "about" => Route::About,
                "catalogue" => Route::Catalogue,
                _ => Route::Start,
            },
        }
    }

    /// The location hash for this screen.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Start => "#/".to_string(),
            Route::Question(page) => format!("#/q/{}", page.key()),
            Route::Check => "#/check".to_string(),
            Route::Results => "#/results".to_string(),
            Route::About => "#/about".to_string(),
            Route::Catalogue => "#/catalogue".to_string(),
            Route::Institution(id) => format!("#/catalogue/{}", encode(id)),
            Route::Shared(code) => format!("#/s/{}", link::escape_non_ascii(code)),
        }
    }
}

/// Institution ids are written into the address with `%XX` for anything but
/// letters, digits, `-` and `_`.
fn encode(id: &str) -> String {
    let mut out = String::new();
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode`]; anything malformed is kept as written.
fn decode(text: &str) -> String {
    link::unescape(text, Escapes::All)
}

#[cfg(test)]
mod tests {
    use super::*;
    use skillcheck_engine::{Answer, Answers, Certificate, Fact, Value};

    #[test]
    fn every_route_round_trips_through_its_hash() {
        let mut routes = vec![
            Route::Start,
            Route::Check,
            Route::Results,
            Route::About,
            Route::Catalogue,
            Route::Institution("sample-care-training".to_string()),
            Route::Institution("机构 1/2".to_string()),
            Route::Shared("1~wulong-2019~ay.bn".to_string()),
            Route::Shared("1~wulong-2019~pL电工%28中级%29*1".to_string()),
        ];
        routes.extend(PageId::all().map(Route::Question));
        for route in routes {
            assert_eq!(Route::from_hash(&route.to_hash()), route.clone());
        }
    }

    #[test]
    fn unknown_addresses_go_to_the_start() {
        for hash in [
            "",
            "#",
            "#/q/",
            "#/q/not_a_fact",
            "#/nowhere",
            "#/q/veteran/extra",
        ] {
            assert_eq!(Route::from_hash(hash), Route::Start, "{hash}");
        }
    }

    #[test]
    fn a_question_address_from_before_pages_were_grouped_opens_the_page_that_asks_it() {
        assert_eq!(
            Route::from_hash("#/q/veteran"),
            Route::Question(PageId::of(Fact::Veteran).expect("a page asks it"))
        );
    }

    fn certificate_code(occupation: &str) -> String {
        let mut answers = Answers::new();
        answers
            .set(Fact::WulongTie, Answer::Given(Value::Bool(true)))
            .expect("a fitting answer");
        let certificate = Certificate::new(occupation, "intermediate").expect("a level");
        answers
            .set(
                Fact::PlannedCertificate,
                Answer::Given(Value::Certificate(certificate)),
            )
            .expect("a fitting answer");
        answers.encode("wulong-2019")
    }

    /// What a browser's `location.hash` gives back for a fragment: its
    /// non-ASCII written as UTF-8 escapes, its ASCII as it was.
    fn as_browser_reads(hash: &str) -> String {
        link::escape_non_ascii(hash)
    }

    #[test]
    fn a_share_link_with_a_certificate_answer_opens_with_its_answers() {
        for occupation in [
            "elderly carer",
            "电工(中级)",
            "电工（中级）",
            "a.b~c,d*e%",
            "育婴员",
        ] {
            let code = certificate_code(occupation);
            let hash = as_browser_reads(&Route::Shared(code.clone()).to_hash());
            let Route::Shared(read) = Route::from_hash(&hash) else {
                panic!("{occupation}: not a share address");
            };
            assert_eq!(read, code, "{occupation}");
            let (_, answers) = Answers::decode(&read).expect("the code decodes");
            assert_eq!(
                answers
                    .profile()
                    .planned_certificate()
                    .map(|c| c.occupation.as_str()),
                Some(occupation),
            );
        }
    }

    #[test]
    fn share_links_made_before_keep_opening() {
        // Links as the app wrote them before: the code with its non-ASCII raw,
        // which a browser then reads back escaped.
        for (link, fact) in [
            ("#/s/1~wulong-2019~ay.bn.mu", Fact::Veteran),
            ("#/s/1~wulong-2019~ay.qC育婴员*2", Fact::PlannedCertificate),
            (
                "#/s/1~wulong-2019~ay.pL电工*0,焊工*1",
                Fact::CertificatesThisYear,
            ),
        ] {
            let Route::Shared(code) = Route::from_hash(&as_browser_reads(link)) else {
                panic!("{link}: not a share address");
            };
            let (_, answers) = Answers::decode(&code).expect("an old link still decodes");
            assert!(answers.is_answered(fact), "{link}");
        }
    }
}
