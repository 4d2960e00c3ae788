//! Reading and changing a database behind the store's back, as only a test (or a hand-made file) would.

use std::path::Path;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};

use super::TestStore;

/// The number of rows of `table`, read behind the store's back.
pub fn count_rows(t: &TestStore, table: &str) -> i64 {
    let conn = Connection::open(&t.path).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// The id of the first live record of `table` in the database at `db`.
pub fn first_id(db: &Path, table: &str) -> String {
    Connection::open(db)
        .unwrap()
        .query_row(
            &format!("SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY id LIMIT 1"),
            [],
            |row| row.get(0),
        )
        .unwrap()
}

/// Every row of every table of the database at `path`, as sorted text lines `table: value | value …`.
pub fn dump(path: &Path) -> Vec<String> {
    let tables: Vec<String> = read_only(path)
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let tables: Vec<&str> = tables.iter().map(String::as_str).collect();
    dump_tables(path, &tables)
}

/// Every row of the tables named, in that order, as text lines `table: value | value …` sorted by the
/// first two columns.
pub fn dump_tables(path: &Path, tables: &[&str]) -> Vec<String> {
    let conn = read_only(path);
    let mut rows = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .unwrap();
        let count = stmt.column_count();
        let mut query = stmt.query([]).unwrap();
        while let Some(row) = query.next().unwrap() {
            let values: Vec<String> = (0..count)
                .map(|i| match row.get_ref(i).unwrap() {
                    ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    other => format!("{other:?}"),
                })
                .collect();
            rows.push(format!("{table}: {}", values.join(" | ")));
        }
    }
    rows
}

fn read_only(path: &Path) -> Connection {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
}

/// Changes the database at `db` without the store (as a hand-made backup would): `sql` runs with the
/// name trigger of schema 8 set aside, which is put back exactly as it was.
pub fn tamper(db: &Path, sql: &str) {
    let conn = Connection::open(db).unwrap();
    let triggers: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_schema WHERE name LIKE 'attachments_name_on_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    conn.execute_batch(
        "DROP TRIGGER attachments_name_on_insert; DROP TRIGGER attachments_name_on_update;",
    )
    .unwrap();
    conn.execute_batch(sql).unwrap();
    for trigger in triggers {
        conn.execute_batch(&trigger).unwrap();
    }
}
