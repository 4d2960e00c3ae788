//! `council agreements …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::agreement::{Agreement, AgreementFilter, AgreementInput, AgreementStatus};
use council_core::money::Currency;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, LocalizedText, Store};

use crate::output;

#[derive(Debug, Subcommand)]
pub enum AgreementsCommand {
    /// Register an agreement of a pairing and/or of bodies of both countries.
    Add {
        /// draft, signed, in_force, expired or terminated; every status but draft needs --signed-on.
        #[arg(long, default_value = "draft")]
        status: String,
        #[command(flatten)]
        fields: AgreementFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List agreements, most recently signed first.
    List {
        /// Only agreements of this pairing (id).
        #[arg(long, value_name = "ID")]
        pairing: Option<String>,
        /// draft, signed, in_force, expired or terminated.
        #[arg(long)]
        status: Option<String>,
        /// Only agreements signed in this year.
        #[arg(long, value_name = "YYYY")]
        year: Option<String>,
        /// List the trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one agreement by id.
    Show {
        /// The agreement's id.
        id: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change an agreement; only the options given change.
    Update {
        /// The agreement's id.
        id: String,
        /// draft, signed, in_force, expired or terminated.
        #[arg(long)]
        status: Option<String>,
        #[command(flatten)]
        fields: AgreementFields,
        /// Remove every party body before adding those given with --party.
        #[arg(long)]
        clear_parties: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move an agreement to the trash.
    Delete {
        /// The agreement's id.
        id: String,
    },
    /// Bring an agreement back from the trash.
    Restore {
        /// The agreement's id.
        id: String,
    },
}

/// The fields of an agreement; on update, only what is given changes, and an empty value clears a field.
#[derive(Debug, Args)]
pub struct AgreementFields {
    /// Title in Russian.
    #[arg(long)]
    title_ru: Option<String>,
    /// Title in Uzbek (Latin script).
    #[arg(long)]
    title_uz: Option<String>,
    /// Title in English.
    #[arg(long)]
    title_en: Option<String>,
    /// The agreement's number.
    #[arg(long)]
    number: Option<String>,
    /// Date of signing, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    signed_on: Option<String>,
    /// The pairing that is a party (id).
    #[arg(long, value_name = "ID")]
    pairing: Option<String>,
    /// A body that is a party (id; repeat for several). Without a pairing, bodies of both countries.
    #[arg(long = "party", value_name = "ID")]
    parties: Vec<String>,
    /// The session it was signed at (id).
    #[arg(long, value_name = "ID")]
    session: Option<String>,
    /// Value, for example "1 250 000.50"; needs --currency.
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    value: Option<String>,
    /// USD, RUB or UZS.
    #[arg(long, value_name = "USD|RUB|UZS")]
    currency: Option<String>,
}

pub fn run(
    command: AgreementsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        AgreementsCommand::Add {
            status,
            fields,
            json,
        } => {
            let input = AgreementInput {
                title: LocalizedText::default(),
                number: String::new(),
                status: AgreementStatus::parse(&status)?,
                signed_on: None,
                pairing_id: None,
                parties: Vec::new(),
                session_id: None,
                value: None,
                currency: None,
            };
            let agreement = store.create_agreement(&apply(input, fields)?)?;
            show(out, json, &agreement, lang)
        }
        AgreementsCommand::List {
            pairing,
            status,
            year,
            trash,
            json,
        } => {
            let filter = AgreementFilter {
                pairing_id: pairing,
                status: status.as_deref().map(AgreementStatus::parse).transpose()?,
                year: year.as_deref().map(parse_year).transpose()?,
                deleted: trash,
            };
            let agreements = store.list_agreements(&filter)?;
            output::listing(out, json, &agreements, |a| row(a, lang))
        }
        AgreementsCommand::Show { id, json } => show(out, json, &store.agreement(&id)?, lang),
        AgreementsCommand::Update {
            id,
            status,
            fields,
            clear_parties,
            json,
        } => {
            let current = store.agreement(&id)?;
            let mut input = current.to_input();
            if let Some(status) = status {
                input.status = AgreementStatus::parse(&status)?;
            }
            if clear_parties {
                input.parties.clear();
            }
            let updated =
                store.update_agreement(&current.id.to_string(), &apply(input, fields)?)?;
            show(out, json, &updated, lang)
        }
        AgreementsCommand::Delete { id } => {
            let agreement = store.delete_agreement(&id)?;
            output::lines(out, &[agreement.id.to_string()])
        }
        AgreementsCommand::Restore { id } => {
            let agreement = store.restore_agreement(&id)?;
            output::lines(out, &[agreement.id.to_string()])
        }
    }
}

fn parse_year(text: &str) -> CoreResult<i32> {
    text.trim()
        .parse()
        .map_err(|_| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("year"))
}

/// A currency code typed by a user; empty is none.
pub fn optional_currency(code: &str) -> CoreResult<Option<Currency>> {
    if code.trim().is_empty() {
        return Ok(None);
    }
    Currency::parse(code).map(Some)
}

/// Applies the options given to an input; party bodies are added to those there.
fn apply(mut input: AgreementInput, fields: AgreementFields) -> CoreResult<AgreementInput> {
    for (slot, value) in [
        (&mut input.title.ru, fields.title_ru),
        (&mut input.title.uz, fields.title_uz),
        (&mut input.title.en, fields.title_en),
        (&mut input.number, fields.number),
    ] {
        if let Some(value) = value {
            *slot = value;
        }
    }
    for (slot, value) in [
        (&mut input.signed_on, fields.signed_on),
        (&mut input.pairing_id, fields.pairing),
        (&mut input.session_id, fields.session),
        (&mut input.value, fields.value),
    ] {
        if value.is_some() {
            *slot = value;
        }
    }
    if let Some(code) = fields.currency {
        input.currency = optional_currency(&code)?;
    }
    input.parties.extend(fields.parties);
    Ok(input)
}

fn row(agreement: &Agreement, lang: Lang) -> Vec<String> {
    vec![
        agreement.id.to_string(),
        agreement
            .signed_on
            .map(|d| d.to_string())
            .unwrap_or_default(),
        agreement.number.clone(),
        agreement.status.code().to_owned(),
        agreement.title.get(lang).to_owned(),
        agreement.value.map(|m| m.to_string()).unwrap_or_default(),
    ]
}

fn show(out: &mut dyn Write, json: bool, agreement: &Agreement, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, agreement);
    }
    let mut lines = vec![row(agreement, lang).join("  ")];
    let parties: Vec<String> = agreement.parties.iter().map(ToString::to_string).collect();
    for (label, value) in [
        ("pairing", agreement.pairing_id.map(|p| p.to_string())),
        ("parties", Some(parties.join(", "))),
        ("session", agreement.session_id.map(|s| s.to_string())),
        ("deleted", agreement.deleted_at.clone()),
    ] {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            lines.push(format!("{label}: {value}"));
        }
    }
    output::lines(out, &lines)
}
