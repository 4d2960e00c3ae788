//! Officer accounts: the first account, signing in, the lock-out, and who the history names.

use council_core::officer::{Officer, OfficerInput, Role};
use council_core::{ErrorCode, Lang, LocalizedText, Store};

use crate::support::{TestStore, dump, pairing, tamper};

mod front_door;
mod roles;
mod travel;

/// An account input named `en` (with its Russian and Uzbek forms), of `role`.
pub(crate) fn officer(en: &str, role: Role) -> OfficerInput {
    OfficerInput {
        name: LocalizedText {
            ru: format!("{en} (рус.)"),
            uz: format!("{en} (oʻzb.)"),
            en: en.to_owned(),
        },
        position: LocalizedText::default(),
        email: String::new(),
        phone: String::new(),
        role,
        person_id: None,
        active: true,
    }
}

/// The first account (a head, signed in) and one more of `role`, signed in instead; both accounts.
pub(crate) fn with_accounts(store: &mut Store, role: Role) -> (Officer, Officer) {
    let head = store
        .create_officer(&officer("N. Ivanova", Role::Head))
        .unwrap();
    let other = store.create_officer(&officer("A. Karimov", role)).unwrap();
    store.sign_in(other.id, None).unwrap();
    (head, other)
}

#[test]
fn a_register_without_accounts_works_as_before_and_names_no_officer() {
    let mut t = TestStore::new();
    let made = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    assert_eq!(t.store.signed_in().unwrap(), None);
    let history = t.store.history("pairing", &made.id.to_string()).unwrap();
    assert_eq!(history[0].officer, None);
    assert!(!history[0].os_user.is_empty());
}

#[test]
fn the_first_account_is_a_head_signed_in_and_earlier_changes_are_before_accounts() {
    let mut t = TestStore::new();
    let before = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let first = t
        .store
        .create_officer(&officer("N. Ivanova", Role::Observer))
        .unwrap();
    assert_eq!(first.role, Role::Head);
    assert_eq!(t.store.signed_in().unwrap().map(|o| o.id), Some(first.id));
    let after = t.store.create_pairing(&pairing("UZ-BU", "RU-TA")).unwrap();

    let old = &t.store.history("pairing", &before.id.to_string()).unwrap()[0];
    let old_name = old.officer.as_ref().expect("a named author");
    assert_eq!(old_name.get(Lang::Ru), "До учётных записей");
    assert_eq!(old_name.get(Lang::Uz), "Hisoblar joriy etilgunga qadar");
    assert_eq!(old_name.get(Lang::En), "Before accounts");
    assert_eq!(old.officer_id, None);
    assert!(!old.os_user.is_empty(), "the OS user is kept beside it");

    let new = &t.store.history("pairing", &after.id.to_string()).unwrap()[0];
    assert_eq!(
        new.officer.as_ref().map(|n| n.en.as_str()),
        Some("N. Ivanova")
    );
    assert_eq!(new.officer_id, Some(first.id.to_string()));
}

#[test]
fn with_accounts_and_nobody_signed_in_a_write_is_refused_and_changes_nothing() {
    let mut t = TestStore::new();
    t.store
        .create_officer(&officer("N. Ivanova", Role::Head))
        .unwrap();
    t.store.sign_out();
    let before = dump(&t.path);
    let refused = t
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::SignInRequired);
    assert_eq!(refused.arg, "officer");
    assert!(refused.message(Lang::Ru).starts_with("Сначала войдите"));
    assert_eq!(dump(&t.path), before);
    // Reads need nobody.
    assert!(
        t.store
            .recent_changes(&council_core::AuditFilter::default())
            .is_ok()
    );
}

#[test]
fn an_account_needs_a_name_a_plausible_email_and_a_person_that_exists() {
    let mut t = TestStore::new();
    let nameless = OfficerInput {
        name: LocalizedText::default(),
        ..officer("x", Role::Officer)
    };
    let error = t.store.create_officer(&nameless).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("name"))
    );
    let bad_mail = OfficerInput {
        email: "ivanova".to_owned(),
        ..officer("x", Role::Officer)
    };
    let error = t.store.create_officer(&bad_mail).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidValue, Some("email"))
    );
    let nobody = OfficerInput {
        person_id: Some("0190f3a0-0000-7000-8000-000000000000".to_owned()),
        ..officer("x", Role::Officer)
    };
    let error = t.store.create_officer(&nobody).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("person_id"))
    );
    assert!(t.store.list_officers().unwrap().is_empty());
}

#[test]
fn the_register_keeps_an_active_head() {
    let mut t = TestStore::new();
    let head = t
        .store
        .create_officer(&officer("N. Ivanova", Role::Head))
        .unwrap();
    let demoted = OfficerInput {
        role: Role::Officer,
        ..officer("N. Ivanova", Role::Head)
    };
    let error = t.store.update_officer(head.id, &demoted).unwrap_err();
    assert_eq!(error.code, ErrorCode::LastHead);
    assert_eq!(t.store.list_officers().unwrap()[0].role, Role::Head);
}

