//! `council officer …`, and who a run of `council` acts as: the officer named by --as, else the one this OS
//! user chose with `council officer use`. A password is read from COUNCIL_PASSWORD, else from the terminal
//! without echo.

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::officer::{Officer, OfficerInput, Role};
use council_core::{CoreError, CoreResult, ErrorCode, Lang, LocalizedText, Store};

use crate::output;

/// The password of the officer a run acts as, for scripts.
pub const PASSWORD_ENV: &str = "COUNCIL_PASSWORD";
/// The new password `council officer password` sets, for scripts.
pub const NEW_PASSWORD_ENV: &str = "COUNCIL_NEW_PASSWORD";

#[derive(Debug, Subcommand)]
pub enum OfficerCommand {
    /// The accounts of this site (active ones first); * marks the one this OS user acts as by default.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Add an account (the head's). The first account of a register is a head and acts from then on: every
    /// change then needs an officer.
    Add {
        /// observer (reads, prints, exports), officer (prepares the register's work) or head (also approves,
        /// cancels, removes from control, restores, manages accounts and the exchange).
        #[arg(long, value_name = "ROLE", default_value = "officer")]
        role: String,
        #[command(flatten)]
        fields: OfficerFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change an account (the head's); only the options given change.
    Edit {
        /// The account: id, e-mail or name.
        officer: String,
        /// observer, officer or head.
        #[arg(long, value_name = "ROLE")]
        role: Option<String>,
        /// Switch the account off (it cannot sign in; its name stays in the history).
        #[arg(long, conflicts_with = "activate")]
        deactivate: bool,
        /// Switch the account on again.
        #[arg(long)]
        activate: bool,
        #[command(flatten)]
        fields: OfficerFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Set an account's password (your own, or anyone's as the head), read from the terminal without echo or
    /// from COUNCIL_NEW_PASSWORD.
    Password {
        /// The account: id, e-mail or name.
        officer: String,
        /// Remove the password instead: signing in asks none.
        #[arg(long)]
        remove: bool,
    },
    /// Act as this account from now on when --as names none (for this OS user, on this database).
    Use {
        /// The account: id, e-mail or name.
        officer: String,
    },
}

/// Name, position and contacts of an account; on edit, only what is given changes.
#[derive(Debug, Args)]
pub struct OfficerFields {
    /// Full name in Russian.
    #[arg(long)]
    name_ru: Option<String>,
    /// Full name in Uzbek (Latin script).
    #[arg(long)]
    name_uz: Option<String>,
    /// Full name in English.
    #[arg(long)]
    name_en: Option<String>,
    /// Position in Russian.
    #[arg(long)]
    position_ru: Option<String>,
    /// Position in Uzbek (Latin script).
    #[arg(long)]
    position_uz: Option<String>,
    /// Position in English.
    #[arg(long)]
    position_en: Option<String>,
    /// E-mail address.
    #[arg(long)]
    email: Option<String>,
    /// Telephone number.
    #[arg(long)]
    phone: Option<String>,
    /// The person record this officer is (id); an empty value removes it.
    #[arg(long, value_name = "ID")]
    person: Option<String>,
}

/// Signs in the officer this run acts as: `named` (--as), else this OS user's default. With neither (or a
/// default whose password cannot be asked: no terminal, no COUNCIL_PASSWORD), nobody acts: reads work, and a
/// write on a register with accounts is refused with the way out.
pub fn act_as(store: &mut Store, named: Option<&str>) -> CoreResult<()> {
    let officer = match named {
        Some(key) => store.find_officer(key)?,
        None => match store.default_officer()? {
            Some(officer) => officer,
            None => return Ok(()),
        },
    };
    let password = match officer
        .has_password
        .then(|| password(PASSWORD_ENV, &officer))
    {
        None => None,
        Some(Ok(password)) => Some(password),
        Some(Err(_)) if named.is_none() => return Ok(()),
        Some(Err(error)) => return Err(error),
    };
    store.sign_in(officer.id, password.as_deref()).map(drop)
}

/// A password from the environment variable `env`, else typed at the terminal without echo.
fn password(env: &str, officer: &Officer) -> CoreResult<String> {
    if let Some(value) = std::env::var_os(env) {
        return Ok(value.to_string_lossy().into_owned());
    }
    let prompt = format!("{} — password: ", officer.name.get(Lang::En));
    rpassword::prompt_password(prompt)
        .map_err(|_| CoreError::new(ErrorCode::Required, "password").on("password"))
}

/// The way out a refused write names on the command line when nobody acts.
#[must_use]
pub fn way_out(lang: Lang) -> &'static str {
    output::pick(
        lang,
        "Укажите сотрудника: --as ИМЯ или council officer use ИМЯ.",
        "Xodimni koʻrsating: --as ISM yoki council officer use ISM.",
        "Name the officer with --as NAME or council officer use NAME.",
    )
}

pub fn run(
    command: OfficerCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        OfficerCommand::List { json } => {
            let officers = store.list_officers()?;
            let default = store.default_officer()?.map(|o| o.id);
            output::listing(out, json, &officers, |o| {
                row(o, default == Some(o.id), lang)
            })
        }
        OfficerCommand::Add { role, fields, json } => {
            let input = OfficerInput {
                name: LocalizedText::default(),
                position: LocalizedText::default(),
                email: String::new(),
                phone: String::new(),
                role: parse_role(&role)?,
                person_id: None,
                active: true,
            };
            let officer = store.create_officer(&apply(input, fields))?;
            show(out, json, &officer, lang)
        }
        OfficerCommand::Edit {
            officer,
            role,
            deactivate,
            activate,
            fields,
            json,
        } => {
            let current = store.find_officer(&officer)?;
            let input = OfficerInput {
                name: current.name.clone(),
                position: current.position.clone(),
                email: current.email.clone(),
                phone: current.phone.clone(),
                role: role.as_deref().map_or(Ok(current.role), parse_role)?,
                person_id: current.person_id.clone(),
                active: (current.active || activate) && !deactivate,
            };
            let officer = store.update_officer(current.id, &apply(input, fields))?;
            show(out, json, &officer, lang)
        }
        OfficerCommand::Password { officer, remove } => {
            let officer = store.find_officer(&officer)?;
            let new = if remove {
                None
            } else {
                Some(password(NEW_PASSWORD_ENV, &officer)?)
            };
            let officer = store.set_officer_password(officer.id, new.as_deref())?;
            output::lines(out, &[officer.id.to_string()])
        }
        OfficerCommand::Use { officer } => {
            let officer = store.find_officer(&officer)?;
            let officer = store.use_officer(officer.id)?;
            output::lines(out, &[row(&officer, true, lang).join("  ")])
        }
    }
}

