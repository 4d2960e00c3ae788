//! Attachments of agreements, agenda items, decisions and execution reports: attach through the open
//! dialog, list, open with the system's default application, save a copy, delete (undone through the trash).

use council_core::attachment::{Attachment, OwnerKind};
use council_core::{CoreError, ErrorCode};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_opener::OpenerExt;
use uuid::Uuid;

use super::Answer;
use crate::cache::{self, Copies};
use crate::dialogs::{self, DialogStart};
use council_surface::Desk;

/// Asks for a file and attaches it; `None` when the officer cancels the dialog.
pub async fn attach_file(
    _desktop: AppHandle,
    desk: State<'_, Desk>,
    owner_kind: OwnerKind,
    owner_id: Uuid,
) -> Answer<Option<Attachment>> {
    let Some(file) = dialogs::pick_file(DialogStart::default()).await else {
        return Ok(None);
    };
    desk.with(|store| store.attach_file(owner_kind, &owner_id.to_string(), &file))
        .map(Some)
}

/// Opens a copy of the attachment (under its own name, in the app's cache folder) with the system's
/// default application for its type.
pub async fn open_attachment(app: AppHandle, desk: State<'_, Desk>, id: Uuid) -> Answer<()> {
    let cache = cache::folder(&app, Copies::Open);
    let copy = desk.with(|store| store.attachment_copy_for_opening(&id.to_string(), &cache))?;
    app.opener()
        .open_path(copy.display().to_string(), None::<&str>)
        .map_err(|error| CoreError::new(ErrorCode::Storage, error.to_string()).payload(desk.lang()))
}

/// Asks where to save a copy of the attachment and writes it; `None` when cancelled.
pub async fn export_attachment(
    app: AppHandle,
    desk: State<'_, Desk>,
    id: Uuid,
) -> Answer<Option<String>> {
    let attachment = desk.with(|store| store.attachment(&id.to_string()))?;
    let start = DialogStart {
        file_name: Some(attachment.name),
        directory: dirs_download(&app),
        filter: None,
    };
    let Some(out) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    // The save dialog has asked before replacing a file.
    desk.with(|store| store.export_attachment(&id.to_string(), &out, true))
        .map(|written| Some(written.display().to_string()))
}

fn dirs_download(app: &AppHandle) -> Option<std::path::PathBuf> {
    app.path().download_dir().ok()
}
