//! `council instructions …` (being written)

use std::io::Write;

use clap::Subcommand;
use council_core::{CoreResult, Lang, Store};

#[derive(Debug, Subcommand)]
pub enum InstructionsCommand {
    /// List (being written).
    List {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(
    command: InstructionsCommand,
    _store: &mut Store,
    _lang: Lang,
    _out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        InstructionsCommand::List { .. } => Ok(()),
    }
}
