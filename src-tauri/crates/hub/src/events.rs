//! What the hub tells the desks after each call: one [`Change`] per audit row the call committed, so open
//! screens can refresh (`GET /events`).

use council_core::{AuditFilter, CoreResult, LocalizedText, Store};
use serde::{Deserialize, Serialize};

/// One committed write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// The audit row's sequence number: changes arrive in this order.
    pub seq: i64,
    /// The kind of record (`pairing`, `session`, …).
    pub entity: String,
    pub record_id: String,
    /// The officer who made it, in every language.
    pub officer: Option<LocalizedText>,
}

/// The newest audit row's number (0 on an empty history).
pub(crate) fn last_seq(store: &Store) -> CoreResult<i64> {
    let newest = store.recent_changes(&AuditFilter {
        limit: Some(1),
        ..AuditFilter::default()
    })?;
    Ok(newest.first().map_or(0, |entry| entry.seq))
}

/// The changes after `seq`, oldest first.
pub(crate) fn since(store: &Store, seq: i64) -> CoreResult<Vec<Change>> {
    let recent = store.recent_changes(&AuditFilter {
        limit: Some(1000),
        ..AuditFilter::default()
    })?;
    Ok(recent
        .into_iter()
        .rev()
        .filter(|entry| entry.seq > seq)
        .map(|entry| Change {
            seq: entry.seq,
            entity: entry.entity,
            record_id: entry.record_id,
            officer: entry.officer,
        })
        .collect())
}
