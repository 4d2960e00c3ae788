//! Commands that keep the data safe: the trash, backups and integrity checks.

use council_core::backup::CheckReport;
use council_core::search::SearchHit;
use tauri::State;

use super::Answer;
use crate::state::Desk;

#[tauri::command]
pub async fn restore_from_trash(desk: State<'_, Desk>, entity: String, id: String) -> Answer<()> {
    desk.with(|store| store.restore_from_trash(&entity, &id, store.secretariat_today()?))
}

/// Writes a backup into the backups folder beside the database and answers its path.
#[tauri::command]
pub async fn backup_now(desk: State<'_, Desk>) -> Answer<String> {
    let path = council_core::backup::manual_backup_path(&desk.backups_dir());
    desk.with(|store| store.backup_to(&path))?;
    Ok(path.display().to_string())
}

#[tauri::command]
pub async fn check_database(desk: State<'_, Desk>, full: bool) -> Answer<CheckReport> {
    desk.with(|store| store.check(full))
}

/// The global search (Ctrl+K): records of every register matching the query in either script.
#[tauri::command]
pub async fn search(desk: State<'_, Desk>, query: String, limit: u32) -> Answer<Vec<SearchHit>> {
    desk.with(|store| store.search(&query, limit))
}
