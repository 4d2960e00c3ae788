//! Reads that gather the council's work around one pairing (its sessions and decisions), and the session a
//! record belongs to, so a screen can open it where it lives.

use rusqlite::{OptionalExtension, params};

use super::{Store, decisions, sessions};
use crate::decision::Decision;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::session::Session;

impl Store {
    /// The live sessions the pairing takes part in, by start.
    pub fn pairing_sessions(&self, pairing: &str) -> CoreResult<Vec<Session>> {
        let pairing = self.pairing(pairing)?;
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT s.id FROM sessions s JOIN session_pairings sp ON sp.session_id = s.id
                 WHERE sp.pairing_id = ?1 AND s.deleted_at IS NULL
                 ORDER BY s.starts_at, s.id",
            )?
            .query_map(params![pairing.id.to_string()], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        ids.iter()
            .filter_map(|id| sessions::load(&self.conn, id).transpose())
            .collect()
    }

    /// The live decisions about the pairing: taken on an agenda item linked to it, or giving an instruction
    /// linked to it. By the start of their session, then in order of adoption.
    pub fn pairing_decisions(&self, pairing: &str) -> CoreResult<Vec<Decision>> {
        let pairing = self.pairing(pairing)?;
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT d.id FROM decisions d JOIN sessions s ON s.id = d.session_id
                 WHERE d.deleted_at IS NULL AND s.deleted_at IS NULL AND (
                     EXISTS (SELECT 1 FROM agenda_items a WHERE a.id = d.agenda_item_id AND a.pairing_id = ?1)
                     OR EXISTS (SELECT 1 FROM instructions i
                                WHERE i.decision_id = d.id AND i.pairing_id = ?1 AND i.deleted_at IS NULL))
                 ORDER BY s.starts_at, d.seq",
            )?
            .query_map(params![pairing.id.to_string()], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        ids.iter()
            .filter_map(|id| decisions::load(&self.conn, id).transpose())
            .collect()
    }

    /// The id of the session a record belongs to: a session itself, or the session of an agenda item, a
    /// decision or an instruction (none for an instruction given outside a session). Other record types are
    /// refused as `invalid_value` on `entity`; an unknown id is `not_found`.
    pub fn session_of(&self, entity: &str, id: &str) -> CoreResult<Option<String>> {
        let sql = match entity.trim() {
            "session" => "SELECT id FROM sessions WHERE id = lower(?1)",
            "agenda_item" => "SELECT session_id FROM agenda_items WHERE id = lower(?1)",
            "decision" => "SELECT session_id FROM decisions WHERE id = lower(?1)",
            "instruction" => "SELECT session_id FROM instructions WHERE id = lower(?1)",
            other => return Err(CoreError::new(ErrorCode::InvalidValue, other).on("entity")),
        };
        let found: Option<Option<String>> = self
            .conn
            .prepare_cached(sql)?
            .query_row(params![id.trim()], |row| row.get(0))
            .optional()?;
        found.ok_or_else(|| CoreError::not_found(id.trim()))
    }
}
