//! Where a record was made: the site that created its row, as `record_sites` remembers it.

use rusqlite::{OptionalExtension, params};

use super::tables;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::LocalizedText;
use crate::site::RecordOrigin;
use crate::store::Store;

impl Store {
    /// The site a record of `entity` (`pairing`, `session`, `decision`, …) was made on, when that is not this
    /// site; `None` for a record made here (or unknown here).
    pub fn record_origin(&self, entity: &str, id: &str) -> CoreResult<Option<RecordOrigin>> {
        let table = tables::table_of_kind(entity)
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, entity).on("entity"))?;
        let made: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT owner, at FROM record_sites WHERE tbl = ?1 AND record_key = lower(?2)",
                params![table, id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((site, at)) = made else {
            return Ok(None);
        };
        if site == self.site_id {
            return Ok(None);
        }
        let name = self
            .conn
            .query_row(
                "SELECT name_ru, name_uz, name_en FROM peers WHERE id = ?1",
                params![site],
                |row| {
                    Ok(LocalizedText {
                        ru: row.get(0)?,
                        uz: row.get(1)?,
                        en: row.get(2)?,
                    })
                },
            )
            .optional()?;
        Ok(Some(RecordOrigin { site, name, at }))
    }
}
