//! Pieces shared by several screens. Like pages, they receive data and
//! callbacks only; their effects go through hooks.

pub mod benefit_entry;
pub mod clauses;
pub mod institution_card;
pub mod kiosk_warning;
pub mod masthead;
pub mod notices;
pub mod privacy;
pub mod share;
