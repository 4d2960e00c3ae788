//! Reminder letters (напоминания, eslatmalar) to the bodies that execute instructions: for a window of due
//! dates, one letter per lead body listing its open instructions, its co-executors in copy, in the body's
//! language or the one the officer chooses; and the record of each reminder sent, kept in the instruction's
//! history.
//!
//! The letters are data (`ReminderLetter`): the documents crate prints them, a mail front door can send
//! them; recording what went out (`ReminderRecord`) is a separate write that names how it went.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::region::Country;
use crate::time::parse_date;

/// The language a letter is written in: one language, or Russian and Uzbek side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum LetterLang {
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "uz")]
    Uz,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ru+uz")]
    RuUz,
}

impl LetterLang {
    /// Every language of a letter, in the order menus list them.
    pub const ALL: [LetterLang; 4] = [
        LetterLang::Ru,
        LetterLang::Uz,
        LetterLang::En,
        LetterLang::RuUz,
    ];

    /// The language a body is written to when the officer does not choose: Russian to a Russian body,
    /// Uzbek to an Uzbek one.
    #[must_use]
    pub fn of_country(country: Country) -> LetterLang {
        match country {
            Country::Ru => LetterLang::Ru,
            Country::Uz => LetterLang::Uz,
        }
    }

    /// `ru`, `uz`, `en` or `ru+uz`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            LetterLang::Ru => "ru",
            LetterLang::Uz => "uz",
            LetterLang::En => "en",
            LetterLang::RuUz => "ru+uz",
        }
    }

    /// Parses a language code; `auto` (or nothing) is `None`: each body in its own language.
    pub fn parse_choice(text: &str) -> CoreResult<Option<LetterLang>> {
        let text = text.trim();
        if text.is_empty() || text.eq_ignore_ascii_case("auto") {
            return Ok(None);
        }
        LetterLang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(text))
            .map(Some)
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text).on("lang"))
    }

    /// The interface languages the letter is written in, in column order.
    #[must_use]
    pub fn langs(self) -> Vec<Lang> {
        match self {
            LetterLang::Ru => vec![Lang::Ru],
            LetterLang::Uz => vec![Lang::Uz],
            LetterLang::En => vec![Lang::En],
            LetterLang::RuUz => vec![Lang::Ru, Lang::Uz],
        }
    }
}

/// Which instructions the letters remind of, and in what language. At least one of the two windows is
/// asked for; with both, an instruction in either is listed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderQuery {
    /// Open instructions past their due date (not those reported on time, which await review).
    pub overdue: bool,
    /// Open instructions due from today to today + n days.
    pub due_within_days: Option<u32>,
    /// The language of every letter; none writes each body in its country's language.
    pub lang: Option<LetterLang>,
}

impl ReminderQuery {
    /// Refuses a query without a window.
    pub(crate) fn check(&self) -> CoreResult<()> {
        if !self.overdue && self.due_within_days.is_none() {
            return Err(CoreError::new(ErrorCode::Required, "window").on("window"));
        }
        Ok(())
    }
}

/// An e-mail address with the name of its holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailAddress {
    pub name: LocalizedText,
    pub email: String,
}

/// A body a letter goes to in copy: a co-executor of one of its instructions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterCopy {
    pub body_id: Uuid,
    pub name: LocalizedText,
    /// The e-mail addresses of the body's people.
    pub addresses: Vec<MailAddress>,
}

/// An earlier reminder of one instruction to the same body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EarlierReminder {
    pub sent_on: NaiveDate,
    pub letter_number: String,
}

/// One instruction as a reminder letter lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterItem {
    pub instruction_id: Uuid,
    pub number: String,
    pub text: LocalizedText,
    pub due_on: NaiveDate,
    /// The due dates before the extensions, the first given first.
    pub earlier_due_dates: Vec<NaiveDate>,
    pub overdue: bool,
    /// The decision it follows from (its number), if any.
    pub decision_number: Option<String>,
    /// The session of that decision: its title, council ordinal and the date it began (UTC date).
    pub session_title: Option<LocalizedText>,
    pub session_ordinal: Option<i64>,
    pub session_on: Option<NaiveDate>,
    /// The controller's name.
    pub controller: Option<LocalizedText>,
    /// The co-executors (body ids), who get the letter in copy.
    pub co_executor_ids: Vec<Uuid>,
    /// The reminders of this instruction that already went to this body, the first first: a letter listing
    /// an instruction reminded before is a repeated reminder.
    pub earlier_reminders: Vec<EarlierReminder>,
}

