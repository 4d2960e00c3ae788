//! Attachments: content stored once under its checksum, names made safe, refusals that change nothing.

use council_core::attachment::{OwnerKind, attachments_dir};
use council_core::{ErrorCode, Lang};
use rusqlite::Connection;

use crate::support::{TestStore, file, files_under, first_id, tamper};

fn demo() -> TestStore {
    TestStore::demo(11)
}

#[test]
fn the_same_content_is_stored_once_and_each_attachment_lists_by_its_record() {
    let mut t = demo();
    let agreement = first_id(&t.path, "agreements");
    let decision = first_id(&t.path, "decisions");
    let bytes = "Соглашение о сотрудничестве, подписано 27 мая 2024 года".as_bytes();
    let first = t
        .store
        .attach_file(
            OwnerKind::Agreement,
            &agreement,
            &file(&t, "Соглашение.pdf", bytes),
        )
        .unwrap();
    let second = t
        .store
        .attach_file(OwnerKind::Decision, &decision, &file(&t, "copy.pdf", bytes))
        .unwrap();
    assert_eq!(first.sha256, second.sha256);
    assert_eq!(first.size, bytes.len() as u64);
    assert_eq!(first.media_type, "application/pdf");
    assert_eq!(first.name, "Соглашение.pdf");
    let stored = files_under(&attachments_dir(&t.path));
    assert_eq!(stored.len(), 1, "one file for one content: {stored:?}");
    assert_eq!(
        std::fs::read(attachments_dir(&t.path).join(&stored[0])).unwrap(),
        bytes
    );

    let listed = t
        .store
        .attachments(OwnerKind::Agreement, &agreement)
        .unwrap();
    assert_eq!(listed, vec![first.clone()]);
    assert!(
        t.store
            .attachments(OwnerKind::AgendaItem, &agreement)
            .unwrap()
            .is_empty()
    );
    let history = t
        .store
        .history("attachment", &first.id.to_string())
        .unwrap();
    assert_eq!(history.len(), 1);

    // A second file of the same name on the same record gets a number, nothing is overwritten.
    let again = t
        .store
        .attach_file(
            OwnerKind::Agreement,
            &agreement,
            &file(&t, "Соглашение.pdf", b"v2"),
        )
        .unwrap();
    assert_eq!(again.name, "Соглашение (2).pdf");
    assert_eq!(files_under(&attachments_dir(&t.path)).len(), 2);
}

#[test]
fn dangerous_names_are_made_safe() {
    let mut t = demo();
    let item = first_id(&t.path, "agenda_items");
    for (raw, expected) in [
        ("CON", "_CON"),
        ("...", "attachment"),
        (" .hidden ", "hidden"),
        ("Qoʻshma loyiha taʼlim.docx", "Qoʻshma loyiha taʼlim.docx"),
        ("a<b>.txt", "a_b_.txt"),
    ] {
        let path = file(&t, raw, b"x");
        let attached = t
            .store
            .attach_file(OwnerKind::AgendaItem, &item, &path)
            .unwrap();
        assert_eq!(attached.name, expected, "{raw}");
    }
    // A name given with directories in it (as some callers pass a path) keeps only its last part.
    assert_eq!(
        council_core::attachment::sanitize_name("../../etc/passwd"),
        "passwd"
    );
    assert_eq!(council_core::attachment::sanitize_name("a/b"), "b");
    assert_eq!(council_core::attachment::sanitize_name(""), "attachment");
}

