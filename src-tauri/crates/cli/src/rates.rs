//! `council rates …`

use std::io::Write;

use clap::Subcommand;
use council_core::money::{Currency, ExchangeRate};
use council_core::{CoreResult, Lang, Store};

use crate::output;

#[derive(Debug, Subcommand)]
pub enum RatesCommand {
    /// Record how many units of a currency one US dollar is worth from a date on (replaces that day's rate).
    Set {
        /// RUB or UZS.
        currency: String,
        /// The date the rate applies from, YYYY-MM-DD.
        date: String,
        /// Units of the currency per one US dollar, for example 92.35 or "12 800".
        #[arg(allow_hyphen_values = true)]
        rate: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List the recorded rates, newest first.
    List {
        /// Only rates of this currency.
        #[arg(long)]
        currency: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(
    command: RatesCommand,
    store: &mut Store,
    _lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        RatesCommand::Set {
            currency,
            date,
            rate,
            json,
        } => {
            let rate = store.set_rate(Currency::parse(&currency)?, &date, &rate)?;
            if json {
                output::json(out, &rate)
            } else {
                output::lines(out, &[row(&rate).join("  ")])
            }
        }
        RatesCommand::List { currency, json } => {
            let currency = currency.as_deref().map(Currency::parse).transpose()?;
            let rates = store.list_rates(currency)?;
            output::listing(out, json, &rates, row)
        }
    }
}

fn row(rate: &ExchangeRate) -> Vec<String> {
    vec![
        rate.currency.code().to_owned(),
        rate.on_date.to_string(),
        rate.rate_text(),
    ]
}
