//! `council print …`: the print documents as PDF files, in the language(s) given by the global --lang.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};
use council_documents::{DocLang, Pdf};

use crate::instructions::{ControlFilter, Today};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum PrintCommand {
    /// The agenda of a session (DRAFT until it is approved).
    #[command(disable_version_flag = true)]
    Agenda {
        /// The session: id or council session number.
        session: String,
        /// An earlier version of the agenda (default: the current one).
        #[arg(long, value_name = "N")]
        version: Option<i64>,
        #[command(flatten)]
        common: PrintArgs,
    },
    /// The minutes of a session: attendance, decisions per agenda item, instructions, signatures.
    Minutes {
        /// The session: id or council session number.
        session: String,
        #[command(flatten)]
        common: PrintArgs,
    },
    /// The instruction control list, filtered as on the control screen; overdue rows are marked.
    Controls {
        #[command(flatten)]
        filter: ControlFilter,
        #[command(flatten)]
        common: PrintArgs,
    },
    /// The dossier of a pairing: agreements, sessions, decisions and instructions with their state.
    Dossier {
        /// The pairing (id).
        pairing: String,
        #[command(flatten)]
        common: PrintArgs,
    },
    /// The progress report for a Council session: the targets and their progress by year, the pairings' and
    /// sectors' share of the portfolio, agreements, execution and the open instructions.
    Report {
        #[command(flatten)]
        common: PrintArgs,
    },
}

/// What every document takes: the file to write and the printing date.
#[derive(Debug, Args)]
pub struct PrintArgs {
    /// The PDF file to write.
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
    #[command(flatten)]
    day: Today,
}

/// The document language: the global --lang (ru, uz, en or ru+uz), else the interface language.
pub fn doc_lang(asked: Option<&str>, interface: Lang) -> CoreResult<DocLang> {
    asked.map_or(Ok(DocLang::One(interface)), DocLang::parse)
}

pub fn run(
    command: PrintCommand,
    store: &Store,
    lang: DocLang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        PrintCommand::Agenda {
            session,
            version,
            common,
        } => {
            let today = common.day.resolve(store)?;
            let pdf = council_documents::agenda_pdf(store, &session, version, lang, today)?;
            write(&pdf, &common.out, out)
        }
        PrintCommand::Minutes { session, common } => {
            let today = common.day.resolve(store)?;
            let pdf = council_documents::minutes_pdf(store, &session, lang, today)?;
            write(&pdf, &common.out, out)
        }
        PrintCommand::Controls { filter, common } => {
            let today = common.day.resolve(store)?;
            let pdf =
                council_documents::controls_pdf(store, &filter.to_filter(None, 0)?, lang, today)?;
            write(&pdf, &common.out, out)
        }
        PrintCommand::Dossier { pairing, common } => {
            let today = common.day.resolve(store)?;
            let pdf = council_documents::dossier_pdf(store, &pairing, lang, today)?;
            write(&pdf, &common.out, out)
        }
        PrintCommand::Report { common } => {
            let today = common.day.resolve(store)?;
            let pdf = council_documents::report_pdf(store, lang, today)?;
            write(&pdf, &common.out, out)
        }
    }
}

/// Writes the PDF and prints its path and page count.
fn write(pdf: &Pdf, path: &Path, out: &mut dyn Write) -> CoreResult<()> {
    std::fs::write(path, &pdf.bytes).map_err(|error| {
        CoreError::new(
            ErrorCode::DocumentFailed,
            format!("{}: {error}", path.display()),
        )
    })?;
    output::lines(out, &[format!("{}\t{} pages", path.display(), pdf.pages)])
}
