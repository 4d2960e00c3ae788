//! Batch imports: many records written in one transaction, all or nothing, with every row's problem reported.
//!
//! Each row runs in its own savepoint, so a refused row is undone and the next one still gets checked against
//! the database as it would be. Only when every row passes and the caller asked to apply does the transaction
//! commit; a dry run, or any refusal, rolls everything back.

use chrono::NaiveDate;
use rusqlite::{Transaction, TransactionBehavior, params};
use uuid::Uuid;

use super::{Store, bodies, instructions, people, sessions};
use crate::body::{Body, BodyInput};
use crate::error::CoreResult;
use crate::instruction::{Instruction, InstructionInput};
use crate::officer::{Actor, Role};
use crate::person::{Person, PersonInput};
use crate::session::{Session, SessionInput};

/// What a batch did, row by row, in the order given.
#[derive(Debug)]
pub struct BatchOutcome<T> {
    /// One result per input row: the record it made (or would make), or why it was refused.
    pub rows: Vec<CoreResult<T>>,
    /// Whether the batch was written: asked to apply and no row refused.
    pub applied: bool,
}

/// What importing one session did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionImport {
    /// Created as a draft.
    Created(Session),
    /// A session with this id already exists (live or in the trash); nothing was written for it.
    AlreadyPresent(Session),
}

impl Store {
    /// Runs `each` on every row inside one immediate transaction, each row in a savepoint of its own.
    fn write_rows<I, T>(
        &mut self,
        inputs: &[I],
        apply: bool,
        each: impl Fn(&Transaction, &Actor, &I) -> CoreResult<T>,
    ) -> CoreResult<BatchOutcome<T>> {
        self.ensure_held()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Importing prepares records: an officer's.
        let actor = super::officers::authorize(&tx, &self.actor, self.signed_in, Role::Officer)?;
        let mut rows = Vec::with_capacity(inputs.len());
        for input in inputs {
            tx.execute_batch("SAVEPOINT import_row")?;
            let result = each(&tx, &actor, input);
            if result.is_ok() {
                tx.execute_batch("RELEASE import_row")?;
            } else {
                tx.execute_batch("ROLLBACK TO import_row; RELEASE import_row")?;
            }
            rows.push(result);
        }
        let applied = apply && rows.iter().all(Result::is_ok);
        if applied {
            tx.commit()?;
            self.confirm_held()?;
        }
        Ok(BatchOutcome { rows, applied })
    }

    /// Registers many bodies at once: all of them, or (on any refusal, or when `apply` is false) none.
    pub fn import_bodies(
        &mut self,
        inputs: &[BodyInput],
        apply: bool,
    ) -> CoreResult<BatchOutcome<Body>> {
        self.write_rows(inputs, apply, |tx, actor, input| {
            bodies::insert(tx, actor, &input.check()?)
        })
    }

    /// Registers many people at once: all of them, or (on any refusal, or when `apply` is false) none.
    pub fn import_people(
        &mut self,
        inputs: &[PersonInput],
        apply: bool,
    ) -> CoreResult<BatchOutcome<Person>> {
        self.write_rows(inputs, apply, |tx, actor, input| {
            people::insert(tx, actor, &input.check()?)
        })
    }

    /// Gives many instructions at once: all of them, or (on any refusal, or when `apply` is false) none.
    pub fn import_instructions(
        &mut self,
        inputs: &[InstructionInput],
        today: NaiveDate,
        apply: bool,
    ) -> CoreResult<BatchOutcome<Instruction>> {
        self.write_rows(inputs, apply, |tx, actor, input| {
            instructions::insert(tx, actor, &input.check()?, today)
        })
    }

    /// Creates draft sessions under ids chosen by the caller (so that importing the same file twice finds
    /// them): all of them, or (on any refusal, or when `apply` is false) none. A session whose id already
    /// exists is reported as present and left as it is. A meeting may come without any title (a calendar
    /// event without SUMMARY): it is kept with the title missing, to be filled in.
    pub fn import_sessions(
        &mut self,
        inputs: &[(Uuid, SessionInput)],
        apply: bool,
    ) -> CoreResult<BatchOutcome<SessionImport>> {
        self.write_rows(inputs, apply, |tx, actor, (id, input)| {
            let id = id.to_string();
            if let Some(existing) = sessions::load(tx, &id)? {
                return Ok(SessionImport::AlreadyPresent(existing));
            }
            Ok(SessionImport::Created(sessions::insert(
                tx,
                actor,
                &id,
                &input.check_untitled()?,
                None,
            )?))
        })
    }

    /// How many times a session was changed since its creation: its own history rows (fields, status,
    /// trash) and those of its agenda items. It only grows, so it serves as an iCalendar SEQUENCE.
    pub fn session_change_count(&self, id: &str) -> CoreResult<i64> {
        let session = sessions::load(&self.conn, id)?
            .ok_or_else(|| crate::error::CoreError::not_found(id.trim()))?;
        let count: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM audit_log WHERE entity = 'session' AND record_id = ?1)
                  + (SELECT count(*) FROM audit_log
                     WHERE entity = 'agenda_item'
                       AND record_id IN (SELECT id FROM agenda_items WHERE session_id = ?1))",
            params![session.id.to_string()],
            |row| row.get(0),
        )?;
        Ok((count - 1).max(0))
    }
}
