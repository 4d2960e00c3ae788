//! `council remind`: reminder letters to the lead bodies of open instructions, one file per body, and the
//! record of the reminders sent in each instruction's history.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use council_core::mail::DeliveryStatus;
use council_core::reminder::{
    LetterLang, LetterRun, ReminderChannel, ReminderLetter, ReminderQuery, letter_number, record_of,
};
use council_core::time::parse_optional_date;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};
use council_documents::{LetterHeading, reminder_document, reminder_file_names, reminder_pdf};
use council_mail::{Attachment, Delivery, email_reminders};
use serde::Serialize;

use crate::instructions::Today;
use crate::output;

/// The letters for a window of due dates: listed, written into a folder, recorded, e-mailed.
// Each flag is one switch of the command line, as clap maps it.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Open instructions past their due date.
    #[arg(long)]
    overdue: bool,
    /// Open instructions due within N days from today.
    #[arg(long, value_name = "N")]
    within: Option<u32>,
    /// The outgoing numbers: PREFIX followed by 1, 2, … (or from --first).
    #[arg(long, value_name = "PREFIX", default_value = "")]
    number_prefix: String,
    /// The number of the first letter.
    #[arg(long, value_name = "N", default_value_t = 1)]
    first: usize,
    /// Who signs the letters: a person's id.
    #[arg(long, value_name = "PERSON")]
    signatory: Option<String>,
    /// The letters' date, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// The letters' language: auto (each body in its country's language: Russian bodies in Russian, Uzbek
    /// bodies in Uzbek), or ru, uz, en, ru+uz for every letter.
    #[arg(long, value_name = "LANG", default_value = "auto")]
    letter_lang: String,
    /// The folder to write one file per body into (without it the letters are only listed).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// pdf (default) or docx.
    #[arg(long, value_name = "FORMAT", default_value = "pdf")]
    format: String,
    /// Record each letter in the history of the instructions it lists (channel: letter).
    #[arg(long, conflicts_with = "email")]
    record: bool,
    /// E-mail each letter as a PDF to its body (copies to the co-executors) through the site's mail server;
    /// the reminders of the messages sent are recorded (channel: email). The password comes from
    /// COUNCIL_SMTP_PASSWORD, else the terminal.
    #[arg(long)]
    email: bool,
    /// With --email: save the messages as .eml files into DIR instead of sending them (recorded as
    /// email_file).
    #[arg(long, value_name = "DIR", requires = "email")]
    eml: Option<PathBuf>,
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    day: Today,
}

/// One letter as the listing shows it.
#[derive(Debug, Serialize)]
struct Listed<'a> {
    number: String,
    body_id: String,
    body: String,
    lang: &'static str,
    repeated: bool,
    file: Option<String>,
    instructions: Vec<&'a str>,
    to: Vec<&'a str>,
    cc: Vec<&'a str>,
}

pub fn run(args: RemindArgs, store: &mut Store, lang: Lang, out: &mut dyn Write) -> CoreResult<()> {
    let letter_lang = LetterLang::parse_choice(&args.letter_lang)?;
    let today = args.day.resolve(store)?;
    let letters_on = parse_optional_date(args.date.as_deref(), "date")?.unwrap_or(today);
    let extension = match args.format.trim().to_ascii_lowercase().as_str() {
        "pdf" => "pdf",
        "docx" => "docx",
        other => return Err(CoreError::new(ErrorCode::InvalidValue, other).on("format")),
    };
    if (args.out.is_some() || args.record || args.email) && args.number_prefix.trim().is_empty() {
        return Err(CoreError::new(ErrorCode::Required, "number_prefix").on("number_prefix"));
    }
    if args.record && args.out.is_none() {
        return Err(CoreError::new(ErrorCode::Required, "out").on("out"));
    }
    let signatory = args
        .signatory
        .as_deref()
        .map(|id| store.person(id))
        .transpose()?;
    let letters = store.reminder_letters(
        &ReminderQuery {
            overdue: args.overdue,
            due_within_days: args.within,
            lang: letter_lang,
        },
        today,
    )?;
    if args.email {
        let run = LetterRun {
            number_prefix: args.number_prefix.clone(),
            first: u32::try_from(args.first).unwrap_or(u32::MAX),
            date: letters_on.to_string(),
            signatory,
        };
        return email(store, &args, &letters, &run, today, lang, out);
    }
    let numbers: Vec<String> = (0..letters.len())
        .map(|n| letter_number(&args.number_prefix, args.first + n))
        .collect();
    let names = reminder_file_names(&letters, letters_on, extension);
    let mut files = Vec::new();
    if let Some(dir) = &args.out {
        // Every file is made before any is written, and none replaces a file already there.
        let mut made = Vec::new();
        for ((letter, number), name) in letters.iter().zip(&numbers).zip(&names) {
            let path = dir.join(name);
            if path.exists() {
                return Err(CoreError::new(
                    ErrorCode::FileExists,
                    path.display().to_string(),
                ));
            }
            let heading = LetterHeading {
                number: number.clone(),
                date: letters_on,
                signatory: signatory.clone(),
            };
            let data = reminder_document(letter, &heading)?;
            let bytes = if extension == "docx" {
                data.docx(None)?.bytes
            } else {
                data.typeset()?.pdf()?.bytes
            };
            made.push((path, bytes));
        }
        std::fs::create_dir_all(dir).map_err(|error| write_failed(dir, &error))?;
        for (path, bytes) in made {
            std::fs::write(&path, bytes).map_err(|error| write_failed(&path, &error))?;
            files.push(path.display().to_string());
        }
    }
    if args.record && !letters.is_empty() {
        store.record_reminders(
            &record_of(&letters, &numbers, letters_on, ReminderChannel::Letter),
            today,
        )?;
    }
    let listed: Vec<Listed> = letters
        .iter()
        .zip(&numbers)
        .enumerate()
        .map(|(n, (letter, number))| Listed {
            number: number.clone(),
            body_id: letter.body_id.to_string(),
            body: letter.body.shown(lang).text,
            lang: letter.lang.code(),
            repeated: letter.repeated,
            file: files.get(n).cloned(),
            instructions: letter.items.iter().map(|i| i.number.as_str()).collect(),
            to: letter.to.iter().map(|m| m.email.as_str()).collect(),
            cc: letter
                .copies
                .iter()
                .flat_map(|c| c.addresses.iter().map(|m| m.email.as_str()))
                .collect(),
        })
        .collect();
    output::listing(out, args.json, &listed, |l| {
        vec![
            l.number.clone(),
            l.lang.to_owned(),
            l.body.clone(),
            l.instructions.join(", "),
            l.file.clone().unwrap_or_default(),
        ]
    })
}

