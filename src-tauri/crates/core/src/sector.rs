//! Sectors of cooperation: the editable list pairings, projects and agenda items are tagged with.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A sector of cooperation (energy, tourism, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sector {
    /// Stable English slug (`energy`, `transport_logistics`).
    pub code: String,
    pub name_ru: String,
    pub name_uz: String,
    pub name_en: String,
}

/// The shipped sectors, compiled into the binary.
pub(crate) fn shipped_sectors() -> crate::CoreResult<Vec<Sector>> {
    Ok(serde_json::from_str(include_str!(
        "../../../../assets/sectors.json"
    ))?)
}
