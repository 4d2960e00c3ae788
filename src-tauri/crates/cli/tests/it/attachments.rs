//! `council attachments …`, `council settings backups-keep` and backups with attachments, through the binary.

use crate::support::Council;

/// The id of the first agreement of the demo data.
fn agreement(council: &Council) -> String {
    council.ok(&["agreements", "list", "--json"]).json()[0]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn attach_list_export_delete_and_restore_from_the_trash() {
    let council = Council::new();
    council.ok(&["demo", "--today", "2026-11-29"]);
    let id = agreement(&council);
    let file = council.db.with_file_name("Соглашение №5.pdf");
    std::fs::write(&file, b"%PDF-1.7 signed").unwrap();

    let attached = council
        .ok(&[
            "attachments",
            "add",
            "agreement",
            &id,
            file.to_str().unwrap(),
            "--json",
        ])
        .json();
    assert_eq!(attached["name"], "Соглашение №5.pdf");
    assert_eq!(attached["media_type"], "application/pdf");
    let attachment = attached["id"].as_str().unwrap().to_owned();
    let listed = council
        .ok(&["attachments", "list", "agreement", &id, "--json"])
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);

    let out = council.db.with_file_name("copy.pdf");
    council.ok(&[
        "attachments",
        "export",
        &attachment,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), b"%PDF-1.7 signed");
    let again = council.run(&[
        "attachments",
        "export",
        &attachment,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("file_exists"), "{}", again.stderr);

    council.ok(&["attachments", "delete", &attachment]);
    let listed = council
        .ok(&["attachments", "list", "agreement", &id, "--json"])
        .json();
    assert!(listed.as_array().unwrap().is_empty());
    council.ok(&["trash", "restore", "attachment", &attachment]);
    let listed = council
        .ok(&["attachments", "list", "agreement", &id, "--json"])
        .json();
    assert_eq!(listed[0]["id"], attachment.as_str());
}

#[test]
fn a_refused_attachment_says_why_in_the_chosen_language() {
    let council = Council::new();
    council.ok(&["demo", "--today", "2026-11-29"]);
    let id = agreement(&council);
    let folder = council.db.parent().unwrap().to_str().unwrap().to_owned();
    let run = council.run(&[
        "--lang",
        "ru",
        "attachments",
        "add",
        "agreement",
        &id,
        &folder,
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("не файл"), "{}", run.stderr);
    let run = council.run(&["attachments", "add", "pairing", &id, &folder]);
    assert!(
        run.stderr.contains("invalid_value, owner_kind"),
        "{}",
        run.stderr
    );
    assert!(!council.db.with_file_name("attachments").exists());
}

#[test]
fn a_backup_carries_the_attachments_to_another_machine() {
    let council = Council::new();
    council.ok(&["demo", "--today", "2026-11-29"]);
    let id = agreement(&council);
    let file = council.db.with_file_name("annex.txt");
    std::fs::write(&file, "Приложение 1").unwrap();
    let attachment = council
        .ok(&[
            "attachments",
            "add",
            "agreement",
            &id,
            file.to_str().unwrap(),
        ])
        .stdout
        .trim()
        .to_owned();
    let backup = council.db.with_file_name("all.council-backup");
    let manifest = council
        .ok(&["backup", "--out", backup.to_str().unwrap(), "--json"])
        .json();
    assert_eq!(manifest["files"].as_array().unwrap().len(), 2);

    let other = Council::new();
    other.ok(&["restore", backup.to_str().unwrap()]);
    let out = other.db.with_file_name("annex.txt");
    other.ok(&[
        "attachments",
        "export",
        &attachment,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read_to_string(out).unwrap(), "Приложение 1");
}

#[test]
fn the_number_of_daily_backups_kept_can_be_set() {
    let council = Council::new();
    assert_eq!(council.ok(&["settings", "backups-keep"]).stdout.trim(), "7");
    council.ok(&["settings", "backups-keep", "30"]);
    assert_eq!(
        council.ok(&["settings", "backups-keep"]).stdout.trim(),
        "30"
    );
    let run = council.run(&["settings", "backups-keep", "0"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("invalid_value, backups_keep"),
        "{}",
        run.stderr
    );
    assert_eq!(council.ok(&["info", "--json"]).json()["backups_keep"], 30);
}

#[test]
fn missing_content_is_named_by_check_and_backup_and_fails_only_a_strict_backup() {
    let council = Council::new();
    council.ok(&["demo", "--today", "2026-11-29"]);
    let id = agreement(&council);
    let file = council.db.with_file_name("annex.txt");
    std::fs::write(&file, "Приложение 1").unwrap();
    let attachment = council
        .ok(&[
            "attachments",
            "add",
            "agreement",
            &id,
            file.to_str().unwrap(),
        ])
        .stdout
        .trim()
        .to_owned();
    // The content file disappears (a bad disk, a hand that tidied the folder).
    let dir = council.db.with_file_name("attachments");
    for folder in std::fs::read_dir(&dir).unwrap() {
        std::fs::remove_dir_all(folder.unwrap().path()).unwrap();
    }

    let check = council.run(&["check", "--full"]);
    assert_eq!(check.code, 1);
    assert!(check.stdout.contains(&attachment), "{}", check.stdout);
    assert!(check.stdout.contains("content missing"), "{}", check.stdout);
    assert!(
        check.stderr.contains("[attachment_missing]"),
        "{}",
        check.stderr
    );
    council.ok(&["check"]);

    let backup = council.db.with_file_name("anyway.council-backup");
    let written = council.run(&["backup", "--out", backup.to_str().unwrap()]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    assert!(backup.exists());
    assert!(written.stdout.contains(&attachment), "{}", written.stdout);
    assert!(written.stderr.contains("annex.txt"), "{}", written.stderr);

    let strict = council.db.with_file_name("strict.council-backup");
    let run = council.run(&["backup", "--strict", "--out", strict.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(strict.exists(), "written all the same");

    let other = Council::new();
    let restored = other.ok(&["restore", backup.to_str().unwrap()]);
    assert!(
        restored
            .stdout
            .contains(&format!("not restored: attachment {attachment}")),
        "{}",
        restored.stdout
    );
    assert_eq!(
        other.ok(&["agreements", "list", "--json"]).json(),
        council.ok(&["agreements", "list", "--json"]).json()
    );
}
