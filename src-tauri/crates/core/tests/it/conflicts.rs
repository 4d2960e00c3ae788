//! Conflicts of a planned session, checked by hand: people and venues booked twice, holidays of either country,
//! touching meetings, cancelled and trashed sessions.

use council_core::agenda::{AgendaPlace, PresenterInput, PresenterKind};
use council_core::scheduling::{ConflictKind, PersonRole, ScheduleConflict};
use council_core::session::{SessionInput, SessionStatus, StatusChange};
use council_core::{Country, SessionDraft, Store};

use crate::support::{TestStore, agenda_item, person_input, session_input};

/// A Tashkent session from `start` to `end` (wall clock), in the Congress Centre of Samarkand.
fn input(start: &str, end: &str) -> SessionInput {
    let mut input = session_input(start, "Asia/Tashkent");
    input.ends_at = Some(end.to_owned());
    input
}

fn draft(input: SessionInput) -> SessionDraft {
    SessionDraft {
        session_id: None,
        input,
    }
}

fn person(store: &mut Store, name: &str) -> String {
    store
        .create_person(&person_input(name, Country::Uz))
        .unwrap()
        .id
        .to_string()
}

fn kinds(conflicts: &[ScheduleConflict]) -> Vec<ConflictKind> {
    conflicts.iter().map(|c| c.kind).collect()
}

/// A session elsewhere (another hall), so only people can clash.
fn elsewhere(mut input: SessionInput) -> SessionInput {
    input.venue_place = council_core::LocalizedText {
        ru: "Регистан".to_owned(),
        uz: "Registon".to_owned(),
        en: "Registan".to_owned(),
    };
    input
}

#[test]
fn a_co_chair_in_two_overlapping_sessions_is_named_with_the_other_session() {
    let mut t = TestStore::new();
    let karimov = person(&mut t.store, "Karimov");
    let mut first = input("2026-06-16 10:00", "2026-06-16 12:00");
    first.co_chairs = vec![karimov.clone()];
    let booked = t.store.create_session(&first).unwrap();

    let mut second = elsewhere(input("2026-06-16 11:00", "2026-06-16 13:00"));
    second.participants = vec![karimov.clone()];
    let conflicts = t.store.schedule_conflicts(&draft(second)).unwrap();
    assert_eq!(kinds(&conflicts), [ConflictKind::PersonBusy]);
    let person = conflicts[0].person.as_ref().unwrap();
    assert_eq!(person.id.to_string(), karimov);
    assert_eq!(
        (person.role, person.other_role),
        (PersonRole::Participant, PersonRole::CoChair)
    );
    assert_eq!(conflicts[0].session.as_ref().unwrap().id, booked.id);
    assert_eq!(
        conflicts[0].message.en,
        "Karimov is busy at that time: co-chair, “Session of the Council of Regions”, 2026-06-16 10:00 (Asia/Tashkent)."
    );
    assert!(conflicts[0].message.ru.contains("сопредседатель"));
    assert!(conflicts[0].message.uz.contains("hamrais"));
}

#[test]
fn a_participant_booked_twice_conflicts_and_the_same_person_is_reported_once() {
    let mut t = TestStore::new();
    let ivanov = person(&mut t.store, "Ivanov");
    let mut first = input("2026-06-16 10:00", "2026-06-16 12:00");
    first.participants = vec![ivanov.clone()];
    t.store.create_session(&first).unwrap();
    let mut second = elsewhere(input("2026-06-16 09:00", "2026-06-16 10:30"));
    second.co_chairs = vec![ivanov.clone()];
    second.participants = vec![ivanov.clone()];
    let conflicts = t.store.schedule_conflicts(&draft(second)).unwrap();
    assert_eq!(kinds(&conflicts), [ConflictKind::PersonBusy]);
    assert_eq!(
        conflicts[0].person.as_ref().unwrap().other_role,
        PersonRole::Participant
    );
}

#[test]
fn a_presenter_of_an_agenda_item_counts_as_a_person_of_the_session() {
    let mut t = TestStore::new();
    let presenter = person(&mut t.store, "Petrov");
    let booked = t
        .store
        .create_session(&input("2026-06-16 10:00", "2026-06-16 12:00"))
        .unwrap();
    let mut report = agenda_item("Energy", 20);
    report.presenters = vec![PresenterInput {
        kind: PresenterKind::Person,
        id: presenter.clone(),
    }];
    let place = AgendaPlace {
        parent_id: None,
        position: None,
    };
    t.store
        .add_agenda_item(&booked.id.to_string(), &report, &place)
        .unwrap();

    let mut second = elsewhere(input("2026-06-16 11:30", "2026-06-16 12:30"));
    second.co_chairs = vec![presenter.clone()];
    let conflicts = t.store.schedule_conflicts(&draft(second)).unwrap();
    assert_eq!(kinds(&conflicts), [ConflictKind::PersonBusy]);
    assert_eq!(
        conflicts[0].person.as_ref().unwrap().other_role,
        PersonRole::Presenter
    );
    assert!(conflicts[0].message.en.contains("presenter"));

    // Moving the session that has the presenter onto the other one finds the clash from its side too.
    let second = t
        .store
        .create_session(&{
            let mut s = elsewhere(input("2026-06-17 11:30", "2026-06-17 12:30"));
            s.co_chairs = vec![presenter.clone()];
            s
        })
        .unwrap();
    let moved = t
        .store
        .reschedule_conflicts(&booked.id.to_string(), "2026-06-17 11:00")
        .unwrap();
    assert_eq!(kinds(&moved), [ConflictKind::PersonBusy]);
    assert_eq!(moved[0].session.as_ref().unwrap().id, second.id);
}

