//! The field-by-field merge of a row both sites changed. Every site keeps, per field, which change wrote it
//! (`field_writers`). For each field an incoming change touches, the owner-wins rule (`rule`) decides: every
//! site applies it to the same writes, so all end with the same value whatever order the packages came in.
//! Where the two values differ and neither write knew of the other, the value that lost goes on the review
//! list (and stays in the record's history), so nothing is silently lost.

use rusqlite::hooks::Action;
use rusqlite::session::ChangesetItem;
use rusqlite::types::Value;
use rusqlite::{Transaction, params, params_from_iter};

use super::capture::{key_of, note_field, owned};
use super::receive::value_json;
use super::rule::{Change, Write, writer_of};
use super::tables;
use crate::error::CoreResult;
use crate::ids::new_id;
use crate::site::ChangeEntry;
use crate::time::now_text;

/// A row the conflict handler set aside, with every value the merge needs.
#[derive(Debug)]
pub(super) struct SetAside {
    pub(super) action: Action,
    table: String,
    /// Whether the row was missing here (an update of a row this site does not have).
    missing: bool,
    /// Per column: primary key?, value before the change, value after it, value here now.
    columns: Vec<Column>,
}

#[derive(Debug)]
struct Column {
    key: bool,
    old: Option<Value>,
    new: Option<Value>,
    here: Option<Value>,
}

impl SetAside {
    pub(super) fn from_item(item: &ChangesetItem) -> rusqlite::Result<SetAside> {
        let op = item.op()?;
        let action = op.code();
        let table = op.table_name().to_owned();
        let count = op.number_of_columns() as usize;
        let keys = item.pk()?.to_vec();
        let has_old = action != Action::SQLITE_INSERT;
        let has_new = action != Action::SQLITE_DELETE;
        let mut columns = Vec::with_capacity(count);
        let mut missing = true;
        for index in 0..count {
            let old = if has_old {
                item.old_value(index).ok().map(owned)
            } else {
                None
            };
            let new = if has_new {
                item.new_value(index).ok().map(owned)
            } else {
                None
            };
            let here = item.conflict(index).ok().map(owned);
            if here.is_some() {
                missing = false;
            }
            columns.push(Column {
                key: keys.get(index).is_some_and(|k| *k != 0),
                old,
                new,
                here,
            });
        }
        Ok(SetAside {
            action,
            table,
            missing,
            columns,
        })
    }

    /// The same row, to be listed rather than merged (it would break a rule of the register here).
    pub(super) fn refused(mut self) -> SetAside {
        self.missing = true;
        self
    }

    /// The row's table and key.
    pub(super) fn identity(&self) -> (String, String) {
        (self.table.clone(), self.record_key())
    }

    /// The primary key's columns and values.
    fn key_values(&self, names: &[String]) -> Vec<(String, Value)> {
        self.columns
            .iter()
            .zip(names)
            .filter(|(c, _)| c.key)
            .filter_map(|(c, name)| self.key_value(c).map(|v| (name.clone(), v.clone())))
            .collect()
    }

    /// The row's key as `record_sites` and the review list name it.
    fn record_key(&self) -> String {
        key_of(
            self.columns
                .iter()
                .filter(|c| c.key)
                .filter_map(|c| self.key_value(c)),
        )
    }

    /// A key column's value: the new row's for an insert, the old row's otherwise.
    fn key_value<'a>(&self, column: &'a Column) -> Option<&'a Value> {
        if self.action == Action::SQLITE_INSERT {
            column.new.as_ref()
        } else {
            column.old.as_ref()
        }
    }
}

