//! What is fixed for the life of the page: the rule packs, today's date, kiosk
//! mode, whether storage can be offered, the display a kiosk returns to, and
//! which institution list to load. The root builds it once from the page
//! (`web::boot`, `web::today`, `web::storage::available`) and hands it down:
//! to the reducer as an argument, and to screens as props.
//! Plain data: no web types, so the reducer's native tests build their own.

use skillcheck_engine::{Date, Library, RulePack};

use crate::settings::{CatalogueAddress, Display, Kiosk};

#[derive(Clone, Debug)]
pub struct Config {
    /// Every built-in rule pack (a share link may name any of them).
    pub library: &'static Library,
    /// The rule pack in force today.
    pub pack: &'static RulePack,
    /// The day the checker decides for (today, on the device).
    pub today: Date,
    /// Kiosk mode (a shared device), from the address.
    pub kiosk: Option<Kiosk>,
    /// Storage may be offered: it works here and this is not a kiosk.
    pub can_remember: bool,
    /// The language and text size the address asked for: what a kiosk returns to.
    pub home: Display,
    /// Which institution list to load.
    pub catalogue: CatalogueAddress,
    /// This page's address without query or fragment: where share links point.
    pub site: String,
}

impl Config {
    /// The pack in force on `today`; with a device clock set before the first
    /// pack took effect, the earliest pack rather than none.
    pub fn pack_for(library: &'static Library, today: Date) -> Option<&'static RulePack> {
        library
            .for_date(today)
            .ok()
            .or_else(|| library.packs().first())
    }
}

impl PartialEq for Config {
    /// The library and packs by identity (they are built in); the rest by value.
    fn eq(&self, other: &Self) -> bool {
        let Config {
            library,
            pack,
            today,
            kiosk,
            can_remember,
            home,
            catalogue,
            site,
        } = self;
        std::ptr::eq(*library, other.library)
            && std::ptr::eq(*pack, other.pack)
            && *today == other.today
            && *kiosk == other.kiosk
            && *can_remember == other.can_remember
            && *home == other.home
            && *catalogue == other.catalogue
            && *site == other.site
    }
}
