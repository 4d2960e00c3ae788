//! Regions and sectors: rows, reads and writes.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::audit::{self, AuditAction};
use super::{Store, found};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::{new_id, region_id_for_iso};
use crate::lang::LocalizedText;
use crate::officer::Role;
use crate::region::{Country, Region, RegionFilter, RegionInput, RegionKind, ShippedRegion};
use crate::sector::Sector;
use crate::time::now_text;

const REGION_COLUMNS: &str = "id, iso_code, country, kind, name_ru, name_uz, name_en, \
     centre_ru, centre_uz, centre_en, time_zone, user_edited";

fn region_from_row(row: &Row) -> rusqlite::Result<Region> {
    let id: String = row.get(0)?;
    let country: String = row.get(2)?;
    let kind: String = row.get(3)?;
    Ok(Region {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        iso_code: row.get(1)?,
        // The CHECK constraints of the table guarantee both parse.
        country: Country::parse(&country).unwrap_or(Country::Uz),
        kind: RegionKind::parse(&kind).unwrap_or(RegionKind::Region),
        name: LocalizedText {
            ru: row.get(4)?,
            uz: row.get(5)?,
            en: row.get(6)?,
        },
        centre: LocalizedText {
            ru: row.get(7)?,
            uz: row.get(8)?,
            en: row.get(9)?,
        },
        time_zone: row.get(10)?,
        user_edited: row.get(11)?,
    })
}

/// Inserts the shipped regions that are missing; existing rows (edited or not) stay as they are.
pub(super) fn insert_shipped(tx: &Transaction, regions: &[ShippedRegion]) -> CoreResult<()> {
    let now = now_text();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO regions (id, iso_code, country, kind, name_ru, name_uz, name_en,
                              centre_ru, centre_uz, centre_en, time_zone, user_edited, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?12)
         ON CONFLICT DO NOTHING",
    )?;
    for region in regions {
        stmt.execute(params![
            region_id_for_iso(&region.iso_code).to_string(),
            region.iso_code,
            region.country.code(),
            region.kind.code(),
            region.name_ru,
            region.name_uz,
            region.name_en,
            region.centre_ru,
            region.centre_uz,
            region.centre_en,
            region.time_zone,
            now,
        ])?;
    }
    Ok(())
}

/// Whether a shipped region or sector is not in the database (as an insert would find it: by id or ISO
/// code, by code), live or in the trash.
pub(super) fn shipped_missing(
    conn: &Connection,
    regions: &[ShippedRegion],
    sectors: &[Sector],
) -> CoreResult<bool> {
    let mut region = conn.prepare_cached("SELECT 1 FROM regions WHERE id = ?1 OR iso_code = ?2")?;
    for shipped in regions {
        let id = region_id_for_iso(&shipped.iso_code).to_string();
        if !region.exists(params![id, shipped.iso_code])? {
            return Ok(true);
        }
    }
    let mut sector = conn.prepare_cached("SELECT 1 FROM sectors WHERE code = ?1")?;
    for shipped in sectors {
        if !sector.exists(params![shipped.code])? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Inserts the shipped sectors that are missing.
pub(super) fn insert_shipped_sectors(tx: &Transaction, sectors: &[Sector]) -> CoreResult<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO sectors (code, name_ru, name_uz, name_en, position) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT DO NOTHING",
    )?;
    for (position, sector) in sectors.iter().enumerate() {
        stmt.execute(params![
            sector.code,
            sector.name.ru,
            sector.name.uz,
            sector.name.en,
            position as i64
        ])?;
    }
    Ok(())
}

/// The region named by its id or ISO code (case-insensitive), excluding the trash.
pub(super) fn resolve(conn: &Connection, id_or_code: &str) -> CoreResult<Option<Region>> {
    let key = id_or_code.trim();
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {REGION_COLUMNS} FROM regions
             WHERE (id = lower(?1) OR iso_code = upper(?1)) AND deleted_at IS NULL"
        ))?
        .query_row(params![key], region_from_row)
        .optional()?)
}

/// Whether every sector code exists; the first unknown one is the error.
pub(super) fn check_sectors(conn: &Connection, codes: &[String]) -> CoreResult<()> {
    let mut stmt =
        conn.prepare_cached("SELECT 1 FROM sectors WHERE code = ?1 AND deleted_at IS NULL")?;
    for code in codes {
        if !stmt.exists(params![code])? {
            return Err(CoreError::new(ErrorCode::SectorNotFound, code.clone()).on("sectors"));
        }
    }
    Ok(())
}

