//! Backups: a round trip keeps every row; a damaged backup or database is refused with the way out.

use council_core::{ErrorCode, PairingFilter, Store};
use rusqlite::Connection;

use crate::support::{TestStore, dump, file, files_under, first_id, pairing, tamper};

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
    files_under(&dir)
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
    assert_eq!(manifest.format_version, 3);
    assert!(manifest.is_complete());
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
    let agreement = first_id(&db, "agreements");
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
    let agreement = first_id(&t.path, "agreements");
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

/// A fresh folder with an empty database, its rows, and a restore target in it.
fn fresh_target() -> (tempfile::TempDir, std::path::PathBuf, Vec<String>) {
    let fresh = tempfile::tempdir().unwrap();
    let db = fresh.path().join("council.db");
    drop(Store::open(&db).unwrap());
    let rows = dump(&db);
    (fresh, db, rows)
}

/// The names of the files and folders directly in `dir`, sorted.
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn a_backup_naming_an_attachment_outside_its_folder_is_refused_whole_with_the_record_named() {
    let mut t = TestStore::demo(11);
    attach_some(&mut t);
    let id: String = Connection::open(&t.path)
        .unwrap()
        .query_row(
            "SELECT id FROM attachments WHERE name = 'отчёт.txt'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    tamper(
        &t.path,
        &format!(
            "UPDATE attachments SET name = '../../../../.config/autostart/x.desktop' WHERE id = '{id}'"
        ),
    );
    let backup = t.path.with_file_name("hostile.council-backup");
    t.store.backup_to(&backup).unwrap();
    assert!(
        !t.store.check(true).unwrap().ok,
        "the full check names it too"
    );

    let error = refused(&backup);
    assert_eq!(error.code, ErrorCode::BackupInvalid);
    let message = error.message(council_core::Lang::En);
    assert!(message.contains(&id), "{message}");
    assert!(message.contains("not a safe file name"), "{message}");
    assert!(!t.path.with_file_name("attachments.restoring").exists());
}

