//! Sending over SMTP to the loopback sink: what arrives, and an outcome for every message whatever happens
//! to the others.

use council_core::{ErrorCode, Lang};
use council_mail::{DeliveryStatus, MailError, compose, send_all};

use crate::reader::read;
use crate::support::{
    BODY, SENDER_NAME, SUBJECT_RU, SUBJECT_UZ, december_third, letter_pdf, loopback, message,
};
use council_mail::sink::Sink;

#[test]
fn messages_arrive_with_their_headers_body_and_attachment_intact() {
    let sink = Sink::start(&[]);
    let settings = loopback(sink.port);
    let messages = [
        message(
            SUBJECT_RU,
            &["minek@region.test", "minfin@region.test"],
            &["control@council.test"],
        ),
        message(SUBJECT_UZ, &["hokimiyat@viloyat.test"], &[]),
    ]
    .map(|m| compose(SENDER_NAME, &settings.sender_address, &m, december_third()).unwrap());

    let outcomes = send_all(&settings, None, &messages, Lang::Ru).unwrap();
    assert_eq!(outcomes.len(), 2);
    assert!(
        outcomes.iter().all(|o| o.status == DeliveryStatus::Sent),
        "{outcomes:?}"
    );
    assert!(
        outcomes[0].detail.starts_with("250"),
        "{}",
        outcomes[0].detail
    );

    let received = sink.received();
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].recipients,
        [
            "minek@region.test",
            "minfin@region.test",
            "control@council.test"
        ]
    );
    let first = read(&received[0].data);
    assert_eq!(first.subject, SUBJECT_RU);
    assert_eq!(
        first.from,
        format!("{SENDER_NAME} <secretariat@council.test>")
    );
    assert_eq!(first.to, ["minek@region.test", "minfin@region.test"]);
    assert_eq!(first.cc, ["control@council.test"]);
    assert_eq!(first.message_id, format!("<{}>", outcomes[0].message_id));
    assert!(outcomes[0].message_id.ends_with("@council.test"));
    assert_eq!(first.date, "2026-12-03T09:30:00+00:00");
    // Mail carries lines ended by CR LF.
    assert_eq!(first.body.replace("\r\n", "\n").trim_end(), BODY);
    assert_eq!(first.attachments.len(), 1);
    assert_eq!(first.attachments[0].name, letter_pdf().name);
    assert_eq!(first.attachments[0].media_type, "application/pdf");
    assert!(
        first.attachments[0].bytes == letter_pdf().bytes,
        "the attachment's bytes changed"
    );
    assert!(first.defects.is_empty(), "{:?}", first.defects);

    let second = read(&received[1].data);
    assert_eq!(second.subject, SUBJECT_UZ);
    assert!(second.subject.contains('\u{2bb}') && second.subject.contains('\u{2bc}'));
    assert_eq!(second.to, ["hokimiyat@viloyat.test"]);
    assert!(second.cc.is_empty());
    assert_ne!(second.message_id, first.message_id);
}

#[test]
fn a_refused_recipient_fails_only_its_own_message() {
    let sink = Sink::start(&["closed@region.test"]);
    let settings = loopback(sink.port);
    let messages = [
        message(SUBJECT_RU, &["one@region.test"], &[]),
        message(SUBJECT_UZ, &["two@region.test"], &["closed@region.test"]),
        message("Третье", &["three@region.test"], &[]),
    ]
    .map(|m| compose(SENDER_NAME, &settings.sender_address, &m, december_third()).unwrap());

    let outcomes = send_all(&settings, None, &messages, Lang::En).unwrap();
    let statuses: Vec<_> = outcomes.iter().map(|o| o.status).collect();
    assert_eq!(
        statuses,
        [
            DeliveryStatus::Sent,
            DeliveryStatus::Refused,
            DeliveryStatus::Sent
        ]
    );
    let error = outcomes[1].error.as_ref().unwrap();
    assert_eq!(error.code, ErrorCode::MailRefused);
    assert!(error.message.contains("550"), "{}", error.message);
    assert!(
        error.message.contains("closed@region.test"),
        "{}",
        error.message
    );
    assert!(outcomes[0].error.is_none() && outcomes[2].error.is_none());

    let arrived: Vec<String> = sink
        .received()
        .iter()
        .map(|r| read(&r.data).subject)
        .collect();
    assert_eq!(arrived, [SUBJECT_RU, "Третье"]);
}

#[test]
fn a_closed_port_fails_every_message_with_a_connection_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let settings = loopback(port);
    let messages = [
        message(SUBJECT_RU, &["one@region.test"], &[]),
        message(SUBJECT_UZ, &["two@region.test"], &[]),
    ]
    .map(|m| compose(SENDER_NAME, &settings.sender_address, &m, december_third()).unwrap());

    let outcomes = send_all(&settings, None, &messages, Lang::Uz).unwrap();
    assert_eq!(outcomes.len(), 2);
    for outcome in &outcomes {
        assert_eq!(outcome.status, DeliveryStatus::Failed);
        let error = outcome.error.as_ref().unwrap();
        assert_eq!(error.code, ErrorCode::MailUnreachable);
        assert!(
            error.message.contains(&format!("127.0.0.1:{port}")),
            "{}",
            error.message
        );
        assert!(error.message.contains("bogʻlanib"), "{}", error.message);
    }
}

#[test]
fn an_account_without_its_password_sends_nothing_and_says_so() {
    let sink = Sink::start(&[]);
    let mut settings = loopback(sink.port);
    settings.account = "secretariat".to_owned();
    let messages = [message(SUBJECT_RU, &["one@region.test"], &[])]
        .map(|m| compose(SENDER_NAME, &settings.sender_address, &m, december_third()).unwrap());
    let error = send_all(&settings, None, &messages, Lang::Ru).unwrap_err();
    assert!(matches!(error, MailError::PasswordRequired));
    assert_eq!(
        council_core::CoreError::from(error).code,
        ErrorCode::MailPasswordRequired
    );
    assert!(sink.received().is_empty());
}

#[test]
fn a_recipient_that_is_no_address_is_named() {
    let settings = loopback(25);
    let error = compose(
        SENDER_NAME,
        &settings.sender_address,
        &message(SUBJECT_RU, &["минэк at region"], &[]),
        december_third(),
    )
    .unwrap_err();
    let error = council_core::CoreError::from(error);
    assert_eq!(error.code, ErrorCode::EmailInvalid);
    assert_eq!(
        error.message(Lang::Ru),
        "«минэк at region» — не адрес электронной почты."
    );
}
