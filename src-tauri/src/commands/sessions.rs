//! Commands of sessions, their agendas and their decisions.

use council_core::agenda::{
    Agenda, AgendaComparison, AgendaEntry, AgendaItem, AgendaItemInput, AgendaPlace, AgendaVersion,
};
use council_core::decision::{Decision, DecisionInput};
use council_core::instruction::Instruction;
use council_core::session::{Session, SessionEvent, SessionFilter, SessionInput, StatusChange};
use council_core::{LocalizedText, RecordKey};
use tauri::State;
use uuid::Uuid;

use super::Answer;
use crate::state::Desk;

pub async fn list_sessions(desk: State<'_, Desk>, filter: SessionFilter) -> Answer<Vec<Session>> {
    desk.with(|store| store.list_sessions(&filter))
}

pub async fn get_session(desk: State<'_, Desk>, id: RecordKey) -> Answer<Session> {
    desk.with(|store| store.session(&id.to_string()))
}

pub async fn create_session(
    desk: State<'_, Desk>,
    input: SessionInput,
    confirmed: Vec<String>,
) -> Answer<Session> {
    desk.with(|store| store.create_session_checked(&input, &confirmed))
}

pub async fn update_session(
    desk: State<'_, Desk>,
    id: Uuid,
    input: SessionInput,
    confirmed: Vec<String>,
) -> Answer<Session> {
    desk.with(|store| store.update_session_checked(&id.to_string(), &input, &confirmed))
}

pub async fn change_session_status(
    desk: State<'_, Desk>,
    id: Uuid,
    change: StatusChange,
) -> Answer<Session> {
    desk.with(|store| store.change_session_status(&id.to_string(), &change))
}

pub async fn session_events(desk: State<'_, Desk>, id: Uuid) -> Answer<Vec<SessionEvent>> {
    desk.with(|store| store.session_events(&id.to_string()))
}

pub async fn delete_session(desk: State<'_, Desk>, id: Uuid) -> Answer<Session> {
    desk.with(|store| store.delete_session(&id.to_string()))
}

pub async fn get_agenda(
    desk: State<'_, Desk>,
    session_id: Uuid,
    version: Option<i64>,
) -> Answer<Agenda> {
    desk.with(|store| store.agenda(&session_id.to_string(), version))
}

pub async fn agenda_versions(
    desk: State<'_, Desk>,
    session_id: Uuid,
) -> Answer<Vec<AgendaVersion>> {
    desk.with(|store| store.agenda_versions(&session_id.to_string()))
}

pub async fn compare_agenda_versions(
    desk: State<'_, Desk>,
    session_id: Uuid,
    from: i64,
    to: i64,
) -> Answer<AgendaComparison> {
    desk.with(|store| store.compare_agenda_versions(&session_id.to_string(), from, to))
}

pub async fn add_agenda_item(
    desk: State<'_, Desk>,
    session_id: Uuid,
    input: AgendaItemInput,
    place: AgendaPlace,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.add_agenda_item(&session_id.to_string(), &input, &place))
}

pub async fn update_agenda_item(
    desk: State<'_, Desk>,
    id: Uuid,
    input: AgendaItemInput,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.update_agenda_item(&id.to_string(), &input))
}

pub async fn set_agenda_item_duration(
    desk: State<'_, Desk>,
    id: Uuid,
    minutes: i64,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.set_agenda_item_duration(&id.to_string(), minutes))
}

pub async fn set_agenda_item_start(
    desk: State<'_, Desk>,
    id: Uuid,
    start: Option<String>,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.set_agenda_item_start(&id.to_string(), start.as_deref()))
}

pub async fn move_agenda_item(
    desk: State<'_, Desk>,
    id: Uuid,
    place: AgendaPlace,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.move_agenda_item(&id.to_string(), &place))
}

pub async fn delete_agenda_item(desk: State<'_, Desk>, id: Uuid) -> Answer<AgendaItem> {
    desk.with(|store| store.delete_agenda_item(&id.to_string()))
}

pub async fn approve_agenda(desk: State<'_, Desk>, session_id: Uuid) -> Answer<Agenda> {
    desk.with(|store| store.approve_agenda(&session_id.to_string()))
}

pub async fn revise_agenda(desk: State<'_, Desk>, session_id: Uuid) -> Answer<Agenda> {
    desk.with(|store| store.revise_agenda(&session_id.to_string()))
}

pub async fn add_standing_items(desk: State<'_, Desk>, session_id: Uuid) -> Answer<Agenda> {
    desk.with(|store| store.add_standing_items(&session_id.to_string()))
}

pub async fn list_decisions(desk: State<'_, Desk>, session_id: Uuid) -> Answer<Vec<Decision>> {
    desk.with(|store| store.list_decisions(&session_id.to_string(), false))
}

pub async fn adopt_decision(
    desk: State<'_, Desk>,
    session_id: Uuid,
    input: DecisionInput,
) -> Answer<Decision> {
    desk.with(|store| store.adopt_decision(&session_id.to_string(), &input))
}

pub async fn amend_decision(
    desk: State<'_, Desk>,
    id: Uuid,
    text: LocalizedText,
    reason: String,
) -> Answer<Decision> {
    desk.with(|store| store.amend_decision(&id.to_string(), &text, &reason))
}

pub async fn rescind_decision(desk: State<'_, Desk>, id: Uuid, reason: String) -> Answer<Decision> {
    desk.with(|store| store.rescind_decision(&id.to_string(), &reason))
}

pub async fn delete_decision(desk: State<'_, Desk>, id: Uuid) -> Answer<Decision> {
    desk.with(|store| store.delete_decision(&id.to_string()))
}

/// Instructions still open from sessions before this one (its "status of previous instructions" item).
pub async fn open_before_session(
    desk: State<'_, Desk>,
    session_id: Uuid,
) -> Answer<Vec<Instruction>> {
    desk.with(|store| {
        store.open_before_session(&session_id.to_string(), store.secretariat_today()?)
    })
}
