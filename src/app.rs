//! The app root: owns the one state, applies its side effects (address,
//! session storage, focus, page language), and shows the current screen.

use gloo_events::EventListener;
use skillcheck_engine::{Answer, Answers, Lang, RulePack};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::i18n::{self, t};
use crate::kiosk::KioskGuard;
use crate::pages::about::AboutPage;
use crate::pages::catalogue::CataloguePage;
use crate::pages::check::CheckPage;
use crate::pages::institution::InstitutionPage;
use crate::pages::privacy::PrivacyControls;
use crate::pages::question::QuestionPage;
use crate::pages::results::ResultsPage;
use crate::pages::start::StartPage;
use crate::route::Route;
use crate::settings::{self, Settings};
use crate::state::{Action, Notice, State};
use crate::{catalogue_source, policy, storage};

fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The state at start-up: the address's settings, the answers the person
/// asked this device to remember (unless it is a kiosk), the page's language
/// and text size, and the address's screen.
///
/// The language and text size are read from `<html>`: early.js set them before
/// the first paint (a remembered choice, then the address, then Chinese), and
/// the start screen's own buttons may have changed them since.
fn initial_state(pack: &'static RulePack, settings: &Settings) -> State {
    let mut state = State::new(pack, policy::today());
    state.kiosk = settings.kiosk;
    state.can_remember = settings.kiosk.is_none() && storage::available();
    let mut notice = None;
    if state.can_remember && storage::is_remembering() {
        state.remember = true;
        if let Some(code) = storage::remembered_answers() {
            match Answers::decode(&code) {
                Ok((pack_id, answers)) if pack_id == pack.id() => {
                    state.answers = answers;
                    state.started = true;
                }
                // A damaged code, or one from another rule pack: start again and say so.
                _ => notice = Some(Notice::Restarted),
            }
        }
    }
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = &root {
        state.lang = if root.get_attribute("lang").as_deref() == Some("en") {
            Lang::En
        } else {
            Lang::Zh
        };
        state.large_text = root.class_list().contains("large-text");
    }
    let mut state = state.reduce(Action::Navigate(Route::from_hash(&current_hash())));
    // "Start" pressed on the start screen in index.html before the app ran (boot.js).
    let begun = root.is_some_and(|root| root.get_attribute("data-begin").as_deref() == Some("1"));
    if begun && state.route == Route::Start {
        state = state.reduce(Action::Begin);
    }
    state.notice = state.notice.or(notice);
    state
}

/// Puts the address in step with the state: a step forward adds a history
/// entry, a redirect replaces the current one.
fn sync_address(route: &Route, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let wanted = route.to_hash();
    if current_hash() == wanted || (current_hash().is_empty() && *route == Route::Start) {
        return;
    }
    if push {
        let _ = window.location().set_hash(&wanted);
    } else if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&wanted));
    }
}

/// Names the page after the screen's heading, in the current language.
fn name_page(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(heading) = document.get_element_by_id("main-heading") {
        let title = heading.text_content().unwrap_or_default();
        document.set_title(&format!("{title} — {}", t(lang, "app.title")));
    }
}

/// Moves focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves focus to the new screen's heading, so a screen reader reads it first.
fn focus_heading() {
    focus_by_id("main-heading");
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

fn apply_page_settings(lang: Lang, large_text: bool) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", i18n::tag(lang));
    let class_list = root.class_list();
    let _ = if large_text {
        class_list.add_1("large-text")
    } else {
        class_list.remove_1("large-text")
    };
}

/// The words for a notice.
fn notice_text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Restarted => t(lang, "notice.restarted"),
        Notice::Cleared => t(lang, "notice.cleared"),
        Notice::KioskWiped => t(lang, "notice.kiosk_wiped"),
        Notice::ShareUnreadable => t(lang, "notice.share_unreadable"),
        Notice::ShareOtherPack(id) => {
            i18n::t_with(lang, "notice.share_other_pack", &[("pack", id)])
        }
    }
}

#[derive(Properties, PartialEq)]
struct CheckerProps {
    pack: &'static RulePack,
    settings: Settings,
}

