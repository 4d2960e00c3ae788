//! `council portfolio …`

use std::io::Write;

use clap::Subcommand;
use council_core::agreement::AgreementGrouping;
use council_core::money::usd_text;
use council_core::project::{PortfolioRow, ProjectGrouping};
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};

use crate::output;

#[derive(Debug, Subcommand)]
pub enum PortfolioCommand {
    /// Value of the joint projects in US dollars, grouped; projects in a currency without a rate are shown apart.
    Projects {
        /// sector, pairing or status.
        #[arg(long, value_name = "GROUPING")]
        by: String,
        /// Convert at the rates in force on this date, YYYY-MM-DD (default: today in Tashkent).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// How many agreements were signed, per session or per year.
    Agreements {
        /// session or year.
        #[arg(long, value_name = "GROUPING")]
        by: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(
    command: PortfolioCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        PortfolioCommand::Projects { by, as_of, json } => {
            let by = ProjectGrouping::parse(&by)?;
            let portfolio = store.project_portfolio(by, as_of.as_deref())?;
            if json {
                return output::json(out, &portfolio);
            }
            let mut rows: Vec<&PortfolioRow> = portfolio.rows.iter().collect();
            rows.push(&portfolio.total);
            output::listing(out, false, &rows, |row| columns(row, lang))?;
            let mut notes = vec![format!("USD {}", portfolio.as_of)];
            notes.extend(portfolio.missing_rates.iter().map(|currency| {
                CoreError::new(ErrorCode::RateMissing, currency.code()).message(lang)
            }));
            output::lines(out, &notes)
        }
        PortfolioCommand::Agreements { by, json } => {
            let tally = store.agreement_tally(AgreementGrouping::parse(&by)?)?;
            output::listing(out, json, &tally, |row| {
                vec![row.label.get(lang).to_owned(), row.count.to_string()]
            })
        }
    }
}

/// Label, number of projects, total in dollars, and the amounts that had no rate (`+ 12 800 000.00 UZS`).
fn columns(row: &PortfolioRow, lang: Lang) -> Vec<String> {
    let unconverted: Vec<String> = row
        .unconverted_amounts
        .iter()
        .map(|money| format!("+ {money}"))
        .collect();
    vec![
        row.label.get(lang).to_owned(),
        row.projects.to_string(),
        usd_text(row.total_usd_cents),
        unconverted.join(" "),
    ]
}
