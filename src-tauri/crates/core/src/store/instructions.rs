//! Instructions: rows, reads, and the use cases of execution control (give, extend, report, move, remove).

use crate::officer::{Actor, Role};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

pub(super) mod numbering;

use numbering::place;

use super::audit::{self, AuditAction};
use super::record_kind::RecordKind;
use super::{Store, bodies, instruction_edits, people};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::instruction::{
    CheckedInstruction, ExecutionReport, Instruction, InstructionInput, InstructionState,
    ReportInput,
};
use crate::lang::{Lang, LocalizedText};
use crate::region::Country;
use crate::scheduling::due_date_warning;
use crate::time::{now_text, parse_date};

/// The columns of an instruction row; `?1` must be the "today" that decides `overdue`. An instruction reported
/// on or before its due date waits for the secretariat's review: it is `awaiting_review`, never overdue.
pub(super) const INSTRUCTION_COLUMNS: &str = "
    i.id, i.number, i.decision_id, i.session_id, i.parent_id, i.text_ru, i.text_uz, i.text_en,
    i.lead_body_id, b.name_ru, b.name_uz, b.name_en,
    (SELECT group_concat(body_id, ',') FROM instruction_co_executors c WHERE c.instruction_id = i.id),
    i.controller_person_id, i.pairing_id, i.due_on,
    (SELECT old_due_on FROM instruction_extensions e WHERE e.instruction_id = i.id ORDER BY seq LIMIT 1),
    (SELECT count(*) FROM instruction_extensions e WHERE e.instruction_id = i.id),
    i.state, i.state_reason, i.removed_on,
    (SELECT count(*) FROM execution_reports r WHERE r.instruction_id = i.id AND r.deleted_at IS NULL),
    (SELECT max(reported_on) FROM execution_reports r WHERE r.instruction_id = i.id AND r.deleted_at IS NULL),
    (i.due_on < ?1 AND i.state NOT IN ('removed', 'cancelled') AND NOT (i.state = 'reported' AND EXISTS (
        SELECT 1 FROM execution_reports r
        WHERE r.instruction_id = i.id AND r.deleted_at IS NULL AND r.reported_on <= i.due_on))),
    i.created_at, i.updated_at, i.deleted_at,
    (SELECT json_group_array(json_array(country, name_ru, name_uz, name_en))
     FROM (SELECT h.country, h.name_ru, h.name_uz, h.name_en FROM holidays h
           WHERE h.on_date = i.due_on AND h.deleted_at IS NULL ORDER BY h.country, h.id)),
    (i.state = 'reported' AND EXISTS (
        SELECT 1 FROM execution_reports r
        WHERE r.instruction_id = i.id AND r.deleted_at IS NULL AND r.reported_on <= i.due_on)),
    (SELECT count(DISTINCT letter_number) FROM instruction_reminders m WHERE m.instruction_id = i.id),
    (SELECT max(sent_on) FROM instruction_reminders m WHERE m.instruction_id = i.id)";

/// How many columns [`INSTRUCTION_COLUMNS`] selects: a query may add its own after them.
pub(super) const INSTRUCTION_COLUMN_COUNT: usize = 31;

pub(super) fn uuid(text: Option<String>) -> Option<Uuid> {
    text.and_then(|t| Uuid::parse_str(&t).ok())
}

pub(super) fn date(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|t| t.parse().ok())
}

/// The holidays on an instruction's due date, from the JSON list `[[country, ru, uz, en], …]` of its row.
fn holidays_of(json: Option<String>) -> Vec<(Country, LocalizedText)> {
    let rows: Vec<(String, String, String, String)> = json
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    rows.into_iter()
        .filter_map(|(country, ru, uz, en)| {
            let country = match country.as_str() {
                "UZ" => Country::Uz,
                "RU" => Country::Ru,
                _ => return None,
            };
            Some((country, LocalizedText { ru, uz, en }))
        })
        .collect()
}

