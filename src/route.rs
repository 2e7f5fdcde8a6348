//! The screens, and the address (URL fragment) of each, so that the browser's
//! back and forward buttons and reloads move between them.

use skillcheck_engine::Fact;

/// One screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    Question(Fact),
    Check,
    Results,
    About,
}

impl Route {
    /// Reads a location hash such as `#/q/veteran`; anything unknown is the start.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("q", key)) => Fact::from_key(key).map_or(Route::Start, Route::Question),
            _ => match path {
                "check" => Route::Check,
                "results" => Route::Results,
                "about" => Route::About,
                _ => Route::Start,
            },
        }
    }

    /// The location hash for this screen.
    pub fn to_hash(self) -> String {
        match self {
            Route::Start => "#/".to_string(),
            Route::Question(fact) => format!("#/q/{}", fact.key()),
            Route::Check => "#/check".to_string(),
            Route::Results => "#/results".to_string(),
            Route::About => "#/about".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_hash() {
        let mut routes = vec![Route::Start, Route::Check, Route::Results, Route::About];
        routes.extend(Fact::ALL.iter().map(|fact| Route::Question(*fact)));
        for route in routes {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
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
