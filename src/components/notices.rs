//! The one-off notice about what just happened, in a live region that is
//! always in the page, so a screen reader announces what appears in it.

use skillcheck_engine::Lang;
use yew::prelude::*;

use crate::i18n::{k, t};
use crate::state::Notice;

/// The words for a notice.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Restarted => t(lang, k::NOTICE_RESTARTED).to_string(),
        Notice::Cleared => t(lang, k::NOTICE_CLEARED).to_string(),
        Notice::ClearedElsewhere => t(lang, k::NOTICE_CLEARED_ELSEWHERE).to_string(),
        Notice::KioskWiped => t(lang, k::NOTICE_KIOSK_WIPED).to_string(),
        Notice::ShareUnreadable => t(lang, k::NOTICE_SHARE_UNREADABLE).to_string(),
        // The link's pack id is not shown: whoever made the link chose those
        // words, and this is the checker's own page (the console names it for staff).
        Notice::ShareOtherPack(_) => t(lang, k::NOTICE_SHARE_OTHER_PACK).to_string(),
    }
}

#[derive(PartialEq)]
pub struct NoticesProps {
    pub lang: Lang,
    pub notice: Option<Notice>,
}

/// The live region, with the notice if there is one.
pub fn notices(props: &NoticesProps) -> Html {
    html! {
        <div class="notices" role="status">
            if let Some(notice) = &props.notice {
                <p class="notice">{ notice_text(props.lang, notice) }</p>
            }
        </div>
    }
}
