//! The Council's indicators: the targets the heads of state set (trade turnover, joint ventures, the project
//! portfolio, agreements on new projects), the values the secretariat enters for them by period, and how far
//! the latest values have come; beside them, the numbers the register itself gives (the overview).
//!
//! A value is kept in thousandths of its indicator's unit (`value_milli`), so the three decimals an officer
//! may type are kept exactly and sums stay in integers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::agreement::AgreementTally;
use crate::control::ExecutionRate;
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::money::parse_decimal;
use crate::project::ProjectPortfolio;
use crate::time::{YEARS, parse_date};

/// The unit an indicator's values are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorUnit {
    /// Millions of US dollars.
    UsdMillion,
    /// A number of things (joint ventures).
    Count,
}

/// How an indicator's values meet its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorMeasure {
    /// A yearly flow (trade turnover): the latest year counts; a year without its own value is the sum of its
    /// quarters so far.
    Annual,
    /// A level (joint ventures operating, the portfolio): the value of the latest period counts.
    Stock,
    /// A flow summed over the years (agreements signed since the summit).
    Cumulative,
}

/// What the target asks: to reach it, to pass it, or to be about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Reach,
    MoreThan,
    About,
}

macro_rules! codes {
    ($type:ident { $($variant:ident => $code:literal),* $(,)? }) => {
        impl $type {
            /// Every value, in the order forms offer them.
            pub const ALL: &'static [$type] = &[$($type::$variant),*];

            /// The code stored and typed (`usd_million`, `annual`, `more_than`, …).
            #[must_use]
            pub fn code(self) -> &'static str {
                match self { $($type::$variant => $code),* }
            }

            /// Parses a code; anything else is `invalid_value` on `field`.
            pub fn parse(text: &str, field: &'static str) -> CoreResult<$type> {
                match text.trim() {
                    $($code => Ok($type::$variant),)*
                    other => Err(CoreError::new(ErrorCode::InvalidValue, other).on(field)),
                }
            }
        }
    };
}

codes!(IndicatorUnit { UsdMillion => "usd_million", Count => "count" });
codes!(IndicatorMeasure { Annual => "annual", Stock => "stock", Cumulative => "cumulative" });
codes!(TargetKind { Reach => "reach", MoreThan => "more_than", About => "about" });

/// An indicator of the Council: shipped (a summit target, with a `code`) or the secretariat's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Indicator {
    pub id: Uuid,
    /// `trade_turnover`, `joint_ventures`, `project_portfolio`, `agreements_signed`; empty for the
    /// secretariat's own.
    pub code: String,
    pub name: LocalizedText,
    pub unit: IndicatorUnit,
    pub measure: IndicatorMeasure,
    pub target_kind: TargetKind,
    /// In thousandths of the unit; none while no target is set.
    pub target_milli: Option<i64>,
    pub position: i64,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What the head of secretariat submits to add an indicator or change one (its names and target).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IndicatorInput {
    pub name: LocalizedText,
    pub unit: IndicatorUnit,
    pub measure: IndicatorMeasure,
    pub target_kind: TargetKind,
    /// A decimal in the unit (`30 000`, `45000,5`); empty: no target.
    pub target: String,
}

/// An indicator input checked without the database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedIndicator {
    pub name: LocalizedText,
    pub unit: IndicatorUnit,
    pub measure: IndicatorMeasure,
    pub target_kind: TargetKind,
    pub target_milli: Option<i64>,
}

impl IndicatorInput {
    /// A name in at least one language; a target, when given, a positive decimal with at most three decimals.
    pub(crate) fn check(&self) -> CoreResult<CheckedIndicator> {
        let name = self.name.trimmed();
        if Lang::ALL.iter().all(|lang| name.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "name").on("name"));
        }
        let target_milli = if self.target.trim().is_empty() {
            None
        } else {
            let milli = parse_milli(&self.target, "target")?;
            if milli == 0 {
                return Err(
                    CoreError::new(ErrorCode::InvalidValue, self.target.trim()).on("target")
                );
            }
            Some(milli)
        };
        Ok(CheckedIndicator {
            name,
            unit: self.unit,
            measure: self.measure,
            target_kind: self.target_kind,
            target_milli,
        })
    }
}

