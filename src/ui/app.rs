//! The application shell: header with navigation and the scenario bar, the state and
//! figures contexts, autosave. In embed mode (`?embed=1`) only the page itself is shown, for
//! an iframe.
use crate::model::figures::{figures, Figures};
use crate::model::scenario::{Library, Scenario};
use crate::model::store::Damaged;
use crate::platform;
use crate::ui::components::embed_bar::EmbedBar;
use crate::ui::components::scenario_bar::{notice_area, ScenarioBar};
use crate::ui::pages::{
    compare::ComparePage, lookup::LookupPage, roster::RosterPage, tariff::TariffPage,
    transition::TransitionPage, wage::WagePage,
};
use crate::ui::state::{Action, AppContext, AppState, Notice, Page};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The scenario to open (restored by the platform edge, or the default). It replaces
    /// the open scenario of `library`.
    #[prop_or_default]
    pub scenario: Scenario,
    /// All saved scenarios.
    #[prop_or_default]
    pub library: Library,
    #[prop_or(Page::Wage)]
    pub page: Page,
    /// One page without header and navigation (for an iframe).
    #[prop_or_default]
    pub embed: bool,
    /// Called with the library after every change (autosave); `None` = not saved.
    #[prop_or_default]
    pub on_save: Option<Callback<Library, Result<(), String>>>,
    /// Why nothing is saved, when `on_save` is `None` and the user should know.
    #[prop_or_default]
    pub not_saved: Option<AttrValue>,
    /// A problem found at start (damaged storage or link).
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// Saved entries that could not be read (kept in storage, listed for the user).
    #[prop_or_default]
    pub damaged: Vec<Damaged>,
    /// Today's date as dd.mm.åååå, for the printed report.
    #[prop_or_default]
    pub today: AttrValue,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            scenario: Scenario::default(),
            library: Library::default(),
            page: Page::Wage,
            embed: false,
            on_save: None,
            not_saved: None,
            notice: None,
            damaged: Vec::new(),
            today: AttrValue::default(),
        }
    }
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

/// On a phone the scenario bar (two to five rows of buttons) would push the page's answer
/// below the first screen, so there it folds behind this button, which names the open
/// scenario and says when it is not saved; on wider screens the button is hidden by the
/// stylesheet and the bar is always shown.
fn scenario_toggle(state: &AppContext, open: &UseStateHandle<bool>) -> Html {
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let unsaved = if state.unsaved.is_some() {
        " (ikke gemt)"
    } else {
        ""
    };
    html! {
        <button type="button" class="scenario-toggle secondary" data-testid="scenarie-vis"
            aria-expanded={if **open { "true" } else { "false" }} aria-controls="scenarie-panel"
            onclick={onclick}>{format!("Scenarie: {}{unsaved}", state.scenario.name)}</button>
    }
}

/// How long autosave waits after a change: encoding every scenario costs more than a frame
/// with a large library, so it waits for a pause in the typing instead of following each
/// keystroke.
const SAVE_DELAY_MS: u32 = 300;

/// A save that is due: the state handle (it reads the latest state) and where to save.
type PendingSave = Option<(AppContext, Callback<Library, Result<(), String>>)>;

fn save_now(pending: &RefCell<PendingSave>) {
    let due = pending.borrow_mut().take();
    if let Some((state, save)) = due {
        state.dispatch(Action::SaveFailed(save.emit(state.library()).err()));
    }
}

/// Saves the library a moment after each change, and at once when the page is hidden or
/// left (reload, closed tab, another tab), so nothing typed is lost. Effects only run in the
/// browser, so the native render tests stay storage-free.
#[hook]
fn use_autosave(state: &AppContext, on_save: Option<Callback<Library, Result<(), String>>>) {
    let pending = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let listeners = platform::when_hidden(move || save_now(&pending));
            move || drop(listeners)
        });
    }
    {
        // Another tab's saves, taken over as they happen (only when this tab saves too).
        let state = state.clone();
        let listening = on_save.is_some();
        use_effect_with((), move |_| {
            let listener = listening.then(|| {
                platform::storage::on_change(move |id, scenario| {
                    state.dispatch(Action::External(id, scenario.map(Box::new)))
                })
            });
            move || drop(listener)
        });
    }
    let state = state.clone();
    use_effect_with(state.revision(), move |_| {
        if let Some(save) = on_save {
            *pending.borrow_mut() = Some((state, save));
            // Replacing the timer cancels the previous one.
            *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || save_now(&pending)));
        }
    });
}

