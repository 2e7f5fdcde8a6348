//! One institution of the catalogue: its projects and how to reach it.

use std::rc::Rc;

use skillcheck_engine::facts::LEVEL_CHOICES;
use skillcheck_engine::{Fact, Lang, RulePack};
use yew::prelude::*;

use crate::catalogue_source::Loaded;
use crate::components::institution_card::{institution_name, source_notice};
use crate::i18n::{k, label, pick, t};
use crate::route::Route;

#[derive(PartialEq)]
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

/// The screen (a function: it holds no state).
pub fn institution_page(props: &InstitutionProps) -> Html {
    let lang = props.lang;
    let pack = props.pack;
    let back =
        html! { <p><a href={Route::Catalogue.to_hash()}>{ t(lang, k::INSTITUTION_BACK) }</a></p> };
    let Some(loaded) = props.loaded.as_ref() else {
        return html! {
            <>
                <h1 id="main-heading" tabindex="-1">{ t(lang, k::CATALOGUE_HEADING) }</h1>
                <p role="status">{ t(lang, k::CATALOGUE_LOADING) }</p>
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
                <h1 id="main-heading" tabindex="-1">{ t(lang, k::INSTITUTION_MISSING) }</h1>
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
                <td data-label={t(lang, k::CATALOGUE_OCCUPATION)}>{ occupation_name }</td>
                <td data-label={t(lang, k::Q_LEVEL)}>{ level }</td>
                <td data-label={t(lang, k::CATALOGUE_CERTIFICATE)}>{ project.certificate.label().get(lang).to_string() }</td>
                <td data-label={t(lang, k::INSTITUTION_SUBSIDISED)}>{ t(lang, if project.subsidised { k::Q_YES } else { k::Q_NO }) }</td>
                <td data-label={t(lang, k::INSTITUTION_SERVES)}>{ serves.join(pick(lang, "、", "; ")) }</td>
                <td data-label={t(lang, k::INSTITUTION_LEAD)}>{ leads.join(pick(lang, "、", "; ")) }</td>
            </tr>
        }
    });
    let name = institution_name(lang, institution);
    html! {
        <>
            { back.clone() }
            <h1 id="main-heading" tabindex="-1">{ name }</h1>
            { source_notice(lang, loaded) }
            <dl class="facts">
                <dt>{ t(lang, k::CATALOGUE_KIND) }</dt><dd>{ institution.kind.label().get(lang).to_string() }</dd>
                <dt>{ t(lang, k::CATALOGUE_TOWNSHIP) }</dt><dd>{ &institution.township }</dd>
                <dt>{ t(lang, k::INSTITUTION_ADDRESS) }</dt><dd>{ &institution.address }</dd>
                if !institution.phone.is_empty() {
                    <dt>{ t(lang, k::INSTITUTION_PHONE) }</dt><dd>{ &institution.phone }</dd>
                }
                if !institution.opening.is_empty() {
                    <dt>{ t(lang, k::INSTITUTION_OPENING) }</dt><dd>{ &institution.opening }</dd>
                }
            </dl>
            <h2>{ t(lang, k::INSTITUTION_PROJECTS) }</h2>
            <table class="annex projects">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, k::CATALOGUE_OCCUPATION) }</th>
                        <th scope="col">{ t(lang, k::Q_LEVEL) }</th>
                        <th scope="col">{ t(lang, k::CATALOGUE_CERTIFICATE) }</th>
                        <th scope="col">{ t(lang, k::INSTITUTION_SUBSIDISED) }</th>
                        <th scope="col">{ t(lang, k::INSTITUTION_SERVES) }</th>
                        <th scope="col">{ t(lang, k::INSTITUTION_LEAD) }</th>
                    </tr>
                </thead>
                <tbody>{ for projects }</tbody>
            </table>
        </>
    }
}
