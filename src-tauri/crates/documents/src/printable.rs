//! The documents by name: what the desktop's print preview asks for, and the PDF shortcuts the CLI uses.

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::{CoreResult, Store};
use serde::Deserialize;
use ts_rs::TS;

use crate::render::{DocLang, Pdf, Typeset};
use crate::{agenda, controls, dossier, minutes};

/// One printable document and the record (or filter) it prints. Serialized as `{ "kind": "agenda",
/// "session": "…" }` and so on, the way the desktop's preview names it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
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
}

impl Printable {
    /// A file name for the document, without folder: its kind and record, `.pdf`.
    #[must_use]
    pub fn file_name(&self, lang: DocLang) -> String {
        let (kind, key) = match self {
            Printable::Agenda { session } => ("agenda", session.as_str()),
            Printable::Minutes { session } => ("minutes", session.as_str()),
            Printable::Controls { .. } => ("control-list", ""),
            Printable::Dossier { pairing } => ("dossier", pairing.as_str()),
        };
        let key: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(36)
            .collect();
        let lang = lang.code().replace('+', "-");
        if key.is_empty() {
            format!("{kind}-{lang}.pdf")
        } else {
            format!("{kind}-{key}-{lang}.pdf")
        }
    }
}

/// Typesets `printable` in `lang`, printed on `today`.
pub fn typeset(
    store: &Store,
    printable: &Printable,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Typeset> {
    match printable {
        Printable::Agenda { session } => agenda::agenda_document(store, session, None, lang, today),
        Printable::Minutes { session } => minutes::minutes_document(store, session, lang, today),
        Printable::Controls { filter } => controls::controls_document(store, filter, lang, today),
        Printable::Dossier { pairing } => dossier::dossier_document(store, pairing, lang, today),
    }
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
    agenda::agenda_document(store, session, version, lang, today)?.pdf()
}

/// The minutes of `session` as a PDF printed on `today`; DRAFT until the minutes are approved.
pub fn minutes_pdf(
    store: &Store,
    session: &str,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Pdf> {
    minutes::minutes_document(store, session, lang, today)?.pdf()
}

/// The control list for `filter` as a PDF; `today` decides what is overdue.
pub fn controls_pdf(
    store: &Store,
    filter: &InstructionFilter,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Pdf> {
    controls::controls_document(store, filter, lang, today)?.pdf()
}

/// The dossier of `pairing` as a PDF; `today` decides what is overdue.
pub fn dossier_pdf(
    store: &Store,
    pairing: &str,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Pdf> {
    dossier::dossier_document(store, pairing, lang, today)?.pdf()
}
