//! The screens, and the address (URL fragment) of each, so that the browser's
//! back and forward buttons and reloads move between them.

use skillcheck_engine::Fact;

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    Question(Fact),
    Check,
    Results,
    About,
    /// The institution catalogue, to browse and filter.
    Catalogue,
    /// One institution of the catalogue, by id.
    Institution(String),
    /// A share link: the answers code (`1~pack~entries`) in the address. It is
    /// read once, and the address is replaced by the results' own.
    Shared(String),
}

impl Route {
    /// Reads a location hash such as `#/q/veteran`; anything unknown is the start.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("q", key)) => Fact::from_key(key).map_or(Route::Start, Route::Question),
            Some(("s", code)) if !code.is_empty() => Route::Shared(decode(code)),
            Some(("catalogue", id)) if !id.is_empty() && !id.contains('/') => {
                let id = decode(id);
                Route::Institution(id)
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
            Route::Question(fact) => format!("#/q/{}", fact.key()),
            Route::Check => "#/check".to_string(),
            Route::Results => "#/results".to_string(),
            Route::About => "#/about".to_string(),
            Route::Catalogue => "#/catalogue".to_string(),
            Route::Institution(id) => format!("#/catalogue/{}", encode(id)),
            Route::Shared(code) => format!("#/s/{code}"),
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
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[index], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                index += 3;
            }
            (byte, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ];
        routes.extend(Fact::ALL.iter().map(|fact| Route::Question(*fact)));
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
}
