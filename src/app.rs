//! The app root: reads the page once into a [`Config`], owns the one
//! [`Store`] (`use_reducer`), runs the effect hooks, and shows the current
//! screen inside the masthead, the notices and the privacy controls.

use std::rc::Rc;

use skillcheck_engine::{Answer, Fact, Lang};
use yew::prelude::*;

use crate::catalogue_source::Loaded;
use crate::components::institution_card::institution_name;
use crate::components::kiosk_warning::{kiosk_warning, KioskWarningProps};
use crate::components::masthead::{masthead, MastheadProps};
use crate::components::notices::{notices, NoticesProps};
use crate::components::privacy::{privacy_controls, PrivacyProps};
use crate::config::Config;
use crate::hooks::{
    use_address, use_announcement, use_catalogue, use_initial_focus, use_jump, use_kiosk_guard,
    use_notice_log, use_page_language, use_page_title, use_remembered, use_screen_focus,
    use_screen_links,
};
use crate::i18n::{self, k, t, Words};
use crate::interview::PageId;
use crate::pages::about::{about_page, AboutProps};
use crate::pages::catalogue::CataloguePage;
use crate::pages::check::{check_page, CheckProps};
use crate::pages::institution::{institution_page, InstitutionProps};
use crate::pages::question::QuestionPage;
use crate::pages::results::ResultsPage;
use crate::pages::share_confirm::{share_confirm_page, ShareConfirmProps};
use crate::pages::start::{start_page, StartProps};
use crate::route::Route;
use crate::settings::{Boot, Display};
use crate::state::{Action, Session, Store};
use crate::{policy, web};

/// The page's fixed configuration and what early.js left for the app.
fn environment() -> Result<(Rc<Config>, Rc<Boot>), String> {
    let library = policy::library()?;
    let today = web::today();
    let boot = web::boot::read();
    let pack = Config::pack_for(library, today).ok_or("no rule pack is built in")?;
    let config = Config {
        library,
        pack,
        today,
        kiosk: boot.settings.kiosk,
        can_remember: boot.settings.kiosk.is_none() && web::storage::available(),
        home: Display::from_settings(&boot.settings),
        catalogue: boot.settings.catalogue.clone(),
        site: web::address::base(),
    };
    Ok((Rc::new(config), Rc::new(boot)))
}

/// The tab's title: the screen's heading, then the service's name.
fn page_title(session: &Session, catalogue: Option<&Loaded>) -> String {
    let lang = session.display.lang;
    let heading = match &session.route {
        Route::Start => t(lang, k::START_HEADING).to_string(),
        Route::Question(page) => t(lang, i18n::page_texts(*page).0).to_string(),
        Route::Check => t(lang, k::CHECK_HEADING).to_string(),
        Route::Results => t(lang, k::RESULTS_HEADING).to_string(),
        Route::About => t(lang, k::ABOUT_HEADING).to_string(),
        Route::Catalogue => t(lang, k::CATALOGUE_HEADING).to_string(),
        Route::Institution(id) => match catalogue {
            Some(loaded) => loaded
                .catalogue
                .institutions
                .iter()
                .find(|institution| institution.id == *id)
                .map_or(t(lang, k::INSTITUTION_MISSING).to_string(), |institution| {
                    institution_name(lang, institution)
                }),
            None => t(lang, k::CATALOGUE_HEADING).to_string(),
        },
        Route::Shared(_) => t(lang, k::SHARE_CONFIRM_HEADING).to_string(),
    };
    format!("{heading} — {}", t(lang, k::APP_TITLE))
}

/// The screen for the current route.
fn screen(store: &Store, catalogue: Option<Rc<Loaded>>, dispatch: &Callback<Action>) -> Html {
    let (config, session) = (&store.config, &store.session);
    let lang = session.display.lang;
    match session.route.clone() {
        Route::Start => start_page(&StartProps {
            words: Words::One(lang),
            pack: session.pack,
            today: config.today,
            has_answers: session.started,
            on_begin: dispatch.reform(|()| Action::Begin),
        }),
        Route::Question(page) => {
            let open = session.open_facts(config);
            let shown: Vec<(Fact, Option<Answer>)> = page
                .page()
                .shown(&session.answers, open)
                .into_iter()
                .map(|fact| (fact, session.answers.get(fact).cloned()))
                .collect();
            // Its place among the pages answered so far, and at most how many
            // others still have a question (the open set only ever shrinks).
            let number = PageId::all()
                .filter(|other| *other < page && other.page().has_answers(&session.answers))
                .count()
                + 1;
            let more = session
                .open_pages(config)
                .into_iter()
                .filter(|other| *other != page)
                .count();
            html! {
                <QuestionPage key={page.key()} page={page} lang={lang} shown={shown}
                    number={number} at_most_more={more} changing={session.changing}
                    on_answer={dispatch.reform(Action::AnswerPage)}
                    on_back={dispatch.reform(|()| Action::Back)} />
            }
        }
        Route::Check => check_page(&CheckProps {
            lang,
            answers: session.answers.clone(),
            on_change: dispatch.reform(Action::Change),
            on_results: dispatch.reform(|()| Action::SeeResults),
        }),
        Route::Results => html! {
            <ResultsPage lang={lang} pack={session.pack} today={config.today}
                answers={session.answers.clone()} catalogue={catalogue}
                site={AttrValue::from(config.site.clone())} kiosk={config.kiosk.is_some()}
                on_start_again={dispatch.reform(|()| Action::StartAgain)} />
        },
        Route::About => about_page(&AboutProps {
            lang,
            pack: session.pack,
        }),
        Route::Catalogue => html! {
            <CataloguePage lang={lang} pack={session.pack} loaded={catalogue} />
        },
        Route::Institution(id) => institution_page(&InstitutionProps {
            lang,
            pack: session.pack,
            loaded: catalogue,
            id,
        }),
        Route::Shared(_) if session.pending_share.is_some() => {
            share_confirm_page(&ShareConfirmProps {
                lang,
                on_replace: dispatch.reform(|()| Action::AcceptShared),
                on_keep: dispatch.reform(|()| Action::KeepMine),
            })
        }
        // `reduce` replaces a share address with the screen it opens.
        Route::Shared(_) => html! {},
    }
}

