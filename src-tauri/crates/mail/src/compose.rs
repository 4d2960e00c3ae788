//! One message as the register hands it over, and the same message as mail: headers encoded, body and
//! attachments as MIME parts, a `Message-ID` and a `Date`.

use std::time::SystemTime;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};

use crate::MailError;

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The file name the recipient sees, in any script (`Напоминание №12.pdf`).
    pub name: String,
    /// `application/pdf`, `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, …
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// A message to send: recipients, copies, subject, a plain-text body and attachments. The sender is the
/// site's (its settings).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outgoing {
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<Attachment>,
}

/// A message ready to send or save.
#[derive(Debug, Clone)]
pub struct Composed {
    /// The `Message-ID` without its angle brackets.
    pub message_id: String,
    pub to: Vec<String>,
    pub subject: String,
    pub(crate) message: Message,
}

impl Composed {
    /// The whole message as RFC 5322 bytes (what an .eml file holds).
    #[must_use]
    pub fn formatted(&self) -> Vec<u8> {
        self.message.formatted()
    }
}

fn address(text: &str) -> Result<Address, MailError> {
    text.trim()
        .parse()
        .map_err(|_| MailError::Address(text.to_owned()))
}

/// Builds the message from `sender_name <sender_address>`, dated `date`. The `Message-ID` is a fresh UUID at
/// the sender's domain, so a reply or a bounce can be matched to the message.
pub fn compose(
    sender_name: &str,
    sender_address: &str,
    outgoing: &Outgoing,
    date: SystemTime,
) -> Result<Composed, MailError> {
    let from = address(sender_address)?;
    let message_id = format!("{}@{}", uuid::Uuid::now_v7(), from.domain());
    let name = Some(sender_name.trim().to_owned()).filter(|name| !name.is_empty());
    let mut builder = Message::builder()
        .from(Mailbox::new(name, from))
        .subject(outgoing.subject.clone())
        .message_id(Some(format!("<{message_id}>")))
        .date(date);
    if outgoing.to.is_empty() {
        return Err(MailError::NoRecipient);
    }
    for to in &outgoing.to {
        builder = builder.to(Mailbox::new(None, address(to)?));
    }
    for cc in &outgoing.cc {
        builder = builder.cc(Mailbox::new(None, address(cc)?));
    }
    let text = SinglePart::plain(outgoing.body.clone());
    let message = if outgoing.attachments.is_empty() {
        builder.singlepart(text)
    } else {
        let mut parts = MultiPart::mixed().singlepart(text);
        for attachment in &outgoing.attachments {
            let media_type = ContentType::parse(&attachment.media_type)
                .map_err(|_| MailError::MediaType(attachment.media_type.clone()))?;
            parts = parts.singlepart(
                lettre::message::Attachment::new(attachment.name.clone())
                    .body(attachment.bytes.clone(), media_type),
            );
        }
        builder.multipart(parts)
    }
    // Every part the builder could refuse (addresses, recipients) was checked above.
    .map_err(|error| MailError::Address(error.to_string()))?;
    Ok(Composed {
        message_id,
        to: outgoing.to.clone(),
        subject: outgoing.subject.clone(),
        message,
    })
}
