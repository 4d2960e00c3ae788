//! Reminder letters as PDF and Word files: every instruction of a letter is in it, in Russian and in Uzbek
//! (with its own letters), record text prints literally, a repeated reminder says so.

use council_core::body::{BodyInput, BodyKind};
use council_core::instruction::InstructionInput;
use council_core::person::Person;
use council_core::reminder::{
    LetterLang, ReminderChannel, ReminderLetter, ReminderQuery, ReminderRecord, SentLetter,
};
use council_core::{Country, Store};
use council_documents::{LetterHeading, reminder_document, reminder_file_name};

use crate::readers::python;
use crate::support::{TestStore, assert_contains_all, assert_uzbek_letters, check, text, today};

fn letters(store: &Store, lang: Option<LetterLang>) -> Vec<ReminderLetter> {
    store
        .reminder_letters(
            &ReminderQuery {
                overdue: true,
                due_within_days: Some(30),
                lang,
            },
            today(),
        )
        .unwrap()
}

fn heading(number: &str, signatory: Option<Person>) -> LetterHeading {
    LetterHeading {
        number: number.to_owned(),
        date: today(),
        signatory,
    }
}

/// The demonstration's letter with the most instructions.
fn fullest(letters: Vec<ReminderLetter>) -> ReminderLetter {
    letters.into_iter().max_by_key(|l| l.items.len()).unwrap()
}

#[test]
fn a_letter_in_russian_and_in_uzbek_lists_every_instruction_number() {
    let test = TestStore::demo();
    let signatory = test
        .store
        .list_people(None, false)
        .unwrap()
        .into_iter()
        .next();
    for (lang, expected) in [
        (
            LetterLang::Ru,
            vec![
                "СЕКРЕТАРИАТ",
                "Уважаемые коллеги!",
                "Исх. № 01-12/5",
                "29 ноября 2026 г.",
            ],
        ),
        (
            LetterLang::Uz,
            vec![
                "KOTIBIYAT",
                "Hurmatli hamkasblar!",
                "Chiqish № 01-12/5",
                "2026-yil 29-noyabr",
            ],
        ),
    ] {
        let letter = fullest(letters(&test.store, Some(lang)));
        assert!(letter.items.len() > 1);
        let pdf = reminder_document(&letter, &heading("01-12/5", signatory.clone()))
            .unwrap()
            .typeset()
            .unwrap()
            .pdf()
            .unwrap();
        let name = reminder_file_name(&letter, today(), "pdf");
        let checked = check(&pdf, &test.path(&name));
        assert_contains_all(&checked, &expected);
        let numbers: Vec<&str> = letter.items.iter().map(|i| i.number.as_str()).collect();
        assert_contains_all(&checked, &numbers);
        let body = letter.body.shown(lang.langs()[0]).text;
        assert!(
            checked
                .text
                .contains(body.split_whitespace().next().unwrap()),
            "no addressee in:\n{}",
            checked.text
        );
        if lang == LetterLang::Uz {
            assert_uzbek_letters(&checked);
            assert!(name.starts_with("Eslatma "), "{name}");
        } else {
            assert!(name.starts_with("Напоминание "), "{name}");
        }
    }
}

#[test]
fn a_second_reminder_says_it_repeats_and_names_the_first() {
    let mut test = TestStore::demo();
    let letter = fullest(letters(&test.store, Some(LetterLang::Ru)));
    test.store
        .record_reminders(
            &ReminderRecord {
                sent_on: "2026-11-20".to_owned(),
                channel: ReminderChannel::Letter,
                letters: vec![SentLetter {
                    body_id: letter.body_id.to_string(),
                    letter_number: "01-11/77".to_owned(),
                    instruction_ids: vec![letter.items[0].instruction_id.to_string()],
                }],
            },
            today(),
        )
        .unwrap();
    let again = letters(&test.store, Some(LetterLang::Ru))
        .into_iter()
        .find(|l| l.body_id == letter.body_id)
        .unwrap();
    let pdf = reminder_document(&again, &heading("01-12/6", None))
        .unwrap()
        .typeset()
        .unwrap()
        .pdf()
        .unwrap();
    let checked = check(&pdf, &test.path("again.pdf"));
    assert_contains_all(
        &checked,
        &[
            "Повторное напоминание",
            "ранее напоминалось",
            "20.11.2026 (01-11/77)",
        ],
    );
}