/// Removes the content of the `.docx` attachment and overwrites that of the `.txt` one; answers their
/// attachment ids.
fn lose_two_contents(t: &TestStore) -> (String, String) {
    let conn = Connection::open(&t.path).unwrap();
    let find = |name: &str| -> (String, String) {
        conn.query_row(
            "SELECT id, sha256 FROM attachments WHERE name = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    };
    let dir = council_core::attachment::attachments_dir(&t.path);
    let (lost, lost_sha) = find("Qoʻshma loyiha.docx");
    std::fs::remove_file(dir.join(&lost_sha[..2]).join(&lost_sha)).unwrap();
    let (damaged, damaged_sha) = find("отчёт.txt");
    std::fs::write(
        dir.join(&damaged_sha[..2]).join(&damaged_sha),
        "Не исполнено",
    )
    .unwrap();
    (lost, damaged)
}

#[test]
fn missing_or_damaged_content_is_reported_by_the_full_check_and_does_not_stop_a_backup() {
    use council_core::backup::ContentFault;
    let mut t = TestStore::demo(11);
    attach_some(&mut t);
    let (lost, damaged) = lose_two_contents(&t);

    let report = t.store.check(true).unwrap();
    assert!(!report.ok);
    let found: Vec<(String, ContentFault)> = report
        .attachments
        .iter()
        .map(|m| (m.attachment_id.clone(), m.fault))
        .collect();
    assert_eq!(found.len(), 2, "{report:?}");
    assert!(found.contains(&(lost.clone(), ContentFault::Missing)));
    assert!(found.contains(&(damaged.clone(), ContentFault::Damaged)));
    assert!(
        report
            .messages
            .iter()
            .any(|m| m.contains("Qoʻshma loyiha.docx"))
    );
    assert!(
        t.store.check(false).unwrap().ok,
        "the quick check reads no content"
    );

    let backup = t.path.with_file_name("partial.council-backup");
    let manifest = t.store.backup_to(&backup).unwrap();
    assert!(!manifest.is_complete());
    assert_eq!(manifest.missing, report.attachments);
    assert_eq!(
        manifest.files.len(),
        1 + 2,
        "the database and the two sound contents"
    );
    let outcome = council_core::backup::BackupOutcome::written(&backup, &manifest);
    assert_eq!(
        outcome.status,
        council_core::backup::BackupStatus::WithProblems
    );

    // Restored on a new machine: everything the backup holds, and the list of what is not there.
    let rows = dump(&t.path);
    let (fresh, db, _) = fresh_target();
    let restored = Store::restore_from(&backup, &db, &fresh.path().join("backups")).unwrap();
    assert_eq!(dump(&db), rows);
    let mut missing: Vec<String> = restored
        .missing
        .iter()
        .map(|m| m.attachment_id.clone())
        .collect();
    missing.sort();
    let mut expected = vec![lost, damaged];
    expected.sort();
    assert_eq!(missing, expected);
    let store = Store::open(&db).unwrap();
    let agreement = first_id(&db, "agreements");
    let pdf = &store
        .attachments(council_core::attachment::OwnerKind::Agreement, &agreement)
        .unwrap()[0];
    store
        .export_attachment(&pdf.id.to_string(), &fresh.path().join("out.pdf"), false)
        .unwrap();
}

#[test]
fn damaged_content_of_the_current_data_does_not_stop_a_restore_and_the_safety_copy_is_kept() {
    let mut t = TestStore::demo(11);
    let backup = t.path.with_file_name("earlier.council-backup");
    t.store.backup_to(&backup).unwrap();
    let earlier = dump(&t.path);
    attach_some(&mut t);
    let (lost, damaged) = lose_two_contents(&t);
    let current = dump(&t.path);
    drop(t.store);

    let safety_dir = t.path.with_file_name("backups");
    let restored = Store::restore_from(&backup, &t.path, &safety_dir).unwrap();
    assert_eq!(dump(&t.path), earlier);
    assert!(restored.missing.is_empty());
    // The replaced data is in the safety backup, which names what it could not hold.
    let (fresh, db, _) = fresh_target();
    let safety = std::path::PathBuf::from(restored.safety.expect("a safety backup"));
    let again = Store::restore_from(&safety, &db, &fresh.path().join("backups")).unwrap();
    assert_eq!(dump(&db), current);
    let mut missing: Vec<String> = again
        .manifest
        .missing
        .iter()
        .map(|m| m.attachment_id.clone())
        .collect();
    missing.sort();
    let mut expected = vec![lost, damaged];
    expected.sort();
    assert_eq!(missing, expected);
}

#[test]
fn the_daily_backup_answers_and_remembers_how_it_went() {
    use council_core::backup::BackupStatus;
    let mut t = TestStore::demo(11);
    assert_eq!(t.store.last_daily_backup().unwrap(), None);
    let dir = t.path.with_file_name("auto");
    // An earlier daily backup was cut short; a backup by hand is being written meanwhile.
    std::fs::create_dir_all(&dir).unwrap();
    let stale = dir.join("auto-2026-11-19.council-backup.partial");
    let by_hand = dir.join("manual-2026-11-20T09-00-00-000Z.council-backup.partial");
    std::fs::write(&stale, "half").unwrap();
    std::fs::write(&by_hand, "half").unwrap();
    let day = |d: &str| d.parse::<chrono::NaiveDate>().unwrap();
    let ok = t
        .store
        .auto_backup(&dir, 3, day("2026-11-20"))
        .unwrap()
        .unwrap();
    assert_eq!(ok.status, BackupStatus::Ok);
    assert!(
        !stale.exists(),
        "the daily backup's own leftover is removed"
    );
    assert!(by_hand.exists(), "another backup's file is not touched");
    assert_eq!(t.store.last_daily_backup().unwrap(), Some(ok));

    attach_some(&mut t);
    let (lost, _) = lose_two_contents(&t);
    let partial = t
        .store
        .auto_backup(&dir, 3, day("2026-11-21"))
        .unwrap()
        .unwrap();
    assert_eq!(partial.status, BackupStatus::WithProblems);
    assert!(partial.missing.iter().any(|m| m.attachment_id == lost));
    assert!(
        dir.join("auto-2026-11-21.council-backup").exists(),
        "written anyway"
    );
    assert_eq!(t.store.last_daily_backup().unwrap(), Some(partial));

    // A folder that cannot take a backup: the failure is remembered, in the interface's language.
    let blocked = t.path.with_file_name("not-a-folder");
    std::fs::write(&blocked, "").unwrap();
    t.store
        .auto_backup(&blocked, 3, day("2026-11-22"))
        .unwrap_err();
    let failed = t.store.last_daily_backup().unwrap().unwrap();
    assert_eq!(failed.status, BackupStatus::Failed);
    assert!(
        failed.error.unwrap().contains("Ошибка"),
        "Russian until chosen otherwise"
    );
}

/// A backup file holding `entries` as they are given: `(name, type, declared size, bytes)`.
fn hand_made_backup(path: &std::path::Path, entries: &[(&str, tar::EntryType, u64, &[u8])]) {
    let mut builder = tar::Builder::new(std::fs::File::create(path).unwrap());
    for (name, kind, size, bytes) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(*kind);
        header.set_size(*size);
        header.set_mode(0o644);
        if kind.is_symlink() || kind.is_hard_link() {
            header.set_link_name("/etc/passwd").unwrap();
        }
        header.set_path(name).unwrap();
        header.set_cksum();
        builder.append(&header, *bytes).unwrap();
    }
    builder.into_inner().unwrap();
}

fn sha_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    use std::fmt::Write;
    sha2::Sha256::digest(bytes)
        .iter()
        .fold(String::new(), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

/// A format-3 manifest listing the database with `size` and `sha256`.
fn manifest_for(size: u64, sha256: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "format": "council-desk-backup", "format_version": 3, "app_version": "0.1.0",
        "schema_version": council_core::SCHEMA_VERSION, "created_at": "2026-11-28T10:00:00.000Z",
        "files": [{ "path": "council.db", "size": size, "sha256": sha256 }],
    }))
    .unwrap()
}

