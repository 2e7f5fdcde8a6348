//! The document around the app: its title, `<html lang>` and text size, and
//! where focus goes when the screen changes.

use yew::prelude::*;

use crate::route::Route;
use crate::settings::Display;
use crate::state::{Navigation, Notice};
use crate::{i18n, web};

/// Names the tab after the screen.
#[hook]
pub fn use_page_title(title: String) {
    use_effect_with(title, |title| web::dom::set_title(title));
}

/// Puts the language and text size on `<html>`.
#[hook]
pub fn use_page_language(display: Display) {
    use_effect_with(display, |display| {
        web::dom::set_page_language(i18n::tag(display.lang), display.large_text)
    });
}

/// Moves focus to each new screen's heading, so a screen reader reads it
/// first. The start screen, when it is the first, keeps the page's own focus
/// and scroll (the person may be reading it, or already on a button).
#[hook]
pub fn use_screen_focus(navigation: &Navigation) {
    let first = use_mut_ref(|| true);
    let route = navigation.route.clone();
    use_effect_with(navigation.seq, move |_| {
        if !first.replace(false) || route != Route::Start {
            web::dom::focus("main-heading");
            web::dom::scroll_to_top();
        }
    });
}

/// Gives focus back to the control a person had focused on the start screen
/// in `index.html` before the app took it over (the app's language switch is
/// one button where the HTML had one per language).
#[hook]
pub fn use_initial_focus(focused: Option<String>) {
    use_effect_with((), move |_| {
        let id = match focused.as_deref() {
            Some("boot-to-en" | "boot-to-zh") => Some("toggle-language"),
            Some(id) => Some(id),
            None => None,
        };
        if let Some(id) = id {
            web::dom::focus(id);
        }
    });
}

/// What the live region says: the same as `value`, but filled in only after
/// the screen has been drawn and focus has moved, so a screen reader hears the
/// change in a region it already knows, instead of a region and its text
/// appearing in the same instant as a new screen.
#[hook]
pub fn use_announcement<T: Clone + PartialEq + 'static>(value: Option<T>) -> Option<T> {
    let announced = use_state_eq(|| None::<T>);
    {
        let announced = announced.clone();
        use_effect_with(value, move |value| announced.set(value.clone()));
    }
    (*announced).clone()
}

/// Names in the console, for staff, the rule pack a share link was made for
/// when this version does not have it: the page itself shows none of the
/// link's words (whoever made the link chose them).
#[hook]
pub fn use_notice_log(notice: Option<Notice>) {
    use_effect_with(notice, |notice| {
        if let Some(Notice::ShareOtherPack(id)) = notice {
            web::warn(&format!(
                "skillcheck: the share link was made for the rule pack `{id}`, which this version does not have"
            ));
        }
    });
}
