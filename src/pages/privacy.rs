//! The privacy controls under every screen: "remember my answers on this
//! device" (off unless ticked), and "clear my answers". In kiosk mode there
//! is no storage to offer; the controls say when the device clears itself.

use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::i18n::{t, t_with};
use crate::settings::Kiosk;

#[derive(Properties, PartialEq)]
pub struct PrivacyProps {
    pub lang: Lang,
    pub remember: bool,
    /// Storage works here and this is not a kiosk.
    pub can_remember: bool,
    pub kiosk: Option<Kiosk>,
    pub on_remember: Callback<bool>,
    pub on_clear: Callback<()>,
}

#[function_component(PrivacyControls)]
pub fn privacy_controls(props: &PrivacyProps) -> Html {
    let lang = props.lang;
    let on_remember = props.on_remember.reform(|event: Event| {
        event
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|input| input.checked())
    });
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let remember = if let Some(kiosk) = props.kiosk {
        let minutes = kiosk.idle_seconds.div_ceil(60).to_string();
        html! { <p>{ t_with(lang, "privacy.kiosk", &[("minutes", &minutes)]) }</p> }
    } else if props.can_remember {
        html! {
            <div class="checkbox">
                <input id="remember" type="checkbox" checked={props.remember} onchange={on_remember}
                    aria-describedby="remember-hint" />
                <label for="remember">{ t(lang, "privacy.remember") }</label>
                <p id="remember-hint" class="hint">
                    { t(lang, if props.remember { "privacy.remember_on" } else { "privacy.remember_off" }) }
                </p>
            </div>
        }
    } else {
        html! { <p>{ t(lang, "privacy.no_storage") }</p> }
    };
    html! {
        <footer class="privacy" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{ t(lang, "privacy.heading") }</h2>
            { remember }
            <button type="button" class="button secondary" onclick={on_clear}>{ t(lang, "privacy.clear") }</button>
        </footer>
    }
}
