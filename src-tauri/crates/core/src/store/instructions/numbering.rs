//! How a new instruction is numbered and placed: under its parent, under its decision, or standalone.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::require;
use crate::decision::DecisionStatus;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::instruction::CheckedInstruction;
use crate::numbering::{is_pending, placeholder, standalone_placeholder};
use crate::store::numbering::numbers_here;

/// The next number of a counter that is never reused.
fn next_counter(tx: &Connection, name: &str) -> CoreResult<i64> {
    Ok(tx.query_row(
        "INSERT INTO counters (name, value) VALUES (?1, 1)
         ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
        params![name],
        |row| row.get(0),
    )?)
}

/// The placeholder of an instruction whose number is pending (a standalone one keeps the year it was given).
fn pending_for(id: &str, session: Option<&str>, today: NaiveDate) -> String {
    match session {
        Some(_) => placeholder(id),
        None => standalone_placeholder(today.year(), id),
    }
}

/// The next number under a parent instruction, with its `k` (pending children hold 0).
pub(in crate::store) fn next_under_parent(
    tx: &Connection,
    parent_id: &str,
    parent_number: &str,
) -> CoreResult<(String, i64)> {
    let seq: i64 = tx.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM instructions WHERE parent_id = ?1",
        params![parent_id],
        |row| row.get(0),
    )?;
    Ok((format!("{parent_number}.{seq}"), seq))
}

/// The next number under a decision, with its `k`.
pub(in crate::store) fn next_under_decision(
    tx: &Connection,
    decision_id: &str,
    decision_number: &str,
) -> CoreResult<(String, i64)> {
    let seq: i64 = tx.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM instructions WHERE decision_id = ?1 AND parent_id IS NULL",
        params![decision_id],
        |row| row.get(0),
    )?;
    Ok((format!("{decision_number}.{seq}"), seq))
}

/// The next standalone number of `year`, `S-{year}-{k}`: from a counter never reused, and past every
/// standalone number of that year this site holds (some were given by another site before this one numbered).
pub(in crate::store) fn next_standalone(tx: &Connection, year: i32) -> CoreResult<(String, i64)> {
    let name = format!("standalone_instruction_{year}");
    let held: i64 = tx.query_row(
        "SELECT coalesce(max(seq), 0) FROM instructions
         WHERE decision_id IS NULL AND parent_id IS NULL AND number LIKE ?1",
        params![format!("S-{year}-%")],
        |row| row.get(0),
    )?;
    tx.execute(
        "INSERT INTO counters (name, value) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
        params![name, held],
    )?;
    let seq = next_counter(tx, &name)?;
    Ok((format!("S-{year}-{seq}"), seq))
}

/// Where a new instruction sits: its number, sequence, decision, session and default pairing.
pub(super) struct Placement {
    pub(super) number: String,
    pub(super) parent_id: Option<String>,
    pub(super) seq: i64,
    pub(super) decision_id: Option<String>,
    pub(super) session_id: Option<String>,
    pub(super) pairing_id: Option<String>,
}

/// Numbers a new instruction: under its parent (`2/1.1.1`), under its decision (`2/1.1`, never under a
/// rescinded one), or standalone by year (`S-2026-7`, from a counter never reused). On a site that does not
/// number its session (or the register's standalone instructions), or under a pending record, the number is
/// pending.
pub(super) fn place(
    tx: &Transaction,
    id: &str,
    input: &CheckedInstruction,
    today: NaiveDate,
) -> CoreResult<Placement> {
    if let Some(parent_key) = &input.parent_id {
        let parent = require(tx, parent_key, today).map_err(|e| e.on("parent_id"))?;
        if !parent.state.is_open() {
            return Err(CoreError::new(ErrorCode::InvalidValue, parent.number).on("parent_id"));
        }
        let session = parent.session_id.map(|id| id.to_string());
        let (number, seq) = if parent.number_pending || !numbers_here(tx, session.as_deref())? {
            (pending_for(id, session.as_deref(), today), 0)
        } else {
            next_under_parent(tx, &parent.id.to_string(), &parent.number)?
        };
        return Ok(Placement {
            number,
            parent_id: Some(parent.id.to_string()),
            seq,
            decision_id: parent.decision_id.map(|id| id.to_string()),
            session_id: parent.session_id.map(|id| id.to_string()),
            pairing_id: parent.pairing_id.map(|id| id.to_string()),
        });
    }
    if let Some(decision_key) = &input.decision_id {
        let decision: Option<(String, String, String, String, Option<String>)> = tx
            .query_row(
                "SELECT d.id, d.number, d.session_id, d.status, a.pairing_id
                 FROM decisions d LEFT JOIN agenda_items a ON a.id = d.agenda_item_id
                 WHERE d.id = lower(?1) AND d.deleted_at IS NULL",
                params![decision_key],
                |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                },
            )
            .optional()?;
        let (decision, number, session_id, status, pairing_id) =
            decision.ok_or_else(|| CoreError::not_found(decision_key.clone()).on("decision_id"))?;
        if DecisionStatus::parse(&status)? == DecisionStatus::Rescinded {
            let shown = crate::numbering::shown(number).0;
            return Err(CoreError::new(ErrorCode::InvalidValue, shown).on("decision_id"));
        }
        let (number, seq) = if is_pending(&number) || !numbers_here(tx, Some(&session_id))? {
            (pending_for(id, Some(&session_id), today), 0)
        } else {
            next_under_decision(tx, &decision, &number)?
        };
        return Ok(Placement {
            number,
            parent_id: None,
            seq,
            decision_id: Some(decision),
            session_id: Some(session_id),
            pairing_id,
        });
    }
    let (number, seq) = if numbers_here(tx, None)? {
        next_standalone(tx, today.year())?
    } else {
        (pending_for(id, None, today), 0)
    };
    Ok(Placement {
        number,
        parent_id: None,
        seq,
        decision_id: None,
        session_id: None,
        pairing_id: None,
    })
}