/// One reminder letter: to a lead body, of its open instructions in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderLetter {
    pub body_id: Uuid,
    pub body: LocalizedText,
    pub country: Country,
    /// The language it is written in (the body's, or the officer's choice).
    pub lang: LetterLang,
    /// To: the e-mail addresses of the body's people.
    pub to: Vec<MailAddress>,
    /// Copy to: the co-executor bodies of its instructions, by name.
    pub copies: Vec<LetterCopy>,
    pub items: Vec<LetterItem>,
    /// Some instruction it lists was reminded to this body before: the letter says it is a repeated one.
    pub repeated: bool,
}

/// How a reminder went out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReminderChannel {
    /// A letter printed (or saved as a file) and sent on paper.
    Letter,
    /// An e-mail the app sent.
    Email,
    /// An e-mail file the officer sent from a mail program.
    EmailFile,
}

impl ReminderChannel {
    pub const ALL: [ReminderChannel; 3] = [
        ReminderChannel::Letter,
        ReminderChannel::Email,
        ReminderChannel::EmailFile,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ReminderChannel::Letter => "letter",
            ReminderChannel::Email => "email",
            ReminderChannel::EmailFile => "email_file",
        }
    }

    /// Parses a channel code.
    pub fn parse(text: &str) -> CoreResult<ReminderChannel> {
        ReminderChannel::ALL
            .into_iter()
            .find(|channel| channel.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("channel"))
    }
}

/// One letter that went out: to which body, under which number, naming which instructions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SentLetter {
    pub body_id: String,
    pub letter_number: String,
    pub instruction_ids: Vec<String>,
}

/// What the officer records after sending reminders: the date, the channel, and the letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderRecord {
    /// `YYYY-MM-DD`, the letters' date.
    pub sent_on: String,
    pub channel: ReminderChannel,
    pub letters: Vec<SentLetter>,
}

/// The longest outgoing number kept.
pub const LETTER_NUMBER_MAX: usize = 100;

impl ReminderRecord {
    /// Checks the date, and that every letter has a number, a body and at least one instruction.
    pub(crate) fn check(&self) -> CoreResult<NaiveDate> {
        let sent_on = parse_date(&self.sent_on, "sent_on")?;
        if self.letters.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "letters").on("letters"));
        }
        for letter in &self.letters {
            let number = letter.letter_number.trim();
            if number.is_empty() {
                return Err(
                    CoreError::new(ErrorCode::Required, "letter_number").on("letter_number")
                );
            }
            if number.chars().count() > LETTER_NUMBER_MAX || number.chars().any(char::is_control) {
                return Err(CoreError::new(ErrorCode::InvalidValue, number).on("letter_number"));
            }
            if letter.body_id.trim().is_empty() {
                return Err(CoreError::new(ErrorCode::Required, "body_id").on("body_id"));
            }
            if letter.instruction_ids.is_empty() {
                return Err(
                    CoreError::new(ErrorCode::Required, "instruction_ids").on("instruction_ids")
                );
            }
        }
        Ok(sent_on)
    }
}

/// The outgoing number of the `n`-th letter (from 1) of a run: the officer's prefix followed by `n`
/// (`01-12/` gives `01-12/1`, `01-12/2`, …).
#[must_use]
pub fn letter_number(prefix: &str, n: usize) -> String {
    format!("{}{n}", prefix.trim())
}

/// What the officer gives a run of letters: the outgoing numbers (a prefix and the first number), the
/// letters' date and who signs them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterRun {
    pub number_prefix: String,
    /// The number of the first letter (from 1).
    pub first: u32,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The person who signs the letters.
    pub signatory: Option<crate::person::Person>,
}

