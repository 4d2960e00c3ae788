//! The print preview: a typeset document's pages as images the window can show.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use council_core::CoreResult;
use serde::Serialize;
use ts_rs::TS;

use crate::render::Typeset;

/// The pages of a document, as the preview shows them.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentPreview {
    /// One `data:image/png;base64,…` URL per page, in page order.
    pub pages: Vec<String>,
    /// How many pages the PDF has (the length of `pages`).
    #[ts(type = "number")]
    pub page_count: usize,
}

impl Typeset {
    /// The pages rendered at `pixel_per_pt` pixels per typographic point, as `data:` URLs: the same pages the
    /// PDF of this typeset document holds.
    pub fn preview(&self, pixel_per_pt: f64) -> CoreResult<DocumentPreview> {
        let pages: Vec<String> = self
            .png_pages(pixel_per_pt)?
            .iter()
            .map(|png| format!("data:image/png;base64,{}", STANDARD.encode(png)))
            .collect();
        Ok(DocumentPreview {
            page_count: pages.len(),
            pages,
        })
    }
}
