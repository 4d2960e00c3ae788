//! The report of an import from an office file (a CSV line or a calendar event per row), in the user's
//! language. The importers live in the `council-interop` crate; the report crosses IPC, so it lives here.

use serde::Serialize;
use ts_rs::TS;

use crate::error::{CoreError, ErrorCode};
use crate::lang::Lang;

mod note;

pub use note::{Note, NoteCode};

/// What became of one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Written (or, in a dry run or a refused batch, would be written).
    Taken,
    /// The record is already in the register; nothing is written for it.
    AlreadyPresent,
    /// Refused; see the problems.
    Refused,
}

/// One problem of a row: where, what, and the translated message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    /// The column (CSV header) or property (`DTSTART`) at fault, when one is.
    pub column: Option<String>,
    pub code: ErrorCode,
    pub message: String,
}

impl Problem {
    /// A problem from a core error, placed in `column`.
    #[must_use]
    pub fn from_error(error: &CoreError, column: Option<&str>, lang: Lang) -> Problem {
        Problem {
            column: column.map(str::to_owned),
            code: error.code,
            message: error.message(lang),
        }
    }
}

/// One row of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RowReport {
    /// The line of the file the row starts on, from 1.
    pub row: usize,
    /// What the row is about (a name, a title), to recognise it by.
    pub label: String,
    pub outcome: Outcome,
    /// The record made or found, when there is one and it was written or already present.
    pub record_id: Option<String>,
    /// Every problem found; empty unless refused.
    pub problems: Vec<Problem>,
    /// What was assumed to read the row (a zone, a whole day, a missing title), for the officer to check.
    pub notes: Vec<Note>,
}

/// The report of one import. Invariant: `applied` is true only when no row was refused and it was not a dry
/// run; otherwise the database is exactly as it was before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportReport {
    /// The program that wrote the file, as the file says (an iCalendar PRODID), when it says.
    pub source: Option<String>,
    pub dry_run: bool,
    pub applied: bool,
    pub taken: usize,
    pub already_present: usize,
    pub refused: usize,
    /// Problems of the file as a whole (an unreadable header, no rows at all).
    pub file_problems: Vec<Problem>,
    pub rows: Vec<RowReport>,
}

impl ImportReport {
    /// Counts the rows and sets `applied` from whether the store committed.
    #[must_use]
    pub fn new(
        dry_run: bool,
        committed: bool,
        file_problems: Vec<Problem>,
        rows: Vec<RowReport>,
    ) -> ImportReport {
        let count = |outcome| rows.iter().filter(|r| r.outcome == outcome).count();
        ImportReport {
            source: None,
            dry_run,
            applied: committed && !dry_run,
            taken: count(Outcome::Taken),
            already_present: count(Outcome::AlreadyPresent),
            refused: count(Outcome::Refused),
            file_problems,
            rows,
        }
    }

    /// The same report naming the program that wrote the file.
    #[must_use]
    pub fn written_by(mut self, source: Option<String>) -> ImportReport {
        self.source = source;
        self
    }

    /// Whether anything stood in the way (a refused row or a problem of the file).
    #[must_use]
    pub fn has_problems(&self) -> bool {
        self.refused > 0 || !self.file_problems.is_empty()
    }
}
