//! The progress report for a Council session: the summit's targets and how far the values entered have come,
//! the pairings' and sectors' share of the portfolio, agreements by year, execution, and the instructions still
//! open, from the same overview the window shows.

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::indicator::{CouncilOverview, IndicatorProgress};
use council_core::project::PortfolioRow;
use council_core::{CoreResult, Store};
use serde::Serialize;

use crate::directory::Directory;
use crate::instruction_view::InstructionView;
use crate::printed::Printed;
use crate::render::{DocLang, DocumentData, document_data};

/// The most open instructions the report lists (the most overdue first); the count says how many there are.
const OPEN_LISTED: usize = 40;

#[derive(Debug, Serialize)]
struct ReportData {
    langs: Vec<&'static str>,
    printed_on: NaiveDate,
    indicators: Vec<IndicatorView>,
    pairings: Vec<ShareView>,
    sectors: Vec<ShareView>,
    portfolio_total: String,
    agreements: Vec<YearCount>,
    execution: ExecutionView,
    open_count: usize,
    open: Vec<InstructionView>,
}

#[derive(Debug, Serialize)]
struct IndicatorView {
    name: Printed,
    /// `usd_million` or `count`: the template names the unit in each language.
    unit: &'static str,
    target_kind: &'static str,
    target: Option<String>,
    current: Option<String>,
    period: String,
    /// Whole per cent of the target, none without a target or a value.
    percent: Option<i64>,
    years: Vec<BarView>,
}

/// One bar of a chart: its label, its length (0–1 of the longest) and its value written out.
#[derive(Debug, Serialize)]
struct BarView {
    label: String,
    share: f64,
    value: String,
    partial: bool,
}

#[derive(Debug, Serialize)]
struct ShareView {
    name: Printed,
    value: String,
    percent: i64,
    projects: i64,
}

#[derive(Debug, Serialize)]
struct YearCount {
    year: String,
    count: i64,
}

#[derive(Debug, Serialize)]
struct ExecutionView {
    counted: u32,
    on_time: u32,
    overdue: u32,
    percent: Option<i64>,
}

/// A figure kept in thousandths, its thousands grouped by no-break spaces (`12 500`, `2 900.5`); the template
/// writes the decimal mark of each language.
fn figure(milli: i64) -> String {
    let whole = (milli / 1000).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push('\u{00A0}');
        }
        grouped.push(c);
    }
    let part = milli % 1000;
    if part == 0 {
        grouped
    } else {
        format!("{grouped}.{part:03}")
            .trim_end_matches('0')
            .to_owned()
    }
}

#[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
fn percent(share: f64) -> i64 {
    (share * 100.0).round() as i64
}

fn indicator(p: &IndicatorProgress) -> IndicatorView {
    let max = p
        .years
        .iter()
        .map(|y| y.value_milli)
        .max()
        .unwrap_or(0)
        .max(1);
    #[allow(clippy::cast_precision_loss)]
    let years = p
        .years
        .iter()
        .map(|y| BarView {
            label: y.year.to_string(),
            share: y.value_milli as f64 / max as f64,
            value: figure(y.value_milli),
            partial: y.partial,
        })
        .collect();
    IndicatorView {
        name: (&p.indicator.name).into(),
        unit: p.indicator.unit.code(),
        target_kind: p.indicator.target_kind.code(),
        target: p.indicator.target_milli.map(figure),
        current: p.current_milli.map(figure),
        period: p.current_period.clone(),
        percent: p.progress.map(percent),
        years,
    }
}

/// Whole millions of dollars, in thousandths as the indicators keep them, from US cents.
fn whole_millions(cents: i64) -> i64 {
    cents / 100_000_000 * 1000
}

fn shares(rows: &[PortfolioRow], total: &PortfolioRow) -> Vec<ShareView> {
    #[allow(clippy::cast_precision_loss)]
    rows.iter()
        .filter(|row| row.total_usd_cents > 0)
        .map(|row| ShareView {
            name: (&row.label).into(),
            value: figure(whole_millions(row.total_usd_cents)),
            percent: percent(row.total_usd_cents as f64 / total.total_usd_cents.max(1) as f64),
            projects: row.projects,
        })
        .collect()
}

fn report_data(
    overview: &CouncilOverview,
    open: Vec<InstructionView>,
    open_count: usize,
    lang: DocLang,
) -> ReportData {
    let by_pairing = &overview.portfolio_by_pairing;
    let by_sector = &overview.portfolio_by_sector;
    let mut pairings = shares(&by_pairing.rows, &by_pairing.total);
    pairings.sort_by_key(|share| std::cmp::Reverse(share.percent));
    let mut sectors = shares(&by_sector.rows, &by_sector.total);
    sectors.sort_by_key(|share| std::cmp::Reverse(share.percent));
    ReportData {
        langs: lang.langs(),
        printed_on: overview.today,
        indicators: overview.indicators.iter().map(indicator).collect(),
        pairings,
        sectors,
        portfolio_total: figure(whole_millions(by_pairing.total.total_usd_cents)),
        agreements: overview
            .agreements_by_year
            .iter()
            .map(|y| YearCount {
                year: y.key.clone(),
                count: y.count,
            })
            .collect(),
        execution: ExecutionView {
            counted: overview.execution.counted,
            on_time: overview.execution.on_time,
            overdue: overview.execution.overdue,
            percent: overview.execution.rate.map(percent),
        },
        open_count,
        open,
    }
}

/// The progress report at `today` (the secretariat's date), typeset.
pub fn report_document(store: &Store, lang: DocLang, today: NaiveDate) -> CoreResult<DocumentData> {
    let overview = store.council_overview(today)?;
    let directory = Directory::load(store)?;
    let mut open = store.list_instructions(
        &InstructionFilter {
            open_only: true,
            ..InstructionFilter::default()
        },
        today,
    )?;
    let open_count = open.len();
    open.sort_by_key(|i| (!i.overdue, i.due_on));
    open.truncate(OPEN_LISTED);
    let open = open
        .iter()
        .map(|i| InstructionView::new(i, &directory))
        .collect();
    let data = report_data(&overview, open, open_count, lang);
    document_data("/report.typ", &data, today, &format!("report/{today}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_group_thousands_and_keep_only_the_decimals_they_have() {
        assert_eq!(figure(30_000_000), "30\u{a0}000");
        assert_eq!(figure(2_900_500), "2\u{a0}900.5");
        assert_eq!(figure(999_000), "999");
        assert_eq!(figure(1_234_567_000), "1\u{a0}234\u{a0}567");
    }
}
