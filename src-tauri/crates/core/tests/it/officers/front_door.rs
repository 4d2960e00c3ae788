//! A front door that keeps its own sessions (the office hub): it checks a password without signing anyone in
//! on the store, then has the store act as one officer per call.

use council_core::officer::Role;
use council_core::{ErrorCode, Lang};

use super::officer;
use crate::support::{TestStore, pairing};

#[test]
fn a_password_is_checked_without_signing_in_and_an_account_without_one_is_refused() {
    let mut t = TestStore::new();
    let head = t
        .store
        .create_officer(&officer("N. Ivanova", Role::Head))
        .unwrap();
    let mut input = officer("A. Karimov", Role::Officer);
    input.email = "karimov@mfa.uz".to_owned();
    let karimov = t.store.create_officer(&input).unwrap();
    t.store.sign_out();

    let refused = t.store.check_sign_in("karimov@mfa.uz", "").unwrap_err();
    assert_eq!(refused.code, ErrorCode::PasswordRequired);
    assert!(refused.message(Lang::Ru).contains("без пароля"));
    assert!(refused.message(Lang::Uz).contains("parolsiz"));
    assert!(refused.message(Lang::En).contains("without"));

    t.store.sign_in(head.id, None).unwrap();
    t.store
        .set_officer_password(karimov.id, Some("s3cret"))
        .unwrap();
    t.store.sign_out();
    let wrong = t
        .store
        .check_sign_in("karimov@mfa.uz", "guess")
        .unwrap_err();
    assert_eq!(wrong.code, ErrorCode::WrongPassword);
    let checked = t
        .store
        .check_sign_in(&karimov.id.to_string(), "s3cret")
        .unwrap();
    assert_eq!(checked.id, karimov.id);
    // Checked, not signed in: the store still acts for nobody.
    assert_eq!(t.store.signed_in().unwrap(), None);
}

#[test]
fn a_store_acting_as_an_officer_checks_their_role_and_names_them_in_the_history() {
    let mut t = TestStore::new();
    t.store
        .create_officer(&officer("N. Ivanova", Role::Head))
        .unwrap();
    let karimov = t
        .store
        .create_officer(&officer("A. Karimov", Role::Officer))
        .unwrap();
    let observer = t
        .store
        .create_officer(&officer("B. Saidova", Role::Observer))
        .unwrap();

    t.store.act_as(Some(observer.id));
    let refused = t
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);

    t.store.act_as(Some(karimov.id));
    let made = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let history = t.store.history("pairing", &made.id.to_string()).unwrap();
    assert_eq!(
        history[0].officer.as_ref().map(|name| name.en.as_str()),
        Some("A. Karimov")
    );

    t.store.act_as(None);
    let refused = t
        .store
        .create_pairing(&pairing("UZ-BU", "RU-TA"))
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::SignInRequired);
}
