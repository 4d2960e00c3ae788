//! `council bodies …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::body::{Body, BodyInput, BodyKind};
use council_core::{CoreResult, Country, Lang, LocalizedText, Store};

use crate::output;

#[derive(Debug, Subcommand)]
pub enum BodiesCommand {
    /// Register a ministry, agency, regional administration, company or other body.
    Add {
        /// UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: String,
        /// ministry, agency, regional_administration, company or other.
        #[arg(long)]
        kind: String,
        #[command(flatten)]
        fields: BodyFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List bodies.
    List {
        /// Only bodies of this country: UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: Option<String>,
        /// List the trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one body by id.
    Show {
        /// The body's id.
        id: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change a body; only the options given change.
    Update {
        /// The body's id.
        id: String,
        /// UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: Option<String>,
        /// ministry, agency, regional_administration, company or other.
        #[arg(long)]
        kind: Option<String>,
        #[command(flatten)]
        fields: BodyFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a body to the trash.
    Delete {
        /// The body's id.
        id: String,
    },
    /// Bring a body back from the trash.
    Restore {
        /// The body's id.
        id: String,
    },
}

/// Names and region of a body; on update, only what is given changes.
#[derive(Debug, Args)]
pub struct BodyFields {
    /// Name in Russian.
    #[arg(long)]
    name_ru: Option<String>,
    /// Name in Uzbek (Latin script).
    #[arg(long)]
    name_uz: Option<String>,
    /// Name in English.
    #[arg(long)]
    name_en: Option<String>,
    /// The region a regional administration governs (ISO code or id); an empty value removes it.
    #[arg(long, value_name = "ISO")]
    region: Option<String>,
}

pub fn run(
    command: BodiesCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        BodiesCommand::Add {
            country,
            kind,
            fields,
            json,
        } => {
            let input = BodyInput {
                country: Country::parse(&country)?,
                kind: BodyKind::parse(&kind)?,
                name: LocalizedText::default(),
                region: None,
            };
            let body = store.create_body(&apply(input, fields))?;
            show(out, json, &body, store, lang)
        }
        BodiesCommand::List {
            country,
            trash,
            json,
        } => {
            let country = country.as_deref().map(Country::parse).transpose()?;
            let bodies = store.list_bodies(country, trash)?;
            output::listing(out, json, &bodies, |b| row(b, lang))
        }
        BodiesCommand::Show { id, json } => {
            let body = store.body(&id)?;
            show(out, json, &body, store, lang)
        }
        BodiesCommand::Update {
            id,
            country,
            kind,
            fields,
            json,
        } => {
            let current = store.body(&id)?;
            let input = BodyInput {
                country: match country {
                    Some(code) => Country::parse(&code)?,
                    None => current.country,
                },
                kind: match kind {
                    Some(code) => BodyKind::parse(&code)?,
                    None => current.kind,
                },
                name: current.name.clone(),
                region: current.region_id.map(|r| r.to_string()),
            };
            let body = store.update_body(&current.id.to_string(), &apply(input, fields))?;
            show(out, json, &body, store, lang)
        }
        BodiesCommand::Delete { id } => {
            let body = store.delete_body(&id)?;
            output::lines(out, &[body.id.to_string()])
        }
        BodiesCommand::Restore { id } => {
            let body = store.restore_body(&id)?;
            output::lines(out, &[body.id.to_string()])
        }
    }
}

fn apply(mut input: BodyInput, fields: BodyFields) -> BodyInput {
    for (slot, value) in [
        (&mut input.name.ru, fields.name_ru),
        (&mut input.name.uz, fields.name_uz),
        (&mut input.name.en, fields.name_en),
    ] {
        if let Some(value) = value {
            *slot = value;
        }
    }
    if fields.region.is_some() {
        input.region = fields.region;
    }
    input
}

fn row(body: &Body, lang: Lang) -> Vec<String> {
    vec![
        body.id.to_string(),
        body.country.code().to_owned(),
        body.kind.code().to_owned(),
        body.name.get(lang).to_owned(),
    ]
}

fn show(out: &mut dyn Write, json: bool, body: &Body, store: &Store, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, body);
    }
    let mut lines = vec![row(body, lang).join("  ")];
    if let Some(id) = body.region_id {
        lines.push(match store.region(&id.to_string()) {
            Ok(region) => {
                let name = region.name.get(lang);
                format!("{name} ({})", region.iso_code.unwrap_or_default())
            }
            // A region removed from the register is still named by its id.
            Err(_) => id.to_string(),
        });
    }
    for lang in Lang::ALL {
        let name = body.name.get(lang);
        if !name.is_empty() {
            lines.push(format!("{}: {name}", lang.code()));
        }
    }
    if let Some(deleted) = &body.deleted_at {
        lines.push(format!("deleted: {deleted}"));
    }
    output::lines(out, &lines)
}
