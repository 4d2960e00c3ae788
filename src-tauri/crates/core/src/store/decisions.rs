//! Decisions: rows, reads, adoption in order, amendments and rescissions with their history, trash.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::{Store, agenda, numbering, sessions};
use crate::decision::{
    Decision, DecisionInput, DecisionRevision, DecisionStatus, RevisionKind, check_text,
    decision_number,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::numbering::{pending_seq, placeholder};
use crate::officer::Role;
use crate::session::SessionKind;
use crate::time::{now_text, parse_optional_date};

const DECISION_COLUMNS: &str = "id, session_id, seq, number, agenda_item_id, text_ru, text_uz, text_en, \
     adopted_on, status, created_at, updated_at, deleted_at";

fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).unwrap_or_default()
}

fn texts(row: &Row, first: usize) -> rusqlite::Result<LocalizedText> {
    Ok(LocalizedText {
        ru: row.get(first)?,
        uz: row.get(first + 1)?,
        en: row.get(first + 2)?,
    })
}

fn decision_from_row(row: &Row) -> rusqlite::Result<Decision> {
    let id: String = row.get(0)?;
    let session: String = row.get(1)?;
    let item: Option<String> = row.get(4)?;
    let adopted: String = row.get(8)?;
    let status: String = row.get(9)?;
    let (number, number_pending) = crate::numbering::shown(row.get(3)?);
    let seq: i64 = row.get(2)?;
    Ok(Decision {
        id: uuid(&id),
        session_id: uuid(&session),
        seq: seq.max(0),
        number,
        number_pending,
        agenda_item_id: item.as_deref().map(uuid),
        text: texts(row, 5)?,
        adopted_on: adopted.parse().unwrap_or_default(),
        status: DecisionStatus::parse(&status).unwrap_or(DecisionStatus::InForce),
        revisions: Vec::new(),
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        deleted_at: row.get(12)?,
    })
}

fn with_revisions(conn: &Connection, mut decision: Decision) -> CoreResult<Decision> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, at, kind, old_text_ru, old_text_uz, old_text_en, reason
         FROM decision_revisions WHERE decision_id = ?1 ORDER BY seq",
    )?;
    let rows = stmt.query_map(params![decision.id.to_string()], |row| {
        let kind: String = row.get(2)?;
        Ok(DecisionRevision {
            seq: row.get(0)?,
            at: row.get(1)?,
            kind: RevisionKind::parse(&kind).map_err(|error| {
                rusqlite::Error::FromSqlConversionFailure(
                    2,
                    rusqlite::types::Type::Text,
                    Box::new(error),
                )
            })?,
            old_text: texts(row, 3)?,
            reason: row.get(6)?,
        })
    })?;
    decision.revisions = rows.collect::<Result<_, _>>()?;
    Ok(decision)
}

/// The decision with this id, live or in the trash.
pub(super) fn load(conn: &Connection, id: &str) -> CoreResult<Option<Decision>> {
    conn.prepare_cached(&format!(
        "SELECT {DECISION_COLUMNS} FROM decisions WHERE id = lower(?1)"
    ))?
    .query_row(params![id.trim()], decision_from_row)
    .optional()?
    .map(|decision| with_revisions(conn, decision))
    .transpose()
}

/// The reason of an amendment or rescission, which must be given.
fn required_reason(reason: &str) -> CoreResult<&str> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(CoreError::new(ErrorCode::Required, "reason").on("reason"));
    }
    Ok(reason)
}

/// Keeps the text a revision replaces, and sets the decision's new text and status.
fn revise(
    tx: &Transaction,
    before: &Decision,
    kind: RevisionKind,
    text: &LocalizedText,
    reason: &str,
) -> CoreResult<()> {
    let id = before.id.to_string();
    let now = now_text();
    tx.execute(
        "INSERT INTO decision_revisions (decision_id, seq, at, kind, old_text_ru, old_text_uz, old_text_en, reason)
         VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM decision_revisions WHERE decision_id = ?1), ?2, ?3,
                 ?4, ?5, ?6, ?7)",
        params![
            id,
            now,
            kind.code(),
            before.text.ru,
            before.text.uz,
            before.text.en,
            reason
        ],
    )?;
    tx.execute(
        "UPDATE decisions SET text_ru = ?2, text_uz = ?3, text_en = ?4, status = ?5, updated_at = ?6 WHERE id = ?1",
        params![id, text.ru, text.uz, text.en, kind.code(), now],
    )?;
    Ok(())
}

/// The part of a decision number before the slash, the same for every decision of a session and never the
/// same for two sessions (instruction numbers are built on it): the council session's ordinal, else the
/// session's local date, with `-2`, `-3`, … for further sessions of that day.
pub(super) fn decision_label(
    tx: &Connection,
    session_id: &str,
    ordinal: Option<i64>,
    day: NaiveDate,
) -> CoreResult<String> {
    let existing: Option<String> = tx
        .query_row(
            "SELECT number FROM decisions WHERE session_id = ?1 AND seq > 0 ORDER BY seq LIMIT 1",
            params![session_id],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(label) = existing
        .as_deref()
        .and_then(|n| n.rsplit_once('/'))
        .map(|(label, _)| label.to_owned())
    {
        return Ok(label);
    }
    let base = decision_number(ordinal, day, 0);
    let base = base.trim_end_matches("/0");
    if ordinal.is_some() {
        return Ok(base.to_owned());
    }
    let mut taken = tx.prepare_cached(
        "SELECT 1 FROM decisions WHERE number LIKE ?1 || '/%' AND session_id <> ?2",
    )?;
    let mut label = base.to_owned();
    let mut n = 1;
    while taken.exists(params![label, session_id])? {
        n += 1;
        label = format!("{base}-{n}");
    }
    Ok(label)
}

/// Decisions as a kind of register record (see [`RecordKind`]).
pub(super) struct Decisions;

impl RecordKind for Decisions {
    type Record = Decision;
    const TABLE: &'static str = "decisions";
    const ENTITY: &'static str = "decision";
    const KEY_FIELD: Option<&'static str> = Some("id");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Decision>> {
        load(conn, key)
    }
}

