use skillcheck_app::{install_panic_hook, App};

fn main() {
    install_panic_hook();
    // The loading message in index.html has done its job once the app runs.
    if let Some(boot) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot"))
    {
        boot.remove();
    }
    yew::Renderer::<App>::new().render();
}
