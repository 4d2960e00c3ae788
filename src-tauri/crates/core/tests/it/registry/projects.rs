//! Joint projects: pairing or regions, lead bodies, sector, value, dates, filters, history and trash.

use council_core::money::{Currency, Money};
use council_core::project::{ProjectFilter, ProjectStatus};
use council_core::{AuditAction, Country, ErrorCode, LocalizedText};

use crate::support::{TestStore, actions, count_rows, new_body, new_pairing, project};

#[test]
fn a_project_is_registered_with_regions_lead_bodies_value_and_dates() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let uz = new_body(&mut t.store, Country::Uz, "Samarkand hokimiyat");
    let ru = new_body(&mut t.store, Country::Ru, "Sverdlovsk government");
    let mut input = project(&pairing_id, "energy");
    input.regions = vec!["uz-sa".into(), "UZ-BU".into(), "UZ-SA".into()];
    input.lead_bodies = vec![uz.clone(), ru.clone()];
    input.value = Some("12 800 000".into());
    input.currency = Some(Currency::Uzs);
    input.status = ProjectStatus::UnderWay;
    input.starts_on = Some("2026-03-01".into());
    input.ends_on = Some("2027-12-31".into());
    let created = t.store.create_project(&input).unwrap();

    let mut regions = vec![
        t.store.region("UZ-SA").unwrap().id,
        t.store.region("UZ-BU").unwrap().id,
    ];
    regions.sort();
    assert_eq!(created.regions, regions);
    assert_eq!(created.lead_bodies.len(), 2);
    assert_eq!(created.sector.as_deref(), Some("energy"));
    assert_eq!(
        created.value,
        Some(Money {
            minor: 1_280_000_000,
            currency: Currency::Uzs
        })
    );
    assert_eq!(created.title.uz, "Qo\u{02BB}shma texnopark");
    assert_eq!(t.store.project(&created.id.to_string()).unwrap(), created);
    assert_eq!(count_rows(&t, "project_regions"), 2);
    assert_eq!(count_rows(&t, "project_bodies"), 2);
}

#[test]
fn a_project_of_regions_needs_no_pairing_but_one_of_them() {
    let mut t = TestStore::new();
    let mut input = project("", "tourism");
    input.pairing_id = None;
    let error = t.store.create_project(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("pairing_id"))
    );
    input.regions = vec!["UZ-XO".into(), "RU-TA".into()];
    let created = t.store.create_project(&input).unwrap();
    assert_eq!((created.pairing_id, created.regions.len()), (None, 2));
}

#[test]
fn unknown_references_are_refused_and_change_nothing() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let missing = "0190aaaa-0000-7000-8000-000000000000";
    let mut unknown_sector = project(&pairing_id, "astrology");
    let error = t.store.create_project(&unknown_sector).unwrap_err();
    assert_eq!(
        (error.code, error.field, error.arg.as_str()),
        (ErrorCode::SectorNotFound, Some("sector"), "astrology")
    );
    unknown_sector.sector = None;
    unknown_sector.regions = vec!["UZ-ZZ".into()];
    let error = t.store.create_project(&unknown_sector).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::RegionNotFound, Some("regions"))
    );
    let mut unknown_body = project(&pairing_id, "energy");
    unknown_body.lead_bodies = vec![missing.into()];
    let error = t.store.create_project(&unknown_body).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("lead_bodies"))
    );
    let error = t
        .store
        .create_project(&project(missing, "energy"))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("pairing_id"))
    );
    assert_eq!(count_rows(&t, "projects"), 0);
}

#[test]
fn dates_must_be_real_and_in_order() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let mut input = project(&pairing_id, "energy");
    input.starts_on = Some("2026-06-01".into());
    input.ends_on = Some("2026-05-31".into());
    let error = t.store.create_project(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::EndBeforeStart, Some("ends_on"))
    );
    input.ends_on = Some("2026-06-31".into());
    let error = t.store.create_project(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidDate, Some("ends_on"))
    );
    input.starts_on = Some("1.6.2026".into());
    let error = t.store.create_project(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidDate, Some("starts_on"))
    );
    assert_eq!(count_rows(&t, "projects"), 0);

    input.starts_on = None;
    input.ends_on = Some("2026-05-31".into());
    assert!(t.store.create_project(&input).is_ok());
}

