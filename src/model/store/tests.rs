//! Every failure path of storage: a full quota, storage switched off, a damaged record
//! among good ones, an oversized scenario, two tabs, and the move from the old single entry.
use super::*;
use crate::model::scenario::{encode_library, Scenario};
use std::cell::Cell;

/// localStorage in memory, with a quota in bytes (key + value, as browsers roughly count)
/// and a switch that makes every call throw.
#[derive(Default)]
struct Memory {
    items: BTreeMap<String, String>,
    quota: Option<usize>,
    off: Cell<bool>,
}

impl Memory {
    fn used_without(&self, key: &str) -> usize {
        self.items
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
    fn check(&self) -> Result<(), StoreError> {
        if self.off.get() {
            Err(StoreError::Unavailable)
        } else {
            Ok(())
        }
    }
    fn record_count(&self) -> usize {
        self.items.keys().filter(|k| record_id(k).is_some()).count()
    }
}

impl Records for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.items.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if self
            .quota
            .is_some_and(|q| self.used_without(key) + key.len() + value.len() > q)
        {
            return Err(StoreError::Full);
        }
        self.items.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.items.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.items.keys().cloned().collect())
    }
}

fn named(name: &str) -> Scenario {
    Scenario {
        name: name.into(),
        ..Scenario::default()
    }
}

fn names(library: &Library) -> Vec<String> {
    library.scenarios.iter().map(|s| s.name.clone()).collect()
}

/// A tab: its library and saver, as the platform holds them.
struct Tab {
    library: Library,
    saver: Saver,
}

impl Tab {
    fn open(store: &Memory, first_id: ScenarioId) -> Tab {
        let loaded = load(store, first_id).expect("loads");
        Tab {
            saver: loaded.saver(),
            library: loaded.library,
        }
    }
    fn save(&mut self, store: &mut Memory) -> Result<(), SaveError> {
        self.saver.save(store, &self.library)
    }
    /// The `storage` events the other tab's writes raise here.
    fn hear(&mut self, store: &Memory, before: &BTreeMap<String, String>) {
        let keys: std::collections::BTreeSet<&String> =
            store.items.keys().chain(before.keys()).collect();
        for key in keys {
            let now = store.items.get(key);
            if now != before.get(key) {
                self.saver.seen_key(key, now.map(String::as_str));
                if let Some((id, scenario)) = external_change(key, now.map(String::as_str)) {
                    self.library.external(id, scenario);
                }
            }
        }
    }
}

#[test]
fn each_scenario_is_its_own_record_written_only_when_it_changed() {
    let mut store = Memory::default();
    let mut tab = Tab::open(&store, 100);
    assert_eq!(names(&tab.library), ["Mit botilbud"]);
    tab.library.create();
    tab.save(&mut store).expect("saves");
    assert_eq!(store.record_count(), 2);
    assert_eq!(store.items.get(OPEN_KEY).map(String::as_str), Some("100"));
    // Unchanged scenarios are not written again: a failing storage is not even asked.
    store.off.set(true);
    assert_eq!(tab.save(&mut store), Ok(()));
    store.off.set(false);
    // A reload reads both and opens the one open last.
    let again = Tab::open(&store, 200);
    assert_eq!(names(&again.library), ["Mit botilbud", "Nyt botilbud"]);
    assert_eq!(again.library.active, 1);
    // Deleting removes that record only.
    tab.library.delete();
    tab.save(&mut store).expect("saves");
    assert_eq!(store.record_count(), 1);
    assert!(
        store.items.contains_key(&record_key(1)),
        "the defaults are record 1"
    );
}

#[test]
fn a_damaged_record_costs_only_itself_and_is_never_overwritten() {
    let mut store = Memory::default();
    let mut tab = Tab::open(&store, 1);
    tab.library.add(named("B"));
    tab.save(&mut store).expect("saves");
    store
        .items
        .insert(record_key(7), "{\"version\":1,\"name\":\"Kaput".into());
    store.items.insert(record_key(9), "{\"version\":99}".into());
    let mut again = Tab::open(&store, 50);
    let loaded = load(&store, 50).expect("loads");
    assert_eq!(names(&again.library), ["Mit botilbud", "B"]);
    assert_eq!(loaded.damaged.len(), 2);
    assert!(matches!(loaded.damaged[0].error, ScenarioError::NotJson(_)));
    assert_eq!(loaded.damaged[1].error, ScenarioError::Newer(99));
    // Saving (with changes) never touches them.
    again.library.create();
    again.library.set_current(named("C"));
    again.save(&mut store).expect("saves");
    assert_eq!(
        store.items.get(&record_key(7)).map(String::as_str),
        Some("{\"version\":1,\"name\":\"Kaput")
    );
    assert_eq!(
        store.items.get(&record_key(9)).map(String::as_str),
        Some("{\"version\":99}")
    );
    assert_eq!(store.record_count(), 5);
}

