//! The documents as Word files, read by programs that are not ours: LibreOffice turns each into a PDF that
//! pdftotext reads, python-docx reads the tables, Python's XML parser reads the package parts.

use std::path::Path;

use council_core::agenda::AgendaPlace;
use council_core::control::InstructionFilter;
use council_core::decision::Decision;
use council_core::session::SessionFilter;
use council_core::{CoreError, ErrorCode, Store};
use council_documents::{DocLang, Printable, Reference, document_data};
use serde_json::Value;

use crate::readers::{part, python, through_libreoffice};
use crate::support::{TestStore, session_with_items, today};

fn write_docx(store: &Store, printable: &Printable, lang: DocLang, path: &Path) {
    write_with(store, printable, lang, path, None);
}

fn write_with(
    store: &Store,
    printable: &Printable,
    lang: DocLang,
    path: &Path,
    reference: Option<&Reference>,
) {
    let word = document_data(store, printable, lang, today())
        .unwrap()
        .docx(reference)
        .unwrap();
    std::fs::write(path, &word.bytes).unwrap();
    if let Some(dir) = std::env::var_os("DOCUMENTS_TEST_OUT") {
        std::fs::write(Path::new(&dir).join(path.file_name().unwrap()), &word.bytes).unwrap();
    }
}

/// The demonstration session with the most instructions (then decisions), with its decisions: its minutes
/// have both.
fn busiest_session(store: &Store) -> (String, Vec<Decision>) {
    store
        .list_sessions(&SessionFilter::default())
        .unwrap()
        .into_iter()
        .map(|s| {
            let id = s.id.to_string();
            let decisions = store.list_decisions(&id, false).unwrap();
            let filter = InstructionFilter {
                session: Some(id.clone()),
                ..InstructionFilter::default()
            };
            let instructions = store.list_instructions(&filter, today()).unwrap().len();
            (id, decisions, instructions)
        })
        .max_by_key(|(_, decisions, instructions)| (*instructions, decisions.len()))
        .map(|(id, decisions, _)| (id, decisions))
        .unwrap()
}

#[test]
fn every_document_in_every_language_converts_and_shows_every_item_decision_and_instruction_number()
{
    let test = TestStore::demo();
    let store = &test.store;
    let (session, decisions) = busiest_session(store);
    assert!(!decisions.is_empty());
    let agenda = store.agenda(&session, None).unwrap();
    let of_session = store
        .list_instructions(
            &InstructionFilter {
                session: Some(session.clone()),
                ..InstructionFilter::default()
            },
            today(),
        )
        .unwrap();
    assert!(
        !of_session.is_empty(),
        "the minutes would have no instructions"
    );
    let open = InstructionFilter {
        open_only: true,
        ..InstructionFilter::default()
    };
    let controlled = store.list_instructions(&open, today()).unwrap();
    let pairing = controlled
        .iter()
        .find_map(|i| i.pairing_id)
        .expect("an instruction of a pairing")
        .to_string();
    let of_pairing = store
        .list_instructions(
            &InstructionFilter {
                pairing: Some(pairing.clone()),
                ..InstructionFilter::default()
            },
            today(),
        )
        .unwrap();
    let numbers = |list: &[council_core::instruction::Instruction]| -> Vec<String> {
        list.iter().map(|i| i.number.clone()).collect()
    };
    let mut agenda_numbers: Vec<String> = agenda.entries.iter().map(|e| e.number.clone()).collect();
    agenda_numbers.retain(|n| !n.is_empty());
    let mut minutes_numbers: Vec<String> = decisions.iter().map(|d| d.number.clone()).collect();
    minutes_numbers.extend(numbers(&of_session));
    let documents = [
        (
            "agenda",
            Printable::Agenda {
                session: session.clone(),
            },
            agenda_numbers,
        ),
        (
            "minutes",
            Printable::Minutes {
                session: session.clone(),
            },
            minutes_numbers,
        ),
        (
            "controls",
            Printable::Controls { filter: open },
            numbers(&controlled),
        ),
        (
            "dossier",
            Printable::Dossier { pairing },
            numbers(&of_pairing),
        ),
    ];
    let mut files = Vec::new();
    let mut expected = Vec::new();
    for (name, printable, numbers) in &documents {
        assert!(!numbers.is_empty(), "{name} has nothing to look for");
        for lang in DocLang::ALL {
            let path = test.path(&format!("{name}-{}.docx", lang.code().replace('+', "-")));
            write_docx(store, printable, lang, &path);
            files.push(path);
            expected.push((*name, lang, numbers.clone()));
        }
    }
    let texts = through_libreoffice(&files, test.dir.path());
    for ((name, lang, numbers), text) in expected.iter().zip(&texts) {
        // Table cells may wrap a line; a number is looked for in the text with white space taken out.
        let squeezed: String = text.split_whitespace().collect();
        for number in numbers {
            assert!(
                squeezed.contains(number.as_str()),
                "{name} in {}: no {number} in\n{text}",
                lang.code()
            );
        }
        let footer = match lang {
            DocLang::One(council_core::Lang::En) => "Page 1 of",
            DocLang::One(council_core::Lang::Uz) => "Sahifa 1 /",
            _ => "Страница 1 из",
        };
        assert!(
            text.contains(footer),
            "{name} in {}: no “{footer}” in\n{text}",
            lang.code()
        );
        if *lang == DocLang::RuUz {
            assert!(
                text.contains("Sahifa 1 /"),
                "{name} in ru+uz: no Uzbek footer"
            );
        }
    }
}

