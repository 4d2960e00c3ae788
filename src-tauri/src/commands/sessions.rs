//! Commands of sessions, their agendas and their decisions.

use council_core::LocalizedText;
use council_core::agenda::{
    Agenda, AgendaComparison, AgendaEntry, AgendaItem, AgendaItemInput, AgendaPlace, AgendaVersion,
};
use council_core::decision::{Decision, DecisionInput};
use council_core::instruction::Instruction;
use council_core::session::{Session, SessionEvent, SessionFilter, SessionInput, StatusChange};
use tauri::State;

use super::Answer;
use crate::state::Desk;

pub async fn list_sessions(desk: State<'_, Desk>, filter: SessionFilter) -> Answer<Vec<Session>> {
    desk.with(|store| store.list_sessions(&filter))
}

pub async fn get_session(desk: State<'_, Desk>, key: String) -> Answer<Session> {
    desk.with(|store| store.session(&key))
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
    id: String,
    input: SessionInput,
    confirmed: Vec<String>,
) -> Answer<Session> {
    desk.with(|store| store.update_session_checked(&id, &input, &confirmed))
}

pub async fn change_session_status(
    desk: State<'_, Desk>,
    id: String,
    change: StatusChange,
) -> Answer<Session> {
    desk.with(|store| store.change_session_status(&id, &change))
}

pub async fn session_events(desk: State<'_, Desk>, id: String) -> Answer<Vec<SessionEvent>> {
    desk.with(|store| store.session_events(&id))
}

pub async fn delete_session(desk: State<'_, Desk>, id: String) -> Answer<Session> {
    desk.with(|store| store.delete_session(&id))
}

pub async fn get_agenda(
    desk: State<'_, Desk>,
    session: String,
    version: Option<i64>,
) -> Answer<Agenda> {
    desk.with(|store| store.agenda(&session, version))
}

pub async fn agenda_versions(desk: State<'_, Desk>, session: String) -> Answer<Vec<AgendaVersion>> {
    desk.with(|store| store.agenda_versions(&session))
}

pub async fn compare_agenda_versions(
    desk: State<'_, Desk>,
    session: String,
    from: i64,
    to: i64,
) -> Answer<AgendaComparison> {
    desk.with(|store| store.compare_agenda_versions(&session, from, to))
}

pub async fn add_agenda_item(
    desk: State<'_, Desk>,
    session: String,
    input: AgendaItemInput,
    place: AgendaPlace,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.add_agenda_item(&session, &input, &place))
}

pub async fn update_agenda_item(
    desk: State<'_, Desk>,
    id: String,
    input: AgendaItemInput,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.update_agenda_item(&id, &input))
}

pub async fn set_agenda_item_duration(
    desk: State<'_, Desk>,
    id: String,
    minutes: i64,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.set_agenda_item_duration(&id, minutes))
}

pub async fn set_agenda_item_start(
    desk: State<'_, Desk>,
    id: String,
    start: Option<String>,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.set_agenda_item_start(&id, start.as_deref()))
}

pub async fn move_agenda_item(
    desk: State<'_, Desk>,
    id: String,
    place: AgendaPlace,
) -> Answer<AgendaEntry> {
    desk.with(|store| store.move_agenda_item(&id, &place))
}

pub async fn delete_agenda_item(desk: State<'_, Desk>, id: String) -> Answer<AgendaItem> {
    desk.with(|store| store.delete_agenda_item(&id))
}

pub async fn approve_agenda(desk: State<'_, Desk>, session: String) -> Answer<Agenda> {
    desk.with(|store| store.approve_agenda(&session))
}

pub async fn revise_agenda(desk: State<'_, Desk>, session: String) -> Answer<Agenda> {
    desk.with(|store| store.revise_agenda(&session))
}

pub async fn add_standing_items(desk: State<'_, Desk>, session: String) -> Answer<Agenda> {
    desk.with(|store| store.add_standing_items(&session))
}

pub async fn list_decisions(desk: State<'_, Desk>, session: String) -> Answer<Vec<Decision>> {
    desk.with(|store| store.list_decisions(&session, false))
}

pub async fn adopt_decision(
    desk: State<'_, Desk>,
    session: String,
    input: DecisionInput,
) -> Answer<Decision> {
    desk.with(|store| store.adopt_decision(&session, &input))
}

pub async fn amend_decision(
    desk: State<'_, Desk>,
    id: String,
    text: LocalizedText,
    reason: String,
) -> Answer<Decision> {
    desk.with(|store| store.amend_decision(&id, &text, &reason))
}

pub async fn rescind_decision(
    desk: State<'_, Desk>,
    id: String,
    reason: String,
) -> Answer<Decision> {
    desk.with(|store| store.rescind_decision(&id, &reason))
}

pub async fn delete_decision(desk: State<'_, Desk>, id: String) -> Answer<Decision> {
    desk.with(|store| store.delete_decision(&id))
}

/// Instructions still open from sessions before this one (its "status of previous instructions" item).
pub async fn open_before_session(
    desk: State<'_, Desk>,
    session: String,
) -> Answer<Vec<Instruction>> {
    desk.with(|store| store.open_before_session(&session, store.secretariat_today()?))
}