fn parse_role(code: &str) -> CoreResult<Role> {
    Role::parse(code).ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, code).on("role"))
}

fn apply(mut input: OfficerInput, fields: OfficerFields) -> OfficerInput {
    for (slot, value) in [
        (&mut input.name.ru, fields.name_ru),
        (&mut input.name.uz, fields.name_uz),
        (&mut input.name.en, fields.name_en),
        (&mut input.position.ru, fields.position_ru),
        (&mut input.position.uz, fields.position_uz),
        (&mut input.position.en, fields.position_en),
        (&mut input.email, fields.email),
        (&mut input.phone, fields.phone),
    ] {
        if let Some(value) = value {
            *slot = value;
        }
    }
    if let Some(person) = fields.person {
        input.person_id = Some(person);
    }
    input
}

fn row(officer: &Officer, default: bool, lang: Lang) -> Vec<String> {
    vec![
        if default { "*" } else { " " }.to_owned(),
        officer.id.to_string(),
        officer.name.shown(lang).text,
        officer.role.code().to_owned(),
        officer.email.clone(),
        if officer.active { "" } else { "inactive" }.to_owned(),
    ]
}

fn show(out: &mut dyn Write, json: bool, officer: &Officer, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, officer);
    }
    output::lines(out, &[row(officer, false, lang).join("  ")])
}
