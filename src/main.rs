//! The platform edge: read the saved scenarios and the address, then start the Yew app
//! with them as props. Bad input here never stops the app: it starts with what it can
//! read and tells the user what it could not.
use botilbudsberegneren::model::lenient;
use botilbudsberegneren::model::scenario::Library;
use botilbudsberegneren::platform::{self, link::Unreadable};
use botilbudsberegneren::ui::app::{App, AppProps};
use botilbudsberegneren::ui::state::{Notice, Page};
use yew::Callback;

fn main() {
    wasm_bindgen_futures::spawn_local(start());
}

/// Reads what the app starts with and mounts it. A link is inflated (by the browser, so
/// async) before the mount: the first frame already shows the linked scenario, and no
/// keystroke can reach the default scenario before the link replaces it.
async fn start() {
    let params = platform::url::params();
    let page = params
        .page
        .as_deref()
        .and_then(Page::from_key)
        .unwrap_or(Page::Wage);
    let mut notice = None;
    let mut damaged = Vec::new();
    // Embedded, the calculator leaves the visitor's own saved scenarios alone.
    let (mut library, saving) = if params.embed {
        platform::mark_embedded();
        (Library::default(), false)
    } else {
        match platform::storage::load() {
            Some(loaded) => {
                notice = lenient::notice("De gemte scenarier er læst, men:", &loaded.warnings).map(
                    |message| Notice {
                        message,
                        raw: None,
                        detail: None,
                    },
                );
                damaged = loaded.damaged;
                (loaded.library, true)
            }
            None => (Library::default(), false),
        }
    };
    if let Some(param) = &params.scenario {
        match platform::link::decode(param).await {
            Ok(decoded) => {
                if let Some(message) = lenient::notice("Linket er åbnet, men:", &decoded.warnings)
                {
                    notice = Some(Notice {
                        message,
                        raw: None,
                        detail: None,
                    });
                }
                library.add(decoded.value);
            }
            Err(Unreadable { error, raw }) => {
                notice = Some(Notice {
                    message: format!("Linket kunne ikke åbnes. {error}"),
                    detail: error.detail(),
                    raw: Some(raw),
                })
            }
        }
        // Read once, good or damaged: a reload neither imports it again nor repeats the
        // error. An embed keeps its link, which is its configuration.
        if !params.embed {
            platform::url::clear_fragment();
        }
    }
    let props = AppProps {
        scenario: library.current(),
        library,
        page,
        embed: params.embed,
        on_save: saving.then(|| Callback::from(|l| platform::storage::save(&l))),
        not_saved: (!saving && !params.embed)
            .then_some("Ændringer gemmes ikke i browseren her; brug »Gem som fil«.".into()),
        notice,
        damaged,
        today: platform::today().into(),
    };
    yew::Renderer::<App>::with_props(props).render();
}
