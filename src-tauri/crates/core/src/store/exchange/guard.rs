//! Fields whose write here wins over an incoming change (`rule`) that SQLite would still apply without a
//! conflict: the change's old value is the value here again (trashed and restored since, A → B → A). Such
//! fields are read before the change applies and put back after it.

use std::collections::HashSet;
use std::io::Read;

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::ChangesetIter;
use rusqlite::types::Value;
use rusqlite::{Transaction, params_from_iter};

use super::capture::{owned, record_key};
use super::merge::{column_names, list_conflict, update_row};
use super::receive::value_json;
use super::rule::{Change, writer_of};
use super::tables;
use crate::error::CoreResult;
use crate::site::ChangeEntry;

/// A field written here later than the incoming change, with the value to keep.
#[derive(Debug)]
pub(super) struct Later {
    table: String,
    key: String,
    keys: Vec<(String, Value)>,
    index: usize,
    name: String,
    kept: Value,
    writer: String,
    incoming: Value,
}

impl Later {
    /// The field, as `note_writers` skips it.
    pub(super) fn field(&self) -> (String, String, usize) {
        (self.table.clone(), self.key.clone(), self.index)
    }
}

/// The fields of rows the change updates that this site wrote later than the change was made.
pub(super) fn later_here(tx: &Transaction, entry: &ChangeEntry) -> CoreResult<Vec<Later>> {
    let mut found = Vec::new();
    let mut input: &[u8] = &entry.changeset;
    let reader: &mut dyn Read = &mut input;
    let mut rows = ChangesetIter::start_strm(&reader)?;
    while let Some(item) = rows.next()? {
        let op = item.op()?;
        let table = op.table_name().to_owned();
        if op.code() != Action::SQLITE_UPDATE || !tables::is_shared(&table) {
            continue;
        }
        let key = record_key(item, false)?;
        let pk = item.pk()?.to_vec();
        let incoming = Change::from(entry).write_of(tx, &table, &key)?;
        let mut later = Vec::new();
        for index in 0..op.number_of_columns() as usize {
            if pk.get(index).is_some_and(|k| *k != 0) {
                continue;
            }
            let Ok(new) = item.new_value(index) else {
                continue;
            };
            if let Some(writer) = writer_of(tx, &table, &key, index)?
                && !incoming.beats(&writer)
            {
                later.push((index, writer.site, owned(new)));
            }
        }
        if later.is_empty() {
            continue;
        }
        let names = column_names(tx, &table)?;
        let keys: Vec<(String, Value)> = pk
            .iter()
            .enumerate()
            .filter(|(_, k)| **k != 0)
            .map(|(i, _)| Ok((names[i].clone(), owned(item.old_value(i)?))))
            .collect::<rusqlite::Result<_>>()?;
        let Some(current) = read_row(tx, &table, &keys)? else {
            continue;
        };
        for (index, writer, incoming) in later {
            found.push(Later {
                table: table.clone(),
                key: key.clone(),
                keys: keys.clone(),
                index,
                name: names[index].clone(),
                kept: current[index].clone(),
                writer,
                incoming,
            });
        }
    }
    Ok(found)
}

/// Puts back the fields the change overwrote although they were written here later; lists each.
pub(super) fn put_back(tx: &Transaction, later: &[Later], entry: &ChangeEntry) -> CoreResult<i64> {
    let mut conflicts = 0;
    for field in later {
        let Some(current) = read_row(tx, &field.table, &field.keys)? else {
            continue;
        };
        if current[field.index] == field.kept {
            continue;
        }
        update_row(
            tx,
            &field.table,
            &field.keys,
            &[(field.index, field.name.clone(), field.kept.clone())],
        )?;
        if !tables::is_timestamp(&field.name) {
            conflicts += 1;
            list_conflict(
                tx,
                &field.table,
                &field.key,
                &field.name,
                (Some(value_json(&field.kept)), &field.writer),
                (Some(value_json(&field.incoming)), &entry.origin),
            )?;
        }
    }
    Ok(conflicts)
}

/// Every value of the row with this key, if it is here.
pub(super) fn read_row(
    tx: &Transaction,
    table: &str,
    keys: &[(String, Value)],
) -> CoreResult<Option<Vec<Value>>> {
    let conditions: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, (name, _))| format!("\"{name}\" = ?{}", i + 1))
        .collect();
    let sql = format!(
        "SELECT * FROM \"{table}\" WHERE {}",
        conditions.join(" AND ")
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let count = stmt.column_count();
    let mut rows = stmt.query(params_from_iter(keys.iter().map(|(_, v)| v)))?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    Ok(Some(
        (0..count)
            .map(|i| row.get::<_, Value>(i))
            .collect::<rusqlite::Result<_>>()?,
    ))
}

/// The fields `note_writers` leaves to the guard.
pub(super) fn fields(later: &[Later]) -> HashSet<(String, String, usize)> {
    later.iter().map(Later::field).collect()
}
