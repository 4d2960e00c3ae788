//! Sending over SMTP: one connection per message, so a refused message or a broken connection never stops
//! or hides the messages after it.

use std::error::Error as _;
use std::time::Duration;

use council_core::Lang;
use council_core::mail::{DeliveryStatus, MailOutcome, MailSecurity, MailSettings};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{SmtpTransport, Transport};

use crate::{Composed, MailError};

/// How long one step of the conversation with the server may take before the message counts as failed.
const TIMEOUT: Duration = Duration::from_secs(30);

fn transport(settings: &MailSettings, password: Option<&str>) -> Result<SmtpTransport, MailError> {
    if !settings.has_server() {
        return Err(MailError::NotConfigured);
    }
    let tls = |parameters: fn(TlsParameters) -> Tls| {
        TlsParameters::builder(settings.host.clone())
            .build_rustls()
            .map(parameters)
            .map_err(|error| MailError::Unreachable {
                server: settings.server(),
                why: error.to_string(),
            })
    };
    let tls = match settings.security {
        MailSecurity::None => Tls::None,
        MailSecurity::Starttls => tls(Tls::Required)?,
        MailSecurity::Tls => tls(Tls::Wrapper)?,
    };
    let mut builder = SmtpTransport::builder_dangerous(settings.host.as_str())
        .port(settings.port)
        .tls(tls)
        .timeout(Some(TIMEOUT));
    if !settings.account.is_empty() {
        let password = password
            .filter(|password| !password.is_empty())
            .ok_or(MailError::PasswordRequired)?;
        builder = builder.credentials(Credentials::new(
            settings.account.clone(),
            password.to_owned(),
        ));
    }
    Ok(builder.build())
}

/// The outcome of a failure of lettre's: the server's negative reply, or a connection that failed.
fn failure(settings: &MailSettings, error: &lettre::transport::smtp::Error) -> MailError {
    match error.status() {
        Some(code) => MailError::Refused(match error.source() {
            Some(reply) => format!("{code} {reply}"),
            None => code.to_string(),
        }),
        None => MailError::Unreachable {
            server: settings.server(),
            why: error.to_string(),
        },
    }
}

/// Sends every message and answers one outcome per message, in their order; the error messages in `lang`.
/// Settings that cannot make a connection at all (no server, no password) are the only error.
pub fn send_all(
    settings: &MailSettings,
    password: Option<&str>,
    messages: &[Composed],
    lang: Lang,
) -> Result<Vec<MailOutcome>, MailError> {
    let transport = transport(settings, password)?;
    Ok(messages
        .iter()
        .map(|composed| {
            let (status, detail, error) = match transport.send(&composed.message) {
                Ok(reply) => (
                    DeliveryStatus::Sent,
                    format!(
                        "{} {}",
                        reply.code(),
                        reply.message().collect::<Vec<_>>().join(" ")
                    ),
                    None,
                ),
                Err(error) => {
                    let error = failure(settings, &error);
                    let status = match error {
                        MailError::Refused(_) => DeliveryStatus::Refused,
                        _ => DeliveryStatus::Failed,
                    };
                    let error = council_core::CoreError::from(error);
                    (status, error.arg.clone(), Some(error.payload(lang)))
                }
            };
            MailOutcome {
                message_id: composed.message_id.clone(),
                to: composed.to.clone(),
                subject: composed.subject.clone(),
                status,
                detail,
                error,
            }
        })
        .collect())
}
