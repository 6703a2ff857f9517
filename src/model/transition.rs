//! Mariagerfjord's transition incentive (DOMAIN.md §4), month by month.
use serde::{Deserialize, Serialize};

/// The page's inputs as typed (raw text). Placeholder until the module lands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TransitionForm {}
