//! Commands that gather records around a pairing, list the latest changes, say where a record lives, and give
//! the secretariat's date.

use council_core::AuditEntry;
use council_core::AuditFilter;
use council_core::decision::Decision;
use council_core::project::ProjectPortfolio;
use council_core::session::Session;
use uuid::Uuid;

use super::Answer;
use crate::Desk;

pub fn pairing_sessions(desk: &Desk, pairing_id: Uuid) -> Answer<Vec<Session>> {
    desk.with(|store| store.pairing_sessions(&pairing_id.to_string()))
}

pub fn pairing_decisions(desk: &Desk, pairing_id: Uuid) -> Answer<Vec<Decision>> {
    desk.with(|store| store.pairing_decisions(&pairing_id.to_string()))
}

pub fn pairing_portfolio(
    desk: &Desk,
    pairing_id: Uuid,
    as_of: Option<String>,
) -> Answer<ProjectPortfolio> {
    desk.with(|store| store.pairing_portfolio(&pairing_id.to_string(), as_of.as_deref()))
}

pub fn recent_changes(desk: &Desk, filter: AuditFilter) -> Answer<Vec<AuditEntry>> {
    desk.with(|store| store.recent_changes(&filter))
}

pub fn session_of(desk: &Desk, entity: String, id: Uuid) -> Answer<Option<String>> {
    desk.with(|store| store.session_of(&entity, &id.to_string()))
}
