//! Language modes and the one step every document shares: data file + template → PDF.

use std::fmt::Write as _;

use chrono::NaiveDate;
use council_core::{CoreError, CoreResult, ErrorCode, Lang};
use serde::{Deserialize, Serialize};
use typst::diag::SourceDiagnostic;
use typst::foundations::Smart;
use typst::syntax::DiagSpanKind;
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

use crate::docx::{Reference, WordFile};
use crate::world::DocumentWorld;

/// The language(s) a document is printed in: one language, or Russian and Uzbek side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocLang {
    /// One language.
    One(Lang),
    /// Russian and Uzbek in two columns (`ru+uz`).
    RuUz,
}

impl DocLang {
    /// Every mode, in the order menus list them.
    pub const ALL: [DocLang; 4] = [
        DocLang::One(Lang::Ru),
        DocLang::One(Lang::Uz),
        DocLang::One(Lang::En),
        DocLang::RuUz,
    ];

    /// Parses `ru`, `uz`, `en` or `ru+uz` (case-insensitive).
    pub fn parse(text: &str) -> CoreResult<DocLang> {
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("ru+uz") {
            return Ok(DocLang::RuUz);
        }
        Lang::parse(trimmed)
            .map(DocLang::One)
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, trimmed).on("lang"))
    }

    /// `ru`, `uz`, `en` or `ru+uz`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            DocLang::One(lang) => lang.code(),
            DocLang::RuUz => "ru+uz",
        }
    }

    /// The language codes the template prints, in column order.
    #[must_use]
    pub fn langs(self) -> Vec<&'static str> {
        match self {
            DocLang::One(lang) => vec![lang.code()],
            DocLang::RuUz => vec!["ru", "uz"],
        }
    }
}

/// A typeset document.
#[derive(Debug, Clone)]
pub struct Pdf {
    /// The PDF file's bytes.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
}

/// A typeset document, before it is written out: as a PDF for saving and printing, or as page images for the
/// preview. Both come from the same layout, so the preview shows exactly the pages the PDF has.
#[derive(Debug)]
pub struct Typeset {
    world: DocumentWorld,
    document: PagedDocument,
    ident: String,
}

impl Typeset {
    /// How many pages the document has.
    #[must_use]
    pub fn pages(&self) -> usize {
        self.document.pages().len()
    }

    /// The document as a PDF (byte-identical for the same data).
    pub fn pdf(&self) -> CoreResult<Pdf> {
        let options = PdfOptions {
            ident: Smart::Custom(self.ident.clone()),
            creator: Smart::Custom(Some("Council Desk".to_owned())),
            ..PdfOptions::default()
        };
        let bytes = typst_pdf::pdf(&self.document, &options)
            .map_err(|errors| failure(&self.world, &errors))?;
        Ok(Pdf {
            bytes,
            pages: self.pages(),
        })
    }

    /// Every page as a PNG image, `pixel_per_pt` pixels per typographic point (1.0 gives 595 px across A4),
    /// in page order.
    pub fn png_pages(&self, pixel_per_pt: f64) -> CoreResult<Vec<Vec<u8>>> {
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(pixel_per_pt),
            render_bleed: false,
        };
        self.document
            .pages()
            .iter()
            .map(|page| {
                typst_render::render(page, &options)
                    .encode_png()
                    .map_err(|error| CoreError::new(ErrorCode::DocumentFailed, error.to_string()))
            })
            .collect()
    }
}

/// A document's data, read from the register and ready to typeset without it: the store is needed only to
/// make this, so typesetting (the slow part) holds nothing another command waits for.
#[derive(Debug, Clone)]
pub struct DocumentData {
    template: &'static str,
    json: Vec<u8>,
    today: NaiveDate,
    ident: String,
}

impl DocumentData {
    /// The same document as a Word file, from the same data, with the styles, letterhead and footer of
    /// `reference` when one is given.
    pub fn docx(&self, reference: Option<&Reference>) -> CoreResult<WordFile> {
        crate::docx::write(self.template, &self.json, reference)
    }

