//! Public holidays: rows, reads, the shipped list and the officer's edits.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::Store;
use super::record_kind::RecordKind;
use crate::error::{CoreError, CoreResult};
use crate::holiday::{CheckedHoliday, Holiday, HolidayFilter, HolidayInput, ShippedHoliday};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::Role;
use crate::region::Country;
use crate::time::now_text;

const HOLIDAY_COLUMNS: &str = "id, country, on_date, name_ru, name_uz, name_en, by_decree, user_edited, created_at, updated_at, deleted_at";

fn holiday_row(row: &Row) -> rusqlite::Result<Holiday> {
    let id: String = row.get(0)?;
    let country: String = row.get(1)?;
    Ok(Holiday {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        // The CHECK constraint of the table guarantees it parses.
        country: Country::parse(&country).unwrap_or(Country::Uz),
        date: row.get(2)?,
        name: LocalizedText {
            ru: row.get(3)?,
            uz: row.get(4)?,
            en: row.get(5)?,
        },
        by_decree: row.get(6)?,
        user_edited: row.get(7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
        deleted_at: row.get(10)?,
    })
}

/// Inserts the shipped holidays that are missing; existing rows (edited, trashed or not) stay as they are.
pub(super) fn insert_shipped(tx: &Transaction, holidays: &[ShippedHoliday]) -> CoreResult<()> {
    let now = now_text();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO holidays (id, country, on_date, name_ru, name_uz, name_en, by_decree, user_edited,
                               created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?8)
         ON CONFLICT DO NOTHING",
    )?;
    for holiday in holidays {
        stmt.execute(params![
            holiday.id().to_string(),
            holiday.country.code(),
            holiday.date,
            holiday.name_ru,
            holiday.name_uz,
            holiday.name_en,
            holiday.by_decree,
            now,
        ])?;
    }
    Ok(())
}

/// Whether a shipped holiday is not in the database, live or in the trash.
pub(super) fn shipped_missing(conn: &Connection, holidays: &[ShippedHoliday]) -> CoreResult<bool> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM holidays WHERE id = ?1")?;
    for holiday in holidays {
        if !stmt.exists(params![holiday.id().to_string()])? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn load(conn: &Connection, id: &str) -> CoreResult<Option<Holiday>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {HOLIDAY_COLUMNS} FROM holidays WHERE id = lower(?1)"
        ))?
        .query_row(params![id.trim()], holiday_row)
        .optional()?)
}

/// The live holidays of both countries between two dates (`YYYY-MM-DD`, inclusive), by date.
pub(crate) fn between(conn: &Connection, from: &str, to: &str) -> CoreResult<Vec<Holiday>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {HOLIDAY_COLUMNS} FROM holidays
         WHERE deleted_at IS NULL AND on_date BETWEEN ?1 AND ?2 ORDER BY on_date, country"
    ))?;
    let rows = stmt.query_map(params![from, to], holiday_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn write_fields(tx: &Transaction, id: &str, c: &CheckedHoliday) -> CoreResult<()> {
    tx.execute(
        "UPDATE holidays SET country = ?2, on_date = ?3, name_ru = ?4, name_uz = ?5, name_en = ?6, by_decree = ?7,
                user_edited = 1, updated_at = ?8
         WHERE id = ?1",
        params![
            id,
            c.country.code(),
            c.date.format("%Y-%m-%d").to_string(),
            c.name.ru,
            c.name.uz,
            c.name.en,
            c.by_decree,
            now_text(),
        ],
    )?;
    Ok(())
}

/// Holidays as a kind of register record (see [`RecordKind`]).
struct Holidays;

impl RecordKind for Holidays {
    type Record = Holiday;
    const TABLE: &'static str = "holidays";
    const ENTITY: &'static str = "holiday";
    const KEY_FIELD: Option<&'static str> = Some("id");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Holiday>> {
        load(conn, key)
    }
}

impl Store {
    /// Holidays matching the filter, by date, Uzbek before Russian on the same day.
    pub fn list_holidays(&self, filter: &HolidayFilter) -> CoreResult<Vec<Holiday>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {HOLIDAY_COLUMNS} FROM holidays
             WHERE (deleted_at IS NOT NULL) = ?1 AND (?2 IS NULL OR substr(on_date, 1, 4) = ?2)
                   AND (?3 IS NULL OR country = ?3)
             ORDER BY on_date, country = 'RU', id"
        ))?;
        let rows = stmt.query_map(
            params![
                filter.deleted,
                filter.year.map(|year| format!("{year:04}")),
                filter.country.map(Country::code)
            ],
            holiday_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One holiday by id, live or in the trash.
    pub fn holiday(&self, id: &str) -> CoreResult<Holiday> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Adds a holiday (a decreed day off, a transferred working day).
    pub fn add_holiday(&mut self, input: &HolidayInput) -> CoreResult<Holiday> {
        let c = input.check()?;
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| {
            let now = now_text();
            tx.execute(
                "INSERT INTO holidays (id, country, on_date, name_ru, name_uz, name_en, created_at, updated_at)
                 VALUES (?1, ?2, ?3, '', '', '', ?4, ?4)",
                params![id, c.country.code(), c.date.format("%Y-%m-%d").to_string(), now],
            )?;
            write_fields(tx, &id, &c)?;
            Holidays.record_create(tx, actor, &id)
        })
    }

    /// Corrects a holiday (the decreed date of a hayit, its names). The row is marked as edited, so shipped data
    /// never overwrites the change.
    pub fn update_holiday(&mut self, id: &str, input: &HolidayInput) -> CoreResult<Holiday> {
        let c = input.check()?;
        self.write(Role::Officer, |tx, actor| {
            Holidays.update(tx, actor, id, |_, id| write_fields(tx, id, &c))
        })
    }

    /// Moves a holiday to the trash; a shipped one is not loaded again.
    pub fn delete_holiday(&mut self, id: &str) -> CoreResult<Holiday> {
        self.write(Role::Officer, |tx, actor| Holidays.delete(tx, actor, id))
    }

    /// Brings a holiday back from the trash.
    pub fn restore_holiday(&mut self, id: &str) -> CoreResult<Holiday> {
        self.write(Role::Officer, |tx, actor| Holidays.restore(tx, actor, id))
    }
}
