//! Commands that move data through office files: sessions to and from iCalendar, the control list and the
//! indicators to XLSX,
//! bodies, people and instructions from CSV.
//! The file is chosen in a native dialog opened from Rust (see `dialogs`); the formats live in
//! `council-interop`.

use council_core::Lang;
use council_core::control::InstructionFilter;
use council_core::paths::ChosenFile;
use council_core::session::SessionFilter;
use council_interop::files;
use serde_json::json;
use tauri::{AppHandle, Manager, State};
use uuid::Uuid;

use super::Answer;
use crate::dialogs::{self, DialogStart};
use crate::hub::HubLink;
use council_surface::Desk;

/// A save dialog proposing `file_name`, showing files of one format.
fn save_start(
    app: &AppHandle,
    file_name: String,
    format: &str,
    extension: &'static str,
) -> DialogStart {
    DialogStart {
        directory: app.path().document_dir().ok(),
        file_name: Some(file_name),
        filter: Some((format.to_owned(), vec![extension])),
    }
}

/// Asks where to save, then writes one session (`session_id`) or those matching `filter` with texts in `lang`;
/// answers the file written, `None` when the officer cancels.
pub async fn export_sessions_ics(
    app: AppHandle,
    desk: State<'_, Desk>,
    session_id: Option<Uuid>,
    filter: SessionFilter,
    lang: Lang,
    file_name: String,
) -> Answer<Option<String>> {
    let start = save_start(&app, file_name, "iCalendar", "ics");
    let Some(path) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    let asked = json!({ "sessionId": session_id, "filter": filter, "lang": lang });
    if let Some(file) = app
        .state::<HubLink>()
        .download(&app, "sessions_ics", asked)
        .await
    {
        write_file(&desk, &path, &file?.0)?;
        return Ok(Some(path.display().to_string()));
    }
    desk.with(|store| {
        files::export_ics_file(
            store,
            session_id.map(|id| id.to_string()).as_deref(),
            &filter,
            lang,
            &path,
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// Asks for a calendar file to import; `None` when cancelled. Nothing is read until `import_sessions_ics` is
/// given the answered token.
pub async fn choose_ics_file(app: AppHandle, desk: State<'_, Desk>) -> Answer<Option<ChosenFile>> {
    choose_file(&app, &desk, "iCalendar", vec!["ics"]).await
}

/// An open dialog in the documents folder showing files of one format; the chosen file under a token (the
/// office hub's, once sent there, on a desk that works with one).
async fn choose_file(
    app: &AppHandle,
    desk: &Desk,
    format: &str,
    extensions: Vec<&'static str>,
) -> Answer<Option<ChosenFile>> {
    let start = DialogStart {
        directory: app.path().document_dir().ok(),
        file_name: None,
        filter: Some((format.to_owned(), extensions)),
    };
    let Some(path) = dialogs::pick_file(start).await else {
        return Ok(None);
    };
    match app.state::<HubLink>().upload(app, &path, desk.lang()).await {
        Some(chosen) => chosen.map(Some),
        None => Ok(Some(desk.remember_chosen(path))),
    }
}

/// Asks for a CSV file of bodies, people or instructions to import; `None` when cancelled. Nothing is read
/// until `import_csv_file` is given the answered token.
pub async fn choose_csv_file(app: AppHandle, desk: State<'_, Desk>) -> Answer<Option<ChosenFile>> {
    choose_file(&app, &desk, "CSV", vec!["csv", "txt"]).await
}

/// Asks where to save, then writes the control list, filtered as on the screen, as a workbook in `lang`;
/// answers the file written, `None` when cancelled.
pub async fn export_control_xlsx(
    app: AppHandle,
    desk: State<'_, Desk>,
    filter: InstructionFilter,
    lang: Lang,
    file_name: String,
) -> Answer<Option<String>> {
    let start = save_start(&app, file_name, "Excel", "xlsx");
    let Some(path) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    let asked = json!({ "filter": filter, "lang": lang });
    if let Some(file) = app
        .state::<HubLink>()
        .download(&app, "control_xlsx", asked)
        .await
    {
        write_file(&desk, &path, &file?.0)?;
        return Ok(Some(path.display().to_string()));
    }
    desk.with(|store| files::export_control_xlsx_file(store, &filter, None, lang, &path))?;
    Ok(Some(path.display().to_string()))
}

/// Writes what the hub sent to the file the officer chose.
pub(super) fn write_file(desk: &Desk, path: &std::path::Path, bytes: &[u8]) -> Answer<()> {
    std::fs::write(path, bytes)
        .map_err(|error| council_core::CoreError::from(error).payload(desk.lang()))
}

/// Asks where to save, then writes the Council's indicators to an .xlsx file; answers the file written,
/// `None` when cancelled.
pub async fn export_indicators_xlsx(
    app: AppHandle,
    desk: State<'_, Desk>,
    lang: Lang,
    file_name: String,
) -> Answer<Option<String>> {
    let start = save_start(&app, file_name, "Excel", "xlsx");
    let Some(path) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    let asked = json!({ "lang": lang });
    if let Some(file) = app
        .state::<HubLink>()
        .download(&app, "indicators_xlsx", asked)
        .await
    {
        write_file(&desk, &path, &file?.0)?;
        return Ok(Some(path.display().to_string()));
    }
    desk.with(|store| files::export_indicators_xlsx_file(store, lang, &path))?;
    Ok(Some(path.display().to_string()))
}
