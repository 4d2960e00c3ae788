//! Bodies: rows, reads and the use cases that change them.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::{Store, regions};
use crate::body::{Body, BodyInput, BodyKind};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::{Actor, Role};
use crate::region::Country;
use crate::time::now_text;

const BODY_COLUMNS: &str =
    "id, country, kind, name_ru, name_uz, name_en, region_id, created_at, updated_at, deleted_at";

fn body_from_row(row: &Row) -> rusqlite::Result<Body> {
    let id: String = row.get(0)?;
    let country: String = row.get(1)?;
    let kind: String = row.get(2)?;
    let region: Option<String> = row.get(6)?;
    Ok(Body {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        country: Country::parse(&country).unwrap_or(Country::Uz),
        kind: BodyKind::parse(&kind).unwrap_or(BodyKind::Other),
        name: LocalizedText {
            ru: row.get(3)?,
            uz: row.get(4)?,
            en: row.get(5)?,
        },
        region_id: region.and_then(|r| Uuid::parse_str(&r).ok()),
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
        deleted_at: row.get(9)?,
    })
}

/// The body with this id, in the register or the trash.
pub(super) fn load(conn: &Connection, id: &str) -> CoreResult<Option<Body>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {BODY_COLUMNS} FROM bodies WHERE id = lower(?1)"
        ))?
        .query_row(params![id.trim()], body_from_row)
        .optional()?)
}

/// The live body with this id, or a `not_found` attributed to `field`.
pub(super) fn require(conn: &Connection, id: &str, field: &'static str) -> CoreResult<Body> {
    load(conn, id)?
        .filter(|body| body.deleted_at.is_none())
        .ok_or_else(|| CoreError::not_found(id.trim()).on(field))
}

/// Resolves the region of an input to its id, checking it is of the body's country.
fn region_id(conn: &Connection, input: &BodyInput) -> CoreResult<Option<String>> {
    let Some(key) = input.region.as_deref() else {
        return Ok(None);
    };
    let region = regions::resolve(conn, key)?
        .ok_or_else(|| CoreError::new(ErrorCode::RegionNotFound, key).on("region"))?;
    if region.country != input.country {
        return Err(CoreError::new(ErrorCode::InvalidValue, key).on("region"));
    }
    Ok(Some(region.id.to_string()))
}

/// Writes a checked body under a new id, with its audit row.
pub(super) fn insert(tx: &Transaction, actor: &Actor, input: &BodyInput) -> CoreResult<Body> {
    let id = new_id().to_string();
    let region = region_id(tx, input)?;
    let now = now_text();
    tx.execute(
        "INSERT INTO bodies (id, country, kind, name_ru, name_uz, name_en, region_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id,
            input.country.code(),
            input.kind.code(),
            input.name.ru,
            input.name.uz,
            input.name.en,
            region,
            now
        ],
    )?;
    Bodies.record_create(tx, actor, &id)
}

/// Bodies as a kind of register record (see [`RecordKind`]).
struct Bodies;

impl RecordKind for Bodies {
    type Record = Body;
    const TABLE: &'static str = "bodies";
    const ENTITY: &'static str = "body";
    const KEY_FIELD: Option<&'static str> = Some("id");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Body>> {
        load(conn, key)
    }
}

impl Store {
    /// Bodies, optionally of one country, by Russian name; `deleted` lists the trash instead.
    pub fn list_bodies(&self, country: Option<Country>, deleted: bool) -> CoreResult<Vec<Body>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {BODY_COLUMNS} FROM bodies
             WHERE (deleted_at IS NOT NULL) = ?1 AND (?2 IS NULL OR country = ?2)
             ORDER BY country = 'RU', name_ru, id"
        ))?;
        let rows = stmt.query_map(params![deleted, country.map(Country::code)], body_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One body by id.
    pub fn body(&self, id: &str) -> CoreResult<Body> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Registers a body.
    pub fn create_body(&mut self, input: &BodyInput) -> CoreResult<Body> {
        let input = input.check()?;
        self.write(Role::Officer, |tx, actor| insert(tx, actor, &input))
    }

    /// Changes a body.
    pub fn update_body(&mut self, id: &str, input: &BodyInput) -> CoreResult<Body> {
        let input = input.check()?;
        self.write(Role::Officer, |tx, actor| {
            Bodies.update(tx, actor, id, |_, id| {
                let region = region_id(tx, &input)?;
                tx.execute(
                    "UPDATE bodies SET country = ?2, kind = ?3, name_ru = ?4, name_uz = ?5, name_en = ?6,
                            region_id = ?7, updated_at = ?8
                     WHERE id = ?1",
                    params![
                        id,
                        input.country.code(),
                        input.kind.code(),
                        input.name.ru,
                        input.name.uz,
                        input.name.en,
                        region,
                        now_text()
                    ],
                )?;
                Ok(())
            })
        })
    }

    /// Moves a body to the trash. Records that name it keep naming it.
    pub fn delete_body(&mut self, id: &str) -> CoreResult<Body> {
        self.write(Role::Officer, |tx, actor| Bodies.delete(tx, actor, id))
    }

    /// Brings a body back from the trash.
    pub fn restore_body(&mut self, id: &str) -> CoreResult<Body> {
        self.write(Role::Officer, |tx, actor| Bodies.restore(tx, actor, id))
    }
}
