//! The backups that ask the officer for a file (the rest of the data commands are `council-surface`'s).

use council_core::Store;
use council_core::backup::{BackupOutcome, ChosenBackup, manual_backup_path};
use council_core::paths::ChosenFile;
use tauri::{AppHandle, State};

use super::Answer;
use crate::dialogs::{self, DialogStart};
use council_surface::Desk;

/// The filter of backup files in the file dialogs.
fn backup_filter() -> (String, Vec<&'static str>) {
    ("Council Desk".to_owned(), vec!["council-backup"])
}

/// Asks where to write a backup (the backups folder and a dated name proposed), writes it and answers how it
/// went (with the attachments whose content could not go in); `None` when the officer cancels.
pub async fn backup_now(
    _desktop: AppHandle,
    desk: State<'_, Desk>,
) -> Answer<Option<BackupOutcome>> {
    let proposed = manual_backup_path(&desk.backups_dir());
    let start = DialogStart {
        directory: proposed.parent().map(std::path::Path::to_path_buf),
        file_name: proposed
            .file_name()
            .map(|name| name.to_string_lossy().into_owned()),
        filter: Some(backup_filter()),
    };
    let Some(out) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    let manifest = desk.with(|store| store.backup_to(&out))?;
    Ok(Some(BackupOutcome::written(&out, &manifest)))
}

/// Asks for a backup file to restore, with when it was made; `None` when cancelled. Nothing changes until
/// `restore_backup` is given the answered token.
pub async fn choose_backup_file(
    _desktop: AppHandle,
    desk: State<'_, Desk>,
) -> Answer<Option<ChosenBackup>> {
    let start = DialogStart {
        directory: Some(desk.backups_dir()),
        file_name: None,
        filter: Some(backup_filter()),
    };
    let Some(path) = dialogs::pick_file(start).await else {
        return Ok(None);
    };
    // A file that is no readable backup still goes to the question; the restore says why it refuses it.
    let created_at = Store::read_backup_manifest(&path)
        .ok()
        .map(|m| m.created_at);
    let ChosenFile { token, name } = desk.remember_chosen(path);
    Ok(Some(ChosenBackup {
        token,
        name,
        created_at,
    }))
}
