//! Commands of the registers: settings, regions, pairings, bodies, people, trash and history.

use council_core::body::{Body, BodyInput};
use council_core::person::{Person, PersonInput};
use council_core::store::Reference;
use council_core::{
    About, AuditEntry, Country, Lang, Pairing, PairingFilter, PairingInput, TrashEntry,
};
use tauri::State;
use uuid::Uuid;

use super::Answer;
use crate::state::Desk;

/// The language, the secretariat's date, the regions and the sectors in one answer, as the window opens.
pub async fn reference(desk: State<'_, Desk>) -> Answer<Reference> {
    desk.with_first_screen(|store| store.reference())
}

pub async fn set_language(desk: State<'_, Desk>, lang: Lang) -> Answer<About> {
    desk.set_lang(lang)?;
    desk.with(|store| store.about())
}

pub async fn list_pairings(desk: State<'_, Desk>, filter: PairingFilter) -> Answer<Vec<Pairing>> {
    desk.with(|store| store.list_pairings(&filter))
}

pub async fn get_pairing(desk: State<'_, Desk>, id: Uuid) -> Answer<Pairing> {
    desk.with(|store| store.pairing(&id.to_string()))
}

pub async fn create_pairing(desk: State<'_, Desk>, input: PairingInput) -> Answer<Pairing> {
    desk.with(|store| store.create_pairing(&input))
}

pub async fn update_pairing(
    desk: State<'_, Desk>,
    id: Uuid,
    input: PairingInput,
) -> Answer<Pairing> {
    desk.with(|store| store.update_pairing(&id.to_string(), &input))
}

pub async fn delete_pairing(desk: State<'_, Desk>, id: Uuid) -> Answer<Pairing> {
    desk.with(|store| store.delete_pairing(&id.to_string()))
}

pub async fn restore_pairing(desk: State<'_, Desk>, id: Uuid) -> Answer<Pairing> {
    desk.with(|store| store.restore_pairing(&id.to_string()))
}

pub async fn list_trash(desk: State<'_, Desk>) -> Answer<Vec<TrashEntry>> {
    desk.with(|store| store.trash())
}

pub async fn history(
    desk: State<'_, Desk>,
    entity: String,
    record_id: String,
) -> Answer<Vec<AuditEntry>> {
    desk.with(|store| store.history(&entity, &record_id))
}

pub async fn list_bodies(
    desk: State<'_, Desk>,
    country: Option<Country>,
    deleted: bool,
) -> Answer<Vec<Body>> {
    desk.with(|store| store.list_bodies(country, deleted))
}

pub async fn create_body(desk: State<'_, Desk>, input: BodyInput) -> Answer<Body> {
    desk.with(|store| store.create_body(&input))
}

pub async fn update_body(desk: State<'_, Desk>, id: Uuid, input: BodyInput) -> Answer<Body> {
    desk.with(|store| store.update_body(&id.to_string(), &input))
}

pub async fn delete_body(desk: State<'_, Desk>, id: Uuid) -> Answer<Body> {
    desk.with(|store| store.delete_body(&id.to_string()))
}

pub async fn restore_body(desk: State<'_, Desk>, id: Uuid) -> Answer<Body> {
    desk.with(|store| store.restore_body(&id.to_string()))
}

pub async fn list_people(
    desk: State<'_, Desk>,
    body_id: Option<Uuid>,
    deleted: bool,
) -> Answer<Vec<Person>> {
    desk.with(|store| store.list_people(body_id.map(|id| id.to_string()).as_deref(), deleted))
}

pub async fn create_person(desk: State<'_, Desk>, input: PersonInput) -> Answer<Person> {
    desk.with(|store| store.create_person(&input))
}

pub async fn update_person(desk: State<'_, Desk>, id: Uuid, input: PersonInput) -> Answer<Person> {
    desk.with(|store| store.update_person(&id.to_string(), &input))
}

pub async fn delete_person(desk: State<'_, Desk>, id: Uuid) -> Answer<Person> {
    desk.with(|store| store.delete_person(&id.to_string()))
}

pub async fn restore_person(desk: State<'_, Desk>, id: Uuid) -> Answer<Person> {
    desk.with(|store| store.restore_person(&id.to_string()))
}
