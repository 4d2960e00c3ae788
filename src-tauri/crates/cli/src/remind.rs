//! `council remind`: reminder letters to the lead bodies of open instructions, one file per body, and the
//! record of the reminders sent in each instruction's history.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use council_core::reminder::{
    LetterLang, ReminderChannel, ReminderQuery, letter_number, record_of,
};
use council_core::time::parse_optional_date;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};
use council_documents::{LetterHeading, reminder_document, reminder_file_names};
use serde::Serialize;

use crate::instructions::Today;
use crate::output;

/// The letters for a window of due dates: listed, written into a folder, recorded.
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
    #[arg(long)]
    record: bool,
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
    if (args.out.is_some() || args.record) && args.number_prefix.trim().is_empty() {
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

fn write_failed(path: &std::path::Path, error: &std::io::Error) -> CoreError {
    CoreError::new(
        ErrorCode::DocumentFailed,
        format!("{}: {error}", path.display()),
    )
}
