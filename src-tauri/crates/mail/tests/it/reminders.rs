//! A run of reminder letters by e-mail: one message per body with an address, and only the messages that
//! went handed over to be recorded.

use std::cell::RefCell;

use chrono::NaiveDate;
use council_core::reminder::{
    LetterLang, LetterRun, MailAddress, ReminderChannel, ReminderLetter, ReminderRecord,
};
use council_core::{CoreError, Country, ErrorCode, Lang, LocalizedText};
use council_mail::sink::Sink;
use council_mail::{Attachment, Delivery, DeliveryStatus, email_reminders};

use crate::support::loopback;

fn letter(name: &str, to: &[&str]) -> ReminderLetter {
    ReminderLetter {
        body_id: uuid::Uuid::now_v7(),
        body: LocalizedText {
            ru: name.to_owned(),
            uz: name.to_owned(),
            en: name.to_owned(),
        },
        country: Country::Ru,
        lang: LetterLang::Ru,
        to: to
            .iter()
            .map(|email| MailAddress {
                name: LocalizedText::default(),
                email: (*email).to_owned(),
            })
            .collect(),
        copies: Vec::new(),
        items: Vec::new(),
        repeated: false,
    }
}

fn run() -> LetterRun {
    LetterRun {
        number_prefix: "01-12/".to_owned(),
        first: 1,
        date: "2026-12-07".to_owned(),
        signatory: None,
    }
}

fn pdf(letter: &ReminderLetter, number: &str, _: NaiveDate) -> Attachment {
    Attachment {
        name: format!("{} {number}.pdf", letter.body.ru),
        media_type: "application/pdf".to_owned(),
        bytes: b"%PDF-1.7 letter".to_vec(),
    }
}

#[test]
fn only_the_messages_sent_are_recorded_and_a_body_without_address_gets_none() {
    let sink = Sink::start(&["closed@region.test"]);
    let letters = [
        letter("Минтранс", &["mintrans@region.test"]),
        letter("Минфин", &["closed@region.test"]),
        letter("Минэнерго", &[]),
    ];
    let recorded: RefCell<Vec<ReminderRecord>> = RefCell::new(Vec::new());
    let emailed = email_reminders(
        &loopback(sink.port),
        Delivery::Send { password: None },
        &letters,
        &run(),
        Lang::Ru,
        |l, n, d| Ok(pdf(l, n, d)),
        |record| {
            recorded.borrow_mut().push(record.clone());
            Ok(1)
        },
    )
    .unwrap();
    let statuses: Vec<Option<DeliveryStatus>> = emailed
        .letters
        .iter()
        .map(|l| l.outcome.as_ref().map(|o| o.status))
        .collect();
    assert_eq!(
        statuses,
        [
            Some(DeliveryStatus::Sent),
            Some(DeliveryStatus::Refused),
            None
        ]
    );
    assert_eq!(emailed.letters[2].letter_number, "01-12/3");
    assert_eq!(sink.received().len(), 1);
    let recorded = recorded.into_inner();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].channel, ReminderChannel::Email);
    assert_eq!(recorded[0].sent_on, "2026-12-07");
    assert_eq!(recorded[0].letters.len(), 1);
    assert_eq!(recorded[0].letters[0].letter_number, "01-12/1");
    assert_eq!(
        recorded[0].letters[0].body_id,
        letters[0].body_id.to_string()
    );
}

#[test]
fn a_letter_that_cannot_be_made_stops_the_run_before_any_message_leaves() {
    let sink = Sink::start(&[]);
    let letters = [
        letter("Минтранс", &["mintrans@region.test"]),
        letter("Минфин", &["minfin@region.test"]),
    ];
    let mut recorded = 0;
    let refused = email_reminders(
        &loopback(sink.port),
        Delivery::Send { password: None },
        &letters,
        &run(),
        Lang::Ru,
        |letter, number, date| {
            if letter.body.ru == "Минфин" {
                Err(CoreError::new(ErrorCode::DocumentFailed, "typesetting"))
            } else {
                Ok(pdf(letter, number, date))
            }
        },
        |_| {
            recorded += 1;
            Ok(1)
        },
    )
    .unwrap_err();
    assert_eq!(refused.code, ErrorCode::DocumentFailed);
    assert!(sink.received().is_empty());
    assert_eq!(recorded, 0);
}

#[test]
fn without_a_server_nothing_is_sent_but_the_messages_can_be_saved_as_files() {
    let mut settings = loopback(25);
    settings.host.clear();
    let letters = [letter("Минтранс", &["mintrans@region.test"])];
    let refused = email_reminders(
        &settings,
        Delivery::Send { password: None },
        &letters,
        &run(),
        Lang::Ru,
        |l, n, d| Ok(pdf(l, n, d)),
        |_| Ok(1),
    )
    .unwrap_err();
    assert_eq!(refused.code, ErrorCode::MailNotConfigured);
    let folder = tempfile::tempdir().unwrap();
    let mut channel = None;
    let saved = email_reminders(
        &settings,
        Delivery::Files(folder.path()),
        &letters,
        &run(),
        Lang::Ru,
        |l, n, d| Ok(pdf(l, n, d)),
        |record| {
            channel = Some(record.channel);
            Ok(1)
        },
    )
    .unwrap();
    assert_eq!(
        saved.letters[0].outcome.as_ref().unwrap().status,
        DeliveryStatus::Saved
    );
    assert_eq!(channel, Some(ReminderChannel::EmailFile));
}
