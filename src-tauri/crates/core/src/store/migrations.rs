//! Schema migrations: append-only, each applied in the transaction that records it.
//!
//! The schema version is SQLite's `user_version`. A migration and the bump of `user_version` commit together,
//! so a crash leaves the database at the old or the new version, never between. A database whose version is
//! higher than this build knows is refused before anything touches it.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{CoreError, CoreResult, ErrorCode};

/// Every migration ever shipped, in order. Never edit one that shipped; add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_regions_pairings.sql"),
    include_str!("../../migrations/0002_council_work.sql"),
    include_str!("../../migrations/0003_search.sql"),
    include_str!("../../migrations/0004_attachments.sql"),
    include_str!("../../migrations/0005_scheduling.sql"),
    include_str!("../../migrations/0006_performance.sql"),
    include_str!("../../migrations/0007_execution_tallies.sql"),
    include_str!("../../migrations/0008_attachment_names.sql"),
    include_str!("../../migrations/0009_instruction_edits.sql"),
    include_str!("../../migrations/0010_basis_title_languages.sql"),
    include_str!("../../migrations/0011_sites_exchange.sql"),
    include_str!("../../migrations/0012_numbering_sites.sql"),
    include_str!("../../migrations/0013_causal_writes.sql"),
    include_str!("../../migrations/0014_officers.sql"),
    include_str!("../../migrations/0015_exchange_indexes.sql"),
    include_str!("../../migrations/0016_indicators.sql"),
    include_str!("../../migrations/0017_instruction_reminders.sql"),
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

/// One object of a database's schema as `sqlite_schema` lists it: type, name, table and SQL.
type SchemaObject = (String, String, String, Option<String>);

/// The schema objects of `conn` by name; SQLite's statistics tables (`ANALYZE`, `PRAGMA optimize`) aside.
fn schema_objects(conn: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema
         WHERE substr(name, 1, 11) <> 'sqlite_stat' ORDER BY type, name",
    )?
    .query_map([], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    })?
    .collect()
}

/// Checks that the database at `path` (a restored copy, not yet opened as a store, so none of its
/// triggers has run) has schema version `version` and exactly the schema objects the migrations up to
/// that version create, each with the same SQL: an extra trigger, view, table or index, or a missing or
/// changed one, refuses it as `backup_invalid`, naming the first difference.
pub(super) fn check_schema_objects(path: &Path, version: i64) -> CoreResult<()> {
    let invalid = |why: String| CoreError::new(ErrorCode::BackupInvalid, why);
    let found_conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| invalid(e.to_string()))?;
    let found_version: i64 = found_conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|e| invalid(e.to_string()))?;
    if found_version != version || !(1..=SCHEMA_VERSION).contains(&version) {
        return Err(invalid(format!(
            "the database has schema {found_version}, the manifest says {version}"
        )));
    }
    let found = schema_objects(&found_conn).map_err(|e| invalid(e.to_string()))?;
    let mut reference = Connection::open_in_memory()?;
    super::search::register_functions(&reference)?;
    super::attachments::register_functions(&reference)?;
    apply_up_to(&mut reference, version)?;
    let expected = schema_objects(&reference)?;
    if found == expected {
        return Ok(());
    }
    let extra = found.iter().find(|object| !expected.contains(object));
    let absent = expected.iter().find(|object| !found.contains(object));
    Err(invalid(match (extra, absent) {
        (Some((kind, name, ..)), _) => {
            format!("the database has a {kind} {name} that schema {version} does not have")
        }
        (None, Some((kind, name, ..))) => {
            format!("the database lacks the {kind} {name} of schema {version}")
        }
        (None, None) => format!("the database's schema objects differ from schema {version}"),
    }))
}

/// Applies the migrations up to `version` to an empty database.
fn apply_up_to(conn: &mut Connection, version: i64) -> CoreResult<()> {
    let count = usize::try_from(version).unwrap_or(0).min(MIGRATIONS.len());
    for (index, sql) in MIGRATIONS.iter().enumerate().take(count) {
        let tx = conn.transaction()?;
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
        super::super::attachments::register_functions(&conn).unwrap();
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
