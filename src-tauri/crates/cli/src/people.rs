//! `council people …` (being written)

use std::io::Write;

use clap::Subcommand;
use council_core::{CoreResult, Lang, Store};

#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// List (being written).
    List {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(
    command: PeopleCommand,
    _store: &mut Store,
    _lang: Lang,
    _out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        PeopleCommand::List { .. } => Ok(()),
    }
}
