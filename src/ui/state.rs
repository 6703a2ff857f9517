//! The single source of UI state: the scenario (every input of every page), the other saved
//! scenarios, and which page is shown. Components send `Action`s; only `reduce` changes state.
use crate::model::scenario::{Library, Scenario};
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
    /// Replace the whole open scenario.
    Replace(Box<Scenario>),
    /// Add a scenario (import, link) to the library and open it; the others stay as they are.
    Open(Box<Scenario>),
    /// A new scenario with default values.
    Create,
    /// A copy of the open scenario.
    Duplicate,
    /// Delete the open scenario (undoable).
    Delete,
    /// Open saved scenario number n.
    Select(usize),
    /// Put the default values back into the open scenario, keeping its name (undoable).
    Reset,
    /// Undo the last reset or delete.
    Undo,
    /// Show a message (or clear it with `None`).
    Notify(Option<Notice>),
}

/// A message about something that went wrong, with the text that could not be read so the
/// user can download it instead of losing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub message: String,
    pub raw: Option<String>,
}

/// What "Fortryd" brings back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo {
    /// Danish description, e.g. "Standardværdierne er sat ind."
    pub message: &'static str,
    pub library: Library,
}

/// App state; cheap enough to clone (scenarios are a few kB of text each).
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The open scenario (kept equal to `library.current()`).
    pub scenario: Scenario,
    pub library: Library,
    pub page: Page,
    pub undo: Option<Undo>,
    pub notice: Option<Notice>,
}

impl AppState {
    /// State showing `library`'s open scenario on `page`.
    pub fn new(library: Library, page: Page) -> Self {
        Self {
            scenario: library.current(),
            library,
            page,
            undo: None,
            notice: None,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let snapshot = |message| {
            Some(Undo {
                message,
                library: self.library.clone(),
            })
        };
        next.undo = None;
        match action {
            Action::Edit(edit) => edit(&mut next.scenario),
            Action::Navigate(page) => {
                next.page = page;
                next.undo = self.undo.clone();
            }
            Action::Notify(notice) => {
                next.notice = notice;
                next.undo = self.undo.clone();
            }
            Action::Replace(scenario) => next.scenario = *scenario,
            Action::Reset => {
                next.undo = snapshot("Standardværdierne er sat ind.");
                next.scenario = Scenario {
                    name: next.scenario.name,
                    ..Scenario::default()
                };
            }
            Action::Open(scenario) => next.library.add(*scenario),
            Action::Create => next.library.create(),
            Action::Duplicate => next.library.duplicate(),
            Action::Delete => {
                next.undo = snapshot("Scenariet er slettet.");
                next.library.delete();
            }
            Action::Select(index) => next.library.select(index),
            Action::Undo => {
                if let Some(undo) = &self.undo {
                    next.library = undo.library.clone();
                }
            }
        }
        // Edits change `scenario`, library operations change `library`: sync the other side.
        if next.scenario != self.scenario {
            next.library.set_current(next.scenario.clone());
        } else {
            next.scenario = next.library.current();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Rc<AppState> {
        Rc::new(AppState::new(Library::default(), Page::Wage))
    }

    fn edit_budget(state: Rc<AppState>, budget: &str) -> Rc<AppState> {
        let budget = budget.to_string();
        state.reduce(Action::Edit(Rc::new(move |s: &mut Scenario| {
            s.wage.budget = budget.clone()
        })))
    }

    #[test]
    fn edits_are_kept_in_the_library() {
        let state = edit_budget(start(), "1");
        assert_eq!(state.library.current().wage.budget, "1");
        let state = state.reduce(Action::Create);
        assert_eq!(state.scenario.wage.budget, Scenario::default().wage.budget);
        let state = state.reduce(Action::Select(0));
        assert_eq!(state.scenario.wage.budget, "1");
    }

    #[test]
    fn reset_and_delete_can_be_undone() {
        let state = edit_budget(start(), "1");
        let state = state.reduce(Action::Reset);
        assert_eq!(state.scenario.wage, Scenario::default().wage);
        assert!(state.undo.is_some());
        let state = state.reduce(Action::Navigate(Page::Tariff));
        let state = state.reduce(Action::Undo);
        assert_eq!(state.scenario.wage.budget, "1");
        assert!(state.undo.is_none());

        let state = state.reduce(Action::Duplicate).reduce(Action::Delete);
        assert_eq!(state.library.scenarios.len(), 1);
        let state = state.reduce(Action::Undo);
        assert_eq!(state.library.scenarios.len(), 2);
        assert_eq!(state.scenario.name, "Kopi af Mit botilbud");
    }

    #[test]
    fn an_edit_ends_the_undo_offer() {
        let state = edit_budget(start().reduce(Action::Reset), "2");
        assert!(state.undo.is_none());
    }
}
