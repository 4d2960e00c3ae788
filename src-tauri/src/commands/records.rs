//! Commands that gather records around a pairing, list the latest changes, say where a record lives, and give
//! the secretariat's date.

use council_core::AuditEntry;
use council_core::AuditFilter;
use council_core::decision::Decision;
use council_core::project::ProjectPortfolio;
use council_core::session::Session;
use tauri::State;

use super::Answer;
use crate::state::Desk;

pub async fn pairing_sessions(desk: State<'_, Desk>, pairing: String) -> Answer<Vec<Session>> {
    desk.with(|store| store.pairing_sessions(&pairing))
}

pub async fn pairing_decisions(desk: State<'_, Desk>, pairing: String) -> Answer<Vec<Decision>> {
    desk.with(|store| store.pairing_decisions(&pairing))
}

pub async fn pairing_portfolio(
    desk: State<'_, Desk>,
    pairing: String,
    as_of: Option<String>,
) -> Answer<ProjectPortfolio> {
    desk.with(|store| store.pairing_portfolio(&pairing, as_of.as_deref()))
}

pub async fn recent_changes(desk: State<'_, Desk>, filter: AuditFilter) -> Answer<Vec<AuditEntry>> {
    desk.with(|store| store.recent_changes(&filter))
}

pub async fn session_of(
    desk: State<'_, Desk>,
    entity: String,
    id: String,
) -> Answer<Option<String>> {
    desk.with(|store| store.session_of(&entity, &id))
}
