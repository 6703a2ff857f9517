//! Page "Overgang" — placeholder until its issue lands.
use yew::prelude::*;

/// Placeholder page.
#[component]
pub fn TransitionPage() -> Html {
    html! { <section class="card"><h2>{"Overgang"}</h2><p>{"Kommer snart."}</p></section> }
}