/// E-mails the letters (or saves them as .eml files), records the reminders of the messages that went and
/// lists one line per letter: its number, how it went, the body, the addresses, the server's reply or file.
fn email(
    store: &mut Store,
    args: &RemindArgs,
    letters: &[ReminderLetter],
    run: &LetterRun,
    today: NaiveDate,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    let settings = store.mail_settings()?;
    let password = if args.eml.is_some() || settings.account.is_empty() || !settings.has_server() {
        None
    } else if letters
        .iter()
        .any(|l| !council_mail::reminder_addresses(l).0.is_empty())
    {
        Some(crate::mail::password(&settings)?)
    } else {
        None
    };
    let delivery = match &args.eml {
        Some(folder) => Delivery::Files(folder),
        None => Delivery::Send {
            password: password.as_deref(),
        },
    };
    let emailed = email_reminders(
        &settings,
        delivery,
        letters,
        run,
        lang,
        |letter, number, date| {
            let (name, bytes) = reminder_pdf(
                letter,
                &LetterHeading {
                    number: number.to_owned(),
                    date,
                    signatory: run.signatory.clone(),
                },
            )?;
            Ok(Attachment {
                name,
                media_type: "application/pdf".to_owned(),
                bytes,
            })
        },
        |record| store.record_reminders(record, today),
    )?;
    if args.json {
        output::json(out, &emailed)?;
    } else {
        let lines: Vec<String> = emailed
            .letters
            .iter()
            .map(|letter| {
                let (status, detail) = match &letter.outcome {
                    None => ("no_address", String::new()),
                    Some(outcome) => (
                        match outcome.status {
                            DeliveryStatus::Sent => "sent",
                            DeliveryStatus::Saved => "saved",
                            DeliveryStatus::Refused => "refused",
                            DeliveryStatus::Failed => "failed",
                        },
                        outcome.detail.clone(),
                    ),
                };
                format!(
                    "{}\t{status}\t{}\t{}\t{detail}",
                    letter.letter_number,
                    letter.body.shown(lang).text,
                    letter
                        .to
                        .iter()
                        .chain(&letter.cc)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            })
            .collect();
        output::lines(out, &lines)?;
    }
    // A message refused or not sent fails the run (exit status 1) with its reason; the others went.
    match emailed
        .letters
        .iter()
        .filter_map(|letter| letter.outcome.as_ref())
        .find(|outcome| outcome.error.is_some())
    {
        Some(outcome) => Err(CoreError::new(
            outcome
                .error
                .as_ref()
                .map_or(ErrorCode::MailRefused, |e| e.code),
            outcome.detail.clone(),
        )),
        None => Ok(()),
    }
}

fn write_failed(path: &std::path::Path, error: &std::io::Error) -> CoreError {
    CoreError::new(
        ErrorCode::DocumentFailed,
        format!("{}: {error}", path.display()),
    )
}
