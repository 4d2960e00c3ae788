//! The trash: records whose `deleted_at` is set, across record types.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::LocalizedText;

/// A record in the trash, as the trash screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashEntry {
    /// Record type: `pairing`, `body`, `person`, `session`, `agenda_item`, `decision`, `instruction`,
    /// `agreement`, `project`, `attachment`, `holiday`, `indicator`, `indicator_value`, `session_series`.
    pub entity: String,
    pub id: String,
    /// A human label in Russian, Uzbek and English (`Samarqand viloyati — Sverdlovsk viloyati`).
    pub label: LocalizedText,
    pub deleted_at: String,
}

/// One SELECT per record type, each giving (entity, id, label ru, label uz, label en, `deleted_at`).
const TRASH: &str = "
    SELECT 'pairing', p.id, u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
           u.name_en || ' — ' || r.name_en, p.deleted_at
    FROM pairings p JOIN regions u ON u.id = p.uz_region_id JOIN regions r ON r.id = p.ru_region_id
    WHERE p.deleted_at IS NOT NULL
    UNION ALL SELECT 'body', id, name_ru, name_uz, name_en, deleted_at FROM bodies WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'person', id, full_name_ru, full_name_uz, full_name_en, deleted_at
    FROM people WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'session', id, title_ru, title_uz, title_en, deleted_at FROM sessions WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'agenda_item', id, title_ru, title_uz, title_en, deleted_at
    FROM agenda_items WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'decision', id, number || ' ' || substr(text_ru, 1, 80), number || ' ' || substr(text_uz, 1, 80),
           number || ' ' || substr(text_en, 1, 80), deleted_at
    FROM decisions WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'instruction', id, number || ' ' || substr(text_ru, 1, 80), number || ' ' || substr(text_uz, 1, 80),
           number || ' ' || substr(text_en, 1, 80), deleted_at
    FROM instructions WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'agreement', id, title_ru, title_uz, title_en, deleted_at FROM agreements WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'project', id, title_ru, title_uz, title_en, deleted_at FROM projects WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'attachment', id, name, name, name, deleted_at FROM attachments WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'holiday', id, on_date || ' ' || name_ru, on_date || ' ' || name_uz, on_date || ' ' || name_en,
           deleted_at
    FROM holidays WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'indicator', id, name_ru, name_uz, name_en, deleted_at FROM indicators WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'indicator_value', v.id, i.name_ru || ' ' || v.year || coalesce(' Q' || v.quarter, ''),
           i.name_uz || ' ' || v.year || coalesce(' Q' || v.quarter, ''),
           i.name_en || ' ' || v.year || coalesce(' Q' || v.quarter, ''), v.deleted_at
    FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.deleted_at IS NOT NULL
    UNION ALL SELECT 'session_series', s.id, json_extract(s.template, '$.title.ru'), json_extract(s.template, '$.title.uz'),
           json_extract(s.template, '$.title.en'), s.deleted_at
    FROM session_series s WHERE s.deleted_at IS NOT NULL";

impl Store {
    /// Everything in the trash, most recently deleted first.
    pub fn trash(&self) -> CoreResult<Vec<TrashEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{TRASH} ORDER BY 6 DESC, 2"))?;
        let rows = stmt.query_map(params![], |row| {
            Ok(TrashEntry {
                entity: row.get(0)?,
                id: row.get(1)?,
                label: LocalizedText {
                    ru: row.get(2)?,
                    uz: row.get(3)?,
                    en: row.get(4)?,
                },
                deleted_at: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Store {
    /// Brings any record back from the trash, by its type as the trash lists it. `today` dates the
    /// `overdue` flag of a restored instruction.
    pub fn restore_from_trash(
        &mut self,
        entity: &str,
        id: &str,
        today: chrono::NaiveDate,
    ) -> CoreResult<()> {
        match entity {
            "pairing" => self.restore_pairing(id).map(drop),
            "body" => self.restore_body(id).map(drop),
            "person" => self.restore_person(id).map(drop),
            "instruction" => self.restore_instruction(id, today).map(drop),
            "agreement" => self.restore_agreement(id).map(drop),
            "project" => self.restore_project(id).map(drop),
            "session" => self.restore_session(id).map(drop),
            "agenda_item" => self.restore_agenda_item(id).map(drop),
            "decision" => self.restore_decision(id).map(drop),
            "attachment" => self.restore_attachment(id).map(drop),
            "holiday" => self.restore_holiday(id).map(drop),
            "indicator" => self.restore_indicator(id).map(drop),
            "indicator_value" => self.restore_indicator_value(id).map(drop),
            "session_series" => self.restore_series(id).map(drop),
            other => Err(CoreError::new(ErrorCode::InvalidValue, other).on("entity")),
        }
    }
}
