//! The app root: owns the one state, applies its side effects (address,
//! session storage, focus, page language), and shows the current screen.

use gloo_events::EventListener;
use skillcheck_engine::{Answer, Answers, Lang, RulePack};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::i18n::{self, t};
use crate::pages::about::AboutPage;
use crate::pages::catalogue::CataloguePage;
use crate::pages::check::CheckPage;
use crate::pages::institution::InstitutionPage;
use crate::pages::question::QuestionPage;
use crate::pages::results::ResultsPage;
use crate::pages::start::StartPage;
use crate::route::Route;
use crate::state::{Action, State};
use crate::{catalogue_source, policy, storage};

fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The state at start-up: saved answers and settings from this tab's session, and the address.
fn initial_state(pack: &'static RulePack) -> State {
    let mut state = State::new(pack, policy::today());
    if let Some(code) = storage::get(storage::ANSWERS) {
        match Answers::decode(&code) {
            Ok((pack_id, answers)) if pack_id == pack.id() => {
                state.answers = answers;
                state.started = true;
            }
            // A damaged code, or one from another rule pack: start again and say so.
            _ => {
                state.restarted = true;
                storage::remove(storage::ANSWERS);
            }
        }
    }
    if storage::get(storage::LANG).as_deref() == Some("en") {
        state.lang = Lang::En;
    }
    state.large_text = storage::get(storage::LARGE_TEXT).as_deref() == Some("1");
    state.reduce(Action::Navigate(Route::from_hash(&current_hash())))
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

/// Moves focus to the new screen's heading, so a screen reader reads it first.
fn focus_heading() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(heading) = document.get_element_by_id("main-heading") {
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
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

#[derive(Properties, PartialEq)]
struct CheckerProps {
    pack: &'static RulePack,
}

#[function_component(Checker)]
fn checker(props: &CheckerProps) -> Html {
    let pack = props.pack;
    let state = use_reducer(move || initial_state(pack));
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
        let push = state.push_history;
        use_effect_with(state.route.clone(), move |route| {
            sync_address(route, push);
            focus_heading();
        });
    }
    // The title follows both the screen and the language (switching language keeps focus).
    use_effect_with((state.route.clone(), state.lang), |(_, lang)| {
        name_page(*lang)
    });
    use_effect_with((state.answers.clone(), state.started), {
        let pack_id = state.pack.id().to_string();
        move |(answers, started): &(Answers, bool)| {
            if *started {
                storage::set(storage::ANSWERS, &answers.encode(&pack_id));
            } else {
                storage::remove(storage::ANSWERS);
            }
        }
    });
    use_effect_with((state.lang, state.large_text), |(lang, large_text)| {
        storage::set(storage::LANG, i18n::tag(*lang));
        storage::set(storage::LARGE_TEXT, if *large_text { "1" } else { "0" });
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

    let page = match state.route.clone() {
        Route::Start => html! {
            <StartPage lang={lang} pack={state.pack} today={state.today}
                has_answers={state.started} restarted={state.restarted}
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
            <main id="main" class="page">{ page }</main>
        </>
    }
}

fn go_back() {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.back();
    }
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    match policy::pack_for_today() {
        Ok(pack) => html! { <Checker pack={pack} /> },
        Err(problem) => html! {
            <main class="page">
                <h1 id="main-heading">{ t(Lang::Zh, "error.heading") }</h1>
                <p>{ t(Lang::Zh, "error.body") }</p>
                <pre>{ problem }</pre>
            </main>
        },
    }
}
