//! The privacy controls under every screen: "remember my answers on this
//! device" (off unless ticked), and "clear my answers". In kiosk mode there
//! is no storage to offer; the controls say when the device clears itself.
//! Answers opened from a share link are not remembered unless the person
//! keeps them.

use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::i18n::{k, t, t_with};
use crate::settings::Kiosk;
use crate::web::form;

#[derive(PartialEq)]
pub struct PrivacyProps {
    pub lang: Lang,
    pub remember: bool,
    /// Storage works here and this is not a kiosk.
    pub can_remember: bool,
    pub kiosk: Option<Kiosk>,
    /// The answers on screen came from a share link and are not being kept.
    pub from_link: bool,
    pub on_remember: Callback<bool>,
    pub on_keep_linked: Callback<()>,
    pub on_clear: Callback<()>,
}

/// The privacy footer.
pub fn privacy_controls(props: &PrivacyProps) -> Html {
    let lang = props.lang;
    let on_remember = props
        .on_remember
        .reform(|event: Event| form::is_checked(&event));
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let on_keep = props.on_keep_linked.reform(|_: MouseEvent| ());
    let remember = if let Some(kiosk) = props.kiosk {
        let minutes = kiosk.idle_seconds.div_ceil(60).to_string();
        html! { <p>{ t_with(lang, k::PRIVACY_KIOSK, &[("minutes", &minutes)]) }</p> }
    } else if props.can_remember {
        let hint = if props.remember {
            k::PRIVACY_REMEMBER_ON
        } else {
            k::PRIVACY_REMEMBER_OFF
        };
        html! {
            <>
                <div class="checkbox">
                    <input id="remember" type="checkbox" checked={props.remember} onchange={on_remember}
                        aria-describedby="remember-hint" />
                    <label for="remember">{ t(lang, k::PRIVACY_REMEMBER) }</label>
                    <p id="remember-hint" class="hint">{ t(lang, hint) }</p>
                </div>
                if props.remember && props.from_link {
                    <p class="hint">{ t(lang, k::PRIVACY_FROM_LINK) }</p>
                    <button type="button" class="button secondary" onclick={on_keep}>
                        { t(lang, k::PRIVACY_KEEP_LINKED) }
                    </button>
                }
            </>
        }
    } else {
        html! { <p>{ t(lang, k::PRIVACY_NO_STORAGE) }</p> }
    };
    html! {
        <footer class="privacy" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{ t(lang, k::PRIVACY_HEADING) }</h2>
            { remember }
            <button type="button" class="button secondary" onclick={on_clear}>{ t(lang, k::PRIVACY_CLEAR) }</button>
        </footer>
    }
}
