//! `council people …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::person::{Person, PersonInput};
use council_core::{CoreResult, Country, Lang, LocalizedText, Store};

use crate::output;

#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Register a person: a co-chair, presenter, executor's contact or controller.
    Add {
        /// UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: String,
        #[command(flatten)]
        fields: PersonFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List people.
    List {
        /// Only people of this body (id).
        #[arg(long, value_name = "ID")]
        body: Option<String>,
        /// List the trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one person by id.
    Show {
        /// The person's id.
        id: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change a person; only the options given change.
    Update {
        /// The person's id.
        id: String,
        /// UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: Option<String>,
        #[command(flatten)]
        fields: PersonFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a person to the trash.
    Delete {
        /// The person's id.
        id: String,
    },
    /// Bring a person back from the trash.
    Restore {
        /// The person's id.
        id: String,
    },
}

/// Name, position, body and contacts of a person; on update, only what is given changes.
#[derive(Debug, Args)]
pub struct PersonFields {
    /// Full name in Russian.
    #[arg(long)]
    full_name_ru: Option<String>,
    /// Full name in Uzbek (Latin script).
    #[arg(long)]
    full_name_uz: Option<String>,
    /// Full name in English.
    #[arg(long)]
    full_name_en: Option<String>,
    /// Position in Russian.
    #[arg(long)]
    position_ru: Option<String>,
    /// Position in Uzbek (Latin script).
    #[arg(long)]
    position_uz: Option<String>,
    /// Position in English.
    #[arg(long)]
    position_en: Option<String>,
    /// The body they work for (id); an empty value removes it.
    #[arg(long, value_name = "ID")]
    body: Option<String>,
    /// Telephone number.
    #[arg(long)]
    phone: Option<String>,
    /// E-mail address.
    #[arg(long)]
    email: Option<String>,
}

pub fn run(
    command: PeopleCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        PeopleCommand::Add {
            country,
            fields,
            json,
        } => {
            let input = PersonInput {
                full_name: LocalizedText::default(),
                position: LocalizedText::default(),
                body_id: None,
                country: Country::parse(&country)?,
                phone: String::new(),
                email: String::new(),
            };
            let person = store.create_person(&apply(input, fields))?;
            show(out, json, &person, lang)
        }
        PeopleCommand::List { body, trash, json } => {
            let people = store.list_people(body.as_deref(), trash)?;
            output::listing(out, json, &people, |p| row(p, lang))
        }
        PeopleCommand::Show { id, json } => show(out, json, &store.person(&id)?, lang),
        PeopleCommand::Update {
            id,
            country,
            fields,
            json,
        } => {
            let current = store.person(&id)?;
            let input = PersonInput {
                full_name: current.full_name.clone(),
                position: current.position.clone(),
                body_id: current.body_id.map(|b| b.to_string()),
                country: match country {
                    Some(code) => Country::parse(&code)?,
                    None => current.country,
                },
                phone: current.phone.clone(),
                email: current.email.clone(),
            };
            let person = store.update_person(&current.id.to_string(), &apply(input, fields))?;
            show(out, json, &person, lang)
        }
        PeopleCommand::Delete { id } => {
            let person = store.delete_person(&id)?;
            output::lines(out, &[person.id.to_string()])
        }
        PeopleCommand::Restore { id } => {
            let person = store.restore_person(&id)?;
            output::lines(out, &[person.id.to_string()])
        }
    }
}

fn apply(mut input: PersonInput, fields: PersonFields) -> PersonInput {
    for (slot, value) in [
        (&mut input.full_name.ru, fields.full_name_ru),
        (&mut input.full_name.uz, fields.full_name_uz),
        (&mut input.full_name.en, fields.full_name_en),
        (&mut input.position.ru, fields.position_ru),
        (&mut input.position.uz, fields.position_uz),
        (&mut input.position.en, fields.position_en),
        (&mut input.phone, fields.phone),
        (&mut input.email, fields.email),
    ] {
        if let Some(value) = value {
            *slot = value;
        }
    }
    if fields.body.is_some() {
        input.body_id = fields.body;
    }
    input
}

fn row(person: &Person, lang: Lang) -> Vec<String> {
    vec![
        person.id.to_string(),
        person.country.code().to_owned(),
        person.full_name.get(lang).to_owned(),
        person.position.get(lang).to_owned(),
    ]
}

fn show(out: &mut dyn Write, json: bool, person: &Person, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, person);
    }
    let mut lines = vec![row(person, lang).join("  ")];
    for (label, value) in [
        (
            "body",
            person.body_id.map(|b| b.to_string()).unwrap_or_default(),
        ),
        ("phone", person.phone.clone()),
        ("email", person.email.clone()),
        ("deleted", person.deleted_at.clone().unwrap_or_default()),
    ] {
        if !value.is_empty() {
            lines.push(format!("{label}: {value}"));
        }
    }
    output::lines(out, &lines)
}
