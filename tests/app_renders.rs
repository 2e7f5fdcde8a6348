//! Browser tests of the app shell: they mount the real `App` into a fresh
//! element in headless Chromium (through wasm-bindgen-test) and read the DOM.
//! Run with `cargo test -p skillcheck-app --target wasm32-unknown-unknown`;
//! scripts/test.sh does this. On native targets this file is empty.
#![cfg(target_arch = "wasm32")]

use skillcheck_app::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a new element appended to the body, waits until Yew
/// has finished rendering, and returns the element.
async fn render_app() -> Element {
    let document = gloo_utils::document();
    let root = document
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

#[wasm_bindgen_test]
async fn the_shell_shows_the_plan_title_as_its_heading() {
    let root = render_app().await;
    assert_eq!(
        text_of(&root, "h1"),
        "《武隆区职业技能提升行动实施方案（2019—2021年）》"
    );
}

#[wasm_bindgen_test]
async fn the_shell_shows_the_document_number_and_a_start_button() {
    let root = render_app().await;
    assert_eq!(text_of(&root, ".doc-number"), "武隆府办发〔2019〕98号");
    assert_eq!(text_of(&root, "button.start"), "开始自查");
}
