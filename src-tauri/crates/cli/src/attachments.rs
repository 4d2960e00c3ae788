//! `council attachments …` and `council settings …`

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use council_core::attachment::OwnerKind;
use council_core::{CoreResult, Store};

use crate::output;

#[derive(Debug, Subcommand)]
pub enum AttachmentsCommand {
    /// Attach a file (100 MB at most) to an agreement, agenda item, decision or execution report.
    Add {
        /// agreement, agenda_item, decision or execution_report.
        owner_kind: String,
        /// The record's id.
        owner_id: String,
        /// The file to attach; its name is kept, made safe for every file system.
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// List the attachments of a record.
    List {
        /// agreement, agenda_item, decision or execution_report.
        owner_kind: String,
        /// The record's id.
        owner_id: String,
        #[arg(long)]
        json: bool,
    },
    /// Copy an attachment out to a file.
    Export {
        /// The attachment's id.
        id: String,
        /// The file to write.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Replace the file when it exists.
        #[arg(long)]
        force: bool,
    },
    /// Move an attachment to the trash (council trash restore attachment ID brings it back).
    Delete {
        /// The attachment's id.
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show or set how many daily automatic backups are kept (1 to 365, 7 at first).
    BackupsKeep {
        /// The new number; without it, the current one is printed.
        n: Option<u32>,
    },
}

pub fn run(command: AttachmentsCommand, store: &mut Store, out: &mut dyn Write) -> CoreResult<()> {
    match command {
        AttachmentsCommand::Add {
            owner_kind,
            owner_id,
            file,
            json,
        } => {
            let attached = store.attach_file(OwnerKind::parse(&owner_kind)?, &owner_id, &file)?;
            if json {
                output::json(out, &attached)
            } else {
                output::lines(out, &[attached.id.to_string()])
            }
        }
        AttachmentsCommand::List {
            owner_kind,
            owner_id,
            json,
        } => {
            let listed = store.attachments(OwnerKind::parse(&owner_kind)?, &owner_id)?;
            output::listing(out, json, &listed, |a| {
                vec![
                    a.id.to_string(),
                    a.name.clone(),
                    a.size.to_string(),
                    a.added_at.clone(),
                ]
            })
        }
        AttachmentsCommand::Export {
            id,
            out: file,
            force,
        } => {
            let written = store.export_attachment(&id, &file, force)?;
            output::lines(out, &[written.display().to_string()])
        }
        AttachmentsCommand::Delete { id } => {
            let deleted = store.delete_attachment(&id)?;
            output::lines(out, &[deleted.id.to_string()])
        }
    }
}

pub fn settings(
    command: SettingsCommand,
    store: &mut Store,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        SettingsCommand::BackupsKeep { n } => {
            let keep = match n {
                Some(n) => store.set_backups_keep(n)?,
                None => store.backups_keep()?,
            };
            output::lines(out, &[keep.to_string()])
        }
    }
}
