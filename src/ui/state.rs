//! The single source of UI state: the scenario (every input of every page), the other saved
//! scenarios, and which page is shown. Components send `Action`s; only `reduce` changes state.
use crate::model::capacity::MAX_SCENARIOS;
use crate::model::case::CaseDetails;
use crate::model::edit::{Choice, Edit};
use crate::model::field::{CaseField, FieldRef};
use crate::model::lenient;
use crate::model::scenario::{recover, External, Library, Scenario, ScenarioId};
use crate::model::store::Damaged;
use std::rc::Rc;
use yew::prelude::*;

/// The pages of the calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Wage,
    Roster,
    Tariff,
    /// The case worker's price lookup: reads Takster's packages and prices.
    Lookup,
    Transition,
    /// Saved scenarios side by side (DOMAIN.md §5).
    Compare,
}

impl Page {
    /// Every page in navigation order.
    pub const ALL: [Page; 6] = [
        Page::Wage,
        Page::Roster,
        Page::Tariff,
        Page::Lookup,
        Page::Transition,
        Page::Compare,
    ];

    /// Danish navigation label.
    pub fn label(self) -> &'static str {
        match self {
            Page::Wage => "Lønbudget → timer",
            Page::Roster => "Vagtplan",
            Page::Tariff => "Takster",
            Page::Lookup => "Prisopslag",
            Page::Transition => "Overgang",
            Page::Compare => "Sammenlign",
        }
    }

    /// Stable key, used in test ids (`nav-…`) and the URL.
    pub fn key(self) -> &'static str {
        match self {
            Page::Wage => "loen",
            Page::Roster => "vagtplan",
            Page::Tariff => "takster",
            Page::Lookup => "prisopslag",
            Page::Transition => "overgang",
            Page::Compare => "sammenlign",
        }
    }

    /// The page with this key, if any.
    pub fn from_key(key: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// Everything that can happen to the app state.
pub enum Action {
    /// Change the open scenario (`Scenario::apply`).
    Edit(Edit),
    /// Show another page.
    Navigate(Page),
    /// The prisoverslag's case details: `field` now reads `text`.
    Case(CaseField, String),
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
    /// Another tab added or changed (`Some`) or deleted (`None`) scenario `id`.
    External(ScenarioId, Option<Box<Scenario>>),
    /// Autosave failed with this Danish message (`None`: it works again).
    SaveFailed(Option<String>),
    /// Try to read the damaged entry with this storage key, and open what could be read.
    Recover(String),
    /// The damaged entry with this storage key was deleted.
    Discard(String),
}

/// A message about something that went wrong, with the text that could not be read so the
/// user can download it instead of losing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub message: String,
    pub raw: Option<String>,
    /// The parser's own (English) words, shown behind "Tekniske detaljer".
    pub detail: Option<String>,
}

