//! The register a database held before it had a site: put into the log once, as this site's first changes,
//! so that the first package to a peer carries the whole register and its history, not only what changed
//! since the upgrade.
//!
//! SQLite's session extension gives the rows of a table as the changes that would make an empty copy of it
//! equal (`sqlite3session_diff` against an empty attached database): one entry per table, then the audit
//! history in entries of its own.

use rusqlite::session::Session;
use rusqlite::{Connection, params};

use super::capture::{audit_rows_after, note_writers};
use super::tables::SHARED_TABLES;
use crate::error::CoreResult;
use crate::time::now_text;

/// Audit rows per entry of the history.
const AUDIT_ROWS_PER_ENTRY: i64 = 2_000;

/// Whether the database holds shared records or history but its log is empty: an upgrade from before sites.
pub(super) fn needed(conn: &Connection) -> CoreResult<bool> {
    let logged: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM exchange_log)", [], |row| {
        row.get(0)
    })?;
    if logged {
        return Ok(false);
    }
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM pairings)
                OR EXISTS (SELECT 1 FROM bodies) OR EXISTS (SELECT 1 FROM sessions)",
        [],
        |row| row.get(0),
    )?)
}

/// Writes the baseline entries of `site`, in one transaction.
pub(super) fn write(conn: &Connection, site: &str) -> CoreResult<()> {
    // An empty copy of every shared table, to compare with (ATTACH is not allowed inside a transaction).
    conn.execute("ATTACH DATABASE ':memory:' AS empty", [])?;
    let written = write_entries(conn, site);
    conn.execute("DETACH DATABASE empty", [])?;
    written
}

fn write_entries(conn: &Connection, site: &str) -> CoreResult<()> {
    for table in SHARED_TABLES {
        let sql: String = conn.query_row(
            "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ?1",
            params![table],
            |row| row.get(0),
        )?;
        let body = sql.find('(').map_or(sql.as_str(), |open| &sql[open..]);
        conn.execute_batch(&format!("CREATE TABLE empty.\"{table}\" {body}"))?;
    }
    let tx = conn.unchecked_transaction()?;
    if !needed(&tx)? {
        return Ok(());
    }
    let at = now_text();
    // The register as it stood: changes that saw nothing of any other site.
    let nothing_seen = crate::site::Vector::new();
    let mut seq = 0;
    let mut insert = tx.prepare(
        "INSERT INTO exchange_log (origin, seq, at, changeset, audit) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for table in SHARED_TABLES {
        let mut session = Session::new(&tx)?;
        session.attach(Some(*table))?;
        session.diff("empty", *table)?;
        if session.is_empty() {
            continue;
        }
        let mut changeset = Vec::new();
        session.changeset_strm(&mut changeset)?;
        drop(session);
        seq += 1;
        insert.execute(params![site, seq, at, changeset, "[]"])?;
        let change = super::rule::Change {
            origin: site,
            seq,
            at: &at,
            seen: &nothing_seen,
        };
        note_writers(
            &tx,
            &changeset,
            change,
            &std::collections::HashSet::new(),
            &std::collections::HashSet::new(),
        )?;
    }
    let mut after = 0;
    loop {
        let (audit, last, rows) = audit_rows_after(&tx, after, AUDIT_ROWS_PER_ENTRY)?;
        let Some(last) = last.filter(|_| rows > 0) else {
            break;
        };
        seq += 1;
        insert.execute(params![site, seq, at, Vec::<u8>::new(), audit])?;
        after = last;
    }
    drop(insert);
    tx.commit()?;
    Ok(())
}
