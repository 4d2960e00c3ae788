//! Pairings: rows, reads, and the use cases that change them.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::{Store, regions};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::Role;
use crate::pairing::{Basis, CheckedPairing, Pairing, PairingInput, PairingStatus, RegionRef};
use crate::region::Country;
use crate::time::now_text;

/// Which pairings a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairingFilter {
    pub status: Option<PairingStatus>,
    /// A region (id or ISO code) on either side.
    pub region: Option<String>,
    /// List the trash instead of the live register.
    pub deleted: bool,
}

const PAIRING_SELECT: &str = "
    SELECT p.id, p.status, p.since, p.basis_title_ru, p.basis_number, p.basis_date,
           p.notes_ru, p.notes_uz, p.notes_en, p.contacts, p.created_at, p.updated_at, p.deleted_at,
           u.id, u.iso_code, u.name_ru, u.name_uz, u.name_en,
           r.id, r.iso_code, r.name_ru, r.name_uz, r.name_en,
           (SELECT group_concat(sector_code, ',')
              FROM (SELECT sector_code FROM pairing_sectors WHERE pairing_id = p.id ORDER BY sector_code)),
           p.basis_title_uz, p.basis_title_en
    FROM pairings p
    JOIN regions u ON u.id = p.uz_region_id
    JOIN regions r ON r.id = p.ru_region_id";

pub(super) fn region_ref(row: &Row, first: usize) -> rusqlite::Result<RegionRef> {
    let id: String = row.get(first)?;
    Ok(RegionRef {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        iso_code: row.get(first + 1)?,
        name: LocalizedText {
            ru: row.get(first + 2)?,
            uz: row.get(first + 3)?,
            en: row.get(first + 4)?,
        },
    })
}

fn pairing_from_row(row: &Row) -> rusqlite::Result<Pairing> {
    let id: String = row.get(0)?;
    let status: String = row.get(1)?;
    let since: Option<String> = row.get(2)?;
    let basis_date: Option<String> = row.get(5)?;
    let sectors: Option<String> = row.get(23)?;
    Ok(Pairing {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        uz_region: region_ref(row, 13)?,
        ru_region: region_ref(row, 18)?,
        status: PairingStatus::parse(&status).unwrap_or(PairingStatus::Proposed),
        since: since.and_then(|text| text.parse().ok()),
        basis: Basis {
            title: LocalizedText {
                ru: row.get(3)?,
                uz: row.get(24)?,
                en: row.get(25)?,
            },
            number: row.get(4)?,
            date: basis_date.and_then(|text| text.parse().ok()),
        },
        sectors: sectors
            .map(|list| list.split(',').map(str::to_owned).collect())
            .unwrap_or_default(),
        notes: LocalizedText {
            ru: row.get(6)?,
            uz: row.get(7)?,
            en: row.get(8)?,
        },
        contacts: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        deleted_at: row.get(12)?,
    })
}

fn load(conn: &Connection, id: &str) -> CoreResult<Option<Pairing>> {
    Ok(conn
        .prepare_cached(&format!("{PAIRING_SELECT} WHERE p.id = lower(?1)"))?
        .query_row(params![id.trim()], pairing_from_row)
        .optional()?)
}

/// A pairing input checked against the register: both regions exist, one per country, sectors known.
struct ResolvedPairing {
    uz_region_id: String,
    ru_region_id: String,
    status: PairingStatus,
    checked: CheckedPairing,
}

fn resolve(conn: &Connection, input: &PairingInput) -> CoreResult<ResolvedPairing> {
    let checked = input.check()?;
    let mut sides = Vec::with_capacity(2);
    for (field, key) in [("region_a", &input.region_a), ("region_b", &input.region_b)] {
        let region = regions::resolve(conn, key)?
            .ok_or_else(|| CoreError::new(ErrorCode::RegionNotFound, key.trim()).on(field))?;
        sides.push(region);
    }
    let (uz, ru) = match (sides[0].country, sides[1].country) {
        (Country::Uz, Country::Ru) => (&sides[0], &sides[1]),
        (Country::Ru, Country::Uz) => (&sides[1], &sides[0]),
        _ => return Err(CoreError::new(ErrorCode::PairingCountries, "").on("region_b")),
    };
    regions::check_sectors(conn, &checked.sectors)?;
    Ok(ResolvedPairing {
        uz_region_id: uz.id.to_string(),
        ru_region_id: ru.id.to_string(),
        status: input.status,
        checked,
    })
}

/// Refuses a second active pairing of the same two regions (`except` is the pairing being changed).
fn check_single_active(
    tx: &Transaction,
    uz: &str,
    ru: &str,
    status: PairingStatus,
    except: &str,
) -> CoreResult<()> {
    if status != PairingStatus::Active {
        return Ok(());
    }
    let clash = tx
        .prepare_cached(
            "SELECT 1 FROM pairings WHERE uz_region_id = ?1 AND ru_region_id = ?2 AND status = 'active'
                AND deleted_at IS NULL AND id <> ?3",
        )?
        .exists(params![uz, ru, except])?;
    if clash {
        return Err(CoreError::new(ErrorCode::PairingDuplicateActive, "").on("status"));
    }
    Ok(())
}

