//! The plain-SQL twins of the core's queries, for the benchmarks only (feature `bench`).
//!
//! Each twin is the SQL a person would write by hand for one fixed question, with no optional filters, no
//! mapping into domain types and no serialization: it steps through the same rows on the same connection and
//! reads every column as a raw value. The benchmarks time both and report the core's time as a ratio of the
//! twin's; they also check once, outside the timed loop, that both give the same records in the same order.
//! The twins are part of the store because SQL lives nowhere else.

use chrono::{Days, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{Params, params};

use super::Store;
use super::instructions::INSTRUCTION_COLUMNS;
use crate::control::RateBy;
use crate::error::CoreResult;
use crate::instruction::InstructionState;
use crate::officer::Role;

/// One row as SQLite returns it.
pub type RawRow = Vec<Value>;

/// Open means neither removed from control nor cancelled.
const OPEN: &str = "i.state NOT IN ('removed', 'cancelled')";

/// One fixed filter of the control screen, as a plain `WHERE` clause.
#[derive(Debug, Clone)]
pub enum RawControl {
    /// Everything still under control (the screen's default).
    Open,
    /// Every state.
    All,
    /// One state.
    State(InstructionState),
    /// Open, with this body (id) as lead or co-executor.
    Body(String),
    /// Open and past due.
    Overdue,
    /// Open and due from today to today + n days.
    DueWithin(u32),
}

impl Store {
    /// Runs `sql` and reads every column of every row as a raw value.
    fn raw_rows(&self, sql: &str, params: impl Params) -> CoreResult<Vec<RawRow>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let width = stmt.column_count();
        let rows = stmt.query_map(params, |row| {
            (0..width).map(|i| row.get::<_, Value>(i)).collect()
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The first `limit` instructions of one control-screen filter, by due date then number, with the
    /// columns the core reads (`id` first).
    pub fn raw_instruction_page(
        &self,
        filter: &RawControl,
        today: NaiveDate,
        limit: u32,
    ) -> CoreResult<Vec<RawRow>> {
        let (condition, arg): (String, Option<String>) = match filter {
            RawControl::Open => (OPEN.to_owned(), None),
            RawControl::All => ("1".to_owned(), None),
            RawControl::State(state) => ("i.state = ?3".to_owned(), Some(state.code().to_owned())),
            RawControl::Body(body) => (
                format!(
                    "{OPEN} AND (i.lead_body_id = ?3 OR EXISTS (SELECT 1 FROM instruction_co_executors c
                        WHERE c.instruction_id = i.id AND c.body_id = ?3))"
                ),
                Some(body.clone()),
            ),
            RawControl::Overdue => (format!("i.due_on < ?1 AND {OPEN}"), None),
            RawControl::DueWithin(days) => (
                format!("i.due_on BETWEEN ?1 AND ?3 AND {OPEN}"),
                Some(
                    today
                        .checked_add_days(Days::new(u64::from(*days)))
                        .unwrap_or(NaiveDate::MAX)
                        .to_string(),
                ),
            ),
        };
        let sql = format!(
            "WITH page AS (
                 SELECT i.id FROM instructions i
                 WHERE i.deleted_at IS NULL AND {condition}
                 ORDER BY i.due_on, i.number LIMIT ?2)
             SELECT {INSTRUCTION_COLUMNS}
             FROM page JOIN instructions i ON i.id = page.id JOIN bodies b ON b.id = i.lead_body_id
             ORDER BY i.due_on, i.number"
        );
        let mut values = vec![
            Value::Text(today.to_string()),
            Value::Integer(i64::from(limit)),
        ];
        values.extend(arg.map(Value::Text));
        self.raw_rows(&sql, rusqlite::params_from_iter(values))
    }

    /// Open, overdue and due-within-a-week counts: one row of three numbers.
    pub fn raw_control_summary(&self, today: NaiveDate) -> CoreResult<Vec<RawRow>> {
        let week = today
            .checked_add_days(Days::new(7))
            .unwrap_or(NaiveDate::MAX)
            .to_string();
        self.raw_rows(
            &format!(
                "SELECT count(*), coalesce(sum(i.due_on < ?1), 0), coalesce(sum(i.due_on BETWEEN ?1 AND ?2), 0)
                 FROM instructions i WHERE i.deleted_at IS NULL AND {OPEN}"
            ),
            params![today.to_string(), week],
        )
    }

    /// Execution rates per lead body or per pairing, worst first (the key first, the rate last).
    pub fn raw_execution_rates(&self, by: RateBy, today: NaiveDate) -> CoreResult<Vec<RawRow>> {
        let sql = match by {
            RateBy::Body => format!(
                "SELECT i.lead_body_id, g.name_ru, g.name_uz, g.name_en, {RATE_COLUMNS}
                 FROM instructions i LEFT JOIN bodies g ON g.id = i.lead_body_id
                 WHERE i.deleted_at IS NULL AND i.state <> 'cancelled'
                 GROUP BY i.lead_body_id ORDER BY rate IS NULL, rate, g.name_ru"
            ),
            RateBy::Pairing => format!(
                "SELECT i.pairing_id, u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
                        u.name_en || ' — ' || r.name_en, {RATE_COLUMNS}
                 FROM instructions i LEFT JOIN pairings p ON p.id = i.pairing_id
                 LEFT JOIN regions u ON u.id = p.uz_region_id LEFT JOIN regions r ON r.id = p.ru_region_id
                 WHERE i.deleted_at IS NULL AND i.state <> 'cancelled'
                 GROUP BY i.pairing_id ORDER BY rate IS NULL, rate, 2"
            ),
        };
        self.raw_rows(&sql, params![today.to_string()])
    }

    /// Live sessions starting on or after `from` (UTC date), by start, with their co-chairs and
    /// participants, pairings and sectors as lists (`id` first).
    pub fn raw_sessions_from(&self, from: NaiveDate) -> CoreResult<Vec<RawRow>> {
        self.raw_rows(
            &format!(
                "SELECT {RAW_SESSION_COLUMNS} FROM sessions s
              WHERE s.deleted_at IS NULL AND s.starts_at >= ?1 ORDER BY s.starts_at, s.id"
            ),
            params![from.to_string()],
        )
    }

    /// One session with its links, then every live item of its agenda with its presenters, in reading order
    /// (`id` first in both).
    pub fn raw_session_agenda(&self, session: &str) -> CoreResult<(Vec<RawRow>, Vec<RawRow>)> {
        let head = self.raw_rows(
            &format!("SELECT {RAW_SESSION_COLUMNS} FROM sessions s WHERE s.id = ?1"),
            params![session],
        )?;
        let items = self.raw_rows(
            "SELECT i.id, i.parent_id, i.position, i.kind, i.title_ru, i.title_uz, i.title_en, i.description_ru,
                    i.description_uz, i.description_en, i.duration_min, i.fixed_start, i.pairing_id,
                    i.sector_code, i.created_at, i.updated_at,
                    (SELECT json_group_array(json_array(a.person_id, a.body_id,
                                coalesce(p.full_name_ru, b.name_ru), coalesce(p.full_name_uz, b.name_uz),
                                coalesce(p.full_name_en, b.name_en)) ORDER BY a.position)
                     FROM agenda_item_presenters a LEFT JOIN people p ON p.id = a.person_id
                     LEFT JOIN bodies b ON b.id = a.body_id WHERE a.item_id = i.id)
             FROM agenda_items i LEFT JOIN agenda_items parent ON parent.id = i.parent_id
             WHERE i.session_id = ?1 AND i.deleted_at IS NULL AND parent.deleted_at IS NULL
             ORDER BY coalesce(parent.position, i.position), i.parent_id IS NOT NULL, i.position",
            params![session],
        )?;
        Ok((head, items))
    }

    /// The core's own search statement, run with the parameters the core would bind for `query`: what
    /// SQLite alone spends on a search, without parsing, folding, snippets or mapping (`entity`, `record_id`
    /// first).
    pub fn raw_search(&self, query: &str, limit: u32) -> CoreResult<Vec<RawRow>> {
        let Some((sql, values)) = super::search::bound_statement(query, limit) else {
            return Ok(Vec::new());
        };
        self.raw_rows(&sql, rusqlite::params_from_iter(values))
    }

    /// Starts work on an instruction (`assigned` → `in_progress`) by hand: the state, its history row and
    /// an audit row with the record before and after, in one transaction, as a person would in SQL.
    pub fn raw_start_instruction(&mut self, id: &str) -> CoreResult<()> {
        self.write(Role::Officer, |tx, actor| {
            let before: String = tx
                .prepare_cached(RAW_INSTRUCTION_JSON)?
                .query_row(params![id], |row| row.get(0))?;
            tx.prepare_cached(
                "UPDATE instructions SET state = 'in_progress', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ')
                 WHERE id = ?1 AND state = 'assigned'",
            )?
            .execute(params![id])?;
            tx.prepare_cached(
                "INSERT INTO instruction_events (instruction_id, seq, at, os_user, from_state, to_state, note)
                 VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM instruction_events WHERE instruction_id = ?1),
                         strftime('%Y-%m-%dT%H:%M:%fZ'), ?2, 'assigned', 'in_progress', '')",
            )?
            .execute(params![id, actor.os_user])?;
            let after: String = tx
                .prepare_cached(RAW_INSTRUCTION_JSON)?
                .query_row(params![id], |row| row.get(0))?;
            tx.prepare_cached(
                "INSERT INTO audit_log (at, os_user, action, entity, record_id, before, after)
                 VALUES (strftime('%Y-%m-%dT%H:%M:%fZ'), ?1, 'update', 'instruction', ?2, ?3, ?4)",
            )?
            .execute(params![actor.os_user, id, before, after])?;
            Ok(())
        })
    }

    /// Ids of up to `limit` live instructions in `state`, for the benchmarks to act on.
    pub fn raw_instruction_ids(
        &self,
        state: InstructionState,
        limit: u32,
    ) -> CoreResult<Vec<String>> {
        let rows = self.raw_rows(
            "SELECT id FROM instructions WHERE state = ?1 AND deleted_at IS NULL ORDER BY id LIMIT ?2",
            params![state.code(), limit],
        )?;
        Ok(rows
            .into_iter()
            .filter_map(|row| match row.into_iter().next() {
                Some(Value::Text(id)) => Some(id),
                _ => None,
            })
            .collect())
    }
}