/// Every page's figures for the open scenario, shared with the pages through a context.
/// Compared by identity: a new one comes only with a changed scenario, and comparing the
/// figures by value would cost about as much as computing them.
#[derive(Clone)]
pub struct SharedFigures(pub Rc<Figures>);

impl PartialEq for SharedFigures {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Hook: the figures of `scenario`, computed once per change of it (navigation and notices
/// reuse them). Each computation starts from the previous figures, so an edit recomputes
/// only the pages whose inputs it changed.
#[hook]
fn use_figures(scenario: &Rc<Scenario>) -> SharedFigures {
    let last = use_mut_ref(|| None::<(Rc<Scenario>, Rc<Figures>)>);
    let mut last = last.borrow_mut();
    if let Some((shown, figures)) = &*last {
        if Rc::ptr_eq(shown, scenario) {
            return SharedFigures(figures.clone());
        }
    }
    let fresh = Rc::new(figures(scenario.clone(), last.as_ref().map(|(_, f)| &**f)));
    *last = Some((scenario.clone(), fresh.clone()));
    SharedFigures(fresh)
}

/// Once mounted: removes `index.html`'s start screen and, embedded, starts telling the
/// parent window the content height. Effects run only in the browser.
#[hook]
fn use_started(embed: bool) {
    use_effect_with((), move |_| {
        platform::embed::started();
        if embed {
            platform::embed::report_height();
        }
    });
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || {
            let mut library = props.library;
            library.set_current(props.scenario);
            let mut state = AppState::new(library, props.page);
            state.notice = props.notice;
            state.damaged = Rc::new(props.damaged);
            state
        })
    };
    use_autosave(&state, props.on_save.clone());
    let scenario_open = use_state_eq(|| false);
    use_started(props.embed);
    let figures = use_figures(&state.scenario);
    let page = match state.page {
        Page::Wage => html! { <WagePage /> },
        Page::Roster => html! { <RosterPage /> },
        Page::Tariff => html! { <TariffPage /> },
        Page::Lookup => html! { <LookupPage /> },
        Page::Transition => html! { <TransitionPage /> },
        Page::Compare => html! { <ComparePage /> },
    };
    let print_meta = html! {
        <p class="print-meta" data-testid="udskrift-hoved">
            {format!("Botilbudsberegneren · {} · {} · udskrevet {}", state.scenario.name, state.page.label(), props.today)}
        </p>
    };
    if props.embed {
        let borrowed = match state.page {
            Page::Wage => figures.0.borrowed_by_wage(),
            Page::Roster => figures.0.borrowed_by_roster(),
            // The lookup prices with Takster's figures, which take these from the wage page.
            Page::Tariff | Page::Lookup => figures.0.borrowed_by_tariff(),
            Page::Transition => figures.0.borrowed_by_transition(),
            // Sammenlign takes no input from the other pages; it shows their figures.
            Page::Compare => Vec::new(),
        };
        return html! {
            <ContextProvider<AppContext> context={state.clone()}>
            <ContextProvider<SharedFigures> context={figures}>
                <main id="indhold" class="embedded" data-testid="indlejret">
                    <h1 class="page-title">{state.page.label()}</h1>
                    <EmbedBar {borrowed} />
                    { notice_area(&state) }
                    { page }
                </main>
            </ContextProvider<SharedFigures>>
            </ContextProvider<AppContext>>
        };
    }
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<SharedFigures> context={figures}>
            <a class="skip-link" href="#indhold">{"Spring til indhold"}</a>
            <header class="app-header">
                <div class="title-row">
                    <h1>{"Botilbudsberegneren"}</h1>
                    <p class="tagline">{"Lønbudget, vagtplan, takster og overgangsordning for botilbud. Alt regnes i din browser; intet sendes videre."}</p>
                    { scenario_toggle(&state, &scenario_open) }
                </div>
                <div id="scenarie-panel" class={classes!("scenario-panel", scenario_open.then_some("open"))}>
                    <ScenarioBar not_saved={props.not_saved.clone()} />
                </div>
                { nav(&state) }
            </header>
            <main id="indhold" tabindex="-1">
                { print_meta }
                { notice_area(&state) }
                <h2 class="page-title">{state.page.label()}</h2>
                { page }
            </main>
            <footer class="app-footer">
                <p>{"Talformat: 1.234.567,50. Procenter skrives som procent (6,5 betyder 6,5 %). Brug pseudonymer, aldrig CPR-numre."}</p>
            </footer>
        </ContextProvider<SharedFigures>>
        </ContextProvider<AppContext>>
    }
}
