//! The screens. Each receives data and callbacks only; the reducer in
//! `state.rs` owns every change. No page imports another page: what several
//! screens share is in `src/components/`.

pub mod about;
pub mod catalogue;
pub mod check;
pub mod institution;
pub mod question;
pub mod results;
pub mod share_confirm;
pub mod start;