/// Restores `backup` into a fresh folder and answers the error, after checking nothing changed.
fn refused(backup: &std::path::Path) -> council_core::CoreError {
    let (fresh, db, rows) = fresh_target();
    let before = names_in(fresh.path());
    let error = Store::restore_backup(backup, &db, &fresh.path().join("backups")).unwrap_err();
    assert_eq!(dump(&db), rows, "{error}");
    assert_eq!(names_in(fresh.path()), before, "{error}");
    error
}

#[test]
fn an_empty_link_fifo_or_device_database_entry_is_refused() {
    use tar::EntryType;
    let (dir, db) = sound_database();
    let empty = sha_hex(b"");
    for (kind, what) in [
        (EntryType::Regular, "empty"),
        (EntryType::Symlink, "Symlink"),
        (EntryType::Link, "Link"),
        (EntryType::Fifo, "Fifo"),
        (EntryType::Char, "Char"),
        (EntryType::Block, "Block"),
        (EntryType::Directory, "Directory"),
    ] {
        let backup = dir.path().join(format!("{what}.council-backup"));
        // The manifest of an empty entry says so; the others claim a sound database.
        let manifest = if what == "empty" {
            manifest_for(0, &empty)
        } else {
            manifest_for(db.len() as u64, &sha_hex(&db))
        };
        hand_made_backup(
            &backup,
            &[
                (
                    "manifest.json",
                    EntryType::Regular,
                    manifest.len() as u64,
                    &manifest,
                ),
                ("council.db", kind, 0, b""),
            ],
        );
        let error = refused(&backup);
        assert_eq!(error.code, ErrorCode::BackupInvalid, "{what}: {error}");
        assert!(
            error.message(council_core::Lang::En).contains(what),
            "{error}"
        );
    }
}

/// A healthy database file of this version, with its bytes.
fn sound_database() -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("council.db");
    drop(Store::open(&db).unwrap());
    let bytes = std::fs::read(&db).unwrap();
    (dir, bytes)
}