#[test]
fn a_refused_attachment_changes_nothing() {
    let mut t = demo();
    let report = first_id(&t.path, "execution_reports");
    let path = file(&t, "report.pdf", b"content");
    let rows = |t: &TestStore| -> i64 {
        Connection::open(&t.path)
            .unwrap()
            .query_row("SELECT count(*) FROM attachments", [], |r| r.get(0))
            .unwrap()
    };

    let missing_owner = t
        .store
        .attach_file(
            OwnerKind::Decision,
            "0193a000-0000-7000-8000-000000000000",
            &path,
        )
        .unwrap_err();
    assert_eq!(missing_owner.code, ErrorCode::NotFound);
    assert_eq!(missing_owner.field, Some("owner_id"));

    let folder = t
        .store
        .attach_file(OwnerKind::ExecutionReport, &report, path.parent().unwrap());
    assert_eq!(folder.unwrap_err().code, ErrorCode::NotAFile);
    let absent = t.store.attach_file(
        OwnerKind::ExecutionReport,
        &report,
        &path.with_file_name("gone.pdf"),
    );
    assert_eq!(absent.unwrap_err().code, ErrorCode::NotAFile);

    let big = path.with_file_name("big.bin");
    let handle = std::fs::File::create(&big).unwrap();
    handle
        .set_len(council_core::attachment::MAX_ATTACHMENT_BYTES + 1)
        .unwrap();
    let too_large = t
        .store
        .attach_file(OwnerKind::ExecutionReport, &report, &big)
        .unwrap_err();
    assert_eq!(too_large.code, ErrorCode::AttachmentTooLarge);
    assert!(too_large.message(council_core::Lang::Uz).contains("100 MB"));

    assert_eq!(rows(&t), 0);
    assert!(files_under(&attachments_dir(&t.path)).is_empty());
}

#[test]
fn export_never_overwrites_unless_asked_and_detects_damaged_content() {
    let mut t = demo();
    let agreement = first_id(&t.path, "agreements");
    let attached = t
        .store
        .attach_file(
            OwnerKind::Agreement,
            &agreement,
            &file(&t, "text.txt", b"original"),
        )
        .unwrap();
    let id = attached.id.to_string();
    let out = t.path.with_file_name("out.txt");
    std::fs::write(&out, "mine").unwrap();
    let error = t.store.export_attachment(&id, &out, false).unwrap_err();
    assert_eq!(error.code, ErrorCode::FileExists);
    assert_eq!(std::fs::read(&out).unwrap(), b"mine");
    t.store.export_attachment(&id, &out, true).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"original");

    let open_dir = t.path.with_file_name("open");
    let opened = t.store.attachment_copy_for_opening(&id, &open_dir).unwrap();
    assert_eq!(opened, open_dir.join(format!("{id}.txt")));

    let blob = attachments_dir(&t.path)
        .join(&attached.sha256[..2])
        .join(&attached.sha256);
    std::fs::write(&blob, b"tampered").unwrap();
    let fresh = t.path.with_file_name("fresh.txt");
    let error = t.store.export_attachment(&id, &fresh, false).unwrap_err();
    assert_eq!(error.code, ErrorCode::AttachmentMissing);
    assert!(!fresh.exists());
}

#[test]
fn open_hands_over_only_documents_and_images_named_by_their_id() {
    let mut t = demo();
    let decision = first_id(&t.path, "decisions");
    let open_dir = t.path.with_file_name("open");
    let scan = t
        .store
        .attach_file(
            OwnerKind::Decision,
            &decision,
            &file(&t, "Протокол\u{200B}.PDF", b"%PDF-1.7"),
        )
        .unwrap();
    let opened = t
        .store
        .attachment_copy_for_opening(&scan.id.to_string(), &open_dir)
        .unwrap();
    assert_eq!(opened, open_dir.join(format!("{}.pdf", scan.id)));
    assert_eq!(std::fs::read(&opened).unwrap(), b"%PDF-1.7");

    for name in ["start.desktop", "run.sh", "page.html", "README"] {
        let attached = t
            .store
            .attach_file(
                OwnerKind::Decision,
                &decision,
                &file(&t, name, b"#!/bin/sh"),
            )
            .unwrap();
        let error = t
            .store
            .attachment_copy_for_opening(&attached.id.to_string(), &open_dir)
            .unwrap_err();
        assert_eq!(error.code, ErrorCode::NotViewable, "{name}");
        assert!(error.message(Lang::En).contains(name), "{name}");
    }
    let written: Vec<_> = std::fs::read_dir(&open_dir).unwrap().collect();
    assert_eq!(written.len(), 1, "only the PDF was written for opening");
}

