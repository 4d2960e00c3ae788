//! Saving a session over its scheduling warnings: the officer confirms the warnings seen, and the save checks
//! them again inside its own transaction, so a warning that appeared meanwhile refuses the save.

use council_core::scheduling::{ConflictKind, ScheduleConflict};
use council_core::session::{SessionFilter, SessionInput};
use council_core::{Country, ErrorCode, Lang, SessionDraft, Store};

use crate::support::{TestStore, person_input, session_input};

/// A Tashkent session on Tuesday 16 June 2026 from `start` to `end` (wall clock), in the Congress Centre.
fn input(start: &str, end: &str) -> SessionInput {
    let mut input = session_input(&format!("2026-06-16 {start}"), "Asia/Tashkent");
    input.ends_at = Some(format!("2026-06-16 {end}"));
    input
}

fn look(store: &Store, session: Option<&str>, input: &SessionInput) -> Vec<ScheduleConflict> {
    store
        .schedule_conflicts(&SessionDraft {
            session_id: session.map(str::to_owned),
            input: input.clone(),
        })
        .unwrap()
}

fn keys(conflicts: &[ScheduleConflict]) -> Vec<String> {
    conflicts.iter().map(|c| c.key.clone()).collect()
}

fn session_count(store: &Store) -> usize {
    store
        .list_sessions(&SessionFilter::default())
        .unwrap()
        .len()
}

#[test]
fn a_warning_raised_after_the_officers_look_refuses_the_save_and_stores_nothing() {
    let mut t = TestStore::new();
    let karimov = t
        .store
        .create_person(&person_input("Karimov", Country::Uz))
        .unwrap()
        .id
        .to_string();
    let mut planned = input("10:00", "12:00");
    planned.co_chairs = vec![karimov.clone()];
    assert!(look(&t.store, None, &planned).is_empty());

    // Meanwhile another officer books Karimov (and the hall) at an overlapping time.
    let mut other = input("11:00", "13:00");
    other.participants = vec![karimov];
    t.store.create_session(&other).unwrap();

    let error = t.store.create_session_checked(&planned, &[]).unwrap_err();
    assert_eq!(error.code, ErrorCode::ScheduleConflicts);
    let mut kinds: Vec<ConflictKind> = error.conflicts.iter().map(|c| c.kind).collect();
    kinds.sort_by_key(|kind| format!("{kind:?}"));
    assert_eq!(kinds, [ConflictKind::PersonBusy, ConflictKind::VenueBusy]);
    for lang in Lang::ALL {
        assert!(
            !error.message(lang).contains("--"),
            "{}",
            error.message(lang)
        );
    }
    assert_eq!(error.payload(Lang::En).conflicts, error.conflicts);
    assert_eq!(session_count(&t.store), 1);

    // Confirming only part of what is now raised is not enough; confirming all of it saves.
    let seen = keys(&error.conflicts);
    let part = t
        .store
        .create_session_checked(&planned, &seen[..1])
        .unwrap_err();
    assert_eq!(part.code, ErrorCode::ScheduleConflicts);
    assert_eq!(session_count(&t.store), 1);
    t.store.create_session_checked(&planned, &seen).unwrap();
    assert_eq!(session_count(&t.store), 2);
}

#[test]
fn a_change_confirmed_over_old_warnings_is_refused_when_a_new_one_appears() {
    let mut t = TestStore::new();
    let mut hall = input("10:00", "12:00");
    hall.title.en = "Hall".to_owned();
    t.store.create_session(&hall).unwrap();
    let mine = t.store.create_session(&input("14:00", "15:00")).unwrap();
    let id = mine.id.to_string();

    // Moved onto the morning: the officer sees the hall booked and confirms it.
    let moved = input("11:00", "12:30");
    let seen = keys(&look(&t.store, Some(&id), &moved));
    assert_eq!(seen.len(), 1);
    // Meanwhile a third meeting takes the hall at 12:00.
    t.store.create_session(&input("12:00", "13:00")).unwrap();

    let error = t
        .store
        .update_session_checked(&id, &moved, &seen)
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::ScheduleConflicts);
    assert_eq!(error.conflicts.len(), 2);
    assert_eq!(t.store.session(&id).unwrap(), mine);
    assert_eq!(t.store.history("session", &id).unwrap().len(), 1);

    let all = keys(&error.conflicts);
    let saved = t.store.update_session_checked(&id, &moved, &all).unwrap();
    assert_eq!(saved.start.venue.time, "11:00");
}

#[test]
fn a_session_without_warnings_saves_with_nothing_confirmed() {
    let mut t = TestStore::new();
    let saved = t
        .store
        .create_session_checked(&input("10:00", "11:00"), &[])
        .unwrap();
    let mut later = input("15:00", "16:00");
    later.title.en = "Moved".to_owned();
    t.store
        .update_session_checked(&saved.id.to_string(), &later, &[])
        .unwrap();
    assert_eq!(session_count(&t.store), 1);
}

#[test]
fn postponing_onto_a_booked_hall_is_saved_only_over_the_confirmed_warnings() {
    use council_core::session::{SessionStatus, StatusChange};
    let mut t = TestStore::new();
    let moved = t.store.create_session(&input("10:00", "12:00")).unwrap();
    let scheduled = StatusChange {
        to: SessionStatus::Scheduled,
        new_start: None,
        reason: String::new(),
    };
    let moved = t
        .store
        .change_session_status(&moved.id.to_string(), &scheduled)
        .unwrap();
    let mut later = input("10:00", "12:00");
    later.starts_at = "2026-06-18 10:00".to_owned();
    later.ends_at = Some("2026-06-18 12:00".to_owned());
    t.store.create_session(&later).unwrap();
    let postpone = StatusChange {
        to: SessionStatus::Postponed,
        new_start: Some("2026-06-18 10:30".to_owned()),
        reason: "Перенос по просьбе сторон".to_owned(),
    };
    let id = moved.id.to_string();
    let error = t
        .store
        .change_session_status_checked(&id, &postpone, &[])
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::ScheduleConflicts);
    assert!(
        error
            .conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::VenueBusy)
    );
    let kept = t.store.session(&id).unwrap();
    assert_eq!(
        (kept.status, kept.starts_at.clone()),
        (moved.status, moved.starts_at)
    );

    let changed = t
        .store
        .change_session_status_checked(&id, &postpone, &keys(&error.conflicts))
        .unwrap();
    assert_eq!(changed.status, SessionStatus::Postponed);
    assert_ne!(changed.starts_at, kept.starts_at);
}
