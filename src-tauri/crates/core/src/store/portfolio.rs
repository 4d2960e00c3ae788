//! Exchange rates and the portfolio: the value of joint projects in US dollars, the agreements signed.
//!
//! Every query aggregates in SQL (one row per group and currency) and converts the few sums in Rust, so the cost
//! grows with the number of projects only inside SQLite, never in round trips.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::Store;
use super::audit::{self, AuditAction};
use crate::agreement::{AgreementGrouping, AgreementTally};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::LocalizedText;
use crate::money::{Currency, ExchangeRate, Money, minor_to_usd_cents, parse_rate};
use crate::officer::Role;
use crate::project::{PortfolioRow, ProjectGrouping, ProjectPortfolio, ProjectStatus};
use crate::time::{TASHKENT, now_text, parse_date, parse_optional_date, today_in};

fn rate_from_row(row: &Row) -> rusqlite::Result<ExchangeRate> {
    let currency: String = row.get(0)?;
    let on_date: String = row.get(1)?;
    Ok(ExchangeRate {
        currency: Currency::parse(&currency).unwrap_or(Currency::Usd),
        on_date: on_date.parse().unwrap_or_default(),
        micros_per_usd: row.get(2)?,
        created_at: row.get(3)?,
    })
}

fn load_rate(
    conn: &Connection,
    currency: Currency,
    on_date: NaiveDate,
) -> CoreResult<Option<ExchangeRate>> {
    Ok(conn
        .prepare_cached(
            "SELECT currency, on_date, micros_per_usd, created_at FROM exchange_rates
             WHERE currency = ?1 AND on_date = ?2",
        )?
        .query_row(params![currency.code(), on_date.to_string()], rate_from_row)
        .optional()?)
}

/// The rate in force on `as_of` of every currency that has one: the latest on or before that date.
fn rates_on(conn: &Connection, as_of: NaiveDate) -> CoreResult<BTreeMap<Currency, i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.currency, r.micros_per_usd FROM exchange_rates r
         WHERE r.on_date = (SELECT max(on_date) FROM exchange_rates
                            WHERE currency = r.currency AND on_date <= ?1)",
    )?;
    let rows = stmt.query_map(params![as_of.to_string()], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
    })?;
    let mut rates = BTreeMap::new();
    for row in rows {
        let (code, micros) = row?;
        if let Ok(currency) = Currency::parse(&code) {
            rates.insert(currency, micros);
        }
    }
    Ok(rates)
}

/// Converts `minor` units of `currency` to US cents with the rates given; `None` when the currency has no rate.
fn to_cents(
    minor: i128,
    currency: Currency,
    rates: &BTreeMap<Currency, i64>,
) -> CoreResult<Option<i64>> {
    let converted = match currency {
        Currency::Usd => i64::try_from(minor).ok(),
        other => match rates.get(&other) {
            None => return Ok(None),
            Some(micros) => minor_to_usd_cents(minor, *micros),
        },
    };
    converted
        .map(Some)
        .ok_or_else(|| CoreError::new(ErrorCode::Storage, "amount too large to convert"))
}

fn texts(ru: impl Into<String>, uz: impl Into<String>, en: impl Into<String>) -> LocalizedText {
    LocalizedText {
        ru: ru.into(),
        uz: uz.into(),
        en: en.into(),
    }
}

/// One row of the grouped query: a group, one currency of it (`None`: projects without a value), how many
/// projects, the sum of their values, the group's label and its place in the order.
struct GroupSum {
    key: Option<String>,
    currency: Option<String>,
    projects: i64,
    minor: i64,
    label: LocalizedText,
    order: i64,
}

/// The grouped query of the portfolio: the key column, and the joins and columns that label a group.
/// `?1` is the pairing whose projects alone are summed, or NULL for all of them.
fn grouped_sql(by: ProjectGrouping) -> String {
    let (key, join, label) = match by {
        ProjectGrouping::Sector => (
            "sector_code",
            "LEFT JOIN sectors s ON s.code = g.key",
            "s.name_ru, s.name_uz, s.name_en, s.position",
        ),
        ProjectGrouping::Pairing => (
            "pairing_id",
            "LEFT JOIN pairings pa ON pa.id = g.key
             LEFT JOIN regions u ON u.id = pa.uz_region_id
             LEFT JOIN regions r ON r.id = pa.ru_region_id",
            "u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
             u.name_en || ' — ' || r.name_en, 0",
        ),
        ProjectGrouping::Status => ("status", "", "NULL, NULL, NULL, 0"),
    };
    format!(
        "SELECT g.key, g.currency, g.projects, g.minor, {label}
         FROM (SELECT {key} AS key, currency, count(*) AS projects, coalesce(sum(value_minor), 0) AS minor
               FROM projects WHERE deleted_at IS NULL AND (?1 IS NULL OR pairing_id = ?1)
               GROUP BY {key}, currency) g
         {join}"
    )
}

