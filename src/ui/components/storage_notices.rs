//! What the user must know about their saved work: another tab's change, a save that
//! failed (the work is still in this tab, and can be saved as a file), and saved entries
//! that could not be read (kept as they are, to download, restore or delete).
use crate::model::scenario::file_name;
use crate::model::store::Damaged;
use crate::platform;
use crate::ui::components::scenario_bar::{download_or_notify, export_open, technical};
use crate::ui::state::{Action, AppContext};
use yew::prelude::*;

/// The notes and the damaged entries, above the page.
pub fn storage_notices(ctx: &AppContext) -> Html {
    let info = ctx.info.as_ref().map(|info| {
        html! { <p class="notice" role="status" data-testid="lager-info">{info.clone()}</p> }
    });
    let unsaved = ctx.unsaved.as_ref().map(|message| {
        let ctx = ctx.clone();
        let onclick = Callback::from(move |_: MouseEvent| export_open(&ctx));
        html! {
            <div class="notice error" role="alert" data-testid="lager-fejl">
                <p data-testid="lager-fejl-tekst">{message.clone()}</p>
                <button type="button" data-testid="lager-fejl-gem-fil" onclick={onclick}>{"Gem som fil (JSON)"}</button>
            </div>
        }
    });
    let damaged = (!ctx.damaged.is_empty()).then(|| {
        html! {
            <section class="notice error damaged" aria-labelledby="beskadigede-titel" data-testid="beskadigede">
                <h2 id="beskadigede-titel">{"Gemte scenarier, der ikke kunne læses"}</h2>
                <p>{"De er gemt uændret i browseren, indtil du sletter dem. De andre scenarier er læst som normalt."}</p>
                <ul>
                { for ctx.damaged.iter().enumerate().map(|(i, d)| damaged_entry(ctx, i, d)) }
                </ul>
            </section>
        }
    });
    html! { <>{ for info }{ for unsaved }{ for damaged }</> }
}

fn damaged_entry(ctx: &AppContext, index: usize, damaged: &Damaged) -> Html {
    let (key, raw) = (damaged.key.as_str(), damaged.raw.as_str());
    let on_download = {
        let (ctx, raw) = (ctx.clone(), raw.to_string());
        let name = file_name(&format!("beskadiget scenarie {}", index + 1), "json");
        Callback::from(move |_: MouseEvent| {
            download_or_notify(&ctx, &name, "application/json", raw.as_bytes())
        })
    };
    let on_recover = {
        let (ctx, key) = (ctx.clone(), key.to_string());
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Recover(key.clone())))
    };
    let on_discard = {
        let (ctx, key) = (ctx.clone(), key.to_string());
        Callback::from(move |_: MouseEvent| {
            platform::storage::discard(&key);
            ctx.dispatch(Action::Discard(key.clone()))
        })
    };
    let n = index + 1;
    html! {
        <li data-testid={format!("beskadiget-{n}")}>
            <strong>{"Beskadiget scenarie"}</strong>{format!(" ({} tegn). ", raw.chars().count())}
            <span data-testid={format!("beskadiget-{n}-fejl")}>{damaged.error.to_string()}</span>
            { technical(damaged.error.detail().as_deref()) }
            <span class="actions">
                <button type="button" class="secondary" data-testid={format!("beskadiget-{n}-hent")} onclick={on_download}>{"Hent som fil"}</button>
                <button type="button" class="secondary" data-testid={format!("beskadiget-{n}-gendan")} onclick={on_recover}>{"Prøv at gendanne"}</button>
                <button type="button" class="secondary" data-testid={format!("beskadiget-{n}-slet")} onclick={on_discard}>{"Slet"}</button>
            </span>
        </li>
    }
}
