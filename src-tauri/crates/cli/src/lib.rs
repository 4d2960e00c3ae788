//! `council`: the command-line front door of Council Desk. It parses, calls the core, prints; nothing else.
//!
//! Two binaries run it: `council` of this crate (development and tests) and the app's `council-desk`, when
//! started as `council` (the packaged symlink) or as `council-desk cli …`, so a package ships Typst and the
//! fonts once.
// The doc comments of this crate are its --help text, read by officers: no Markdown backticks there.
#![allow(clippy::doc_markdown)]

mod agenda;
mod agenda_compare;
mod agreements;
mod args;
mod attachments;
mod bodies;
mod decisions;
mod demo;
mod exchange;
mod export;
mod holidays;
mod import;
mod indicators;
mod instructions;
mod mail;
mod officer;
mod output;
mod package_files;
mod pairings;
mod peers;
mod people;
mod portfolio;
mod print;
mod projects;
mod rates;
mod regions;
mod remind;
mod report;
mod search;
mod series;
mod serve;
mod sessions;
mod site;
mod warnings;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use council_core::paths::{DB_ENV, default_data_dir, resolve_db_path};
use council_core::{CoreError, ErrorCode, Lang, Store};

use args::{Cli, Command, SectorsCommand, TrashCommand};

pub use package_files::write_package_files;

/// The clap definition of `council`: every subcommand and option, for completions and the manual page.
#[must_use]
pub fn command() -> clap::Command {
    Cli::command()
}

/// Runs `council` on `args` (the first is the program's name, as in `std::env::args_os`) and returns the exit
/// status: 0 done, 1 refused or failed (one translated line on stderr), 2 a usage error.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        // --help and --version end here too, on stdout with status 0.
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    let asked_lang = cli.lang.as_deref().and_then(Lang::parse);
    let Some(path) = resolve_db_path(
        cli.db.as_deref(),
        std::env::var_os(DB_ENV),
        default_data_dir().as_deref(),
    ) else {
        return fail(
            &CoreError::new(ErrorCode::Storage, "no app-data directory; use --db"),
            asked_lang.unwrap_or_default(),
        );
    };
    // The hub opens the database itself and keeps it open while it serves.
    if let Command::Serve(serve) = &cli.command {
        let lang = asked_lang.unwrap_or_default();
        return match serve::run(serve, &path, lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => fail(&error, lang),
        };
    }
    // Restoring replaces the file, so it runs before anything opens it but the check that the acting
    // officer is the head (when the register has accounts).
    if let Command::Restore { file, json } = &cli.command {
        let lang = asked_lang.unwrap_or_default();
        if path.exists() {
            let allowed = Store::open(&path).and_then(|mut store| {
                officer::act_as(&mut store, cli.acting.as_deref())?;
                store.require_role(council_core::officer::Role::Head)
            });
            if let Err(error) = allowed {
                return fail(&error, lang);
            }
        }
        return restore(file, &path, *json, lang);
    }
    let mut store = match Store::open(&path) {
        Ok(store) => store,
        Err(error) => return fail(&error, asked_lang.unwrap_or_default()),
    };
    let lang = asked_lang.unwrap_or_else(|| store.language().unwrap_or_default());
    if let Err(error) = officer::act_as(&mut store, cli.acting.as_deref()) {
        return fail(&error, lang);
    }
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        // Documents take --lang as their language, which may be ru+uz.
        Command::Print(command) => print::doc_lang(cli.lang.as_deref(), lang)
            .and_then(|doc_lang| print::run(command, &store, doc_lang, &mut out)),
        command => dispatch(command, &mut store, lang, &mut out),
    };
    match result {
        Ok(()) => {
            let _ = out.flush();
            ExitCode::SUCCESS
        }
        // A reader that stops early (`council … | head`) is not a failure.
        Err(error) if error.io_kind() == Some(std::io::ErrorKind::BrokenPipe) => ExitCode::SUCCESS,
        Err(error) => fail(&error, lang),
    }
}