fn group_sums(
    conn: &Connection,
    by: ProjectGrouping,
    pairing: Option<&str>,
) -> CoreResult<Vec<GroupSum>> {
    let mut stmt = conn.prepare_cached(&grouped_sql(by))?;
    let rows = stmt.query_map(params![pairing], |row| {
        let key: Option<String> = row.get(0)?;
        let ru: Option<String> = row.get(4)?;
        let uz: Option<String> = row.get(5)?;
        let en: Option<String> = row.get(6)?;
        Ok(GroupSum {
            key,
            currency: row.get(1)?,
            projects: row.get(2)?,
            minor: row.get(3)?,
            label: texts(
                ru.unwrap_or_default(),
                uz.unwrap_or_default(),
                en.unwrap_or_default(),
            ),
            order: row.get::<_, Option<i64>>(7)?.unwrap_or(0),
        })
    })?;
    let mut sums: Vec<GroupSum> = rows.collect::<Result<_, _>>()?;
    for sum in &mut sums {
        match (by, sum.key.as_deref()) {
            (ProjectGrouping::Status, Some(code)) => {
                if let Ok(status) = ProjectStatus::parse(code) {
                    sum.label = status.label();
                    sum.order = ProjectStatus::ALL
                        .iter()
                        .position(|s| *s == status)
                        .unwrap_or(0) as i64;
                }
            }
            (ProjectGrouping::Sector, None) => {
                sum.label = texts("Без отрасли", "Tarmoqsiz", "No sector");
            }
            (ProjectGrouping::Pairing, None) => {
                sum.label = texts("Без партнёрства", "Hamkorliksiz", "No pairing");
            }
            _ => {}
        }
    }
    Ok(sums)
}

fn empty_row(key: String, label: LocalizedText) -> PortfolioRow {
    PortfolioRow {
        key,
        label,
        projects: 0,
        total_usd_cents: 0,
        unconverted: 0,
        unconverted_amounts: Vec::new(),
    }
}

/// Adds `projects` projects worth `amount` (when they have a value; `cents` once converted) to a row.
fn add_to_row(
    row: &mut PortfolioRow,
    projects: i64,
    amount: Option<Money>,
    cents: Option<i64>,
) -> CoreResult<()> {
    row.projects += projects;
    let Some(amount) = amount else {
        return Ok(());
    };
    if let Some(cents) = cents {
        row.total_usd_cents = row
            .total_usd_cents
            .checked_add(cents)
            .ok_or_else(|| CoreError::new(ErrorCode::Storage, "total too large"))?;
        return Ok(());
    }
    row.unconverted += projects;
    let existing = row
        .unconverted_amounts
        .iter_mut()
        .find(|m| m.currency == amount.currency);
    if let Some(existing) = existing {
        existing.minor = existing
            .minor
            .checked_add(amount.minor)
            .ok_or_else(|| CoreError::new(ErrorCode::Storage, "total too large"))?;
    } else {
        row.unconverted_amounts.push(amount);
        row.unconverted_amounts.sort_by_key(|m| m.currency);
    }
    Ok(())
}

impl Store {
    /// Records the rate of `currency` to the US dollar (`92.35` units per dollar) from `on_date` on; a second
    /// rate for the same day replaces the first.
    pub fn set_rate(
        &mut self,
        currency: Currency,
        on_date: &str,
        rate: &str,
    ) -> CoreResult<ExchangeRate> {
        if currency == Currency::Usd {
            return Err(CoreError::new(ErrorCode::InvalidValue, currency.code()).on("currency"));
        }
        let on_date = parse_date(on_date, "on_date")?;
        let micros = parse_rate(rate, "rate")?;
        self.write(Role::Officer, |tx, actor| {
            let before = load_rate(tx, currency, on_date)?;
            tx.execute(
                "INSERT INTO exchange_rates (currency, on_date, micros_per_usd, created_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (currency, on_date) DO UPDATE SET micros_per_usd = ?3, created_at = ?4",
                params![currency.code(), on_date.to_string(), micros, now_text()],
            )?;
            let after = load_rate(tx, currency, on_date)?
                .ok_or_else(|| CoreError::not_found(currency.code()))?;
            let action = if before.is_some() {
                AuditAction::Update
            } else {
                AuditAction::Create
            };
            let record_id = format!("{}/{on_date}", currency.code());
            audit::record(tx, actor, action, "exchange_rate", &record_id, before.as_ref(), Some(&after))?;
            Ok(after)
        })
    }

