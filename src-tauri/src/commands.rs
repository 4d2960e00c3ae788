//! The IPC commands: each takes the state, calls one core function, and maps the error.
//! They are async so the UI thread never waits for the database.

use council_core::body::{Body, BodyInput};
use council_core::control::{ControlSummary, ExecutionRate, InstructionFilter, RateBy};
use council_core::instruction::{
    ExecutionReport, Instruction, InstructionHistory, InstructionInput, InstructionState,
    ReportInput,
};
use council_core::person::{Person, PersonInput};
use council_core::{
    About, AuditEntry, Country, ErrorPayload, Lang, Pairing, PairingFilter, PairingInput, Region,
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

#[tauri::command]
pub async fn list_bodies(
    desk: State<'_, Desk>,
    country: Option<Country>,
    deleted: bool,
) -> Answer<Vec<Body>> {
    desk.with(|store| store.list_bodies(country, deleted))
}

#[tauri::command]
pub async fn create_body(desk: State<'_, Desk>, input: BodyInput) -> Answer<Body> {
    desk.with(|store| store.create_body(&input))
}

#[tauri::command]
pub async fn update_body(desk: State<'_, Desk>, id: String, input: BodyInput) -> Answer<Body> {
    desk.with(|store| store.update_body(&id, &input))
}

#[tauri::command]
pub async fn delete_body(desk: State<'_, Desk>, id: String) -> Answer<Body> {
    desk.with(|store| store.delete_body(&id))
}

#[tauri::command]
pub async fn restore_body(desk: State<'_, Desk>, id: String) -> Answer<Body> {
    desk.with(|store| store.restore_body(&id))
}

#[tauri::command]
pub async fn list_people(
    desk: State<'_, Desk>,
    body_id: Option<String>,
    deleted: bool,
) -> Answer<Vec<Person>> {
    desk.with(|store| store.list_people(body_id.as_deref(), deleted))
}

#[tauri::command]
pub async fn create_person(desk: State<'_, Desk>, input: PersonInput) -> Answer<Person> {
    desk.with(|store| store.create_person(&input))
}

#[tauri::command]
pub async fn update_person(
    desk: State<'_, Desk>,
    id: String,
    input: PersonInput,
) -> Answer<Person> {
    desk.with(|store| store.update_person(&id, &input))
}

#[tauri::command]
pub async fn delete_person(desk: State<'_, Desk>, id: String) -> Answer<Person> {
    desk.with(|store| store.delete_person(&id))
}

#[tauri::command]
pub async fn restore_person(desk: State<'_, Desk>, id: String) -> Answer<Person> {
    desk.with(|store| store.restore_person(&id))
}

#[tauri::command]
pub async fn control_summary(desk: State<'_, Desk>) -> Answer<ControlSummary> {
    desk.with(|store| store.control_summary(store.secretariat_today()?))
}

#[tauri::command]
pub async fn list_instructions(
    desk: State<'_, Desk>,
    filter: InstructionFilter,
) -> Answer<Vec<Instruction>> {
    desk.with(|store| store.list_instructions(&filter, store.secretariat_today()?))
}

#[tauri::command]
pub async fn execution_rates(desk: State<'_, Desk>, by: RateBy) -> Answer<Vec<ExecutionRate>> {
    desk.with(|store| store.execution_rates(by, store.secretariat_today()?))
}

#[tauri::command]
pub async fn instruction_history(desk: State<'_, Desk>, key: String) -> Answer<InstructionHistory> {
    desk.with(|store| store.instruction_history(&key, store.secretariat_today()?))
}

#[tauri::command]
pub async fn create_instruction(
    desk: State<'_, Desk>,
    input: InstructionInput,
) -> Answer<Instruction> {
    desk.with(|store| store.create_instruction(&input, store.secretariat_today()?))
}

#[tauri::command]
pub async fn update_instruction(
    desk: State<'_, Desk>,
    key: String,
    input: InstructionInput,
) -> Answer<Instruction> {
    desk.with(|store| store.update_instruction(&key, &input, store.secretariat_today()?))
}

#[tauri::command]
pub async fn extend_instruction(
    desk: State<'_, Desk>,
    key: String,
    new_due_on: String,
    reason: String,
) -> Answer<Instruction> {
    desk.with(|store| {
        store.extend_instruction(&key, &new_due_on, &reason, store.secretariat_today()?)
    })
}

#[tauri::command]
pub async fn add_execution_report(
    desk: State<'_, Desk>,
    key: String,
    report: ReportInput,
) -> Answer<ExecutionReport> {
    desk.with(|store| store.add_execution_report(&key, &report, store.secretariat_today()?))
}

#[tauri::command]
pub async fn move_instruction(
    desk: State<'_, Desk>,
    key: String,
    to: InstructionState,
    note: String,
) -> Answer<Instruction> {
    desk.with(|store| store.move_instruction(&key, to, &note, store.secretariat_today()?))
}

#[tauri::command]
pub async fn delete_instruction(desk: State<'_, Desk>, key: String) -> Answer<Instruction> {
    desk.with(|store| store.delete_instruction(&key, store.secretariat_today()?))
}

#[tauri::command]
pub async fn restore_instruction(desk: State<'_, Desk>, key: String) -> Answer<Instruction> {
    desk.with(|store| store.restore_instruction(&key, store.secretariat_today()?))
}