#[test]
fn python_docx_reads_the_control_list_table_whose_header_row_repeats_on_every_page() {
    let test = TestStore::demo();
    let filter = InstructionFilter {
        open_only: true,
        ..InstructionFilter::default()
    };
    let rows = test.store.list_instructions(&filter, today()).unwrap();
    let path = test.path("controls.docx");
    write_docx(
        &test.store,
        &Printable::Controls { filter },
        DocLang::One(council_core::Lang::Uz),
        &path,
    );
    let script = r#"
import json, sys, docx
from docx.oxml.ns import qn
document = docx.Document(sys.argv[1])
tables = []
for table in document.tables:
    tables.append({
        "rows": [[cell.text for cell in row.cells] for row in table.rows],
        "repeats": [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows],
    })
section = document.sections[0]
print(json.dumps({
    "tables": tables,
    "headings": [p.text for p in document.paragraphs if p.style.name.startswith("Heading")],
    "width_mm": round(section.page_width.mm), "height_mm": round(section.page_height.mm),
    "footer": section.footer.paragraphs[-1].text,
}))
"#;
    let read: Value = serde_json::from_str(&python(script, &[path.to_str().unwrap()])).unwrap();
    let table = &read["tables"][0];
    let header: Vec<&str> = table["rows"][0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(header[0], "№");
    assert_eq!(header[1], "Mazmuni");
    assert_eq!(header[2], "Ijrochilar");
    let body = &table["rows"].as_array().unwrap()[1..];
    assert_eq!(body.len(), rows.len());
    for (row, instruction) in body.iter().zip(&rows) {
        assert!(
            row[0].as_str().unwrap().ends_with(&instruction.number),
            "{row} is not {}",
            instruction.number
        );
        assert_eq!(
            row[1].as_str().unwrap(),
            instruction.text.shown(council_core::Lang::Uz).text
        );
    }
    let repeats = table["repeats"].as_array().unwrap();
    assert_eq!(repeats[0], true, "the header row does not repeat");
    assert!(repeats[1..].iter().all(|r| r == false));
    assert_eq!(read["headings"][0], "TOPSHIRIQLAR NAZORAT ROʻYXATI");
    // A4 turned sideways, as the PDF.
    assert_eq!(
        (read["width_mm"].as_i64(), read["height_mm"].as_i64()),
        (Some(297), Some(210))
    );
    assert!(
        read["footer"].as_str().unwrap().starts_with("Sahifa"),
        "{}",
        read["footer"]
    );
}

#[test]
fn uzbek_letters_survive_byte_exact_and_record_text_stays_text() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 2);
    let store = &mut test.store;
    let mut input = crate::support::item(
        "Пункт <w:p>&amp; \u{1b}[31m",
        "Maʼruza: oʻquv gʻalla </w:t>",
        "Item",
        Vec::new(),
    );
    input.description = crate::support::text("", "Qoʻshma loyiha\nikkinchi qator", "");
    store
        .add_agenda_item(&session, &input, &AgendaPlace::default())
        .unwrap();
    let path = test.path("agenda-uz.docx");
    let printable = Printable::Agenda { session };
    write_docx(&test.store, &printable, DocLang::RuUz, &path);
    let xml = part(&path, "word/document.xml");
    let xml_text = String::from_utf8(xml.clone()).unwrap();
    for exact in [
        "Gʻulomov Botir Oʻktamovich",
        "Maʼruza: oʻquv gʻalla",
        "Qoʻshma loyiha",
    ] {
        assert!(
            xml.windows(exact.len()).any(|w| w == exact.as_bytes()),
            "{exact} is not byte for byte in document.xml"
        );
    }
    assert!(
        xml_text.contains("&lt;w:p&gt;&amp;amp;"),
        "markup in record text was not escaped"
    );
    assert!(
        xml_text.contains("\\u{1b}[31m"),
        "a control character was not written out"
    );
    // Every part parses as XML, and python-docx reads the record text back as it was typed.
    let script = r#"