pub(super) fn instruction_from_row(row: &Row) -> rusqlite::Result<Instruction> {
    let id: String = row.get(0)?;
    let lead: String = row.get(8)?;
    let co: Option<String> = row.get(12)?;
    let due: String = row.get(15)?;
    let due_on = due.parse().unwrap_or_default();
    let state: String = row.get(18)?;
    let (number, number_pending) = crate::numbering::shown(row.get(1)?);
    Ok(Instruction {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        number,
        number_pending,
        decision_id: uuid(row.get(2)?),
        session_id: uuid(row.get(3)?),
        parent_id: uuid(row.get(4)?),
        text: LocalizedText {
            ru: row.get(5)?,
            uz: row.get(6)?,
            en: row.get(7)?,
        },
        lead_body_id: Uuid::parse_str(&lead).unwrap_or_default(),
        lead_body: LocalizedText {
            ru: row.get(9)?,
            uz: row.get(10)?,
            en: row.get(11)?,
        },
        co_executor_ids: co
            .map(|list| {
                list.split(',')
                    .filter_map(|id| Uuid::parse_str(id).ok())
                    .collect()
            })
            .unwrap_or_default(),
        controller_person_id: uuid(row.get(13)?),
        pairing_id: uuid(row.get(14)?),
        due_on,
        original_due_on: date(row.get(16)?).unwrap_or(due_on),
        extension_count: row.get(17)?,
        state: InstructionState::parse(&state).unwrap_or(InstructionState::Assigned),
        state_reason: row.get(19)?,
        removed_on: date(row.get(20)?),
        report_count: row.get(21)?,
        last_report_on: date(row.get(22)?),
        overdue: row.get(23)?,
        created_at: row.get(24)?,
        updated_at: row.get(25)?,
        deleted_at: row.get(26)?,
        due_warning: due_date_warning(due_on, &holidays_of(row.get(27)?)),
        awaiting_review: row.get(28)?,
        reminder_count: row.get(29)?,
        last_reminded_on: date(row.get(30)?),
        body_role: None,
    })
}

/// The instruction with this id (or number), live or in the trash, with `overdue` as of `today`.
pub(super) fn load(
    conn: &Connection,
    key: &str,
    today: NaiveDate,
) -> CoreResult<Option<Instruction>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {INSTRUCTION_COLUMNS} FROM instructions i JOIN bodies b ON b.id = i.lead_body_id
             WHERE i.id = lower(?2) OR i.number = ?2"
        ))?
        .query_row(params![today.to_string(), key.trim()], instruction_from_row)
        .optional()?)
}

fn require(conn: &Connection, key: &str, today: NaiveDate) -> CoreResult<Instruction> {
    load(conn, key, today)?
        .filter(|i| i.deleted_at.is_none())
        .ok_or_else(|| CoreError::not_found(key.trim()))
}

/// The day an instruction came to exist: the day its decision was adopted and its session began (the later).
/// A standalone instruction has no such day: it may be entered after it was given on paper, so its reports
/// are not bounded by the day it was entered.
fn given_on(conn: &Connection, instruction: &Instruction) -> CoreResult<Option<NaiveDate>> {
    let adopted: Option<String> = match instruction.decision_id {
        Some(id) => conn
            .query_row(
                "SELECT adopted_on FROM decisions WHERE id = ?1",
                params![id.to_string()],
                |row| row.get(0),
            )
            .optional()?,
        None => None,
    };
    let session_day = match instruction.session_id {
        Some(id) => super::sessions::load(conn, &id.to_string())?.map(|s| s.start.venue.date),
        None => None,
    };
    let adopted = adopted
        .map(|text| parse_date(&text, "adopted_on"))
        .transpose()?;
    Ok(adopted.max(session_day))
}

/// Checks that every record the input names exists and is live.
fn check_references(tx: &Transaction, input: &CheckedInstruction) -> CoreResult<()> {
    bodies::require(tx, &input.lead_body_id, "lead_body_id")?;
    for body in &input.co_executor_ids {
        bodies::require(tx, body, "co_executor_ids")?;
    }
    if let Some(person) = &input.controller_person_id {
        people::require(tx, person, "controller_person_id")?;
    }
    if let Some(pairing) = &input.pairing_id {
        let live = tx
            .prepare_cached("SELECT 1 FROM pairings WHERE id = ?1 AND deleted_at IS NULL")?
            .exists(params![pairing])?;
        if !live {
            return Err(CoreError::not_found(pairing.clone()).on("pairing_id"));
        }
    }
    Ok(())
}

fn write_co_executors(tx: &Transaction, id: &str, bodies: &[String]) -> CoreResult<()> {
    tx.execute(
        "DELETE FROM instruction_co_executors WHERE instruction_id = ?1",
        params![id],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO instruction_co_executors (instruction_id, body_id) VALUES (?1, ?2)",
    )?;
    for body in bodies {
        stmt.execute(params![id, body])?;
    }
    Ok(())
}

/// Appends a state change to the instruction's history.
fn record_change(
    tx: &Transaction,
    actor: &Actor,
    id: &str,
    from: Option<InstructionState>,
    to: InstructionState,
    note: &str,
) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO instruction_events (instruction_id, seq, at, os_user, from_state, to_state, note, officer_id,
                                         officer_ru, officer_uz, officer_en, site)
         VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM instruction_events WHERE instruction_id = ?1),
                 ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            id,
            now_text(),
            actor.os_user,
            from.map(InstructionState::code),
            to.code(),
            note,
            actor.officer_id(),
            actor.officer_name(Lang::Ru),
            actor.officer_name(Lang::Uz),
            actor.officer_name(Lang::En),
            actor.site
        ],
    )?;
    Ok(())
}

