//! The history of one instruction: every due date, execution report, change of state and edit.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::audit::officer_named;
use super::instructions::{date, uuid};
use super::{Store, instruction_edits, reminders};
use crate::error::CoreResult;
use crate::instruction::{
    ExecutionReport, Extension, InstructionHistory, InstructionState, StateChange,
};

impl Store {
    /// Everything that happened to an instruction: every due date, report, state change and edit.
    pub fn instruction_history(
        &self,
        key: &str,
        today: NaiveDate,
    ) -> CoreResult<InstructionHistory> {
        let instruction = self.instruction(key, today)?;
        let id = instruction.id.to_string();
        let accounts = super::officers::has_accounts(&self.conn)?;
        let extensions = self
            .conn
            .prepare_cached(
                "SELECT seq, at, os_user, old_due_on, new_due_on, reason, officer_ru, officer_uz, officer_en,
                        officer_id, nullif(site, ?2)
                 FROM instruction_extensions WHERE instruction_id = ?1 ORDER BY seq",
            )?
            .query_map(params![id, self.site_id], |row| {
                Ok(Extension {
                    seq: row.get(0)?,
                    at: row.get(1)?,
                    os_user: row.get(2)?,
                    officer: officer_named(row, 6, accounts)?,
                    officer_id: row.get(9)?,
                    site: row.get(10)?,
                    old_due_on: date(row.get(3)?).unwrap_or_default(),
                    new_due_on: date(row.get(4)?).unwrap_or_default(),
                    reason: row.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let reports = self
            .conn
            .prepare_cached(
                "SELECT id, reported_on, text, author, created_at FROM execution_reports
                 WHERE instruction_id = ?1 AND deleted_at IS NULL ORDER BY reported_on, created_at",
            )?
            .query_map(params![id], |row| {
                Ok(ExecutionReport {
                    id: uuid(row.get(0)?).unwrap_or_default(),
                    instruction_id: instruction.id,
                    reported_on: date(row.get(1)?).unwrap_or_default(),
                    text: row.get(2)?,
                    author: row.get(3)?,
                    created_at: row.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let changes = self
            .conn
            .prepare_cached(
                "SELECT seq, at, os_user, from_state, to_state, note, officer_ru, officer_uz, officer_en,
                        officer_id, nullif(site, ?2)
                 FROM instruction_events WHERE instruction_id = ?1 ORDER BY seq",
            )?
            .query_map(params![id, self.site_id], |row| {
                let from: Option<String> = row.get(3)?;
                let to: String = row.get(4)?;
                Ok(StateChange {
                    seq: row.get(0)?,
                    at: row.get(1)?,
                    os_user: row.get(2)?,
                    officer: officer_named(row, 6, accounts)?,
                    officer_id: row.get(9)?,
                    site: row.get(10)?,
                    from_state: from.and_then(|f| InstructionState::parse(&f).ok()),
                    to_state: InstructionState::parse(&to).unwrap_or(InstructionState::Assigned),
                    note: row.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let edits = instruction_edits::edits_of(&self.conn, &id, &self.site_id, accounts)?;
        let reminders = reminders::reminders_of(&self.conn, &id, &self.site_id, accounts)?;
        Ok(InstructionHistory {
            instruction,
            extensions,
            reports,
            changes,
            edits,
            reminders,
        })
    }

    /// The latest execution report of an instruction (by date, then by when it was written), if any: the
    /// "last report" of the control list's export.
    pub fn last_report(&self, instruction_id: Uuid) -> CoreResult<Option<ExecutionReport>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, reported_on, text, author, created_at FROM execution_reports
                 WHERE instruction_id = ?1 AND deleted_at IS NULL
                 ORDER BY reported_on DESC, created_at DESC LIMIT 1",
            )?
            .query_row(params![instruction_id.to_string()], |row| {
                Ok(ExecutionReport {
                    id: uuid(row.get(0)?).unwrap_or_default(),
                    instruction_id,
                    reported_on: date(row.get(1)?).unwrap_or_default(),
                    text: row.get(2)?,
                    author: row.get(3)?,
                    created_at: row.get(4)?,
                })
            })
            .optional()?)
    }
}
