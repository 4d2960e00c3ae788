//! Pairings: every validation rule, audit history, trash and restore.

use council_core::{AuditAction, ErrorCode, PairingFilter, PairingStatus, Store};

use crate::support::{PairingInputExt, TestStore, count_rows, pairing};

fn live(store: &Store) -> Vec<council_core::Pairing> {
    store.list_pairings(&PairingFilter::default()).unwrap()
}

#[test]
fn a_pairing_is_created_with_regions_in_either_order() {
    let mut t = TestStore::new();
    let created = t.store.create_pairing(&pairing("RU-SVE", "UZ-SA")).unwrap();
    assert_eq!(created.uz_region.iso_code.as_deref(), Some("UZ-SA"));
    assert_eq!(created.ru_region.iso_code.as_deref(), Some("RU-SVE"));
    assert_eq!(created.sectors, vec!["energy", "tourism"]);
    assert_eq!(
        created.notes.uz,
        "2024-yildan beri hamkorlar, qo\u{02BB}shma loyihalar"
    );
    assert_eq!(created.id.get_version_num(), 7);
    assert_eq!(t.store.pairing(&created.id.to_string()).unwrap(), created);
    assert_eq!(live(&t.store).len(), 1);
}

#[test]
fn two_regions_of_one_country_are_refused_and_change_nothing() {
    let mut t = TestStore::new();
    let before_audit = count_rows(&t, "audit_log");
    for (a, b) in [("UZ-SA", "UZ-BU"), ("RU-MOW", "RU-SVE")] {
        let error = t.store.create_pairing(&pairing(a, b)).unwrap_err();
        assert_eq!(error.code, ErrorCode::PairingCountries);
        assert_eq!(error.field, Some("region_b"));
    }
    assert_eq!(count_rows(&t, "pairings"), 0);
    assert_eq!(count_rows(&t, "audit_log"), before_audit);
}

#[test]
fn an_unknown_region_or_sector_is_refused() {
    let mut t = TestStore::new();
    let error = t
        .store
        .create_pairing(&pairing("UZ-XX", "RU-SVE"))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::RegionNotFound, Some("region_a"))
    );
    assert!(error.message(council_core::Lang::Uz).contains("UZ-XX"));

    let mut input = pairing("UZ-SA", "RU-SVE");
    input.sectors.push("astrology".into());
    let error = t.store.create_pairing(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::SectorNotFound, Some("sectors"))
    );
    assert_eq!(count_rows(&t, "pairings"), 0);
}

#[test]
fn an_impossible_date_is_refused() {
    let mut t = TestStore::new();
    let mut input = pairing("UZ-SA", "RU-SVE");
    input.since = Some("2025-02-29".into());
    let error = t.store.create_pairing(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidDate, Some("since"))
    );
    assert_eq!(count_rows(&t, "pairings"), 0);
}

#[test]
fn a_second_active_pairing_of_the_same_regions_is_refused() {
    let mut t = TestStore::new();
    let first = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let error = t
        .store
        .create_pairing(&pairing("RU-SVE", "UZ-SA"))
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::PairingDuplicateActive);
    // A proposed or ended one beside it is fine.
    t.store
        .create_pairing(&pairing("UZ-SA", "RU-SVE").with_status(PairingStatus::Ended))
        .unwrap();
    // Ending the first frees the place; re-activating it while another is active is refused.
    t.store
        .update_pairing(
            &first.id.to_string(),
            &first.to_input().with_status(PairingStatus::Suspended),
        )
        .unwrap();
    let second = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let error = t
        .store
        .update_pairing(&first.id.to_string(), &first.to_input())
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::PairingDuplicateActive);
    assert_eq!(
        t.store.pairing(&first.id.to_string()).unwrap().status,
        PairingStatus::Suspended
    );
    assert_eq!(
        t.store.pairing(&second.id.to_string()).unwrap().status,
        PairingStatus::Active
    );
}

