//! Vagtplan (DOMAIN.md §2): shift plan → staffed hours, supplements, årsværk and budget.
use serde::{Deserialize, Serialize};

/// The page's inputs as typed (raw text). Placeholder until the module lands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RosterForm {}
