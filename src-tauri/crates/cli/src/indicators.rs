//! `council indicators …`: the Council's targets, the values entered for them by period, and the overview.

use std::io::Write;

use clap::Subcommand;
use council_core::indicator::{
    IndicatorProgress, IndicatorUnit, IndicatorValue, IndicatorValueInput,
};
use council_core::{CoreResult, Lang, Store};

use crate::instructions::Today;
use crate::output;
use crate::sessions::localized;

#[derive(Debug, Subcommand)]
pub enum IndicatorsCommand {
    /// List the indicators with their latest figure, target and progress.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// One indicator and its values by period, oldest first.
    Show {
        /// The indicator's code (trade_turnover, joint_ventures, project_portfolio, agreements_signed) or id.
        indicator: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Enter the value of an indicator for a year or one quarter of it.
    AddValue {
        /// The indicator's code or id.
        indicator: String,
        #[arg(long)]
        year: i32,
        /// 1 to 4; without it the value is the whole year's.
        #[arg(long)]
        quarter: Option<u8>,
        /// In the indicator's unit (millions of US dollars, or a count): 11800, 11 800,5.
        #[arg(long)]
        value: String,
        /// Where the figure comes from.
        #[arg(long)]
        source: String,
        /// The date of the figure, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        as_of: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a value to the trash (council trash restore indicator_value ID brings it back).
    DeleteValue {
        /// The value's id (see council indicators show --json).
        value: String,
    },
    /// The Council at a glance: the indicators beside the register's portfolio, agreements, execution and
    /// sessions held.
    Overview {
        #[command(flatten)]
        day: Today,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// A figure kept in thousandths, written with as many decimals as it has (`11800`, `2900.5`).
fn decimal(milli: i64) -> String {
    let whole = milli / 1000;
    let part = milli % 1000;
    if part == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{part:03}")
            .trim_end_matches('0')
            .to_owned()
    }
}

fn unit(unit: IndicatorUnit, lang: Lang) -> &'static str {
    match unit {
        IndicatorUnit::UsdMillion => output::pick(lang, "млн $", "mln $", "$ m"),
        IndicatorUnit::Count => "",
    }
}

fn figure(milli: i64, of: IndicatorUnit, lang: Lang) -> String {
    format!("{} {}", decimal(milli), unit(of, lang))
        .trim_end()
        .to_owned()
}

fn row(p: &IndicatorProgress, lang: Lang) -> Vec<String> {
    let key = if p.indicator.code.is_empty() {
        p.indicator.id.to_string()
    } else {
        p.indicator.code.clone()
    };
    vec![
        key,
        p.current_milli.map_or_else(
            || "—".to_owned(),
            |milli| {
                format!(
                    "{} ({})",
                    figure(milli, p.indicator.unit, lang),
                    p.current_period
                )
            },
        ),
        p.indicator.target_milli.map_or_else(
            || "—".to_owned(),
            |milli| {
                format!(
                    "{} {}",
                    p.indicator.target_kind.code(),
                    figure(milli, p.indicator.unit, lang)
                )
            },
        ),
        p.progress
            .map_or_else(|| "—".to_owned(), |share| format!("{:.0}%", share * 100.0)),
        localized(lang, &p.indicator.name),
    ]
}

fn value_row(value: &IndicatorValue, of: IndicatorUnit, lang: Lang) -> Vec<String> {
    vec![
        council_core::indicator::period_label(value.year, value.quarter),
        figure(value.value_milli, of, lang),
        value.as_of.clone(),
        value.id.to_string(),
        value.source.clone(),
    ]
}

pub fn run(
    command: IndicatorsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        IndicatorsCommand::List { json } => {
            let indicators = store.list_indicators()?;
            output::listing(out, json, &indicators, |p| row(p, lang))
        }
        IndicatorsCommand::Show { indicator, json } => {
            let p = store.indicator(&indicator)?;
            if json {
                return output::json(out, &p);
            }
            output::lines(out, &[row(&p, lang).join("  ")])?;
            output::listing(out, false, &p.values, |v| {
                value_row(v, p.indicator.unit, lang)
            })
        }
        IndicatorsCommand::AddValue {
            indicator,
            year,
            quarter,
            value,
            source,
            as_of,
            json,
        } => {
            let added = store.add_indicator_value(&IndicatorValueInput {
                indicator_id: indicator,
                year,
                quarter,
                value,
                source,
                as_of,
            })?;
            if json {
                output::json(out, &added)
            } else {
                output::lines(out, &[added.id.to_string()])
            }
        }
        IndicatorsCommand::DeleteValue { value } => {
            let deleted = store.delete_indicator_value(&value)?;
            output::lines(out, &[deleted.id.to_string()])
        }
        IndicatorsCommand::Overview { day, json } => {
            let overview = store.council_overview(day.resolve(store)?)?;
            if json {
                return output::json(out, &overview);
            }
            output::listing(out, false, &overview.indicators, |p| row(p, lang))?;
            let cents = overview.portfolio_by_pairing.total.total_usd_cents;
            let mut lines = vec![format!(
                "portfolio: {} ({} projects)",
                figure(cents / 100_000, IndicatorUnit::UsdMillion, lang),
                overview.portfolio_by_pairing.total.projects
            )];
            lines.push(format!(
                "agreements signed: {}",
                overview
                    .agreements_by_year
                    .iter()
                    .map(|y| format!("{} {}", y.key, y.count))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            lines.push(format!(
                "execution: {} ({}/{}, overdue {})",
                overview
                    .execution
                    .rate
                    .map_or_else(|| "—".to_owned(), |rate| format!("{:.0}%", rate * 100.0)),
                overview.execution.on_time,
                overview.execution.counted,
                overview.execution.overdue
            ));
            for year in &overview.sessions_held {
                lines.push(format!(
                    "sessions held {}: council {}, other {}",
                    year.year, year.council_sessions, year.other
                ));
            }
            output::lines(out, &lines)
        }
    }
}
