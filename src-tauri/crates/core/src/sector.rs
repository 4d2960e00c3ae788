//! Sectors of cooperation: the editable list pairings, projects and agenda items are tagged with.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::LocalizedText;

/// A sector of cooperation (energy, tourism, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sector {
    /// Stable English slug (`energy`, `transport_logistics`).
    pub code: String,
    pub name: LocalizedText,
}

/// One entry of the shipped reference file `assets/sectors.json` (its names in columns, as the table keeps them).
#[derive(Debug, Clone, Deserialize)]
struct ShippedSector {
    code: String,
    name_ru: String,
    name_uz: String,
    name_en: String,
}

/// The shipped sectors, compiled into the binary.
pub(crate) fn shipped_sectors() -> crate::CoreResult<Vec<Sector>> {
    let shipped: Vec<ShippedSector> =
        serde_json::from_str(include_str!("../../../../assets/sectors.json"))?;
    Ok(shipped
        .into_iter()
        .map(|s| Sector {
            code: s.code,
            name: LocalizedText {
                ru: s.name_ru,
                uz: s.name_uz,
                en: s.name_en,
            },
        })
        .collect())
}
