//! The documents by name: what the desktop's print preview asks for, and the PDF shortcuts the CLI uses.

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::{CoreResult, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::file_name::{DocumentKind, record_file_name, session_file_name};
use crate::render::{DocLang, DocumentData, DocumentParcel, Pdf, Typeset};
use crate::{agenda, controls, dossier, minutes, report};

/// One printable document and the record (or filter) it prints. Serialized as `{ "kind": "agenda",
/// "session": "…" }` and so on, the way the desktop's preview names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Printable {
    /// The current agenda of a session (id or council session number).
    Agenda { session: String },
    /// The minutes of a session (id or council session number).
    Minutes { session: String },
    /// The instruction control list, filtered as on the control screen.
    Controls { filter: InstructionFilter },
    /// The dossier of a pairing (id).
    Dossier { pairing: String },
    /// The progress report on the Council's targets (for a session: what the overview shows, and the open
    /// instructions).
    Report,
}

impl Printable {
    /// The name the document is offered under, without folder: what it is and what it is of, in the
    /// document's language (`Повестка 2-е заседание 2027-04-15.pdf`); `today` dates the control list.
    pub fn file_name(&self, store: &Store, lang: DocLang, today: NaiveDate) -> CoreResult<String> {
        Ok(match self {
            Printable::Agenda { session } => {
                session_file_name(DocumentKind::Agenda, &store.session(session)?, lang)
            }
            Printable::Minutes { session } => {
                session_file_name(DocumentKind::Minutes, &store.session(session)?, lang)
            }
            Printable::Controls { .. } => {
                record_file_name(DocumentKind::Controls, None, Some(today), lang)
            }
            Printable::Dossier { pairing } => {
                let name = dossier::pairing_name(&store.pairing(pairing)?);
                record_file_name(DocumentKind::Dossier, Some(&name), None, lang)
            }
            Printable::Report => record_file_name(DocumentKind::Report, None, Some(today), lang),
        })
    }
}

impl Printable {
    /// The name the Word file of the document is offered under: as the PDF's, ending in `.docx`.
    pub fn word_file_name(
        &self,
        store: &Store,
        lang: DocLang,
        today: NaiveDate,
    ) -> CoreResult<String> {
        let name = self.file_name(store, lang, today)?;
        Ok(format!(
            "{}.docx",
            name.strip_suffix(".pdf").unwrap_or(&name)
        ))
    }
}

/// Typesets `printable` in `lang`, printed on `today`.
pub fn typeset(
    store: &Store,
    printable: &Printable,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Typeset> {
    document_data(store, printable, lang, today)?.typeset()
}

/// Reads the data of `printable` in `lang`, printed on `today`: all the store is needed for; typeset it
/// (`DocumentData::typeset`) without holding the store.
pub fn document_data(
    store: &Store,
    printable: &Printable,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<DocumentData> {
    match printable {
        Printable::Agenda { session } => agenda::agenda_document(store, session, None, lang, today),
        Printable::Minutes { session } => minutes::minutes_document(store, session, lang, today),
        Printable::Controls { filter } => controls::controls_document(store, filter, lang, today),
        Printable::Dossier { pairing } => dossier::dossier_document(store, pairing, lang, today),
        Printable::Report => report::report_document(store, lang, today),
    }
}

/// The parcel of `printable` in `lang`, printed on `today`, offered under its file name: what the office hub
/// sends a desk to typeset.
pub fn document_parcel(
    store: &Store,
    printable: &Printable,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<DocumentParcel> {
    let data = document_data(store, printable, lang, today)?;
    Ok(data.parcel(printable.file_name(store, lang, today)?))
}

/// The agenda of `session` (its current version, or `version`) as a PDF, printed on `today`; DRAFT until that
/// version is approved.
pub fn agenda_pdf(
    store: &Store,
    session: &str,
    version: Option<i64>,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Pdf> {
    agenda::agenda_document(store, session, version, lang, today)?
        .typeset()?
        .pdf()
}

/// The minutes of `session` as a PDF printed on `today`; DRAFT until the minutes are approved.
pub fn minutes_pdf(
    store: &Store,
    session: &str,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Pdf> {
    minutes::minutes_document(store, session, lang, today)?
        .typeset()?
        .pdf()
}

/// The control list for `filter` as a PDF; `today` decides what is overdue.
pub fn controls_pdf(
    store: &Store,
    filter: &InstructionFilter,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Pdf> {
    controls::controls_document(store, filter, lang, today)?
        .typeset()?
        .pdf()
}

/// The dossier of `pairing` as a PDF; `today` decides what is overdue.
pub fn dossier_pdf(
    store: &Store,
    pairing: &str,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Pdf> {
    dossier::dossier_document(store, pairing, lang, today)?
        .typeset()?
        .pdf()
}

/// The progress report as a PDF, at `today` (the secretariat's date).
pub fn report_pdf(store: &Store, lang: DocLang, today: NaiveDate) -> CoreResult<Pdf> {
    report::report_document(store, lang, today)?
        .typeset()?
        .pdf()
}
