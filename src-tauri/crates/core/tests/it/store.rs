//! Opening, migrating and refusing databases; the default path logic lives in `paths` unit tests.

use council_core::{ErrorCode, SCHEMA_VERSION, Store};
use rusqlite::Connection;

use crate::support::TestStore;

#[test]
fn opening_creates_the_file_and_missing_directories() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/deeper/council.db");
    let store = Store::open(&path).unwrap();
    assert!(path.exists());
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn the_connection_uses_wal_and_foreign_keys() {
    let t = TestStore::new();
    drop(t.store);
    let conn = Connection::open(t.path.clone()).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let t = TestStore::new();
    drop(t.store);
    let newer = SCHEMA_VERSION + 1;
    {
        let conn = Connection::open(t.path.clone()).unwrap();
        conn.pragma_update(None, "user_version", newer).unwrap();
    }
    let error = Store::open(&t.path.clone()).unwrap_err();
    assert_eq!(error.code, ErrorCode::SchemaTooNew);
    assert!(
        error
            .message(council_core::Lang::Ru)
            .contains("более новой версией")
    );
    let conn = Connection::open(t.path.clone()).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, newer);
}

#[test]
fn a_file_that_is_not_a_database_is_called_damaged_with_the_way_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("council.db");
    std::fs::write(
        &path,
        b"this is a letter, not a database, and it is long enough to have a header",
    )
    .unwrap();
    let error = Store::open(&path).unwrap_err();
    assert_eq!(error.code, ErrorCode::DatabaseDamaged);
    assert!(
        error
            .message(council_core::Lang::En)
            .contains("council restore")
    );
    assert_eq!(
        std::fs::read(&path).unwrap()[..9],
        *b"this is a",
        "the file is left as it was"
    );
}

#[test]
fn the_language_setting_persists_across_opens() {
    let mut t = TestStore::new();
    assert_eq!(t.store.language().unwrap(), council_core::Lang::Ru);
    t.store.set_language(council_core::Lang::Uz).unwrap();
    drop(t.store);
    let store = Store::open(&t.path.clone()).unwrap();
    assert_eq!(store.language().unwrap(), council_core::Lang::Uz);
}
