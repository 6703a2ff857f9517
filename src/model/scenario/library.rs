//! The saved scenarios, one per botilbud, and which one is open.
//!
//! Each scenario carries a storage identity (`ScenarioId`), so storage can keep it as its
//! own record (`model::store`) and another tab's change to one scenario can be applied to
//! exactly that one. The identity is not part of the content: two libraries with the same
//! scenarios are equal whatever their ids, and the library file format has no ids.
use super::Scenario;
use serde::Serialize;

/// A scenario's storage identity. The platform draws a tab's first id from the clock and
/// a random number, so two tabs never hand out the same one.
pub type ScenarioId = u64;

/// Whether `name` is `base` or a name [`Library::unused_name`] made from it ("base (2)").
pub(crate) fn numbered_from(name: &str, base: &str) -> bool {
    name == base
        || name
            .strip_prefix(base)
            .and_then(|rest| rest.strip_prefix(" ("))
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(|n| n.parse::<u32>().is_ok_and(|n| n >= 2))
}

/// Several scenarios, one per botilbud, and which one is open. This is what autosave keeps.
#[derive(Debug, Clone, Serialize)]
pub struct Library {
    pub active: usize,
    pub scenarios: Vec<Scenario>,
    /// `ids[i]` is the identity of `scenarios[i]` (same length, kept by every method).
    #[serde(skip)]
    ids: Vec<ScenarioId>,
    /// The id the next new scenario gets.
    #[serde(skip)]
    next_id: ScenarioId,
}

impl PartialEq for Library {
    fn eq(&self, other: &Self) -> bool {
        self.active == other.active && self.scenarios == other.scenarios
    }
}

impl Eq for Library {}

impl Default for Library {
    fn default() -> Self {
        Self::new(0, vec![Scenario::default()])
    }
}

/// What another tab did to one scenario, for the notice that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum External {
    Added(String),
    Changed(String),
    Removed(String),
}

impl Library {
    /// `scenarios` with ids 1, 2, …; `active` out of range opens the first. An empty list
    /// gets the default scenario (a library always holds one).
    pub fn new(active: usize, scenarios: Vec<Scenario>) -> Self {
        let records = (1..).zip(scenarios).collect();
        Self::from_records(records, active)
    }

    /// Scenarios read from their records, in the order given.
    pub fn from_records(records: Vec<(ScenarioId, Scenario)>, active: usize) -> Self {
        let (mut ids, mut scenarios): (Vec<_>, Vec<_>) = records.into_iter().unzip();
        if scenarios.is_empty() {
            ids.push(1);
            scenarios.push(Scenario::default());
        }
        let next_id = ids.iter().max().map_or(1, |max| max.saturating_add(1));
        Self {
            active: if active < scenarios.len() { active } else { 0 },
            scenarios,
            ids,
            next_id,
        }
    }

    /// The same scenarios with new ids `first`, `first + 1`, … (for a library that has
    /// never been stored: the defaults, or an old single-entry save being moved to records).
    pub fn renumbered(mut self, first: ScenarioId) -> Self {
        self.ids = (first..).take(self.scenarios.len()).collect();
        self.next_id = first.saturating_add(self.scenarios.len() as u64);
        self
    }

    /// New scenarios of this tab get ids from `first` on (never lower than those in use).
    pub fn set_next_id(&mut self, first: ScenarioId) {
        self.next_id = self.next_id.max(first);
    }

    /// Each scenario with its id.
    pub fn records(&self) -> impl Iterator<Item = (ScenarioId, &Scenario)> {
        self.ids.iter().copied().zip(&self.scenarios)
    }

    /// The open scenario (the library always holds at least one).
    pub fn current(&self) -> Scenario {
        self.scenarios.get(self.active).cloned().unwrap_or_default()
    }

    /// The open scenario's id.
    pub fn current_id(&self) -> Option<ScenarioId> {
        self.ids.get(self.active).copied()
    }

