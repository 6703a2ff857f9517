//! Differentierede takster (DOMAIN.md §3): basistakst, ydelsestakst, resident mix, price lookup.
use serde::{Deserialize, Serialize};

/// The page's inputs as typed (raw text). Placeholder until the module lands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TariffForm {}
