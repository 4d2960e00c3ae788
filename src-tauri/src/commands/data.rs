//! Commands that keep the data safe: the trash, backups and integrity checks.

use council_core::Store;
use council_core::backup::{
    BackupOutcome, CheckReport, ChosenBackup, RestoreOutcome, manual_backup_path,
};
use council_core::officer::Role;
use council_core::paths::ChosenFile;
use council_core::search::SearchHit;
use tauri::State;
use uuid::Uuid;

use super::Answer;
use crate::dialogs::{self, DialogStart};
use crate::state::Desk;

/// The filter of backup files in the file dialogs.
fn backup_filter() -> (String, Vec<&'static str>) {
    ("Council Desk".to_owned(), vec!["council-backup"])
}

pub async fn restore_from_trash(desk: State<'_, Desk>, entity: String, id: Uuid) -> Answer<()> {
    desk.with(|store| {
        store.restore_from_trash(&entity, &id.to_string(), store.secretariat_today()?)
    })
}

/// Asks where to write a backup (the backups folder and a dated name proposed), writes it and answers how it
/// went (with the attachments whose content could not go in); `None` when the officer cancels.
pub async fn backup_now(desk: State<'_, Desk>) -> Answer<Option<BackupOutcome>> {
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

/// How the last daily backup went (`None` before the first): Settings → Data and the window's banner.
pub async fn last_daily_backup(desk: State<'_, Desk>) -> Answer<Option<BackupOutcome>> {
    desk.with(|store| store.last_daily_backup())
}

/// Asks for a backup file to restore, with when it was made; `None` when cancelled. Nothing changes until
/// `restore_backup` is given the answered token.
pub async fn choose_backup_file(desk: State<'_, Desk>) -> Answer<Option<ChosenBackup>> {
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

/// Restores the backup chosen under `file` (a token of `choose_backup_file`) over the current data, which is
/// kept as a backup first; answers where it was kept and what content the restored data lacks. A damaged
/// backup is refused and changes nothing.
pub async fn restore_backup(desk: State<'_, Desk>, file: String) -> Answer<RestoreOutcome> {
    desk.with(|store| store.require_role(Role::Head))?;
    desk.restore(&desk.chosen(&file)?)
}

/// How many daily automatic backups are kept (1 to 365).
pub async fn set_backups_keep(desk: State<'_, Desk>, keep: u32) -> Answer<u32> {
    desk.with(|store| store.set_backups_keep(keep))
}

/// The verdict of the quick check the app runs on its database at start, once it has one: nothing when the
/// database is sound, else the error naming the way out. The window asks once its first screen is in.
pub async fn startup_check(desk: State<'_, Desk>) -> Answer<()> {
    desk.with(|_| Ok(()))
}

pub async fn check_database(desk: State<'_, Desk>, full: bool) -> Answer<CheckReport> {
    desk.with(|store| store.check(full))
}

/// The global search (Ctrl+K): records of every register matching the query in either script.
pub async fn search(desk: State<'_, Desk>, query: String, limit: u32) -> Answer<Vec<SearchHit>> {
    desk.with(|store| store.search(&query, limit))
}
