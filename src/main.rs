use skillcheck_app::App;

fn main() {
    yew::Renderer::<App>::new().render();
}
