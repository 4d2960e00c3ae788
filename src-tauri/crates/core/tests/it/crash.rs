//! Crash safety: a writer killed with SIGKILL in the middle of a stream of writes loses no write it had
//! acknowledged, and leaves a database that passes `PRAGMA integrity_check`. Repeated 20 times.
//!
//! The writer is this very test binary, started again with `COUNCIL_CRASH_WRITER` naming the database: it
//! creates bodies one transaction at a time and prints each id only after its transaction committed.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use council_core::body::{BodyInput, BodyKind};
use council_core::{Country, LocalizedText, Store};

const WRITER_ENV: &str = "COUNCIL_CRASH_WRITER";

/// The writer side; does nothing in a normal test run.
#[test]
fn crash_writer_child() {
    let Some(path) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let mut store = Store::open(std::path::Path::new(&path)).unwrap();
    let mut out = std::io::stdout().lock();
    for n in 0.. {
        let body = store
            .create_body(&BodyInput {
                country: Country::Uz,
                kind: BodyKind::Agency,
                name: LocalizedText {
                    ru: format!("Агентство № {n}"),
                    uz: format!("{n}-sonli agentlik, oʻquv markazi"),
                    en: format!("Agency {n}"),
                },
                region: None,
            })
            .unwrap();
        writeln!(out, "{}", body.id).unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    if std::env::var_os(WRITER_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("council.db");
    drop(Store::open(&path).unwrap());
    let exe = std::env::current_exe().unwrap();
    let mut acknowledged = Vec::new();
    for round in 0..20 {
        let mut child = Command::new(&exe)
            .args([
                "crash::crash_writer_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // Kill after a varying number of acknowledged writes, so the kill lands at different moments.
        for _ in 0..(3 + round * 2) {
            match lines.next() {
                Some(Ok(line)) if line.len() == 36 => acknowledged.push(line),
                Some(Ok(_)) => {}
                _ => break,
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
    assert!(
        acknowledged.len() >= 200,
        "the writer acknowledged {} writes",
        acknowledged.len()
    );

    let store = Store::open(&path).unwrap();
    assert!(store.check(true).unwrap().ok);
    let ids: std::collections::HashSet<String> = store
        .list_bodies(None, false)
        .unwrap()
        .into_iter()
        .map(|b| b.id.to_string())
        .collect();
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|id| !ids.contains(*id))
        .collect();
    assert!(lost.is_empty(), "acknowledged writes lost: {lost:?}");
}
