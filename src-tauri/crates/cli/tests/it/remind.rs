//! `council remind`: one letter file per lead body of the demonstration year's overdue instructions, each in
//! its body's language, recorded in the history on request; a second run says the reminder repeats.

use crate::support::{Council, pdftotext};

const TODAY: &str = "--today=2026-11-29";

#[test]
fn overdue_letters_are_written_one_per_body_recorded_and_the_next_run_repeats() {
    let council = Council::new();
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let overdue = council
        .ok(&["instructions", "list", "--overdue", "--json", TODAY])
        .json();
    let dir = council.db.with_file_name("letters");
    let args = [
        "remind",
        "--overdue",
        "--number-prefix",
        "01-12/",
        "--out",
        dir.to_str().unwrap(),
        "--record",
        "--json",
        TODAY,
    ];
    let listed = council.ok(&args).json();
    let letters = listed.as_array().unwrap();
    assert!(letters.len() > 1, "{listed}");
    // One letter per lead body; every overdue instruction not awaiting review in exactly one of them.
    let mut bodies: Vec<&str> = letters
        .iter()
        .map(|l| l["body_id"].as_str().unwrap())
        .collect();
    bodies.sort_unstable();
    bodies.dedup();
    assert_eq!(bodies.len(), letters.len());
    let listed_numbers: Vec<&str> = letters
        .iter()
        .flat_map(|l| l["instructions"].as_array().unwrap())
        .map(|n| n.as_str().unwrap())
        .collect();
    for row in overdue.as_array().unwrap() {
        let number = row["number"].as_str().unwrap();
        let expected =
            usize::from(!row["awaiting_review"].as_bool().unwrap() && row["state"] != "reported");
        assert_eq!(
            listed_numbers.iter().filter(|n| **n == number).count(),
            expected,
            "{number}"
        );
    }
    for (n, letter) in letters.iter().enumerate() {
        assert_eq!(letter["number"], format!("01-12/{}", n + 1));
        assert_eq!(letter["repeated"], false);
        let file = std::path::PathBuf::from(letter["file"].as_str().unwrap());
        let text = pdftotext(&file);
        let (greeting, name) = match letter["lang"].as_str().unwrap() {
            "uz" => ("Hurmatli hamkasblar!", "Eslatma "),
            _ => ("Уважаемые коллеги!", "Напоминание "),
        };
        assert!(text.contains(greeting), "{text}");
        assert!(
            file.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with(name)
        );
        for number in letter["instructions"].as_array().unwrap() {
            assert!(
                text.contains(number.as_str().unwrap()),
                "no {number} in {text}"
            );
        }
    }
    // The history of each instruction names the letter.
    let first = letters[0]["instructions"][0].as_str().unwrap();
    let shown = council
        .ok(&["instructions", "show", first, "--json", TODAY])
        .json();
    assert_eq!(shown["reminders"][0]["letter_number"], "01-12/1");
    assert_eq!(shown["reminders"][0]["channel"], "letter");
    assert_eq!(shown["instruction"]["reminder_count"], 1);

    // Run again into the same folder: refused, nothing written or recorded; into another, a repeated one.
    let again = council.run(&args);
    assert_ne!(again.code, 0);
    assert!(again.stderr.contains("file_exists"), "{}", again.stderr);
    let shown = council
        .ok(&["instructions", "show", first, "--json", TODAY])
        .json();
    assert_eq!(shown["instruction"]["reminder_count"], 1);
    let listed = council
        .ok(&[
            "remind",
            "--overdue",
            "--letter-lang",
            "en",
            "--json",
            TODAY,
        ])
        .json();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["repeated"] == true && l["lang"] == "en")
    );
}

#[test]
fn a_run_without_a_window_or_with_an_unknown_language_is_refused() {
    let council = Council::new();
    let none = council.run(&["remind", "--json", TODAY]);
    assert_ne!(none.code, 0);
    assert!(none.stderr.contains("required"), "{}", none.stderr);
    let bad = council.run(&["remind", "--overdue", "--letter-lang", "de", TODAY]);
    assert_ne!(bad.code, 0);
    assert!(bad.stderr.contains("invalid_value"), "{}", bad.stderr);
}
