//! "Share these results": a link that carries the answers in its fragment
//! (`#/s/1~<rule pack>~<answers>`, never sent to a server), a copy button,
//! and a QR code of the link, so staff at a desk can scan it and see the
//! same results on their own device, offline.

use skillcheck_engine::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::i18n::t;
use crate::route::Route;

/// The link that opens `code` in this same app: this page's address without
/// its query (kiosk or portal settings are not the recipient's) or fragment.
pub fn share_url(code: &str) -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let base = href.split(['#', '?']).next().unwrap_or_default();
    base.to_string() + &Route::Shared(code.to_string()).to_hash()
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub lang: Lang,
    /// The answers code, naming the rule pack.
    pub code: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard refused (a sandboxed frame, an old browser): the link is selected instead.
    Failed,
}

#[function_component(ShareSection)]
pub fn share_section(props: &ShareProps) -> Html {
    let lang = props.lang;
    let url = share_url(&props.code);
    let copied = use_state_eq(|| Copied::Not);
    let input = use_node_ref();
    let on_copy = {
        let (url, copied, input) = (url.clone(), copied.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            let (url, copied, input) = (url.clone(), copied.clone(), input.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let promise =
                    web_sys::window().map(|window| window.navigator().clipboard().write_text(&url));
                let done = match promise {
                    Some(promise) => JsFuture::from(promise).await.is_ok(),
                    None => false,
                };
                if !done {
                    if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                        field.select();
                    }
                }
                copied.set(if done { Copied::Yes } else { Copied::Failed });
            });
        })
    };
    let on_focus = Callback::from(|event: FocusEvent| {
        if let Some(field) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            field.select();
        }
    });
    // The symbol (eight masks tried and scored) is drawn again only when the link changes.
    let qr = use_memo(url.clone(), |url| {
        match skillcheck_qr::encode(url.as_bytes()) {
            Ok(code) => Some((code.view_box_size().to_string(), code.svg_path())),
            // Too long for a QR code (it never is for this plan's questions): the link still works.
            Err(_) => None,
        }
    });
    let qr = match &*qr {
        Some((size, path)) => html! {
            <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img"
                aria-label={t(lang, "share.qr_label")} xmlns="http://www.w3.org/2000/svg">
                <rect width={size.clone()} height={size.clone()} fill="#fff" />
                <path d={path.clone()} fill="#000" />
            </svg>
        },
        None => html! {},
    };
    let status = match *copied {
        Copied::Not => String::new(),
        Copied::Yes => t(lang, "share.copied"),
        Copied::Failed => t(lang, "share.copy_failed"),
    };
    html! {
        <section class="group share" aria-labelledby="group-share">
            <h2 id="group-share">{ t(lang, "share.heading") }</h2>
            <p class="group-lead">{ t(lang, "share.lead") }</p>
            <label for="share-link">{ t(lang, "share.link_label") }</label>
            <div class="share-row">
                <input id="share-link" type="text" readonly=true value={url} ref={input} onfocus={on_focus} />
                <button type="button" class="button secondary" onclick={on_copy}>{ t(lang, "share.copy") }</button>
            </div>
            <p class="hint" role="status">{ status }</p>
            { qr }
            <p class="hint">{ t(lang, "share.privacy") }</p>
        </section>
    }
}
