//! A long-lived store (as the app holds one all day) beside short `council` processes on the same file.
//!
//! SQLite's locks on Unix belong to the process: closing any descriptor of the database file releases all
//! of them. These tests release them as a stray close would (`File::open` then drop, what a file chooser
//! guessing file types did inside the app), let a real `council` process work, and check that no write the
//! store acknowledges is lost.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use council_core::body::{BodyInput, BodyKind};
use council_core::{Country, ErrorCode, LocalizedText, Store};

use crate::support::Council;

fn body(name: &str) -> BodyInput {
    BodyInput {
        country: Country::Uz,
        kind: BodyKind::Agency,
        name: LocalizedText {
            ru: name.to_owned(),
            uz: name.to_owned(),
            en: name.to_owned(),
        },
        region: None,
    }
}

/// Opens and closes the database file and its shared memory outside SQLite, as a file chooser listing
/// their folder did: every POSIX lock of this process on them is gone.
fn stray_close(db: &Path) {
    drop(std::fs::File::open(db).unwrap());
    drop(std::fs::File::open(with_suffix(db, "-shm")).unwrap());
}

fn with_suffix(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The bodies' names as a fresh `council` process reads them.
fn names(council: &Council) -> Vec<String> {
    council
        .ok(&["bodies", "list", "--json"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|body| body["name"]["en"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_store_whose_lock_a_stray_close_released_takes_it_again_before_writing() {
    let council = Council::new();
    council.ok(&["regions", "list"]);
    let mut store = Store::open(&council.db).unwrap();
    store.create_body(&body("one")).unwrap();

    stray_close(&council.db);
    store.create_body(&body("two")).unwrap();
    // The `council` process closes last but one: it leaves the log to the store.
    council.ok(&["sessions", "list"]);
    assert!(with_suffix(&council.db, "-wal").exists());
    store.create_body(&body("three")).unwrap();

    // Read while the store is still open, as the app is: its writes are in the shared log.
    let mut names = names(&council);
    names.sort();
    assert_eq!(names, ["one", "three", "two"]);
    drop(store);
}

#[test]
fn a_store_whose_log_another_process_deleted_refuses_to_write_and_leaves_the_new_log_alone() {
    let council = Council::new();
    council.ok(&["regions", "list"]);
    let mut store = Store::open(&council.db).unwrap();
    store.create_body(&body("one")).unwrap();

    // The lock goes, the store does not write meanwhile, and the next `council` process, seeing nobody else,
    // folds the log into the database and deletes it under the store.
    stray_close(&council.db);
    council.ok(&["sessions", "list"]);
    assert!(!with_suffix(&council.db, "-wal").exists());

    let error = store.create_body(&body("two")).unwrap_err();
    assert_eq!(error.code, ErrorCode::DatabaseDetached);
    let again = store.create_body(&body("two")).unwrap_err();
    assert_eq!(again.code, ErrorCode::DatabaseDetached);

    // Another program keeps the database open on the new log; closing the detached store must not delete it
    // (a checkpoint on close would, found by its path).
    let mut other = Command::new("python3")
        .args(["-c", HOLD_OPEN])
        .arg(&council.db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 with its sqlite3 module");
    let mut said = String::new();
    BufReader::new(other.stdout.take().unwrap())
        .read_line(&mut said)
        .unwrap();
    assert_eq!(said.trim(), "open");
    drop(store);
    assert!(with_suffix(&council.db, "-wal").exists());
    council.ok(&[
        "bodies",
        "add",
        "--country",
        "RU",
        "--kind",
        "agency",
        "--name-en",
        "other",
    ]);
    drop(other.stdin.take());
    assert!(other.wait().unwrap().success());
    let mut names = names(&council);
    names.sort();
    assert_eq!(names, ["one", "other"]);
}

/// Opens the database named by the first argument in WAL mode, reads, says "open", and keeps it open until
/// its standard input closes.
const HOLD_OPEN: &str = "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute('PRAGMA journal_mode=WAL')
db.execute('SELECT count(*) FROM regions').fetchall()
print('open', flush=True)
sys.stdin.read()
db.close()
";
