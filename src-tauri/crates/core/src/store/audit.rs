//! The audit history: one row per change, written in the change's own transaction.

use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::CoreResult;
use crate::time::now_text;

/// What a change did to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    Create,
    Update,
    /// Moved to the trash.
    Delete,
    /// Brought back from the trash.
    Restore,
}

impl AuditAction {
    fn code(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::Update => "update",
            AuditAction::Delete => "delete",
            AuditAction::Restore => "restore",
        }
    }

    fn parse(code: &str) -> AuditAction {
        match code {
            "create" => AuditAction::Create,
            "delete" => AuditAction::Delete,
            "restore" => AuditAction::Restore,
            _ => AuditAction::Update,
        }
    }
}

/// One change in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditEntry {
    pub seq: i64,
    /// UTC instant of the change.
    pub at: String,
    /// The OS user who made it.
    pub os_user: String,
    pub action: AuditAction,
    /// Record type: `pairing`, `region`, …
    pub entity: String,
    pub record_id: String,
    /// The record before the change (absent for a creation).
    pub before: Option<serde_json::Value>,
    /// The record after the change.
    pub after: Option<serde_json::Value>,
}

/// Appends a history row inside the change's transaction.
pub(super) fn record<T: Serialize>(
    tx: &Transaction,
    actor: &str,
    action: AuditAction,
    entity: &str,
    record_id: &str,
    before: Option<&T>,
    after: Option<&T>,
) -> CoreResult<()> {
    let before = before.map(serde_json::to_string).transpose()?;
    let after = after.map(serde_json::to_string).transpose()?;
    tx.prepare_cached(
        "INSERT INTO audit_log (at, os_user, action, entity, record_id, before, after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        now_text(),
        actor,
        action.code(),
        entity,
        record_id,
        before,
        after
    ])?;
    Ok(())
}

impl Store {
    /// The history of one record, oldest first.
    pub fn history(&self, entity: &str, record_id: &str) -> CoreResult<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, at, os_user, action, entity, record_id, before, after
             FROM audit_log WHERE entity = ?1 AND record_id = ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![entity, record_id], |row| {
            let before: Option<String> = row.get(6)?;
            let after: Option<String> = row.get(7)?;
            let action: String = row.get(3)?;
            Ok(AuditEntry {
                seq: row.get(0)?,
                at: row.get(1)?,
                os_user: row.get(2)?,
                action: AuditAction::parse(&action),
                entity: row.get(4)?,
                record_id: row.get(5)?,
                before: before.and_then(|text| serde_json::from_str(&text).ok()),
                after: after.and_then(|text| serde_json::from_str(&text).ok()),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