/// The next number of a decision of this session, with its `n`: numbers are 1, 2, … (a pending decision's
/// place is negative), never given twice.
pub(super) fn next_number(
    tx: &Connection,
    session_id: &str,
    ordinal: Option<i64>,
    day: NaiveDate,
) -> CoreResult<(i64, String)> {
    let seq: i64 = tx.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM decisions WHERE session_id = ?1 AND seq > 0",
        params![session_id],
        |row| row.get(0),
    )?;
    let label = decision_label(tx, session_id, ordinal, day)?;
    Ok((seq, format!("{label}/{seq}")))
}

impl Store {
    /// One decision by id, live or in the trash, with its revisions.
    pub fn decision(&self, id: &str) -> CoreResult<Decision> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// A session's decisions by number, each part in numeric order (`2/9` before `2/10`); `deleted` lists
    /// those in the trash instead.
    pub fn list_decisions(&self, session: &str, deleted: bool) -> CoreResult<Vec<Decision>> {
        let session = self.session(session)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {DECISION_COLUMNS} FROM decisions
             WHERE session_id = ?1 AND (deleted_at IS NOT NULL) = ?2
             ORDER BY council_number_key(number), seq"
        ))?;
        let rows = stmt
            .query_map(params![session.id.to_string(), deleted], decision_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|decision| with_revisions(&self.conn, decision))
            .collect()
    }

    /// Records a decision of a session under the next number, `{ordinal}/{n}` (`{YYYYMMDD}/{n}` for a session
    /// without an ordinal). A number is never given twice in a session, not even after a delete. On a site
    /// that does not number the session the number is pending (see [`crate::numbering`]).
    pub fn adopt_decision(&mut self, session: &str, input: &DecisionInput) -> CoreResult<Decision> {
        let text = check_text(&input.text)?;
        let adopted_on = parse_optional_date(input.adopted_on.as_deref(), "adopted_on")?;
        self.write(Role::Officer, |tx, actor| {
            let session = sessions::require(tx, session, "session_id")?;
            let session_id = session.id.to_string();
            let item = match input
                .agenda_item_id
                .as_deref()
                .map(str::trim)
                .filter(|id| !id.is_empty())
            {
                Some(key) => {
                    let item = agenda::require_item(tx, key, "agenda_item_id")?;
                    if item.session_id != session.id {
                        return Err(CoreError::new(ErrorCode::InvalidValue, key).on("agenda_item_id"));
                    }
                    Some(item.id.to_string())
                }
                None => None,
            };
            let day = session.start.venue.date;
            let id = new_id().to_string();
            // A council session whose ordinal is pending has no label yet: its decisions wait for it.
            let labelled = session.ordinal.is_some() || session.kind != SessionKind::CouncilSession;
            let (seq, number) = if labelled && numbering::numbers_here(tx, Some(&session_id))? {
                next_number(tx, &session_id, session.ordinal, day)?
            } else {
                (pending_seq(&id), placeholder(&id))
            };
            tx.execute(
                "INSERT INTO decisions (id, session_id, seq, number, agenda_item_id, text_ru, text_uz, text_en,
                                        adopted_on, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'in_force', ?10, ?10)",
                params![
                    id,
                    session_id,
                    seq,
                    number,
                    item,
                    text.ru,
                    text.uz,
                    text.en,
                    adopted_on.unwrap_or(day).to_string(),
                    now_text()
                ],
            )?;
            Decisions.record_create(tx, actor, &id)
        })
    }

    /// Replaces a decision's text, keeping the old one and the reason; a rescinded decision cannot be amended.
    pub fn amend_decision(
        &mut self,
        id: &str,
        text: &LocalizedText,
        reason: &str,
    ) -> CoreResult<Decision> {
        let text = check_text(text)?;
        let reason = required_reason(reason)?;
        self.write(Role::Officer, |tx, actor| {
            Decisions.update(tx, actor, id, |before, _| {
                if before.status == DecisionStatus::Rescinded {
                    return Err(CoreError::new(
                        ErrorCode::InvalidTransition,
                        "rescinded → amended",
                    ));
                }
                revise(tx, before, RevisionKind::Amended, &text, reason)
            })
        })
    }

    /// Rescinds a decision for a reason; its text and history stay.
    pub fn rescind_decision(&mut self, id: &str, reason: &str) -> CoreResult<Decision> {
        let reason = required_reason(reason)?;
        self.write(Role::Officer, |tx, actor| {
            Decisions.update(tx, actor, id, |before, _| {
                if before.status == DecisionStatus::Rescinded {
                    return Err(CoreError::new(
                        ErrorCode::InvalidTransition,
                        "rescinded → rescinded",
                    ));
                }
                revise(tx, before, RevisionKind::Rescinded, &before.text, reason)
            })
        })
    }

    /// Moves a decision to the trash; its number stays taken.
    pub fn delete_decision(&mut self, id: &str) -> CoreResult<Decision> {
        self.write(Role::Officer, |tx, actor| Decisions.delete(tx, actor, id))
    }

    /// Brings a decision back from the trash under its old number.
    pub fn restore_decision(&mut self, id: &str) -> CoreResult<Decision> {
        self.write(Role::Officer, |tx, actor| Decisions.restore(tx, actor, id))
    }
}
