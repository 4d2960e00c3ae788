//! `council export …`: sessions as iCalendar files, registers as XLSX workbooks.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use council_core::session::{SessionFilter, SessionKind, SessionStatus};
use council_core::{CoreResult, Lang, PairingFilter, PairingStatus, Store};
use council_interop::{files, xlsx};

use crate::instructions::{ControlFilter, Today};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Sessions as an iCalendar (.ics) file for Outlook and other calendars: one session, or those matching the
    /// filters. Titles, places and agendas are in the --lang language.
    Ics {
        /// Only this session: id or council session number.
        #[arg(long)]
        session: Option<String>,
        /// Only sessions starting on or after this date (YYYY-MM-DD, venue's clock).
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Only sessions starting on or before this date (YYYY-MM-DD, venue's clock).
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// Only this kind: council_session, working_group, forum or preparatory.
        #[arg(long)]
        kind: Option<String>,
        /// Only this status: draft, scheduled, confirmed, held, minutes_approved, postponed or cancelled.
        #[arg(long)]
        status: Option<String>,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A register as an XLSX workbook.
    #[command(subcommand)]
    Xlsx(XlsxCommand),
}

#[derive(Debug, Subcommand)]
pub enum XlsxCommand {
    /// The instruction control list, filtered as on the control screen.
    Controls {
        #[command(flatten)]
        filter: ControlFilter,
        #[command(flatten)]
        day: Today,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The register of pairings.
    Pairings {
        /// Only this status: proposed, active, suspended or ended.
        #[arg(long)]
        status: Option<String>,
        /// Only pairings with this region (id or ISO code) on either side.
        #[arg(long)]
        region: Option<String>,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The Council's indicators: every value entered, by indicator and period, with its target and source.
    Indicators {
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The live agenda of a session, with times on the venue's clock.
    Agenda {
        /// The session: id or council session number.
        session: String,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

fn save(out: &mut dyn Write, file: &Path, bytes: &[u8]) -> CoreResult<()> {
    std::fs::write(file, bytes)?;
    output::lines(out, &[file.display().to_string()])
}

pub fn run(
    command: ExportCommand,
    store: &Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        ExportCommand::Ics {
            session,
            from,
            to,
            kind,
            status,
            out: file,
        } => {
            let filter = SessionFilter {
                from,
                to,
                kind: kind.as_deref().map(SessionKind::parse).transpose()?,
                status: status.as_deref().map(SessionStatus::parse).transpose()?,
                deleted: false,
            };
            files::export_ics_file(store, session.as_deref(), &filter, lang, &file)?;
            output::lines(out, &[file.display().to_string()])
        }
        ExportCommand::Xlsx(XlsxCommand::Controls {
            filter,
            day,
            out: file,
        }) => {
            files::export_control_xlsx_file(
                store,
                &filter.to_filter(None, 0)?,
                Some(day.resolve(store)?),
                lang,
                &file,
            )?;
            output::lines(out, &[file.display().to_string()])
        }
        ExportCommand::Xlsx(XlsxCommand::Pairings {
            status,
            region,
            out: file,
        }) => {
            let filter = PairingFilter {
                status: status.as_deref().map(PairingStatus::parse).transpose()?,
                region,
                deleted: false,
            };
            save(out, &file, &xlsx::pairings_register(store, &filter, lang)?)
        }
        ExportCommand::Xlsx(XlsxCommand::Indicators { out: file }) => {
            save(out, &file, &xlsx::indicators(store, lang)?)
        }
        ExportCommand::Xlsx(XlsxCommand::Agenda { session, out: file }) => {
            save(out, &file, &xlsx::agenda(store, &session, lang)?)
        }
    }
}
