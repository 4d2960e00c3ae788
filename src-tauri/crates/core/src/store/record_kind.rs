//! The life of a register record, written once for every kind: make it, change it, move it to the trash,
//! bring it back, each with its audit row (the record before and after) in the writing transaction.
//!
//! A kind names its table, the name its changes carry in the audit history, how a record is read, and its
//! own rules around the trash; the skeleton around them is [`RecordKind`]'s provided methods. They run inside
//! [`Store::write`](super::Store::write), so what they change is captured for the exchange like any write.

use rusqlite::{Connection, Transaction, params};
use serde::Serialize;
use uuid::Uuid;

use super::audit::{self, AuditAction};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::officer::Actor;
use crate::time::now_text;

/// A record that lives in a table with a trash: an id, and the instant it went to the trash.
pub(super) trait StoredRecord: Serialize {
    fn record_id(&self) -> Uuid;
    fn trashed_at(&self) -> Option<&str>;
}

/// Implements [`StoredRecord`] for records with the usual `id` and `deleted_at` fields.
macro_rules! stored_records {
    ($($record:ty),* $(,)?) => {$(
        impl StoredRecord for $record {
            fn record_id(&self) -> Uuid {
                self.id
            }
            fn trashed_at(&self) -> Option<&str> {
                self.deleted_at.as_deref()
            }
        }
    )*};
}

stored_records!(
    crate::pairing::Pairing,
    crate::body::Body,
    crate::person::Person,
    crate::agreement::Agreement,
    crate::project::Project,
    crate::session::Session,
    crate::agenda::AgendaItem,
    crate::decision::Decision,
    crate::instruction::Instruction,
    crate::attachment::Attachment,
    crate::holiday::Holiday,
    crate::indicator::Indicator,
    crate::indicator::IndicatorValue,
    super::series::SessionSeries,
);

/// A kind of register record: where it is kept, how it is read and what it asks before the trash.
pub(super) trait RecordKind {
    type Record: StoredRecord;
    /// The table holding the records, with a `deleted_at` column.
    const TABLE: &'static str;
    /// The record type as the audit history and the trash name it (`pairing`, `agenda_item`, …).
    const ENTITY: &'static str;
    /// The input a live record that is not there is reported on (`None`: no field).
    const KEY_FIELD: Option<&'static str> = None;

    /// The record `key` names (its id, or what else the kind accepts), live or in the trash.
    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Self::Record>>;

    /// Checks (and writes what goes with it) before a live record moves to the trash.
    fn before_delete(
        &self,
        _tx: &Transaction,
        _actor: &Actor,
        _record: &Self::Record,
    ) -> CoreResult<()> {
        Ok(())
    }

    /// The restore rule: checks (and writes what goes with it) before a record comes back from the trash.
    fn before_restore(&self, _tx: &Transaction, _record: &Self::Record) -> CoreResult<()> {
        Ok(())
    }

    /// The live record `key` names, or a `not_found` of the key (on [`Self::KEY_FIELD`]).
    fn require(&self, conn: &Connection, key: &str) -> CoreResult<Self::Record> {
        self.load(conn, key)?
            .filter(|record| record.trashed_at().is_none())
            .ok_or_else(|| {
                let error = CoreError::not_found(key.trim());
                match Self::KEY_FIELD {
                    Some(field) => error.on(field),
                    None => error,
                }
            })
    }

    /// Reads the record just made under `id` and records its making in the history.
    fn record_create(&self, tx: &Transaction, actor: &Actor, id: &str) -> CoreResult<Self::Record> {
        let created = self.require(tx, id)?;
        audit::record(
            tx,
            actor,
            AuditAction::Create,
            Self::ENTITY,
            id,
            None,
            Some(&created),
        )?;
        Ok(created)
    }