#[function_component(Checker)]
fn checker(props: &CheckerProps) -> Html {
    let pack = props.pack;
    let state = {
        let settings = props.settings.clone();
        use_reducer(move || initial_state(pack, &settings))
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    {
        // Back, forward, links and typed addresses all arrive as hash changes.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    // Only `#/...` addresses are screens; other fragments (the skip
                    // link's #main, an error summary's link) are jumps within the page.
                    let hash = current_hash();
                    if hash.is_empty() || hash.starts_with("#/") {
                        dispatch.emit(Action::Navigate(Route::from_hash(&hash)))
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        // The catalogue is not needed for the first screen: it loads, once, when
        // a screen that shows institutions is first opened.
        let requested = use_mut_ref(|| false);
        let needs_catalogue = matches!(
            state.route,
            Route::Results | Route::Catalogue | Route::Institution(_)
        );
        let (dispatch, pack) = (dispatch.clone(), state.pack);
        use_effect_with(needs_catalogue, move |needs| {
            if *needs && !*requested.borrow() {
                *requested.borrow_mut() = true;
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = catalogue_source::load(pack).await;
                    dispatch.emit(Action::CatalogueLoaded(std::rc::Rc::new(loaded)));
                });
            }
        });
    }
    {
        // Focus follows each new screen; the start screen, when it is the first,
        // keeps the page's own focus and scroll (the person may be reading it).
        let push = state.push_history;
        let first = use_mut_ref(|| true);
        use_effect_with(state.route.clone(), move |route| {
            sync_address(route, push);
            if !first.replace(false) || *route != Route::Start {
                focus_heading();
            }
        });
    }
    // The title follows both the screen and the language (switching language keeps focus).
    use_effect_with((state.route.clone(), state.lang), |(_, lang)| {
        name_page(*lang)
    });
    // Stored only when the person asked; unticking and clearing erase it (below).
    let pack_id = state.pack.id();
    use_effect_with(
        (
            state.remember,
            state.answers.clone(),
            state.started,
            state.lang,
            state.large_text,
        ),
        move |(remember, answers, started, lang, large_text)| {
            if *remember {
                storage::save(&storage::Remembered {
                    answers: started.then(|| answers.encode(pack_id)),
                    lang: i18n::tag(*lang).to_string(),
                    large_text: *large_text,
                });
            }
        },
    );
    use_effect_with((state.lang, state.large_text), |(lang, large_text)| {
        apply_page_settings(*lang, *large_text);
    });

    let lang = state.lang;
    let on_lang = {
        let dispatch = dispatch.clone();
        let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetLang(other)))
    };
    let on_large_text = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ToggleLargeText))
    };

    let on_remember = dispatch.reform(|remember: bool| {
        if !remember {
            storage::clear_all();
        }
        Action::SetRemember(remember)
    });
    let on_clear = dispatch.reform(|()| {
        storage::clear_all();
        Action::ClearAnswers
    });
    let defaults = (
        props.settings.lang.unwrap_or(Lang::Zh),
        props.settings.large_text.unwrap_or(false),
    );
    let on_wipe = dispatch.reform(move |()| Action::KioskWipe {
        lang: defaults.0,
        large_text: defaults.1,
    });
    // A kiosk has something to wipe once anyone has used it.
    let kiosk_active =
        state.started || state.route != Route::Start || (lang, state.large_text) != defaults;

    let page = match state.route.clone() {
        Route::Start => html! {
            <StartPage lang={lang} pack={state.pack} today={state.today}
                has_answers={state.started}
                on_begin={dispatch.reform(|_| Action::Begin)} />
        },
        Route::Question(fact) => {
            let open = state.open_questions();
            let answered_before = state
                .answers
                .answered()
                .filter(|(other, _)| *other != fact)
                .count();
            let more = open.iter().filter(|other| **other != fact).count();
            html! {
                <QuestionPage key={fact.key()} fact={fact} lang={lang}
                    answer={state.answers.get(fact).cloned()}
                    number={answered_before + 1} at_most_more={more}
                    on_answer={dispatch.reform(move |answer: Answer| Action::Answer(fact, answer))}
                    on_back={Callback::from(|_| go_back())} />
            }
        }
        Route::Check => html! {
            <CheckPage lang={lang} answers={state.answers.clone()}
                on_change={dispatch.reform(Action::Change)}
                on_results={dispatch.reform(|_| Action::SeeResults)} />
        },
        Route::Results => html! {
            <ResultsPage lang={lang} pack={state.pack} today={state.today} answers={state.answers.clone()}
                catalogue={state.catalogue.clone()}
                on_start_again={dispatch.reform(|_| Action::StartAgain)} />
        },
        Route::About => html! { <AboutPage lang={lang} pack={state.pack} /> },
        Route::Catalogue => html! {
            <CataloguePage lang={lang} pack={state.pack} loaded={state.catalogue.clone()} />
        },
        Route::Institution(id) => html! {
            <InstitutionPage lang={lang} pack={state.pack} loaded={state.catalogue.clone()} id={id} />
        },
        // `reduce` always replaces a share address with the screen it opens.
        Route::Shared(_) => html! {},
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, "nav.skip") }</a>
            <header class="masthead">
                <a class="brand" href="#/">{ t(lang, "app.title") }</a>
                <nav aria-label={t(lang, "nav.settings")}>
                    <a href="#/catalogue">{ t(lang, "nav.catalogue") }</a>
                    <a href="#/about">{ t(lang, "nav.about") }</a>
                    <button type="button" class="toggle" lang={if lang == Lang::Zh { "en" } else { "zh-CN" }}
                        aria-label={t(lang, "nav.language_label")} onclick={on_lang}>
                        { t(lang, "nav.language") }
                    </button>
                    <button type="button" class="toggle" aria-pressed={state.large_text.to_string()} onclick={on_large_text}>
                        { t(lang, "nav.large_text_on") }
                    </button>
                </nav>
            </header>
            <main id="main" class="page">
                <div class="notices" role="status">
                    if let Some(notice) = &state.notice {
                        <p class="notice">{ notice_text(lang, notice) }</p>
                    }
                </div>
                { page }
            </main>
            <PrivacyControls lang={lang} remember={state.remember} can_remember={state.can_remember}
                kiosk={state.kiosk} on_remember={on_remember} on_clear={on_clear} />
            if let Some(kiosk) = state.kiosk {
                <KioskGuard lang={lang} idle_seconds={kiosk.idle_seconds} active={kiosk_active}
                    on_wipe={on_wipe} />
            }
        </>
    }
}

/// The settings in the page's query; what cannot be used is logged for the
/// embedding page's developer, not shown to the person.
fn settings_from_address() -> Settings {
    let query = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    let settings = settings::parse(&query);
    for problem in &settings.problems {
        web_sys::console::warn_1(&JsValue::from_str(problem));
    }
    settings
}

fn go_back() {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.back();
    }
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let settings = settings_from_address();
    match policy::pack_for_today() {
        Ok(pack) => html! { <Checker pack={pack} settings={settings} /> },
        Err(problem) => html! {
            <main class="page">
                <h1 id="main-heading">{ t(Lang::Zh, "error.heading") }</h1>
                <p>{ t(Lang::Zh, "error.body") }</p>
                <pre>{ problem }</pre>
            </main>
        },
    }
}
