//! One institution of the catalogue: its projects and how to reach it.

use std::rc::Rc;

use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::{Fact, Lang, RulePack};
use yew::prelude::*;

use crate::catalogue_source::Loaded;
use crate::i18n::{label, pick, t};
use crate::pages::catalogue::source_notice;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct InstitutionProps {
    pub lang: Lang,
    pub pack: &'static RulePack,
    pub loaded: Option<Rc<Loaded>>,
    pub id: String,
}

/// What a project serves, in words: a benefit's, programme's or group's name.
fn serves_label(lang: Lang, pack: &RulePack, id: &str) -> String {
    if let Some(benefit) = pack.benefit(id) {
        return benefit.name.get(lang).to_string();
    }
    if let Some(programme) = pack.programmes.iter().find(|programme| programme.id == id) {
        return programme.name.get(lang).to_string();
    }
    match Fact::from_key(id) {
        Some(fact) => pick(lang, fact.info().term_zh, fact.info().term_en).to_string(),
        None => id.to_string(),
    }
}

#[function_component(InstitutionPage)]
pub fn institution_page(props: &InstitutionProps) -> Html {
    let lang = props.lang;
    let pack = props.pack;
    let back =
        html! { <p><a href={Route::Catalogue.to_hash()}>{ t(lang, "institution.back") }</a></p> };
    let Some(loaded) = props.loaded.as_ref() else {
        return html! {
            <>
                <h1 id="main-heading" tabindex="-1">{ t(lang, "catalogue.heading") }</h1>
                <p role="status">{ t(lang, "catalogue.loading") }</p>
            </>
        };
    };
    let Some(institution) = loaded
        .catalogue
        .institutions
        .iter()
        .find(|i| i.id == props.id)
    else {
        return html! {
            <>
                <h1 id="main-heading" tabindex="-1">{ t(lang, "institution.missing") }</h1>
                { back }
            </>
        };
    };
    let projects = institution.projects.iter().map(|project| {
        let occupation = pack.occupation(&project.occupation);
        let occupation_name = occupation.map_or(project.occupation.clone(), |o| label(lang, &o.name.zh, &o.name.en));
        let leads: Vec<&str> = occupation
            .map(|o| pack.occupation_leads(o))
            .unwrap_or_default()
            .into_iter()
            .map(|id| pack.department_name(id, lang))
            .collect();
        let level = LEVEL_CHOICES
            .get(project.level as usize)
            .map_or(String::new(), |level| label(lang, level.zh, level.en));
        let serves: Vec<String> = project.serves.iter().map(|id| serves_label(lang, pack, id)).collect();
        html! {
            <tr>
                <td data-label={t(lang, "catalogue.occupation")}>{ occupation_name }</td>
                <td data-label={t(lang, "q.level")}>{ level }</td>
                <td data-label={t(lang, "catalogue.certificate")}>{ project.certificate.label().get(lang).to_string() }</td>
                <td data-label={t(lang, "institution.subsidised")}>{ t(lang, if project.subsidised { "q.yes" } else { "q.no" }) }</td>
                <td data-label={t(lang, "institution.serves")}>{ serves.join(pick(lang, "、", "; ")) }</td>
                <td data-label={t(lang, "institution.lead")}>{ leads.join(pick(lang, "、", "; ")) }</td>
            </tr>
        }
    });
    let name = match (lang, &institution.name_en) {
        (Lang::En, Some(name_en)) => name_en.clone(),
        _ => institution.name_zh.clone(),
    };
    html! {
        <>
            { back.clone() }
            <h1 id="main-heading" tabindex="-1">{ name }</h1>
            { source_notice(lang, loaded) }
            <dl class="facts">
                <dt>{ t(lang, "catalogue.kind") }</dt><dd>{ institution.kind.label().get(lang).to_string() }</dd>
                <dt>{ t(lang, "catalogue.township") }</dt><dd>{ &institution.township }</dd>
                <dt>{ t(lang, "institution.address") }</dt><dd>{ &institution.address }</dd>
                if !institution.phone.is_empty() {
                    <dt>{ t(lang, "institution.phone") }</dt><dd>{ &institution.phone }</dd>
                }
                if !institution.opening.is_empty() {
                    <dt>{ t(lang, "institution.opening") }</dt><dd>{ &institution.opening }</dd>
                }
            </dl>
            <h2>{ t(lang, "institution.projects") }</h2>
            <table class="annex projects">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, "catalogue.occupation") }</th>
                        <th scope="col">{ t(lang, "q.level") }</th>
                        <th scope="col">{ t(lang, "catalogue.certificate") }</th>
                        <th scope="col">{ t(lang, "institution.subsidised") }</th>
                        <th scope="col">{ t(lang, "institution.serves") }</th>
                        <th scope="col">{ t(lang, "institution.lead") }</th>
                    </tr>
                </thead>
                <tbody>{ for projects }</tbody>
            </table>
        </>
    }
}