/// A value of an indicator for one period, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IndicatorValue {
    pub id: Uuid,
    pub indicator_id: Uuid,
    pub year: i32,
    /// 1–4; none for the whole year.
    pub quarter: Option<u8>,
    /// In thousandths of the indicator's unit.
    pub value_milli: i64,
    /// Where the figure comes from (the statistics committee, a ministry's letter).
    pub source: String,
    /// `YYYY-MM-DD`: the date of the figure.
    pub as_of: String,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What an officer submits to enter or correct a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IndicatorValueInput {
    pub indicator_id: String,
    pub year: i32,
    /// 1–4; none for the whole year.
    pub quarter: Option<u8>,
    /// A decimal in the indicator's unit (`11 800`, `2,5`).
    pub value: String,
    pub source: String,
    /// `YYYY-MM-DD`.
    pub as_of: String,
}

/// A value input checked without the database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedValue {
    pub year: i32,
    pub quarter: Option<u8>,
    pub value_milli: i64,
    pub source: String,
    pub as_of: NaiveDate,
}

impl IndicatorValueInput {
    /// A year of the calendar's range, a quarter 1–4 if any, a decimal value, a source and a real date.
    pub(crate) fn check(&self) -> CoreResult<CheckedValue> {
        if !YEARS.contains(&self.year) {
            return Err(CoreError::new(ErrorCode::InvalidValue, self.year.to_string()).on("year"));
        }
        if let Some(quarter) = self.quarter
            && !(1..=4).contains(&quarter)
        {
            return Err(CoreError::new(ErrorCode::InvalidValue, quarter.to_string()).on("quarter"));
        }
        let value_milli = parse_milli(&self.value, "value")?;
        let source = self.source.trim();
        if source.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "source").on("source"));
        }
        if self.as_of.trim().is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "as_of").on("as_of"));
        }
        Ok(CheckedValue {
            year: self.year,
            quarter: self.quarter,
            value_milli,
            source: source.to_owned(),
            as_of: parse_date(&self.as_of, "as_of")?,
        })
    }
}

/// A decimal typed in an indicator's unit, in thousandths.
fn parse_milli(text: &str, field: &'static str) -> CoreResult<i64> {
    parse_decimal(text, 3, field)
}

/// An indicator with its live values (by period, oldest first) and where they stand against the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IndicatorProgress {
    pub indicator: Indicator,
    pub values: Vec<IndicatorValue>,
    /// One point per year that has values: the year's own value, or its quarters summed (`partial`).
    pub years: Vec<YearPoint>,
    /// What counts against the target now (see [`IndicatorMeasure`]); none without values.
    pub current_milli: Option<i64>,
    /// The period `current_milli` stands for: `2026`, `2026 Q3`, or `2024–2026` for a cumulative one.
    pub current_period: String,
    /// `current / target`, none without either (may pass 1).
    pub progress: Option<f64>,
}

/// An indicator's value for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct YearPoint {
    pub year: i32,
    pub value_milli: i64,
    /// The year has no value of its own: the sum of the quarters entered (a flow) or the latest quarter (a level).
    pub partial: bool,
}

/// The label of a period: `2026` or `2026 Q3`.
#[must_use]
pub fn period_label(year: i32, quarter: Option<u8>) -> String {
    match quarter {
        Some(q) => format!("{year} Q{q}"),
        None => year.to_string(),
    }
}

