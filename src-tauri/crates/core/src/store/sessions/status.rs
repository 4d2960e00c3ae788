//! The status machine of a session in the store: every change checked, applied and kept in `session_events`.

use chrono::NaiveDate;
use rusqlite::{Connection, Transaction, params};

use super::{Sessions, start_and_zone};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::officer::Actor;
use crate::session::{Clocks, Session, SessionEvent, SessionStatus, StatusChange};
use crate::store::Store;
use crate::store::agenda::shift_fixed_starts;
use crate::store::record_kind::RecordKind;
use crate::time::{instant_text, now_text, parse_instant_text, parse_local_datetime};

/// Appends a row to a session's history: the status change and the start before and after it.
pub(super) fn insert_event(
    tx: &Transaction,
    session_id: &str,
    from: Option<SessionStatus>,
    to: SessionStatus,
    (old_start, new_start): (Option<&str>, Option<&str>),
    reason: &str,
) -> CoreResult<()> {
    tx.prepare_cached(
        "INSERT INTO session_events (session_id, seq, at, from_status, to_status, old_starts_at, new_starts_at,
                                     reason)
         VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM session_events WHERE session_id = ?1), ?2, ?3, ?4, ?5,
                 ?6, ?7)",
    )?
    .execute(params![
        session_id,
        now_text(),
        from.map(SessionStatus::code),
        to.code(),
        old_start,
        new_start,
        reason
    ])?;
    Ok(())
}

fn events(conn: &Connection, session: &Session) -> CoreResult<Vec<SessionEvent>> {
    let (_, zone) = start_and_zone(session)?;
    let clocks = |text: Option<&str>| -> CoreResult<Option<Clocks>> {
        text.map(|text| Ok(Clocks::at(parse_instant_text(text)?, zone)))
            .transpose()
    };
    let mut stmt = conn.prepare_cached(
        "SELECT seq, at, from_status, to_status, old_starts_at, new_starts_at, reason
         FROM session_events WHERE session_id = ?1 ORDER BY seq",
    )?;
    let rows = stmt
        .query_map(params![session.id.to_string()], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<String>>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<String>>(4)?,
                row.get::<_, Option<String>>(5)?,
                row.get::<_, String>(6)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(seq, at, from, to, old_start, new_start, reason)| {
            Ok(SessionEvent {
                seq,
                at,
                from_status: from.as_deref().map(SessionStatus::parse).transpose()?,
                to_status: SessionStatus::parse(&to)?,
                old_start: clocks(old_start.as_deref())?,
                new_start: clocks(new_start.as_deref())?,
                old_starts_at: old_start,
                new_starts_at: new_start,
                reason,
            })
        })
        .collect()
}

/// Checks a change against the machine and the session; the new start, when there is one.
fn new_start_of(
    session: &Session,
    change: &StatusChange,
    today: NaiveDate,
) -> CoreResult<Option<chrono::DateTime<chrono::Utc>>> {
    let (from, to) = (session.status, change.to);
    from.check_move(to, session.start.venue.date, today)?;
    if to == SessionStatus::Cancelled && change.reason.trim().is_empty() {
        return Err(CoreError::new(ErrorCode::Required, "reason").on("reason"));
    }
    let text = change
        .new_start
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let (_, zone) = start_and_zone(session)?;
    match text {
        Some(text) if matches!(to, SessionStatus::Postponed | SessionStatus::Scheduled) => {
            parse_local_datetime(text, zone, "new_start").map(Some)
        }
        Some(text) => Err(CoreError::new(ErrorCode::InvalidValue, text).on("new_start")),
        None if from == SessionStatus::Postponed && to == SessionStatus::Scheduled => {
            Err(CoreError::new(ErrorCode::Required, "new_start").on("new_start"))
        }
        None => Ok(None),
    }
}

/// Moves a session to another status inside `tx`; see [`Store::change_session_status`].
pub(in crate::store) fn change_status(
    tx: &Transaction,
    actor: &Actor,
    id: &str,
    change: &StatusChange,
    today: NaiveDate,
) -> CoreResult<Session> {
    let before = Sessions.require(tx, id)?;
    let id = before.id.to_string();
    let new_start = new_start_of(&before, change, today)?;
    let (old_start, zone) = start_and_zone(&before)?;
    let starts_at = new_start.unwrap_or(old_start);
    let ends_at = match before.ends_at.as_deref() {
        Some(end) => Some(
            parse_instant_text(end)?
                .checked_add_signed(starts_at - old_start)
                .ok_or_else(|| CoreError::new(ErrorCode::InvalidDateTime, end).on("new_start"))?,
        ),
        None => None,
    };
    let reason = change.reason.trim();
    tx.execute(
            "UPDATE sessions SET status = ?2, status_reason = ?3, starts_at = ?4, ends_at = ?5, updated_at = ?6
             WHERE id = ?1",
            params![
                id,
                change.to.code(),
                reason,
                instant_text(starts_at),
                ends_at.map(instant_text),
                now_text()
            ],
        )?;
    if starts_at != old_start {
        shift_fixed_starts(tx, &id, (old_start, zone), (starts_at, zone))?;
    }
    let new_start = instant_text(starts_at);
    insert_event(
        tx,
        &id,
        Some(before.status),
        change.to,
        (Some(&before.starts_at), Some(&new_start)),
        reason,
    )?;
    Sessions.record_update(tx, actor, &before)
}

impl Store {
    /// Moves a session to another status, if the machine allows it; a refused change changes nothing.
    /// Cancelling needs a reason; scheduling a postponed session again needs a new start, which postponing may
    /// already give. A new start moves the planned end with it and is kept, with the old one, in the history.
    /// A session is marked held only from its day on (on its venue's clock), at the secretariat's date.
    pub fn change_session_status(
        &mut self,
        id: &str,
        change: &StatusChange,
    ) -> CoreResult<Session> {
        let today = self.secretariat_today()?;
        self.write(change.need(), |tx, actor| {
            change_status(tx, actor, id, change, today)
        })
    }

    /// The history of a session's status and start, oldest first; starts on the clocks of its current venue.
    pub fn session_events(&self, id: &str) -> CoreResult<Vec<SessionEvent>> {
        events(&self.conn, &self.session(id)?)
    }
}
