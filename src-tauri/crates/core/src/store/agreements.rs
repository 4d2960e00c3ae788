//! Agreements: rows, reads and the use cases that change them.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::{Store, bodies};
use crate::agreement::{
    Agreement, AgreementFilter, AgreementInput, AgreementStatus, CheckedAgreement,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::money::{Currency, Money};
use crate::officer::Role;
use crate::region::Country;
use crate::time::now_text;

const AGREEMENT_SELECT: &str = "
    SELECT a.id, a.title_ru, a.title_uz, a.title_en, a.number, a.status, a.signed_on, a.pairing_id,
           a.session_id, a.value_minor, a.currency, a.created_at, a.updated_at, a.deleted_at,
           (SELECT group_concat(body_id, ',')
              FROM (SELECT body_id FROM agreement_parties WHERE agreement_id = a.id ORDER BY body_id))
    FROM agreements a";

/// A uuid column the store wrote.
pub(super) fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).unwrap_or_default()
}

/// A comma-separated list of uuids from `group_concat`.
pub(super) fn uuid_list(list: Option<String>) -> Vec<Uuid> {
    list.map(|list| list.split(',').map(uuid).collect())
        .unwrap_or_default()
}

/// A value and its currency from their two columns (the table's CHECK keeps them both set or both empty).
pub(super) fn money(minor: Option<i64>, currency: Option<&str>) -> Option<Money> {
    match (minor, currency.map(Currency::parse)) {
        (Some(minor), Some(Ok(currency))) => Some(Money { minor, currency }),
        _ => None,
    }
}

fn agreement_from_row(row: &Row) -> rusqlite::Result<Agreement> {
    let id: String = row.get(0)?;
    let status: String = row.get(5)?;
    let signed_on: Option<String> = row.get(6)?;
    let pairing: Option<String> = row.get(7)?;
    let session: Option<String> = row.get(8)?;
    let currency: Option<String> = row.get(10)?;
    Ok(Agreement {
        id: uuid(&id),
        title: LocalizedText {
            ru: row.get(1)?,
            uz: row.get(2)?,
            en: row.get(3)?,
        },
        number: row.get(4)?,
        status: AgreementStatus::parse(&status).unwrap_or(AgreementStatus::Draft),
        signed_on: signed_on.and_then(|text| text.parse().ok()),
        pairing_id: pairing.as_deref().map(uuid),
        parties: uuid_list(row.get(14)?),
        session_id: session.as_deref().map(uuid),
        value: money(row.get(9)?, currency.as_deref()),
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        deleted_at: row.get(13)?,
    })
}

fn load(conn: &Connection, id: &str) -> CoreResult<Option<Agreement>> {
    Ok(conn
        .prepare_cached(&format!("{AGREEMENT_SELECT} WHERE a.id = lower(?1)"))?
        .query_row(params![id.trim()], agreement_from_row)
        .optional()?)
}

/// The id of the live pairing `id`, or a `not_found` attributed to `field`.
pub(super) fn require_pairing(
    conn: &Connection,
    id: &str,
    field: &'static str,
) -> CoreResult<String> {
    conn.prepare_cached("SELECT id FROM pairings WHERE id = lower(?1) AND deleted_at IS NULL")?
        .query_row(params![id.trim()], |row| row.get(0))
        .optional()?
        .ok_or_else(|| CoreError::not_found(id.trim()).on(field))
}

/// The id of the live session `id`, or a `not_found` on `session_id`.
fn require_session(conn: &Connection, id: &str) -> CoreResult<String> {
    conn.prepare_cached("SELECT id FROM sessions WHERE id = lower(?1) AND deleted_at IS NULL")?
        .query_row(params![id.trim()], |row| row.get(0))
        .optional()?
        .ok_or_else(|| CoreError::not_found(id.trim()).on("session_id"))
}

/// An agreement input checked against the register, with every reference in its stored form.
struct ResolvedAgreement {
    checked: CheckedAgreement,
    pairing_id: Option<String>,
    parties: Vec<String>,
    session_id: Option<String>,
}

fn resolve(conn: &Connection, input: &AgreementInput) -> CoreResult<ResolvedAgreement> {
    let checked = input.check()?;
    let pairing_id = checked
        .pairing_id
        .as_deref()
        .map(|id| require_pairing(conn, id, "pairing_id"))
        .transpose()?;
    let mut parties = Vec::with_capacity(checked.parties.len());
    let mut countries = Vec::with_capacity(2);
    for id in &checked.parties {
        let body = bodies::require(conn, id, "parties")?;
        countries.push(body.country);
        parties.push(body.id.to_string());
    }
    parties.sort();
    parties.dedup();
    // Without a pairing, the bodies themselves must stand for both countries.
    if pairing_id.is_none()
        && !(countries.contains(&Country::Uz) && countries.contains(&Country::Ru))
    {
        return Err(CoreError::new(ErrorCode::Required, "parties").on("parties"));
    }
    let session_id = checked
        .session_id
        .as_deref()
        .map(|id| require_session(conn, id))
        .transpose()?;
    Ok(ResolvedAgreement {
        checked,
        pairing_id,
        parties,
        session_id,
    })
}

