//! The documents as Word files (DOCX), written by docx-rs from the very data file the PDF is typeset from
//! (`DocumentData`): the same records read once, the same labels (`labels.rs` reads them from the templates),
//! in the same language mode. A Word file is meant to be edited and signed, so it is built from Word's own
//! means: Heading styles, tables whose header row repeats on every page, "page X of Y" from PAGE and NUMPAGES
//! fields in the footer, the DRAFT mark in the page header, A4, Noto Sans.
//!
//! A secretariat's reference document (a .docx of its own) may give the styles, the letterhead in the page
//! header and the footer's text: see [`Reference`].

mod agenda;
mod blocks;
mod controls;
mod dossier;
mod kept_reference;
mod labels;
mod minutes;
mod reference;
mod reminder;
mod report;
mod text;

use std::io::Cursor;

use council_core::{CoreError, CoreResult, ErrorCode};
use docx_rs::{
    AlignmentType, BorderType, Docx, Footer, Header, NumPages, PageMargin, PageNum,
    PageOrientationType, Paragraph, Run, RunFonts, Style, StyleType, TextBorder,
};
use serde_json::Value;

pub use kept_reference::{
    WordReference, forget_reference, keep_reference, kept_reference, read_kept_reference,
    reference_folder,
};
pub use reference::Reference;

use blocks::Block;
use labels::{label, labels, long_date};

/// A document as a Word file.
#[derive(Debug, Clone)]
pub struct WordFile {
    /// The .docx file's bytes.
    pub bytes: Vec<u8>,
}

/// The font every document uses, as in the PDFs.
const FONT: &str = "Noto Sans";

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);

/// One millimetre in twentieths of a point (rounded).
const MM: i32 = 57;

/// The width between the margins (20 mm left, 15 mm right) of an upright A4 page, in twentieths of a point.
pub(crate) const TEXT_WIDTH: usize = 9_920;

/// The same on a page turned sideways (the control list).
pub(crate) const LANDSCAPE_WIDTH: usize = 14_850;

/// The marker a header row's properties carry until the file is packed: docx-rs writes no `w:tblHeader`, so
/// [`repeat_header_rows`] puts it in the marker's place. A row height of one twip is never otherwise used, and
/// record text cannot produce the marker (its `<` is written `&lt;`).
const HEADER_ROW_MARK: &str = r#"<w:trHeight w:val="1" w:hRule="atLeast" />"#;

/// What a document's writer hands back: its body, its title for the running header, and its page layout.
pub(crate) struct Written {
    pub title: String,
    pub blocks: Vec<Block>,
    pub landscape: bool,
}

