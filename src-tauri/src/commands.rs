//! The IPC commands: each takes the state, calls one core function, and maps the error.
//! They are async so the UI thread never waits for the database.

use council_core::{
    About, AuditEntry, ErrorPayload, Lang, Pairing, PairingFilter, PairingInput, Region,
    RegionFilter, Sector, TrashEntry,
};
use tauri::State;

use crate::state::Desk;

type Answer<T> = Result<T, ErrorPayload>;

#[tauri::command]
pub async fn about(desk: State<'_, Desk>) -> Answer<About> {
    desk.with(|store| store.about())
}

#[tauri::command]
pub async fn set_language(desk: State<'_, Desk>, lang: Lang) -> Answer<About> {
    desk.set_lang(lang)?;
    desk.with(|store| store.about())
}

#[tauri::command]
pub async fn list_regions(desk: State<'_, Desk>, filter: RegionFilter) -> Answer<Vec<Region>> {
    desk.with(|store| store.list_regions(&filter))
}

#[tauri::command]
pub async fn list_sectors(desk: State<'_, Desk>) -> Answer<Vec<Sector>> {
    desk.with(|store| store.list_sectors())
}

#[tauri::command]
pub async fn list_pairings(desk: State<'_, Desk>, filter: PairingFilter) -> Answer<Vec<Pairing>> {
    desk.with(|store| store.list_pairings(&filter))
}

#[tauri::command]
pub async fn get_pairing(desk: State<'_, Desk>, id: String) -> Answer<Pairing> {
    desk.with(|store| store.pairing(&id))
}

#[tauri::command]
pub async fn create_pairing(desk: State<'_, Desk>, input: PairingInput) -> Answer<Pairing> {
    desk.with(|store| store.create_pairing(&input))
}

#[tauri::command]
pub async fn update_pairing(
    desk: State<'_, Desk>,
    id: String,
    input: PairingInput,
) -> Answer<Pairing> {
    desk.with(|store| store.update_pairing(&id, &input))
}

#[tauri::command]
pub async fn delete_pairing(desk: State<'_, Desk>, id: String) -> Answer<Pairing> {
    desk.with(|store| store.delete_pairing(&id))
}

#[tauri::command]
pub async fn restore_pairing(desk: State<'_, Desk>, id: String) -> Answer<Pairing> {
    desk.with(|store| store.restore_pairing(&id))
}

#[tauri::command]
pub async fn list_trash(desk: State<'_, Desk>) -> Answer<Vec<TrashEntry>> {
    desk.with(|store| store.trash())
}

#[tauri::command]
pub async fn history(
    desk: State<'_, Desk>,
    entity: String,
    record_id: String,
) -> Answer<Vec<AuditEntry>> {
    desk.with(|store| store.history(&entity, &record_id))
}
