//! The institution list, loaded once, when a screen first needs it.

use std::rc::Rc;

use skillcheck_engine::RulePack;
use yew::prelude::*;

use crate::catalogue_source::{self, Fallback, Loaded};
use crate::settings::CatalogueAddress;
use crate::web;
use crate::web::fetch::FetchError;

async fn load(pack: &RulePack, address: &CatalogueAddress) -> Loaded {
    let reason = match catalogue_source::url_for(address) {
        Ok(url) => match web::fetch::text(&url).await {
            Ok(text) => match catalogue_source::from_text(pack, &text) {
                Ok(loaded) => return loaded,
                Err(reason) => reason,
            },
            Err(FetchError::Status(status)) => Fallback::Status(status),
            Err(FetchError::Unreachable | FetchError::Unreadable) => Fallback::Unreachable,
        },
        Err(reason) => reason,
    };
    let sample = web::fetch::text(catalogue_source::SAMPLE_URL).await.ok();
    catalogue_source::sample(pack, sample.as_deref(), reason)
}

/// The catalogue, once `needed` has been true and it has loaded; the
/// deployment's list, or the shipped sample with the reason.
#[hook]
pub fn use_catalogue(
    needed: bool,
    pack: &'static RulePack,
    address: CatalogueAddress,
) -> Option<Rc<Loaded>> {
    let loaded = use_state(|| None::<Rc<Loaded>>);
    let requested = use_mut_ref(|| false);
    {
        let loaded = loaded.clone();
        use_effect_with(needed, move |needed| {
            if *needed && !requested.replace(true) {
                web::spawn(async move {
                    loaded.set(Some(Rc::new(load(pack, &address).await)));
                });
            }
        });
    }
    (*loaded).clone()
}
