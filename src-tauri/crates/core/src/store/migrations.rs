//! Schema migrations: append-only, each applied in the transaction that records it.
//!
//! The schema version is SQLite's `user_version`. A migration and the bump of `user_version` commit together,
//! so a crash leaves the database at the old or the new version, never between. A database whose version is
//! higher than this build knows is refused before anything touches it.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::CoreResult;

/// Every migration ever shipped, in order. Never edit one that shipped; add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_regions_pairings.sql"),
    include_str!("../../migrations/0002_council_work.sql"),
    include_str!("../../migrations/0003_search.sql"),
    include_str!("../../migrations/0004_attachments.sql"),
    include_str!("../../migrations/0005_scheduling.sql"),
    include_str!("../../migrations/0006_performance.sql"),
    include_str!("../../migrations/0007_execution_tallies.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database to [`SCHEMA_VERSION`], or refuses it when it is newer.
pub(super) fn apply(conn: &mut Connection) -> CoreResult<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(super::schema_too_new(found));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        // Another process may have migrated while this one waited for the lock.
        let now: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if now > index as i64 {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An empty in-memory database with the functions the migrations call.
    fn connection() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        super::super::search::register_functions(&conn).unwrap();
        conn
    }

    #[test]
    fn every_migration_applies_on_an_empty_database() {
        let mut conn = connection();
        apply(&mut conn).unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        // Applying again is a no-op.
        apply(&mut conn).unwrap();
    }

    #[test]
    fn all_tables_are_strict() {
        let mut conn = connection();
        apply(&mut conn).unwrap();
        // Virtual tables (the FTS5 search index) and their shadow tables cannot be STRICT; they are not listed.
        let mut stmt = conn
            .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
            .unwrap();
        let tables: Vec<(String, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(tables.len() >= 6);
        for (name, strict) in tables {
            assert_eq!(strict, 1, "{name} is not STRICT");
        }
    }

    #[test]
    fn a_failing_migration_leaves_the_version_unchanged() {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute_batch("CREATE TABLE regions (id TEXT)").unwrap();
        tx.commit().unwrap();
        assert!(apply(&mut conn).is_err());
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, 0);
    }
}