#[test]
fn a_record_saved_over_todays_limits_is_kept_whole_beside_what_fits() {
    let mut big = named("Mange sager");
    big.transition.cases = vec![Default::default(); 45];
    let raw = crate::model::scenario::encode_compact(&big);
    let mut store = Memory::default();
    store.items.insert(record_key(5), raw.clone());
    let mut tab = Tab::open(&store, 1_000);
    let loaded = load(&store, 1_000).expect("loads");
    assert_eq!(names(&tab.library), ["Mange sager"]);
    assert_eq!(tab.library.scenarios[0].transition.cases.len(), 40);
    assert_eq!(loaded.damaged.len(), 1);
    assert_eq!(loaded.damaged[0].raw, raw);
    tab.save(&mut store).expect("saves");
    assert_eq!(
        store.items.get(&record_key(5)),
        Some(&raw),
        "never cut in place"
    );
    assert_eq!(store.record_count(), 2);
}

#[test]
fn a_full_storage_keeps_the_work_and_says_why() {
    let mut store = Memory::default();
    let mut tab = Tab::open(&store, 1);
    tab.save(&mut store).expect("saves");
    let stored = store.used_without("");
    store.quota = Some(stored + 100);
    tab.library.create();
    let error = tab.save(&mut store).expect_err("full");
    let Some(first) = store.items.get(&record_key(1)).cloned() else {
        panic!("the first record stays");
    };
    assert_eq!(
        error,
        SaveError::Full {
            stored: first.len()
        }
    );
    assert!(error.to_string().starts_with("Browserens lager er fuldt"));
    assert!(error.to_string().contains("»Gem som fil«"));
    // The library in the tab is unchanged, and the next save (space freed) writes it.
    assert_eq!(tab.library.scenarios.len(), 2);
    store.quota = None;
    tab.save(&mut store).expect("saves");
    assert_eq!(store.record_count(), 2);
}

#[test]
fn storage_switched_off_is_reported_as_such() {
    let mut store = Memory::default();
    store.off.set(true);
    assert_eq!(load(&store, 1).err(), Some(StoreError::Unavailable));
    let mut tab = Tab {
        library: Library::default(),
        saver: Saver::default(),
    };
    let error = tab.save(&mut store).expect_err("off");
    assert_eq!(error, SaveError::Unavailable);
    assert!(error.to_string().contains("tillader ikke at gemme"));
}

#[test]
fn an_oversized_scenario_is_refused_by_size_and_the_others_are_saved() {
    let mut store = Memory::default();
    let mut tab = Tab::open(&store, 1);
    let mut big = named("Stor");
    big.transition.cases = vec![Default::default(); 1];
    big.name = "x".repeat(MAX_TEXT);
    tab.library.add(big);
    tab.library.add(named("Lille"));
    let error = tab.save(&mut store).expect_err("too large");
    assert!(
        matches!(&error, SaveError::TooLarge { bytes, .. } if *bytes > MAX_TEXT),
        "{error:?}"
    );
    assert!(error.to_string().contains("grænsen er 2,0 MB"), "{error}");
    let again = Tab::open(&store, 10);
    assert_eq!(names(&again.library), ["Mit botilbud", "Lille"]);
}