    /// Recorded rates, optionally of one currency, by currency then newest first.
    pub fn list_rates(&self, currency: Option<Currency>) -> CoreResult<Vec<ExchangeRate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT currency, on_date, micros_per_usd, created_at FROM exchange_rates
             WHERE ?1 IS NULL OR currency = ?1
             ORDER BY currency, on_date DESC",
        )?;
        let rows = stmt.query_map(params![currency.map(Currency::code)], rate_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// `money` in US cents at the latest rate on or before `as_of`, rounded half up; `rate_missing` without one.
    pub fn usd_cents(&self, money: Money, as_of: NaiveDate) -> CoreResult<i64> {
        let rates = rates_on(&self.conn, as_of)?;
        to_cents(i128::from(money.minor), money.currency, &rates)?.ok_or_else(|| {
            CoreError::new(ErrorCode::RateMissing, money.currency.code()).on("currency")
        })
    }

    /// The value of live joint projects grouped `by`, in US dollars at the rates in force on `as_of`
    /// (`YYYY-MM-DD`; today in Tashkent when absent). Projects in a currency without a rate are counted apart.
    pub fn project_portfolio(
        &self,
        by: ProjectGrouping,
        as_of: Option<&str>,
    ) -> CoreResult<ProjectPortfolio> {
        self.portfolio_of(by, as_of, None)
    }

    /// The value of one pairing's live joint projects by sector, like [`Store::project_portfolio`].
    pub fn pairing_portfolio(
        &self,
        pairing: &str,
        as_of: Option<&str>,
    ) -> CoreResult<ProjectPortfolio> {
        let pairing = self.pairing(pairing)?;
        self.portfolio_of(
            ProjectGrouping::Sector,
            as_of,
            Some(&pairing.id.to_string()),
        )
    }

    fn portfolio_of(
        &self,
        by: ProjectGrouping,
        as_of: Option<&str>,
        pairing: Option<&str>,
    ) -> CoreResult<ProjectPortfolio> {
        let as_of = parse_optional_date(as_of, "as_of")?.unwrap_or_else(|| today_in(TASHKENT));
        let rates = rates_on(&self.conn, as_of)?;
        let mut rows: Vec<(bool, i64, PortfolioRow)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut total = empty_row(String::new(), texts("Итого", "Jami", "Total"));
        let mut missing = BTreeSet::new();
        for sum in group_sums(&self.conn, by, pairing)? {
            let amount = sum
                .currency
                .as_deref()
                .map(Currency::parse)
                .transpose()?
                .map(|currency| Money {
                    minor: sum.minor,
                    currency,
                });
            let cents = match amount {
                Some(money) => to_cents(i128::from(money.minor), money.currency, &rates)?,
                None => None,
            };
            if let (Some(money), None) = (amount, cents) {
                missing.insert(money.currency);
            }
            let key = sum.key.unwrap_or_default();
            let at = *index.entry(key.clone()).or_insert_with(|| {
                rows.push((key.is_empty(), sum.order, empty_row(key, sum.label)));
                rows.len() - 1
            });
            add_to_row(&mut rows[at].2, sum.projects, amount, cents)?;
            add_to_row(&mut total, sum.projects, amount, cents)?;
        }
        rows.sort_by(|a, b| {
            (a.0, a.1, &a.2.label.ru, &a.2.key).cmp(&(b.0, b.1, &b.2.label.ru, &b.2.key))
        });
        Ok(ProjectPortfolio {
            by,
            as_of,
            rows: rows.into_iter().map(|(_, _, row)| row).collect(),
            total,
            missing_rates: missing.into_iter().collect(),
        })
    }

    /// How many agreements were signed (any status but draft), per session or per year of signing.
    pub fn agreement_tally(&self, by: AgreementGrouping) -> CoreResult<Vec<AgreementTally>> {
        let sql = match by {
            AgreementGrouping::Year => {
                "SELECT substr(signed_on, 1, 4) AS key, count(*), NULL, NULL, NULL, NULL
                 FROM agreements
                 WHERE deleted_at IS NULL AND status <> 'draft' AND signed_on IS NOT NULL
                 GROUP BY key ORDER BY key"
            }
            AgreementGrouping::Session => {
                "SELECT g.key, g.n, s.title_ru, s.title_uz, s.title_en, substr(s.starts_at, 1, 10)
                 FROM (SELECT session_id AS key, count(*) AS n FROM agreements
                       WHERE deleted_at IS NULL AND status <> 'draft' GROUP BY session_id) g
                 LEFT JOIN sessions s ON s.id = g.key
                 ORDER BY g.key IS NULL, s.starts_at, g.key"
            }
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([], |row| {
            let key: Option<String> = row.get(0)?;
            let titles: [Option<String>; 3] = [row.get(2)?, row.get(3)?, row.get(4)?];
            let date: Option<String> = row.get(5)?;
            let [ru, uz, en] = titles.map(Option::unwrap_or_default);
            let label = match (by, key.as_deref()) {
                (AgreementGrouping::Year, Some(year)) => texts(year, year, year),
                (AgreementGrouping::Session, None) => {
                    texts("Вне заседаний", "Majlisdan tashqari", "Outside sessions")
                }
                _ if ru.is_empty() && uz.is_empty() && en.is_empty() => {
                    let date = date.unwrap_or_default();
                    texts(date.clone(), date.clone(), date)
                }
                _ => texts(ru, uz, en),
            };
            Ok(AgreementTally {
                key: key.unwrap_or_default(),
                label,
                count: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
