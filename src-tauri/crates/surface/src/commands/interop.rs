//! Imports of a file chosen earlier (its token): sessions from iCalendar, bodies, people and instructions
//! from CSV. The formats live in `council-interop`; the dialogs are the desktop's.

use council_core::import::ImportReport;
use council_interop::files;

use super::Answer;
use crate::Desk;

/// Reads the events of the calendar chosen under `file` (a token of `choose_ics_file`) as draft sessions:
/// all of them, or (dry run, or any refused) none; the report says what became of each.
pub fn import_sessions_ics(desk: &Desk, file: String, dry_run: bool) -> Answer<ImportReport> {
    let lang = desk.lang();
    let path = desk.chosen(&file)?;
    desk.with(|store| files::import_ics_file(store, &path, dry_run, lang))
}

/// Imports the rows of the CSV file chosen under `file` as `kind` (`bodies`, `people`, `instructions`): all of
/// them, or (dry run, or any refused) none; the report says what became of each.
pub fn import_csv_file(
    desk: &Desk,
    file: String,
    kind: String,
    dry_run: bool,
) -> Answer<ImportReport> {
    let lang = desk.lang();
    let path = desk.chosen(&file)?;
    desk.with(|store| files::import_csv_file(store, &path, &kind, dry_run, lang))
}