#[test]
fn touching_sessions_do_not_overlap() {
    let mut t = TestStore::new();
    let karimov = person(&mut t.store, "Karimov");
    let mut first = input("2026-06-16 10:00", "2026-06-16 12:00");
    first.co_chairs = vec![karimov.clone()];
    t.store.create_session(&first).unwrap();
    for (start, end) in [
        ("2026-06-16 12:00", "2026-06-16 13:00"),
        ("2026-06-16 08:00", "2026-06-16 10:00"),
    ] {
        let mut next = input(start, end);
        next.co_chairs = vec![karimov.clone()];
        assert_eq!(
            t.store.schedule_conflicts(&draft(next)).unwrap(),
            [],
            "{start}"
        );
    }
}

#[test]
fn a_session_without_an_end_takes_one_hour() {
    let mut t = TestStore::new();
    t.store
        .create_session(&session_input("2026-06-16 10:00", "Asia/Tashkent"))
        .unwrap();
    let overlapping = input("2026-06-16 10:59", "2026-06-16 12:00");
    let after = input("2026-06-16 11:00", "2026-06-16 12:00");
    assert_eq!(
        kinds(&t.store.schedule_conflicts(&draft(overlapping)).unwrap()),
        [ConflictKind::VenueBusy]
    );
    assert_eq!(t.store.schedule_conflicts(&draft(after)).unwrap(), []);
}

#[test]
fn the_same_venue_overlapping_conflicts_another_venue_or_city_does_not() {
    let mut t = TestStore::new();
    let booked = t
        .store
        .create_session(&input("2026-06-16 10:00", "2026-06-16 12:00"))
        .unwrap();
    let mut same = input("2026-06-16 11:00", "2026-06-16 13:00");
    same.venue_place.ru = "  конгресс-центр ".to_owned();
    let conflicts = t.store.schedule_conflicts(&draft(same)).unwrap();
    assert_eq!(kinds(&conflicts), [ConflictKind::VenueBusy]);
    assert_eq!(conflicts[0].session.as_ref().unwrap().id, booked.id);
    assert!(conflicts[0].message.ru.starts_with("Место занято"));

    let other_hall = elsewhere(input("2026-06-16 11:00", "2026-06-16 13:00"));
    assert_eq!(t.store.schedule_conflicts(&draft(other_hall)).unwrap(), []);
    let mut other_city = input("2026-06-16 11:00", "2026-06-16 13:00");
    other_city.venue_city.ru = "Бухара".to_owned();
    other_city.venue_city.uz = "Buxoro".to_owned();
    other_city.venue_city.en = "Bukhara".to_owned();
    assert_eq!(t.store.schedule_conflicts(&draft(other_city)).unwrap(), []);
}

#[test]
fn the_session_being_changed_does_not_conflict_with_itself() {
    let mut t = TestStore::new();
    let booked = t
        .store
        .create_session(&input("2026-06-16 10:00", "2026-06-16 12:00"))
        .unwrap();
    let edit = SessionDraft {
        session_id: Some(booked.id.to_string()),
        input: input("2026-06-16 10:30", "2026-06-16 12:30"),
    };
    assert_eq!(t.store.schedule_conflicts(&edit).unwrap(), []);
}

#[test]
fn renaming_a_session_on_a_holiday_asks_nothing_again_but_moving_it_does() {
    let mut t = TestStore::new();
    let booked = t
        .store
        .create_session(&input("2026-09-01 10:00", "2026-09-01 12:00"))
        .unwrap();
    let mut renamed = booked.to_input();
    renamed.title.en = "Renamed".to_owned();
    let edit = |input| SessionDraft {
        session_id: Some(booked.id.to_string()),
        input,
    };
    assert_eq!(
        t.store.schedule_conflicts(&edit(renamed.clone())).unwrap(),
        []
    );
    renamed.starts_at = "2026-09-01 11:00".to_owned();
    assert_eq!(
        kinds(&t.store.schedule_conflicts(&edit(renamed)).unwrap()),
        [ConflictKind::Holiday]
    );
}

