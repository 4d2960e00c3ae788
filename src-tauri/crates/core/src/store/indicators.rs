//! The Council's indicators and their values: rows, reads, the officer's writes, and the overview that puts
//! them beside what the register counts.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::Store;
use super::record_kind::RecordKind;
use crate::agreement::AgreementGrouping;
use crate::control::RateBy;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::indicator::{
    CheckedIndicator, CheckedValue, CouncilOverview, ExecutionOverall, Indicator, IndicatorInput,
    IndicatorMeasure, IndicatorProgress, IndicatorUnit, IndicatorValue, IndicatorValueInput,
    SessionsHeld, TargetKind, period_label,
};
use crate::lang::LocalizedText;
use crate::officer::Role;
use crate::project::ProjectGrouping;
use crate::time::now_text;

const INDICATOR_COLUMNS: &str = "id, code, name_ru, name_uz, name_en, unit, measure, target_kind, target_milli, \
                                 position, created_at, updated_at, deleted_at";
const VALUE_COLUMNS: &str = "id, indicator_id, year, quarter, value_milli, source, as_of, created_at, updated_at, deleted_at";

fn indicator_row(row: &Row) -> rusqlite::Result<Indicator> {
    let id: String = row.get(0)?;
    let unit: String = row.get(5)?;
    let measure: String = row.get(6)?;
    let target_kind: String = row.get(7)?;
    // The CHECK constraints of the table guarantee the codes parse.
    Ok(Indicator {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        code: row.get(1)?,
        name: LocalizedText {
            ru: row.get(2)?,
            uz: row.get(3)?,
            en: row.get(4)?,
        },
        unit: IndicatorUnit::parse(&unit, "unit").unwrap_or(IndicatorUnit::Count),
        measure: IndicatorMeasure::parse(&measure, "measure").unwrap_or(IndicatorMeasure::Stock),
        target_kind: TargetKind::parse(&target_kind, "target_kind").unwrap_or(TargetKind::Reach),
        target_milli: row.get(8)?,
        position: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        deleted_at: row.get(12)?,
    })
}

fn value_row(row: &Row) -> rusqlite::Result<IndicatorValue> {
    let id: String = row.get(0)?;
    let indicator: String = row.get(1)?;
    Ok(IndicatorValue {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        indicator_id: Uuid::parse_str(&indicator).unwrap_or_default(),
        year: row.get(2)?,
        quarter: row.get(3)?,
        value_milli: row.get(4)?,
        source: row.get(5)?,
        as_of: row.get(6)?,
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
        deleted_at: row.get(9)?,
    })
}

/// An indicator by id or by its shipped code, live or in the trash.
fn load_indicator(conn: &Connection, key: &str) -> CoreResult<Option<Indicator>> {
    let key = key.trim();
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE id = lower(?1) OR (code <> '' AND code = ?1)"
        ))?
        .query_row(params![key], indicator_row)
        .optional()?)
}

fn load_value(conn: &Connection, id: &str) -> CoreResult<Option<IndicatorValue>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM indicator_values WHERE id = lower(?1)"
        ))?
        .query_row(params![id.trim()], value_row)
        .optional()?)
}

/// The live values of one indicator, by period.
fn values_of(conn: &Connection, indicator: &str) -> CoreResult<Vec<IndicatorValue>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VALUE_COLUMNS} FROM indicator_values
         WHERE indicator_id = ?1 AND deleted_at IS NULL ORDER BY year, coalesce(quarter, 5)"
    ))?;
    let rows = stmt.query_map(params![indicator], value_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Refuses a second live value for the period of `c` (other than `except`), naming the period.
fn period_free(
    tx: &Transaction,
    indicator: &str,
    c: &CheckedValue,
    except: Option<&str>,
) -> CoreResult<()> {
    let taken = tx
        .prepare_cached(
            "SELECT 1 FROM indicator_values
             WHERE indicator_id = ?1 AND year = ?2 AND coalesce(quarter, 0) = coalesce(?3, 0)
                   AND deleted_at IS NULL AND id <> coalesce(?4, '')",
        )?
        .exists(params![indicator, c.year, c.quarter, except])?;
    if taken {
        return Err(CoreError::new(
            ErrorCode::IndicatorValueExists,
            period_label(c.year, c.quarter),
        )
        .on(if c.quarter.is_some() {
            "quarter"
        } else {
            "year"
        }));
    }
    Ok(())
}

fn write_indicator(tx: &Transaction, id: &str, c: &CheckedIndicator) -> CoreResult<()> {
    tx.execute(
        "UPDATE indicators SET name_ru = ?2, name_uz = ?3, name_en = ?4, unit = ?5, measure = ?6,
                target_kind = ?7, target_milli = ?8, updated_at = ?9
         WHERE id = ?1",
        params![
            id,
            c.name.ru,
            c.name.uz,
            c.name.en,
            c.unit.code(),
            c.measure.code(),
            c.target_kind.code(),
            c.target_milli,
            now_text(),
        ],
    )?;
    Ok(())
}

fn write_value(tx: &Transaction, id: &str, c: &CheckedValue) -> CoreResult<()> {
    tx.execute(
        "UPDATE indicator_values SET year = ?2, quarter = ?3, value_milli = ?4, source = ?5, as_of = ?6,
                updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            c.year,
            c.quarter,
            c.value_milli,
            c.source,
            c.as_of.to_string(),
            now_text(),
        ],
    )?;
    Ok(())
}

