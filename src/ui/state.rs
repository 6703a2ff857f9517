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

/// App state. Cloning it only copies reference counts: an edit copies the open scenario
/// once and leaves the other saved scenarios alone, which keeps a keystroke cheap even with
/// a large library.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The open scenario. Edits change only this.
    pub scenario: Rc<Scenario>,
    /// The saved scenarios as of the last library operation: the open one's slot may be
    /// older than `scenario` (see `library`).
    stored: Rc<Library>,
    pub page: Page,
    pub undo: Option<Undo>,
    pub notice: Option<Notice>,
}

impl AppState {
    /// State showing `library`'s open scenario on `page`.
    pub fn new(library: Library, page: Page) -> Self {
        Self {
            scenario: Rc::new(library.current()),
            stored: Rc::new(library),
            page,
            undo: None,
            notice: None,
        }
    }

    /// Every saved scenario, the open one as it is now: what autosave stores.
    pub fn library(&self) -> Library {
        let mut library = (*self.stored).clone();
        library.set_current((*self.scenario).clone());
        library
    }

    /// Position of the open scenario in the library.
    pub fn active(&self) -> usize {
        self.stored.active
    }

    /// The saved scenarios' names in order, the open one's as it is now.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let active = self.stored.active;
        self.stored.scenarios.iter().enumerate().map(move |(i, s)| {
            if i == active {
                self.scenario.name.as_str()
            } else {
                s.name.as_str()
            }
        })
    }

    /// What autosave watches: it changes with every edit and library operation, but not
    /// with navigation or notices.
    pub fn revision(&self) -> Revision {
        Revision(self.scenario.clone(), self.stored.clone())
    }
}

/// See `AppState::revision`. Compared by identity: an edit always makes a new scenario, so
/// this is exact and costs nothing, where comparing by value would walk every scenario.
#[derive(Clone)]
pub struct Revision(Rc<Scenario>, Rc<Library>);

impl PartialEq for Revision {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) && Rc::ptr_eq(&self.1, &other.1)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = AppState {
            undo: None,
            ..(*self).clone()
        };
        // A library operation works on the up-to-date library and opens its current scenario.
        let mut with_library = |change: &dyn Fn(&mut Library)| {
            let mut library = self.library();
            change(&mut library);
            next.scenario = Rc::new(library.current());
            next.stored = Rc::new(library);
        };
        match action {
            Action::Edit(edit) => edit(Rc::make_mut(&mut next.scenario)),
            Action::Navigate(page) => {
                next.page = page;
                next.undo = self.undo.clone();
            }
            Action::Notify(notice) => {
                next.notice = notice;
                next.undo = self.undo.clone();
            }
            Action::Reset => {
                next.undo = Some(Undo {
                    message: "Standardværdierne er sat ind.",
                    library: self.library(),
                });
                next.scenario = Rc::new(Scenario {
                    name: self.scenario.name.clone(),
                    ..Scenario::default()
                });
            }
            Action::Open(scenario) => with_library(&|l| l.add((*scenario).clone())),
            Action::Create => with_library(&Library::create),
            Action::Duplicate => with_library(&Library::duplicate),
            Action::Delete => {
                with_library(&Library::delete);
                next.undo = Some(Undo {
                    message: "Scenariet er slettet.",
                    library: self.library(),
                });
            }
            Action::Select(index) => with_library(&|l| l.select(index)),
            Action::Undo => {
                if let Some(undo) = &self.undo {
                    with_library(&|l| *l = undo.library.clone());
                }
            }
        }
        Rc::new(next)
    }
}

/// The reducer handle, shared through a context so pages need no prop drilling.
pub type AppContext = UseReducerHandle<AppState>;

/// Sends actions; unlike the handle it stays the same across renders, so a component that
/// edits the scenario can take it as a prop and still skip rendering when nothing changed.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// Builds a callback that applies `apply(scenario, value)`; the usual way a field edits
/// its part of the scenario.
pub fn edit_callback<T: Clone + 'static>(
    ctx: &AppContext,
    apply: impl Fn(&mut Scenario, T) + 'static,
) -> Callback<T> {
    edit_with(&ctx.dispatcher(), apply)
}

