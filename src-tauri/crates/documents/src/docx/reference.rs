//! A secretariat's reference document: a Word file of its own whose styles (headings, normal text, tables)
//! replace the documents' styles of the same name, and whose page header (the letterhead) and footer text
//! stand above the documents' own running header and "page X of Y".

use std::path::Path;

use council_core::{CoreError, CoreResult, ErrorCode};
use docx_rs::{
    Docx, DrawingData, Footer, FooterChild, Header, HeaderChild, ParagraphChild, RunChild, Style,
    TableCellContent, TableChild, TableRowChild,
};

/// The largest reference document read (a letterhead with an emblem is far smaller).
const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// What a reference document gives the documents made with it.
#[derive(Debug, Clone)]
pub struct Reference {
    styles: Vec<Style>,
    doc_defaults: docx_rs::DocDefaults,
    header: Vec<HeaderChild>,
    footer: Vec<FooterChild>,
}

impl Reference {
    /// Reads the reference document at `path`. A file that is not a Word document is refused with
    /// `invalid_value` on `reference`, naming the file.
    pub fn open(path: &Path) -> CoreResult<Reference> {
        Reference::read(path).map(|(reference, _)| reference)
    }

    /// Reads the reference document at `path` as [`Reference::open`] does, answering its bytes too.
    pub(crate) fn read(path: &Path) -> CoreResult<(Reference, Vec<u8>)> {
        let refused = || {
            CoreError::new(
                ErrorCode::InvalidValue,
                path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                ),
            )
            .on("reference")
        };
        let size = std::fs::metadata(path).map_err(|_| refused())?.len();
        if size > MAX_BYTES {
            return Err(refused());
        }
        let bytes = std::fs::read(path).map_err(|_| refused())?;
        let reference = Reference::from_bytes(&bytes).map_err(|_| refused())?;
        Ok((reference, bytes))
    }

    /// Reads a reference document from its bytes.
    pub fn from_bytes(bytes: &[u8]) -> CoreResult<Reference> {
        let docx = docx_rs::read_docx(bytes).map_err(|error| {
            CoreError::new(ErrorCode::InvalidValue, error.to_string()).on("reference")
        })?;
        let section = docx.document.section_property;
        let mut header = section.header.map(|(_, h)| h.children).unwrap_or_default();
        let mut footer = section.footer.map(|(_, f)| f.children).unwrap_or_default();
        // The reader leaves a picture's bytes (the emblem) in the package's image list, named by the part's
        // relationship id; the writer takes them from the picture itself, so they are put back there.
        let images = &docx.images;
        let fill = |runs: &mut dyn Iterator<Item = &mut RunChild>| {
            for child in runs {
                if let RunChild::Drawing(drawing) = child
                    && let Some(DrawingData::Pic(pic)) = drawing.data.as_mut()
                    && pic.image.is_empty()
                    && let Some((_, _, _, png)) = images.iter().find(|(id, ..)| *id == pic.id)
                {
                    pic.image.clone_from(&png.0);
                }
            }
        };
        for child in &mut header {
            match child {
                HeaderChild::Paragraph(paragraph) => fill(&mut runs_of(&mut paragraph.children)),
                HeaderChild::Table(table) => fill(&mut table_runs(&mut table.rows)),
                HeaderChild::StructuredDataTag(_) => {}
            }
        }
        for child in &mut footer {
            match child {
                FooterChild::Paragraph(paragraph) => fill(&mut runs_of(&mut paragraph.children)),
                FooterChild::Table(table) => fill(&mut table_runs(&mut table.rows)),
                FooterChild::StructuredDataTag(_) => {}
            }
        }
        Ok(Reference {
            styles: docx.styles.styles,
            doc_defaults: docx.styles.doc_defaults,
            header,
            footer,
        })
    }

    /// `docx` with the reference's styles in place of its own of the same id, and its default text settings.
    pub(crate) fn apply_styles(&self, mut docx: Docx) -> Docx {
        for style in &self.styles {
            docx = super::with_style(docx, style.clone());
        }
        docx.styles.doc_defaults = self.doc_defaults.clone();
        docx
    }

    /// The letterhead: the reference's page header, above the document's running header.
    pub(crate) fn letterhead(&self, mut header: Header) -> Header {
        header.children.extend(self.header.iter().cloned());
        header
    }

    /// The reference's footer text, above "page X of Y".
    pub(crate) fn footer(&self, mut footer: Footer) -> Footer {
        footer.children.extend(self.footer.iter().cloned());
        footer
    }
}

/// The run children of a paragraph's runs.
fn runs_of(children: &mut [ParagraphChild]) -> impl Iterator<Item = &mut RunChild> {
    children.iter_mut().flat_map(|child| match child {
        ParagraphChild::Run(run) => run.children.iter_mut(),
        _ => std::slice::IterMut::default(),
    })
}

/// The run children of the paragraphs in a table's cells (a letterhead laid out as a table: the emblem
/// beside the secretariat's name).
fn table_runs(rows: &mut [TableChild]) -> impl Iterator<Item = &mut RunChild> {
    rows.iter_mut()
        .flat_map(|TableChild::TableRow(row)| row.cells.iter_mut())
        .flat_map(|TableRowChild::TableCell(cell)| cell.children.iter_mut())
        .flat_map(|content| match content {
            TableCellContent::Paragraph(paragraph) => runs_of(&mut paragraph.children).collect(),
            _ => Vec::new(),
        })
}