/// Indicators as a kind of register record (see [`RecordKind`]).
struct Indicators;

impl RecordKind for Indicators {
    type Record = Indicator;
    const TABLE: &'static str = "indicators";
    const ENTITY: &'static str = "indicator";
    const KEY_FIELD: Option<&'static str> = Some("indicator_id");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Indicator>> {
        load_indicator(conn, key)
    }
}

/// Indicator values as a kind of register record; one comes back from the trash only while its period is free.
struct IndicatorValues;

impl RecordKind for IndicatorValues {
    type Record = IndicatorValue;
    const TABLE: &'static str = "indicator_values";
    const ENTITY: &'static str = "indicator_value";
    const KEY_FIELD: Option<&'static str> = Some("id");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<IndicatorValue>> {
        load_value(conn, key)
    }

    fn before_restore(&self, tx: &Transaction, record: &IndicatorValue) -> CoreResult<()> {
        Indicators.require(tx, &record.indicator_id.to_string())?;
        let checked = CheckedValue {
            year: record.year,
            quarter: record.quarter,
            value_milli: record.value_milli,
            source: record.source.clone(),
            as_of: record.as_of.parse().unwrap_or_default(),
        };
        period_free(
            tx,
            &record.indicator_id.to_string(),
            &checked,
            Some(&record.id.to_string()),
        )
    }
}