/// The counts and the rate of an execution-rate row; `?1` is today.
const RATE_COLUMNS: &str = "sum(i.state = 'removed' OR i.due_on <= ?1) AS counted,
    sum(i.state = 'removed' AND i.removed_on <= i.due_on) AS on_time,
    sum(i.state = 'removed' AND i.removed_on > i.due_on),
    sum(i.due_on < ?1 AND i.state NOT IN ('removed', 'cancelled')),
    1.0 * sum(i.state = 'removed' AND i.removed_on <= i.due_on)
        / nullif(sum(i.state = 'removed' OR i.due_on <= ?1), 0) AS rate";

/// A session row with its links as JSON lists.
const RAW_SESSION_COLUMNS: &str = "s.id, s.kind, s.ordinal, s.title_ru, s.title_uz, s.title_en, s.starts_at,
    s.ends_at, s.time_zone, s.venue_city_ru, s.venue_city_uz, s.venue_city_en, s.venue_place_ru,
    s.venue_place_uz, s.venue_place_en, s.status, s.status_reason, s.agenda_version, s.agenda_approved_at,
    s.created_at, s.updated_at,
    (SELECT json_group_array(json_array(sp.person_id, sp.role)
                             ORDER BY p.country <> 'UZ', p.full_name_ru, p.id)
     FROM session_people sp JOIN people p ON p.id = sp.person_id WHERE sp.session_id = s.id),
    (SELECT json_group_array(pairing_id ORDER BY pairing_id) FROM session_pairings WHERE session_id = s.id),
    (SELECT json_group_array(sector_code ORDER BY sector_code) FROM session_sectors WHERE session_id = s.id)";

/// An instruction row as a JSON object, for the audit row of the raw state change.
const RAW_INSTRUCTION_JSON: &str = "SELECT json_object('id', id, 'number', number, 'text_ru', text_ru,
    'text_uz', text_uz, 'text_en', text_en, 'lead_body_id', lead_body_id, 'due_on', due_on, 'state', state,
    'state_reason', state_reason, 'removed_on', removed_on, 'updated_at', updated_at)
    FROM instructions WHERE id = ?1";
