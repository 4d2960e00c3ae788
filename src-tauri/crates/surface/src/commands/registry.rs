//! Commands of the registers: settings, regions, pairings, bodies, people, trash and history.

use council_core::body::{Body, BodyInput};
use council_core::person::{Person, PersonInput};
use council_core::store::Reference;
use council_core::{
    About, AuditEntry, Country, Lang, Pairing, PairingFilter, PairingInput, TrashEntry,
};
use uuid::Uuid;

use super::Answer;
use crate::Desk;

/// The language, the secretariat's date, the regions and the sectors in one answer, as the window opens.
pub fn reference(desk: &Desk) -> Answer<Reference> {
    desk.with_first_screen(|store| store.reference())
}

pub fn set_language(desk: &Desk, lang: Lang) -> Answer<About> {
    desk.set_lang(lang)?;
    desk.with(|store| store.about())
}

pub fn list_pairings(desk: &Desk, filter: PairingFilter) -> Answer<Vec<Pairing>> {
    desk.with(|store| store.list_pairings(&filter))
}

pub fn get_pairing(desk: &Desk, id: Uuid) -> Answer<Pairing> {
    desk.with(|store| store.pairing(&id.to_string()))
}

pub fn create_pairing(desk: &Desk, input: PairingInput) -> Answer<Pairing> {
    desk.with(|store| store.create_pairing(&input))
}

pub fn update_pairing(desk: &Desk, id: Uuid, input: PairingInput) -> Answer<Pairing> {
    desk.with(|store| store.update_pairing(&id.to_string(), &input))
}

pub fn delete_pairing(desk: &Desk, id: Uuid) -> Answer<Pairing> {
    desk.with(|store| store.delete_pairing(&id.to_string()))
}

pub fn restore_pairing(desk: &Desk, id: Uuid) -> Answer<Pairing> {
    desk.with(|store| store.restore_pairing(&id.to_string()))
}

pub fn list_trash(desk: &Desk) -> Answer<Vec<TrashEntry>> {
    desk.with(|store| store.trash())
}

pub fn history(desk: &Desk, entity: String, record_id: String) -> Answer<Vec<AuditEntry>> {
    desk.with(|store| store.history(&entity, &record_id))
}

pub fn list_bodies(desk: &Desk, country: Option<Country>, deleted: bool) -> Answer<Vec<Body>> {
    desk.with(|store| store.list_bodies(country, deleted))
}

pub fn create_body(desk: &Desk, input: BodyInput) -> Answer<Body> {
    desk.with(|store| store.create_body(&input))
}

pub fn update_body(desk: &Desk, id: Uuid, input: BodyInput) -> Answer<Body> {
    desk.with(|store| store.update_body(&id.to_string(), &input))
}

pub fn delete_body(desk: &Desk, id: Uuid) -> Answer<Body> {
    desk.with(|store| store.delete_body(&id.to_string()))
}

pub fn restore_body(desk: &Desk, id: Uuid) -> Answer<Body> {
    desk.with(|store| store.restore_body(&id.to_string()))
}

pub fn list_people(desk: &Desk, body_id: Option<Uuid>, deleted: bool) -> Answer<Vec<Person>> {
    desk.with(|store| store.list_people(body_id.map(|id| id.to_string()).as_deref(), deleted))
}

pub fn create_person(desk: &Desk, input: PersonInput) -> Answer<Person> {
    desk.with(|store| store.create_person(&input))
}

pub fn update_person(desk: &Desk, id: Uuid, input: PersonInput) -> Answer<Person> {
    desk.with(|store| store.update_person(&id.to_string(), &input))
}

pub fn delete_person(desk: &Desk, id: Uuid) -> Answer<Person> {
    desk.with(|store| store.delete_person(&id.to_string()))
}

pub fn restore_person(desk: &Desk, id: Uuid) -> Answer<Person> {
    desk.with(|store| store.restore_person(&id.to_string()))
}