#[test]
fn cancelled_and_trashed_sessions_do_not_conflict() {
    let mut t = TestStore::new();
    let cancelled = t
        .store
        .create_session(&input("2026-06-16 10:00", "2026-06-16 12:00"))
        .unwrap();
    let trashed = t
        .store
        .create_session(&input("2026-06-16 10:00", "2026-06-16 12:00"))
        .unwrap();
    let planned = || draft(input("2026-06-16 11:00", "2026-06-16 13:00"));
    assert_eq!(t.store.schedule_conflicts(&planned()).unwrap().len(), 2);
    t.store
        .change_session_status(
            &cancelled.id.to_string(),
            &StatusChange {
                to: SessionStatus::Cancelled,
                new_start: None,
                reason: "перенос".to_owned(),
            },
        )
        .unwrap();
    t.store.delete_session(&trashed.id.to_string()).unwrap();
    assert_eq!(t.store.schedule_conflicts(&planned()).unwrap(), []);
}

#[test]
fn a_holiday_of_uzbekistan_only_or_russia_only_says_which_country() {
    let t = TestStore::new();
    let independence = t
        .store
        .schedule_conflicts(&draft(input("2026-09-01 10:00", "2026-09-01 12:00")))
        .unwrap();
    assert_eq!(kinds(&independence), [ConflictKind::Holiday]);
    let holiday = independence[0].holiday.as_ref().unwrap();
    assert_eq!(
        (holiday.country, holiday.date.as_str()),
        (Country::Uz, "2026-09-01")
    );
    assert_eq!(
        independence[0].message.en,
        "2026-09-01 is a public holiday in Uzbekistan: Independence Day of Uzbekistan."
    );
    assert!(independence[0].message.uz.contains("O\u{02BB}zbekistonda"));

    let russia_day = t
        .store
        .schedule_conflicts(&draft(input("2026-06-12 10:00", "2026-06-12 12:00")))
        .unwrap();
    assert_eq!(kinds(&russia_day), [ConflictKind::Holiday]);
    assert_eq!(russia_day[0].holiday.as_ref().unwrap().country, Country::Ru);
    assert!(russia_day[0].message.ru.contains("в России"));

    let womens_day = t
        .store
        .schedule_conflicts(&draft(input("2026-03-08 10:00", "2026-03-08 12:00")))
        .unwrap();
    let countries: Vec<Country> = womens_day
        .iter()
        .filter_map(|c| c.holiday.as_ref().map(|h| h.country))
        .collect();
    assert_eq!(countries, [Country::Ru, Country::Uz]);
    // 2026-03-08 is also a Sunday.
    assert_eq!(
        kinds(&womens_day),
        [
            ConflictKind::Holiday,
            ConflictKind::Holiday,
            ConflictKind::Weekend
        ]
    );
}

#[test]
fn the_holiday_is_looked_up_on_the_venues_clock_and_a_decreed_date_says_so() {
    let t = TestStore::new();
    // 23:30 in Moscow on 11 June is 01:30 on 12 June in Tashkent, but the venue is in Moscow: no holiday.
    let mut late = session_input("2026-06-11 23:30", "Europe/Moscow");
    late.ends_at = Some("2026-06-11 23:59".to_owned());
    assert_eq!(t.store.schedule_conflicts(&draft(late)).unwrap(), []);
    let hayit = t
        .store
        .schedule_conflicts(&draft(input("2026-03-20 10:00", "2026-03-20 11:00")))
        .unwrap();
    assert_eq!(kinds(&hayit), [ConflictKind::Holiday]);
    assert!(hayit[0].holiday.as_ref().unwrap().by_decree);
    assert!(
        hayit[0]
            .message
            .en
            .ends_with("The date is set by decree and not yet confirmed.")
    );
}

/// Reported by an officer: a Sunday was not flagged, only the holiday on it.
#[test]
fn a_session_on_a_weekend_is_a_warning_like_a_holiday() {
    let t = TestStore::new();
    // 2026-06-14 is a Sunday, with no holiday of either country.
    let sunday = t
        .store
        .schedule_conflicts(&draft(input("2026-06-14 10:00", "2026-06-14 12:00")))
        .unwrap();
    assert_eq!(kinds(&sunday), [ConflictKind::Weekend]);
    assert_eq!(sunday[0].message.en, "2026-06-14 is a Sunday, a day off.");
    assert_eq!(
        sunday[0].message.ru,
        "2026-06-14 — выходной день (воскресенье)."
    );
    // Friday evening into Saturday on the venue's clock touches the weekend too.
    let overnight = t
        .store
        .schedule_conflicts(&draft(input("2026-06-19 22:00", "2026-06-20 01:00")))
        .unwrap();
    assert_eq!(kinds(&overnight), [ConflictKind::Weekend]);
    assert!(
        overnight[0]
            .message
            .en
            .starts_with("2026-06-20 is a Saturday")
    );
    let monday = t
        .store
        .schedule_conflicts(&draft(input("2026-06-15 10:00", "2026-06-15 12:00")))
        .unwrap();
    assert!(monday.is_empty());
}
