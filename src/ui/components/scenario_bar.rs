//! The scenario bar in the header: choose, name, create, copy and delete scenarios; reset
//! with undo; share as a link; save and open as a JSON file; print. Also the notices for
//! bad input (damaged storage, link or file), each with the raw text for download.
use crate::model::capacity::MAX_SCENARIOS;
use crate::model::edit::Edit;
use crate::model::lenient;
use crate::model::scenario::{decode_json, encode_json, file_name};
use crate::platform;
use crate::ui::components::storage_notices::storage_notices;
use crate::ui::components::{select_input, text_input};
use crate::ui::state::{Action, AppContext, Notice};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Shows a failed download as a notice (the only way a download can fail is a browser
/// refusing it, e.g. a sandboxed iframe without `allow-downloads`).
pub fn download_or_notify(ctx: &AppContext, filename: &str, mime: &str, bytes: &[u8]) {
    if let Err(message) = platform::download::download(filename, mime, bytes) {
        ctx.dispatch(Action::Notify(Some(Notice {
            message,
            raw: None,
            detail: None,
        })));
    }
}

/// The parser's own (English) words behind a closed "Tekniske detaljer", so the message
/// itself stays Danish.
pub fn technical(detail: Option<&str>) -> Html {
    match detail {
        Some(detail) => html! {
            <details class="technical" data-testid="tekniske-detaljer">
                <summary>{"Tekniske detaljer"}</summary>
                <code lang="en">{detail.to_string()}</code>
            </details>
        },
        None => html! {},
    }
}

/// Downloads the open scenario as a JSON file ("Gem som fil").
pub fn export_open(ctx: &AppContext) {
    let json = encode_json(&ctx.scenario);
    download_or_notify(
        ctx,
        &file_name(&ctx.scenario.name, "json"),
        "application/json",
        json.as_bytes(),
    );
}

/// The notice area: a Danish message and, for unreadable input, its raw text to download.
pub fn notice_area(ctx: &AppContext) -> Html {
    let undo = ctx.undo.as_ref().map(|undo| {
        let on_undo = {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Undo))
        };
        html! {
            <div class="notice" role="status" data-testid="scenarie-fortryd-besked">
                <span>{undo.message.clone()}</span>
                <button type="button" data-testid="scenarie-fortryd" onclick={on_undo}>{"Fortryd"}</button>
            </div>
        }
    });
    let notice = ctx.notice.as_ref().map(|notice| {
        let on_close = {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Notify(None)))
        };
        let download = notice.raw.clone().map(|raw| {
            let ctx = ctx.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                download_or_notify(&ctx, "modtaget-tekst.txt", "text/plain;charset=utf-8", raw.as_bytes())
            });
            html! { <button type="button" class="secondary" data-testid="scenarie-fejl-hent" onclick={onclick}>{"Hent den modtagne tekst"}</button> }
        });
        html! {
            <div class="notice error" role="alert" data-testid="scenarie-fejl">
                <p data-testid="scenarie-fejl-tekst">{notice.message.clone()}</p>
                { technical(notice.detail.as_deref()) }
                <p>{"Dit nuværende scenarie er ikke ændret."}</p>
                { for download }
                <button type="button" class="secondary" data-testid="scenarie-fejl-luk" onclick={on_close}>{"Luk"}</button>
            </div>
        }
    });
    html! { <>{ for undo }{ for notice }{ storage_notices(ctx) }</> }
}

/// "Kopiér link": the browser compresses the scenario as clicked (async), `url` makes the
/// address from it; the link is copied and shown in `link` (the clipboard may be refused in
/// a frame), with what happened in `status`. The scenario bar and the embedded page's bar
/// differ only in `url`.
pub fn copy_link(
    ctx: &AppContext,
    link: &UseStateHandle<Option<String>>,
    status: &UseStateHandle<String>,
    url: impl Fn(&str) -> String + 'static,
) -> Callback<MouseEvent> {
    let url = std::rc::Rc::new(url);
    let ctx = ctx.clone();
    let link = link.clone();
    let status = status.clone();
    Callback::from(move |_: MouseEvent| {
        let scenario = ctx.scenario.clone();
        let link = link.clone();
        let status = status.clone();
        let url = url.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(encoded) = platform::link::encode(&scenario).await else {
                status.set("Denne browser kan ikke lave links; brug »Gem som fil (JSON)«.".into());
                return;
            };
            let url = url(&encoded);
            platform::clipboard::copy(
                &url,
                Callback::from(move |ok: bool| {
                    status.set(if ok {
                        "Linket er kopieret. Det indeholder hele scenariet; intet sendes til en server.".into()
                    } else {
                        "Kopiér linket fra feltet herunder.".into()
                    })
                }),
            );
            link.set(Some(url));
        });
    })
}

/// "Gem som fil": the open scenario as a JSON file.
pub fn save_file(ctx: &AppContext) -> Callback<MouseEvent> {
    let ctx = ctx.clone();
    Callback::from(move |_: MouseEvent| export_open(&ctx))
}

#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    /// Why scenarios are not saved in this browser, if they are not.
    #[prop_or_default]
    pub not_saved: Option<AttrValue>,
}

