//! Agenda versions: approving freezes the live agenda as a JSON snapshot and locks it; revising starts the
//! next version from it; every version stays readable. Also the standing items a new agenda starts from.

use rusqlite::{OptionalExtension, params};

use super::{agenda_head, insert_item, live_agenda, live_agenda_of, live_items, unlocked_session};
use crate::agenda::{
    Agenda, AgendaComparison, AgendaItemKind, AgendaPlace, AgendaVersion, compare_agendas,
    standing_items,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::officer::Role;
use crate::store::Store;
use crate::store::audit::{self, AuditAction};
use crate::store::sessions;
use crate::time::now_text;

impl Store {
    /// A session's agenda: the current version when `version` is absent, else that version as approved
    /// (the current draft, when it is that version and not approved yet).
    pub fn agenda(&self, session: &str, version: Option<i64>) -> CoreResult<Agenda> {
        let session = agenda_head(&self.conn, session)?;
        let wanted = version.unwrap_or(session.agenda_version);
        if wanted == session.agenda_version && session.agenda_approved_at.is_none() {
            return live_agenda_of(&self.conn, &session);
        }
        let snapshot: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT snapshot FROM agenda_versions WHERE session_id = ?1 AND version = ?2",
            )?
            .query_row(params![session.id.to_string(), wanted], |row| row.get(0))
            .optional()?;
        let snapshot =
            snapshot.ok_or_else(|| CoreError::not_found(format!("v{wanted}")).on("version"))?;
        let mut agenda: Agenda = serde_json::from_str(&snapshot)?;
        agenda.current = wanted == session.agenda_version;
        Ok(agenda)
    }

    /// What changed in a session's agenda from version `from` to version `to` (either may be the draft),
    /// items matched by id; `not_found` on `version` for a version the session does not have.
    pub fn compare_agenda_versions(
        &self,
        session: &str,
        from: i64,
        to: i64,
    ) -> CoreResult<AgendaComparison> {
        Ok(compare_agendas(
            &self.agenda(session, Some(from))?,
            &self.agenda(session, Some(to))?,
        ))
    }

    /// Every version of a session's agenda, oldest first; the current draft has no approval time.
    pub fn agenda_versions(&self, session: &str) -> CoreResult<Vec<AgendaVersion>> {
        let session = self.session(session)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT version, approved_at FROM agenda_versions WHERE session_id = ?1 ORDER BY version",
        )?;
        let mut versions = stmt
            .query_map(params![session.id.to_string()], |row| {
                Ok(AgendaVersion {
                    version: row.get(0)?,
                    approved_at: Some(row.get(1)?),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        if session.agenda_approved_at.is_none() {
            versions.push(AgendaVersion {
                version: session.agenda_version,
                approved_at: None,
            });
        }
        Ok(versions)
    }

    /// Approves the current version: freezes it as a snapshot and locks it against changes.
    pub fn approve_agenda(&mut self, session: &str) -> CoreResult<Agenda> {
        self.write(Role::Head, |tx, actor| {
            let session = unlocked_session(tx, session)?;
            let id = session.id.to_string();
            let before = live_agenda(tx, &session)?;
            let now = now_text();
            tx.execute(
                "UPDATE sessions SET agenda_approved_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            let session = sessions::require(tx, &id, "session_id")?;
            let approved = live_agenda(tx, &session)?;
            tx.execute(
                "INSERT INTO agenda_versions (session_id, version, approved_at, snapshot) VALUES (?1, ?2, ?3, ?4)",
                params![
                    id,
                    approved.version,
                    now,
                    serde_json::to_string(&approved)?
                ],
            )?;
            audit::record(tx, actor, AuditAction::Update, "agenda", &id, Some(&before), Some(&approved))?;
            Ok(approved)
        })
    }

    /// Starts the next version of an approved agenda from the approved one and unlocks it; the approved
    /// version stays readable. An agenda that is still a draft has nothing to revise.
    pub fn revise_agenda(&mut self, session: &str) -> CoreResult<Agenda> {
        self.write(Role::Officer, |tx, actor| {
            let session = sessions::require(tx, session, "session_id")?;
            let id = session.id.to_string();
            if session.agenda_approved_at.is_none() {
                return Err(CoreError::new(
                    ErrorCode::InvalidTransition,
                    format!("v{} draft → v{}", session.agenda_version, session.agenda_version + 1),
                ));
            }
            let before = live_agenda(tx, &session)?;
            tx.execute(
                "UPDATE sessions SET agenda_version = agenda_version + 1, agenda_approved_at = NULL, updated_at = ?2
                 WHERE id = ?1",
                params![id, now_text()],
            )?;
            let session = sessions::require(tx, &id, "session_id")?;
            let draft = live_agenda(tx, &session)?;
            audit::record(tx, actor, AuditAction::Update, "agenda", &id, Some(&before), Some(&draft))?;
            Ok(draft)
        })
    }

    /// Adds the standing items in one step: the opening first, the status of previous instructions after it,
    /// the closing last. A standing item whose kind is already on the top level is not added twice.
    pub fn add_standing_items(&mut self, session: &str) -> CoreResult<Agenda> {
        self.write(Role::Officer, |tx, actor| {
            let session = unlocked_session(tx, session)?;
            let session_id = session.id.to_string();
            for input in standing_items() {
                let tops: Vec<_> = live_items(tx, &session_id)?
                    .into_iter()
                    .filter(|item| item.parent_id.is_none())
                    .collect();
                if tops.iter().any(|item| item.kind == input.kind) {
                    continue;
                }
                let position = match input.kind {
                    AgendaItemKind::Opening => Some(0),
                    AgendaItemKind::InstructionsReview => Some(
                        tops.iter()
                            .find(|item| item.kind == AgendaItemKind::Opening)
                            .map_or(0, |opening| opening.position + 1),
                    ),
                    _ => None,
                };
                let place = AgendaPlace {
                    parent_id: None,
                    position,
                };
                insert_item(tx, actor, &session, &input, &place)?;
            }
            live_agenda(tx, &session)
        })
    }
}