#[test]
fn a_deleted_attachment_goes_to_the_trash_and_comes_back() {
    let mut t = demo();
    let decision = first_id(&t.path, "decisions");
    let attached = t
        .store
        .attach_file(
            OwnerKind::Decision,
            &decision,
            &file(&t, "annex.pdf", b"annex"),
        )
        .unwrap();
    let id = attached.id.to_string();
    t.store.delete_attachment(&id).unwrap();
    assert!(
        t.store
            .attachments(OwnerKind::Decision, &decision)
            .unwrap()
            .is_empty()
    );
    let trash = t.store.trash().unwrap();
    let entry = trash.iter().find(|e| e.entity == "attachment").unwrap();
    assert_eq!(entry.label.ru, "annex.pdf");

    // Meanwhile another file of the same name arrives; the restored one is numbered.
    t.store
        .attach_file(
            OwnerKind::Decision,
            &decision,
            &file(&t, "annex.pdf", b"new"),
        )
        .unwrap();
    let today = "2026-11-29".parse().unwrap();
    t.store
        .restore_from_trash("attachment", &id, today)
        .unwrap();
    let names: Vec<String> = t
        .store
        .attachments(OwnerKind::Decision, &decision)
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(names, ["annex (2).pdf", "annex.pdf"]);
    let error = t.store.restore_attachment(&id).unwrap_err();
    assert_eq!(error.code, ErrorCode::NotInTrash);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Whatever a file on disk is called, attaching it stores a name that stays inside any folder it is
    /// saved to, and nothing panics.
    #[test]
    fn any_file_name_attaches_under_a_name_that_stays_in_its_folder(
        raw in proptest::strategy::Strategy::prop_filter("[^/\u{0}]{1,60}","a file name", |n: &String| n != "." && n != "..")
    ) {
        let mut t = TestStore::new();
        let dir = t.path.with_file_name("in");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(&raw);
        std::fs::write(&path, raw.as_bytes()).unwrap();
        let pairing = t.store.create_pairing(&crate::support::pairing("UZ-SA", "RU-SVE")).unwrap();
        let owner = t
            .store
            .create_agreement(&crate::support::agreement(&pairing.id.to_string()))
            .unwrap()
            .id
            .to_string();
        let attached = t.store.attach_file(OwnerKind::Agreement, &owner, &path).unwrap();
        let out_dir = t.path.with_file_name("out");
        let out = out_dir.join(&attached.name);
        proptest::prop_assert_eq!(out.parent(), Some(out_dir.as_path()));
        t.store.export_attachment(&attached.id.to_string(), &out, false).unwrap();
        proptest::prop_assert_eq!(std::fs::read(&out).unwrap(), raw.as_bytes());
    }
}

#[test]
fn a_long_name_attached_twice_to_one_record_is_numbered_and_stored() {
    let mut t = demo();
    let agreement = first_id(&t.path, "agreements");
    let name = format!("{}.pdf", "Протокол".repeat(13));
    let mut stored = Vec::new();
    for bytes in [b"first".as_slice(), b"second".as_slice()] {
        let attached = t
            .store
            .attach_file(OwnerKind::Agreement, &agreement, &file(&t, &name, bytes))
            .unwrap();
        stored.push(attached.name);
    }
    assert!(stored[1].ends_with(" (2).pdf"), "{}", stored[1]);
    assert!(t.store.check(true).unwrap().ok);
}

#[test]
fn an_attachment_in_the_trash_with_a_name_from_before_the_rule_comes_back_with_a_safe_name() {
    let mut t = demo();
    let agreement = first_id(&t.path, "agreements");
    let attached = t
        .store
        .attach_file(
            OwnerKind::Agreement,
            &agreement,
            &file(&t, "note.txt", b"note"),
        )
        .unwrap();
    let id = attached.id.to_string();
    t.store.delete_attachment(&id).unwrap();
    tamper(
        &t.path,
        &format!("UPDATE attachments SET name = '../../.bashrc' WHERE id = '{id}'"),
    );
    let restored = t.store.restore_attachment(&id).unwrap();
    assert_eq!(restored.name, "bashrc");
}
