//! Page "Vagtplan" — placeholder until its issue lands.
use yew::prelude::*;

/// Placeholder page.
#[component]
pub fn RosterPage() -> Html {
    html! { <section class="card"><h2>{"Vagtplan"}</h2><p>{"Kommer snart."}</p></section> }
}
