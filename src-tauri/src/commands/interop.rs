//! Commands that move data through office files: sessions to and from iCalendar, the control list to XLSX.
//! The file names come from the native dialogs the window opens; the formats live in `council-interop`.

use std::path::Path;

use council_core::Lang;
use council_core::control::InstructionFilter;
use council_core::import::ImportReport;
use council_core::session::SessionFilter;
use council_interop::files;
use tauri::State;

use super::Answer;
use crate::state::Desk;

/// Writes one session (`session`) or those matching `filter` to `path` with texts in `lang`; answers how many.
#[tauri::command]
pub async fn export_sessions_ics(
    desk: State<'_, Desk>,
    session: Option<String>,
    filter: SessionFilter,
    lang: Lang,
    path: String,
) -> Answer<usize> {
    desk.with(|store| {
        files::export_ics_file(store, session.as_deref(), &filter, lang, Path::new(&path))
    })
}

/// Reads the events of the calendar at `path` as draft sessions: all of them, or (dry run, or any refused)
/// none; the report says what became of each.
#[tauri::command]
pub async fn import_sessions_ics(
    desk: State<'_, Desk>,
    path: String,
    dry_run: bool,
) -> Answer<ImportReport> {
    let lang = desk.lang();
    desk.with(|store| files::import_ics_file(store, Path::new(&path), dry_run, lang))
}

/// Writes the control list, filtered as on the screen, to `path` as a workbook in `lang`.
#[tauri::command]
pub async fn export_control_xlsx(
    desk: State<'_, Desk>,
    filter: InstructionFilter,
    lang: Lang,
    path: String,
) -> Answer<()> {
    desk.with(|store| files::export_control_xlsx_file(store, &filter, None, lang, Path::new(&path)))
}