fn write_parties(tx: &Transaction, id: &str, parties: &[String]) -> CoreResult<()> {
    tx.execute(
        "DELETE FROM agreement_parties WHERE agreement_id = ?1",
        params![id],
    )?;
    let mut stmt =
        tx.prepare_cached("INSERT INTO agreement_parties (agreement_id, body_id) VALUES (?1, ?2)")?;
    for body in parties {
        stmt.execute(params![id, body])?;
    }
    Ok(())
}

/// Inserts (`fresh`) or overwrites the agreement row `id` with `a`.
fn write_row(tx: &Transaction, id: &str, a: &ResolvedAgreement, fresh: bool) -> CoreResult<()> {
    let c = &a.checked;
    let sql = if fresh {
        "INSERT INTO agreements (id, title_ru, title_uz, title_en, number, status, signed_on, pairing_id,
                                 session_id, value_minor, currency, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)"
    } else {
        "UPDATE agreements SET title_ru = ?2, title_uz = ?3, title_en = ?4, number = ?5, status = ?6,
                signed_on = ?7, pairing_id = ?8, session_id = ?9, value_minor = ?10, currency = ?11,
                updated_at = ?12
         WHERE id = ?1"
    };
    tx.execute(
        sql,
        params![
            id,
            c.title.ru,
            c.title.uz,
            c.title.en,
            c.number,
            c.status.code(),
            c.signed_on.map(|d| d.to_string()),
            a.pairing_id,
            a.session_id,
            c.value.map(|m| m.minor),
            c.value.map(|m| m.currency.code()),
            now_text(),
        ],
    )?;
    write_parties(tx, id, &a.parties)
}

/// Agreements as a kind of register record (see [`RecordKind`]).
struct Agreements;

impl RecordKind for Agreements {
    type Record = Agreement;
    const TABLE: &'static str = "agreements";
    const ENTITY: &'static str = "agreement";

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Agreement>> {
        load(conn, key)
    }
}

impl Store {
    /// Agreements matching the filter, most recently signed first, drafts last.
    pub fn list_agreements(&self, filter: &AgreementFilter) -> CoreResult<Vec<Agreement>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{AGREEMENT_SELECT}
             WHERE (a.deleted_at IS NOT NULL) = ?1
               AND (?2 IS NULL OR a.pairing_id = lower(?2))
               AND (?3 IS NULL OR a.status = ?3)
               AND (?4 IS NULL OR substr(a.signed_on, 1, 4) = ?4)
             ORDER BY a.signed_on IS NULL, a.signed_on DESC, a.id"
        ))?;
        let rows = stmt.query_map(
            params![
                filter.deleted,
                filter
                    .pairing_id
                    .as_deref()
                    .map(str::trim)
                    .filter(|id| !id.is_empty()),
                filter.status.map(AgreementStatus::code),
                filter.year.map(|year| format!("{year:04}")),
            ],
            agreement_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One agreement by id, in the register or in the trash.
    pub fn agreement(&self, id: &str) -> CoreResult<Agreement> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Registers an agreement.
    pub fn create_agreement(&mut self, input: &AgreementInput) -> CoreResult<Agreement> {
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| {
            let resolved = resolve(tx, input)?;
            write_row(tx, &id, &resolved, true)?;
            Agreements.record_create(tx, actor, &id)
        })
    }

    /// Replaces an agreement's fields with `input`.
    pub fn update_agreement(&mut self, id: &str, input: &AgreementInput) -> CoreResult<Agreement> {
        self.write(Role::Officer, |tx, actor| {
            Agreements.update(tx, actor, id, |_, id| {
                let resolved = resolve(tx, input)?;
                write_row(tx, id, &resolved, false)
            })
        })
    }

    /// Moves an agreement to the trash.
    pub fn delete_agreement(&mut self, id: &str) -> CoreResult<Agreement> {
        self.write(Role::Officer, |tx, actor| Agreements.delete(tx, actor, id))
    }

    /// Brings an agreement back from the trash.
    pub fn restore_agreement(&mut self, id: &str) -> CoreResult<Agreement> {
        self.write(Role::Officer, |tx, actor| Agreements.restore(tx, actor, id))
    }
}
