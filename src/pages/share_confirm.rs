//! A share link opened over answers already on screen: the person says
//! whether its answers replace theirs. Nothing is replaced without asking.

use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::i18n::{k, t};

#[derive(PartialEq)]
pub struct ShareConfirmProps {
    pub lang: Lang,
    pub on_replace: Callback<()>,
    pub on_keep: Callback<()>,
}

/// The question, with "keep" first (nothing changes) and "replace".
pub fn share_confirm_page(props: &ShareConfirmProps) -> Html {
    let lang = props.lang;
    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, k::SHARE_CONFIRM_HEADING) }</h1>
            <p>{ t(lang, k::SHARE_CONFIRM_BODY) }</p>
            <p class="actions">
                <button type="button" class="button primary" onclick={props.on_keep.reform(|_: MouseEvent| ())}>
                    { t(lang, k::SHARE_CONFIRM_KEEP) }
                </button>
                <button type="button" class="button warning-button" onclick={props.on_replace.reform(|_: MouseEvent| ())}>
                    { t(lang, k::SHARE_CONFIRM_REPLACE) }
                </button>
            </p>
        </>
    }
}
