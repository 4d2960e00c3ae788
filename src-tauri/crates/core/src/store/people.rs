//! People: rows, reads and the use cases that change them.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::{Store, bodies};
use crate::error::{CoreError, CoreResult};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::{Actor, Role};
use crate::person::{Person, PersonInput};
use crate::region::Country;
use crate::time::now_text;

const PERSON_COLUMNS: &str = "id, full_name_ru, full_name_uz, full_name_en, position_ru, position_uz, position_en, \
     body_id, country, phone, email, created_at, updated_at, deleted_at";

fn person_from_row(row: &Row) -> rusqlite::Result<Person> {
    let id: String = row.get(0)?;
    let body: Option<String> = row.get(7)?;
    let country: String = row.get(8)?;
    Ok(Person {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        full_name: LocalizedText {
            ru: row.get(1)?,
            uz: row.get(2)?,
            en: row.get(3)?,
        },
        position: LocalizedText {
            ru: row.get(4)?,
            uz: row.get(5)?,
            en: row.get(6)?,
        },
        body_id: body.and_then(|b| Uuid::parse_str(&b).ok()),
        country: Country::parse(&country).unwrap_or(Country::Uz),
        phone: row.get(9)?,
        email: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        deleted_at: row.get(13)?,
    })
}

/// The person with this id, in the register or the trash.
pub(super) fn load(conn: &Connection, id: &str) -> CoreResult<Option<Person>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM people WHERE id = lower(?1)"
        ))?
        .query_row(params![id.trim()], person_from_row)
        .optional()?)
}

/// The live person with this id, or a `not_found` attributed to `field`.
pub(super) fn require(conn: &Connection, id: &str, field: &'static str) -> CoreResult<Person> {
    load(conn, id)?
        .filter(|person| person.deleted_at.is_none())
        .ok_or_else(|| CoreError::not_found(id.trim()).on(field))
}

fn body_id(conn: &Connection, input: &PersonInput) -> CoreResult<Option<String>> {
    input
        .body_id
        .as_deref()
        .map(|id| bodies::require(conn, id, "body_id").map(|body| body.id.to_string()))
        .transpose()
}

/// People as a kind of register record (see [`RecordKind`]).
struct People;

impl RecordKind for People {
    type Record = Person;
    const TABLE: &'static str = "people";
    const ENTITY: &'static str = "person";
    const KEY_FIELD: Option<&'static str> = Some("id");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Person>> {
        load(conn, key)
    }
}

/// Writes a checked person under a new id, with their audit row.
pub(super) fn insert(tx: &Transaction, actor: &Actor, input: &PersonInput) -> CoreResult<Person> {
    let id = new_id().to_string();
    let body = body_id(tx, input)?;
    let now = now_text();
    tx.execute(
        "INSERT INTO people (id, full_name_ru, full_name_uz, full_name_en, position_ru, position_uz,
                             position_en, body_id, country, phone, email, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            id,
            input.full_name.ru,
            input.full_name.uz,
            input.full_name.en,
            input.position.ru,
            input.position.uz,
            input.position.en,
            body,
            input.country.code(),
            input.phone,
            input.email,
            now
        ],
    )?;
    People.record_create(tx, actor, &id)
}

impl Store {
    /// People, optionally of one body, by Russian name; `deleted` lists the trash instead.
    pub fn list_people(&self, body_id: Option<&str>, deleted: bool) -> CoreResult<Vec<Person>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM people
             WHERE (deleted_at IS NOT NULL) = ?1 AND (?2 IS NULL OR body_id = lower(?2))
             ORDER BY full_name_ru, id"
        ))?;
        let rows = stmt.query_map(params![deleted, body_id.map(str::trim)], person_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One person by id.
    pub fn person(&self, id: &str) -> CoreResult<Person> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Registers a person.
    pub fn create_person(&mut self, input: &PersonInput) -> CoreResult<Person> {
        let input = input.check()?;
        self.write(Role::Officer, |tx, actor| insert(tx, actor, &input))
    }

    /// Changes a person.
    pub fn update_person(&mut self, id: &str, input: &PersonInput) -> CoreResult<Person> {
        let input = input.check()?;
        self.write(Role::Officer, |tx, actor| {
            People.update(tx, actor, id, |_, id| {
                let body = body_id(tx, &input)?;
                tx.execute(
                    "UPDATE people SET full_name_ru = ?2, full_name_uz = ?3, full_name_en = ?4,
                            position_ru = ?5, position_uz = ?6, position_en = ?7, body_id = ?8, country = ?9,
                            phone = ?10, email = ?11, updated_at = ?12
                     WHERE id = ?1",
                    params![
                        id,
                        input.full_name.ru,
                        input.full_name.uz,
                        input.full_name.en,
                        input.position.ru,
                        input.position.uz,
                        input.position.en,
                        body,
                        input.country.code(),
                        input.phone,
                        input.email,
                        now_text()
                    ],
                )?;
                Ok(())
            })
        })
    }

    /// Moves a person to the trash.
    pub fn delete_person(&mut self, id: &str) -> CoreResult<Person> {
        self.write(Role::Officer, |tx, actor| People.delete(tx, actor, id))
    }

    /// Brings a person back from the trash.
    pub fn restore_person(&mut self, id: &str) -> CoreResult<Person> {
        self.write(Role::Officer, |tx, actor| People.restore(tx, actor, id))
    }
}
