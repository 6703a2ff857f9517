//! One scenario = every input of every page for one botilbud. It is what gets saved,
//! shared in a link and exported; pages read and write only their own part.
use super::roster::RosterForm;
use super::tariff::TariffForm;
use super::transition::TransitionForm;
use super::wage::WageForm;
use serde::{Deserialize, Serialize};

/// Current version of the scenario format (see docs/scenario.md).
pub const VERSION: u32 = 1;

/// All inputs, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub version: u32,
    /// The botilbud's name (user text; always rendered as text).
    pub name: String,
    pub wage: WageForm,
    pub roster: RosterForm,
    pub tariff: TariffForm,
    pub transition: TransitionForm,
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            version: VERSION,
            name: "Mit botilbud".into(),
            wage: WageForm::default(),
            roster: RosterForm::default(),
            tariff: TariffForm::default(),
            transition: TransitionForm::default(),
        }
    }
}