/// A register with one Uzbek body and one Russian co-executor, one instruction whose text carries markup and
/// the Uzbek letters.
fn tricky() -> (TestStore, ReminderLetter) {
    let mut test = TestStore::empty();
    let s = &mut test.store;
    let body = |s: &mut Store, country, ru: &str, uz: &str| {
        s.create_body(&BodyInput {
            country,
            kind: BodyKind::Ministry,
            name: text(ru, uz, "Ministry"),
            region: None,
        })
        .unwrap()
    };
    let lead = body(s, Country::Uz, "Минсельхоз", "Qishloq xoʻjaligi vazirligi");
    let copy = body(s, Country::Ru, "Минтранс", "Transport vazirligi");
    s.create_instruction(
        &InstructionInput {
            text: text(
                "#set page(width: 1cm) ]) <b>Доклад</b>",
                "Gʻalla va paxta boʻyicha maʼlumot #emph[x]",
                "Report",
            ),
            lead_body_id: lead.id.to_string(),
            co_executor_ids: vec![copy.id.to_string()],
            due_on: "2026-11-20".to_owned(),
            ..InstructionInput::default()
        },
        "2026-11-01".parse().unwrap(),
    )
    .unwrap();
    let letter = letters(&test.store, None).remove(0);
    (test, letter)
}

#[test]
fn record_text_prints_literally_and_the_copy_goes_to_the_co_executor() {
    let (test, mut letter) = tricky();
    for lang in [LetterLang::Ru, LetterLang::RuUz] {
        letter.lang = lang;
        let pdf = reminder_document(&letter, &heading("5", None))
            .unwrap()
            .typeset()
            .unwrap()
            .pdf()
            .unwrap();
        let checked = check(&pdf, &test.path("tricky.pdf"));
        assert_contains_all(
            &checked,
            &[
                "#set page(width: 1cm) ]) <b>Доклад</b>",
                &letter.items[0].number,
            ],
        );
        if lang == LetterLang::RuUz {
            assert_contains_all(
                &checked,
                &[
                    "Gʻalla va paxta boʻyicha maʼlumot #emph[x]",
                    "Копия / Nusxa: Минтранс / Transport vazirligi",
                ],
            );
        } else {
            assert_contains_all(&checked, &["Копия: Минтранс"]);
        }
    }
}

#[test]
fn the_word_letter_keeps_uzbek_letters_byte_exact_and_python_docx_reads_its_table() {
    let (test, mut letter) = tricky();
    letter.lang = LetterLang::Uz;
    let word = reminder_document(&letter, &heading("01-12/5", None))
        .unwrap()
        .docx(None)
        .unwrap();
    let path = test.path(&reminder_file_name(&letter, today(), "docx"));
    std::fs::write(&path, &word.bytes).unwrap();
    let script = r#"
import sys, zipfile, docx
sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml"))
sys.stdout.buffer.write(b"\n--cells--\n")
document = docx.Document(sys.argv[1])
cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
sys.stdout.buffer.write("\n".join(cells).encode())
sys.stdout.buffer.write(b"\n--paragraphs--\n")
sys.stdout.buffer.write("\n".join(p.text for p in document.paragraphs).encode())
"#;
    let read = python(script, &[path.to_str().unwrap()]);
    let (xml, rest) = read.split_once("\n--cells--\n").unwrap();
    let (cells, paragraphs) = rest.split_once("\n--paragraphs--\n").unwrap();
    for exact in [
        "Gʻalla va paxta boʻyicha maʼlumot #emph[x]",
        "Qishloq xoʻjaligi vazirligi",
        "Topshiriqlar ijrosi toʻgʻrisida eslatma",
    ] {
        assert!(
            xml.contains(exact),
            "{exact} is not byte for byte in document.xml"
        );
    }
    assert!(cells.starts_with("№\nMazmuni\nMuddat\n"), "{cells}");
    assert!(cells.contains(&letter.items[0].number), "{cells}");
    assert!(
        cells.contains("Gʻalla va paxta boʻyicha maʼlumot #emph[x]"),
        "{cells}"
    );
    assert!(paragraphs.contains("Chiqish № 01-12/5"), "{paragraphs}");
    assert!(
        paragraphs.contains("Nusxa: Transport vazirligi"),
        "{paragraphs}"
    );
}
