//! What the hub tells the desks after each call: one [`Change`] per audit row the call committed, so open
//! screens can refresh (`GET /events`).

use council_core::{AuditFilter, CoreResult, Store};

/// One committed write, as the desks hear it.
pub type Change = council_core::hub::RegisterChange;

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
