//! Delete against edit: one site puts a record in the trash while another, not knowing of it, changes it.
//! Different fields, so both win by the merge (the edit is kept in the trash copy); the pair is listed for
//! review all the same, with the trashing as the value kept and "not in the trash" as the other (a swap takes
//! the record out of the trash). Read before the incoming change applies, as the guard does.

use std::io::Read;

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::ChangesetIter;
use rusqlite::types::Value;
use rusqlite::{Transaction, params};

use super::capture::{owned, record_key};
use super::guard::read_row;
use super::merge::{column_names, list_conflict};
use super::receive::value_json;
use super::rule::{Change, Write, writer_of};
use super::tables;
use crate::error::CoreResult;
use crate::site::ChangeEntry;

/// The trash column every record table has.
const TRASH: &str = "deleted_at";

/// Lists each row the change trashes while this site changed it unknown to the change, and each row it
/// changes that this site trashed unknown to it; returns how many it listed.
pub(super) fn list_delete_against_edit(tx: &Transaction, entry: &ChangeEntry) -> CoreResult<i64> {
    let change = Change::from(entry);
    let mut listed = 0;
    let mut names_of = std::collections::HashMap::<String, Vec<String>>::new();
    let mut input: &[u8] = &entry.changeset;
    let reader: &mut dyn Read = &mut input;
    let mut rows = ChangesetIter::start_strm(&reader)?;
    while let Some(item) = rows.next()? {
        let op = item.op()?;
        let table = op.table_name().to_owned();
        if op.code() != Action::SQLITE_UPDATE || !tables::is_shared(&table) {
            continue;
        }
        if !names_of.contains_key(&table) {
            names_of.insert(table.clone(), column_names(tx, &table)?);
        }
        let names = &names_of[&table];
        let Some(trash) = names.iter().position(|name| name == TRASH) else {
            continue;
        };
        let pk = item.pk()?.to_vec();
        let is_key = |index: usize| pk.get(index).is_some_and(|k| *k != 0);
        let trashing = item.new_value(trash).ok().map(owned);
        let edits = (0..names.len()).any(|index| {
            index != trash
                && !is_key(index)
                && !tables::is_timestamp(&names[index])
                && item.new_value(index).is_ok()
        });
        // Only a change that trashes, or one that edits without touching the trash, can meet the other.
        let trashes = matches!(&trashing, Some(when) if *when != Value::Null);
        if !trashes && (trashing.is_some() || !edits) {
            continue;
        }
        let key = record_key(item, false)?;
        let keys: Vec<(String, Value)> = (0..names.len())
            .filter(|index| is_key(*index))
            .map(|index| Ok((names[index].clone(), owned(item.old_value(index)?))))
            .collect::<rusqlite::Result<_>>()?;
        let Some(here) = read_row(tx, &table, &keys)? else {
            continue;
        };
        let trashed_here = here[trash] != Value::Null;
        match trashing {
            // The change trashes a record live here: was it changed here unknown to the change?
            Some(when) if when != Value::Null && !trashed_here => {
                if let Some(editor) = unknown_edit(tx, &table, &key, names, trash, change)? {
                    list_conflict(
                        tx,
                        &table,
                        &key,
                        TRASH,
                        (Some(value_json(&when)), &entry.origin),
                        (None, &editor.site),
                    )?;
                    listed += 1;
                }
            }
            // The change edits a record trashed here: was it trashed unknown to the change?
            None if edits && trashed_here => {
                if let Some(trasher) = writer_of(tx, &table, &key, trash)?
                    && !change.knew_of(&trasher)
                {
                    list_conflict(
                        tx,
                        &table,
                        &key,
                        TRASH,
                        (Some(value_json(&here[trash])), &trasher.site),
                        (None, &entry.origin),
                    )?;
                    listed += 1;
                }
            }
            _ => {}
        }
    }
    Ok(listed)
}

/// A change of the row's fields here (not its trash column nor timestamps) that `change` did not know of.
fn unknown_edit(
    tx: &Transaction,
    table: &str,
    key: &str,
    names: &[String],
    trash: usize,
    change: Change,
) -> CoreResult<Option<Write>> {
    let mut stmt = tx.prepare_cached(
        "SELECT field, site, seq, at, owner_seen FROM field_writers WHERE tbl = ?1 AND record_key = ?2",
    )?;
    let writers = stmt
        .query_map(params![table, key], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                Write {
                    site: row.get(1)?,
                    seq: row.get(2)?,
                    at: row.get(3)?,
                    rank: row.get(4)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(writers.into_iter().find_map(|(field, write)| {
        let field = usize::try_from(field).ok()?;
        let counts = field != trash && names.get(field).is_some_and(|n| !tables::is_timestamp(n));
        (counts && !change.knew_of(&write)).then_some(write)
    }))
}
