//! The application shell: header, page navigation and the state context.
use crate::model::scenario::Scenario;
use crate::ui::pages::{
    roster::RosterPage, tariff::TariffPage, transition::TransitionPage, wage::WagePage,
};
use crate::ui::state::{Action, AppContext, AppState, Page};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The scenario to start with (restored by the platform edge, or the default).
    #[prop_or_default]
    pub scenario: Scenario,
    #[prop_or(Page::Wage)]
    pub page: Page,
}

fn nav(ctx: &AppContext) -> Html {
    html! {
        <nav class="tabs" aria-label="Sider">
            <ul>
            { for Page::ALL.into_iter().map(|page| {
                let onclick = {
                    let ctx = ctx.clone();
                    Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Navigate(page)))
                };
                let current = ctx.page == page;
                html! {
                    <li>
                        <button type="button" data-testid={format!("nav-{}", page.key())}
                            aria-current={current.then_some("page")} class={classes!(current.then_some("active"))}
                            onclick={onclick}>{page.label()}</button>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || AppState {
            scenario: props.scenario,
            page: props.page,
        })
    };
    let page = match state.page {
        Page::Wage => html! { <WagePage /> },
        Page::Roster => html! { <RosterPage /> },
        Page::Tariff => html! { <TariffPage /> },
        Page::Transition => html! { <TransitionPage /> },
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <a class="skip-link" href="#indhold">{"Spring til indhold"}</a>
            <header class="app-header">
                <h1>{"Botilbudsberegneren"}</h1>
                <p class="tagline">{"Lønbudget, vagtplan, takster og overgangsordning for botilbud. Alt regnes i din browser; intet sendes videre."}</p>
                { nav(&state) }
            </header>
            <main id="indhold" tabindex="-1">
                <h2 class="page-title">{state.page.label()}</h2>
                { page }
            </main>
            <footer class="app-footer">
                <p>{"Talformat: 1.234.567,50. Procenter skrives som procent (6,5 betyder 6,5 %). Brug pseudonymer, aldrig CPR-numre."}</p>
            </footer>
        </ContextProvider<AppContext>>
    }
}
