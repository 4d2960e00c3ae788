//! `council print …`: PDF documents written from the demonstration year, read back with pdftotext; Word files
//! converted by LibreOffice first.

use std::process::Command;

use crate::support::{Council, pdftotext};

const TODAY: &str = "--today=2026-11-29";

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

/// Converts a Word file to PDF with LibreOffice (a profile of its own) and answers pdftotext's text of it.
fn word_text(docx: &std::path::Path) -> String {
    let dir = docx.parent().unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("lo-profile").display()
    );
    let output = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.join("converted"))
        .arg(docx)
        .output()
        .expect("soffice: apt-get install libreoffice-writer-nogui (scripts/setup.sh --test)");
    assert!(
        output.status.success(),
        "LibreOffice failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    pdftotext(
        &dir.join("converted")
            .join(docx.with_extension("pdf").file_name().unwrap()),
    )
}

#[test]
fn the_minutes_print_as_a_word_file_by_its_name_with_every_decision_and_instruction() {
    let council = Council::new();
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let sessions = council.ok(&["sessions", "list", "--json"]).json();
    let busiest = sessions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let id = s["id"].as_str().unwrap().to_owned();
            let decisions = council.ok(&["decisions", "list", &id, "--json"]).json();
            let instructions = council
                .ok(&["instructions", "list", "--session", &id, "--json", TODAY])
                .json();
            (id, decisions, instructions)
        })
        .max_by_key(|(_, d, i)| (i.as_array().unwrap().len(), d.as_array().unwrap().len()))
        .unwrap();
    // The session with the most instructions: its minutes have decisions and instruction tables.
    let (session, decisions, instructions) = busiest;
    assert!(!instructions.as_array().unwrap().is_empty());
    let out = council.db.with_file_name("minutes.docx");
    let run = council.ok(&[
        "print",
        "minutes",
        &session,
        "--lang",
        "uz",
        "--out",
        out.to_str().unwrap(),
        TODAY,
    ]);
    assert!(run.stdout.contains("minutes.docx"), "{}", run.stdout);
    assert!(
        std::fs::read(&out).unwrap().starts_with(b"PK"),
        "not a Word (zip) file"
    );
    let text = word_text(&out);
    let squeezed: String = text.split_whitespace().collect();
    assert!(text.contains("BAYONNOMA"), "{text}");
    for list in [&decisions, &instructions] {
        for row in list.as_array().unwrap() {
            let number = row["number"].as_str().unwrap();
            assert!(squeezed.contains(number), "missing {number} in:\n{text}");
        }
    }
}

#[test]
fn a_word_file_is_asked_for_by_format_and_a_bad_reference_changes_nothing() {
    let council = Council::new();
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let out = council.db.with_file_name("list.out");
    let path = out.to_str().unwrap();
    council.ok(&[
        "print",
        "controls",
        "--overdue",
        "--format",
        "docx",
        "--lang",
        "ru+uz",
        "--out",
        path,
        TODAY,
    ]);
    assert!(
        std::fs::read(&out).unwrap().starts_with(b"PK"),
        "not a Word (zip) file"
    );

    let bad = council.db.with_file_name("letterhead.docx");
    std::fs::write(&bad, "not a Word file").unwrap();
    let target = council.db.with_file_name("refused.docx");
    let refused = council.run(&[
        "--lang",
        "uz",
        "print",
        "controls",
        "--reference",
        bad.to_str().unwrap(),
        "--out",
        target.to_str().unwrap(),
        TODAY,
    ]);
    assert_ne!(refused.code, 0);
    assert!(
        refused.stderr.contains("invalid_value"),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("letterhead.docx"),
        "{}",
        refused.stderr
    );
    assert!(
        !target.exists(),
        "a file was written for a refused reference"
    );
    let unknown = council.run(&["print", "controls", "--format", "odt", "--out", path, TODAY]);
    assert!(
        unknown.stderr.contains("invalid_value"),
        "{}",
        unknown.stderr
    );
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

#[test]
fn the_progress_report_is_written_as_a_word_file_in_russian_and_uzbek() {
    let council = Council::new();
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let out = council.db.with_file_name("hisobot.docx");
    let run = council.ok(&[
        "print",
        "report",
        "--lang",
        "ru+uz",
        "--out",
        out.to_str().unwrap(),
        TODAY,
    ]);
    assert!(run.stdout.contains("hisobot.docx"), "{}", run.stdout);
    assert!(
        std::fs::read(&out).unwrap().starts_with(b"PK"),
        "not a Word (zip) file"
    );
    let text = word_text(&out);
    let squeezed: String = text.split_whitespace().collect();
    for expected in [
        "ОТЧЁТ О ХОДЕ ДОСТИЖЕНИЯ",
        "Товарооборот",
        "Tovar aylanmasi",
        "Qoʻshma korxonalar",
        "Nazoratdagi topshiriqlar",
    ] {
        assert!(text.contains(expected), "missing {expected} in:\n{text}");
    }
    assert!(
        squeezed.contains("30000"),
        "no target of 30 000 in:\n{text}"
    );
}