#[derive(Properties)]
struct CheckerProps {
    config: Rc<Config>,
    boot: Rc<Boot>,
}

impl PartialEq for CheckerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config) && Rc::ptr_eq(&self.boot, &other.boot)
    }
}

#[function_component(Checker)]
fn checker(props: &CheckerProps) -> Html {
    let store = {
        let (config, boot) = (props.config.clone(), props.boot.clone());
        use_reducer(move || {
            let address = Route::from_hash(&web::address::hash());
            let session = Session::start(&config, &boot, address);
            Store { config, session }
        })
    };
    let dispatch = {
        let store = store.clone();
        Callback::from(move |action: Action| store.dispatch(action))
    };
    let (config, session) = (&store.config, &store.session);
    let lang = session.display.lang;

    use_address(&session.navigation, dispatch.reform(Action::AddressChanged));
    use_screen_links(dispatch.reform(Action::Open));
    use_screen_focus(&session.navigation);
    use_notice_log(session.notice.clone());
    let notice = use_announcement(session.notice.clone());
    use_page_language(session.display);
    use_remembered(session, dispatch.reform(|()| Action::ClearedInAnotherTab));
    // Loaded from "check your answers" on, while the person reads it: the
    // tap on "see results" then draws the page once, with the list, instead
    // of fetching, reading it and drawing the page again.
    let needs_catalogue = matches!(
        session.route,
        Route::Check | Route::Results | Route::Catalogue | Route::Institution(_)
    );
    let catalogue = use_catalogue(needs_catalogue, session.pack, config.catalogue.clone());
    // A kiosk has something to wipe once anyone has used it.
    let kiosk_active =
        session.started || session.route != Route::Start || session.display != config.home;
    let guard = use_kiosk_guard(
        config.kiosk,
        kiosk_active,
        dispatch.reform(|()| Action::KioskWipe),
    );
    use_page_title(page_title(session, catalogue.as_deref()));
    let on_skip = use_jump("main".to_string());

    let other_lang = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    html! {
        <>
            { masthead(&MastheadProps {
                words: Words::One(lang),
                large_text: session.display.large_text,
                on_switch_language: dispatch.reform(move |()| Action::SetLang(other_lang)),
                on_large_text: dispatch.reform(|()| Action::ToggleLargeText),
                on_skip: Some(on_skip),
            }) }
            <main id="main" class="page" tabindex="-1">
                { notices(&NoticesProps { lang, notice }) }
                { screen(&store, catalogue, &dispatch) }
            </main>
            { privacy_controls(&PrivacyProps {
                lang,
                remember: session.remember,
                can_remember: config.can_remember,
                kiosk: config.kiosk,
                from_link: session.from_link,
                on_remember: dispatch.reform(Action::SetRemember),
                on_keep_linked: dispatch.reform(|()| Action::KeepLinkedAnswers),
                on_clear: dispatch.reform(|()| Action::ClearAnswers),
            }) }
            if let Some(seconds_left) = guard.seconds_left {
                { kiosk_warning(&KioskWarningProps { lang, seconds_left, on_continue: guard.on_continue.clone() }) }
            }
        </>
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The id of the control focused on the HTML start screen when the app took over.
    #[prop_or_default]
    pub focused: Option<String>,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let environment = use_memo((), |()| environment());
    use_initial_focus(props.focused.clone());
    match &*environment {
        Ok((config, boot)) => html! { <Checker config={config.clone()} boot={boot.clone()} /> },
        Err(problem) => html! {
            <main class="page">
                <h1 id="main-heading" tabindex="-1">{ t(Lang::Zh, k::ERROR_HEADING) }</h1>
                <p>{ t(Lang::Zh, k::ERROR_BODY) }</p>
                <pre>{ problem }</pre>
            </main>
        },
    }
}
