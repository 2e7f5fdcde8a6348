use skillcheck_app::{install_panic_hook, App};

fn main() {
    install_panic_hook();
    let document = web_sys::window().and_then(|window| window.document());
    // The loading message in index.html has done its job once the app runs.
    if let Some(boot) = document
        .as_ref()
        .and_then(|document| document.get_element_by_id("boot"))
    {
        boot.remove();
    }
    // The app renders into #app, leaving the page's other elements (the update
    // banner) alone; without #app it falls back to the body.
    match document.and_then(|document| document.get_element_by_id("app")) {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