#[test]
fn two_tabs_keep_each_others_scenarios_and_the_latest_edit() {
    let mut store = Memory::default();
    let mut a = Tab::open(&store, 1_000);
    a.save(&mut store).expect("saves");
    let mut b = Tab::open(&store, 2_000);
    for name in ["A1", "A2", "A3"] {
        let before = store.items.clone();
        a.library.add(named(name));
        a.save(&mut store).expect("saves");
        b.hear(&store, &before);
    }
    for name in ["B1", "B2", "B3"] {
        let before = store.items.clone();
        b.library.add(named(name));
        b.save(&mut store).expect("saves");
        a.hear(&store, &before);
    }
    // A edits the first scenario; B, which heard it, shows the edit and does not undo it.
    let before = store.items.clone();
    a.library.select(0);
    let mut edited = a.library.current();
    edited.wage.budget = "12.300.000".into();
    a.library.set_current(edited.clone());
    a.save(&mut store).expect("saves");
    b.hear(&store, &before);
    b.save(&mut store).expect("saves");
    assert_eq!(b.library.scenarios[0], edited);
    let reloaded = Tab::open(&store, 3_000);
    assert_eq!(
        names(&reloaded.library),
        ["Mit botilbud", "A1", "A2", "A3", "B1", "B2", "B3"]
    );
    assert_eq!(reloaded.library.scenarios[0], edited);
    // B deletes A2; A hears it and does not write it back.
    let before = store.items.clone();
    b.library.select(2);
    b.library.delete();
    b.save(&mut store).expect("saves");
    a.hear(&store, &before);
    a.save(&mut store).expect("saves");
    assert_eq!(store.record_count(), 6);
    assert_eq!(names(&a.library).len(), 6);
}

#[test]
fn two_tabs_opened_on_an_empty_storage_share_one_default() {
    let mut store = Memory::default();
    let mut a = Tab::open(&store, 1_000);
    let mut b = Tab::open(&store, 2_000);
    a.save(&mut store).expect("saves");
    b.save(&mut store).expect("saves");
    assert_eq!(store.record_count(), 1);
    a.library.create();
    b.library.create();
    a.save(&mut store).expect("saves");
    b.save(&mut store).expect("saves");
    assert_eq!(
        store.record_count(),
        3,
        "new scenarios get each tab's own ids"
    );
}

#[test]
fn a_tab_that_missed_the_events_still_removes_only_its_own_deletions() {
    let mut store = Memory::default();
    let mut a = Tab::open(&store, 1_000);
    a.save(&mut store).expect("saves");
    let mut b = Tab::open(&store, 2_000);
    b.library.add(named("B"));
    b.save(&mut store).expect("saves");
    // A never heard of B's scenario; its own save leaves it alone.
    a.library.create();
    a.save(&mut store).expect("saves");
    assert_eq!(store.record_count(), 3);
}

#[test]
fn the_old_single_entry_moves_to_records_and_goes_only_after() {
    let mut old = Library::default();
    old.add(named("Gammel"));
    // Over MAX_TEXT: the old storage wrote it but could not read it back (issue 18.1).
    let mut big = named("Stor");
    big.wage.budget = "1".repeat(MAX_TEXT);
    old.add(big);
    let mut store = Memory::default();
    store
        .items
        .insert(OLD_LIBRARY_KEY.into(), encode_library(&old));
    let loaded = load(&store, 500).expect("loads");
    assert_eq!(names(&loaded.library), ["Mit botilbud", "Gammel", "Stor"]);
    let mut tab = Tab::open(&store, 500);
    // The big one cannot be a record: the old entry stays until it can go without loss.
    assert!(tab.save(&mut store).is_err());
    assert!(store.items.contains_key(OLD_LIBRARY_KEY));
    tab.library.select(2);
    tab.library.delete();
    tab.save(&mut store).expect("saves");
    assert!(!store.items.contains_key(OLD_LIBRARY_KEY));
    assert_eq!(
        names(&Tab::open(&store, 900).library),
        ["Mit botilbud", "Gammel"]
    );
}

#[test]
fn an_old_damaged_entry_and_backup_are_listed_and_kept() {
    let mut store = Memory::default();
    store
        .items
        .insert(OLD_LIBRARY_KEY.into(), "{\"scenarios\":[".into());
    store.items.insert(OLD_BACKUP_KEY.into(), "noget".into());
    let loaded = load(&store, 1).expect("loads");
    assert_eq!(names(&loaded.library), ["Mit botilbud"]);
    let keys: Vec<&str> = loaded.damaged.iter().map(|d| d.key.as_str()).collect();
    assert_eq!(keys, [OLD_BACKUP_KEY, OLD_LIBRARY_KEY]);
    let mut tab = Tab::open(&store, 1);
    tab.library.create();
    tab.save(&mut store).expect("saves");
    assert_eq!(
        store.items.get(OLD_LIBRARY_KEY).map(String::as_str),
        Some("{\"scenarios\":[")
    );
    assert_eq!(
        store.items.get(OLD_BACKUP_KEY).map(String::as_str),
        Some("noget")
    );
}
