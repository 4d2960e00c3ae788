//! Record text inside table cells: a word too long for its column breaks inside the column instead of
//! running into the next one, and bidirectional controls in the text do not reorder the printed line.

use std::path::Path;
use std::process::Command;

use council_core::body::{BodyInput, BodyKind};
use council_core::control::InstructionFilter;
use council_core::instruction::InstructionInput;
use council_core::{Country, Lang};
use council_documents::{DocLang, controls_pdf};

use crate::support::{TestStore, check, text, today};

/// A body name of 29 letters with no break in it, as an abbreviation in capitals.
const LONG_NAME: &str = "УЗГОСЭНЕРГОЭКСПЕРТИЗАНАДЗОРАТ";

/// A word of the PDF and its box, from `pdftotext -bbox`.
struct Word {
    text: String,
    x_min: f64,
    x_max: f64,
}

fn words(path: &Path) -> Vec<Word> {
    let output = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(output.stdout).unwrap();
    html.lines()
        .filter(|l| l.contains("<word "))
        .map(|line| Word {
            text: line[line.find('>').unwrap() + 1..line.rfind("</word>").unwrap()]
                .replace('\u{200B}', ""),
            x_min: attribute(line, "xMin"),
            x_max: attribute(line, "xMax"),
        })
        .collect()
}

fn attribute(line: &str, name: &str) -> f64 {
    let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}

fn body(test: &mut TestStore, ru: &str) -> String {
    test.store
        .create_body(&BodyInput {
            country: Country::Uz,
            kind: BodyKind::Agency,
            name: text(ru, ru, ru),
            region: None,
        })
        .unwrap()
        .id
        .to_string()
}

fn instruction(test: &mut TestStore, words: &str, lead: &str, due: &str) {
    test.store
        .create_instruction(
            &InstructionInput {
                text: text(words, words, words),
                lead_body_id: lead.to_owned(),
                due_on: due.to_owned(),
                ..InstructionInput::default()
            },
            today(),
        )
        .unwrap();
}

#[test]
fn a_long_body_name_breaks_inside_its_column_of_the_control_list() {
    assert_eq!(LONG_NAME.chars().count(), 29);
    let mut test = TestStore::empty();
    let lead = body(&mut test, LONG_NAME);
    instruction(&mut test, "Подготовить план поставок", &lead, "2026-12-21");
    for mode in [DocLang::One(Lang::Ru), DocLang::RuUz] {
        let pdf = controls_pdf(&test.store, &InstructionFilter::default(), mode, today()).unwrap();
        let path = test.path(&format!("long-name-{}.pdf", mode.code()));
        check(&pdf, &path);
        let words = words(&path);
        let due = words
            .iter()
            .find(|w| w.text == "21.12.2026")
            .expect("the due date is printed");
        let pieces: Vec<&Word> = words
            .iter()
            .filter(|w| !w.text.is_empty() && LONG_NAME.contains(w.text.as_str()))
            .collect();
        let printed: String = pieces.iter().map(|w| w.text.as_str()).collect();
        assert!(
            printed.contains(LONG_NAME),
            "{}: the name is printed whole: {printed}",
            mode.code()
        );
        for piece in pieces {
            assert!(
                piece.x_max < due.x_min,
                "{}: “{}” runs to {:.1} pt, into the due date's column at {:.1} pt",
                mode.code(),
                piece.text,
                piece.x_max,
                due.x_min
            );
        }
    }
}

#[test]
fn bidirectional_controls_in_record_text_do_not_reorder_the_printed_line() {
    let mut test = TestStore::empty();
    // Right-to-left override and embedding (closed by U+202C), a right-to-left isolate (closed by U+2069).
    let lead = body(&mut test, "Министерство \u{202E}энергетики\u{202C}");
    instruction(
        &mut test,
        "Подготовить \u{2067}план\u{2069} поставок \u{202B}угля\u{202C}",
        &lead,
        "2026-12-21",
    );
    let pdf = controls_pdf(
        &test.store,
        &InstructionFilter::default(),
        DocLang::One(Lang::Ru),
        today(),
    )
    .unwrap();
    let checked = check(&pdf, &test.path("bidi.pdf"));
    for line in ["Министерство энергетики", "Подготовить план поставок угля"]
    {
        assert!(
            checked.text.contains(line),
            "“{line}” in:\n{}",
            checked.text
        );
    }
    for reversed in ["икитегренэ", "налп", "ялгу"] {
        assert!(
            !checked.text.contains(reversed),
            "{reversed}:\n{}",
            checked.text
        );
    }
}