    /// Changes the live record `key`: `write` checks and writes, given the record as it was and its id;
    /// the change goes into the history. The record as it is now.
    fn update(
        &self,
        tx: &Transaction,
        actor: &Actor,
        key: &str,
        write: impl FnOnce(&Self::Record, &str) -> CoreResult<()>,
    ) -> CoreResult<Self::Record> {
        let before = self.require(tx, key)?;
        write(&before, &before.record_id().to_string())?;
        self.record_update(tx, actor, &before)
    }

    /// Changes the record `key`, live or in the trash (numbers are given to a trashed record too): `write`
    /// writes, given its id; the change goes into the history. The record as it is now; `None` when there is
    /// no record `key`.
    fn change_stored(
        &self,
        tx: &Transaction,
        actor: &Actor,
        key: &str,
        write: impl FnOnce(&str) -> CoreResult<()>,
    ) -> CoreResult<Option<Self::Record>> {
        let Some(before) = self.load(tx, key)? else {
            return Ok(None);
        };
        let id = before.record_id().to_string();
        write(&id)?;
        let after = self
            .load(tx, &id)?
            .ok_or_else(|| CoreError::not_found(id.clone()))?;
        record::<Self>(tx, actor, AuditAction::Update, &before, &after)?;
        Ok(Some(after))
    }

    /// Reads again a live record that was just changed and records the change from `before`.
    fn record_update(
        &self,
        tx: &Transaction,
        actor: &Actor,
        before: &Self::Record,
    ) -> CoreResult<Self::Record> {
        let after = self.require(tx, &before.record_id().to_string())?;
        record::<Self>(tx, actor, AuditAction::Update, before, &after)?;
        Ok(after)
    }

    /// Moves the live record `key` to the trash.
    fn delete(&self, tx: &Transaction, actor: &Actor, key: &str) -> CoreResult<Self::Record> {
        let before = self.require(tx, key)?;
        self.trash(tx, actor, &before)
    }

    /// Moves a live record already read to the trash.
    fn trash(
        &self,
        tx: &Transaction,
        actor: &Actor,
        before: &Self::Record,
    ) -> CoreResult<Self::Record> {
        self.before_delete(tx, actor, before)?;
        set_trashed(
            self,
            tx,
            actor,
            before,
            Some(now_text()),
            AuditAction::Delete,
        )
    }

    /// Brings the record `key` back from the trash, if its kind's restore rule allows.
    fn restore(&self, tx: &Transaction, actor: &Actor, key: &str) -> CoreResult<Self::Record> {
        let before = self
            .load(tx, key)?
            .ok_or_else(|| CoreError::not_found(key.trim()))?;
        if before.trashed_at().is_none() {
            return Err(CoreError::new(ErrorCode::NotInTrash, key.trim()));
        }
        self.before_restore(tx, &before)?;
        set_trashed(self, tx, actor, &before, None, AuditAction::Restore)
    }
}

/// Sets (or clears) a record's `deleted_at`, then records the change.
fn set_trashed<K: RecordKind + ?Sized>(
    kind: &K,
    tx: &Transaction,
    actor: &Actor,
    before: &K::Record,
    deleted_at: Option<String>,
    action: AuditAction,
) -> CoreResult<K::Record> {
    let id = before.record_id().to_string();
    tx.execute(
        &format!("UPDATE {} SET deleted_at = ?2 WHERE id = ?1", K::TABLE),
        params![id, deleted_at],
    )?;
    let after = kind
        .load(tx, &id)?
        .ok_or_else(|| CoreError::not_found(&id))?;
    record::<K>(tx, actor, action, before, &after)?;
    Ok(after)
}

/// Appends the audit row of a change to a record of kind `K`.
fn record<K: RecordKind + ?Sized>(
    tx: &Transaction,
    actor: &Actor,
    action: AuditAction,
    before: &K::Record,
    after: &K::Record,
) -> CoreResult<()> {
    let id = after.record_id().to_string();
    audit::record(tx, actor, action, K::ENTITY, &id, Some(before), Some(after))
}
