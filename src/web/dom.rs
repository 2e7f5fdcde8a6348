//! The document: title, `<html>` language and classes, focus, printing.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets the tab's title.
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Sets `<html lang>` and whether `<html>` has the large-text class.
pub fn set_page_language(tag: &str, large_text: bool) {
    let Some(root) = document().and_then(|document| document.document_element()) else {
        return;
    };
    if root.get_attribute("lang").as_deref() != Some(tag) {
        let _ = root.set_attribute("lang", tag);
    }
    let classes = root.class_list();
    let _ = if large_text {
        classes.add_1("large-text")
    } else {
        classes.remove_1("large-text")
    };
}

/// Moves focus to the element with this id; false when there is none.
pub fn focus(id: &str) -> bool {
    let element = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Opens the `<dialog>` with this id as a modal: the rest of the page is inert.
pub fn show_modal(id: &str) {
    let dialog = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlDialogElement>().ok());
    if let Some(dialog) = dialog {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

/// The id of the element that has focus, if any.
pub fn focused_id() -> Option<String> {
    let id = document()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
}

/// Scrolls the page to its top.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Removes the element with this id (the HTML start screen, once the app runs).
pub fn remove(id: &str) {
    if let Some(element) = document().and_then(|document| document.get_element_by_id(id)) {
        element.remove();
    }
}

/// The element the app renders into: `#app`, else the body.
pub fn app_root() -> Option<web_sys::Element> {
    let document = document()?;
    document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Selects the text of an input (so a person can copy it themselves).
pub fn select_text(id: &str) {
    let input = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.select();
    }
}

/// A bilingual panel at the top of the page when the app hits an unexpected
/// error: the page must not go blank.
pub fn show_fatal_error(heading: &str, body: &str) {
    let Some(document) = document() else { return };
    let Some(page) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    for (tag, text) in [("h1", heading), ("p", body)] {
        if let Ok(element) = document.create_element(tag) {
            element.set_text_content(Some(text));
            let _ = panel.append_child(&element);
        }
    }
    let _ = page.prepend_with_node_1(&panel);
}