/// Merges a set-aside row into this site's; returns the number of conflicts it listed.
pub(super) fn merge(
    tx: &Transaction,
    row: &SetAside,
    entry: &ChangeEntry,
    own_site: &str,
) -> CoreResult<i64> {
    let names = column_names(tx, &row.table)?;
    let key = row.record_key();
    if row.missing {
        // Changed there, gone here (never arrived, or removed outright), or against a rule here: listed,
        // never forced in.
        let changed: serde_json::Map<String, serde_json::Value> = row
            .columns
            .iter()
            .zip(&names)
            .filter_map(|(c, name)| {
                c.new.as_ref().map(|v| {
                    (
                        name.clone(),
                        serde_json::from_str(&value_json(v)).unwrap_or_default(),
                    )
                })
            })
            .collect();
        list_conflict(
            tx,
            &row.table,
            &key,
            "*",
            (None, own_site),
            (
                Some(serde_json::Value::Object(changed).to_string()),
                &entry.origin,
            ),
        )?;
        return Ok(1);
    }
    let mut conflicts = 0;
    let mut sets = Vec::new();
    let incoming = Change::from(entry).write_of(tx, &row.table, &key)?;
    for (index, (column, name)) in row.columns.iter().zip(&names).enumerate() {
        let Some(new) = &column.new else { continue };
        if column.key {
            continue;
        }
        let Some(here) = &column.here else { continue };
        if here == new {
            continue;
        }
        let writer =
            writer_of(tx, &row.table, &key, index)?.unwrap_or_else(|| Write::unknown(own_site));
        let wins = incoming.beats(&writer);
        if wins {
            sets.push((index, name.clone(), new.clone()));
        }
        let sequential = row.action == Action::SQLITE_UPDATE && column.old.as_ref() == Some(here);
        if sequential || tables::is_timestamp(name) {
            continue;
        }
        conflicts += 1;
        let (kept, other) = if wins {
            ((new, entry.origin.as_str()), (here, writer.site.as_str()))
        } else {
            ((here, writer.site.as_str()), (new, entry.origin.as_str()))
        };
        list_conflict(
            tx,
            &row.table,
            &key,
            name,
            (Some(value_json(kept.0)), kept.1),
            (Some(value_json(other.0)), other.1),
        )?;
    }
    if !sets.is_empty() {
        update_row(tx, &row.table, &row.key_values(&names), &sets)?;
        for (index, _, _) in &sets {
            note_field(tx, &row.table, &key, *index, &incoming)?;
        }
    }
    Ok(conflicts)
}

/// The table's column names by position (the changeset's columns are the table's, in order).
pub(super) fn column_names(tx: &Transaction, table: &str) -> CoreResult<Vec<String>> {
    let mut stmt = tx.prepare_cached("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let names = stmt
        .query_map(params![table], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// Writes fields of the row with the given key. Table and column names are this schema's own (the table is
/// one of the shared ones, the names come from its definition by position), never text from the package.
pub(super) fn update_row(
    tx: &Transaction,
    table: &str,
    keys: &[(String, Value)],
    sets: &[(usize, String, Value)],
) -> CoreResult<()> {
    debug_assert!(tables::is_shared(table));
    let assignments: Vec<String> = sets
        .iter()
        .enumerate()
        .map(|(i, (_, name, _))| format!("\"{name}\" = ?{}", i + 1))
        .collect();
    let conditions: Vec<String> = keys
        .iter()
        .enumerate()
        .map(|(i, (name, _))| format!("\"{name}\" = ?{}", sets.len() + i + 1))
        .collect();
    let sql = format!(
        "UPDATE \"{table}\" SET {} WHERE {}",
        assignments.join(", "),
        conditions.join(" AND ")
    );
    let values = sets
        .iter()
        .map(|(_, _, v)| v)
        .chain(keys.iter().map(|(_, v)| v));
    tx.execute(&sql, params_from_iter(values))?;
    Ok(())
}

/// Lists a field two sites changed differently: the value kept and the other one, each with its site.
pub(super) fn list_conflict(
    tx: &Transaction,
    table: &str,
    key: &str,
    field: &str,
    kept: (Option<String>, &str),
    other: (Option<String>, &str),
) -> CoreResult<()> {
    tx.prepare_cached(
        "INSERT INTO exchange_conflicts (id, at, tbl, record_key, field, kept, kept_site, other, other_site)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        new_id().to_string(),
        now_text(),
        table,
        key,
        field,
        kept.0,
        kept.1,
        other.0,
        other.1
    ])?;
    Ok(())
}
