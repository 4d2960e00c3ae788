//! `council import …`: calendar events as draft sessions; bodies, people and instructions from CSV files.
//! Every row is checked; the file is written all at once, or not at all.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use council_core::time::parse_zone;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};
use council_interop::csv_import::{CsvImportOptions, CsvKind, import_csv};
use council_interop::ics::{IcsImportOptions, import_calendar};
use council_interop::{ImportReport, Outcome};

use crate::instructions::Today;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Events of an iCalendar (.ics) file as draft sessions; events imported before are reported as present.
    Ics {
        file: PathBuf,
        /// Venue time zone of events whose times name none, unless the calendar names its own
        /// (X-WR-TIMEZONE) (default: Asia/Tashkent).
        #[arg(long, value_name = "ZONE", default_value = "Asia/Tashkent")]
        zone: String,
        /// Check and report only; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Rows of a CSV file (UTF-8 or Windows-1251, ";" or "," separated, a header line naming the columns).
    /// Bodies: country, kind, name_ru, name_uz, name_en, region. People: full_name_ru|uz|en, position_ru|uz|en,
    /// body, country, phone, email. Instructions: text_ru|uz|en, lead_body, co_executors (separated by "|"),
    /// controller, pairing, decision, due_on. Bodies and people may be named by id or by name. A file holds at most
    /// 32 MB, a cell at most 32,767 characters.
    Csv {
        /// bodies, people or instructions.
        kind: String,
        file: PathBuf,
        /// Check and report only; change nothing.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        day: Today,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(
    command: ImportCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    let (report, json) = match command {
        ImportCommand::Ics {
            file,
            zone,
            dry_run,
            json,
        } => {
            let text = council_interop::files::read_calendar_file(&file)?;
            let options = IcsImportOptions {
                default_zone: parse_zone(&zone, "zone")?,
                lang,
                dry_run,
            };
            (import_calendar(store, &text, &options)?, json)
        }
        ImportCommand::Csv {
            kind,
            file,
            dry_run,
            day,
            json,
        } => {
            let kind = CsvKind::parse(&kind)?;
            let bytes = council_interop::csv_import::read_file(&file)?;
            let options = CsvImportOptions {
                lang,
                dry_run,
                today: day.resolve(store)?,
            };
            (import_csv(store, kind, &bytes, &options)?, json)
        }
    };
    if json {
        output::json(out, &report)?;
    } else {
        output::lines(out, &lines(&report))?;
    }
    if report.has_problems() {
        let refused = report
            .refused
            .max(usize::from(!report.file_problems.is_empty()));
        return Err(CoreError::new(
            ErrorCode::ImportRefused,
            refused.to_string(),
        ));
    }
    Ok(())
}

/// The report for people: one line per row and per problem, then a summary.
fn lines(report: &ImportReport) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(source) = &report.source {
        lines.push(format!("file  written by {source}"));
    }
    for problem in &report.file_problems {
        let column = problem
            .column
            .as_deref()
            .map(|c| format!("{c}: "))
            .unwrap_or_default();
        lines.push(format!("file  {column}{}", problem.message));
    }
    for row in &report.rows {
        let outcome = match row.outcome {
            Outcome::Taken => "taken",
            Outcome::AlreadyPresent => "already present",
            Outcome::Refused => "refused",
        };
        let id = row.record_id.as_deref().unwrap_or("");
        lines.push(
            format!("row {}  {outcome}  {}  {id}", row.row, row.label)
                .trim_end()
                .to_owned(),
        );
        for problem in &row.problems {
            let column = problem
                .column
                .as_deref()
                .map(|c| format!("{c}: "))
                .unwrap_or_default();
            lines.push(format!("    {column}{}", problem.message));
        }
        for note in &row.notes {
            lines.push(format!("    note: {}", note.message));
        }
    }
    let state = if report.applied {
        "written"
    } else if report.dry_run {
        "dry run, nothing changed"
    } else {
        "nothing changed"
    };
    lines.push(format!(
        "{} taken, {} already present, {} refused ({state})",
        report.taken, report.already_present, report.refused
    ));
    lines
}
