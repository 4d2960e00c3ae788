//! `council export` and `council import`: files for other programs out, files from them in, all or nothing.

use crate::support::Council;

fn dir_of(council: &Council) -> std::path::PathBuf {
    council.db.parent().unwrap().to_path_buf()
}

#[test]
fn a_session_exported_as_ics_is_imported_once_into_another_database() {
    let source = Council::new();
    source.ok(&[
        "sessions",
        "add",
        "--start",
        "2026-05-28 10:00",
        "--zone",
        "Asia/Tashkent",
        "--end",
        "2026-05-28 13:00",
        "--title-ru",
        "Заседание Совета регионов",
        "--title-uz",
        "Hududlar Kengashining majlisi, Oʻzbekiston",
        "--city-uz",
        "Samarqand",
        "--place-uz",
        "Kongress markazi",
    ]);
    let file = dir_of(&source).join("session.ics");
    let file_arg = file.to_str().unwrap();
    source.ok(&[
        "--lang",
        "uz",
        "export",
        "ics",
        "--session",
        "1",
        "--out",
        file_arg,
    ]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("SUMMARY;LANGUAGE=uz:Hududlar Kengashining majlisi\\, Oʻzbekiston\r\n"));
    assert!(text.contains("DTSTART;TZID=Asia/Tashkent:20260528T100000\r\n"));

    let target = Council::new();
    let dry = target
        .ok(&["import", "ics", file_arg, "--dry-run", "--json"])
        .json();
    assert_eq!(
        (dry["taken"].as_u64(), dry["applied"].as_bool()),
        (Some(1), Some(false))
    );
    assert_eq!(
        target
            .ok(&["sessions", "list", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let report = target.ok(&["import", "ics", file_arg]);
    assert!(
        report
            .stdout
            .contains("1 taken, 0 already present, 0 refused (written)"),
        "{}",
        report.stdout
    );
    let again = target.ok(&["import", "ics", file_arg]);
    assert!(again.stdout.contains("already present"), "{}", again.stdout);
    let sessions = target.ok(&["sessions", "list", "--json"]).json();
    let session = &sessions[0];
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    assert_eq!(
        session["title"]["uz"],
        "Hududlar Kengashining majlisi, Oʻzbekiston"
    );
    assert_eq!(session["starts_at"], "2026-05-28T05:00:00.000Z");
    assert_eq!(session["venue_city"]["uz"], "Samarqand");
    assert_eq!(session["venue_place"]["uz"], "Kongress markazi");
    assert_eq!(session["status"], "draft");
}

#[test]
fn a_csv_file_with_errors_is_refused_whole_with_its_problems_by_row_and_column() {
    let council = Council::new();
    let file = dir_of(&council).join("bodies.csv");
    std::fs::write(
        &file,
        "country;kind;name_ru\nUZ;ministry;Министерство культуры\nXX;agency;Агентство\n",
    )
    .unwrap();
    let run = council.run(&["import", "csv", "bodies", file.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("row 2  taken  Министерство культуры"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("row 3  refused  Агентство"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("    country: Not an allowed value: “XX”."),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains(
            "Import refused (rows with problems: 1). Nothing was changed. [import_refused]"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        council
            .ok(&["bodies", "list", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );

    let ru = council.run(&[
        "--lang",
        "ru",
        "import",
        "csv",
        "bodies",
        file.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(ru.code, 1);
    let report: serde_json::Value = serde_json::from_str(&ru.stdout).unwrap();
    assert_eq!(report["rows"][1]["problems"][0]["column"], "country");
    assert_eq!(
        report["rows"][1]["problems"][0]["message"],
        "Недопустимое значение: «XX»."
    );
    assert!(ru.stderr.contains("Ничего не изменено"));
}

#[test]
fn a_windows_1251_csv_goes_in_after_a_dry_run_and_the_control_list_comes_out_as_xlsx() {
    let council = Council::new();
    let file = dir_of(&council).join("bodies.csv");
    let (bytes, _, _) = encoding_rs::WINDOWS_1251
        .encode("country;kind;name_ru\r\nUZ;ministry;Министерство энергетики\r\n");
    std::fs::write(&file, bytes).unwrap();
    let path = file.to_str().unwrap();
    let dry = council.ok(&["import", "csv", "bodies", path, "--dry-run"]);
    assert!(
        dry.stdout.contains("(dry run, nothing changed)"),
        "{}",
        dry.stdout
    );
    assert_eq!(
        council
            .ok(&["bodies", "list", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
    council.ok(&["import", "csv", "bodies", path]);
    let bodies = council.ok(&["bodies", "list", "--json"]).json();
    assert_eq!(bodies[0]["name"]["ru"], "Министерство энергетики");
    let body = bodies[0]["id"].as_str().unwrap();
    council.ok(&[
        "instructions",
        "add",
        "--due",
        "2026-12-01",
        "--lead",
        body,
        "--text-ru",
        "Подготовить",
        "--today",
        "2026-11-20",
    ]);

    let out = dir_of(&council).join("controls.xlsx");
    let written = council.ok(&[
        "export",
        "xlsx",
        "controls",
        "--open",
        "--today",
        "2026-11-20",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(written.stdout.trim(), out.to_str().unwrap());
    let xlsx = std::fs::read(&out).unwrap();
    assert_eq!(&xlsx[..2], b"PK", "an xlsx file is a zip");
}

#[test]
fn a_csv_file_over_the_limit_is_refused_before_it_is_read_and_changes_nothing() {
    let council = Council::new();
    let file = dir_of(&council).join("huge.csv");
    // A sparse file: 32 MiB and one byte, that takes no room on the disk.
    std::fs::File::create(&file)
        .unwrap()
        .set_len(32 * 1024 * 1024 + 1)
        .unwrap();
    for (lang, message) in [
        (
            "en",
            "The file is larger than 32 MB, the limit for an import. Nothing was changed.",
        ),
        (
            "ru",
            "Файл больше 32 МБ: это предел для импорта. Ничего не изменено.",
        ),
    ] {
        let run = council.run(&[
            "--lang",
            lang,
            "import",
            "csv",
            "bodies",
            file.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 1);
        assert_eq!(
            run.stderr,
            format!("council: {message} [import_file_too_large]\n")
        );
    }
    assert_eq!(
        council.ok(&["bodies", "list", "--json"]).json(),
        serde_json::json!([])
    );
}

#[test]
fn an_ics_import_prints_the_program_that_wrote_the_file_and_what_was_assumed() {
    let council = Council::new();
    let file = dir_of(&council).join("outlook.ics");
    std::fs::write(
        &file,
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n\
         BEGIN:VTIMEZONE\r\nTZID:(UTC+05:00) Ashgabat, Tashkent\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n\
         TZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n\
         UID:040000008200E00074C5B7101A82E008\r\n\
         DTSTART;TZID=\"(UTC+05:00) Ashgabat, Tashkent\":20261112T140000\r\n\
         DTEND;TZID=\"(UTC+05:00) Ashgabat, Tashkent\":20261112T153000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let report = council.ok(&["--lang", "en", "import", "ics", file.to_str().unwrap()]);
    for line in [
        "file  written by -//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "    note: The event has no title (SUMMARY): it is imported with the title missing; fill it in.",
        "    note: The time zone “(UTC+05:00) Ashgabat, Tashkent” is defined in the file",
        "1 taken, 0 already present, 0 refused (written)",
    ] {
        assert!(report.stdout.contains(line), "{line} in {}", report.stdout);
    }
    let sessions = council.ok(&["sessions", "list", "--json"]).json();
    assert_eq!(sessions[0]["starts_at"], "2026-11-12T09:00:00.000Z");
    assert_eq!(sessions[0]["time_zone"], "Asia/Tashkent");
}
