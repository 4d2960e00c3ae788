//! The errors of building and sending mail, and their codes in the core's error scheme.

use council_core::{CoreError, ErrorCode};

/// Why a message could not be built, sent or saved.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// A text given as an address (sender, recipient) is not one.
    #[error("not an e-mail address: {0}")]
    Address(String),
    /// A message has no recipient at all.
    #[error("the message has no recipient")]
    NoRecipient,
    /// An attachment's media type cannot be read (`application/pdf` is one).
    #[error("not a media type: {0}")]
    MediaType(String),
    /// No server is set up.
    #[error("no mail server is set up")]
    NotConfigured,
    /// The account needs a password and none was given.
    #[error("the mail server's account needs a password")]
    PasswordRequired,
    /// The server answered no: a recipient, the sender, the sign-in or the message (its reply).
    #[error("the mail server refused: {0}")]
    Refused(String),
    /// The server could not be reached, the TLS handshake failed or the connection broke.
    #[error("the mail server {server} could not be reached: {why}")]
    Unreachable { server: String, why: String },
    /// An .eml file could not be written.
    #[error("the message could not be saved: {0}")]
    Io(#[from] std::io::Error),
}

impl From<MailError> for CoreError {
    fn from(error: MailError) -> Self {
        match error {
            MailError::Address(text) => CoreError::new(ErrorCode::EmailInvalid, text),
            MailError::NoRecipient => CoreError::new(ErrorCode::Required, "to").on("to"),
            MailError::MediaType(text) => CoreError::new(ErrorCode::InvalidValue, text),
            MailError::NotConfigured => CoreError::new(ErrorCode::MailNotConfigured, ""),
            MailError::PasswordRequired => {
                CoreError::new(ErrorCode::MailPasswordRequired, "").on("mail_password")
            }
            MailError::Refused(reply) => CoreError::new(ErrorCode::MailRefused, reply),
            MailError::Unreachable { server, why } => {
                CoreError::new(ErrorCode::MailUnreachable, format!("{server}: {why}"))
            }
            MailError::Io(error) => CoreError::from(error),
        }
    }
}
