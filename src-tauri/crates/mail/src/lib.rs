//! E-mail for Council Desk: messages built with their attachments (Cyrillic and Uzbek Latin encoded as mail
//! readers expect), sent over SMTP one by one with an outcome for each, or written as standard .eml files.
//!
//! The site's server settings are the core's [`MailSettings`]; the password is given by the caller (the
//! desktop keeps it in the system keyring, the CLI reads it from the environment or the terminal). lettre
//! builds and sends; TLS is rustls with the *ring* provider, as everywhere in the workspace.

mod compose;
mod eml;
mod error;
mod reminder_message;
mod reminders;
mod send;
#[cfg(feature = "sink")]
pub mod sink;
mod test_message;

pub use compose::{Attachment, Composed, Outgoing, compose};
pub use eml::{eml_file_name, write_eml};
pub use error::MailError;
pub use reminder_message::{reminder_addresses, reminder_message};
pub use reminders::{Delivery, email_reminders};
pub use send::send_all;
pub use test_message::test_message;

pub use council_core::mail::{DeliveryStatus, MailOutcome, MailSecurity, MailSettings};
