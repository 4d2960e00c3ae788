//! Builders of settings and messages the tests share.

use std::time::{Duration, SystemTime};

use council_mail::{Attachment, MailSecurity, MailSettings, Outgoing};

pub const SENDER_NAME: &str = "Секретариат Совета регионов / Hududlar Kengashi kotibiyati";
pub const SUBJECT_RU: &str = "Напоминание о сроках исполнения поручений № 2/2.10";
pub const SUBJECT_UZ: &str = "Topshiriqlar ijrosi muddati haqida eslatma: oʻz vaqtida, taʼminlash";
pub const BODY: &str = "Уважаемые коллеги!\nНапоминаем о сроке.\n\nHurmatli hamkasblar! Muddat oʻtdi; maʼlumot bering.\n.\nСтрока с точкой в начале.";

/// A loopback server without TLS or sign-in.
pub fn loopback(port: u16) -> MailSettings {
    MailSettings {
        host: "127.0.0.1".to_owned(),
        port,
        security: MailSecurity::None,
        account: String::new(),
        sender_name: SENDER_NAME.to_owned(),
        sender_address: "secretariat@council.test".to_owned(),
    }
}

/// A PDF-like attachment whose bytes are every byte value, named in Russian.
pub fn letter_pdf() -> Attachment {
    Attachment {
        name: "Напоминание № 12 — Oʻzbekiston.pdf".to_owned(),
        media_type: "application/pdf".to_owned(),
        bytes: (0..=255u8).cycle().take(70_000).collect(),
    }
}

pub fn message(subject: &str, to: &[&str], cc: &[&str]) -> Outgoing {
    Outgoing {
        to: to.iter().map(|s| (*s).to_owned()).collect(),
        cc: cc.iter().map(|s| (*s).to_owned()).collect(),
        subject: subject.to_owned(),
        body: BODY.to_owned(),
        attachments: vec![letter_pdf()],
    }
}

/// 3 December 2026, 09:30 UTC.
pub fn december_third() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_290_200)
}
