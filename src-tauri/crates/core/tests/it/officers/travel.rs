//! Who made a change travels with it: the other site, where the account does not exist, names the officer
//! in every language; the accounts themselves stay home.

use council_core::officer::Role;
use council_core::{Country, ErrorCode, LocalizedText};

use super::with_accounts;
use crate::exchange::{meet, send};
use crate::support::{TestStore, count_rows, day, given, ministry, pairing};

#[test]
fn the_officers_name_travels_with_the_history_and_the_account_stays_home() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    let lead = ministry(&mut tashkent.store, "Минэкономики", Country::Uz);
    let (head, clerk) = with_accounts(&mut tashkent.store, Role::Officer);
    let made = tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let instruction = tashkent
        .store
        .create_instruction(&given(&lead, "2027-01-20"), day("2026-11-29"))
        .unwrap();
    // Sending is the head's.
    let refused = tashkent.store.require_role(Role::Head).unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);
    tashkent.store.sign_in(head.id, None).unwrap();
    send(&mut tashkent.store, &mut moscow.store);

    let there = moscow
        .store
        .history("pairing", &made.id.to_string())
        .unwrap();
    assert_eq!(there.len(), 1);
    assert_eq!(there[0].site.as_deref(), Some(tashkent.store.site_id()));
    assert_eq!(
        there[0].officer,
        Some(LocalizedText {
            ru: "A. Karimov (рус.)".to_owned(),
            uz: "A. Karimov (oʻzb.)".to_owned(),
            en: "A. Karimov".to_owned(),
        })
    );
    assert_eq!(there[0].officer_id, Some(clerk.id.to_string()));
    let history = moscow
        .store
        .instruction_history(&instruction.id.to_string(), day("2026-11-29"))
        .unwrap();
    let event = &history.changes[0];
    assert_eq!(
        event.officer.as_ref().map(|n| n.en.as_str()),
        Some("A. Karimov")
    );
    assert_eq!(event.site.as_deref(), Some(tashkent.store.site_id()));

    assert_eq!(count_rows(&moscow, "officers"), 0);
    assert!(moscow.store.list_officers().unwrap().is_empty());
}

#[test]
fn receiving_a_package_on_a_register_with_accounts_is_the_heads() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let (head, _) = with_accounts(&mut moscow.store, Role::Officer);
    let refused = moscow.store.require_role(Role::Head).unwrap_err();
    assert_eq!(
        (refused.code, refused.arg.as_str()),
        (ErrorCode::Forbidden, "head")
    );
    moscow.store.sign_in(head.id, None).unwrap();
    let report = send(&mut tashkent.store, &mut moscow.store);
    assert!(report.created.values().sum::<i64>() > 0, "{report:?}");
}
