//! The review list: fields two sites changed differently. The value the fixed rule kept stays; an officer
//! confirms it, or swaps in the other value (an ordinary change of this site, which travels like any other).

use rusqlite::types::Value;
use rusqlite::{Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::merge::update_row;
use super::tables;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::officer::Role;
use crate::store::Store;
use crate::time::now_text;

/// A field two sites changed differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExchangeConflict {
    pub id: String,
    /// UTC instant the conflict was found.
    pub at: String,
    /// The kind of record (`pairing`, `instruction`, …), or the table for rows of a record's lists.
    pub kind: String,
    /// The record's id (for rows of a list, its key values joined by U+001F).
    pub record_id: String,
    /// The column, or `*` for a change to a record this site does not have.
    pub field: String,
    /// The value kept, as JSON.
    pub kept: Option<String>,
    pub kept_site: String,
    /// The other value, as JSON.
    pub other: Option<String>,
    pub other_site: String,
}

fn conflict_from_row(row: &Row) -> rusqlite::Result<ExchangeConflict> {
    let table: String = row.get(2)?;
    Ok(ExchangeConflict {
        id: row.get(0)?,
        at: row.get(1)?,
        kind: tables::record_kind(&table).map_or(table, str::to_owned),
        record_id: row.get(3)?,
        field: row.get(4)?,
        kept: row.get(5)?,
        kept_site: row.get(6)?,
        other: row.get(7)?,
        other_site: row.get(8)?,
    })
}

impl Store {
    /// The conflicts no officer has reviewed yet, oldest first.
    pub fn exchange_conflicts(&self) -> CoreResult<Vec<ExchangeConflict>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, at, tbl, record_key, field, kept, kept_site, other, other_site
             FROM exchange_conflicts WHERE reviewed_at IS NULL ORDER BY at, id",
        )?;
        let list = stmt
            .query_map([], conflict_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    /// Marks a conflict reviewed; with `swap`, the other value replaces the kept one first (as a change
    /// of this site, in the same transaction).
    pub fn review_conflict(&mut self, id: &str, swap: bool) -> CoreResult<()> {
        let (table, key, field, other): (String, String, String, Option<String>) = self
            .conn
            .query_row(
                "SELECT tbl, record_key, field, other FROM exchange_conflicts
                 WHERE id = ?1 AND reviewed_at IS NULL",
                params![id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .map_err(|_| CoreError::not_found(id))?;
        if swap && (field == "*" || !tables::is_shared(&table)) {
            return Err(CoreError::new(ErrorCode::InvalidValue, field).on("swap"));
        }
        self.write(Role::Head, |tx, _| {
            if swap {
                let columns: Vec<(String, bool)> = tx
                    .prepare("SELECT name, pk > 0 FROM pragma_table_info(?1) ORDER BY cid")?
                    .query_map(params![table], |row| Ok((row.get(0)?, row.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                if !columns.iter().any(|(name, _)| *name == field) {
                    return Err(CoreError::new(ErrorCode::InvalidValue, field.clone()));
                }
                let keys: Vec<(String, Value)> = columns
                    .iter()
                    .filter(|(_, key)| *key)
                    .map(|(name, _)| name.clone())
                    .zip(key.split('\u{1f}').map(|part| Value::Text(part.to_owned())))
                    .collect();
                let value = json_value(other.as_deref());
                update_row(tx, &table, &keys, &[(0, field.clone(), value)])?;
            }
            tx.execute(
                "UPDATE exchange_conflicts SET reviewed_at = ?2 WHERE id = ?1",
                params![id, now_text()],
            )?;
            Ok(())
        })
    }
}

/// A JSON value of the review list back as an SQLite value.
fn json_value(json: Option<&str>) -> Value {
    match json.and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok()) {
        Some(serde_json::Value::String(text)) => Value::Text(text),
        Some(serde_json::Value::Number(n)) => n.as_i64().map_or_else(
            || Value::Real(n.as_f64().unwrap_or_default()),
            Value::Integer,
        ),
        Some(serde_json::Value::Bool(b)) => Value::Integer(i64::from(b)),
        _ => Value::Null,
    }
}
