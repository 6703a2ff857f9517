//! The embedded page's own bar (`?embed=1`): nothing is saved in a frame, so it says so and
//! offers "Gem som fil" and "Kopiér link" (a link to the full calculator with the scenario),
//! and it lists the inputs the page takes from pages the frame does not show, read-only with
//! their values and source (`Figures::borrowed_by_*`).
use crate::model::figures::Borrowed;
use crate::platform;
use crate::ui::components::scenario_bar::{copy_link, save_file};
use crate::ui::state::AppContext;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The inputs this page takes from other pages.
    pub borrowed: Vec<Borrowed>,
}

/// See the module doc.
#[component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    let link = use_state(|| None::<String>);
    let status = use_state(String::new);
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let page = ctx.page.key();
    let on_copy_link = copy_link(&ctx, &link, &status, move |encoded| {
        platform::url::full_url(encoded, page)
    });
    let borrowed = (!props.borrowed.is_empty()).then(|| {
        html! {
            <section class="borrowed" aria-labelledby="indlejret-kilder-titel" data-testid="indlejret-kilder">
                <h2 id="indlejret-kilder-titel">{"Fra andre sider"}</h2>
                <p class="hint">{"Siden regner med disse tal fra beregnerens andre sider. De kan ikke ændres her; ret dem i hele beregneren via »Kopiér link«."}</p>
                <ul>
                { for props.borrowed.iter().enumerate().map(|(i, b)| html! {
                    <li data-testid={format!("indlejret-kilde-{}", i + 1)}>{b.text()}</li>
                }) }
                </ul>
            </section>
        }
    });
    html! {
        <>
            <section class="embed-bar" aria-label="Gem dit arbejde">
                <p data-testid="indlejret-besked">{"Her i rammen gemmes intet: lukker du siden, er dine ændringer væk. Gem dem som fil, eller kopiér et link, der åbner hele beregneren med dit scenarie."}</p>
                <div class="bar-row">
                    <button type="button" class="secondary" data-testid="indlejret-eksporter" onclick={save_file(&ctx)}>{"Gem som fil"}</button>
                    <button type="button" class="secondary" data-testid="indlejret-kopier-link" onclick={on_copy_link}>{"Kopiér link"}</button>
                </div>
                if let Some(url) = (*link).clone() {
                    <div class="bar-row">
                        <label for="indlejret-link">{"Link til hele beregneren"}</label>
                        <input id="indlejret-link" data-testid="indlejret-link" type="text" readonly=true value={url} />
                    </div>
                }
                <p class="status" role="status" data-testid="indlejret-status">{(*status).clone()}</p>
            </section>
            { for borrowed }
        </>
    }
}
