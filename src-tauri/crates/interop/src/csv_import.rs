//! CSV import of bodies, people and instructions: decoded, checked row by row and column by column, then
//! written all together or not at all.
//!
//! The first line names the columns (any order, case ignored); see [`CsvKind::columns`]. A dry run lists every
//! problem and writes nothing; a real run writes only when no row is refused.

mod decode;
mod read;
mod rows;

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};

pub use decode::{Encoding, decode, separator};
pub use read::MAX_CELL_CHARS;

use crate::report::{ImportReport, Outcome, Problem, RowReport};
use read::Reader;

/// What a CSV file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvKind {
    Bodies,
    People,
    Instructions,
}

impl CsvKind {
    /// Parses `bodies`, `people` or `instructions`.
    pub fn parse(text: &str) -> CoreResult<CsvKind> {
        match text.trim() {
            "bodies" => Ok(CsvKind::Bodies),
            "people" => Ok(CsvKind::People),
            "instructions" => Ok(CsvKind::Instructions),
            other => Err(CoreError::new(ErrorCode::InvalidValue, other).on("kind")),
        }
    }

    /// The columns a file of this kind may have, and which of them must be there.
    #[must_use]
    pub fn columns(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            CsvKind::Bodies => (
                &["country", "kind", "name_ru", "name_uz", "name_en", "region"],
                &["country", "kind"],
            ),
            CsvKind::People => (
                &[
                    "full_name_ru",
                    "full_name_uz",
                    "full_name_en",
                    "position_ru",
                    "position_uz",
                    "position_en",
                    "body",
                    "country",
                    "phone",
                    "email",
                ],
                &["country"],
            ),
            CsvKind::Instructions => (
                &[
                    "text_ru",
                    "text_uz",
                    "text_en",
                    "lead_body",
                    "co_executors",
                    "controller",
                    "pairing",
                    "decision",
                    "due_on",
                ],
                &["lead_body", "due_on"],
            ),
        }
    }
}

/// How to run a CSV import.
#[derive(Debug, Clone, Copy)]
pub struct CsvImportOptions {
    /// The language of the report.
    pub lang: Lang,
    /// Only check, write nothing.
    pub dry_run: bool,
    /// The secretariat's date (numbers standalone instructions).
    pub today: NaiveDate,
}

/// One data row: its line, its cells by column name, and the faults found while reading it.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub line: usize,
    pub cells: Vec<(String, String)>,
    pub problems: Vec<Problem>,
}

impl Row {
    /// The trimmed cell of a column, empty when the column is absent.
    pub fn cell(&self, column: &str) -> &str {
        self.cells
            .iter()
            .find(|(name, _)| name == column)
            .map_or("", |(_, value)| value.trim())
    }
}

/// The most bytes a file to import may have. With at most [`MAX_CELL_CHARS`] characters a cell, a file this
/// size holds over 100,000 rows of instructions with long texts, and its import stays within a few hundred MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads a file to import, refusing one over [`MAX_FILE_BYTES`] before reading more than that.
pub fn read_file(path: &Path) -> CoreResult<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    check_size(&bytes)?;
    Ok(bytes)
}

fn check_size(bytes: &[u8]) -> CoreResult<()> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(CoreError::new(
            ErrorCode::ImportFileTooLarge,
            (MAX_FILE_BYTES / (1024 * 1024)).to_string(),
        ));
    }
    Ok(())
}

/// Reads the header and rows; header problems are problems of the file.
fn table(text: &str, kind: CsvKind, lang: Lang) -> (Vec<Row>, Vec<Problem>) {
    let mut records = Reader::new(text, separator(text));
    let mut problems = Vec::new();
    let Some(header) = records.next() else {
        problems.push(Problem::from_error(
            &CoreError::new(ErrorCode::Required, "rows"),
            None,
            lang,
        ));
        return (Vec::new(), problems);
    };
    let headers: Vec<String> = header
        .fields
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    if !header.faults.is_empty() {
        problems.extend(
            header
                .faults
                .iter()
                .map(|fault| Problem::from_error(&fault.error, None, lang)),
        );
        return (Vec::new(), problems);
    }
    let (allowed, required) = kind.columns();
    for header in &headers {
        if !allowed.contains(&header.as_str()) {
            problems.push(Problem::from_error(
                &CoreError::new(ErrorCode::InvalidValue, header.clone()),
                Some(header),
                lang,
            ));
        }
    }
    for column in required {
        if !headers.iter().any(|h| h == column) {
            problems.push(Problem::from_error(
                &CoreError::new(ErrorCode::Required, *column),
                Some(column),
                lang,
            ));
        }
    }
    let rows: Vec<Row> = records
        .filter(|record| {
            !record.faults.is_empty() || record.fields.iter().any(|cell| !cell.trim().is_empty())
        })
        .map(|record| Row {
            line: record.line,
            problems: record
                .faults
                .iter()
                .map(|fault| {
                    let column = headers.get(fault.field).map(String::as_str);
                    Problem::from_error(&fault.error, column, lang)
                })
                .collect(),
            cells: headers.iter().cloned().zip(record.fields).collect(),
        })
        .collect();
    if rows.is_empty() && problems.is_empty() {
        problems.push(Problem::from_error(
            &CoreError::new(ErrorCode::Required, "rows"),
            None,
            lang,
        ));
    }
    (rows, problems)
}

/// Imports the file: every row checked, all written only when none is refused and it is not a dry run.
/// A file over [`MAX_FILE_BYTES`] is refused whole.
pub fn import_csv(
    store: &mut Store,
    kind: CsvKind,
    bytes: &[u8],
    options: &CsvImportOptions,
) -> CoreResult<ImportReport> {
    check_size(bytes)?;
    let (text, _) = decode(bytes);
    let (rows, file_problems) = table(&text, kind, options.lang);
    let mut reports: Vec<RowReport> = rows
        .iter()
        .map(|row| RowReport {
            row: row.line,
            label: rows::label(kind, row),
            outcome: Outcome::Taken,
            record_id: None,
            problems: Vec::new(),
            notes: Vec::new(),
        })
        .collect();
    let committed = rows::write(
        store,
        kind,
        &rows,
        &mut reports,
        file_problems.is_empty(),
        *options,
    )?;
    for report in &mut reports {
        if !report.problems.is_empty() {
            report.outcome = Outcome::Refused;
            report.record_id = None;
        }
    }
    Ok(ImportReport::new(
        options.dry_run,
        committed,
        file_problems,
        reports,
    ))
}
