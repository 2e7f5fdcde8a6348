//! The screens. Each receives data and callbacks only; the reducer in
//! `state.rs` owns every change.

pub mod about;
pub mod catalogue;
pub mod check;
pub mod institution;
pub mod privacy;
pub mod question;
pub mod results;
pub mod share;
pub mod start;
