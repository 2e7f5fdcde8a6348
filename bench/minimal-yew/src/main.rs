//! One heading and one button: the smallest useful Yew page.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Minimal Yew page" }</h1>
            <button type="button" {onclick}>{ format!("Pressed {} times", *count) }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