impl IndicatorProgress {
    /// Works out the yearly points and the standing of `values` (live values of `indicator`, any order).
    #[must_use]
    pub fn of(indicator: Indicator, mut values: Vec<IndicatorValue>) -> IndicatorProgress {
        values.sort_by_key(|v| (v.year, v.quarter.unwrap_or(5)));
        let years = year_points(indicator.measure, &values);
        let (current_milli, current_period) = match indicator.measure {
            IndicatorMeasure::Annual => years.last().map_or((None, String::new()), |point| {
                (Some(point.value_milli), point.year.to_string())
            }),
            IndicatorMeasure::Stock => values.last().map_or((None, String::new()), |v| {
                (Some(v.value_milli), period_label(v.year, v.quarter))
            }),
            IndicatorMeasure::Cumulative => match (years.first(), years.last()) {
                (Some(first), Some(last)) => {
                    let sum = years.iter().map(|p| p.value_milli).sum();
                    let period = if first.year == last.year {
                        first.year.to_string()
                    } else {
                        format!("{}–{}", first.year, last.year)
                    };
                    (Some(sum), period)
                }
                _ => (None, String::new()),
            },
        };
        #[allow(clippy::cast_precision_loss)]
        let progress = match (current_milli, indicator.target_milli) {
            (Some(current), Some(target)) if target > 0 => Some(current as f64 / target as f64),
            _ => None,
        };
        IndicatorProgress {
            indicator,
            values,
            years,
            current_milli,
            current_period,
            progress,
        }
    }
}

/// One point per year of `values` (sorted by period, the year's own value last within its year).
fn year_points(measure: IndicatorMeasure, values: &[IndicatorValue]) -> Vec<YearPoint> {
    let mut points: Vec<YearPoint> = Vec::new();
    for year in values
        .iter()
        .map(|v| v.year)
        .collect::<std::collections::BTreeSet<_>>()
    {
        let of_year: Vec<&IndicatorValue> = values.iter().filter(|v| v.year == year).collect();
        let point = if let Some(own) = of_year.iter().find(|v| v.quarter.is_none()) {
            YearPoint {
                year,
                value_milli: own.value_milli,
                partial: false,
            }
        } else {
            let value_milli = match measure {
                IndicatorMeasure::Stock => of_year.last().map_or(0, |v| v.value_milli),
                IndicatorMeasure::Annual | IndicatorMeasure::Cumulative => {
                    of_year.iter().map(|v| v.value_milli).sum()
                }
            };
            YearPoint {
                year,
                value_milli,
                partial: true,
            }
        };
        points.push(point);
    }
    points
}

/// Sessions held (held or with approved minutes) in one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionsHeld {
    pub year: i32,
    pub council_sessions: i64,
    /// Working groups, forums and preparatory meetings.
    pub other: i64,
}

/// Instructions' execution across the register at a date: the sum of the per-pairing rates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExecutionOverall {
    pub counted: u32,
    pub on_time: u32,
    pub late: u32,
    pub overdue: u32,
    /// `on_time / counted`, none when nothing counted yet.
    pub rate: Option<f64>,
}

impl ExecutionOverall {
    /// The register's rate from the rates of every pairing (and of instructions without one).
    #[must_use]
    pub fn sum(rates: &[ExecutionRate]) -> ExecutionOverall {
        let counted = rates.iter().map(|r| r.counted).sum();
        let on_time = rates.iter().map(|r| r.on_time).sum();
        ExecutionOverall {
            counted,
            on_time,
            late: rates.iter().map(|r| r.late).sum(),
            overdue: rates.iter().map(|r| r.overdue).sum(),
            rate: (counted > 0).then(|| f64::from(on_time) / f64::from(counted)),
        }
    }
}

