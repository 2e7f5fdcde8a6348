//! "Share these results": a link that carries the answers in its fragment
//! (`#/s/1~<rule pack>~<answers>`, never sent to a server), a copy button,
//! and a QR code of the link, so staff at a desk can scan it and see the
//! same results on their own device, offline. On a shared kiosk only the QR
//! code is shown: a copied or selectable link would stay for the next person.
//!
//! The section is a disclosure under its heading, closed by default (open on
//! a kiosk, where handing over is what it is for): its body, and the QR
//! symbol's encoding, are made only once it is opened.

use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::hooks::{use_clipboard, Copied};
use crate::i18n::{k, t};
use crate::route::Route;
use crate::web::form;

/// The link that opens `code` in this same app at `site` (the page's address
/// without its query or fragment: kiosk or portal settings are not the
/// recipient's).
pub fn share_url(site: &str, code: &str) -> String {
    site.to_string() + &Route::Shared(code.to_string()).to_hash()
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub lang: Lang,
    /// The page's address without query or fragment.
    pub site: AttrValue,
    /// The answers code, naming the rule pack.
    pub code: String,
    pub kiosk: bool,
}

#[function_component(ShareSection)]
pub fn share_section(props: &ShareProps) -> Html {
    let lang = props.lang;
    let open = use_state_eq(|| props.kiosk);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| open.set(form::is_open(&event)))
    };
    let url = share_url(&props.site, &props.code);
    let (copied, copy) = use_clipboard("share-link");
    let on_copy = {
        let url = url.clone();
        copy.reform(move |_: MouseEvent| url.clone())
    };
    // The symbol (eight masks tried and scored) is drawn once the section is
    // open, and again only when the link changes.
    let qr = use_memo((url.clone(), *open), |(url, open)| {
        if !*open {
            return None;
        }
        skillcheck_qr::encode(url.as_bytes())
            .ok()
            .map(|code| (code.view_box_size().to_string(), code.svg_path()))
    });
    let qr = match &*qr {
        Some((size, path)) => html! {
            <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img"
                aria-label={t(lang, k::SHARE_QR_LABEL)} xmlns="http://www.w3.org/2000/svg">
                <rect width={size.clone()} height={size.clone()} fill="#fff" />
                <path d={path.clone()} fill="#000" />
            </svg>
        },
        // Too long for a QR code (it never is for this plan's questions): the link still works.
        None => html! {},
    };
    let status = match copied {
        Copied::Not => "",
        Copied::Yes => t(lang, k::SHARE_COPIED),
        Copied::Failed => t(lang, k::SHARE_COPY_FAILED),
    };
    html! {
        <section class="group share" aria-labelledby="group-share">
            <details class="share-details" open={props.kiosk} {ontoggle}>
                <summary><h2 id="group-share">{ t(lang, k::SHARE_HEADING) }</h2></summary>
                if *open {
                    if props.kiosk {
                        <p class="group-lead">{ t(lang, k::SHARE_KIOSK_LEAD) }</p>
                        { qr }
                    } else {
                        <p class="group-lead">{ t(lang, k::SHARE_LEAD) }</p>
                        <label for="share-link">{ t(lang, k::SHARE_LINK_LABEL) }</label>
                        <div class="share-row">
                            <input id="share-link" type="text" readonly=true value={url} />
                            <button type="button" class="button secondary" onclick={on_copy}>{ t(lang, k::SHARE_COPY) }</button>
                        </div>
                        <p class="hint" role="status">{ status }</p>
                        { qr }
                    }
                    <p class="hint">{ t(lang, k::SHARE_PRIVACY) }</p>
                }
            </details>
        </section>
    }
}
