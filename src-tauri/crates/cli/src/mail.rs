//! `council mail …`: this site's mail server (the settings the desktop's Settings → E-mail shows) and a test
//! message. The password is never kept here: it comes from COUNCIL_SMTP_PASSWORD, else from the terminal.

use std::io::Write;
use std::path::PathBuf;
use std::time::SystemTime;

use clap::Subcommand;
use council_core::mail::{DeliveryStatus, MailOutcome, MailSecurity, MailSettings};
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};

use crate::output::{self, pick};

/// The environment variable a mail password is read from.
pub const SMTP_PASSWORD_ENV: &str = "COUNCIL_SMTP_PASSWORD";

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Show this site's mail server; with options, change only those given (an empty --host: no server).
    Settings {
        #[arg(long)]
        host: Option<String>,
        /// The port (0: the usual one of the security: 25, 587, 465).
        #[arg(long)]
        port: Option<u16>,
        #[arg(long, value_name = "none|starttls|tls")]
        security: Option<String>,
        /// The account to sign in with; empty when the server takes mail without signing in.
        #[arg(long)]
        account: Option<String>,
        /// The sender: `Name <address>` or an address alone.
        #[arg(long, value_name = "SENDER")]
        from: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Send a test message through this site's mail server, or (--eml) save it as an .eml file in a folder.
    Test {
        #[arg(long, value_name = "ADDRESS")]
        to: String,
        /// Save into this folder instead of sending.
        #[arg(long, value_name = "DIR")]
        eml: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(
    command: MailCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        MailCommand::Settings {
            host,
            port,
            security,
            account,
            from,
            json,
        } => {
            let mut settings = store.mail_settings()?;
            let changes = host.is_some()
                || port.is_some()
                || security.is_some()
                || account.is_some()
                || from.is_some();
            if let Some(host) = host {
                settings.host = host;
            }
            if let Some(security) = security {
                settings.security = MailSecurity::parse(&security).ok_or_else(|| {
                    CoreError::new(ErrorCode::InvalidValue, security).on("security")
                })?;
            }
            if let Some(port) = port {
                settings.port = port;
            }
            if let Some(account) = account {
                settings.account = account;
            }
            if let Some(from) = from {
                (settings.sender_name, settings.sender_address) = sender(&from);
            }
            if changes {
                settings = store.set_mail_settings(&settings)?;
            }
            if json {
                output::json(out, &settings)
            } else {
                output::lines(out, &shown(&settings, lang))
            }
        }
        MailCommand::Test { to, eml, json } => {
            let settings = store.mail_settings()?;
            let message = council_mail::test_message(&to, lang);
            let composed = council_mail::compose(
                &settings.sender_name,
                &settings.sender_address,
                &message,
                SystemTime::now(),
            )?;
            let outcomes = if let Some(folder) = eml {
                council_mail::write_eml(&folder, &[composed])?
            } else {
                let password = if settings.account.is_empty() || !settings.has_server() {
                    None
                } else {
                    Some(password(&settings)?)
                };
                council_mail::send_all(&settings, password.as_deref(), &[composed], lang)?
            };
            if json {
                output::json(out, &outcomes)?;
            } else {
                output::lines(out, &outcomes.iter().map(line).collect::<Vec<_>>())?;
            }
            // A message not sent fails the run (exit status 1) with its reason.
            match outcomes.iter().find(|outcome| outcome.error.is_some()) {
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
    }
}

/// `Name <address>` split into its name and address; an address alone has no name.
fn sender(from: &str) -> (String, String) {
    match from.rsplit_once('<') {
        Some((name, address)) => (
            name.trim().trim_matches('"').trim().to_owned(),
            address.trim().trim_end_matches('>').trim().to_owned(),
        ),
        None => (String::new(), from.trim().to_owned()),
    }
}

fn shown(settings: &MailSettings, lang: Lang) -> Vec<String> {
    let none = pick(lang, "(нет)", "(yoʻq)", "(none)");
    let or_none = |text: &str| {
        if text.is_empty() {
            none.to_owned()
        } else {
            text.to_owned()
        }
    };
    vec![
        format!("host\t{}", or_none(&settings.host)),
        format!("port\t{}", settings.port),
        format!("security\t{}", settings.security.code()),
        format!("account\t{}", or_none(&settings.account)),
        format!(
            "from\t{}",
            if settings.sender_name.is_empty() {
                or_none(&settings.sender_address)
            } else {
                format!("{} <{}>", settings.sender_name, settings.sender_address)
            }
        ),
    ]
}

fn line(outcome: &MailOutcome) -> String {
    let status = match outcome.status {
        DeliveryStatus::Sent => "sent",
        DeliveryStatus::Saved => "saved",
        DeliveryStatus::Refused => "refused",
        DeliveryStatus::Failed => "failed",
    };
    format!("{status}\t{}\t{}", outcome.to.join(", "), outcome.detail)
}

/// The account's password: COUNCIL_SMTP_PASSWORD, else typed at the terminal without echo.
pub(crate) fn password(settings: &MailSettings) -> CoreResult<String> {
    if let Some(value) = std::env::var_os(SMTP_PASSWORD_ENV) {
        return Ok(value.to_string_lossy().into_owned());
    }
    rpassword::prompt_password(format!(
        "{} @ {} — password: ",
        settings.account, settings.host
    ))
    .map_err(|_| CoreError::new(ErrorCode::MailPasswordRequired, "").on("mail_password"))
}
