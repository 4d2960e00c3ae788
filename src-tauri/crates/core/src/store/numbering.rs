//! Which site gives the numbers people cite, and giving the pending ones (see [`crate::numbering`]).
//!
//! A session is numbered by `sessions.numbering_site`, else by the site that made it (`record_sites`), else
//! (a session from before sites) here; standalone instructions by `register_numbering`, else here. The
//! numbering site gives pending records their numbers when it receives them, in the order they were made,
//! as writes of its own that travel back.

use rusqlite::{Connection, Transaction, params};

use super::decisions::Decisions;
use super::instructions::Instructions;
use super::instructions::numbering::{next_standalone, next_under_decision, next_under_parent};
use super::record_kind::RecordKind;
use super::sessions::Sessions;
use super::{Store, control, decisions, sessions};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::numbering::{PENDING_LIKE, is_pending, standalone_year};
use crate::officer::{Actor, Role};
use crate::session::Session;

/// The numbering site of a session's row `s`, in SQL (`?own` is this site's id).
const SESSION_NUMBERING: &str = "coalesce(s.numbering_site,
    (SELECT r.owner FROM record_sites r WHERE r.tbl = 'sessions' AND r.record_key = s.id),
    (SELECT id FROM site))";

/// The site that numbers the records of `session` (or, for `None`, the register's standalone instructions).
pub(super) fn numbering_site(conn: &Connection, session: Option<&str>) -> CoreResult<String> {
    Ok(match session {
        Some(session) => conn
            .prepare_cached(&format!(
                "SELECT {SESSION_NUMBERING} FROM sessions s WHERE s.id = lower(?1)"
            ))?
            .query_row(params![session], |row| row.get(0))?,
        None => conn
            .prepare_cached(
                "SELECT coalesce((SELECT site FROM register_numbering), (SELECT id FROM site))",
            )?
            .query_row([], |row| row.get(0))?,
    })
}

/// Whether this site numbers the records of `session` (or the register's standalone instructions).
pub(super) fn numbers_here(conn: &Connection, session: Option<&str>) -> CoreResult<bool> {
    let own: String = conn.query_row("SELECT id FROM site", [], |row| row.get(0))?;
    Ok(numbering_site(conn, session)? == own)
}

/// Gives every pending decision and instruction this site numbers its number, oldest first (by when it was
/// made, then id); an instruction under a record still pending waits for it. Answers how many were numbered.
pub(super) fn number_pending(tx: &Transaction, actor: &Actor) -> CoreResult<usize> {
    let mut numbered = number_pending_sessions(tx, actor)?;
    let pending_decisions: Vec<String> = tx
        .prepare(&format!(
            "SELECT d.id FROM decisions d JOIN sessions s ON s.id = d.session_id
             WHERE d.seq < 0 AND {SESSION_NUMBERING} = (SELECT id FROM site)
               AND (s.ordinal IS NOT NULL OR s.kind <> 'council_session')
             ORDER BY d.created_at, d.id"
        ))?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in pending_decisions {
        let changed = Decisions.change_stored(tx, actor, &id, |id| {
            let session_id: String = tx.query_row(
                "SELECT session_id FROM decisions WHERE id = ?1",
                params![id],
                |row| row.get(0),
            )?;
            let session = sessions::load(tx, &session_id)?
                .ok_or_else(|| CoreError::not_found(session_id.clone()))?;
            let (seq, number) = decisions::next_number(
                tx,
                &session.id.to_string(),
                session.ordinal,
                session.start.venue.date,
            )?;
            tx.execute(
                "UPDATE decisions SET seq = ?2, number = ?3 WHERE id = ?1",
                params![id, seq, number],
            )?;
            Ok(())
        })?;
        numbered += usize::from(changed.is_some());
    }
    // Parents before children: a pass numbers what it can; the next one what waited for it.
    loop {
        let pass = number_pending_instructions(tx, actor)?;
        if pass == 0 {
            return Ok(numbered);
        }
        numbered += pass;
    }
}

/// Gives the council sessions whose ordinal is pending their ordinals, when this site numbers the register.
fn number_pending_sessions(tx: &Transaction, actor: &Actor) -> CoreResult<usize> {
    if !numbers_here(tx, None)? {
        return Ok(0);
    }
    let pending: Vec<String> = tx
        .prepare(
            "SELECT id FROM sessions WHERE kind = 'council_session' AND ordinal IS NULL
             ORDER BY created_at, id",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in &pending {
        Sessions.change_stored(tx, actor, id, |id| {
            let ordinal = sessions::give_ordinal(tx)?;
            tx.execute(
                "UPDATE sessions SET ordinal = ?2 WHERE id = ?1",
                params![id, ordinal],
            )?;
            Ok(())
        })?;
    }
    Ok(pending.len())
}

