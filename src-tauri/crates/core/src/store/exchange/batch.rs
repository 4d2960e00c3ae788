//! Consecutive changes of one site, applied by SQLite as one changeset.
//!
//! Each call to apply a changeset reads the definition of every table it names and prepares its statements
//! again; a month of everyday work is a thousand small changes, so that setting-up cost most of receiving
//! it. Changes that follow each other from one site, none writing a row another of them writes, go to SQLite
//! together (their changesets one after the other, which is a changeset too, applied in the same order).
//! Because no row is in two of them, each row SQLite sets aside belongs to exactly one change, and the merge,
//! the writers noted, the audit rows and the log are done change by change as before.

use std::collections::HashSet;

use super::rows::ChangedRow;
use crate::site::ChangeEntry;

/// At most this many changes go to SQLite together.
const MAX_CHANGES: usize = 500;
/// And at most this many bytes of changesets (a large change goes alone).
const MAX_BYTES: usize = 4 << 20;

/// Changes waiting to be applied together, with the rows each writes.
#[derive(Debug, Default)]
pub(super) struct Batch {
    entries: Vec<ChangeEntry>,
    rows: Vec<Vec<ChangedRow>>,
    keys: HashSet<(&'static str, String)>,
    bytes: usize,
}

impl Batch {
    /// The last change number held in the batch from `origin`.
    pub(super) fn last_seq(&self, origin: &str) -> Option<i64> {
        self.entries
            .last()
            .filter(|entry| entry.origin == origin)
            .map(|entry| entry.seq)
    }

    pub(super) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether `entry` may join: same site as the others, no row in common, within the limits.
    pub(super) fn takes(&self, entry: &ChangeEntry, rows: &[ChangedRow]) -> bool {
        let Some(last) = self.entries.last() else {
            return true;
        };
        last.origin == entry.origin
            && self.entries.len() < MAX_CHANGES
            && self.bytes + entry.changeset.len() <= MAX_BYTES
            && rows
                .iter()
                .all(|row| !self.keys.contains(&(row.table, row.key.clone())))
    }

    pub(super) fn push(&mut self, entry: ChangeEntry, rows: Vec<ChangedRow>) {
        self.bytes += entry.changeset.len();
        self.keys
            .extend(rows.iter().map(|row| (row.table, row.key.clone())));
        self.entries.push(entry);
        self.rows.push(rows);
    }

    /// Empties the batch: its changes in order, with their rows.
    pub(super) fn take(&mut self) -> (Vec<ChangeEntry>, Vec<Vec<ChangedRow>>) {
        self.keys.clear();
        self.bytes = 0;
        (
            std::mem::take(&mut self.entries),
            std::mem::take(&mut self.rows),
        )
    }
}

/// The changesets of `entries` one after the other: one changeset that applies them in order.
pub(super) fn joined(entries: &[ChangeEntry]) -> Vec<u8> {
    let mut all = Vec::with_capacity(entries.iter().map(|e| e.changeset.len()).sum());
    for entry in entries {
        all.extend_from_slice(&entry.changeset);
    }
    all
}