fn write_sectors(tx: &Transaction, id: &str, sectors: &[String]) -> CoreResult<()> {
    tx.execute(
        "DELETE FROM pairing_sectors WHERE pairing_id = ?1",
        params![id],
    )?;
    let mut stmt =
        tx.prepare_cached("INSERT INTO pairing_sectors (pairing_id, sector_code) VALUES (?1, ?2)")?;
    for code in sectors {
        stmt.execute(params![id, code])?;
    }
    Ok(())
}

/// Pairings as a kind of register record (see [`RecordKind`]).
struct Pairings;

impl RecordKind for Pairings {
    type Record = Pairing;
    const TABLE: &'static str = "pairings";
    const ENTITY: &'static str = "pairing";

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Pairing>> {
        load(conn, key)
    }

    /// A pairing comes back only if no active pairing of the same regions took its place.
    fn before_restore(&self, tx: &Transaction, pairing: &Pairing) -> CoreResult<()> {
        check_single_active(
            tx,
            &pairing.uz_region.id.to_string(),
            &pairing.ru_region.id.to_string(),
            pairing.status,
            &pairing.id.to_string(),
        )
    }
}

impl Store {
    /// Pairings matching the filter, by Uzbek then Russian region name.
    pub fn list_pairings(&self, filter: &PairingFilter) -> CoreResult<Vec<Pairing>> {
        let region_id = match filter
            .region
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(key) => Some(self.region(key)?.id.to_string()),
            None => None,
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PAIRING_SELECT}
             WHERE (p.deleted_at IS NOT NULL) = ?1
               AND (?2 IS NULL OR p.status = ?2)
               AND (?3 IS NULL OR p.uz_region_id = ?3 OR p.ru_region_id = ?3)
             ORDER BY u.name_ru, r.name_ru, p.id"
        ))?;
        let rows = stmt.query_map(
            params![
                filter.deleted,
                filter.status.map(PairingStatus::code),
                region_id
            ],
            pairing_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One pairing by id, in the register or in the trash.
    pub fn pairing(&self, id: &str) -> CoreResult<Pairing> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Registers a new pairing.
    pub fn create_pairing(&mut self, input: &PairingInput) -> CoreResult<Pairing> {
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| {
            let p = resolve(tx, input)?;
            check_single_active(tx, &p.uz_region_id, &p.ru_region_id, p.status, &id)?;
            let c = &p.checked;
            let now = now_text();
            tx.execute(
                "INSERT INTO pairings (id, uz_region_id, ru_region_id, status, since, basis_title_ru, basis_number,
                                       basis_date, notes_ru, notes_uz, notes_en, contacts, created_at, updated_at,
                                       basis_title_uz, basis_title_en)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15)",
                params![
                    id,
                    p.uz_region_id,
                    p.ru_region_id,
                    p.status.code(),
                    c.since.map(|d| d.to_string()),
                    c.basis.title.ru,
                    c.basis.number,
                    c.basis.date.map(|d| d.to_string()),
                    c.notes.ru,
                    c.notes.uz,
                    c.notes.en,
                    c.contacts,
                    now,
                    c.basis.title.uz,
                    c.basis.title.en,
                ],
            )?;
            write_sectors(tx, &id, &c.sectors)?;
            Pairings.record_create(tx, actor, &id)
        })
    }

    /// Replaces a pairing's fields with `input`.
    pub fn update_pairing(&mut self, id: &str, input: &PairingInput) -> CoreResult<Pairing> {
        self.write(Role::Officer, |tx, actor| {
            Pairings.update(tx, actor, id, |_, id| {
                let p = resolve(tx, input)?;
                check_single_active(tx, &p.uz_region_id, &p.ru_region_id, p.status, id)?;
                let c = &p.checked;
                tx.execute(
                    "UPDATE pairings SET uz_region_id = ?2, ru_region_id = ?3, status = ?4, since = ?5,
                            basis_title_ru = ?6, basis_number = ?7, basis_date = ?8, notes_ru = ?9,
                            notes_uz = ?10, notes_en = ?11, contacts = ?12, updated_at = ?13,
                            basis_title_uz = ?14, basis_title_en = ?15
                     WHERE id = ?1",
                    params![
                        id,
                        p.uz_region_id,
                        p.ru_region_id,
                        p.status.code(),
                        c.since.map(|d| d.to_string()),
                        c.basis.title.ru,
                        c.basis.number,
                        c.basis.date.map(|d| d.to_string()),
                        c.notes.ru,
                        c.notes.uz,
                        c.notes.en,
                        c.contacts,
                        now_text(),
                        c.basis.title.uz,
                        c.basis.title.en,
                    ],
                )?;
                write_sectors(tx, id, &c.sectors)
            })
        })
    }

    /// Moves a pairing to the trash.
    pub fn delete_pairing(&mut self, id: &str) -> CoreResult<Pairing> {
        self.write(Role::Officer, |tx, actor| Pairings.delete(tx, actor, id))
    }

    /// Brings a pairing back from the trash, unless an active pairing of the same regions took its place.
    pub fn restore_pairing(&mut self, id: &str) -> CoreResult<Pairing> {
        self.write(Role::Officer, |tx, actor| Pairings.restore(tx, actor, id))
    }
}
