//! The trash: records whose `deleted_at` is set, across record types.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::CoreResult;

/// A record in the trash, as the trash screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashEntry {
    /// Record type: `pairing`, …
    pub entity: String,
    pub id: String,
    /// A human label in Russian, Uzbek and English (`Samarqand viloyati — Sverdlovsk viloyati`).
    pub label: crate::LocalizedText,
    pub deleted_at: String,
}

impl Store {
    /// Everything in the trash, most recently deleted first.
    pub fn trash(&self) -> CoreResult<Vec<TrashEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
                    u.name_en || ' — ' || r.name_en, p.deleted_at
             FROM pairings p
             JOIN regions u ON u.id = p.uz_region_id
             JOIN regions r ON r.id = p.ru_region_id
             WHERE p.deleted_at IS NOT NULL
             ORDER BY p.deleted_at DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(TrashEntry {
                entity: "pairing".to_owned(),
                id: row.get(0)?,
                label: crate::LocalizedText {
                    ru: row.get(1)?,
                    uz: row.get(2)?,
                    en: row.get(3)?,
                },
                deleted_at: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