/// Runs one command on the open store.
fn dispatch(
    command: Command,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> council_core::CoreResult<()> {
    match command {
        Command::Regions(command) => regions::run(command, store, lang, out),
        Command::Pairings(command) => pairings::run(command, store, lang, out),
        Command::Bodies(command) => bodies::run(command, store, lang, out),
        Command::People(command) => people::run(command, store, lang, out),
        Command::Agreements(command) => agreements::run(command, store, lang, out),
        Command::Projects(command) => projects::run(command, store, lang, out),
        Command::Rates(command) => rates::run(command, store, lang, out),
        Command::Portfolio(command) => portfolio::run(command, store, lang, out),
        Command::Indicators(command) => indicators::run(command, store, lang, out),
        Command::Sessions(command) => sessions::run(command, store, lang, out),
        Command::Series(command) => series::run(command, store, lang, out),
        Command::Holidays(command) => holidays::run(command, store, lang, out),
        Command::Agenda(command) => agenda::run(command, store, lang, out),
        Command::Decisions(command) => decisions::run(command, store, lang, out),
        Command::Instructions(command) => instructions::run(command, store, lang, out),
        Command::Report(command) => report::run(command, store, lang, out),
        Command::Remind(args) => remind::run(args, store, lang, out),
        Command::Demo(command) => demo::run(command, store, lang, out),
        Command::Officer(command) => officer::run(command, store, lang, out),
        Command::Site(command) => site::run(command, store, lang, out),
        Command::Peers(command) => peers::run(command, store, lang, out),
        Command::Exchange(command) => exchange::run(command, store, lang, out),
        Command::Attachments(command) => attachments::run(command, store, out),
        Command::Settings(command) => attachments::settings(command, store, out),
        Command::Mail(command) => mail::run(command, store, lang, out),
        Command::Export(command) => export::run(command, store, lang, out),
        Command::Import(command) => import::run(command, store, lang, out),
        Command::Search { query, limit, json } => {
            search::run(&query.join(" "), limit, json, store, lang, out)
        }
        Command::Sectors(SectorsCommand::List { json }) => {
            let sectors = store.list_sectors()?;
            output::listing(out, json, &sectors, |s| {
                vec![s.code.clone(), s.name.get(lang).to_owned()]
            })
        }
        Command::Trash(TrashCommand::Restore { entity, id }) => {
            let today = store.secretariat_today()?;
            store.restore_from_trash(&entity, &id, today)?;
            output::lines(out, &[id])
        }
        Command::Trash(TrashCommand::List { json }) => {
            let trash = store.trash()?;
            output::listing(out, json, &trash, |t| {
                vec![
                    t.entity.clone(),
                    t.id.clone(),
                    t.label.get(lang).to_owned(),
                    t.deleted_at.clone(),
                ]
            })
        }
        Command::History { entity, id, json } => {
            let history = store.history(&entity, &id)?;
            output::listing(out, json, &history, |e| {
                vec![
                    e.seq.to_string(),
                    e.at.clone(),
                    e.officer
                        .as_ref()
                        .map_or_else(|| e.os_user.clone(), |name| name.shown(lang).text),
                    e.os_user.clone(),
                    format!("{:?}", e.action).to_lowercase(),
                ]
            })
        }
        Command::Backup {
            out: file,
            strict,
            json,
        } => {
            let manifest = store.backup_to(&file)?;
            if json {
                output::json(out, &manifest)?;
            } else {
                output::lines(
                    out,
                    &std::iter::once(file.display().to_string())
                        .chain(
                            manifest
                                .missing
                                .iter()
                                .map(|m| format!("not in the backup: {}", m.describe())),
                        )
                        .collect::<Vec<_>>(),
                )?;
            }
            if manifest.is_complete() {
                return Ok(());
            }
            let names = missing_names(&manifest.missing);
            eprintln!(
                "council: {}",
                CoreError::new(ErrorCode::AttachmentMissing, &names).message(lang)
            );
            if strict {
                Err(CoreError::new(ErrorCode::AttachmentMissing, names))
            } else {
                Ok(())
            }
        }
        Command::Check { full, json } => {
            let report = store.check(full)?;
            if json {
                output::json(out, &report)?;
            } else {
                output::lines(out, &report.messages)?;
            }
            if report.ok {
                Ok(())
            } else if report.messages.len() == report.attachments.len() {
                // The database itself is sound; only content is missing or damaged.
                Err(CoreError::new(
                    ErrorCode::AttachmentMissing,
                    missing_names(&report.attachments),
                ))
            } else {
                Err(CoreError::new(
                    ErrorCode::DatabaseDamaged,
                    report.messages.join("; "),
                ))
            }
        }
        Command::Restore { .. } | Command::Serve(_) => {
            unreachable!("handled before the store is opened")
        }
        Command::Print(_) => unreachable!("handled with the document language"),
        Command::Info { json } => {
            let about = store.about()?;
            if json {
                output::json(out, &about)
            } else {
                output::lines(
                    out,
                    &[
                        format!("Council Desk {}", about.version),
                        format!("database: {}", about.db_path),
                        format!("schema: {}", about.schema_version),
                    ],
                )
            }
        }
    }
}

/// The names of the attachments in `missing`, for one message.
fn missing_names(missing: &[council_core::backup::MissingContent]) -> String {
    missing
        .iter()
        .map(|m| m.name.escape_debug().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `council restore FILE`: verify, keep the current data in `backups/` beside the database, swap; list
/// the attachments whose content is not there after it.
fn restore(file: &std::path::Path, db: &std::path::Path, json: bool, lang: Lang) -> ExitCode {
    let safety_dir = council_core::backup::backups_dir(db);
    match Store::restore_from(file, db, &safety_dir) {
        Ok(restored) => {
            let mut out = std::io::stdout().lock();
            let printed = if json {
                output::json(&mut out, &restored)
            } else {
                let kept = restored
                    .safety
                    .as_ref()
                    .map(|p| format!("previous data kept in {p}"));
                let missing = restored
                    .missing
                    .iter()
                    .map(|m| format!("not restored: {}", m.describe()));
                output::lines(
                    &mut out,
                    &[format!("restored {}", restored.manifest.created_at)]
                        .into_iter()
                        .chain(kept)
                        .chain(missing)
                        .collect::<Vec<_>>(),
                )
            };
            if !restored.missing.is_empty() {
                eprintln!(
                    "council: {}",
                    CoreError::new(
                        ErrorCode::AttachmentMissing,
                        missing_names(&restored.missing)
                    )
                    .message(lang)
                );
            }
            match printed {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => fail(&error, lang),
            }
        }
        Err(error) => fail(&error, lang),
    }
}

/// Prints the one-line, translated error and returns the failure exit code.
fn fail(error: &CoreError, lang: Lang) -> ExitCode {
    let field = error.field.map(|f| format!(", {f}")).unwrap_or_default();
    output::stderr_line(&format!(
        "council: {} [{}{field}]",
        error.message(lang),
        error.code.as_str()
    ));
    if error.code == ErrorCode::SignInRequired {
        output::stderr_line(&format!("council: {}", officer::way_out(lang)));
    }
    ExitCode::FAILURE
}