#[test]
fn entries_larger_than_declared_sparse_or_with_an_oversized_manifest_are_refused_before_writing() {
    use tar::EntryType;
    let (dir, db) = sound_database();
    // The manifest says fewer bytes than the entry holds: refused before a byte is written.
    let short = manifest_for(db.len() as u64 - 4096, &sha_hex(&db));
    let larger = dir.path().join("larger.council-backup");
    hand_made_backup(
        &larger,
        &[
            (
                "manifest.json",
                EntryType::Regular,
                short.len() as u64,
                &short,
            ),
            ("council.db", EntryType::Regular, db.len() as u64, &db),
        ],
    );
    let error = refused(&larger);
    assert!(
        error
            .message(council_core::Lang::En)
            .contains("where the manifest says"),
        "{error}"
    );

    let manifest = manifest_for(db.len() as u64, &sha_hex(&db));
    let sparse = dir.path().join("sparse.council-backup");
    hand_made_backup(
        &sparse,
        &[
            (
                "manifest.json",
                EntryType::Regular,
                manifest.len() as u64,
                &manifest,
            ),
            ("council.db", EntryType::GNUSparse, db.len() as u64, &db),
        ],
    );
    assert_eq!(refused(&sparse).code, ErrorCode::BackupInvalid);

    // A manifest declaring more than the limit is not read at all.
    let huge = dir.path().join("huge.council-backup");
    hand_made_backup(
        &huge,
        &[("manifest.json", EntryType::Regular, 33 << 20, b"{}")],
    );
    let error = refused(&huge);
    assert!(
        error
            .message(council_core::Lang::En)
            .contains("larger than"),
        "{error}"
    );
}

#[test]
fn a_database_with_schema_objects_its_version_does_not_have_is_refused() {
    for sql in [
        "CREATE TRIGGER spy AFTER INSERT ON pairings BEGIN DELETE FROM audit_log; END;",
        "CREATE VIEW everything AS SELECT * FROM pairings;",
        "CREATE TABLE extra (x INTEGER) STRICT;",
        "DROP INDEX attachments_by_content;",
    ] {
        let t = TestStore::demo(11);
        tamper(&t.path, sql);
        let backup = t.path.with_file_name("changed.council-backup");
        t.store.backup_to(&backup).unwrap();
        let error = refused(&backup);
        assert_eq!(error.code, ErrorCode::BackupInvalid, "{sql}");
        let message = error.message(council_core::Lang::En);
        let named = ["spy", "everything", "extra", "attachments_by_content"];
        assert!(
            named.iter().any(|n| message.contains(n)),
            "{sql}: {message}"
        );
    }
}

#[test]
fn what_an_interrupted_restore_left_is_cleaned_up() {
    let t = TestStore::demo(11);
    let backup = t.path.with_file_name("sound.council-backup");
    t.store.backup_to(&backup).unwrap();
    let rows = dump(&t.path);
    let (fresh, db, _) = fresh_target();
    let safety = fresh.path().join("backups");
    std::fs::create_dir_all(&safety).unwrap();
    let leftovers = [
        fresh.path().join("council.db.restoring"),
        fresh.path().join("council.db.restoring-wal"),
        fresh.path().join("council.db.restoring-shm"),
        safety.join("before-restore-2026-11-28T10-00-00-000Z.council-backup.partial"),
    ];
    for file in &leftovers {
        std::fs::write(file, vec![0xA5; 4096]).unwrap();
    }
    Store::restore_backup(&backup, &db, &safety).unwrap();
    assert_eq!(dump(&db), rows);
    for file in &leftovers {
        assert!(!file.exists(), "{} is left", file.display());
    }
}

/// How many cases each fuzz target runs: a few dozen in every test run, as many as
/// `COUNCIL_FUZZ_CASES` says for a longer search (README, "Tests").
fn fuzz_cases() -> u32 {
    std::env::var("COUNCIL_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(32)
}

/// A small sound backup (the reference data, one pairing, one attachment), made once.
fn sound_backup() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| {
        let mut t = TestStore::new();
        let paired = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
        let agreement = t
            .store
            .create_agreement(&crate::support::agreement(&paired.id.to_string()))
            .unwrap();
        let annex = file(&t, "Приложение.txt", "Приложение 1".as_bytes());
        t.store
            .attach_file(
                council_core::attachment::OwnerKind::Agreement,
                &agreement.id.to_string(),
                &annex,
            )
            .unwrap();
        let backup = t.path.with_file_name("sound.council-backup");
        t.store.backup_to(&backup).unwrap();
        std::fs::read(backup).unwrap()
    })
}