/// The Council at a glance: the targets and their progress, and what the register itself counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CouncilOverview {
    /// The secretariat's date the execution rate is counted at.
    pub today: NaiveDate,
    pub indicators: Vec<IndicatorProgress>,
    /// The register's joint projects in US dollars at recorded rates, by sector and by pairing.
    pub portfolio_by_sector: ProjectPortfolio,
    pub portfolio_by_pairing: ProjectPortfolio,
    /// Agreements signed per year of signing.
    pub agreements_by_year: Vec<AgreementTally>,
    pub execution: ExecutionOverall,
    /// Execution per pairing, worst first.
    pub execution_by_pairing: Vec<ExecutionRate>,
    pub sessions_held: Vec<SessionsHeld>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(measure: IndicatorMeasure, target: Option<i64>) -> Indicator {
        Indicator {
            id: Uuid::nil(),
            code: String::new(),
            name: LocalizedText::default(),
            unit: IndicatorUnit::UsdMillion,
            measure,
            target_kind: TargetKind::Reach,
            target_milli: target,
            position: 0,
            created_at: String::new(),
            updated_at: String::new(),
            deleted_at: None,
        }
    }

    fn value(year: i32, quarter: Option<u8>, milli: i64) -> IndicatorValue {
        IndicatorValue {
            id: Uuid::nil(),
            indicator_id: Uuid::nil(),
            year,
            quarter,
            value_milli: milli,
            source: "Stat".into(),
            as_of: format!("{year}-12-31"),
            created_at: String::new(),
            updated_at: String::new(),
            deleted_at: None,
        }
    }

    #[test]
    fn an_annual_indicator_counts_the_latest_year_its_quarters_summed_when_it_has_no_value_of_its_own()
     {
        let values = vec![
            value(2026, Some(2), 3_000_000),
            value(2025, None, 11_800_000),
            value(2026, Some(1), 2_500_000),
        ];
        let p = IndicatorProgress::of(
            indicator(IndicatorMeasure::Annual, Some(30_000_000)),
            values,
        );
        assert_eq!(p.current_milli, Some(5_500_000));
        assert_eq!(p.current_period, "2026");
        assert_eq!(
            p.years,
            vec![
                YearPoint {
                    year: 2025,
                    value_milli: 11_800_000,
                    partial: false
                },
                YearPoint {
                    year: 2026,
                    value_milli: 5_500_000,
                    partial: true
                },
            ]
        );
        assert!((p.progress.unwrap() - 5.5 / 30.0).abs() < 1e-9);
    }

    #[test]
    fn a_stock_counts_its_latest_period_and_a_cumulative_one_every_year() {
        let values = vec![
            value(2025, None, 3_100_000),
            value(2026, Some(3), 3_400_000),
        ];
        let stock = IndicatorProgress::of(indicator(IndicatorMeasure::Stock, None), values.clone());
        assert_eq!(stock.current_milli, Some(3_400_000));
        assert_eq!(stock.current_period, "2026 Q3");
        assert_eq!(stock.progress, None, "no target, no progress");
        let sum = IndicatorProgress::of(
            indicator(IndicatorMeasure::Cumulative, Some(10_000_000)),
            values,
        );
        assert_eq!(sum.current_milli, Some(6_500_000));
        assert_eq!(sum.current_period, "2025–2026");
    }

    #[test]
    fn a_value_needs_a_quarter_of_one_to_four_a_decimal_a_source_and_a_date() {
        let input = IndicatorValueInput {
            indicator_id: String::new(),
            year: 2026,
            quarter: Some(5),
            value: "11 800,5".into(),
            source: " Statistics agency ".into(),
            as_of: "2026-10-15".into(),
        };
        assert_eq!(input.check().unwrap_err().field, Some("quarter"));
        let good = IndicatorValueInput {
            quarter: Some(3),
            ..input.clone()
        }
        .check()
        .unwrap();
        assert_eq!(good.value_milli, 11_800_500);
        assert_eq!(good.source, "Statistics agency");
        for (bad, field) in [
            (
                IndicatorValueInput {
                    value: "12.3456".into(),
                    quarter: None,
                    ..input.clone()
                },
                "value",
            ),
            (
                IndicatorValueInput {
                    value: "-3".into(),
                    quarter: None,
                    ..input.clone()
                },
                "value",
            ),
            (
                IndicatorValueInput {
                    source: "  ".into(),
                    quarter: None,
                    ..input.clone()
                },
                "source",
            ),
            (
                IndicatorValueInput {
                    as_of: "2026-02-30".into(),
                    quarter: None,
                    ..input.clone()
                },
                "as_of",
            ),
            (
                IndicatorValueInput {
                    year: 20_026,
                    quarter: None,
                    ..input
                },
                "year",
            ),
        ] {
            assert_eq!(bad.check().unwrap_err().field, Some(field), "{bad:?}");
        }
    }
}