/// What "Fortryd" brings back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo {
    /// Danish description, e.g. "Standardværdierne er sat ind." or what a template changed.
    pub message: String,
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
    /// A short note that needs no action (another tab's change, a restored scenario).
    pub info: Option<String>,
    /// Why the last autosave failed, while it fails (the work is kept in the tab).
    pub unsaved: Option<String>,
    /// Saved entries that could not be read; they stay in storage until deleted.
    pub damaged: Rc<Vec<Damaged>>,
    /// The prisoverslag's case details: the tab's, never saved or put in a link
    /// (`model::case`), kept across pages and scenarios.
    pub case: Rc<CaseDetails>,
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
            info: None,
            unsaved: None,
            damaged: Rc::default(),
            case: Rc::default(),
        }
    }

    /// Every saved scenario, the open one as it is now: what autosave stores.
    pub fn library(&self) -> Library {
        let mut library = (*self.stored).clone();
        library.set_current((*self.scenario).clone());
        library
    }

    /// Whether another scenario fits (`capacity::MAX_SCENARIOS`).
    pub fn has_room(&self) -> bool {
        self.stored.scenarios.len() < MAX_SCENARIOS
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
            info: None,
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
            Action::Edit(edit) => {
                let mut scenario = (*self.scenario).clone();
                // An edit that does not apply (a click on a row that was just removed)
                // changes nothing, not even the undo offer.
                if scenario.apply(&edit).is_err() {
                    return self;
                }
                // A template replaces the user's choices: say what changed, and offer undo.
                if let Edit::Preset(preset) = &edit {
                    let changes = preset.changes(&self.scenario, &scenario);
                    next.undo = Some(Undo {
                        message: if changes.is_empty() {
                            "Skabelonen er indlæst; intet blev ændret.".into()
                        } else {
                            format!("Skabelonen er indlæst. {}.", changes.join(". "))
                        },
                        library: self.library(),
                    });
                }
                next.scenario = Rc::new(scenario);
            }
            Action::Navigate(page) => {
                next.page = page;
                next.undo = self.undo.clone();
                next.info = self.info.clone();
            }
            Action::Case(field, text) => {
                let mut case = (*self.case).clone();
                case.set(field, text);
                next.case = Rc::new(case);
                next.undo = self.undo.clone();
                next.info = self.info.clone();
            }
            Action::Notify(notice) => {
                next.notice = notice;
                next.undo = self.undo.clone();
                next.info = self.info.clone();
            }
            Action::Reset => {
                next.undo = Some(Undo {
                    message: "Standardværdierne er sat ind.".into(),
                    library: self.library(),
                });
                next.scenario = Rc::new(Scenario {
                    name: self.scenario.name.clone(),
                    ..Scenario::default()
                });
            }
            Action::Open(_) | Action::Create | Action::Duplicate if !self.has_room() => {
                next.notice = Some(Notice {
                    message: format!("Der kan højst være {MAX_SCENARIOS} scenarier i browseren (en konsulent med et scenarie pr. botilbud i en stor kommune har nogle dusin). Slet et scenarie, før du tilføjer et nyt."),
                    raw: None,
                    detail: None,
                });
            }
            Action::Open(scenario) => with_library(&|l| l.add((*scenario).clone())),
            Action::Create => with_library(&Library::create),
            Action::Duplicate => with_library(&Library::duplicate),
            Action::Delete => {
                with_library(&Library::delete);
                next.undo = Some(Undo {
                    message: "Scenariet er slettet.".into(),
                    library: self.library(),
                });
            }
            Action::Select(index) => with_library(&|l| l.select(index)),
            Action::Undo => {
                if let Some(undo) = &self.undo {
                    with_library(&|l| *l = undo.library.clone());
                }
            }
            Action::External(id, scenario) => {
                let mut library = self.library();
                let Some(change) = library.external(id, scenario.map(|s| *s)) else {
                    return self;
                };
                next.info = Some(match change {
                    External::Added(name) => {
                        format!("Scenariet »{name}« er tilføjet i et andet faneblad.")
                    }
                    External::Changed(name) => format!(
                        "Scenariet »{name}« er ændret i et andet faneblad; ændringerne vises her."
                    ),
                    External::Removed(name) => {
                        format!("Scenariet »{name}« er slettet i et andet faneblad.")
                    }
                });
                next.undo = self.undo.clone();
                next.scenario = Rc::new(library.current());
                next.stored = Rc::new(library);
            }
            Action::SaveFailed(message) => {
                if self.unsaved == message {
                    return self;
                }
                next.unsaved = message;
                next.undo = self.undo.clone();
                next.info = self.info.clone();
            }
            Action::Recover(key) => {
                let Some(damaged) = self.damaged.iter().find(|d| d.key == key) else {
                    return self;
                };
                match recover(&damaged.raw) {
                    Ok(decoded) => {
                        with_library(&|l| {
                            for scenario in &decoded.value {
                                l.add(scenario.clone());
                            }
                        });
                        let done = match decoded.value.len() {
                            1 => "Scenariet er gendannet".to_string(),
                            n => format!("{n} scenarier er gendannet"),
                        };
                        next.info = Some(
                            lenient::notice(&format!("{done} så godt, det kunne. Det beskadigede er gemt uændret, indtil du sletter det."), &decoded.warnings)
                                .unwrap_or_else(|| format!("{done}. Det beskadigede er gemt uændret, indtil du sletter det.")),
                        );
                    }
                    Err(error) => {
                        next.notice = Some(Notice {
                            message: format!("Scenariet kunne ikke gendannes. {error}"),
                            detail: error.detail(),
                            raw: Some(damaged.raw.clone()),
                        });
                    }
                }
            }
            Action::Discard(key) => {
                next.damaged = Rc::new(
                    self.damaged
                        .iter()
                        .filter(|d| d.key != key)
                        .cloned()
                        .collect(),
                );
                next.undo = self.undo.clone();
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

/// The callback of a text input: each text it gets is `Edit::Set(field, text)`. The helpers
/// here are not generic over a closure, so each is compiled once for the whole app.
pub fn on_text(dispatch: &Dispatch, field: FieldRef) -> Callback<String> {
    let dispatch = dispatch.clone();
    Callback::from(move |text| dispatch.dispatch(Action::Edit(Edit::Set(field, text))))
}

/// The callback of a checkbox: `Edit::SetFlag(field, checked)`.
pub fn on_flag(dispatch: &Dispatch, field: FieldRef) -> Callback<bool> {
    let dispatch = dispatch.clone();
    Callback::from(move |on| dispatch.dispatch(Action::Edit(Edit::SetFlag(field, on))))
}

/// The callback of a select: the chosen option's value, read by `choice`, as
/// `Edit::Choose(field, …)`; an unknown value changes nothing.
pub fn on_choice(
    dispatch: &Dispatch,
    field: FieldRef,
    choice: fn(&str) -> Option<Choice>,
) -> Callback<String> {
    let dispatch = dispatch.clone();
    Callback::from(move |value: String| {
        if let Some(c) = choice(&value) {
            dispatch.dispatch(Action::Edit(Edit::Choose(field, c)));
        }
    })
}

/// The callback of a button: sends `edit` on each click.
pub fn on_click(dispatch: &Dispatch, edit: Edit) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Edit(edit.clone())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Rc<AppState> {
        Rc::new(AppState::new(Library::default(), Page::Wage))
    }

    fn edit_budget(state: Rc<AppState>, budget: &str) -> Rc<AppState> {
        let field = crate::model::field::Field::Lonbudget.into();
        state.reduce(Action::Edit(Edit::Set(field, budget.into())))
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
    fn case_details_stay_out_of_the_scenario_and_the_saves() {
        let state = edit_budget(start(), "1").reduce(Action::Reset);
        let before = state.revision();
        let state = state.reduce(Action::Case(CaseField::Sagsnummer, "2026-0815".into()));
        assert_eq!(state.case.get(CaseField::Sagsnummer), "2026-0815");
        // Not an edit of the scenario: autosave has nothing to do, and undo is still offered.
        assert!(state.revision() == before);
        assert!(state.undo.is_some());
        // Kept across pages and scenarios, for this tab only.
        let state = state
            .reduce(Action::Navigate(Page::Tariff))
            .reduce(Action::Create);
        assert_eq!(state.case.get(CaseField::Sagsnummer), "2026-0815");
        assert!(!format!("{:?}", state.library()).contains("2026-0815"));
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

    /// Issue 13.4: a template says what it changed and can be undone, like Nulstil.
    #[test]
    fn a_preset_says_what_it_changed_and_can_be_undone() {
        use crate::model::edit::Preset;
        use crate::model::{roster, tariff};
        let state = start().reduce(Action::Edit(Edit::Preset(Preset::Tariff(
            tariff::Preset::IkastBrande,
        ))));
        let message = state
            .undo
            .as_ref()
            .map(|u| u.message.clone())
            .unwrap_or_default();
        assert!(message.contains("Prisgrundlag: hele døgntaksten → kun ydelsestaksten"));
        let state = state.reduce(Action::Undo);
        assert_eq!(state.scenario.tariff, Scenario::default().tariff);

        let shifts = Preset::Shifts(roster::Preset::SleepingNight);
        let state = start().reduce(Action::Edit(Edit::Preset(shifts)));
        assert!(state.undo.is_some());
        let state = state.reduce(Action::Undo);
        assert_eq!(state.scenario.roster, Scenario::default().roster);
    }

    #[test]
    fn an_edit_copies_only_the_open_scenario() {
        let state = start().reduce(Action::Duplicate);
        let renamed = state
            .clone()
            .reduce(Action::Edit(Edit::Rename("Ny".into())));
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
    fn an_edit_that_does_not_apply_changes_nothing() {
        let state = start().reduce(Action::Reset);
        let gone = crate::model::field::Table::Cases;
        let same = state.clone().reduce(Action::Edit(Edit::RemoveRow(gone, 9)));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn an_edit_ends_the_undo_offer() {
        let state = edit_budget(start().reduce(Action::Reset), "2");
        assert!(state.undo.is_none());
    }
}
