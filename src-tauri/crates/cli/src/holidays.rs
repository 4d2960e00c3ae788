//! `council holidays …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::holiday::{Holiday, HolidayFilter, HolidayInput};
use council_core::{CoreResult, Country, Lang, LocalizedText, Store};

use crate::output;
use crate::sessions::localized;

#[derive(Debug, Subcommand)]
pub enum HolidaysCommand {
    /// List public holidays by date; "decree" marks a date set by decree and not yet confirmed.
    List {
        /// Only this year.
        #[arg(long)]
        year: Option<i32>,
        /// Only this country: UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: Option<String>,
        /// List the trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Add a holiday or a day off set by decree.
    Add {
        /// UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: String,
        /// The day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        date: String,
        #[command(flatten)]
        names: HolidayNames,
        /// The date still waits for the decree that sets it.
        #[arg(long)]
        by_decree: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Correct a holiday (the decreed date of a hayit, a name); only the options given change.
    Update {
        /// The holiday's id (see council holidays list --json).
        holiday: String,
        /// UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: Option<String>,
        /// The day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        #[command(flatten)]
        names: HolidayNames,
        /// Mark the date as confirmed (no longer waiting for a decree).
        #[arg(long, conflicts_with = "by_decree")]
        confirmed: bool,
        /// Mark the date as waiting for a decree.
        #[arg(long)]
        by_decree: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a holiday to the trash.
    Delete {
        /// The holiday's id.
        holiday: String,
    },
    /// Bring a holiday back from the trash.
    Restore {
        /// The holiday's id.
        holiday: String,
    },
}

/// The names of a holiday.
#[derive(Debug, Args)]
pub struct HolidayNames {
    /// Name in Russian.
    #[arg(long = "name-ru")]
    pub ru: Option<String>,
    /// Name in Uzbek (Latin).
    #[arg(long = "name-uz")]
    pub uz: Option<String>,
    /// Name in English.
    #[arg(long = "name-en")]
    pub en: Option<String>,
}

fn with_names(mut name: LocalizedText, names: HolidayNames) -> LocalizedText {
    for (slot, value) in [
        (&mut name.ru, names.ru),
        (&mut name.uz, names.uz),
        (&mut name.en, names.en),
    ] {
        if let Some(value) = value {
            *slot = value;
        }
    }
    name
}

fn row(holiday: &Holiday, lang: Lang) -> Vec<String> {
    vec![
        holiday.date.clone(),
        holiday.country.code().to_owned(),
        if holiday.by_decree { "decree" } else { "-" }.to_owned(),
        holiday.id.to_string(),
        localized(lang, &holiday.name),
    ]
}

fn show(out: &mut dyn Write, json: bool, holiday: &Holiday, lang: Lang) -> CoreResult<()> {
    if json {
        output::json(out, holiday)
    } else {
        output::lines(out, &[row(holiday, lang).join("  ")])
    }
}

pub fn run(
    command: HolidaysCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        HolidaysCommand::List {
            year,
            country,
            trash,
            json,
        } => {
            let filter = HolidayFilter {
                year,
                country: country.as_deref().map(Country::parse).transpose()?,
                deleted: trash,
            };
            let holidays = store.list_holidays(&filter)?;
            output::listing(out, json, &holidays, |h| row(h, lang))
        }
        HolidaysCommand::Add {
            country,
            date,
            names,
            by_decree,
            json,
        } => {
            let input = HolidayInput {
                country: Country::parse(&country)?,
                date,
                name: with_names(LocalizedText::default(), names),
                by_decree,
            };
            let holiday = store.add_holiday(&input)?;
            show(out, json, &holiday, lang)
        }
        HolidaysCommand::Update {
            holiday,
            country,
            date,
            names,
            confirmed,
            by_decree,
            json,
        } => {
            let current = store.holiday(&holiday)?;
            let input = HolidayInput {
                country: match country {
                    Some(country) => Country::parse(&country)?,
                    None => current.country,
                },
                date: date.unwrap_or(current.date),
                name: with_names(current.name, names),
                by_decree: (current.by_decree || by_decree) && !confirmed,
            };
            let updated = store.update_holiday(&current.id.to_string(), &input)?;
            show(out, json, &updated, lang)
        }
        HolidaysCommand::Delete { holiday } => {
            let holiday = store.delete_holiday(&holiday)?;
            output::lines(out, &[holiday.id.to_string()])
        }
        HolidaysCommand::Restore { holiday } => {
            let holiday = store.restore_holiday(&holiday)?;
            output::lines(out, &[holiday.id.to_string()])
        }
    }
}