#[test]
fn a_wrong_password_is_counted_and_five_lock_the_account_for_fifteen_minutes() {
    let mut t = TestStore::new();
    let (_, clerk) = with_accounts(&mut t.store, Role::Officer);
    t.store
        .set_officer_password(clerk.id, Some("секрет 2026"))
        .unwrap();
    assert!(
        t.store
            .list_officers()
            .unwrap()
            .iter()
            .any(|o| o.id == clerk.id && o.has_password)
    );
    t.store.sign_out();

    let missing = t.store.sign_in(clerk.id, None).unwrap_err();
    assert_eq!(
        (missing.code, missing.field),
        (ErrorCode::Required, Some("password")),
        "asked for, not counted"
    );
    for left in ["4", "3", "2", "1"] {
        let wrong = t.store.sign_in(clerk.id, Some("секрет")).unwrap_err();
        assert_eq!(
            (wrong.code, wrong.arg.as_str()),
            (ErrorCode::WrongPassword, left)
        );
        assert!(wrong.message(Lang::Uz).contains(left));
    }
    let locked = t.store.sign_in(clerk.id, Some("секрет")).unwrap_err();
    assert_eq!(locked.code, ErrorCode::AccountLocked);
    assert!(
        locked.message(Lang::Ru).contains(&locked.arg),
        "{}",
        locked.message(Lang::Ru)
    );
    // Locked: even the right password waits.
    let still = t.store.sign_in(clerk.id, Some("секрет 2026")).unwrap_err();
    assert_eq!(still.code, ErrorCode::AccountLocked);
    assert_eq!(t.store.signed_in().unwrap(), None);

    // Fifteen minutes later (the lock moved into the past behind the store's back).
    let locked_until: String = rusqlite::Connection::open(&t.path)
        .unwrap()
        .query_row(
            "SELECT locked_until FROM officers WHERE id = ?1",
            [clerk.id.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    let until = chrono::DateTime::parse_from_rfc3339(&locked_until).unwrap();
    let minutes = (until.to_utc() - chrono::Utc::now()).num_minutes();
    assert!((14..=15).contains(&minutes), "{minutes}");
    tamper(
        &t.path,
        "UPDATE officers SET locked_until = '2026-01-01T00:00:00.000Z'",
    );
    let back = t.store.sign_in(clerk.id, Some("секрет 2026")).unwrap();
    assert_eq!(t.store.signed_in().unwrap().map(|o| o.id), Some(back.id));
}

#[test]
fn a_switched_off_account_cannot_sign_in_and_stops_writing_at_once() {
    let mut t = TestStore::new();
    let (head, clerk) = with_accounts(&mut t.store, Role::Officer);
    // The clerk works at another desk on the same register.
    let mut desk = Store::open(&t.path).unwrap();
    desk.sign_in(clerk.id, None).unwrap();
    desk.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    t.store.sign_in(head.id, None).unwrap();
    let off = OfficerInput {
        active: false,
        ..officer("A. Karimov", Role::Officer)
    };
    t.store.update_officer(clerk.id, &off).unwrap();
    let refused = t.store.sign_in(clerk.id, None).unwrap_err();
    assert_eq!(refused.code, ErrorCode::AccountInactive);
    assert_eq!(t.store.signed_in().unwrap().map(|o| o.id), Some(head.id));
    let stopped = desk.create_pairing(&pairing("UZ-BU", "RU-TA")).unwrap_err();
    assert_eq!(stopped.code, ErrorCode::SignInRequired);
    assert_eq!(desk.signed_in().unwrap(), None);
}

#[test]
fn the_instruction_history_names_the_officer() {
    let mut t = TestStore::new();
    let lead = crate::support::ministry(&mut t.store, "Минэкономики", council_core::Country::Uz);
    let today = crate::support::day("2026-11-29");
    with_accounts(&mut t.store, Role::Officer);
    let given = t
        .store
        .create_instruction(&crate::support::given(&lead, "2026-12-20"), today)
        .unwrap();
    let key = given.id.to_string();
    t.store
        .extend_instruction(&key, "2027-01-20", "Просьба исполнителя", today)
        .unwrap();
    let history = t.store.instruction_history(&key, today).unwrap();
    let named = |name: &Option<LocalizedText>| name.as_ref().map(|n| n.en.clone());
    assert_eq!(
        named(&history.changes[0].officer),
        Some("A. Karimov".to_owned())
    );
    assert_eq!(
        named(&history.extensions[0].officer),
        Some("A. Karimov".to_owned())
    );
    assert_eq!(history.extensions[0].site, None, "made on this site");
}