/// Settles, at a site's first package received, which site numbers the register (council session ordinals,
/// standalone instructions): the site that gave the council ordinals the register holds when one site gave
/// them all (a row with no `record_sites` entry was made here), else the lesser id of the two: the same
/// choice both make. A site that has received the choice already keeps it. A change of this site, so it
/// travels.
pub(super) fn settle_register_numbering(tx: &Transaction, peer: &str) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO register_numbering (one, site)
         SELECT 1, coalesce(
                   (SELECT CASE WHEN count(DISTINCT coalesce(r.owner, here.id)) = 1
                                THEN max(coalesce(r.owner, here.id)) END
                    FROM sessions s
                    LEFT JOIN record_sites r ON r.tbl = 'sessions' AND r.record_key = s.id
                    WHERE s.ordinal IS NOT NULL),
                   min(here.id, ?1))
         FROM site here WHERE NOT EXISTS (SELECT 1 FROM register_numbering)",
        params![peer],
    )?;
    Ok(())
}

/// One pass over the pending instructions: numbers those whose parent or decision has its number.
fn number_pending_instructions(tx: &Transaction, actor: &Actor) -> CoreResult<usize> {
    type Row = (
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let pending: Vec<Row> = tx
        .prepare(
            "SELECT id, number, session_id, decision_id, parent_id FROM instructions
             WHERE number LIKE ?1 ORDER BY created_at, id",
        )?
        .query_map(params![PENDING_LIKE], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let today = control::secretariat_today(tx)?;
    let mut numbered = 0;
    for (id, placeholder, session, decision, parent) in pending {
        if !numbers_here(tx, session.as_deref())? {
            continue;
        }
        let under = |table: &str, key: &str| -> CoreResult<String> {
            Ok(tx.query_row(
                &format!("SELECT number FROM {table} WHERE id = ?1"),
                params![key],
                |row| row.get(0),
            )?)
        };
        let (number, seq) = match (&parent, &decision) {
            (Some(parent), _) => {
                let parent_number = under("instructions", parent)?;
                if is_pending(&parent_number) {
                    continue;
                }
                next_under_parent(tx, parent, &parent_number)?
            }
            (None, Some(decision)) => {
                let decision_number = under("decisions", decision)?;
                if is_pending(&decision_number) {
                    continue;
                }
                next_under_decision(tx, decision, &decision_number)?
            }
            (None, None) => {
                let year =
                    standalone_year(&placeholder).unwrap_or_else(|| chrono::Datelike::year(&today));
                next_standalone(tx, year)?
            }
        };
        Instructions { today }.change_stored(tx, actor, &id, |id| {
            tx.execute(
                "UPDATE instructions SET number = ?2, seq = ?3 WHERE id = ?1",
                params![id, number, seq],
            )?;
            Ok(())
        })?;
        numbered += 1;
    }
    Ok(numbered)
}

impl Store {
    /// The site that numbers the decisions and instructions of `session`.
    pub fn session_numbering_site(&self, session: &str) -> CoreResult<String> {
        let session = self.session(session)?;
        numbering_site(&self.conn, Some(&session.id.to_string()))
    }

    /// Hands the numbering of `session` to the site `to` (a peer, or this site): from then on `to` gives its
    /// decisions and instructions their numbers, and numbers what is pending when it receives the change.
    /// Only the session's numbering site may hand it over (`numbering_elsewhere` otherwise).
    pub fn hand_over_numbering(&mut self, session: &str, to: &str) -> CoreResult<Session> {
        let to = to.trim().to_lowercase();
        self.write(Role::Head, |tx, actor| {
            let before = sessions::require(tx, session, "session")?;
            let id = before.id.to_string();
            let current = numbering_site(tx, Some(&id))?;
            let own: String = tx.query_row("SELECT id FROM site", [], |row| row.get(0))?;
            if current != own {
                return Err(CoreError::new(ErrorCode::NumberingElsewhere, current).on("session"));
            }
            let known: bool = tx.query_row(
                "SELECT ?1 = (SELECT id FROM site) OR EXISTS (SELECT 1 FROM peers WHERE id = ?1)",
                params![to],
                |row| row.get(0),
            )?;
            if !known {
                return Err(CoreError::new(ErrorCode::PeerUnknown, to.clone()).on("to"));
            }
            tx.execute(
                "UPDATE sessions SET numbering_site = ?2 WHERE id = ?1",
                params![id, to],
            )?;
            Sessions.record_update(tx, actor, &before)
        })
    }
}
