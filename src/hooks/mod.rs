//! The app's side effects, each in one named hook. Hooks call `crate::web`
//! for anything the browser does; the reducer decides, the hooks carry out.

mod address;
mod catalogue;
mod clipboard;
mod document;
mod jump;
mod kiosk;
mod painted;
mod print;
mod remembered;

pub use address::{use_address, use_screen_links};
pub use catalogue::use_catalogue;
pub use clipboard::{use_clipboard, Copied};
pub use document::{
    use_announcement, use_initial_focus, use_notice_log, use_page_language, use_page_title,
    use_screen_focus,
};
pub use jump::{use_focus_each, use_focus_request, use_jump};
pub use kiosk::{use_kiosk_guard, KioskGuard};
pub use painted::use_painted;
pub use print::{use_print, Printing};
pub use remembered::use_remembered;
