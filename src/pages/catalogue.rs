//! The institution catalogue: browse and filter by occupation field, level,
//! certificate type, township and kind, or search by name or occupation.
//! Sample data says so at the top; entries left out of a loaded file are listed.

use std::rc::Rc;

use skillcheck_engine::catalogue::{self, CertificateType, Filter, Kind, CERTIFICATE_TYPES, KINDS};
use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::{Lang, RulePack};
use yew::prelude::*;

use crate::catalogue_source::Loaded;
use crate::components::institution_card::{institution_card, source_notice};
use crate::i18n::{k, label, pick, t, t_with};
use crate::web::form;

#[derive(Properties)]
pub struct CatalogueProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub loaded: Option<Rc<Loaded>>,
}

impl PartialEq for CatalogueProps {
    /// The pack and the list by identity: comparing their contents on every
    /// render would cost more than the render.
    fn eq(&self, other: &Self) -> bool {
        let same_list = match (&self.loaded, &other.loaded) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        self.lang == other.lang && std::ptr::eq(self.pack, other.pack) && same_list
    }
}

/// One labelled filter: a select whose options are (id, text), "any" being the empty id.
fn filter_select(
    id: &'static str,
    label: String,
    onchange: Callback<Event>,
    items: Vec<(String, String)>,
    selected: String,
) -> Html {
    // Every render marks exactly one option selected: Yew inserts options
    // last-first, so without a mark the browser would keep the last.
    html! {
        <div>
            <label for={id}>{ label }</label>
            <select id={id} class="select" {onchange}>
                { for items.into_iter().map(|(value, text)| {
                    let is_selected = value == selected;
                    html! { <option value={value} selected={is_selected}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

#[function_component(CataloguePage)]
pub fn catalogue_page(props: &CatalogueProps) -> Html {
    let lang = props.lang;
    let pack = props.pack;
    let filter = use_state(Filter::default);
    let Some(loaded) = props.loaded.as_ref() else {
        return html! {
            <>
                <h1 id="main-heading" tabindex="-1">{ t(lang, k::CATALOGUE_HEADING) }</h1>
                <p role="status">{ t(lang, k::CATALOGUE_LOADING) }</p>
            </>
        };
    };
    let catalogue = &loaded.catalogue;
    let found = catalogue::filtered(catalogue, pack, &filter);

    let select = |apply: fn(&mut Filter, &str)| {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let value = form::value_of(&event);
            let mut next = (*filter).clone();
            apply(&mut next, &value);
            filter.set(next);
        })
    };
    let on_occupation = select(|filter, value| {
        filter.occupation = Some(value.to_string()).filter(|value| !value.is_empty())
    });
    let on_level = select(|filter, value| filter.level = value.parse().ok());
    let on_certificate =
        select(|filter, value| filter.certificate = CertificateType::from_id(value));
    let on_township = select(|filter, value| {
        filter.township = Some(value.to_string()).filter(|value| !value.is_empty())
    });
    let on_kind = select(|filter, value| filter.kind = Kind::from_id(value));
    let on_search = {
        let filter = filter.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*filter).clone();
            next.search = form::input_value(&event);
            filter.set(next);
        })
    };
    let on_clear = {
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| filter.set(Filter::default()))
    };

    let any = (String::new(), t(lang, k::CATALOGUE_ANY).to_string());
    let occupations: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(
            pack.occupations
                .iter()
                .map(|o| (o.id.to_string(), label(lang, &o.name.zh, &o.name.en))),
        )
        .collect();
    let levels: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(
            LEVEL_CHOICES
                .iter()
                .enumerate()
                .map(|(index, level)| (index.to_string(), label(lang, level.zh, level.en))),
        )
        .collect();
    let certificates: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(
            CERTIFICATE_TYPES
                .iter()
                .map(|c| (c.1.to_string(), pick(lang, c.2, c.3).to_string())),
        )
        .collect();
    // In order of first appearance (no sort: keeps the WebAssembly small).
    let mut townships: Vec<String> = Vec::new();
    for institution in &catalogue.institutions {
        if !townships.contains(&institution.township) {
            townships.push(institution.township.clone());
        }
    }
    let townships: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(townships.into_iter().map(|town| (town.clone(), town)))
        .collect();
    let kinds: Vec<(String, String)> = std::iter::once(any)
        .chain(
            KINDS
                .iter()
                .map(|k| (k.1.to_string(), pick(lang, k.2, k.3).to_string())),
        )
        .collect();

    html! {
        <>
            <h1 id="main-heading" tabindex="-1">{ t(lang, k::CATALOGUE_HEADING) }</h1>
            <p class="lead">{ &catalogue.title }</p>
            { source_notice(lang, loaded) }
            <p class="meta">{ t_with(lang, k::CATALOGUE_ISSUED_BY, &[("issuer", &catalogue.issuer), ("date", &catalogue.date)]) }</p>
            <form class="filters" role="search" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                <label for="filter-search">{ t(lang, k::CATALOGUE_SEARCH) }</label>
                <input id="filter-search" class="text-input" type="search" value={filter.search.clone()} oninput={on_search} autocomplete="off" />
                <div class="filter-grid">
                    { filter_select("filter-occupation", t(lang, k::CATALOGUE_OCCUPATION).to_string(), on_occupation, occupations,
                        filter.occupation.clone().unwrap_or_default()) }
                    { filter_select("filter-level", t(lang, k::Q_LEVEL).to_string(), on_level, levels,
                        filter.level.map(|level| level.to_string()).unwrap_or_default()) }
                    { filter_select("filter-certificate", t(lang, k::CATALOGUE_CERTIFICATE).to_string(), on_certificate, certificates,
                        filter.certificate.map(|c| c.id().to_string()).unwrap_or_default()) }
                    { filter_select("filter-township", t(lang, k::CATALOGUE_TOWNSHIP).to_string(), on_township, townships,
                        filter.township.clone().unwrap_or_default()) }
                    { filter_select("filter-kind", t(lang, k::CATALOGUE_KIND).to_string(), on_kind, kinds,
                        filter.kind.map(|k| k.id().to_string()).unwrap_or_default()) }
                </div>
                <button type="button" class="button secondary" onclick={on_clear}>{ t(lang, k::CATALOGUE_CLEAR) }</button>
            </form>
            <p role="status" class="count">{ t_with(lang, k::CATALOGUE_COUNT, &[("n", &found.len().to_string())]) }</p>
            { for found.iter().map(|institution| institution_card(lang, pack, institution, 2, html! {})) }
        </>
    }
}
