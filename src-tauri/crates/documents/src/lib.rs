//! Council Desk print documents: the agenda, the minutes, the instruction control list, the pairing dossier,
//! the progress report and the reminder letters,
//! typeset to PDF by an embedded Typst.
//!
//! The core supplies the records; this crate turns them into a small JSON data file (its own view types) that a
//! bundled template in `assets/templates/` reads with `json("/data.json")`. Record text therefore reaches a
//! template only as data and always prints literally. Fonts are bundled too, so the same data gives a
//! byte-identical PDF on every machine. The same data file also makes each document as a Word file (`docx/`),
//! for the offices that edit and sign them. This crate never writes SQL.

mod agenda;
mod controls;
mod directory;
mod docx;
mod dossier;
mod file_name;
mod instruction_view;
mod minutes;
mod preview;
mod printable;
mod printed;
mod reminder;
mod render;
mod report;
mod world;

pub use agenda::agenda_document;
pub use controls::controls_document;
pub use docx::{
    Reference, WordFile, WordReference, forget_reference, keep_reference, kept_reference,
    read_kept_reference, reference_folder,
};
pub use dossier::dossier_document;
pub use minutes::minutes_document;
pub use preview::DocumentPreview;
pub use printable::{
    Printable, agenda_pdf, controls_pdf, document_data, document_parcel, dossier_pdf, minutes_pdf,
    report_pdf, typeset,
};
pub use reminder::{
    LetterHeading, letter_doc_lang, reminder_document, reminder_file_name, reminder_file_names,
    reminder_pdf,
};
pub use render::{DocLang, DocumentData, DocumentParcel, Pdf, Typeset};
pub use report::report_document;
pub use world::{DATA_PATH, DocumentWorld};

/// Empties typst's memo caches, so the next document is typeset from scratch (and memory is given back after
/// a long print run). Documents print the same either way; only the time differs.
pub fn evict_caches() {
    typst::comemo::evict(0);
}
