//! Agreements: parties, dates of signing, value, filters, history and trash.

use council_core::agreement::{AgreementFilter, AgreementStatus};
use council_core::money::{Currency, Money};
use council_core::{AuditAction, Country, ErrorCode, LocalizedText};

use crate::support::{TestStore, actions, agreement, count_rows, new_body, new_pairing};

#[test]
fn an_agreement_of_a_pairing_is_registered_with_its_value() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let mut input = agreement(&pairing_id.to_uppercase());
    input.value = Some("1 250 000,50".into());
    input.currency = Some(Currency::Rub);
    let created = t.store.create_agreement(&input).unwrap();
    assert_eq!(created.pairing_id.map(|p| p.to_string()), Some(pairing_id));
    assert_eq!(
        created.value,
        Some(Money {
            minor: 125_000_050,
            currency: Currency::Rub
        })
    );
    assert_eq!(
        created.title.uz,
        "Savdo-iqtisodiy hamkorlik to\u{02BB}g\u{02BB}risidagi kelishuv"
    );
    assert_eq!(created.signed_on.unwrap().to_string(), "2026-05-27");
    assert_eq!(t.store.agreement(&created.id.to_string()).unwrap(), created);
    // Editing round-trips: the input of an agreement recreates it exactly.
    let same = t
        .store
        .update_agreement(&created.id.to_string(), &created.to_input())
        .unwrap();
    assert_eq!((same.value, same.parties), (created.value, created.parties));
}

#[test]
fn bodies_of_both_countries_are_parties_without_a_pairing() {
    let mut t = TestStore::new();
    let uz = new_body(&mut t.store, Country::Uz, "Ministry of Investment");
    let ru = new_body(
        &mut t.store,
        Country::Ru,
        "Ministry of Economic Development",
    );
    let mut input = agreement("");
    input.pairing_id = None;
    input.parties = vec![ru.clone(), uz.clone(), ru.to_uppercase()];
    let created = t.store.create_agreement(&input).unwrap();
    let mut expected = vec![uz, ru];
    expected.sort();
    let parties: Vec<String> = created.parties.iter().map(ToString::to_string).collect();
    assert_eq!(parties, expected);
    assert_eq!(count_rows(&t, "agreement_parties"), 2);
}

#[test]
fn an_agreement_needs_parties_that_exist() {
    let mut t = TestStore::new();
    let uz = new_body(&mut t.store, Country::Uz, "Ministry of Investment");
    let uz_too = new_body(&mut t.store, Country::Uz, "Ministry of Energy");
    let missing = "0190aaaa-0000-7000-8000-000000000000";
    let cases = [
        (None, vec![], ErrorCode::Required, "parties"),
        (
            None,
            vec![uz.clone(), uz_too],
            ErrorCode::Required,
            "parties",
        ),
        (Some(missing), vec![], ErrorCode::NotFound, "pairing_id"),
        (
            None,
            vec![uz, missing.to_owned()],
            ErrorCode::NotFound,
            "parties",
        ),
    ];
    for (pairing_id, parties, code, field) in cases {
        let mut input = agreement("");
        input.pairing_id = pairing_id.map(str::to_owned);
        input.parties = parties;
        let error = t.store.create_agreement(&input).unwrap_err();
        assert_eq!((error.code, error.field), (code, Some(field)), "{field}");
    }
    assert_eq!(count_rows(&t, "agreements"), 0);
}

#[test]
fn an_unknown_session_is_refused() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let mut input = agreement(&pairing_id);
    input.session_id = Some("0190bbbb-0000-7000-8000-000000000000".into());
    let error = t.store.create_agreement(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("session_id"))
    );
    assert_eq!(count_rows(&t, "agreements"), 0);
}

#[test]
fn a_signed_agreement_needs_a_real_date_of_signing() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    for status in [
        AgreementStatus::Signed,
        AgreementStatus::InForce,
        AgreementStatus::Expired,
        AgreementStatus::Terminated,
    ] {
        let mut input = agreement(&pairing_id);
        input.status = status;
        input.signed_on = Some(" ".into());
        let error = t.store.create_agreement(&input).unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::Required, Some("signed_on")),
            "{status:?}"
        );
    }
    let mut impossible = agreement(&pairing_id);
    impossible.signed_on = Some("2026-02-29".into());
    let error = t.store.create_agreement(&impossible).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidDate, Some("signed_on"))
    );
    assert_eq!(count_rows(&t, "agreements"), 0);

    let mut draft = agreement(&pairing_id);
    draft.status = AgreementStatus::Draft;
    draft.signed_on = None;
    assert_eq!(t.store.create_agreement(&draft).unwrap().signed_on, None);
}

