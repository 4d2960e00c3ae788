//! `council backup`, `council restore` and `council check` through the binary.

use crate::support::Council;

#[test]
fn backup_then_restore_brings_back_the_data_and_keeps_what_it_replaced() {
    let council = Council::new();
    council.ok(&["demo", "--today", "2026-11-29"]);
    let backup = council.db.with_file_name("friday.council-backup");
    let manifest = council
        .ok(&["backup", "--out", backup.to_str().unwrap(), "--json"])
        .json();
    assert_eq!(manifest["format"], "council-desk-backup");
    let before = council.ok(&["pairings", "list", "--json"]).json();

    let id = before[0]["id"].as_str().unwrap().to_owned();
    council.ok(&["pairings", "delete", &id]);
    assert_ne!(council.ok(&["pairings", "list", "--json"]).json(), before);

    let restored = council.ok(&["restore", backup.to_str().unwrap()]);
    assert!(
        restored.stdout.contains("previous data kept in"),
        "{}",
        restored.stdout
    );
    assert_eq!(council.ok(&["pairings", "list", "--json"]).json(), before);
    let kept = std::fs::read_dir(council.db.with_file_name("backups"))
        .unwrap()
        .count();
    assert_eq!(kept, 1);
    assert_eq!(
        council.ok(&["check", "--full", "--json"]).json()["ok"],
        true
    );
}

#[test]
fn a_truncated_backup_is_refused_with_a_translated_message() {
    let council = Council::new();
    council.ok(&["demo", "--today", "2026-11-29"]);
    let backup = council.db.with_file_name("b.council-backup");
    council.ok(&["backup", "--out", backup.to_str().unwrap()]);
    let bytes = std::fs::read(&backup).unwrap();
    std::fs::write(&backup, &bytes[..bytes.len() / 3]).unwrap();
    let before = council.ok(&["pairings", "list", "--json"]).json();
    let run = council.run(&["--lang", "uz", "restore", backup.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("Hech narsa oʻzgartirilmadi"),
        "{}",
        run.stderr
    );
    assert_eq!(council.ok(&["pairings", "list", "--json"]).json(), before);
}

#[test]
fn a_damaged_database_gets_the_way_out_not_a_crash() {
    let council = Council::new();
    council.ok(&["info"]);
    std::fs::write(&council.db, vec![0xAB; 64 * 1024]).unwrap();
    let run = council.run(&["pairings", "list"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("council restore"), "{}", run.stderr);
    assert!(run.stderr.contains("database_damaged"), "{}", run.stderr);
}
