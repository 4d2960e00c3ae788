//! `council report …`: execution discipline, the weekly summary, and what is open before a session.

use std::io::Write;

use clap::Subcommand;
use council_core::control::RateBy;
use council_core::{CoreResult, Lang, Store};

use crate::instructions::{Today, row};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Execution rate per lead body or per pairing: removed from control on time / all due, worst first.
    Execution {
        /// body or pairing.
        #[arg(long, default_value = "body")]
        by: String,
        #[command(flatten)]
        day: Today,
        #[arg(long)]
        json: bool,
    },
    /// Open, overdue and due-within-7-days counts.
    Summary {
        #[command(flatten)]
        day: Today,
        #[arg(long)]
        json: bool,
    },
    /// Instructions still open from sessions before this one (for its "status of previous instructions" item).
    Previous {
        /// The session (id).
        session: String,
        #[command(flatten)]
        day: Today,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(
    command: ReportCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        ReportCommand::Execution { by, day, json } => {
            let by = match by.trim() {
                "body" => RateBy::Body,
                "pairing" => RateBy::Pairing,
                other => {
                    return Err(council_core::CoreError::new(
                        council_core::ErrorCode::InvalidValue,
                        other,
                    )
                    .on("by"));
                }
            };
            let rates = store.execution_rates(by, day.resolve(store)?)?;
            output::listing(out, json, &rates, |r| {
                vec![
                    r.rate
                        .map_or_else(|| "—".to_owned(), |rate| format!("{:.0}%", rate * 100.0)),
                    format!("{}/{}", r.on_time, r.counted),
                    format!("late {}", r.late),
                    format!("overdue {}", r.overdue),
                    r.label.get(lang).to_owned(),
                ]
            })
        }
        ReportCommand::Summary { day, json } => {
            let summary = store.control_summary(day.resolve(store)?)?;
            if json {
                output::json(out, &summary)
            } else {
                output::lines(
                    out,
                    &[
                        format!("{}", summary.today),
                        format!("open: {}", summary.open),
                        format!("overdue: {}", summary.overdue),
                        format!("due within 7 days: {}", summary.due_within_7_days),
                    ],
                )
            }
        }
        ReportCommand::Previous { session, day, json } => {
            let open = store.open_before_session(&session, day.resolve(store)?)?;
            output::listing(out, json, &open, |i| row(i, lang))
        }
    }
}