impl Store {
    /// Regions matching the filter, Uzbek ones first, then by Russian name.
    pub fn list_regions(&self, filter: &RegionFilter) -> CoreResult<Vec<Region>> {
        let text = filter
            .text
            .as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
            .map(str::to_lowercase);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {REGION_COLUMNS} FROM regions
             WHERE deleted_at IS NULL AND (?1 IS NULL OR country = ?1)
             ORDER BY country = 'RU', name_ru"
        ))?;
        let rows = stmt.query_map(params![filter.country.map(Country::code)], region_from_row)?;
        let mut regions: Vec<Region> = rows.collect::<Result<_, _>>()?;
        // SQLite's lower() folds ASCII only; Cyrillic needs Rust's case folding.
        if let Some(text) = text {
            regions.retain(|region| {
                [
                    region.iso_code.as_deref().unwrap_or_default(),
                    &region.name.ru,
                    &region.name.uz,
                    &region.name.en,
                    &region.centre.ru,
                    &region.centre.uz,
                    &region.centre.en,
                ]
                .iter()
                .any(|field| field.to_lowercase().contains(&text))
            });
        }
        Ok(regions)
    }

    /// One region by id or ISO code.
    pub fn region(&self, id_or_code: &str) -> CoreResult<Region> {
        resolve(&self.conn, id_or_code)?
            .ok_or_else(|| CoreError::new(ErrorCode::RegionNotFound, id_or_code.trim()))
    }

    /// Adds a region that has no ISO code (a new district, a city of special status).
    pub fn add_region(&mut self, input: &RegionInput) -> CoreResult<Region> {
        let valid = input.validate()?;
        let id = new_id();
        self.write(Role::Officer, |tx, actor| {
            let now = now_text();
            let v = &valid.input;
            tx.execute(
                "INSERT INTO regions (id, iso_code, country, kind, name_ru, name_uz, name_en,
                                      centre_ru, centre_uz, centre_en, time_zone, user_edited, created_at, updated_at)
                 VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11, ?11)",
                params![
                    id.to_string(),
                    valid.country.code(),
                    valid.kind.code(),
                    v.name.ru,
                    v.name.uz,
                    v.name.en,
                    v.centre.ru,
                    v.centre.uz,
                    v.centre.en,
                    v.time_zone,
                    now,
                ],
            )?;
            let created = found(
                tx.query_row(
                    &format!("SELECT {REGION_COLUMNS} FROM regions WHERE id = ?1"),
                    params![id.to_string()],
                    region_from_row,
                ),
                &id.to_string(),
            )?;
            audit::record(tx, actor, AuditAction::Create, "region", &id.to_string(), None, Some(&created))?;
            Ok(created)
        })
    }

    /// Changes a region's names, centre and zone. Country and ISO code stay: they define the region.
    /// The region is marked as edited, so shipped reference data never overwrites the change.
    pub fn update_region(&mut self, id_or_code: &str, input: &RegionInput) -> CoreResult<Region> {
        let before = self.region(id_or_code)?;
        let mut input = input.clone();
        before.country.code().clone_into(&mut input.country);
        let valid = input.validate()?;
        self.write(Role::Officer, |tx, actor| {
            let v = &valid.input;
            tx.execute(
                "UPDATE regions SET kind = ?2, name_ru = ?3, name_uz = ?4, name_en = ?5, centre_ru = ?6,
                        centre_uz = ?7, centre_en = ?8, time_zone = ?9, user_edited = 1, updated_at = ?10
                 WHERE id = ?1",
                params![
                    before.id.to_string(),
                    valid.kind.code(),
                    v.name.ru,
                    v.name.uz,
                    v.name.en,
                    v.centre.ru,
                    v.centre.uz,
                    v.centre.en,
                    v.time_zone,
                    now_text(),
                ],
            )?;
            let after = resolve(tx, &before.id.to_string())?
                .ok_or_else(|| CoreError::new(ErrorCode::RegionNotFound, id_or_code.trim()))?;
            let id = before.id.to_string();
            audit::record(tx, actor, AuditAction::Update, "region", &id, Some(&before), Some(&after))?;
            Ok(after)
        })
    }

    /// The sectors of cooperation, in their list order.
    pub fn list_sectors(&self) -> CoreResult<Vec<Sector>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, name_ru, name_uz, name_en FROM sectors WHERE deleted_at IS NULL ORDER BY position",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(Sector {
                code: row.get(0)?,
                name: LocalizedText {
                    ru: row.get(1)?,
                    uz: row.get(2)?,
                    en: row.get(3)?,
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