import sys, zipfile, xml.dom.minidom, docx
package = zipfile.ZipFile(sys.argv[1])
for name in package.namelist():
    if name.endswith(".xml") or name.endswith(".rels"):
        xml.dom.minidom.parseString(package.read(name))
print("\n".join(cell.text for table in docx.Document(sys.argv[1]).tables for row in table.rows for cell in row.cells))
"#;
    let cells = python(script, &[path.to_str().unwrap()]);
    assert!(cells.contains("Пункт <w:p>&amp; \\u{1b}[31m"), "{cells}");
    assert!(cells.contains("Maʼruza: oʻquv gʻalla </w:t>"), "{cells}");
    assert!(cells.contains("Qoʻshma loyiha\nikkinchi qator"), "{cells}");
}

#[test]
fn an_unapproved_agenda_is_marked_draft_in_the_page_header_and_an_approved_one_is_not() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 1);
    let printable = Printable::Agenda {
        session: session.clone(),
    };
    let draft = test.path("draft.docx");
    write_docx(&test.store, &printable, DocLang::RuUz, &draft);
    test.store.approve_agenda(&session).unwrap();
    let approved = test.path("approved.docx");
    write_docx(&test.store, &printable, DocLang::RuUz, &approved);
    let header = |file: &Path| String::from_utf8(part(file, "word/header1.xml")).unwrap();
    assert!(
        header(&draft).contains("ПРОЕКТ / LOYIHA"),
        "{}",
        header(&draft)
    );
    assert!(
        !header(&approved).contains("ПРОЕКТ"),
        "{}",
        header(&approved)
    );
    let texts = through_libreoffice(&[draft], test.dir.path());
    assert!(
        texts[0].contains("ПРОЕКТ") && texts[0].contains("LOYIHA"),
        "{}",
        texts[0]
    );
    let styles = String::from_utf8(part(&approved, "word/styles.xml")).unwrap();
    assert!(
        styles.contains("Noto Sans"),
        "the documents' font is not set"
    );
    let document = String::from_utf8(part(&approved, "word/document.xml")).unwrap();
    assert!(document.contains(r#"<w:pStyle w:val="Heading1" />"#));
    assert!(
        document.contains(r#"<w:pgSz w:w="11906" w:h="16838" />"#),
        "not A4"
    );
}

#[test]
fn a_reference_documents_emblem_stands_in_the_letterhead_of_the_word_files() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 1);
    let reference_path = test.path("emblem.docx");
    // A letterhead whose header holds a picture (a 40 × 40 red square standing for the emblem) beside text.
    let script = r#"
import io, struct, sys, zlib, docx
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = b"".join(b"\x00" + b"\xc0\x00\x00" * 40 for _ in range(40))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 40, 40, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
document = docx.Document()
header = document.sections[0].header.paragraphs[0]
header.add_run().add_picture(io.BytesIO(png))
header.add_run(" Hududlar Kengashi kotibiyati")
document.save(sys.argv[1])
"#;
    python(script, &[reference_path.to_str().unwrap()]);
    let reference = Reference::open(&reference_path).unwrap();
    let path = test.path("with-emblem.docx");
    write_with(
        &test.store,
        &Printable::Agenda { session },
        DocLang::One(council_core::Lang::Uz),
        &path,
        Some(&reference),
    );
    // Every picture a header part points at is in the package, and is a picture.
    let script = r#"
import re, sys, zipfile
package = zipfile.ZipFile(sys.argv[1])
for name in package.namelist():
    if re.fullmatch(r"word/_rels/header\d+\.xml\.rels", name):
        for target in re.findall(r'Target="(media/[^"]+)"', package.read(name).decode()):
            picture = package.read("word/" + target)
            print(target, len(picture), picture[:8].hex())
"#;
    let pictures = python(script, &[path.to_str().unwrap()]);
    assert!(
        pictures.contains("89504e470d0a1a0a"),
        "no emblem in the letterhead: {pictures:?}"
    );
    let printed = &through_libreoffice(&[path], test.dir.path())[0];
    assert!(
        printed.contains("Hududlar Kengashi kotibiyati"),
        "{printed}"
    );
}

#[test]
fn a_reference_document_gives_its_styles_and_letterhead_and_a_file_that_is_not_one_is_refused() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 1);
    let reference_path = test.path("letterhead.docx");
    let script = r#"
