//! `council print …`: the print documents as PDF or Word files, in the language(s) given by the global --lang.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};
use council_documents::{self as documents, DocLang, DocumentData, Reference};

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

/// What every document takes: the file to write, its format, and the printing date.
#[derive(Debug, Args)]
pub struct PrintArgs {
    /// The file to write: a PDF, or a Word file when it ends in .docx (or --format docx).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// pdf or docx (default: the --out file's extension decides; pdf otherwise).
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// A Word file whose styles, letterhead (page header) and footer the Word file takes (docx only).
    #[arg(long, value_name = "FILE.docx")]
    reference: Option<PathBuf>,
    #[command(flatten)]
    day: Today,
}

/// The file formats a document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Pdf,
    Docx,
}

impl PrintArgs {
    /// The format asked for, else the one the file name says.
    fn format(&self) -> CoreResult<Format> {
        match self.format.as_deref().map(str::trim) {
            Some(f) if f.eq_ignore_ascii_case("pdf") => Ok(Format::Pdf),
            Some(f) if f.eq_ignore_ascii_case("docx") => Ok(Format::Docx),
            Some(other) => Err(CoreError::new(ErrorCode::InvalidValue, other).on("format")),
            None => Ok(
                if self
                    .out
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
                {
                    Format::Docx
                } else {
                    Format::Pdf
                },
            ),
        }
    }
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
    let (data, common) = match command {
        PrintCommand::Agenda {
            session,
            version,
            common,
        } => {
            let today = common.day.resolve(store)?;
            let data = documents::agenda_document(store, &session, version, lang, today)?;
            (data, common)
        }
        PrintCommand::Minutes { session, common } => {
            let today = common.day.resolve(store)?;
            (
                documents::minutes_document(store, &session, lang, today)?,
                common,
            )
        }
        PrintCommand::Controls { filter, common } => {
            let today = common.day.resolve(store)?;
            let filter = filter.to_filter(None, 0)?;
            (
                documents::controls_document(store, &filter, lang, today)?,
                common,
            )
        }
        PrintCommand::Dossier { pairing, common } => {
            let today = common.day.resolve(store)?;
            (
                documents::dossier_document(store, &pairing, lang, today)?,
                common,
            )
        }
        PrintCommand::Report { common } => {
            let today = common.day.resolve(store)?;
            (
                council_documents::report_document(store, lang, today)?,
                common,
            )
        }
    };
    write(&data, &common, out)
}

/// Writes the document in the format asked for and prints its path (and the PDF's page count).
fn write(data: &DocumentData, common: &PrintArgs, out: &mut dyn Write) -> CoreResult<()> {
    let format = common.format()?;
    if format == Format::Pdf && common.reference.is_some() {
        return Err(CoreError::new(ErrorCode::InvalidValue, "--reference").on("reference"));
    }
    let reference = common
        .reference
        .as_deref()
        .map(Reference::open)
        .transpose()?;
    let (bytes, line) = match format {
        Format::Pdf => {
            let pdf = data.typeset()?.pdf()?;
            let line = format!("{}\t{} pages", common.out.display(), pdf.pages);
            (pdf.bytes, line)
        }
        Format::Docx => (
            data.docx(reference.as_ref())?.bytes,
            common.out.display().to_string(),
        ),
    };
    std::fs::write(&common.out, bytes).map_err(|error| {
        CoreError::new(
            ErrorCode::DocumentFailed,
            format!("{}: {error}", common.out.display()),
        )
    })?;
    output::lines(out, &[line])
}