    /// Typesets the bundled template with the data as `/data.json`.
    pub fn typeset(&self) -> CoreResult<Typeset> {
        let world = DocumentWorld::new(self.template, self.json.clone(), self.today);
        let document: PagedDocument = typst::compile(&world)
            .output
            .map_err(|errors| failure(&world, &errors))?;
        Ok(Typeset {
            world,
            document,
            ident: self.ident.clone(),
        })
    }
}

/// A document's data as the office hub sends it to a desk, which typesets it there: the bundled template by
/// name, the data, the date it is printed on, its identifier, and the name the file is offered under. A parcel
/// from the network is checked like any file from outside: an unknown template is refused, and the data
/// loses its bidirectional controls again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentParcel {
    pub template: String,
    pub data: serde_json::Value,
    pub today: NaiveDate,
    pub ident: String,
    pub file_name: String,
}

impl DocumentData {
    /// The parcel of this data, offered as `file_name`.
    #[must_use]
    pub fn parcel(&self, file_name: String) -> DocumentParcel {
        DocumentParcel {
            template: self.template.to_owned(),
            data: serde_json::from_slice(&self.json).unwrap_or_default(),
            today: self.today,
            ident: self.ident.clone(),
            file_name,
        }
    }

    /// The data a parcel carries, ready to typeset.
    ///
    /// # Errors
    /// `document_failed` when the parcel names a template that is not one of the documents.
    pub fn from_parcel(parcel: DocumentParcel) -> CoreResult<DocumentData> {
        let template = crate::world::TEMPLATES
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| *name != "/common.typ")
            .find(|name| *name == parcel.template)
            .ok_or_else(|| CoreError::new(ErrorCode::DocumentFailed, parcel.template.clone()))?;
        document_data(template, &parcel.data, parcel.today, &parcel.ident)
    }
}

/// The bundled `template`'s data: `data` as `/data.json`, without bidirectional controls. `ident` names the
/// document stably (kind and record id), so the PDF's identifier, like everything else in it, depends only on
/// the data.
pub(crate) fn document_data(
    template: &'static str,
    data: &impl Serialize,
    today: NaiveDate,
    ident: &str,
) -> CoreResult<DocumentData> {
    let mut data = serde_json::to_value(data)?;
    without_bidi_controls(&mut data);
    Ok(DocumentData {
        template,
        json: serde_json::to_vec(&data)?,
        today,
        ident: ident.to_owned(),
    })
}

/// Whether `c` is a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): characters
/// that reorder the text after them, so a record could make a printed line read differently from its data.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Removes the bidirectional controls from every text of the data, so each printed line reads in the order
/// its letters are stored (Cyrillic and Latin left to right).
fn without_bidi_controls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) if text.contains(is_bidi_control) => {
            text.retain(|c| !is_bidi_control(c));
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(without_bidi_controls),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(without_bidi_controls),
        _ => {}
    }
}

/// Typst's diagnostics as one error: each message with the template and line it points at.
fn failure(world: &DocumentWorld, errors: &[SourceDiagnostic]) -> CoreError {
    let mut text = String::new();
    for error in errors {
        if !text.is_empty() {
            text.push_str("; ");
        }
        text.push_str(&error.message);
        if let DiagSpanKind::Number { id, .. } | DiagSpanKind::Range { id, .. } = error.span.get()
            && let Some(range) = typst::WorldExt::range(world, error.span)
            && let Ok(source) = typst::World::source(world, id)
        {
            let line = source.lines().byte_to_line(range.start).unwrap_or(0) + 1;
            let _ = write!(text, " ({}:{line})", id.get().vpath().get_without_slash());
        }
    }
    CoreError::new(ErrorCode::DocumentFailed, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_modes_parse_and_name_their_columns() {
        assert_eq!(DocLang::parse(" RU+uz ").unwrap(), DocLang::RuUz);
        assert_eq!(DocLang::RuUz.langs(), ["ru", "uz"]);
        assert_eq!(DocLang::parse("uz").unwrap(), DocLang::One(Lang::Uz));
        let refused = DocLang::parse("uz+ru").unwrap_err();
        assert_eq!(refused.code, ErrorCode::InvalidValue);
        assert_eq!(refused.field, Some("lang"));
    }
}