/// Writes a checked instruction under a new id and number, with its first state and audit row.
pub(super) fn insert(
    tx: &Transaction,
    actor: &Actor,
    input: &CheckedInstruction,
    today: NaiveDate,
) -> CoreResult<Instruction> {
    let id = new_id().to_string();
    check_references(tx, input)?;
    let placement = place(tx, &id, input, today)?;
    let pairing = input.pairing_id.clone().or(placement.pairing_id);
    let now = now_text();
    tx.execute(
        "INSERT INTO instructions (id, number, decision_id, session_id, parent_id, seq, text_ru, text_uz,
                text_en, lead_body_id, controller_person_id, pairing_id, due_on, state, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'assigned', ?14, ?14)",
        params![
            id,
            placement.number,
            placement.decision_id,
            placement.session_id,
            placement.parent_id,
            placement.seq,
            input.text.ru,
            input.text.uz,
            input.text.en,
            input.lead_body_id,
            input.controller_person_id,
            pairing,
            input.due_on.to_string(),
            now,
        ],
    )?;
    write_co_executors(tx, &id, &input.co_executor_ids)?;
    record_change(tx, actor, &id, None, InstructionState::Assigned, "")?;
    Instructions { today }.record_create(tx, actor, &id)
}

/// Instructions as a kind of register record (see [`RecordKind`]), read with `overdue` as of `today`.
pub(super) struct Instructions {
    pub(super) today: NaiveDate,
}

impl RecordKind for Instructions {
    type Record = Instruction;
    const TABLE: &'static str = "instructions";
    const ENTITY: &'static str = "instruction";

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Instruction>> {
        load(conn, key, self.today)
    }
}

impl Store {
    /// One instruction by id or number, with `overdue` as of `today`.
    pub fn instruction(&self, key: &str, today: NaiveDate) -> CoreResult<Instruction> {
        load(&self.conn, key, today)?.ok_or_else(|| CoreError::not_found(key.trim()))
    }

    /// Gives an instruction: from a decision, as a sub-instruction, or standalone. `today` dates the
    /// standalone numbering and the `overdue` flag of the result.
    pub fn create_instruction(
        &mut self,
        input: &InstructionInput,
        today: NaiveDate,
    ) -> CoreResult<Instruction> {
        let input = input.check()?;
        self.write(Role::Officer, |tx, actor| insert(tx, actor, &input, today))
    }

    /// Changes the text, executors, controller or pairing, each change kept in the instruction's history.
    /// The due date changes only by extension.
    pub fn update_instruction(
        &mut self,
        key: &str,
        input: &InstructionInput,
        today: NaiveDate,
    ) -> CoreResult<Instruction> {
        let input = input.check()?;
        let kind = Instructions { today };
        self.write(Role::Officer, |tx, actor| {
            let before = kind.require(tx, key)?;
            if input.due_on != before.due_on {
                return Err(CoreError::new(ErrorCode::InvalidValue, input.due_on.to_string()).on("due_on"));
            }
            check_references(tx, &input)?;
            let id = before.id.to_string();
            tx.execute(
                "UPDATE instructions SET text_ru = ?2, text_uz = ?3, text_en = ?4, lead_body_id = ?5,
                        controller_person_id = ?6, pairing_id = ?7, updated_at = ?8
                 WHERE id = ?1",
                params![
                    id,
                    input.text.ru,
                    input.text.uz,
                    input.text.en,
                    input.lead_body_id,
                    input.controller_person_id,
                    input.pairing_id,
                    now_text()
                ],
            )?;
            write_co_executors(tx, &id, &input.co_executor_ids)?;
            let after = kind.record_update(tx, actor, &before)?;
            instruction_edits::record(tx, actor, &before, &after)?;
            Ok(after)
        })
    }

