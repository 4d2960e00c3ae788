//! The stale-write refusal: a write carries the version of the register it started from (its *basis*, the
//! newest history row the officer had seen when they loaded what they change), and a change to a record that
//! another officer (or another site) changed after that basis is refused, naming who changed it and when.

use chrono::Timelike;
use rusqlite::{OptionalExtension, Transaction, params};

use super::Store;
use super::audit::officer_named;
use crate::error::{CoreError, CoreResult};
use crate::lang::LocalizedText;
use crate::officer::{Actor, before_accounts};
use crate::time::{TASHKENT, parse_instant_text, today_in};

impl Store {
    /// Makes the following writes carry `basis`, the newest history row (`seq`) the officer had seen when they
    /// loaded what they change: each then refuses (`stale`) to change a record another officer or site changed
    /// after it. `None` (the standalone desk, the CLI): no check.
    pub fn with_basis(&mut self, basis: Option<i64>) -> &mut Self {
        self.actor.basis = basis;
        self
    }

    /// The register's version: its newest history row's number (0 on an empty history).
    pub fn version(&self) -> CoreResult<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(seq), 0) FROM audit_log", [], |row| {
                row.get(0)
            })?)
    }
}

/// Refuses a change of the record `entity`/`record_id` when the actor carries a basis and the record's newest
/// history row after it was made by someone else (another officer, or another site's change received here).
pub(super) fn refuse_stale(
    tx: &Transaction,
    actor: &Actor,
    entity: &str,
    record_id: &str,
) -> CoreResult<()> {
    let Some(basis) = actor.basis else {
        return Ok(());
    };
    let accounts = super::officers::has_accounts(tx)?;
    let newer = tx
        .prepare_cached(
            "SELECT at, officer_ru, officer_uz, officer_en, site FROM audit_log
             WHERE entity = ?1 AND record_id = ?2 AND seq > ?3
               AND (site IS NOT NULL OR officer_id IS NOT ?4)
             ORDER BY seq DESC LIMIT 1",
        )?
        .query_row(
            params![entity, record_id, basis, actor.officer_id()],
            |row| {
                let at: String = row.get(0)?;
                let site: Option<String> = row.get(4)?;
                let officer = officer_named(row, 1, accounts)?;
                Ok((at, officer, site))
            },
        )
        .optional()?;
    let Some((at, officer, site)) = newer else {
        return Ok(());
    };
    let by = officer
        .or_else(|| site.map(|site| same_in_every_language(&site)))
        .unwrap_or_else(before_accounts);
    Err(CoreError::stale(&clock_time(&at)?, &by))
}

/// An instant as the secretariat's clock shows it: `10:42` today, `2026-12-06 10:42` another day.
fn clock_time(at: &str) -> CoreResult<String> {
    let local = parse_instant_text(at)?.with_timezone(&TASHKENT);
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    Ok(if local.date_naive() == today_in(TASHKENT) {
        time
    } else {
        format!("{} {time}", local.date_naive())
    })
}

fn same_in_every_language(text: &str) -> LocalizedText {
    LocalizedText {
        ru: text.to_owned(),
        uz: text.to_owned(),
        en: text.to_owned(),
    }
}
