//! The kiosk's warning before it wipes the answers: a modal dialog with a
//! countdown and "continue".

use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::i18n::{k, t, t_with};

#[derive(PartialEq)]
pub struct KioskWarningProps {
    pub lang: Lang,
    pub seconds_left: u32,
    pub on_continue: Callback<()>,
}

/// The warning dialog.
pub fn kiosk_warning(props: &KioskWarningProps) -> Html {
    let lang = props.lang;
    let onclick = props.on_continue.reform(|_: MouseEvent| ());
    html! {
        // Opened with showModal() by the kiosk guard (`hooks::use_kiosk_guard`).
        <dialog id="kiosk-warning" class="kiosk-warning" role="alertdialog"
            aria-labelledby="kiosk-heading" aria-describedby="kiosk-body">
            <h2 id="kiosk-heading">{ t(lang, k::KIOSK_HEADING) }</h2>
            <p id="kiosk-body">{ t_with(lang, k::KIOSK_BODY, &[("seconds", &props.seconds_left.to_string())]) }</p>
            <button id="kiosk-continue" type="button" class="button primary" {onclick}>
                { t(lang, k::KIOSK_CONTINUE) }
            </button>
        </dialog>
    }
}