/// See the module doc.
#[component]
pub fn ScenarioBar(props: &ScenarioBarProps) -> Html {
    let link = use_state(|| None::<String>);
    let status = use_state(String::new);
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let full = !ctx.has_room();
    // Why "Nyt" and "Duplikér" are disabled at the limit.
    let why_full = full.then(|| {
        format!("Der kan højst være {MAX_SCENARIOS} scenarier i browseren; slet et for at tilføje et nyt.")
    });
    let send = |action: fn() -> Action| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(action()))
    };
    let on_select = {
        let ctx = ctx.clone();
        select_input(&Callback::from(move |value: String| {
            if let Ok(index) = value.parse() {
                ctx.dispatch(Action::Select(index));
            }
        }))
    };
    let on_rename = {
        let ctx = ctx.clone();
        text_input(&Callback::from(move |name: String| {
            ctx.dispatch(Action::Edit(Edit::Rename(name)));
        }))
    };
    let on_copy_link = copy_link(&ctx, &link, &status, platform::url::share_url);
    let on_export = save_file(&ctx);
    let on_import = {
        let ctx = ctx.clone();
        let status = status.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let ctx = ctx.clone();
            let status = status.clone();
            platform::file::read_text(
                &input,
                Callback::from(move |text: Result<String, String>| match text {
                    Ok(text) => match decode_json(&text) {
                        Ok(decoded) => {
                            status.set(format!("»{}« er åbnet fra filen.", decoded.value.name));
                            let warned = lenient::notice("Filen er åbnet, men:", &decoded.warnings);
                            ctx.dispatch(Action::Notify(warned.map(|message| Notice {
                                message,
                                raw: None,
                                detail: None,
                            })));
                            ctx.dispatch(Action::Open(Box::new(decoded.value)));
                        }
                        Err(e) => ctx.dispatch(Action::Notify(Some(Notice {
                            message: format!("Filen kunne ikke åbnes. {e}"),
                            detail: e.detail(),
                            raw: Some(text),
                        }))),
                    },
                    Err(message) => ctx.dispatch(Action::Notify(Some(Notice {
                        message,
                        raw: None,
                        detail: None,
                    }))),
                }),
            );
        })
    };
    // The appendix is this session's choice, not the scenario's: not saved.
    let appendix = use_state_eq(|| false);
    let on_appendix = {
        let appendix = appendix.setter();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            appendix.set(input.checked());
        })
    };
    let on_print = {
        let with = *appendix;
        Callback::from(move |_: MouseEvent| platform::print(with.then_some("udskrift-bilag")))
    };
    let active = ctx.active();
    html! {
        <section class="scenario-bar" aria-label="Scenarie">
            <div class="bar-row">
                <label for="scenarie-vaelg">{"Scenarie"}</label>
                <select id="scenarie-vaelg" data-testid="scenarie-vaelg" onchange={on_select}>
                    { for ctx.names().enumerate().map(|(i, name)| html! {
                        <option value={i.to_string()} selected={i == active}>{name}</option>
                    }) }
                </select>
                <label for="scenarie-navn">{"Navn"}</label>
                <input id="scenarie-navn" data-testid="scenarie-navn" type="text" autocomplete="off"
                    value={ctx.scenario.name.clone()} oninput={on_rename} />
                <button type="button" class="secondary" data-testid="scenarie-ny" disabled={full} title={why_full.clone()} onclick={send(|| Action::Create)}>{"Nyt"}</button>
                <button type="button" class="secondary" data-testid="scenarie-dupliker" disabled={full} title={why_full.clone()} onclick={send(|| Action::Duplicate)}>{"Duplikér"}</button>
                <button type="button" class="secondary" data-testid="scenarie-slet" onclick={send(|| Action::Delete)}>{"Slet"}</button>
                <button type="button" class="secondary" data-testid="scenarie-nulstil" onclick={send(|| Action::Reset)}>{"Nulstil til standardværdier"}</button>
            </div>
            <div class="bar-row">
                <button type="button" class="secondary" data-testid="scenarie-kopier-link" onclick={on_copy_link}>{"Kopiér link"}</button>
                <button type="button" class="secondary" data-testid="scenarie-eksporter" onclick={on_export}>{"Gem som fil (JSON)"}</button>
                <label for="scenarie-importer">{"Åbn fil (JSON)"}</label>
                <input id="scenarie-importer" data-testid="scenarie-importer" type="file"
                    accept=".json,application/json" onchange={on_import} />
                <button type="button" class="secondary" data-testid="scenarie-udskriv" onclick={on_print}>{"Udskriv"}</button>
                <span class="check">
                    <input type="checkbox" id="scenarie-udskriv-bilag" data-testid="scenarie-udskriv-bilag" checked={*appendix} onchange={on_appendix} />
                    <label for="scenarie-udskriv-bilag">{"Medtag Sådan er det beregnet"}</label>
                </span>
                if let Some(reason) = &props.not_saved {
                    <span class="hint" data-testid="scenarie-gemmes-ikke">{reason.clone()}</span>
                }
            </div>
            if let Some(url) = (*link).clone() {
                <div class="bar-row">
                    <label for="scenarie-link">{"Link til scenariet"}</label>
                    <input id="scenarie-link" data-testid="scenarie-link" type="text" readonly=true value={url} />
                </div>
            }
            <p class="status" role="status" data-testid="scenarie-status">{(*status).clone()}</p>
        </section>
    }
}
