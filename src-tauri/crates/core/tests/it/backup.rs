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

#[test]
fn a_backup_restores_every_row_and_keeps_the_replaced_data() {
    let mut t = TestStore::demo(11);
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
    let t = TestStore::demo(11);
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
    let t = TestStore::demo(11);
    for full in [false, true] {
        let report = t.store.check(full).unwrap();
        assert!(report.ok, "{report:?}");
        assert_eq!(report.messages, vec!["ok"]);
    }
}

#[test]
fn a_database_with_overwritten_pages_is_called_damaged() {
    let t = TestStore::demo(11);
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
fn the_quick_check_runs_beside_an_open_store_and_calls_a_damaged_file_damaged() {
    let t = TestStore::demo(11);
    // A sound file passes while the store is open on it (and the store goes on answering).
    Store::quick_check_file(&t.path).unwrap();
    assert!(
        !t.store
            .list_pairings(&PairingFilter::default())
            .unwrap()
            .is_empty()
    );

    let path = t.path.clone();
    drop(t.store);
    let mut bytes = std::fs::read(&path).unwrap();
    let len = bytes.len();
    for b in &mut bytes[len - 3 * 4096..] {
        *b = 0xFF;
    }
    std::fs::write(&path, &bytes).unwrap();
    let store = Store::open(&path).expect("the damage is past what opening reads");
    let error = Store::quick_check_file(&path).unwrap_err();
    assert_eq!(error.code, ErrorCode::DatabaseDamaged, "{error}");
    drop(store);
    assert_eq!(
        Store::open_checked(&path).unwrap_err().code,
        ErrorCode::DatabaseDamaged
    );
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
    // Made through a scratch file (nobody waits for it), it restores like any backup.
    let elsewhere = t.path.with_file_name("restored.db");
    Store::restore_backup(
        &dir.join("auto-2026-11-23.council-backup"),
        &elsewhere,
        &t.path.with_file_name("safety"),
    )
    .unwrap();
    assert_eq!(
        Store::open(&elsewhere)
            .unwrap()
            .about()
            .unwrap()
            .schema_version,
        t.store.about().unwrap().schema_version
    );
}

/// Attaches a few files (one content twice, one attachment in the trash) to records of the demo data.
fn attach_some(t: &mut TestStore) {
    use crate::attachments::{file, first_id};
    use council_core::attachment::OwnerKind;
    let agreement = first_id(&t.path, "agreements");
    let item = first_id(&t.path, "agenda_items");
    let report = first_id(&t.path, "execution_reports");
    let pdf: Vec<u8> = (0..70_000u32).map(|i| (i * 7 % 251) as u8).collect();
    for (kind, owner, name, bytes) in [
        (
            OwnerKind::Agreement,
            &agreement,
            "Соглашение.pdf",
            pdf.as_slice(),
        ),
        (
            OwnerKind::AgendaItem,
            &item,
            "Qoʻshma loyiha.docx",
            b"docx".as_slice(),
        ),
        (
            OwnerKind::ExecutionReport,
            &report,
            "отчёт.txt",
            "Исполнено".as_bytes(),
        ),
        (
            OwnerKind::ExecutionReport,
            &report,
            "копия.pdf",
            pdf.as_slice(),
        ),
    ] {
        let path = file(t, name, bytes);
        t.store.attach_file(kind, owner, &path).unwrap();
    }
    let trashed = t
        .store
        .attach_file(
            OwnerKind::Agreement,
            &agreement,
            &file(t, "old.txt", b"old"),
        )
        .unwrap();
    t.store.delete_attachment(&trashed.id.to_string()).unwrap();
}

/// Every attachment file under the attachments folder of `db`, with its bytes.
fn attachment_bytes(db: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let dir = council_core::attachment::attachments_dir(db);
    crate::attachments::files_under(&dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(dir.join(&p)).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn a_round_trip_with_attachments_keeps_every_row_and_every_byte() {
    let mut t = TestStore::demo(11);
    attach_some(&mut t);
    let backup = t.path.with_file_name("with-files.council-backup");
    let manifest = t.store.backup_to(&backup).unwrap();
    assert_eq!(manifest.format_version, 2);
    assert_eq!(
        manifest.files.len(),
        1 + 4,
        "the database and four distinct contents"
    );
    let rows = dump(&t.path);
    let bytes = attachment_bytes(&t.path);
    assert_eq!(bytes.len(), 4);

    // Into a fresh location, as on a new machine.
    let fresh = tempfile::tempdir().unwrap();
    let db = fresh.path().join("council.db");
    let (_, safety) = Store::restore_backup(&backup, &db, &fresh.path().join("backups")).unwrap();
    assert!(safety.is_none(), "nothing to keep on a new machine");
    assert_eq!(dump(&db), rows, "every row of every table");
    assert_eq!(attachment_bytes(&db), bytes, "every attachment byte");
    let store = Store::open(&db).unwrap();
    let agreement = crate::attachments::first_id(&db, "agreements");
    let listed = store
        .attachments(council_core::attachment::OwnerKind::Agreement, &agreement)
        .unwrap();
    let out = fresh.path().join("out.pdf");
    store
        .export_attachment(&listed[0].id.to_string(), &out, false)
        .unwrap();
    assert_eq!(std::fs::read(out).unwrap().len(), 70_000);
}

#[test]
fn restoring_over_data_with_attachments_keeps_it_in_the_safety_backup() {
    let mut t = TestStore::demo(11);
    let backup = t.path.with_file_name("before-files.council-backup");
    t.store.backup_to(&backup).unwrap();
    attach_some(&mut t);
    let rows = dump(&t.path);
    drop(t.store);
    let safety_dir = t.path.with_file_name("backups");
    let (_, safety) = Store::restore_backup(&backup, &t.path, &safety_dir).unwrap();
    let store = Store::open(&t.path).unwrap();
    let agreement = crate::attachments::first_id(&t.path, "agreements");
    assert!(
        store
            .attachments(council_core::attachment::OwnerKind::Agreement, &agreement)
            .unwrap()
            .is_empty()
    );
    drop(store);
    let fresh = tempfile::tempdir().unwrap();
    let db = fresh.path().join("council.db");
    Store::restore_backup(&safety.unwrap(), &db, &fresh.path().join("backups")).unwrap();
    assert_eq!(dump(&db), rows, "the replaced data, attachments included");
    assert_eq!(attachment_bytes(&db).len(), 4);
}

#[test]
fn a_backup_with_a_damaged_attachment_is_refused_and_changes_nothing() {
    let mut t = TestStore::demo(11);
    attach_some(&mut t);
    let backup = t.path.with_file_name("files.council-backup");
    t.store.backup_to(&backup).unwrap();
    drop(t.store);
    // Overwrite bytes inside the large attachment's entry (a run of its distinctive content).
    let mut bytes = std::fs::read(&backup).unwrap();
    let needle: Vec<u8> = (1000..1064u32).map(|i| (i * 7 % 251) as u8).collect();
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
        .expect("the attachment inside the backup");
    for b in &mut bytes[at..at + 64] {
        *b = 0;
    }
    std::fs::write(&backup, &bytes).unwrap();

    let fresh = tempfile::tempdir().unwrap();
    let db = fresh.path().join("council.db");
    Store::open(&db).unwrap();
    let before = dump(&db);
    let error = Store::restore_backup(&backup, &db, &fresh.path().join("backups")).unwrap_err();
    assert_eq!(error.code, ErrorCode::BackupInvalid);
    assert!(
        error.message(council_core::Lang::En).contains("checksum"),
        "{error}"
    );
    assert_eq!(dump(&db), before);
    let left: Vec<_> = std::fs::read_dir(fresh.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.starts_with("council.db"))
        .collect();
    assert!(
        left.is_empty(),
        "no attachments, staging or safety files: {left:?}"
    );
}

#[test]
fn a_damaged_database_can_be_replaced_by_the_latest_backup() {
    let mut t = TestStore::demo(11);
    attach_some(&mut t);
    let backup = t.path.with_file_name("latest.council-backup");
    t.store.backup_to(&backup).unwrap();
    let rows = dump(&t.path);
    drop(t.store);
    let mut bytes = std::fs::read(&t.path).unwrap();
    for b in &mut bytes[0..100] {
        *b = 0xEE;
    }
    std::fs::write(&t.path, &bytes).unwrap();
    assert_eq!(
        Store::open(&t.path).unwrap_err().code,
        ErrorCode::DatabaseDamaged
    );

    let (_, safety) =
        Store::restore_backup(&backup, &t.path, &t.path.with_file_name("backups")).unwrap();
    assert_eq!(dump(&t.path), rows);
    let kept = safety.expect("the damaged file is kept");
    assert_eq!(std::fs::read(kept).unwrap(), bytes, "kept as it was");
}

#[test]
fn a_backup_of_the_first_format_still_restores() {
    // Format 1 had the manifest and the database only; the schema-3 fixture is such a database.
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures/schema-3.db");
    let db_bytes = std::fs::read(&fixture).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.council-backup");
    let sha = {
        use sha2::Digest;
        use std::fmt::Write;
        sha2::Sha256::digest(&db_bytes)
            .iter()
            .fold(String::new(), |mut out, b| {
                let _ = write!(out, "{b:02x}");
                out
            })
    };
    let manifest = serde_json::json!({
        "format": "council-desk-backup", "format_version": 1, "app_version": "0.1.0",
        "schema_version": 3, "created_at": "2026-11-28T10:00:00.000Z",
        "files": [{ "path": "council.db", "size": db_bytes.len(), "sha256": sha }],
    });
    let mut builder = tar::Builder::new(std::fs::File::create(&old).unwrap());
    let json = serde_json::to_vec(&manifest).unwrap();
    for (name, data) in [
        ("manifest.json", json.as_slice()),
        ("council.db", db_bytes.as_slice()),
    ] {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, name, data).unwrap();
    }
    builder.into_inner().unwrap();

    let db = dir.path().join("council.db");
    let (restored, _) = Store::restore_backup(&old, &db, &dir.path().join("backups")).unwrap();
    assert_eq!(restored.format_version, 1);
    let store = Store::open(&db).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        council_core::SCHEMA_VERSION
    );
    assert!(
        !store
            .list_pairings(&PairingFilter::default())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_number_of_daily_backups_kept_is_a_setting() {
    let mut t = TestStore::new();
    assert_eq!(t.store.backups_keep().unwrap(), 7);
    assert_eq!(t.store.set_backups_keep(14).unwrap(), 14);
    assert_eq!(t.store.backups_keep().unwrap(), 14);
    assert_eq!(t.store.about().unwrap().backups_keep, 14);
    for wrong in [0, 366] {
        let error = t.store.set_backups_keep(wrong).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidValue);
        assert_eq!(t.store.backups_keep().unwrap(), 14);
    }
    assert_eq!(t.store.history("setting", "backups_keep").unwrap().len(), 1);
}

#[test]
fn opening_with_the_start_up_check_refuses_a_damaged_database_with_the_way_out() {
    let t = TestStore::demo(11);
    drop(t.store);
    assert!(Store::open_checked(&t.path).is_ok());
    let mut bytes = std::fs::read(&t.path).unwrap();
    for b in &mut bytes[8192..40960] {
        *b = 0xFF;
    }
    std::fs::write(&t.path, &bytes).unwrap();
    let error = Store::open_checked(&t.path).unwrap_err();
    assert_eq!(error.code, ErrorCode::DatabaseDamaged, "{error}");
    assert!(
        error
            .message(council_core::Lang::Ru)
            .contains("Настройки → Данные → Восстановить из копии…")
    );
}