    /// Stores `scenario` as the open one.
    pub fn set_current(&mut self, scenario: Scenario) {
        match self.scenarios.get_mut(self.active) {
            Some(slot) => *slot = scenario,
            None => self.add(scenario),
        }
    }

    /// Appends `scenario` with a fresh id and opens it.
    fn push(&mut self, scenario: Scenario) {
        self.scenarios.push(scenario);
        self.ids.push(self.next_id);
        self.next_id = self.next_id.saturating_add(1);
        self.active = self.scenarios.len().saturating_sub(1);
    }

    /// Adds a scenario and opens it. One already present is opened instead, also when an
    /// earlier add gave it a numbered name, so opening the same link or file twice does not
    /// pile up copies; a different scenario under a taken name gets a free one ("… (2)"), so
    /// the scenario menu never shows two entries alike.
    pub fn add(&mut self, scenario: Scenario) {
        let renamed = |s: &Scenario| Scenario {
            name: s.name.clone(),
            ..scenario.clone()
        };
        let present = self
            .scenarios
            .iter()
            .position(|s| *s == renamed(s) && numbered_from(&s.name, &scenario.name));
        match present {
            Some(i) => self.active = i,
            None => {
                let name = self.unused_name(&scenario.name);
                self.push(Scenario { name, ..scenario });
            }
        }
    }

    /// A name not yet used: `base`, or `base (2)`, `base (3)` …
    pub fn unused_name(&self, base: &str) -> String {
        let taken = |n: &str| self.scenarios.iter().any(|s| s.name == n);
        if !taken(base) {
            return base.to_string();
        }
        (2..)
            .map(|i| format!("{base} ({i})"))
            .find(|n| !taken(n))
            .unwrap_or_default()
    }

    /// A new scenario with default values, opened.
    pub fn create(&mut self) {
        let scenario = Scenario {
            name: self.unused_name("Nyt botilbud"),
            ..Scenario::default()
        };
        self.push(scenario);
    }

    /// A copy of the open scenario, opened.
    pub fn duplicate(&mut self) {
        let mut copy = self.current();
        copy.name = self.unused_name(&format!("Kopi af {}", copy.name));
        self.push(copy);
    }

    /// Deletes the open scenario; the last one left is replaced by the defaults.
    pub fn delete(&mut self) {
        if self.active < self.scenarios.len() {
            self.scenarios.remove(self.active);
            self.ids.remove(self.active);
        }
        if self.scenarios.is_empty() {
            self.push(Scenario::default());
        }
        self.active = self.active.min(self.scenarios.len().saturating_sub(1));
    }

    /// Opens scenario `index` (ignored when out of range).
    pub fn select(&mut self, index: usize) {
        if index < self.scenarios.len() {
            self.active = index;
        }
    }

    /// Takes over another tab's change to scenario `id`: its new content, or `None` when
    /// that tab deleted it. The open scenario stays open unless it was the one deleted.
    /// Returns what changed, or `None` when this tab already had it so.
    pub fn external(&mut self, id: ScenarioId, scenario: Option<Scenario>) -> Option<External> {
        let index = self.ids.iter().position(|i| *i == id);
        match (index, scenario) {
            (Some(i), Some(scenario)) => {
                let slot = self.scenarios.get_mut(i)?;
                if *slot == scenario {
                    return None;
                }
                *slot = scenario.clone();
                Some(External::Changed(scenario.name))
            }
            (Some(i), None) => {
                let removed = self.scenarios.remove(i);
                self.ids.remove(i);
                if self.scenarios.is_empty() {
                    self.push(Scenario::default());
                } else if self.active > i || self.active >= self.scenarios.len() {
                    self.active = self.active.saturating_sub(1);
                }
                Some(External::Removed(removed.name))
            }
            (None, Some(scenario)) => {
                let name = scenario.name.clone();
                self.scenarios.push(scenario);
                self.ids.push(id);
                self.next_id = self.next_id.max(id.saturating_add(1));
                Some(External::Added(name))
            }
            (None, None) => None,
        }
    }
}
