//! Browser tests of the app (wasm-bindgen-test in headless Chromium): the
//! real `App` mounted into the page, and the parts with logic (the question
//! flow reducer, the results grouping, the built-in texts) run as
//! WebAssembly. Run with `cargo test -p skillcheck-app --target wasm32-unknown-unknown`;
//! scripts/test.sh does this. On native targets this file is empty.
#![cfg(target_arch = "wasm32")]

use skillcheck_app::config::Config;
use skillcheck_app::i18n::{self, k};
use skillcheck_app::interview::PageId;
use skillcheck_app::pages::results::{grouped, shown_programmes};
use skillcheck_app::route::Route;
use skillcheck_app::settings::{Boot, CatalogueAddress, Display, Settings};
use skillcheck_app::state::{Action, Session};
use skillcheck_app::App;
use skillcheck_engine::{evaluate, profile_json, Answer, Date, Fact, Lang, Status, Value};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a new element, waits until Yew has rendered, returns the element.
async fn render_app() -> Element {
    let root = gloo_utils::document()
        .create_element("div")
        .expect("a div can be created");
    gloo_utils::body()
        .append_child(&root)
        .expect("the div can be appended to the body");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("the selector is valid")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn config_on(date: (i32, u8, u8)) -> Config {
    let library = skillcheck_app::policy::library().expect("the built-in packs are valid");
    let today = Date::new(date.0, date.1, date.2).expect("a date");
    let home = Display {
        lang: Lang::Zh,
        large_text: false,
    };
    Config {
        library,
        pack: Config::pack_for(library, today).expect("a pack in force"),
        today,
        kiosk: None,
        can_remember: false,
        home,
        catalogue: CatalogueAddress::Default,
        site: "http://127.0.0.1/".to_string(),
    }
}

fn page_of(fact: Fact) -> PageId {
    PageId::of(fact).expect("a page asks every fact")
}

fn session(config: &Config) -> Session {
    let boot = Boot {
        settings: Settings::default(),
        remembering: false,
        remembered_answers: None,
        start: config.home,
        begun: false,
    };
    Session::start(config, &boot, Route::Start)
}

#[wasm_bindgen_test]
async fn the_start_page_names_the_plan_and_offers_one_start_button() {
    let root = render_app().await;
    assert_eq!(
        text_of(&root, "h1"),
        "看看您可能享受哪些职业技能培训补贴和服务"
    );
    assert_eq!(
        text_of(&root, ".plan-title"),
        "《武隆区职业技能提升行动实施方案（2019—2021年）》"
    );
    assert_eq!(text_of(&root, ".doc-number"), "武隆府办发〔2019〕98号");
    assert_eq!(text_of(&root, "button.start"), "开始自查");
    // Today is after 2021: the start page says the plan period has ended.
    assert!(text_of(&root, ".notice.warning").contains("2021年12月31日"));
}

#[wasm_bindgen_test]
fn the_flow_reducer_asks_only_what_still_matters_then_checks() {
    let config = config_on((2020, 6, 1));
    let mut state = session(&config).reduce(&config, Action::Begin);
    assert_eq!(state.route, Route::Question(page_of(Fact::WulongTie)));
    state = state.reduce(
        &config,
        Action::AnswerPage(vec![(Fact::WulongTie, Answer::Given(Value::Bool(false)))]),
    );
    assert_eq!(
        state.route,
        Route::Check,
        "no tie to Wulong decides everything"
    );
    state = state.reduce(
        &config,
        Action::AddressChanged(Route::Question(page_of(Fact::Veteran))),
    );
    assert_eq!(
        state.route,
        Route::Check,
        "a question that cannot matter is not shown"
    );
    state = state.reduce(&config, Action::Change(page_of(Fact::WulongTie)));
    state = state.reduce(
        &config,
        Action::AnswerPage(vec![(Fact::WulongTie, Answer::Given(Value::Bool(true)))]),
    );
    assert_eq!(
        state.route,
        Route::Question(page_of(Fact::SchoolLeaver)),
        "new questions open up: the groups a person belongs to come next"
    );
    state = state.reduce(&config, Action::StartAgain);
    assert!(state.answers.is_empty());
    assert_eq!(state.route, Route::Start);
}

#[wasm_bindgen_test]
fn results_are_grouped_into_can_get_may_get_and_not_for_you() {
    let config = config_on((2020, 6, 1));
    let profile = profile_json::from_str(
        r#"{"wulong_tie": true, "school_leaver": true, "hukou": "rural", "apprentice": false, "monthly_pension": true}"#,
    )
    .expect("a valid profile");
    let evaluation = evaluate(config.pack, &profile, config.today);
    let groups = grouped(&evaluation);
    let ids = |index: usize| -> Vec<&str> {
        groups[index]
            .1
            .iter()
            .map(|outcome| &*outcome.benefit.id)
            .collect()
    };
    let statuses: Vec<Status> = groups.iter().map(|(status, _)| *status).collect();
    assert_eq!(
        statuses,
        [Status::Eligible, Status::Unknown, Status::NotEligible]
    );
    assert_eq!(ids(0), ["free_training", "living_allowance"]);
    assert!(ids(1).contains(&"entrepreneurship"));
    assert_eq!(ids(2), ["certificate_subsidy", "apprenticeship"]);
    let programmes: Vec<&str> = shown_programmes(&evaluation)
        .iter()
        .map(|outcome| &*outcome.programme.id)
        .collect();
    assert_eq!(
        programmes.first(),
        Some(&"pre_employment_training"),
        "what applies comes first"
    );
}

#[wasm_bindgen_test]
fn the_translation_files_are_built_in_for_both_languages() {
    assert_eq!(i18n::t(Lang::En, k::START_BUTTON), "Start the check");
    assert_eq!(i18n::t(Lang::Zh, k::START_BUTTON), "开始自查");
}
