//! The audit history: one row per change, written in the change's own transaction.

use chrono::{Days, NaiveDate, NaiveTime, TimeZone};
use rusqlite::{Row, Transaction, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::CoreResult;
use crate::lang::{Lang, LocalizedText};
use crate::officer::{Actor, before_accounts};
use crate::time::{TASHKENT, instant_text, now_text, parse_optional_date};

/// What a change did to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    Create,
    Update,
    /// Moved to the trash.
    Delete,
    /// Brought back from the trash.
    Restore,
}

impl AuditAction {
    fn code(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::Update => "update",
            AuditAction::Delete => "delete",
            AuditAction::Restore => "restore",
        }
    }

    fn parse(code: &str) -> AuditAction {
        match code {
            "create" => AuditAction::Create,
            "delete" => AuditAction::Delete,
            "restore" => AuditAction::Restore,
            _ => AuditAction::Update,
        }
    }
}

/// One change in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditEntry {
    pub seq: i64,
    /// UTC instant of the change.
    pub at: String,
    /// The OS user who made it.
    pub os_user: String,
    /// The account of the officer who made it (on the site that made it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer_id: Option<String>,
    /// The officer who made it, in every language; on a register with accounts, a change made before them
    /// names the author "before accounts" (with no id). Absent on a register without accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer: Option<LocalizedText>,
    pub action: AuditAction,
    /// Record type: `pairing`, `region`, …
    pub entity: String,
    pub record_id: String,
    /// The record before the change (absent for a creation).
    pub before: Option<serde_json::Value>,
    /// The record after the change.
    pub after: Option<serde_json::Value>,
    /// The site where the change was made, when another site made it (absent for this site's own changes).
    pub site: Option<String>,
}

/// Appends a history row inside the change's transaction.
pub(super) fn record<T: Serialize>(
    tx: &Transaction,
    actor: &Actor,
    action: AuditAction,
    entity: &str,
    record_id: &str,
    before: Option<&T>,
    after: Option<&T>,
) -> CoreResult<()> {
    if action != AuditAction::Create {
        super::stale::refuse_stale(tx, actor, entity, record_id)?;
    }
    let before = before.map(serde_json::to_string).transpose()?;
    let after = after.map(serde_json::to_string).transpose()?;
    tx.prepare_cached(
        "INSERT INTO audit_log (at, os_user, action, entity, record_id, before, after, officer_id,
                                officer_ru, officer_uz, officer_en)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        now_text(),
        actor.os_user,
        action.code(),
        entity,
        record_id,
        before,
        after,
        actor.officer_id(),
        actor.officer_name(Lang::Ru),
        actor.officer_name(Lang::Uz),
        actor.officer_name(Lang::En),
    ])?;
    Ok(())
}

/// Which changes the list of recent changes shows. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditFilter {
    /// Only this record type (`pairing`, `session`, …).
    pub entity: Option<String>,
    /// Only changes made by this OS user.
    pub os_user: Option<String>,
    /// From this day on (`YYYY-MM-DD`, a Tashkent calendar day), inclusive.
    pub from: Option<String>,
    /// Up to this day (`YYYY-MM-DD`, a Tashkent calendar day), inclusive.
    pub to: Option<String>,
    /// At most this many rows; 200 when absent, never more than 1000.
    pub limit: Option<u32>,
}

/// The first instant of a Tashkent calendar day, as stored UTC text (Tashkent keeps no summer time).
fn tashkent_day_start(day: NaiveDate) -> String {
    let local = day.and_time(NaiveTime::MIN);
    let instant = TASHKENT
        .from_local_datetime(&local)
        .earliest()
        .map_or_else(|| local.and_utc(), |at| at.to_utc());
    instant_text(instant)
}

/// The columns [`entry_from_row`] reads, in its order.
const ENTRY_COLUMNS: &str = "seq, at, os_user, action, entity, record_id, before, after, site, officer_id, \
     officer_ru, officer_uz, officer_en";

/// The officer a history row names: the stored name, or "before accounts" on a register with accounts.
pub(super) fn officer_named(
    row: &Row,
    first: usize,
    accounts: bool,
) -> rusqlite::Result<Option<LocalizedText>> {
    let ru: Option<String> = row.get(first)?;
    let uz: Option<String> = row.get(first + 1)?;
    let en: Option<String> = row.get(first + 2)?;
    Ok(match (ru, uz, en) {
        (None, None, None) => accounts.then(before_accounts),
        (ru, uz, en) => Some(LocalizedText {
            ru: ru.unwrap_or_default(),
            uz: uz.unwrap_or_default(),
            en: en.unwrap_or_default(),
        }),
    })
}

fn entry_from_row(row: &Row, accounts: bool) -> rusqlite::Result<AuditEntry> {
    let before: Option<String> = row.get(6)?;
    let after: Option<String> = row.get(7)?;
    let action: String = row.get(3)?;
    Ok(AuditEntry {
        seq: row.get(0)?,
        at: row.get(1)?,
        os_user: row.get(2)?,
        action: AuditAction::parse(&action),
        entity: row.get(4)?,
        record_id: row.get(5)?,
        before: before.and_then(|text| serde_json::from_str(&text).ok()),
        after: after.and_then(|text| serde_json::from_str(&text).ok()),
        site: row.get(8)?,
        officer_id: row.get(9)?,
        officer: officer_named(row, 10, accounts)?,
    })
}

impl Store {
    /// The latest changes of any record, newest first, filtered by record type, user and Tashkent days.
    pub fn recent_changes(&self, filter: &AuditFilter) -> CoreResult<Vec<AuditEntry>> {
        let from = parse_optional_date(filter.from.as_deref(), "from")?.map(tashkent_day_start);
        let to = parse_optional_date(filter.to.as_deref(), "to")?
            .and_then(|day| day.checked_add_days(Days::new(1)))
            .map(tashkent_day_start);
        let entity = filter
            .entity
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty());
        let user = filter
            .os_user
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty());
        let limit = filter.limit.unwrap_or(200).min(1000);
        let accounts = super::officers::has_accounts(&self.conn)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM audit_log
             WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR os_user = ?2)
               AND (?3 IS NULL OR at >= ?3) AND (?4 IS NULL OR at < ?4)
             ORDER BY seq DESC LIMIT ?5"
        ))?;
        let rows = stmt.query_map(params![entity, user, from, to, limit], |row| {
            entry_from_row(row, accounts)
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The history of one record, oldest first.
    pub fn history(&self, entity: &str, record_id: &str) -> CoreResult<Vec<AuditEntry>> {
        let accounts = super::officers::has_accounts(&self.conn)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM audit_log WHERE entity = ?1 AND record_id = ?2 ORDER BY seq"
        ))?;
        let rows = stmt.query_map(params![entity, record_id], |row| {
            entry_from_row(row, accounts)
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
