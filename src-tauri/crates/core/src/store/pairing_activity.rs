//! The pairings' activity over a year, for the map: one query, every count a correlated subquery over an index
//! by pairing (`session_pairings`' key, `agenda_items`, `projects_by_pairing`).

use chrono::NaiveDate;
use rusqlite::{Row, params};
use uuid::Uuid;

use super::Store;
use super::pairings::region_ref;
use crate::error::CoreResult;
use crate::pairing::PairingStatus;
use crate::pairing_activity::{ActivityLevel, PairingActivity, PairingMap, year_before};

/// `?1` the first day of the period, `?2` the last. A session counts by its start's UTC date; a project runs
/// from its start (none: long ago) to its end (none: still running, unless it is completed and its end unknown).
const ACTIVITY_SELECT: &str = "
    SELECT p.id, p.status,
           u.id, u.iso_code, u.name_ru, u.name_uz, u.name_en,
           r.id, r.iso_code, r.name_ru, r.name_uz, r.name_en,
           (SELECT count(*) FROM sessions s
             WHERE s.deleted_at IS NULL AND s.status IN ('held', 'minutes_approved')
               AND substr(s.starts_at, 1, 10) BETWEEN ?1 AND ?2
               AND (EXISTS (SELECT 1 FROM session_pairings sp WHERE sp.session_id = s.id AND sp.pairing_id = p.id)
                    OR EXISTS (SELECT 1 FROM agenda_items a
                                WHERE a.session_id = s.id AND a.pairing_id = p.id AND a.deleted_at IS NULL))),
           (SELECT count(*) FROM projects j
             WHERE j.pairing_id = p.id AND j.deleted_at IS NULL
               AND j.status IN ('agreed', 'under_way', 'completed')
               AND coalesce(j.starts_on, '') <= ?2
               AND coalesce(j.ends_on, CASE j.status WHEN 'completed' THEN '' ELSE '9999-12-31' END) >= ?1),
           (SELECT count(*) FROM projects j
             WHERE j.pairing_id = p.id AND j.deleted_at IS NULL
               AND j.status IN ('agreed', 'under_way', 'completed')
               AND j.starts_on BETWEEN ?1 AND ?2)
    FROM pairings p
    JOIN regions u ON u.id = p.uz_region_id
    JOIN regions r ON r.id = p.ru_region_id
    WHERE p.deleted_at IS NULL
    ORDER BY u.name_ru, r.name_ru, p.id";

fn activity_from_row(row: &Row) -> rusqlite::Result<PairingActivity> {
    let id: String = row.get(0)?;
    let status: String = row.get(1)?;
    let sessions_held: u32 = row.get(12)?;
    let projects_active: u32 = row.get(13)?;
    Ok(PairingActivity {
        pairing_id: Uuid::parse_str(&id).unwrap_or_default(),
        uz_region: region_ref(row, 2)?,
        ru_region: region_ref(row, 7)?,
        status: PairingStatus::parse(&status).unwrap_or(PairingStatus::Proposed),
        sessions_held,
        projects_active,
        projects_started: row.get(14)?,
        level: ActivityLevel::of(sessions_held, projects_active),
    })
}

impl Store {
    /// Every pairing of the register (not in the trash) with what it did in the year that ends on `today`.
    pub fn pairing_map(&self, today: NaiveDate) -> CoreResult<PairingMap> {
        let since = year_before(today);
        let mut stmt = self.conn.prepare_cached(ACTIVITY_SELECT)?;
        let rows = stmt.query_map(
            params![since.to_string(), today.to_string()],
            activity_from_row,
        )?;
        Ok(PairingMap {
            since,
            today,
            pairings: rows.collect::<Result<_, _>>()?,
        })
    }
}