import sys, docx
from docx.shared import RGBColor
document = docx.Document()
document.styles["Heading 1"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
document.sections[0].header.paragraphs[0].text = "Секретариат Совета регионов · Hududlar Kengashi kotibiyati"
document.sections[0].footer.paragraphs[0].text = "Ташкент, ул. Мустакиллик, 5"
document.save(sys.argv[1])
"#;
    python(script, &[reference_path.to_str().unwrap()]);
    let reference = Reference::open(&reference_path).unwrap();
    let path = test.path("with-letterhead.docx");
    write_with(
        &test.store,
        &Printable::Minutes { session },
        DocLang::One(council_core::Lang::Ru),
        &path,
        Some(&reference),
    );
    let styles = String::from_utf8(part(&path, "word/styles.xml")).unwrap();
    assert!(
        styles.contains("C00000"),
        "the reference's heading colour is not used"
    );
    let printed = &through_libreoffice(&[path], test.dir.path())[0];
    for expected in [
        "Секретариат Совета регионов",
        "ул. Мустакиллик, 5",
        "Страница 1 из 1",
        "ПРОТОКОЛ",
    ] {
        assert!(printed.contains(expected), "no {expected} in\n{printed}");
    }

    let not_word = test.path("letterhead.pdf.docx");
    std::fs::write(&not_word, b"%PDF-1.7 not a word file").unwrap();
    let refused: CoreError = Reference::open(&not_word).unwrap_err();
    assert_eq!(refused.code, ErrorCode::InvalidValue);
    assert_eq!(refused.field, Some("reference"));
    assert!(
        refused
            .message(council_core::Lang::Uz)
            .contains("letterhead.pdf.docx"),
        "{}",
        refused.message(council_core::Lang::Uz)
    );
}

/// The progress report as a Word file: every figure of its data file (each target's value and years, the
/// portfolio, agreements by year, the open instructions) is in what LibreOffice prints, in every language
/// mode, and Uzbek keeps its U+02BB.
#[test]
fn the_progress_report_converts_in_every_language_and_shows_every_figure() {
    let test = TestStore::demo();
    let store = &test.store;
    let mut files = Vec::new();
    let mut figures = Vec::new();
    for lang in DocLang::ALL {
        let data = document_data(store, &Printable::Report, lang, today())
            .unwrap()
            .parcel(String::new())
            .data;
        // As report.typ prints them: the first language's decimal mark.
        let comma = lang != DocLang::One(council_core::Lang::En);
        let num = |v: &Value| {
            let figure = v.as_str().unwrap_or_default().to_owned();
            if comma {
                figure.replace('.', ",")
            } else {
                figure
            }
        };
        let mut expected = Vec::new();
        for indicator in data["indicators"].as_array().unwrap() {
            if !indicator["current"].is_null() {
                expected.push(num(&indicator["current"]));
            }
            for year in indicator["years"].as_array().unwrap() {
                expected.push(year["label"].as_str().unwrap().to_owned());
                expected.push(num(&year["value"]));
            }
        }
        expected.push(num(&data["portfolio_total"]));
        for share in data["pairings"].as_array().unwrap() {
            expected.push(num(&share["value"]));
        }
        for year in data["agreements"].as_array().unwrap() {
            expected.push(year["year"].as_str().unwrap().to_owned());
        }
        for row in data["open"].as_array().unwrap() {
            expected.push(row["number"].as_str().unwrap().to_owned());
        }
        assert!(
            expected.len() > 10,
            "the report has few figures: {expected:?}"
        );
        let path = test.path(&format!("report-{}.docx", lang.code().replace('+', "-")));
        write_docx(store, &Printable::Report, lang, &path);
        files.push(path);
        figures.push((lang, expected));
    }
    let texts = through_libreoffice(&files, test.dir.path());
    for ((lang, expected), text) in figures.iter().zip(&texts) {
        let squeezed: String = text.split_whitespace().collect();
        for figure in expected {
            let figure: String = figure.split_whitespace().collect();
            assert!(
                squeezed.contains(&figure),
                "report in {}: no {figure} in\n{text}",
                lang.code()
            );
        }
        for l in lang.langs() {
            let title = match l {
                "ru" => "ОТЧЁТ О ХОДЕ",
                "uz" => "MAQSADLI KOʻRSATKICHLARGA",
                _ => "PROGRESS REPORT",
            };
            assert!(
                text.contains(title),
                "report in {}: no {title}",
                lang.code()
            );
        }
    }
    let uzbek = String::from_utf8(part(&files[1], "word/document.xml")).unwrap();
    for exact in ["MAQSADLI KOʻRSATKICHLARGA", "Nazoratdagi topshiriqlar"] {
        assert!(
            uzbek.contains(exact),
            "{exact} is not byte for byte in document.xml"
        );
    }
}
