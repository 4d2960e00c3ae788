//! Attachments of agreements, agenda items, decisions and execution reports: attach through the open
//! dialog, list, open with the system's default application, save a copy, delete (undone through the trash).

use council_core::attachment::{
    Attachment, OwnerKind, opening_file_name, opens_in_viewer, sanitize_name,
};
use council_core::{CoreError, ErrorCode};
use serde_json::json;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_opener::OpenerExt;
use uuid::Uuid;

use super::Answer;
use crate::cache::{self, Copies};
use crate::dialogs::{self, DialogStart};
use crate::hub::HubLink;
use council_surface::Desk;

/// Asks for a file and attaches it; `None` when the officer cancels the dialog.
pub async fn attach_file(
    desktop: AppHandle,
    desk: State<'_, Desk>,
    owner_kind: OwnerKind,
    owner_id: Uuid,
) -> Answer<Option<Attachment>> {
    let Some(file) = dialogs::pick_file(DialogStart::default()).await else {
        return Ok(None);
    };
    let link = desktop.state::<HubLink>();
    if let Some(chosen) = link.upload(&desktop, &file, desk.lang()).await {
        let asked = json!({ "ownerKind": owner_kind, "ownerId": owner_id, "file": chosen?.token });
        let attached = link
            .call(&desktop, "attach_chosen", &asked)
            .await
            .unwrap_or(Ok(serde_json::Value::Null))?;
        return serde_json::from_value(attached).map(Some).map_err(|error| {
            CoreError::new(ErrorCode::Internal, error.to_string()).payload(desk.lang())
        });
    }
    desk.with(|store| store.attach_file(owner_kind, &owner_id.to_string(), &file))
        .map(Some)
}

/// Opens a copy of the attachment (under its own name, in the app's cache folder) with the system's
/// default application for its type.
pub async fn open_attachment(app: AppHandle, desk: State<'_, Desk>, id: Uuid) -> Answer<()> {
    let cache = cache::folder(&app, Copies::Open);
    let copy = match app
        .state::<HubLink>()
        .download(&app, "attachment", json!({ "id": id }))
        .await
    {
        Some(file) => {
            let (bytes, name) = file?;
            let name = name.unwrap_or_default();
            if !opens_in_viewer(&name) {
                return Err(CoreError::new(ErrorCode::NotViewable, name).payload(desk.lang()));
            }
            let copy = cache.join(opening_file_name(id, &name));
            std::fs::create_dir_all(&cache)
                .and_then(|()| std::fs::write(&copy, bytes))
                .map_err(|error| CoreError::from(error).payload(desk.lang()))?;
            copy
        }
        None => desk.with(|store| store.attachment_copy_for_opening(&id.to_string(), &cache))?,
    };
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
    // On the hub the content comes first (it names the file), then the dialog asks where it goes.
    let from_hub = match app
        .state::<HubLink>()
        .download(&app, "attachment", json!({ "id": id }))
        .await
    {
        Some(file) => Some(file?),
        None => None,
    };
    let name = match &from_hub {
        Some((_, name)) => sanitize_name(name.as_deref().unwrap_or_default()),
        None => desk.with(|store| store.attachment(&id.to_string()))?.name,
    };
    let start = DialogStart {
        file_name: Some(name),
        directory: dirs_download(&app),
        filter: None,
    };
    let Some(out) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    if let Some((bytes, _)) = from_hub {
        super::interop::write_file(&desk, &out, &bytes)?;
        return Ok(Some(out.display().to_string()));
    }
    // The save dialog has asked before replacing a file.
    desk.with(|store| store.export_attachment(&id.to_string(), &out, true))
        .map(|written| Some(written.display().to_string()))
}

fn dirs_download(app: &AppHandle) -> Option<std::path::PathBuf> {
    app.path().download_dir().ok()
}
