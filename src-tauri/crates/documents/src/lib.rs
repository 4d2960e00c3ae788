//! Council Desk print documents: the agenda, the minutes, the instruction control list, the pairing dossier and
//! the progress report,
//! typeset to PDF by an embedded Typst.
//!
//! The core supplies the records; this crate turns them into a small JSON data file (its own view types) that a
//! bundled template in `assets/templates/` reads with `json("/data.json")`. Record text therefore reaches a
//! template only as data and always prints literally. Fonts are bundled too, so the same data gives a
//! byte-identical PDF on every machine. This crate never writes SQL.

mod agenda;
mod controls;
mod directory;
mod dossier;
mod file_name;
mod instruction_view;
mod minutes;
mod preview;
mod printable;
mod printed;
mod render;
mod report;
mod world;

pub use preview::DocumentPreview;
pub use printable::{
    Printable, agenda_pdf, controls_pdf, document_data, dossier_pdf, minutes_pdf, report_pdf,
    typeset,
};
pub use render::{DocLang, DocumentData, Pdf, Typeset};
pub use world::{DATA_PATH, DocumentWorld};

/// Empties typst's memo caches, so the next document is typeset from scratch (and memory is given back after
/// a long print run). Documents print the same either way; only the time differs.
pub fn evict_caches() {
    typst::comemo::evict(0);
}