    /// Extends the due date to a later one, with a reason; every earlier due date stays in the history.
    pub fn extend_instruction(
        &mut self,
        key: &str,
        new_due_on: &str,
        reason: &str,
        today: NaiveDate,
    ) -> CoreResult<Instruction> {
        let new_due = parse_date(new_due_on, "new_due_on")?;
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "reason").on("reason"));
        }
        self.write(Role::Officer, |tx, actor| {
            Instructions { today }.update(tx, actor, key, |before, id| {
                if !before.state.is_open() {
                    return Err(CoreError::new(ErrorCode::InvalidTransition, format!("{} → extended", before.state.code()))
                        .on("state"));
                }
                if new_due <= before.due_on {
                    return Err(CoreError::new(ErrorCode::InvalidValue, new_due.to_string()).on("new_due_on"));
                }
                tx.execute(
                    "INSERT INTO instruction_extensions (instruction_id, seq, at, os_user, old_due_on, new_due_on, reason,
                                                         officer_id, officer_ru, officer_uz, officer_en, site)
                     VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM instruction_extensions WHERE instruction_id = ?1),
                             ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![
                        id,
                        now_text(),
                        actor.os_user,
                        before.due_on.to_string(),
                        new_due.to_string(),
                        reason,
                        actor.officer_id(),
                        actor.officer_name(Lang::Ru),
                        actor.officer_name(Lang::Uz),
                        actor.officer_name(Lang::En),
                        actor.site
                    ],
                )?;
                tx.execute(
                    "UPDATE instructions SET due_on = ?2, updated_at = ?3 WHERE id = ?1",
                    params![id, new_due.to_string(), now_text()],
                )?;
                Ok(())
            })
        })
    }

    /// Records an execution report; an open instruction becomes `reported`.
    pub fn add_execution_report(
        &mut self,
        key: &str,
        report: &ReportInput,
        today: NaiveDate,
    ) -> CoreResult<ExecutionReport> {
        let kind = Instructions { today };
        self.write(Role::Officer, |tx, actor| {
            let before = kind.require(tx, key)?;
            if !before.state.is_open() {
                return Err(CoreError::new(ErrorCode::InvalidTransition, format!("{} → reported", before.state.code()))
                    .on("state"));
            }
            let (reported_on, text, author) = report.check(today, given_on(tx, &before)?)?;
            let id = before.id.to_string();
            let report_id = new_id().to_string();
            let now = now_text();
            tx.execute(
                "INSERT INTO execution_reports (id, instruction_id, reported_on, text, author, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![report_id, id, reported_on.to_string(), text, author, now],
            )?;
            if before.state != InstructionState::Reported {
                tx.execute(
                    "UPDATE instructions SET state = 'reported', updated_at = ?2 WHERE id = ?1",
                    params![id, now],
                )?;
                record_change(tx, actor, &id, Some(before.state), InstructionState::Reported, "")?;
            }
            let created = ExecutionReport {
                id: Uuid::parse_str(&report_id).unwrap_or_default(),
                instruction_id: before.id,
                reported_on,
                text,
                author,
                created_at: now,
            };
            audit::record(tx, actor, AuditAction::Create, "execution_report", &report_id, None, Some(&created))?;
            kind.record_update(tx, actor, &before)?;
            Ok(created)
        })
    }

    /// Moves an instruction to another state by hand: start work, return to work, remove from control
    /// (only with an execution report; dated `today`), or cancel (with a reason).
    pub fn move_instruction(
        &mut self,
        key: &str,
        to: InstructionState,
        note: &str,
        today: NaiveDate,
    ) -> CoreResult<Instruction> {
        let note = note.trim();
        self.write(to.need_to_enter(), |tx, actor| {
            Instructions { today }.update(tx, actor, key, |before, id| {
                before.state.check_move(to)?;
                if to == InstructionState::Removed && before.report_count == 0 {
                    return Err(CoreError::new(ErrorCode::ReportRequired, before.number.clone()).on("state"));
                }
                if to == InstructionState::Cancelled && note.is_empty() {
                    return Err(CoreError::new(ErrorCode::Required, "reason").on("reason"));
                }
                let removed_on = (to == InstructionState::Removed).then(|| today.to_string());
                let reason = if to == InstructionState::Cancelled { note } else { "" };
                tx.execute(
                    "UPDATE instructions SET state = ?2, state_reason = ?3, removed_on = ?4, updated_at = ?5 WHERE id = ?1",
                    params![id, to.code(), reason, removed_on, now_text()],
                )?;
                record_change(tx, actor, id, Some(before.state), to, note)
            })
        })
    }

    /// Moves an instruction to the trash (a record given by mistake; executed ones leave control instead).
    pub fn delete_instruction(&mut self, key: &str, today: NaiveDate) -> CoreResult<Instruction> {
        self.write(Role::Officer, |tx, actor| {
            Instructions { today }.delete(tx, actor, key)
        })
    }

    /// Brings an instruction back from the trash.
    pub fn restore_instruction(&mut self, key: &str, today: NaiveDate) -> CoreResult<Instruction> {
        self.write(Role::Officer, |tx, actor| {
            Instructions { today }.restore(tx, actor, key)
        })
    }
}
