//! The site's mail server settings: kept in the settings table, checked before they are kept, never a password.

use council_core::ErrorCode;
use council_core::mail::{MailSecurity, MailSettings};

use crate::support::TestStore;

fn office_server() -> MailSettings {
    MailSettings {
        host: "mail.kengash.uz".to_owned(),
        port: 0,
        security: MailSecurity::Starttls,
        account: "kotibiyat".to_owned(),
        sender_name: "Hududlar Kengashi kotibiyati — oʻzbek tomoni".to_owned(),
        sender_address: "kotibiyat@kengash.uz".to_owned(),
    }
}

#[test]
fn mail_settings_are_kept_with_the_uzbek_letters_and_the_usual_port() {
    let mut t = TestStore::new();
    assert!(!t.store.mail_settings().unwrap().has_server());
    let kept = t.store.set_mail_settings(&office_server()).unwrap();
    assert_eq!(kept.port, 587);
    let read = t.store.mail_settings().unwrap();
    assert_eq!(read, kept);
    assert_eq!(
        read.sender_name,
        "Hududlar Kengashi kotibiyati — o\u{2bb}zbek tomoni"
    );
    assert_eq!(t.store.history("setting", "mail").unwrap().len(), 1);
}

#[test]
fn a_bad_sender_address_changes_nothing() {
    let mut t = TestStore::new();
    t.store.set_mail_settings(&office_server()).unwrap();
    let mut bad = office_server();
    bad.host = "other.example.uz".to_owned();
    bad.sender_address = "kotibiyat at kengash".to_owned();
    let error = t.store.set_mail_settings(&bad).unwrap_err();
    assert_eq!(error.code, ErrorCode::EmailInvalid);
    assert_eq!(error.field, Some("sender_address"));
    assert_eq!(t.store.mail_settings().unwrap().host, "mail.kengash.uz");
}
