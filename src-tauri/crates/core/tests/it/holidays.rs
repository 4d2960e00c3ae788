//! Public holidays: shipped once, kept when the officer edits or deletes them, edited with history and trash.

use council_core::holiday::{HolidayFilter, HolidayInput};
use council_core::{AuditAction, Country, ErrorCode, LocalizedText, Store};

use crate::support::TestStore;

fn filter(year: i32, country: Country) -> HolidayFilter {
    HolidayFilter {
        year: Some(year),
        country: Some(country),
        deleted: false,
    }
}

fn decreed_day_off() -> HolidayInput {
    HolidayInput {
        country: Country::Ru,
        date: "2027-01-11".to_owned(),
        name: LocalizedText {
            ru: "Перенесённый выходной день".to_owned(),
            uz: "Ko\u{02BB}chirilgan dam olish kuni".to_owned(),
            en: "Transferred day off".to_owned(),
        },
        by_decree: false,
    }
}

#[test]
fn both_countries_holidays_are_shipped_for_2026_and_2027() {
    let t = TestStore::new();
    let uz = t.store.list_holidays(&filter(2026, Country::Uz)).unwrap();
    let dates: Vec<&str> = uz.iter().map(|h| h.date.as_str()).collect();
    for date in ["2026-01-01", "2026-03-21", "2026-09-01", "2026-12-08"] {
        assert!(dates.contains(&date), "{date}");
    }
    let ru = t.store.list_holidays(&filter(2027, Country::Ru)).unwrap();
    assert!(
        ru.iter()
            .any(|h| h.date == "2027-06-12" && h.name.en == "Russia Day")
    );
    assert!(ru.iter().all(|h| h.country == Country::Ru));
}

#[test]
fn an_edited_or_deleted_shipped_holiday_stays_so_after_reopening() {
    let mut t = TestStore::new();
    let hayit = t
        .store
        .list_holidays(&filter(2026, Country::Uz))
        .unwrap()
        .into_iter()
        .find(|h| h.name.uz == "Ramazon hayiti")
        .unwrap();
    assert!(hayit.by_decree);
    let confirmed = HolidayInput {
        country: Country::Uz,
        date: "2026-03-21".to_owned(),
        name: hayit.name.clone(),
        by_decree: false,
    };
    let updated = t
        .store
        .update_holiday(&hayit.id.to_string(), &confirmed)
        .unwrap();
    assert!(updated.user_edited && !updated.by_decree);
    let navruz = t
        .store
        .list_holidays(&filter(2026, Country::Uz))
        .unwrap()
        .into_iter()
        .find(|h| h.date == "2026-03-21" && h.name.uz.starts_with("Navro"))
        .unwrap();
    t.store.delete_holiday(&navruz.id.to_string()).unwrap();
    let before = t
        .store
        .list_holidays(&HolidayFilter::default())
        .unwrap()
        .len();

    drop(t.store);
    let store = Store::open(&t.path).unwrap();
    let after = store.list_holidays(&HolidayFilter::default()).unwrap();
    assert_eq!(
        after.len(),
        before,
        "reopening loads nothing twice and brings nothing back"
    );
    let kept = store.holiday(&hayit.id.to_string()).unwrap();
    assert_eq!(kept.date, "2026-03-21");
    assert!(
        store
            .holiday(&navruz.id.to_string())
            .unwrap()
            .deleted_at
            .is_some()
    );
}

#[test]
fn an_officer_adds_updates_trashes_and_restores_a_holiday_with_history() {
    let mut t = TestStore::new();
    let added = t.store.add_holiday(&decreed_day_off()).unwrap();
    assert!(added.user_edited);
    let id = added.id.to_string();
    let mut moved = decreed_day_off();
    moved.date = "2027-01-12".to_owned();
    assert_eq!(
        t.store.update_holiday(&id, &moved).unwrap().date,
        "2027-01-12"
    );
    t.store.delete_holiday(&id).unwrap();
    assert!(
        t.store
            .trash()
            .unwrap()
            .iter()
            .any(|e| e.entity == "holiday" && e.id == id)
    );
    t.store
        .restore_from_trash(
            "holiday",
            &id,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
        )
        .unwrap();
    assert!(t.store.holiday(&id).unwrap().deleted_at.is_none());
    let actions: Vec<AuditAction> = t
        .store
        .history("holiday", &id)
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
}

#[test]
fn a_bad_holiday_changes_nothing() {
    let mut t = TestStore::new();
    let before = t.store.list_holidays(&HolidayFilter::default()).unwrap();
    let mut bad = decreed_day_off();
    bad.date = "2027-02-30".to_owned();
    assert_eq!(
        t.store.add_holiday(&bad).unwrap_err().code,
        ErrorCode::InvalidDate
    );
    let id = before[0].id.to_string();
    assert_eq!(
        t.store.update_holiday(&id, &bad).unwrap_err().code,
        ErrorCode::InvalidDate
    );
    assert_eq!(
        t.store.list_holidays(&HolidayFilter::default()).unwrap(),
        before
    );
}
