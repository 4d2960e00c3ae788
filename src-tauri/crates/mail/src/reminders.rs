//! A run of reminder letters by e-mail: one message per letter whose body has an address, each with its
//! letter attached, sent over SMTP or saved as .eml files; then only the messages that went (or were saved)
//! are recorded in the instructions' history. The letter is rendered and the record kept by the caller
//! (`render`, `record`), so this crate needs neither the typesetting nor a store of its own, and a desk
//! working with the office hub records there.

use std::path::Path;
use std::time::SystemTime;

use chrono::NaiveDate;
use council_core::mail::{DeliveryStatus, MailSettings};
use council_core::reminder::{
    EmailedLetter, EmailedLetters, LetterRun, ReminderChannel, ReminderLetter, ReminderRecord,
    record_of,
};
use council_core::{CoreResult, Lang};

use crate::{Attachment, Composed, MailError, compose, reminder_message, send_all, write_eml};

/// How the messages leave.
#[derive(Debug, Clone, Copy)]
pub enum Delivery<'a> {
    /// Sent over SMTP with the site's settings and this machine's password (when the account needs one).
    Send { password: Option<&'a str> },
    /// Saved as .eml files in the folder, for the officer to send from a mail program.
    Files(&'a Path),
}

impl Delivery<'_> {
    /// The channel the reminders of the messages that went are recorded with.
    #[must_use]
    pub fn channel(self) -> ReminderChannel {
        match self {
            Delivery::Send { .. } => ReminderChannel::Email,
            Delivery::Files(_) => ReminderChannel::EmailFile,
        }
    }
}

/// E-mails `letters`, numbered and dated as `run` says: every letter rendered (`render`: the letter, its
/// number and date → the PDF to attach) and composed before the first message leaves, so a letter that
/// cannot be made stops the run with nothing sent. Answers one entry per letter: its outcome, or none for a
/// body without an e-mail address; `record` is called once with the reminders of the messages sent (or
/// saved), never for a refused or failed one. Error messages in `lang`.
pub fn email_reminders(
    settings: &MailSettings,
    delivery: Delivery<'_>,
    letters: &[ReminderLetter],
    run: &LetterRun,
    lang: Lang,
    render: impl Fn(&ReminderLetter, &str, NaiveDate) -> CoreResult<Attachment>,
    record: impl FnOnce(&ReminderRecord) -> CoreResult<u32>,
) -> CoreResult<EmailedLetters> {
    let date = run.check()?;
    if matches!(delivery, Delivery::Send { .. }) && !settings.has_server() {
        return Err(MailError::NotConfigured.into());
    }
    let numbers = run.numbers(letters.len());
    let now = SystemTime::now();
    let mut messages: Vec<(usize, Composed)> = Vec::new();
    for (index, (letter, number)) in letters.iter().zip(&numbers).enumerate() {
        if crate::reminder_addresses(letter).0.is_empty() {
            continue;
        }
        let pdf = render(letter, number, date)?;
        if let Some(outgoing) = reminder_message(letter, number, date, pdf) {
            let composed = compose(
                &settings.sender_name,
                &settings.sender_address,
                &outgoing,
                now,
            )?;
            messages.push((index, composed));
        }
    }
    let composed: Vec<Composed> = messages.iter().map(|(_, c)| c.clone()).collect();
    let outcomes = if composed.is_empty() {
        Vec::new()
    } else {
        match delivery {
            Delivery::Send { password } => send_all(settings, password, &composed, lang)?,
            Delivery::Files(folder) => write_eml(folder, &composed)?,
        }
    };
    let mut emailed: Vec<EmailedLetter> = letters
        .iter()
        .zip(&numbers)
        .map(|(letter, number)| {
            let (to, cc) = crate::reminder_addresses(letter);
            EmailedLetter {
                body_id: letter.body_id,
                body: letter.body.clone(),
                letter_number: number.clone(),
                to,
                cc,
                outcome: None,
            }
        })
        .collect();
    let mut went_letters = Vec::new();
    let mut went_numbers = Vec::new();
    for ((index, _), outcome) in messages.iter().zip(outcomes) {
        if matches!(outcome.status, DeliveryStatus::Sent | DeliveryStatus::Saved) {
            went_letters.push(letters[*index].clone());
            went_numbers.push(numbers[*index].clone());
        }
        emailed[*index].outcome = Some(outcome);
    }
    let recorded = if went_letters.is_empty() {
        0
    } else {
        record(&record_of(
            &went_letters,
            &went_numbers,
            date,
            delivery.channel(),
        ))?
    };
    Ok(EmailedLetters {
        letters: emailed,
        recorded,
    })
}