/// Restores `bytes` as a backup into an empty folder: whatever it holds, the reader answers (no panic),
/// and a refusal leaves no database, no attachments and no staged files behind.
fn restore_bytes(bytes: &[u8]) -> Result<(), proptest::test_runner::TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("input.council-backup");
    std::fs::write(&backup, bytes).unwrap();
    let target = dir.path().join("data");
    let db = target.join("council.db");
    std::fs::create_dir_all(&target).unwrap();
    if Store::restore_from(&backup, &db, &target.join("backups")).is_err() {
        let left: Vec<String> = std::fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        proptest::prop_assert!(left.is_empty(), "left behind: {left:?}");
    }
    Ok(())
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: fuzz_cases(),
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn fuzz_the_backup_reader_with_any_bytes(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..8192),
    ) {
        restore_bytes(&bytes)?;
    }

    #[test]
    fn fuzz_the_backup_reader_with_a_damaged_backup(
        flips in proptest::collection::vec(
            (proptest::prelude::any::<proptest::sample::Index>(), proptest::prelude::any::<u8>(), proptest::prelude::any::<bool>()),
            1..8,
        ),
        cut in proptest::option::of(proptest::prelude::any::<proptest::sample::Index>()),
    ) {
        let mut bytes = sound_backup().to_vec();
        for (at, value, in_the_headers) in flips {
            // Half the changes hit the tar headers and the manifest, where the reader decides most.
            let span = if in_the_headers { bytes.len().min(4096) } else { bytes.len() };
            let at = at.index(span);
            bytes[at] ^= value | 1;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()));
        }
        restore_bytes(&bytes)?;
    }
}

#[test]
fn a_damaged_database_left_with_its_write_ahead_log_is_replaced_and_both_are_kept() {
    let t = TestStore::demo(11);
    let backup = t.path.with_file_name("latest.council-backup");
    t.store.backup_to(&backup).unwrap();
    let rows = dump(&t.path);
    drop(t.store);
    // A crash left the log beside a file that no longer reads as a database.
    let damaged = vec![0xEE; 64 * 1024];
    let log = vec![0x5A; 8 * 1024];
    std::fs::write(&t.path, &damaged).unwrap();
    let wal = t.path.with_file_name("council.db-wal");
    std::fs::write(&wal, &log).unwrap();

    let restored =
        Store::restore_from(&backup, &t.path, &t.path.with_file_name("backups")).unwrap();
    assert_eq!(dump(&t.path), rows);
    let kept = std::path::PathBuf::from(restored.safety.expect("the damaged file is kept"));
    assert_eq!(std::fs::read(&kept).unwrap(), damaged);
    let mut kept_log = kept.into_os_string();
    kept_log.push("-wal");
    assert_eq!(std::fs::read(kept_log).unwrap(), log, "with its log");
}

/// The restore question said only the file's name; the officer needs to know which day the data goes back to.
#[test]
fn a_backup_says_when_it_was_made_before_it_is_restored() {
    let t = TestStore::demo(11);
    let backup = t.path.with_file_name("weekly.council-backup");
    let written = t.store.backup_to(&backup).unwrap();
    let read = Store::read_backup_manifest(&backup).unwrap();
    assert_eq!(read, written);
    assert!(read.created_at.starts_with("20"), "{}", read.created_at);

    let not_a_backup = t.path.with_file_name("notes.council-backup");
    std::fs::write(&not_a_backup, b"just some text, not an archive").unwrap();
    let refused = Store::read_backup_manifest(&not_a_backup).unwrap_err();
    assert_eq!(refused.code, ErrorCode::BackupInvalid);
}
