//! CSV import of bodies, people and instructions: decoded, checked row by row and column by column, then
//! written all together or not at all.
//!
//! The first line names the columns (any order, case ignored); see [`CsvKind::columns`]. A dry run lists every
//! problem and writes nothing; a real run writes only when no row is refused.

mod decode;
mod rows;

use chrono::NaiveDate;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};

pub use decode::{Encoding, decode, separator};

use crate::report::{ImportReport, Outcome, Problem, RowReport};

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

/// One data row: its line and its cells by column name.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub line: usize,
    pub cells: Vec<(String, String)>,
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

/// Reads the header and rows; header problems are problems of the file.
fn table(text: &str, kind: CsvKind, lang: Lang) -> (Vec<Row>, Vec<Problem>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(error) => {
            problems.push(Problem::from_error(
                &CoreError::new(ErrorCode::InvalidValue, error.to_string()),
                None,
                lang,
            ));
            return (Vec::new(), problems);
        }
    };
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
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        match record {
            Ok(record) => {
                if record.iter().all(|cell| cell.trim().is_empty()) {
                    continue;
                }
                // The line the record starts on, from its byte offset; the reader may place that offset on the
                // line end before it (after a CRLF header), so line ends there are skipped first.
                let line = record.position().map_or(index + 2, |p| {
                    let bytes = text.as_bytes();
                    let mut start = usize::try_from(p.byte()).unwrap_or(0).min(bytes.len());
                    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
                        start += 1;
                    }
                    text[..start].matches('\n').count() + 1
                });
                let cells = headers
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_owned))
                    .collect();
                rows.push(Row { line, cells });
            }
            Err(error) => problems.push(Problem::from_error(
                &CoreError::new(ErrorCode::InvalidValue, error.to_string()),
                None,
                lang,
            )),
        }
    }
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
pub fn import_csv(
    store: &mut Store,
    kind: CsvKind,
    bytes: &[u8],
    options: &CsvImportOptions,
) -> CoreResult<ImportReport> {
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