impl LetterRun {
    /// Checks the prefix and the date; answers the date.
    pub fn check(&self) -> CoreResult<NaiveDate> {
        let prefix = self.number_prefix.trim();
        if prefix.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "number_prefix").on("number_prefix"));
        }
        if prefix.chars().count() > LETTER_NUMBER_MAX - 10 || prefix.chars().any(char::is_control) {
            return Err(CoreError::new(ErrorCode::InvalidValue, prefix).on("number_prefix"));
        }
        parse_date(&self.date, "date")
    }

    /// The outgoing number of each of `count` letters, in order.
    #[must_use]
    pub fn numbers(&self, count: usize) -> Vec<String> {
        let first = usize::try_from(self.first.max(1)).unwrap_or(1);
        (0..count)
            .map(|n| letter_number(&self.number_prefix, first + n))
            .collect()
    }
}

/// The record of `letters` sent under `numbers` on `sent_on` by `channel`: every instruction each lists.
#[must_use]
pub fn record_of(
    letters: &[ReminderLetter],
    numbers: &[String],
    sent_on: NaiveDate,
    channel: ReminderChannel,
) -> ReminderRecord {
    ReminderRecord {
        sent_on: sent_on.to_string(),
        channel,
        letters: letters
            .iter()
            .zip(numbers)
            .map(|(letter, number)| SentLetter {
                body_id: letter.body_id.to_string(),
                letter_number: number.clone(),
                instruction_ids: letter
                    .items
                    .iter()
                    .map(|item| item.instruction_id.to_string())
                    .collect(),
            })
            .collect(),
    }
}

/// A run of letters saved as files: the record to make of them once they are sent, and the files written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedLetters {
    pub record: ReminderRecord,
    pub files: Vec<String>,
}

/// How the e-mail of one reminder letter went: the body, the letter's number, the addresses it went to and
/// in copy, and the outcome of its message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmailedLetter {
    pub body_id: Uuid,
    pub body: LocalizedText,
    pub letter_number: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    /// How its message went (sent, saved as a file, refused, not sent); none when the body has no e-mail
    /// address: no message was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub outcome: Option<crate::mail::MailOutcome>,
}

/// A run of reminder letters e-mailed (or saved as e-mail files): one entry per letter, and how many
/// reminders were recorded in the instructions' history (only those of the messages sent or saved).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmailedLetters {
    pub letters: Vec<EmailedLetter>,
    pub recorded: u32,
}

/// One reminder of an instruction, as its history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reminder {
    pub id: Uuid,
    pub sent_on: NaiveDate,
    pub letter_number: String,
    pub channel: ReminderChannel,
    pub body_id: Uuid,
    pub body: LocalizedText,
    pub at: String,
    pub os_user: String,
    /// The officer who recorded it, their account's id, and the site where it was recorded when another
    /// site did (as on the other history rows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub site: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_written_in_its_countrys_language_unless_the_officer_chooses() {
        assert_eq!(LetterLang::of_country(Country::Ru), LetterLang::Ru);
        assert_eq!(LetterLang::of_country(Country::Uz), LetterLang::Uz);
        assert_eq!(LetterLang::parse_choice("auto").unwrap(), None);
        assert_eq!(
            LetterLang::parse_choice(" RU+UZ ").unwrap(),
            Some(LetterLang::RuUz)
        );
        let refused = LetterLang::parse_choice("de").unwrap_err();
        assert_eq!(
            (refused.code, refused.field),
            (ErrorCode::InvalidValue, Some("lang"))
        );
    }

    #[test]
    fn a_record_without_a_number_is_refused() {
        let record = ReminderRecord {
            sent_on: "2026-12-07".into(),
            channel: ReminderChannel::Letter,
            letters: vec![SentLetter {
                body_id: "b".into(),
                letter_number: "  ".into(),
                instruction_ids: vec!["i".into()],
            }],
        };
        assert_eq!(record.check().unwrap_err().field, Some("letter_number"));
    }
}
