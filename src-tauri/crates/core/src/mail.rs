//! E-mail as the register knows it: the site's mail server settings, and how each message sent went. The
//! password is never here: the desktop keeps it in the system keyring or asks for it when sending.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, CoreResult, ErrorCode, ErrorPayload};
use crate::person::looks_like_email;

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MailSecurity {
    /// Plain SMTP (port 25 inside an office network, or a local relay).
    None,
    /// Plain at first, then TLS by `STARTTLS` (port 587); refused when the server does not offer it.
    #[default]
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
}

impl MailSecurity {
    /// The usual port of this kind of connection.
    #[must_use]
    pub fn default_port(self) -> u16 {
        match self {
            MailSecurity::None => 25,
            MailSecurity::Starttls => 587,
            MailSecurity::Tls => 465,
        }
    }

    /// The setting's text (`none`, `starttls`, `tls`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            MailSecurity::None => "none",
            MailSecurity::Starttls => "starttls",
            MailSecurity::Tls => "tls",
        }
    }

    /// Reads the setting's text; `None` for anything else.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "none" => Some(MailSecurity::None),
            "starttls" => Some(MailSecurity::Starttls),
            "tls" => Some(MailSecurity::Tls),
            _ => None,
        }
    }
}

/// The site's mail server and the sender its messages carry. An empty host: no server (messages are saved
/// as .eml files instead).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MailSettings {
    pub host: String,
    pub port: u16,
    pub security: MailSecurity,
    /// The account to sign in with; empty when the server takes mail without signing in.
    pub account: String,
    /// The sender's name as recipients see it (the secretariat's), in any script.
    pub sender_name: String,
    pub sender_address: String,
}

impl MailSettings {
    /// The settings with surrounding spaces trimmed, a port of 0 replaced by the security's usual one, and
    /// every field checked: the host has no spaces, the sender's address (always needed) and an account that
    /// looks like an address are real addresses.
    pub fn normalized(&self) -> CoreResult<MailSettings> {
        let host = self.host.trim().to_owned();
        if host.contains(char::is_whitespace) || host.contains(['/', '@']) {
            return Err(CoreError::new(ErrorCode::InvalidValue, host).on("host"));
        }
        let sender_address = self.sender_address.trim().to_owned();
        if sender_address.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "sender_address").on("sender_address"));
        }
        if !looks_like_email(&sender_address) {
            return Err(
                CoreError::new(ErrorCode::EmailInvalid, sender_address).on("sender_address")
            );
        }
        let account = self.account.trim().to_owned();
        if account.contains(char::is_whitespace) {
            return Err(CoreError::new(ErrorCode::InvalidValue, account).on("account"));
        }
        let sender_name = self.sender_name.trim().to_owned();
        if sender_name.contains(['\r', '\n']) {
            return Err(CoreError::new(ErrorCode::InvalidValue, sender_name).on("sender_name"));
        }
        Ok(MailSettings {
            host,
            port: if self.port == 0 {
                self.security.default_port()
            } else {
                self.port
            },
            security: self.security,
            account,
            sender_name,
            sender_address,
        })
    }

    /// Whether a mail server is set up at all.
    #[must_use]
    pub fn has_server(&self) -> bool {
        !self.host.trim().is_empty()
    }

    /// The server as messages name it: `host:port`.
    #[must_use]
    pub fn server(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// Where the mail password of this machine is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PasswordKeeping {
    /// In the system keyring (a secret service): asked once, kept across starts.
    Keyring,
    /// No keyring on this machine: asked for when sending and held only while the app runs.
    WhileRunning,
}

/// What Settings shows about the mail password: where it is kept and whether one is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MailPassword {
    pub keeping: PasswordKeeping,
    /// A password is kept (in the keyring, or for this run) for the account the settings name.
    pub kept: bool,
}

/// How one message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// The server accepted it for every recipient.
    Sent,
    /// Written as an .eml file, not sent.
    Saved,
    /// The server refused it (a recipient, the sender, the sign-in): nothing of it was sent.
    Refused,
    /// The server could not be reached or the connection broke: it was not sent.
    Failed,
}

/// One message's outcome: sending never stops at a failed message, so every message has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MailOutcome {
    /// The message's `Message-ID`, without angle brackets.
    pub message_id: String,
    pub to: Vec<String>,
    pub subject: String,
    pub status: DeliveryStatus,
    /// The server's reply to a sent message, the .eml file written, or (refused, failed) the server's reply
    /// or the reason, untranslated.
    pub detail: String,
    /// Why it was refused or failed (translated); absent when it went.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorPayload>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> MailSettings {
        MailSettings {
            host: " smtp.example.uz ".to_owned(),
            port: 0,
            security: MailSecurity::Tls,
            account: "kotibiyat".to_owned(),
            sender_name: "Kotibiyat".to_owned(),
            sender_address: "kotibiyat@example.uz".to_owned(),
        }
    }

    #[test]
    fn a_port_left_empty_takes_the_usual_one_of_its_security() {
        let normalized = settings().normalized().unwrap();
        assert_eq!(normalized.host, "smtp.example.uz");
        assert_eq!(normalized.port, 465);
        assert_eq!(normalized.server(), "smtp.example.uz:465");
    }

    #[test]
    fn a_sender_address_that_is_no_address_is_refused_on_its_field() {
        let mut bad = settings();
        bad.sender_address = "kotibiyat".to_owned();
        let error = bad.normalized().unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::EmailInvalid, Some("sender_address"))
        );
        bad.sender_name = "Kotibiyat\r\nBcc: x@example.com".to_owned();
        bad.sender_address = "kotibiyat@example.uz".to_owned();
        assert_eq!(bad.normalized().unwrap_err().field, Some("sender_name"));
    }
}
