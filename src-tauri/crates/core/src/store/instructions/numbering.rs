//! How a new instruction is numbered and placed: under its parent, under its decision, or standalone.

use chrono::{Datelike, NaiveDate};
use rusqlite::{OptionalExtension, Transaction, params};

use super::require;
use crate::decision::DecisionStatus;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::instruction::CheckedInstruction;

/// The next number of a counter that is never reused.
fn next_counter(tx: &Transaction, name: &str) -> CoreResult<i64> {
    Ok(tx.query_row(
        "INSERT INTO counters (name, value) VALUES (?1, 1)
         ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
        params![name],
        |row| row.get(0),
    )?)
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
/// rescinded one), or standalone by year (`S-2026-7`, from a counter never reused).
pub(super) fn place(
    tx: &Transaction,
    input: &CheckedInstruction,
    today: NaiveDate,
) -> CoreResult<Placement> {
    if let Some(parent_key) = &input.parent_id {
        let parent = require(tx, parent_key, today).map_err(|e| e.on("parent_id"))?;
        if !parent.state.is_open() {
            return Err(CoreError::new(ErrorCode::InvalidValue, parent.number).on("parent_id"));
        }
        let seq: i64 = tx.query_row(
            "SELECT coalesce(max(seq), 0) + 1 FROM instructions WHERE parent_id = ?1",
            params![parent.id.to_string()],
            |row| row.get(0),
        )?;
        return Ok(Placement {
            number: format!("{}.{seq}", parent.number),
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
        let (id, number, session_id, status, pairing_id) =
            decision.ok_or_else(|| CoreError::not_found(decision_key.clone()).on("decision_id"))?;
        if DecisionStatus::parse(&status)? == DecisionStatus::Rescinded {
            return Err(CoreError::new(ErrorCode::InvalidValue, number).on("decision_id"));
        }
        let seq: i64 = tx.query_row(
            "SELECT coalesce(max(seq), 0) + 1 FROM instructions WHERE decision_id = ?1 AND parent_id IS NULL",
            params![id],
            |row| row.get(0),
        )?;
        return Ok(Placement {
            number: format!("{number}.{seq}"),
            parent_id: None,
            seq,
            decision_id: Some(id),
            session_id: Some(session_id),
            pairing_id,
        });
    }
    let year = today.year();
    let seq = next_counter(tx, &format!("standalone_instruction_{year}"))?;
    Ok(Placement {
        number: format!("S-{year}-{seq}"),
        parent_id: None,
        seq,
        decision_id: None,
        session_id: None,
        pairing_id: None,
    })
}