#[test]
fn every_change_is_in_the_audit_history_with_before_and_after() {
    let mut t = TestStore::new();
    let created = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let id = created.id.to_string();
    let mut input = created.to_input();
    input.basis_number = "17-бис".into();
    t.store.update_pairing(&id, &input).unwrap();
    t.store.delete_pairing(&id).unwrap();
    t.store.restore_pairing(&id).unwrap();

    let history = t.store.history("pairing", &id).unwrap();
    let actions: Vec<_> = history.iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        vec![
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
    assert!(history[0].before.is_none());
    assert_eq!(history[1].before.as_ref().unwrap()["basis"]["number"], "17");
    assert_eq!(
        history[1].after.as_ref().unwrap()["basis"]["number"],
        "17-бис"
    );
    assert!(
        history
            .iter()
            .all(|e| !e.os_user.is_empty() && e.at.ends_with('Z'))
    );
}

#[test]
fn delete_moves_to_the_trash_and_restore_brings_back() {
    let mut t = TestStore::new();
    let created = t.store.create_pairing(&pairing("UZ-AN", "RU-TA")).unwrap();
    let id = created.id.to_string();
    t.store.delete_pairing(&id).unwrap();
    assert!(live(&t.store).is_empty());
    let trash = t.store.trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].id, id);
    assert!(trash[0].label.ru.contains("Андижанская"));
    assert_eq!(
        t.store.delete_pairing(&id).unwrap_err().code,
        ErrorCode::NotFound,
        "deleting twice"
    );

    let restored = t.store.restore_pairing(&id).unwrap();
    assert_eq!(restored.deleted_at, None);
    assert_eq!(live(&t.store), vec![restored]);
    assert!(t.store.trash().unwrap().is_empty());
    assert_eq!(
        t.store.restore_pairing(&id).unwrap_err().code,
        ErrorCode::NotInTrash
    );
}

#[test]
fn restoring_is_refused_when_an_active_pairing_took_the_place() {
    let mut t = TestStore::new();
    let old = t.store.create_pairing(&pairing("UZ-NG", "RU-NVS")).unwrap();
    t.store.delete_pairing(&old.id.to_string()).unwrap();
    t.store.create_pairing(&pairing("UZ-NG", "RU-NVS")).unwrap();
    let error = t.store.restore_pairing(&old.id.to_string()).unwrap_err();
    assert_eq!(error.code, ErrorCode::PairingDuplicateActive);
    assert_eq!(t.store.trash().unwrap().len(), 1);
}

#[test]
fn listing_filters_by_status_and_region() {
    let mut t = TestStore::new();
    t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    t.store
        .create_pairing(&pairing("UZ-BU", "RU-SVE").with_status(PairingStatus::Proposed))
        .unwrap();
    t.store.create_pairing(&pairing("UZ-BU", "RU-TA")).unwrap();
    let by_region = t
        .store
        .list_pairings(&PairingFilter {
            region: Some("RU-SVE".into()),
            ..PairingFilter::default()
        })
        .unwrap();
    assert_eq!(by_region.len(), 2);
    let proposed = t
        .store
        .list_pairings(&PairingFilter {
            status: Some(PairingStatus::Proposed),
            ..PairingFilter::default()
        })
        .unwrap();
    assert_eq!(proposed.len(), 1);
    assert_eq!(proposed[0].uz_region.iso_code.as_deref(), Some("UZ-BU"));
}

#[test]
fn a_start_date_outside_1900_to_2200_is_refused_as_input_and_nothing_is_saved() {
    let mut t = crate::support::TestStore::new();
    let before = t
        .store
        .list_pairings(&council_core::PairingFilter::default())
        .unwrap()
        .len();
    for far in ["0001-01-01", "2999-05-27"] {
        let mut input = crate::support::pairing("UZ-SA", "RU-SVE");
        input.since = Some(far.to_owned());
        let error = t.store.create_pairing(&input).unwrap_err();
        assert_eq!(error.code, council_core::ErrorCode::DateOutOfRange, "{far}");
        assert_eq!(error.field, Some("since"));
    }
    assert_eq!(
        t.store
            .list_pairings(&council_core::PairingFilter::default())
            .unwrap()
            .len(),
        before
    );
}
