//! The rows a change writes, read once from its changeset: what noting the writers, counting the records
//! and holding the search index all need, so a received change is parsed once besides SQLite's own reading.

use std::io::Read;

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::ChangesetIter;

use super::capture::record_key;
use super::tables::SHARED_TABLES;
use crate::error::CoreResult;

/// One row of a changeset, in the changeset's order.
#[derive(Debug)]
pub(super) struct ChangedRow {
    /// A shared table (rows of any other table are not read: they never apply).
    pub(super) table: &'static str,
    /// Its primary key, as [`super::capture::key_of`] writes it.
    pub(super) key: String,
    pub(super) action: Action,
    /// For an update, the columns it writes (by position).
    pub(super) columns: Vec<usize>,
}

impl ChangedRow {
    pub(super) fn inserted(&self) -> bool {
        self.action == Action::SQLITE_INSERT
    }
}

/// Reads the rows of a changeset.
pub(super) fn read_rows(changeset: &[u8]) -> CoreResult<Vec<ChangedRow>> {
    let mut found = Vec::new();
    if changeset.is_empty() {
        return Ok(found);
    }
    let mut input: &[u8] = changeset;
    let reader: &mut dyn Read = &mut input;
    let mut rows = ChangesetIter::start_strm(&reader)?;
    while let Some(item) = rows.next()? {
        let op = item.op()?;
        let Some(table) = SHARED_TABLES
            .iter()
            .copied()
            .find(|t| *t == op.table_name())
        else {
            continue;
        };
        let action = op.code();
        let key = record_key(item, action == Action::SQLITE_INSERT)?;
        let columns = if action == Action::SQLITE_UPDATE {
            (0..op.number_of_columns() as usize)
                .filter(|column| item.new_value(*column).is_ok())
                .collect()
        } else {
            Vec::new()
        };
        found.push(ChangedRow {
            table,
            key,
            action,
            columns,
        });
    }
    Ok(found)
}
