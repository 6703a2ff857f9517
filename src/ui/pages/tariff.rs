//! Page "Takster" — placeholder until its issue lands.
use yew::prelude::*;

/// Placeholder page.
#[component]
pub fn TariffPage() -> Html {
    html! { <section class="card"><h2>{"Takster"}</h2><p>{"Kommer snart."}</p></section> }
}
