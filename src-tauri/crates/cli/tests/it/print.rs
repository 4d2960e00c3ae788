//! `council print …`: PDF documents written from the demonstration year, read back with pdftotext.

use std::process::Command;

use crate::support::Council;

const TODAY: &str = "--today=2026-11-29";

fn pdftotext(path: &std::path::Path) -> String {
    let output = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (scripts/setup.sh --test)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_agenda_of_a_demo_session_prints_in_russian_and_uzbek() {
    let council = Council::new();
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let sessions = council.ok(&["sessions", "list", "--json"]).json();
    let session = sessions.as_array().unwrap()[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = council.db.with_file_name("agenda.pdf");
    let run = council.ok(&[
        "print",
        "agenda",
        &session,
        "--lang",
        "ru+uz",
        "--out",
        out.to_str().unwrap(),
        TODAY,
    ]);
    assert!(run.stdout.contains("agenda.pdf"), "{}", run.stdout);
    let text = pdftotext(&out);
    for expected in [
        "ПОВЕСТКА ДНЯ",
        "KUN TARTIBI",
        "Страница 1 из",
        "Sahifa 1 /",
        "Oʻzbekiston",
    ] {
        assert!(text.contains(expected), "missing {expected} in:\n{text}");
    }
}

#[test]
fn the_overdue_control_list_prints_in_english_and_a_bad_language_is_refused() {
    let council = Council::new();
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let out = council.db.with_file_name("controls.pdf");
    let path = out.to_str().unwrap();
    council.ok(&[
        "print",
        "controls",
        "--overdue",
        "--lang",
        "en",
        "--out",
        path,
        TODAY,
    ]);
    let overdue = council
        .ok(&["instructions", "list", "--overdue", "--json", TODAY])
        .json();
    let text = pdftotext(&out);
    assert!(text.contains("INSTRUCTION CONTROL LIST"), "{text}");
    for row in overdue.as_array().unwrap() {
        let number = row["number"].as_str().unwrap();
        assert!(text.contains(number), "missing {number}");
    }
    let bad = council.run(&["print", "controls", "--lang", "fr", "--out", path, TODAY]);
    assert_ne!(bad.code, 0);
    assert!(bad.stderr.contains("invalid_value"), "{}", bad.stderr);
}

#[test]
fn the_progress_report_prints_the_targets_in_russian_and_uzbek() {
    let council = Council::new();
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let out = council.db.with_file_name("report.pdf");
    let run = council.ok(&[
        "print",
        "report",
        "--lang",
        "ru+uz",
        "--out",
        out.to_str().unwrap(),
        TODAY,
    ]);
    assert!(run.stdout.contains("report.pdf"), "{}", run.stdout);
    let text = pdftotext(&out);
    for expected in [
        "ОТЧЁТ О ХОДЕ ДОСТИЖЕНИЯ",
        "Целевые показатели / Maqsadli koʻrsatkichlar",
        "Товарооборот",
        "Tovar aylanmasi",
        "Qoʻshma korxonalar",
        "Поручения на контроле",
    ] {
        assert!(text.contains(expected), "missing {expected} in:\n{text}");
    }
}
