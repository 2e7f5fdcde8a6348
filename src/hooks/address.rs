//! The address bar follows the reducer's navigation, and the reducer hears
//! about every address the browser arrives at (back, forward, a typed link).

use yew::prelude::*;

use crate::route::Route;
use crate::state::{History, Navigation};
use crate::web;

/// Carries out each navigation once (by its sequence number) and reports
/// address changes made outside the app as `on_address`.
#[hook]
pub fn use_address(navigation: &Navigation, on_address: Callback<Route>) {
    use_effect_with((), move |_| {
        let listening = web::events::on_window(&["hashchange"], move || {
            // Only `#/...` addresses are screens; other fragments are jumps within the page.
            let hash = web::address::hash();
            if hash.is_empty() || hash.starts_with("#/") {
                on_address.emit(Route::from_hash(&hash));
            }
        });
        move || drop(listening)
    });
    let (route, history) = (navigation.route.clone(), navigation.history);
    use_effect_with(navigation.seq, move |_| {
        let wanted = route.to_hash();
        let current = web::address::hash();
        let already = current == wanted || (current.is_empty() && route == Route::Start);
        match history {
            History::Push if !already => web::address::push(&wanted),
            History::Replace if !already => web::address::replace(&wanted),
            _ => {}
        }
    });
}

/// Links to other screens (`<a href="#/...">`) become intents for the reducer
/// (`on_open`), which decides whether the address gains a history entry. One
/// listener for the whole page: links stay plain HTML, also in the start
/// screen rendered into `index.html`.
#[hook]
pub fn use_screen_links(on_open: Callback<Route>) {
    use_effect_with((), move |_| {
        let listening = web::events::on_screen_link_clicks(move |href| {
            on_open.emit(Route::from_hash(&href));
        });
        move || drop(listening)
    });
}
