//! `council demo`: fill an empty database with demonstration data.

use std::io::Write;

use clap::Args;
use council_core::demo::{DemoOptions, Scale};
use council_core::{CoreResult, Lang, Store};

use crate::instructions::Today;
use crate::output;

/// Fill an empty database with a believable bilingual year (small) or ten times ten years (10y).
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// small (10 pairings, 6 sessions, 60 instructions) or 10y (2,000 sessions, 100,000 instructions).
    #[arg(long, default_value = "small")]
    scale: String,
    /// The same seed and the same --today give the same data.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[command(flatten)]
    day: Today,
    #[arg(long)]
    json: bool,
}

pub fn run(args: DemoArgs, store: &mut Store, _lang: Lang, out: &mut dyn Write) -> CoreResult<()> {
    let options = DemoOptions {
        scale: Scale::parse(&args.scale)?,
        seed: args.seed,
        today: args.day.resolve(store)?,
    };
    let counts = store.load_demo(&options)?;
    if args.json {
        return output::json(out, &counts);
    }
    output::lines(
        out,
        &[
            format!("pairings: {}", counts.pairings),
            format!("sessions: {}", counts.sessions),
            format!("agenda items: {}", counts.agenda_items),
            format!("decisions: {}", counts.decisions),
            format!("instructions: {}", counts.instructions),
            format!(
                "agreements: {}, projects: {}",
                counts.agreements, counts.projects
            ),
        ],
    )
}