/// Writes the document `template` names (`/agenda.typ`, …) from its data as a Word file, with the styles,
/// letterhead and footer of `reference` when one is given.
pub(crate) fn write(
    template: &str,
    json: &[u8],
    reference: Option<&Reference>,
) -> CoreResult<WordFile> {
    let data: Value = serde_json::from_slice(json)?;
    let langs: Vec<&str> = data["langs"]
        .as_array()
        .map(|langs| langs.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let langs = if langs.is_empty() { vec!["ru"] } else { langs };
    let written = match template {
        "/agenda.typ" => agenda::write(&data, &langs),
        "/minutes.typ" => minutes::write(&data, &langs),
        "/controls.typ" => controls::write(&data, &langs),
        "/dossier.typ" => dossier::write(&data, &langs),
        "/reminder.typ" => reminder::write(&data, &langs),
        "/report.typ" => report::write(&data, &langs),
        other => {
            return Err(CoreError::new(
                ErrorCode::DocumentFailed,
                format!("no Word form of {other}"),
            ));
        }
    };
    let draft = data["draft"].as_bool().unwrap_or(false);
    let printed_on = data["printed_on"].as_str();
    let mut docx = page(&written, &langs, draft, printed_on, reference);
    for block in written.blocks {
        docx = block.add_to(docx);
    }
    pack(docx)
}

/// The page, styles, running header and footer around a document.
fn page(
    written: &Written,
    langs: &[&str],
    draft: bool,
    printed_on: Option<&str>,
    reference: Option<&Reference>,
) -> Docx {
    let (width, height) = if written.landscape { (A4.1, A4.0) } else { A4 };
    let mut docx = Docx::new()
        .page_size(width, height)
        .page_margin(
            PageMargin::new()
                .top(22 * MM)
                .bottom(20 * MM)
                .left(20 * MM)
                .right(15 * MM)
                .header(10 * MM)
                .footer(10 * MM),
        )
        .default_fonts(fonts())
        .default_size(20);
    if written.landscape {
        docx = docx.page_orient(PageOrientationType::Landscape);
    }
    if let Some(date) = printed_on {
        // Dated by the document's printing date, like the PDF, so the same data gives the same file.
        let at = format!("{date}T00:00:00Z");
        docx = docx.created_at(&at).updated_at(&at);
    }
    for style in styles() {
        docx = with_style(docx, style);
    }
    let printed = langs
        .iter()
        .map(|lang| long_date(printed_on, lang))
        .collect::<Vec<_>>()
        .join(" / ");
    let mut header = Header::new();
    let mut footer = Footer::new();
    if let Some(reference) = reference {
        docx = reference.apply_styles(docx);
        header = reference.letterhead(header);
        footer = reference.footer(footer);
    }
    let mut running = Paragraph::new()
        .style("Header")
        .add_run(Run::new().add_text(format!(
            "{} · {}: {printed}",
            written.title,
            labels("printed", langs)
        )));
    if draft {
        let mark = langs
            .iter()
            .map(|lang| label("draft", lang))
            .collect::<Vec<_>>()
            .join(" / ");
        running = running.add_run(Run::new().add_text("    ")).add_run(
            Run::new().add_text(mark).bold().size(24).text_border(
                TextBorder::new()
                    .border_type(BorderType::Single)
                    .size(12)
                    .space(2)
                    .color("000000"),
            ),
        );
    }
    header = header.add_paragraph(running);
    footer = footer.add_paragraph(page_of(langs));
    docx.header(header).footer(footer)
}

/// "Страница 1 из 3 / Sahifa 1 / 3", the numbers Word's PAGE and NUMPAGES fields.
fn page_of(langs: &[&str]) -> Paragraph {
    let mut paragraph = Paragraph::new()
        .style("Footer")
        .align(AlignmentType::Center);
    for (n, lang) in langs.iter().enumerate() {
        if n > 0 {
            paragraph = paragraph.add_run(Run::new().add_text(" / "));
        }
        paragraph = paragraph
            .add_run(Run::new().add_text(format!("{} ", label("page", lang))))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(format!(" {} ", label("of", lang))))
            .add_num_pages(NumPages::new());
    }
    paragraph
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// The styles the documents use, by Word's own ids, so Word's navigation pane, outline and table of
/// contents see the headings; a reference document's styles of the same id take their place.
fn styles() -> Vec<Style> {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .fonts(fonts())
            .size(size)
            .bold()
            .outline_lvl(level)
    };
    vec![
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .fonts(fonts())
            .size(20),
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .fonts(fonts())
            .size(28)
            .bold()
            .align(AlignmentType::Center),
        heading("Heading1", "heading 1", 28, 0).align(AlignmentType::Center),
        heading("Heading2", "heading 2", 24, 1),
        heading("Heading3", "heading 3", 21, 2),
        Style::new("Header", StyleType::Paragraph)
            .name("header")
            .based_on("Normal")
            .size(16)
            .color("4D4D4D"),
        Style::new("Footer", StyleType::Paragraph)
            .name("footer")
            .based_on("Normal")
            .size(16),
        Style::new("TableGrid", StyleType::Table).name("Table Grid"),
    ]
}

/// `docx` with `style` in place of any style of the same id (docx-rs starts with a Normal style of its own).
pub(crate) fn with_style(mut docx: Docx, style: Style) -> Docx {
    docx.styles
        .styles
        .retain(|own| own.style_id != style.style_id);
    docx.add_style(style)
}

/// The Normal style as it is written, and as it is marked the default paragraph style (docx-rs writes no
/// `w:default`; without it python-docx, for one, finds no style on an unstyled paragraph).
const NORMAL_STYLE: (&str, &str) = (
    r#"<w:style w:type="paragraph" w:styleId="Normal">"#,
    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#,
);

/// Builds the package, marks the header rows to repeat and Normal as the default style, and zips it.
fn pack(docx: Docx) -> CoreResult<WordFile> {
    let mut xml = docx.build();
    xml.document = repeat_header_rows(&xml.document);
    xml.styles = String::from_utf8_lossy(&xml.styles)
        .replacen(NORMAL_STYLE.0, NORMAL_STYLE.1, 1)
        .into_bytes();
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|error| CoreError::new(ErrorCode::DocumentFailed, error.to_string()))?;
    Ok(WordFile {
        bytes: bytes.into_inner(),
    })
}

/// `document.xml` with every header row's marker replaced by `w:tblHeader` (the row repeats at the top of
/// each page the table runs onto) and `w:cantSplit`.
fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(document);
    text.replace(HEADER_ROW_MARK, "<w:tblHeader />")
        .into_bytes()
}
