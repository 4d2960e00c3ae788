//! Capturing a write: SQLite's session extension records what the transaction changed in the shared tables;
//! before it commits, the changeset and the audit rows it wrote become the next entry of this site's log.

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::session::{ChangesetItem, ChangesetIter, Session};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Transaction, params};

use super::rule::{self, Change, Write};
use super::tables;
use crate::error::CoreResult;
use crate::time::now_text;

/// A write transaction being recorded.
pub(in crate::store) struct Capture<'tx> {
    session: Session<'tx>,
    audit_mark: i64,
}

impl<'tx> Capture<'tx> {
    /// Starts recording the shared tables' changes on `tx`.
    pub(in crate::store) fn start(tx: &'tx Transaction) -> CoreResult<Capture<'tx>> {
        let mut session = Session::new(tx)?;
        session.table_filter(Some(|table: &str| tables::is_shared(table)));
        session.attach::<&str>(None)?;
        let audit_mark =
            tx.query_row("SELECT coalesce(max(seq), 0) FROM audit_log", [], |row| {
                row.get(0)
            })?;
        Ok(Capture {
            session,
            audit_mark,
        })
    }

    /// Appends what was recorded to the log as this site's next change; nothing when nothing shared changed.
    pub(in crate::store) fn finish(mut self, tx: &Transaction, site: &str) -> CoreResult<()> {
        let mut changeset = Vec::new();
        if !self.session.is_empty() {
            self.session.changeset_strm(&mut changeset)?;
        }
        drop(self.session);
        let (audit, _, rows) = audit_rows_after(tx, self.audit_mark, i64::MAX)?;
        if changeset.is_empty() && rows == 0 {
            return Ok(());
        }
        // What this site held of the others when the change was made: a write it covers, the change knew of.
        let mut seen = super::held_vector(tx)?;
        let seq = seen.remove(site).unwrap_or(0) + 1;
        let at = rule::causal_at(now_text(), latest_write(tx, &changeset)?);
        tx.prepare_cached(
            "INSERT INTO exchange_log (origin, seq, at, changeset, audit, seen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            site,
            seq,
            at,
            changeset,
            audit,
            serde_json::to_string(&seen)?
        ])?;
        let change = Change {
            origin: site,
            seq,
            at: &at,
            seen: &seen,
        };
        note_writers(
            tx,
            &changeset,
            change,
            &std::collections::HashSet::new(),
            &std::collections::HashSet::new(),
        )
    }
}

/// The latest instant a field a changeset changes was written at here, if any.
fn latest_write(conn: &Connection, changeset: &[u8]) -> CoreResult<Option<String>> {
    let mut latest: Option<String> = None;
    if changeset.is_empty() {
        return Ok(latest);
    }
    let mut input: &[u8] = changeset;
    let reader: &mut dyn std::io::Read = &mut input;
    let mut rows = ChangesetIter::start_strm(&reader)?;
    while let Some(item) = rows.next()? {
        let op = item.op()?;
        if op.code() != rusqlite::hooks::Action::SQLITE_UPDATE {
            continue;
        }
        let table = op.table_name().to_owned();
        let key = record_key(item, false)?;
        for column in 0..op.number_of_columns() as usize {
            if item.new_value(column).is_ok()
                && let Some(writer) = rule::writer_of(conn, &table, &key, column)?
                && latest.as_ref().is_none_or(|at| writer.at > *at)
            {
                latest = Some(writer.at);
            }
        }
    }
    Ok(latest)
}

/// The audit rows written here after row `after`, at most `limit` of them, as the JSON array an entry
/// carries, with the last row's number and how many there are.
pub(super) fn audit_rows_after(
    conn: &Connection,
    after: i64,
    limit: i64,
) -> CoreResult<(String, Option<i64>, i64)> {
    let mut stmt = conn.prepare_cached(
        "SELECT json_group_array(json_object('at', at, 'os_user', os_user, 'action', action,
                'entity', entity, 'record_id', record_id, 'before', before, 'after', after,
                'officer_id', officer_id, 'officer_ru', officer_ru, 'officer_uz', officer_uz,
                'officer_en', officer_en)),
                max(seq), count(*)
         FROM (SELECT * FROM audit_log WHERE seq > ?1 AND site IS NULL ORDER BY seq LIMIT ?2)",
    )?;
    Ok(stmt.query_row(params![after, limit], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
    })?)
}