/// `edit_callback` for a component that has a `Dispatch` instead of the context.
pub fn edit_with<T: Clone + 'static>(
    dispatch: &Dispatch,
    apply: impl Fn(&mut Scenario, T) + 'static,
) -> Callback<T> {
    edit_dyn(dispatch.clone(), Rc::new(apply))
}

/// An edit of the scenario with a value of type `T`, as a trait object.
pub type Apply<T> = Rc<dyn Fn(&mut Scenario, T)>;

/// The callback that dispatches `apply` with each value it gets. Not generic over the
/// closure, so it is compiled once per value type instead of once per field (there are well
/// over a hundred fields).
pub fn edit_dyn<T: Clone + 'static>(dispatch: Dispatch, apply: Apply<T>) -> Callback<T> {
    Callback::from(move |value: T| {
        let apply = apply.clone();
        dispatch.dispatch(Action::Edit(Rc::new(move |s: &mut Scenario| {
            apply(s, value.clone())
        })));
    })
}

/// A list of rows in the scenario (shifts, cases): where row edits apply.
pub type Rows<T> = fn(&mut Scenario) -> &mut Vec<T>;

/// A callback that applies `apply(row, value)` to row `index` of `rows` (if it still exists).
pub fn row_edit<T: 'static, V: Clone + 'static>(
    dispatch: &Dispatch,
    rows: Rows<T>,
    index: usize,
    apply: impl Fn(&mut T, V) + 'static,
) -> Callback<V> {
    edit_with(dispatch, move |s, v| {
        if let Some(row) = rows(s).get_mut(index) {
            apply(row, v);
        }
    })
}

/// "Kopiér" and "Slet" of row `index`: the copy goes right below, renamed by `rename`.
pub fn row_copy_remove<T: Clone + 'static>(
    dispatch: &Dispatch,
    rows: Rows<T>,
    index: usize,
    rename: fn(&mut T),
) -> (Callback<MouseEvent>, Callback<MouseEvent>) {
    let copy = edit_with(dispatch, move |s, _: MouseEvent| {
        let rows = rows(s);
        if let Some(mut row) = rows.get(index).cloned() {
            rename(&mut row);
            rows.insert(index + 1, row);
        }
    });
    let remove = edit_with(dispatch, move |s, _: MouseEvent| {
        let rows = rows(s);
        if index < rows.len() {
            rows.remove(index);
        }
    });
    (copy, remove)
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
        assert_eq!(state.library().current().wage.budget, "1");
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
        assert_eq!(state.library().scenarios.len(), 1);
        let state = state.reduce(Action::Undo);
        assert_eq!(state.library().scenarios.len(), 2);
        assert_eq!(state.scenario.name, "Kopi af Mit botilbud");
    }

    #[test]
    fn an_edit_copies_only_the_open_scenario() {
        let state = start().reduce(Action::Duplicate);
        let renamed = state
            .clone()
            .reduce(Action::Edit(Rc::new(|s: &mut Scenario| {
                s.name = "Ny".into()
            })));
        assert!(Rc::ptr_eq(&state.stored, &renamed.stored));
        assert!(renamed.revision() != state.revision());
        assert_eq!(renamed.names().collect::<Vec<_>>(), ["Mit botilbud", "Ny"]);
        assert_eq!(renamed.library().scenarios[1].name, "Ny");
        let moved = renamed.clone().reduce(Action::Navigate(Page::Roster));
        assert!(moved.revision() == renamed.revision());
        // Library operations see the edit.
        let back = moved.reduce(Action::Select(0)).reduce(Action::Select(1));
        assert_eq!(back.scenario.name, "Ny");
    }

    #[test]
    fn an_edit_ends_the_undo_offer() {
        let state = edit_budget(start().reduce(Action::Reset), "2");
        assert!(state.undo.is_none());
    }
}
