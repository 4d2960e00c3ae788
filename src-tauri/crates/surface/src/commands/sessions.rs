//! Commands of sessions, their agendas and their decisions.

use council_core::agenda::{
    Agenda, AgendaComparison, AgendaEntry, AgendaItem, AgendaItemInput, AgendaPlace, AgendaVersion,
};
use council_core::decision::{Decision, DecisionInput};
use council_core::instruction::Instruction;
use council_core::session::{Session, SessionEvent, SessionFilter, SessionInput, StatusChange};
use council_core::{LocalizedText, RecordKey};
use uuid::Uuid;

use super::Answer;
use crate::Desk;

pub fn list_sessions(desk: &Desk, filter: SessionFilter) -> Answer<Vec<Session>> {
    desk.with(|store| store.list_sessions(&filter))
}

pub fn get_session(desk: &Desk, id: RecordKey) -> Answer<Session> {
    desk.with(|store| store.session(&id.to_string()))
}

pub fn create_session(desk: &Desk, input: SessionInput, confirmed: Vec<String>) -> Answer<Session> {
    desk.with(|store| store.create_session_checked(&input, &confirmed))
}

pub fn update_session(
    desk: &Desk,
    id: Uuid,
    input: SessionInput,
    confirmed: Vec<String>,
) -> Answer<Session> {
    desk.with(|store| store.update_session_checked(&id.to_string(), &input, &confirmed))
}

pub fn change_session_status(desk: &Desk, id: Uuid, change: StatusChange) -> Answer<Session> {
    desk.with(|store| store.change_session_status(&id.to_string(), &change))
}

pub fn session_events(desk: &Desk, id: Uuid) -> Answer<Vec<SessionEvent>> {
    desk.with(|store| store.session_events(&id.to_string()))
}

pub fn delete_session(desk: &Desk, id: Uuid) -> Answer<Session> {
    desk.with(|store| store.delete_session(&id.to_string()))
}

pub fn get_agenda(desk: &Desk, session_id: Uuid, version: Option<i64>) -> Answer<Agenda> {
    desk.with(|store| store.agenda(&session_id.to_string(), version))
}

pub fn agenda_versions(desk: &Desk, session_id: Uuid) -> Answer<Vec<AgendaVersion>> {
    desk.with(|store| store.agenda_versions(&session_id.to_string()))
}

pub fn compare_agenda_versions(
    desk: &Desk,
    session_id: Uuid,
    from: i64,
    to: i64,
) -> Answer<AgendaComparison> {
    desk.with(|store| store.compare_agenda_versions(&session_id.to_string(), from, to))
}

pub fn add_agenda_item(
    desk: &Desk,
    session_id: Uuid,
    input: AgendaItemInput,
    place: AgendaPlace,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.add_agenda_item(&session_id.to_string(), &input, &place))
}

pub fn update_agenda_item(desk: &Desk, id: Uuid, input: AgendaItemInput) -> Answer<AgendaEntry> {
    desk.with(|store| store.update_agenda_item(&id.to_string(), &input))
}

pub fn set_agenda_item_duration(desk: &Desk, id: Uuid, minutes: i64) -> Answer<AgendaEntry> {
    desk.with(|store| store.set_agenda_item_duration(&id.to_string(), minutes))
}

pub fn set_agenda_item_start(desk: &Desk, id: Uuid, start: Option<String>) -> Answer<AgendaEntry> {
    desk.with(|store| store.set_agenda_item_start(&id.to_string(), start.as_deref()))
}

pub fn move_agenda_item(desk: &Desk, id: Uuid, place: AgendaPlace) -> Answer<AgendaEntry> {
    desk.with(|store| store.move_agenda_item(&id.to_string(), &place))
}

pub fn delete_agenda_item(desk: &Desk, id: Uuid) -> Answer<AgendaItem> {
    desk.with(|store| store.delete_agenda_item(&id.to_string()))
}

pub fn approve_agenda(desk: &Desk, session_id: Uuid) -> Answer<Agenda> {
    desk.with(|store| store.approve_agenda(&session_id.to_string()))
}

pub fn revise_agenda(desk: &Desk, session_id: Uuid) -> Answer<Agenda> {
    desk.with(|store| store.revise_agenda(&session_id.to_string()))
}

pub fn add_standing_items(desk: &Desk, session_id: Uuid) -> Answer<Agenda> {
    desk.with(|store| store.add_standing_items(&session_id.to_string()))
}

pub fn list_decisions(desk: &Desk, session_id: Uuid) -> Answer<Vec<Decision>> {
    desk.with(|store| store.list_decisions(&session_id.to_string(), false))
}

pub fn adopt_decision(desk: &Desk, session_id: Uuid, input: DecisionInput) -> Answer<Decision> {
    desk.with(|store| store.adopt_decision(&session_id.to_string(), &input))
}

pub fn amend_decision(
    desk: &Desk,
    id: Uuid,
    text: LocalizedText,
    reason: String,
) -> Answer<Decision> {
    desk.with(|store| store.amend_decision(&id.to_string(), &text, &reason))
}

pub fn rescind_decision(desk: &Desk, id: Uuid, reason: String) -> Answer<Decision> {
    desk.with(|store| store.rescind_decision(&id.to_string(), &reason))
}

pub fn delete_decision(desk: &Desk, id: Uuid) -> Answer<Decision> {
    desk.with(|store| store.delete_decision(&id.to_string()))
}

/// Instructions still open from sessions before this one (its "status of previous instructions" item).
pub fn open_before_session(desk: &Desk, session_id: Uuid) -> Answer<Vec<Instruction>> {
    desk.with(|store| {
        store.open_before_session(&session_id.to_string(), store.secretariat_today()?)
    })
}