impl Store {
    /// The live indicators in their order, each with its values and progress.
    pub fn list_indicators(&self) -> CoreResult<Vec<IndicatorProgress>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE deleted_at IS NULL ORDER BY position, name_ru, id"
        ))?;
        let indicators: Vec<Indicator> = stmt
            .query_map([], indicator_row)?
            .collect::<Result<_, _>>()?;
        indicators
            .into_iter()
            .map(|indicator| {
                let values = values_of(&self.conn, &indicator.id.to_string())?;
                Ok(IndicatorProgress::of(indicator, values))
            })
            .collect()
    }

    /// One indicator (by id or shipped code, e.g. `trade_turnover`) with its values and progress.
    pub fn indicator(&self, key: &str) -> CoreResult<IndicatorProgress> {
        let indicator = Indicators.require(&self.conn, key)?;
        let values = values_of(&self.conn, &indicator.id.to_string())?;
        Ok(IndicatorProgress::of(indicator, values))
    }

    /// One value by id, live or in the trash.
    pub fn indicator_value(&self, id: &str) -> CoreResult<IndicatorValue> {
        load_value(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Adds an indicator of the secretariat's own, after the shipped ones. Targets are the head's to set.
    pub fn add_indicator(&mut self, input: &IndicatorInput) -> CoreResult<Indicator> {
        let c = input.check()?;
        let id = new_id().to_string();
        self.write(Role::Head, |tx, actor| {
            let now = now_text();
            tx.execute(
                "INSERT INTO indicators (id, name_ru, name_uz, name_en, unit, measure, target_kind, position,
                                         created_at, updated_at)
                 VALUES (?1, '', '', '', ?2, ?3, ?4,
                         (SELECT coalesce(max(position), 0) + 1 FROM indicators), ?5, ?5)",
                params![id, c.unit.code(), c.measure.code(), c.target_kind.code(), now],
            )?;
            write_indicator(tx, &id, &c)?;
            Indicators.record_create(tx, actor, &id)
        })
    }

    /// Changes an indicator's names, unit, measure or target.
    pub fn update_indicator(&mut self, key: &str, input: &IndicatorInput) -> CoreResult<Indicator> {
        let c = input.check()?;
        self.write(Role::Head, |tx, actor| {
            Indicators.update(tx, actor, key, |_, id| write_indicator(tx, id, &c))
        })
    }

    /// Moves an indicator to the trash (its values stay with it).
    pub fn delete_indicator(&mut self, key: &str) -> CoreResult<Indicator> {
        self.write(Role::Head, |tx, actor| Indicators.delete(tx, actor, key))
    }

    /// Brings an indicator back from the trash.
    pub fn restore_indicator(&mut self, key: &str) -> CoreResult<Indicator> {
        self.write(Role::Head, |tx, actor| Indicators.restore(tx, actor, key))
    }

    /// Enters the value of an indicator for a year or a quarter; a period holds one live value
    /// (`indicator_value_exists` otherwise: correct that one instead).
    pub fn add_indicator_value(
        &mut self,
        input: &IndicatorValueInput,
    ) -> CoreResult<IndicatorValue> {
        let c = input.check()?;
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| {
            let indicator = Indicators.require(tx, &input.indicator_id)?.id.to_string();
            period_free(tx, &indicator, &c, None)?;
            let now = now_text();
            tx.execute(
                "INSERT INTO indicator_values (id, indicator_id, year, value_milli, source, as_of, created_at,
                                               updated_at)
                 VALUES (?1, ?2, ?3, 0, '', '', ?4, ?4)",
                params![id, indicator, c.year, now],
            )?;
            write_value(tx, &id, &c)?;
            IndicatorValues.record_create(tx, actor, &id)
        })
    }

    /// Corrects a value (its figure, source, date or period); its indicator stays.
    pub fn update_indicator_value(
        &mut self,
        id: &str,
        input: &IndicatorValueInput,
    ) -> CoreResult<IndicatorValue> {
        let c = input.check()?;
        self.write(Role::Officer, |tx, actor| {
            IndicatorValues.update(tx, actor, id, |before, id| {
                period_free(tx, &before.indicator_id.to_string(), &c, Some(id))?;
                write_value(tx, id, &c)
            })
        })
    }

    /// Moves a value to the trash.
    pub fn delete_indicator_value(&mut self, id: &str) -> CoreResult<IndicatorValue> {
        self.write(Role::Officer, |tx, actor| {
            IndicatorValues.delete(tx, actor, id)
        })
    }

    /// Brings a value back from the trash, if its period has no other value meanwhile.
    pub fn restore_indicator_value(&mut self, id: &str) -> CoreResult<IndicatorValue> {
        self.write(Role::Officer, |tx, actor| {
            IndicatorValues.restore(tx, actor, id)
        })
    }

    /// Council sessions and other meetings held (held, or minutes approved), per year of their start.
    pub fn sessions_held(&self) -> CoreResult<Vec<SessionsHeld>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT CAST(substr(starts_at, 1, 4) AS INTEGER) AS year,
                    sum(kind = 'council_session'), sum(kind <> 'council_session')
             FROM sessions WHERE deleted_at IS NULL AND status IN ('held', 'minutes_approved')
             GROUP BY year ORDER BY year",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(SessionsHeld {
                year: row.get(0)?,
                council_sessions: row.get(1)?,
                other: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The Council at a glance on `today` (the secretariat's date): the indicators with their progress, the
    /// portfolio by sector and by pairing at the rates in force then, agreements by year, the execution rate,
    /// the sessions held.
    pub fn council_overview(&self, today: NaiveDate) -> CoreResult<CouncilOverview> {
        let as_of = today.to_string();
        let execution_by_pairing = self.execution_rates(RateBy::Pairing, today)?;
        Ok(CouncilOverview {
            today,
            indicators: self.list_indicators()?,
            portfolio_by_sector: self.project_portfolio(ProjectGrouping::Sector, Some(&as_of))?,
            portfolio_by_pairing: self.project_portfolio(ProjectGrouping::Pairing, Some(&as_of))?,
            agreements_by_year: self.agreement_tally(AgreementGrouping::Year)?,
            execution: ExecutionOverall::sum(&execution_by_pairing),
            execution_by_pairing,
            sessions_held: self.sessions_held()?,
        })
    }
}
