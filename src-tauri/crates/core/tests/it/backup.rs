//! Backups: a round trip keeps every row; a damaged backup or database is refused with the way out.

use council_core::{ErrorCode, PairingFilter, Store};
use rusqlite::Connection;

use crate::support::{TestStore, pairing};

fn dump(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut rows = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .unwrap();
        let columns = stmt.column_count();
        let mut query = stmt.query([]).unwrap();
        while let Some(row) = query.next().unwrap() {
            let values: Vec<String> = (0..columns)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            rows.push(format!("{table}: {}", values.join("|")));
        }
    }
    rows
}

fn demo_store() -> TestStore {
    let mut t = TestStore::new();
    t.store
        .load_demo(&council_core::demo::DemoOptions {
            scale: council_core::demo::Scale::Small,
            seed: 11,
            today: "2026-11-29".parse().unwrap(),
        })
        .unwrap();
    t
}

#[test]
fn a_backup_restores_every_row_and_keeps_the_replaced_data() {
    let mut t = demo_store();
    let backup = t.path.with_file_name("weekly.council-backup");
    let manifest = t.store.backup_to(&backup).unwrap();
    assert_eq!(manifest.files.len(), 1);
    assert_eq!(manifest.files[0].sha256.len(), 64);
    let before = dump(&t.path);

    // Work goes on after the backup, then the backup is restored.
    t.store.create_pairing(&pairing("UZ-JI", "RU-OMS")).unwrap();
    drop(t.store);
    assert_ne!(dump(&t.path), before);
    let safety_dir = t.path.with_file_name("safety");
    let (_, safety) = Store::restore_backup(&backup, &t.path, &safety_dir).unwrap();
    assert_eq!(dump(&t.path), before, "every row as it was at the backup");

    // The data that was replaced is itself in a backup.
    let safety = safety.expect("a safety backup");
    let elsewhere = t.path.with_file_name("elsewhere.db");
    Store::restore_backup(&safety, &elsewhere, &safety_dir).unwrap();
    let store = Store::open(&elsewhere).unwrap();
    let pairings = store.list_pairings(&PairingFilter::default()).unwrap();
    assert!(
        pairings
            .iter()
            .any(|p| p.uz_region.iso_code.as_deref() == Some("UZ-JI"))
    );
}

#[test]
fn a_damaged_backup_is_refused_and_changes_nothing() {
    let t = demo_store();
    let backup = t.path.with_file_name("weekly.council-backup");
    t.store.backup_to(&backup).unwrap();
    let before = dump(&t.path);
    let mut bytes = std::fs::read(&backup).unwrap();
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 64] {
        *b ^= 0x5A;
    }
    let damaged = t.path.with_file_name("damaged.council-backup");
    std::fs::write(&damaged, &bytes).unwrap();
    drop(t.store);

    let error =
        Store::restore_backup(&damaged, &t.path, &t.path.with_file_name("safety")).unwrap_err();
    assert_eq!(error.code, ErrorCode::BackupInvalid);
    assert!(
        error
            .message(council_core::Lang::Ru)
            .contains("Ничего не изменено")
    );
    assert_eq!(dump(&t.path), before);
    assert!(
        !t.path.with_file_name("safety").exists(),
        "no safety backup for a refused restore"
    );

    let not_a_backup = t.path.with_file_name("letter.txt");
    std::fs::write(&not_a_backup, "Уважаемые коллеги!").unwrap();
    let error = Store::restore_backup(&not_a_backup, &t.path, &t.path.with_file_name("safety"))
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::BackupInvalid);
    assert_eq!(dump(&t.path), before);
}

#[test]
fn the_integrity_check_reports_ok_on_a_healthy_database() {
    let t = demo_store();
    for full in [false, true] {
        let report = t.store.check(full).unwrap();
        assert!(report.ok, "{report:?}");
        assert_eq!(report.messages, vec!["ok"]);
    }
}

#[test]
fn a_database_with_overwritten_pages_is_called_damaged() {
    let t = demo_store();
    drop(t.store);
    let mut bytes = std::fs::read(&t.path).unwrap();
    // Overwrite the pages after the header and the first schema page.
    for b in &mut bytes[8192..40960] {
        *b = 0xFF;
    }
    std::fs::write(&t.path, &bytes).unwrap();
    match Store::open(&t.path) {
        Err(error) => assert_eq!(error.code, ErrorCode::DatabaseDamaged, "{error}"),
        Ok(store) => {
            let report = store.check(true);
            assert!(
                matches!(&report, Ok(r) if !r.ok)
                    || matches!(&report, Err(e) if e.code == ErrorCode::DatabaseDamaged),
                "{report:?}"
            );
        }
    }
}

#[test]
fn the_daily_backup_is_written_once_a_day_and_old_ones_are_pruned() {
    let t = TestStore::new();
    let dir = t.path.with_file_name("auto");
    let day = |d: &str| d.parse::<chrono::NaiveDate>().unwrap();
    for d in ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"] {
        assert!(t.store.auto_backup(&dir, 3, day(d)).unwrap().is_some());
    }
    assert!(
        t.store
            .auto_backup(&dir, 3, day("2026-11-23"))
            .unwrap()
            .is_none(),
        "once a day"
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "auto-2026-11-21.council-backup",
            "auto-2026-11-22.council-backup",
            "auto-2026-11-23.council-backup"
        ]
    );
}
