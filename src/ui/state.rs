//! The single source of UI state: the scenario (every input of every page) and which page
//! is shown. Components send `Action`s; only `reduce` changes state.
use crate::model::scenario::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// The four pages of the calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Wage,
    Roster,
    Tariff,
    Transition,
}

impl Page {
    /// Every page in navigation order.
    pub const ALL: [Page; 4] = [Page::Wage, Page::Roster, Page::Tariff, Page::Transition];

    /// Danish navigation label.
    pub fn label(self) -> &'static str {
        match self {
            Page::Wage => "Lønbudget → timer",
            Page::Roster => "Vagtplan",
            Page::Tariff => "Takster",
            Page::Transition => "Overgang",
        }
    }

    /// Stable key, used in test ids (`nav-…`) and the URL.
    pub fn key(self) -> &'static str {
        match self {
            Page::Wage => "loen",
            Page::Roster => "vagtplan",
            Page::Tariff => "takster",
            Page::Transition => "overgang",
        }
    }

    /// The page with this key, if any.
    pub fn from_key(key: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// A change to the scenario. A closure keeps each page's edits next to the page's fields
/// instead of one enum variant per input (there are well over a hundred inputs).
pub type Edit = Rc<dyn Fn(&mut Scenario)>;

/// Everything that can happen to the app state.
pub enum Action {
    /// Change some inputs.
    Edit(Edit),
    /// Show another page.
    Navigate(Page),
    /// Replace the whole scenario (load, import, reset).
    Replace(Box<Scenario>),
}

/// App state; cheap to clone (a scenario is a few kB of text).
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub scenario: Scenario,
    pub page: Page,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => edit(&mut next.scenario),
            Action::Navigate(page) => next.page = page,
            Action::Replace(scenario) => next.scenario = *scenario,
        }
        Rc::new(next)
    }
}

/// The reducer handle, shared through a context so pages need no prop drilling.
pub type AppContext = UseReducerHandle<AppState>;

/// Builds a callback that applies `apply(scenario, value)`; the usual way a field edits
/// its part of the scenario.
pub fn edit_callback<T: Clone + 'static>(
    ctx: &AppContext,
    apply: impl Fn(&mut Scenario, T) + 'static,
) -> Callback<T> {
    let ctx = ctx.clone();
    let apply = Rc::new(apply);
    Callback::from(move |value: T| {
        let apply = apply.clone();
        ctx.dispatch(Action::Edit(Rc::new(move |s: &mut Scenario| {
            apply(s, value.clone())
        })));
    })
}