#[test]
fn a_project_needs_a_title_and_a_well_formed_value() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let mut untitled = project(&pairing_id, "energy");
    untitled.title = LocalizedText::default();
    assert_eq!(
        t.store.create_project(&untitled).unwrap_err().field,
        Some("title")
    );
    let mut negative = project(&pairing_id, "energy");
    negative.value = Some("-1".into());
    negative.currency = Some(Currency::Rub);
    let error = t.store.create_project(&negative).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidValue, Some("value"))
    );
    assert_eq!(count_rows(&t, "projects"), 0);
}

#[test]
fn projects_are_filtered_by_pairing_sector_and_status() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let energy = t
        .store
        .create_project(&project(&pairing_id, "energy"))
        .unwrap();
    let mut tourism = project(&pairing_id, "tourism");
    tourism.status = ProjectStatus::Frozen;
    let tourism = t.store.create_project(&tourism).unwrap();
    let mut elsewhere = project("", "energy");
    elsewhere.pairing_id = None;
    elsewhere.regions = vec!["UZ-AN".into()];
    t.store.create_project(&elsewhere).unwrap();

    let list = |filter: ProjectFilter| t.store.list_projects(&filter).unwrap();
    assert_eq!(list(ProjectFilter::default()).len(), 3);
    assert_eq!(
        list(ProjectFilter {
            pairing_id: Some(pairing_id.to_uppercase()),
            ..ProjectFilter::default()
        })
        .len(),
        2
    );
    assert_eq!(
        list(ProjectFilter {
            sector: Some("tourism".into()),
            ..ProjectFilter::default()
        }),
        vec![tourism.clone()]
    );
    let proposed_energy = list(ProjectFilter {
        pairing_id: Some(pairing_id),
        sector: Some("energy".into()),
        status: Some(ProjectStatus::Proposed),
        deleted: false,
    });
    assert_eq!(proposed_energy, vec![energy]);
}

#[test]
fn a_project_is_changed_trashed_and_restored_with_its_history() {
    let mut t = TestStore::new();
    let pairing_id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let created = t
        .store
        .create_project(&project(&pairing_id, "energy"))
        .unwrap();
    let id = created.id.to_string();

    let mut refused = created.to_input();
    refused.starts_on = Some("2027-01-01".into());
    refused.ends_on = Some("2026-01-01".into());
    assert_eq!(
        t.store.update_project(&id, &refused).unwrap_err().code,
        ErrorCode::EndBeforeStart
    );
    assert_eq!(t.store.project(&id).unwrap(), created);

    let mut change = created.to_input();
    change.status = ProjectStatus::Agreed;
    change.value = Some("2 500 000".into());
    change.currency = Some(Currency::Usd);
    let updated = t.store.update_project(&id, &change).unwrap();
    assert_eq!(updated.status, ProjectStatus::Agreed);
    assert_eq!(updated.value.map(|m| m.minor), Some(250_000_000));

    t.store.delete_project(&id).unwrap();
    assert!(
        t.store
            .list_projects(&ProjectFilter::default())
            .unwrap()
            .is_empty()
    );
    let trash = ProjectFilter {
        deleted: true,
        ..ProjectFilter::default()
    };
    assert_eq!(t.store.list_projects(&trash).unwrap().len(), 1);
    assert_eq!(
        t.store.delete_project(&id).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(t.store.restore_project(&id).unwrap(), updated);
    assert_eq!(
        t.store.restore_project(&id).unwrap_err().code,
        ErrorCode::NotInTrash
    );
    let history = t.store.history("project", &id).unwrap();
    assert_eq!(history[1].after.as_ref().unwrap()["status"], "agreed");
    assert_eq!(
        actions(&t.store, "project", &id),
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
}
