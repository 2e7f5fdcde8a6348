//! The institution catalogue: browse and filter by occupation field, level,
//! certificate type, township and kind, or search by name or occupation.
//! Sample data says so at the top; entries left out of a loaded file are listed.

use std::rc::Rc;

use skillcheck_engine::catalogue::{
    self, CertificateType, Filter, Institution, Kind, CERTIFICATE_TYPES, KINDS,
};
use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::{Lang, RulePack};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::catalogue_source::Loaded;
use crate::i18n::{label, pick, t, t_with};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CatalogueProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub loaded: Option<Rc<Loaded>>,
}

/// What is said about where the list comes from, on every screen that shows it.
pub fn source_notice(lang: Lang, loaded: &Loaded) -> Html {
    let catalogue = &loaded.catalogue;
    html! {
        <>
            if catalogue.sample {
                <p class="notice warning sample-notice" role="note">{ t(lang, "catalogue.sample") }</p>
            }
            if let Some(reason) = &loaded.fallback {
                <div class="notice warning" role="alert">
                    <p>{ t(lang, "catalogue.fallback") }</p>
                    <p class="problem-text">{ reason }</p>
                </div>
            }
            if !loaded.problems.is_empty() {
                <details class="notice problems">
                    <summary>{ t_with(lang, "catalogue.problems", &[("n", &loaded.problems.len().to_string())]) }</summary>
                    <ul>
                        { for loaded.problems.iter().map(|problem| html! {
                            <li class="problem-text">{ format!("{}:{}", loaded.url.as_deref().unwrap_or(""), problem) }</li>
                        }) }
                    </ul>
                </details>
            }
        </>
    }
}

/// A short card for one institution, linking to its page.
pub fn institution_card(
    lang: Lang,
    pack: &RulePack,
    institution: &Institution,
    extra: Html,
) -> Html {
    let kind = institution.kind.label();
    let mut fields: Vec<String> = Vec::new();
    for project in &institution.projects {
        if let Some(occupation) = pack.occupation(&project.occupation) {
            let name = label(lang, &occupation.name.zh, &occupation.name.en);
            if !fields.contains(&name) {
                fields.push(name);
            }
        }
    }
    let name = match (lang, &institution.name_en) {
        (Lang::En, Some(name_en)) => name_en.clone(),
        _ => institution.name_zh.clone(),
    };
    html! {
        <article class="institution" aria-labelledby={format!("institution-{}", institution.id)}>
            <h3 id={format!("institution-{}", institution.id)}>
                <a href={Route::Institution(institution.id.clone()).to_hash()}>{ name }</a>
            </h3>
            <p class="meta">{ format!("{} · {}", kind.get(lang), institution.township) }</p>
            <p>{ fields.join(pick(lang, "、", ", ")) }</p>
            { extra }
        </article>
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
                <h1 id="main-heading" tabindex="-1">{ t(lang, "catalogue.heading") }</h1>
                <p role="status">{ t(lang, "catalogue.loading") }</p>
            </>
        };
    };
    let catalogue = &loaded.catalogue;
    let found = catalogue::filtered(catalogue, pack, &filter);

    let select = |apply: fn(&mut Filter, &str)| {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
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
            next.search = event.target_unchecked_into::<HtmlInputElement>().value();
            filter.set(next);
        })
    };
    let on_clear = {
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| filter.set(Filter::default()))
    };

    let any = (String::new(), t(lang, "catalogue.any"));
    let occupations: Vec<(String, String)> = std::iter::once(any.clone())
        .chain(
            pack.occupations
                .iter()
                .map(|o| (o.id.clone(), label(lang, &o.name.zh, &o.name.en))),
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
            <h1 id="main-heading" tabindex="-1">{ t(lang, "catalogue.heading") }</h1>
            <p class="lead">{ &catalogue.title }</p>
            { source_notice(lang, loaded) }
            <p class="meta">{ t_with(lang, "catalogue.issued_by", &[("issuer", &catalogue.issuer), ("date", &catalogue.date)]) }</p>
            <form class="filters" role="search" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                <label for="filter-search">{ t(lang, "catalogue.search") }</label>
                <input id="filter-search" class="text-input" type="search" value={filter.search.clone()} oninput={on_search} />
                <div class="filter-grid">
                    { filter_select("filter-occupation", t(lang, "catalogue.occupation"), on_occupation, occupations,
                        filter.occupation.clone().unwrap_or_default()) }
                    { filter_select("filter-level", t(lang, "q.level"), on_level, levels,
                        filter.level.map(|level| level.to_string()).unwrap_or_default()) }
                    { filter_select("filter-certificate", t(lang, "catalogue.certificate"), on_certificate, certificates,
                        filter.certificate.map(|c| c.id().to_string()).unwrap_or_default()) }
                    { filter_select("filter-township", t(lang, "catalogue.township"), on_township, townships,
                        filter.township.clone().unwrap_or_default()) }
                    { filter_select("filter-kind", t(lang, "catalogue.kind"), on_kind, kinds,
                        filter.kind.map(|k| k.id().to_string()).unwrap_or_default()) }
                </div>
                <button type="button" class="button secondary" onclick={on_clear}>{ t(lang, "catalogue.clear") }</button>
            </form>
            <p role="status" class="count">{ t_with(lang, "catalogue.count", &[("n", &found.len().to_string())]) }</p>
            { for found.iter().map(|institution| institution_card(lang, pack, institution, html! {})) }
        </>
    }
}
