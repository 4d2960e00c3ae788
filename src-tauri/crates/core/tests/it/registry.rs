//! The registry of bodies, people, agreements and joint projects: every validation rule, history and trash.

mod agreements;
mod projects;

use council_core::body::BodyKind;
use council_core::{AuditAction, Country, ErrorCode, LocalizedText};

use crate::support::{TestStore, actions, body, count_rows, new_body, person};

#[test]
fn bodies_are_registered_and_listed_by_country() {
    let mut t = TestStore::new();
    let ministry = t
        .store
        .create_body(&body(Country::Uz, BodyKind::Ministry, "Ministry of Energy"))
        .unwrap();
    assert_eq!(ministry.id.get_version_num(), 7);
    assert_eq!(
        ministry.name.uz,
        "«Ministry of Energy» boshqarmasi, O\u{02BB}zbekiston"
    );
    let mut administration = body(
        Country::Ru,
        BodyKind::RegionalAdministration,
        "Government of Sverdlovsk Oblast",
    );
    administration.region = Some(" ru-sve ".into());
    let administration = t.store.create_body(&administration).unwrap();
    let sverdlovsk = t.store.region("RU-SVE").unwrap();
    assert_eq!(administration.region_id, Some(sverdlovsk.id));

    assert_eq!(t.store.list_bodies(None, false).unwrap().len(), 2);
    let russian = t.store.list_bodies(Some(Country::Ru), false).unwrap();
    assert_eq!(russian, vec![administration.clone()]);
    assert_eq!(
        t.store.body(&administration.id.to_string()).unwrap(),
        administration
    );
}

#[test]
fn a_body_without_a_name_in_any_language_is_refused() {
    let mut t = TestStore::new();
    let mut nameless = body(Country::Uz, BodyKind::Agency, "x");
    nameless.name = LocalizedText {
        ru: " ".into(),
        uz: String::new(),
        en: "\t".into(),
    };
    let error = t.store.create_body(&nameless).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("name"))
    );
    assert_eq!(count_rows(&t, "bodies"), 0);
}

#[test]
fn a_regional_administration_needs_a_region_of_its_own_country() {
    let mut t = TestStore::new();
    let mut input = body(
        Country::Uz,
        BodyKind::RegionalAdministration,
        "Samarkand hokimiyat",
    );
    let error = t.store.create_body(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("region"))
    );

    input.region = Some("RU-SVE".into());
    let error = t.store.create_body(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidValue, Some("region"))
    );

    input.region = Some("UZ-XX".into());
    let error = t.store.create_body(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::RegionNotFound, Some("region"))
    );
    assert_eq!(count_rows(&t, "bodies"), 0);

    input.region = Some("UZ-SA".into());
    assert!(t.store.create_body(&input).is_ok());
}

#[test]
fn a_body_is_changed_trashed_and_restored_with_its_history() {
    let mut t = TestStore::new();
    let id = new_body(&mut t.store, Country::Ru, "Ministry of Transport");
    let mut change = body(Country::Ru, BodyKind::Agency, "Federal Road Agency");
    let updated = t.store.update_body(&id, &change).unwrap();
    assert_eq!(
        (updated.kind, updated.name.en.as_str()),
        (BodyKind::Agency, "Federal Road Agency")
    );

    change.kind = BodyKind::RegionalAdministration;
    let refused = t.store.update_body(&id, &change).unwrap_err();
    assert_eq!(refused.code, ErrorCode::Required);
    assert_eq!(t.store.body(&id).unwrap(), updated);
    change.kind = BodyKind::Agency;

    t.store.delete_body(&id).unwrap();
    assert!(t.store.list_bodies(None, false).unwrap().is_empty());
    assert_eq!(t.store.list_bodies(None, true).unwrap().len(), 1);
    assert_eq!(
        t.store.update_body(&id, &change).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(
        t.store.delete_body(&id).unwrap_err().code,
        ErrorCode::NotFound
    );

    let restored = t.store.restore_body(&id).unwrap();
    assert_eq!(restored.deleted_at, None);
    assert_eq!(
        t.store.restore_body(&id).unwrap_err().code,
        ErrorCode::NotInTrash
    );
    assert_eq!(
        actions(&t.store, "body", &id),
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
}

#[test]
fn a_person_works_for_a_body_that_exists() {
    let mut t = TestStore::new();
    let error = t
        .store
        .create_person(&person(Some("0190aaaa-0000-7000-8000-000000000000".into())))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("body_id"))
    );

    let ministry = new_body(&mut t.store, Country::Uz, "Ministry of Foreign Affairs");
    let created = t
        .store
        .create_person(&person(Some(ministry.clone())))
        .unwrap();
    assert_eq!(
        created.body_id.map(|b| b.to_string()),
        Some(ministry.clone())
    );
    assert_eq!(created.full_name.uz, "Karimov Alisher G\u{02BB}ulomovich");

    t.store.delete_body(&ministry).unwrap();
    let error = t
        .store
        .create_person(&person(Some(ministry.clone())))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("body_id"))
    );
    assert_eq!(count_rows(&t, "people"), 1);
}

#[test]
fn a_person_needs_a_name_and_a_plausible_email() {
    let mut t = TestStore::new();
    let mut bad_email = person(None);
    bad_email.email = "karimov@mfa".into();
    let error = t.store.create_person(&bad_email).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidValue, Some("email"))
    );

    let mut nameless = person(None);
    nameless.full_name = LocalizedText::default();
    let error = t.store.create_person(&nameless).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("full_name"))
    );
    assert_eq!(count_rows(&t, "people"), 0);

    let mut no_email = person(None);
    no_email.email = "  ".into();
    assert_eq!(t.store.create_person(&no_email).unwrap().email, "");
}

#[test]
fn people_are_listed_by_body_changed_trashed_and_restored() {
    let mut t = TestStore::new();
    let ministry = new_body(&mut t.store, Country::Uz, "Ministry of Economy");
    let employee = t
        .store
        .create_person(&person(Some(ministry.clone())))
        .unwrap();
    let id = employee.id.to_string();
    t.store.create_person(&person(None)).unwrap();
    assert_eq!(t.store.list_people(None, false).unwrap().len(), 2);
    assert_eq!(
        t.store.list_people(Some(&ministry), false).unwrap(),
        vec![employee.clone()]
    );

    let mut change = person(Some(ministry.clone()));
    change.email = "not an address".into();
    assert_eq!(
        t.store.update_person(&id, &change).unwrap_err().code,
        ErrorCode::InvalidValue
    );
    assert_eq!(t.store.person(&id).unwrap(), employee);
    change.email = "karimov@economy.uz".into();
    assert_eq!(
        t.store.update_person(&id, &change).unwrap().email,
        "karimov@economy.uz"
    );

    t.store.delete_person(&id).unwrap();
    assert_eq!(t.store.list_people(None, true).unwrap().len(), 1);
    assert_eq!(
        t.store.update_person(&id, &change).unwrap_err().code,
        ErrorCode::NotFound
    );
    t.store.restore_person(&id).unwrap();
    assert_eq!(
        t.store.restore_person(&id).unwrap_err().code,
        ErrorCode::NotInTrash
    );
    assert_eq!(
        actions(&t.store, "person", &id),
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
}