#[test]
fn an_agreement_needs_a_title_and_a_well_formed_value() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let mut untitled = agreement(&pairing_id);
    untitled.title = LocalizedText::default();
    let error = t.store.create_agreement(&untitled).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("title"))
    );

    for (value, currency, code, field) in [
        (
            "-100",
            Some(Currency::Usd),
            ErrorCode::InvalidValue,
            "value",
        ),
        (
            "10.005",
            Some(Currency::Usd),
            ErrorCode::InvalidValue,
            "value",
        ),
        ("100", None, ErrorCode::Required, "currency"),
    ] {
        let mut input = agreement(&pairing_id);
        input.value = Some(value.into());
        input.currency = currency;
        let error = t.store.create_agreement(&input).unwrap_err();
        assert_eq!((error.code, error.field), (code, Some(field)), "{value}");
    }
    assert_eq!(count_rows(&t, "agreements"), 0);
}

#[test]
fn agreements_are_filtered_by_pairing_status_and_year() {
    let mut t = TestStore::new();
    let samarkand = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let tashkent = new_pairing(&mut t.store, "UZ-TO", "RU-MOS");
    let mut old = agreement(&samarkand);
    old.signed_on = Some("2025-10-01".into());
    old.status = AgreementStatus::InForce;
    let old = t.store.create_agreement(&old).unwrap();
    let recent = t.store.create_agreement(&agreement(&samarkand)).unwrap();
    let other = t.store.create_agreement(&agreement(&tashkent)).unwrap();

    let list = |filter: AgreementFilter| t.store.list_agreements(&filter).unwrap();
    assert_eq!(list(AgreementFilter::default()).len(), 3);
    let of_samarkand = list(AgreementFilter {
        pairing_id: Some(samarkand.clone()),
        ..AgreementFilter::default()
    });
    assert_eq!(of_samarkand, vec![recent.clone(), old.clone()]);
    let in_force = list(AgreementFilter {
        status: Some(AgreementStatus::InForce),
        ..AgreementFilter::default()
    });
    assert_eq!(in_force, vec![old.clone()]);
    let of_2026 = list(AgreementFilter {
        year: Some(2026),
        ..AgreementFilter::default()
    });
    assert_eq!(of_2026.len(), 2);
    assert!(of_2026.contains(&other) && of_2026.contains(&recent));
}

#[test]
fn an_agreement_is_changed_trashed_and_restored_with_its_history() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let created = t.store.create_agreement(&agreement(&pairing_id)).unwrap();
    let id = created.id.to_string();

    let mut refused = created.to_input();
    refused.status = AgreementStatus::InForce;
    refused.signed_on = None;
    assert_eq!(
        t.store.update_agreement(&id, &refused).unwrap_err().code,
        ErrorCode::Required
    );
    assert_eq!(t.store.agreement(&id).unwrap(), created);

    let mut change = created.to_input();
    change.status = AgreementStatus::InForce;
    change.number = "18/2026".into();
    let updated = t.store.update_agreement(&id, &change).unwrap();
    assert_eq!(
        (updated.status, updated.number.as_str()),
        (AgreementStatus::InForce, "18/2026")
    );

    t.store.delete_agreement(&id).unwrap();
    assert!(
        t.store
            .list_agreements(&AgreementFilter::default())
            .unwrap()
            .is_empty()
    );
    let trash = t
        .store
        .list_agreements(&AgreementFilter {
            deleted: true,
            ..AgreementFilter::default()
        })
        .unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(
        t.store.update_agreement(&id, &change).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(t.store.restore_agreement(&id).unwrap(), updated);
    assert_eq!(
        t.store.restore_agreement(&id).unwrap_err().code,
        ErrorCode::NotInTrash
    );

    let history = t.store.history("agreement", &id).unwrap();
    assert_eq!(history[1].before.as_ref().unwrap()["number"], "17/2026");
    assert_eq!(history[1].after.as_ref().unwrap()["number"], "18/2026");
    assert_eq!(
        actions(&t.store, "agreement", &id),
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
}