/// Notes, for every row a changeset touched, the change that wrote each of its fields (and, for a new row,
/// its owner). Rows in `skip` (set aside for the merge, which notes what it writes) are left out.
pub(super) fn note_writers(
    conn: &Connection,
    changeset: &[u8],
    change: Change,
    skip: &std::collections::HashSet<(String, String)>,
    skip_fields: &std::collections::HashSet<(String, String, usize)>,
) -> CoreResult<()> {
    if changeset.is_empty() {
        return Ok(());
    }
    let mut input: &[u8] = changeset;
    let reader: &mut dyn std::io::Read = &mut input;
    let mut rows = ChangesetIter::start_strm(&reader)?;
    while let Some(item) = rows.next()? {
        let op = item.op()?;
        let code = op.code();
        if code == rusqlite::hooks::Action::SQLITE_DELETE {
            continue;
        }
        let table = op.table_name().to_owned();
        let inserted = code == rusqlite::hooks::Action::SQLITE_INSERT;
        let key = record_key(item, inserted)?;
        let columns = op.number_of_columns() as usize;
        if skip.contains(&(table.clone(), key.clone())) {
            continue;
        }
        if inserted {
            // A new row's fields were all written by its maker: one row says so.
            conn.prepare_cached(
                "INSERT INTO record_sites (tbl, record_key, owner, at, seq) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT DO NOTHING",
            )?
            .execute(params![table, key, change.origin, change.at, change.seq])?;
            continue;
        }
        let write = change.write_of(conn, &table, &key)?;
        for column in 0..columns {
            if item.new_value(column).is_ok()
                && !skip_fields.contains(&(table.clone(), key.clone(), column))
            {
                note_field(conn, &table, &key, column, &write)?;
            }
        }
    }
    Ok(())
}

/// Notes that `write` wrote field `column` of a row.
pub(super) fn note_field(
    conn: &Connection,
    table: &str,
    key: &str,
    column: usize,
    write: &Write,
) -> CoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO field_writers (tbl, record_key, field, site, at, seq, owner_seen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (tbl, record_key, field) DO UPDATE SET site = excluded.site, at = excluded.at,
             seq = excluded.seq, owner_seen = excluded.owner_seen",
    )?
    .execute(params![
        table,
        key,
        column as i64,
        write.site,
        write.at,
        write.seq,
        write.rank
    ])?;
    Ok(())
}

/// The primary key of the row an item changes, as [`key_of`] writes it.
pub(super) fn record_key(item: &ChangesetItem, inserted: bool) -> CoreResult<String> {
    let pk = item.pk()?.to_vec();
    let mut parts = Vec::new();
    for (column, is_key) in pk.iter().enumerate() {
        if *is_key == 0 {
            continue;
        }
        let value = if inserted {
            item.new_value(column)?
        } else {
            item.old_value(column)?
        };
        parts.push(owned(value));
    }
    Ok(key_of(parts.iter()))
}

/// A value read from a changeset, owned.
pub(super) fn owned(value: ValueRef) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::Integer(n),
        ValueRef::Real(x) => Value::Real(x),
        ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
    }
}

/// A key's values as one text, as `record_sites`, `field_writers` and the review list name a row: each value
/// as text, joined by U+001F (a single-column key is just its value).
pub(super) fn key_of<'a>(values: impl Iterator<Item = &'a Value>) -> String {
    values.map(value_text).collect::<Vec<_>>().join("\u{1f}")
}

/// A key value as text.
pub(super) fn value_text(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Null => String::new(),
        Value::Blob(bytes) => crate::backup::hex(bytes),
    }
}

/// The SHA-256 of every attachment content a change adds (an attachment row it creates).
pub(super) fn attachment_contents(
    changeset: &[u8],
    into: &mut std::collections::BTreeSet<String>,
) -> CoreResult<()> {
    /// `attachments.sha256`: the fifth column (`id`, `owner_kind`, `owner_id`, `name`, `sha256`, …).
    const SHA256_COLUMN: usize = 4;
    let mut input: &[u8] = changeset;
    let reader: &mut dyn std::io::Read = &mut input;
    let mut rows = ChangesetIter::start_strm(&reader)?;
    while let Some(item) = rows.next()? {
        let op = item.op()?;
        if op.table_name() == "attachments" && op.code() == rusqlite::hooks::Action::SQLITE_INSERT {
            into.insert(value_text(&owned(item.new_value(SHA256_COLUMN)?)));
        }
    }
    Ok(())
}
