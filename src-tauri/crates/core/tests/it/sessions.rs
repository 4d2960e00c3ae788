//! Sessions: the status machine over every pair of statuses, ordinals, the two clocks, links, trash.

use council_core::agenda::AgendaPlace;
use council_core::session::{
    SessionFilter, SessionKind, SessionStatus, SessionStatus as S, StatusChange,
};
use council_core::{AuditAction, Country, ErrorCode, Store};

use crate::support::{
    TestStore, agenda_item, count_rows, new_session, pairing, person_input, session_input,
};

fn change(to: SessionStatus) -> StatusChange {
    StatusChange {
        to,
        new_start: None,
        reason: "по просьбе сторон".to_owned(),
    }
}

/// Every allowed move, written out independently of the implementation.
const ALLOWED: [(SessionStatus, SessionStatus); 11] = [
    (S::Draft, S::Scheduled),
    (S::Draft, S::Cancelled),
    (S::Scheduled, S::Confirmed),
    (S::Scheduled, S::Postponed),
    (S::Scheduled, S::Cancelled),
    (S::Confirmed, S::Held),
    (S::Confirmed, S::Postponed),
    (S::Confirmed, S::Cancelled),
    (S::Held, S::MinutesApproved),
    (S::Postponed, S::Scheduled),
    (S::Postponed, S::Cancelled),
];

/// The moves that bring a new draft to `status`.
fn path_to(status: SessionStatus) -> &'static [SessionStatus] {
    match status {
        S::Draft => &[],
        S::Scheduled => &[S::Scheduled],
        S::Confirmed => &[S::Scheduled, S::Confirmed],
        S::Held => &[S::Scheduled, S::Confirmed, S::Held],
        S::MinutesApproved => &[S::Scheduled, S::Confirmed, S::Held, S::MinutesApproved],
        S::Postponed => &[S::Scheduled, S::Postponed],
        S::Cancelled => &[S::Cancelled],
    }
}

fn session_in(store: &mut Store, status: SessionStatus) -> String {
    let id = new_session(store, "2026-05-27 10:00");
    for step in path_to(status) {
        store.change_session_status(&id, &change(*step)).unwrap();
    }
    assert_eq!(store.session(&id).unwrap().status, status);
    id
}

#[test]
fn the_status_machine_allows_exactly_the_listed_moves_and_refusals_change_nothing() {
    let mut t = TestStore::new();
    for from in SessionStatus::ALL {
        let expected_next: Vec<SessionStatus> = ALLOWED
            .iter()
            .filter(|(f, _)| *f == from)
            .map(|(_, to)| *to)
            .collect();
        assert_eq!(from.allowed_next(), expected_next.as_slice(), "{from:?}");
        for to in SessionStatus::ALL {
            let id = session_in(&mut t.store, from);
            assert_eq!(t.store.session(&id).unwrap().next_statuses, expected_next);
            let mut request = change(to);
            if from == S::Postponed && to == S::Scheduled {
                request.new_start = Some("2026-06-10 10:00".to_owned());
            }
            let before = t.store.session(&id).unwrap();
            let events = t.store.session_events(&id).unwrap().len();
            let audit = count_rows(&t, "audit_log");
            let result = t.store.change_session_status(&id, &request);
            if ALLOWED.contains(&(from, to)) {
                let after = result.unwrap_or_else(|e| panic!("{from:?} → {to:?}: {e}"));
                assert_eq!(after.status, to);
                assert_eq!(t.store.session_events(&id).unwrap().len(), events + 1);
            } else {
                let error = result.unwrap_err();
                assert_eq!(
                    error.code,
                    ErrorCode::InvalidTransition,
                    "{from:?} → {to:?}"
                );
                assert_eq!(error.arg, format!("{} → {}", from.code(), to.code()));
                assert_eq!(t.store.session(&id).unwrap(), before);
                assert_eq!(t.store.session_events(&id).unwrap().len(), events);
                assert_eq!(count_rows(&t, "audit_log"), audit);
            }
        }
    }
}

#[test]
fn held_to_draft_is_refused_with_its_name() {
    let mut t = TestStore::new();
    let id = session_in(&mut t.store, S::Held);
    let error = t
        .store
        .change_session_status(&id, &change(S::Draft))
        .unwrap_err();
    assert!(
        error
            .message(council_core::Lang::En)
            .contains("held → draft")
    );
}

#[test]
fn cancelling_needs_a_reason() {
    let mut t = TestStore::new();
    let id = session_in(&mut t.store, S::Scheduled);
    let mut request = change(S::Cancelled);
    request.reason = "  ".to_owned();
    let error = t.store.change_session_status(&id, &request).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("reason"))
    );
    assert_eq!(t.store.session(&id).unwrap().status, S::Scheduled);
    request.reason = "Форс-мажор".to_owned();
    let cancelled = t.store.change_session_status(&id, &request).unwrap();
    assert_eq!(cancelled.status_reason, "Форс-мажор");
}

#[test]
fn a_postponement_keeps_the_old_date_and_a_new_start_schedules_again() {
    let mut t = TestStore::new();
    let mut input = session_input("2026-05-27 10:00", "Asia/Tashkent");
    input.ends_at = Some("2026-05-27 13:00".to_owned());
    let id = t.store.create_session(&input).unwrap().id.to_string();
    t.store
        .change_session_status(&id, &change(S::Scheduled))
        .unwrap();
    let postponed = t
        .store
        .change_session_status(&id, &change(S::Postponed))
        .unwrap();
    assert_eq!(postponed.start.venue.text(), "2026-05-27 10:00");

    // Back to scheduled only with a new start.
    let error = t
        .store
        .change_session_status(&id, &change(S::Scheduled))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("new_start"))
    );
    let mut again = change(S::Scheduled);
    again.new_start = Some("2026-06-03 15:30".to_owned());
    let rescheduled = t.store.change_session_status(&id, &again).unwrap();
    assert_eq!(rescheduled.status, S::Scheduled);
    assert_eq!(rescheduled.start.venue.text(), "2026-06-03 15:30");
    assert_eq!(rescheduled.end.unwrap().venue.text(), "2026-06-03 18:30");

    let events = t.store.session_events(&id).unwrap();
    let moves: Vec<(Option<SessionStatus>, SessionStatus)> = events
        .iter()
        .map(|e| (e.from_status, e.to_status))
        .collect();
    assert_eq!(
        moves,
        vec![
            (None, S::Draft),
            (Some(S::Draft), S::Scheduled),
            (Some(S::Scheduled), S::Postponed),
            (Some(S::Postponed), S::Scheduled),
        ]
    );
    assert_eq!(events[2].reason, "по просьбе сторон");
    assert_eq!(
        events[3].old_starts_at.as_deref(),
        Some("2026-05-27T05:00:00.000Z")
    );
    assert_eq!(
        events[3].new_starts_at.as_deref(),
        Some("2026-06-03T10:30:00.000Z")
    );
}

#[test]
fn a_new_start_is_refused_where_it_means_nothing() {
    let mut t = TestStore::new();
    let id = session_in(&mut t.store, S::Scheduled);
    let mut request = change(S::Confirmed);
    request.new_start = Some("2026-06-03 15:30".to_owned());
    let error = t.store.change_session_status(&id, &request).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidValue, Some("new_start"))
    );
    assert_eq!(t.store.session(&id).unwrap().status, S::Scheduled);
}

#[test]
fn council_sessions_are_numbered_in_order_and_numbers_are_never_reused() {
    let mut t = TestStore::new();
    let first = new_session(&mut t.store, "2026-01-10 10:00");
    let second = new_session(&mut t.store, "2026-02-10 10:00");
    assert_eq!(t.store.session(&first).unwrap().ordinal, Some(1));
    assert_eq!(t.store.session(&second).unwrap().ordinal, Some(2));
    assert_eq!(t.store.session("2").unwrap().id.to_string(), second);

    t.store.delete_session(&second).unwrap();
    t.store
        .change_session_status(&first, &change(S::Cancelled))
        .unwrap();
    let third = new_session(&mut t.store, "2026-03-10 10:00");
    assert_eq!(t.store.session(&third).unwrap().ordinal, Some(3));

    let mut group = session_input("2026-04-01 09:00", "Europe/Moscow");
    group.kind = SessionKind::WorkingGroup;
    let group = t.store.create_session(&group).unwrap();
    assert_eq!(group.ordinal, None);
    // Becoming a council session takes the next number; leaving it does not give the number back.
    let mut input = group.to_input();
    input.kind = SessionKind::CouncilSession;
    let promoted = t
        .store
        .update_session(&group.id.to_string(), &input)
        .unwrap();
    assert_eq!(promoted.ordinal, Some(4));
    input.kind = SessionKind::Forum;
    let demoted = t
        .store
        .update_session(&group.id.to_string(), &input)
        .unwrap();
    assert_eq!(demoted.ordinal, None);
    let fifth = new_session(&mut t.store, "2026-05-10 10:00");
    assert_eq!(t.store.session(&fifth).unwrap().ordinal, Some(5));

    t.store.restore_session(&second).unwrap();
    assert_eq!(t.store.session(&second).unwrap().ordinal, Some(2));
}

#[test]
fn a_late_moscow_start_shows_the_next_day_in_tashkent() {
    let mut t = TestStore::new();
    let session = t
        .store
        .create_session(&session_input("2026-05-27 23:30", "Europe/Moscow"))
        .unwrap();
    assert_eq!(session.starts_at, "2026-05-27T20:30:00.000Z");
    assert_eq!(session.start.venue.text(), "2026-05-27 23:30");
    assert_eq!(session.start.moscow.text(), "2026-05-27 23:30");
    assert_eq!(session.start.tashkent.text(), "2026-05-28 01:30");
    assert!(session.start.capitals_differ);

    // The listing's dates are the venue's.
    let on = |from: &str, to: &str| SessionFilter {
        from: Some(from.to_owned()),
        to: Some(to.to_owned()),
        ..SessionFilter::default()
    };
    assert_eq!(
        t.store
            .list_sessions(&on("2026-05-27", "2026-05-27"))
            .unwrap()
            .len(),
        1
    );
    assert!(
        t.store
            .list_sessions(&on("2026-05-28", "2026-05-30"))
            .unwrap()
            .is_empty()
    );
    let error = t
        .store
        .list_sessions(&on("2026-02-30", "2026-03-01"))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidDate, Some("from"))
    );
}

#[test]
fn listings_by_date_keep_sessions_whose_venue_day_differs_from_the_utc_day() {
    let mut t = TestStore::new();
    // 08:00 on 1 December in Kamchatka is still 30 November in UTC; 20:00 on 30 November in Honolulu is
    // already 1 December in UTC. The listing goes by the venue's day.
    let east = t
        .store
        .create_session(&session_input("2026-12-01 08:00", "Asia/Kamchatka"))
        .unwrap();
    assert_eq!(east.starts_at, "2026-11-30T20:00:00.000Z");
    let west = t
        .store
        .create_session(&session_input("2026-11-30 20:00", "Pacific/Honolulu"))
        .unwrap();
    assert_eq!(west.starts_at, "2026-12-01T06:00:00.000Z");
    let ids = |from: &str, to: &str| -> Vec<_> {
        let filter = SessionFilter {
            from: Some(from.to_owned()),
            to: Some(to.to_owned()),
            ..SessionFilter::default()
        };
        t.store
            .list_sessions(&filter)
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(ids("2026-12-01", "2026-12-01"), vec![east.id]);
    assert_eq!(ids("2026-11-30", "2026-11-30"), vec![west.id]);
    assert_eq!(ids("2026-11-30", "2026-12-01"), vec![east.id, west.id]);
}

#[test]
fn listings_filter_by_kind_and_status_and_sort_by_start() {
    let mut t = TestStore::new();
    let later = new_session(&mut t.store, "2026-09-01 10:00");
    let earlier = new_session(&mut t.store, "2026-03-01 10:00");
    let mut forum = session_input("2026-06-01 10:00", "Asia/Tashkent");
    forum.kind = SessionKind::Forum;
    t.store.create_session(&forum).unwrap();
    t.store
        .change_session_status(&later, &change(S::Scheduled))
        .unwrap();

    let all = t.store.list_sessions(&SessionFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].id.to_string(), earlier);
    let councils = SessionFilter {
        kind: Some(SessionKind::CouncilSession),
        status: Some(S::Scheduled),
        ..SessionFilter::default()
    };
    let found = t.store.list_sessions(&councils).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id.to_string(), later);
}

#[test]
fn people_pairings_and_sectors_are_linked_and_unknown_ones_refused() {
    let mut t = TestStore::new();
    let uz = t
        .store
        .create_person(&person_input("Karimov", Country::Uz))
        .unwrap();
    let ru = t
        .store
        .create_person(&person_input("Ivanov", Country::Ru))
        .unwrap();
    let guest = t
        .store
        .create_person(&person_input("Aliyeva", Country::Uz))
        .unwrap();
    let pair = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let mut input = session_input("2026-05-27 10:00", "Asia/Samarkand");
    input.co_chairs = vec![ru.id.to_string(), uz.id.to_string()];
    input.participants = vec![guest.id.to_string(), uz.id.to_string()];
    input.pairings = vec![pair.id.to_string()];
    input.sectors = vec!["tourism".to_owned(), "energy".to_owned()];
    let session = t.store.create_session(&input).unwrap();
    assert_eq!(session.co_chairs, vec![uz.id, ru.id]);
    assert_eq!(session.participants, vec![guest.id]);
    assert_eq!(session.pairings, vec![pair.id]);
    assert_eq!(session.sectors, vec!["energy", "tourism"]);
    assert_eq!(session.venue_city.uz, "Samarqand");

    let sessions = count_rows(&t, "sessions");
    let mut bad = input.clone();
    bad.co_chairs
        .push("0190f0e0-0000-7000-8000-000000000000".to_owned());
    let error = t.store.create_session(&bad).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("co_chairs"))
    );
    let mut bad = input.clone();
    bad.sectors.push("astrology".to_owned());
    assert_eq!(
        t.store.create_session(&bad).unwrap_err().code,
        ErrorCode::SectorNotFound
    );
    assert_eq!(count_rows(&t, "sessions"), sessions);
    // A refused council session does not use up an ordinal.
    assert_eq!(
        t.store.create_session(&input).unwrap().ordinal,
        Some(session.ordinal.unwrap() + 1)
    );
}

#[test]
fn an_end_before_the_start_is_refused() {
    let mut t = TestStore::new();
    let mut input = session_input("2026-05-27 10:00", "Asia/Tashkent");
    input.ends_at = Some("2026-05-27 09:59".to_owned());
    let error = t.store.create_session(&input).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::EndBeforeStart, Some("ends_at"))
    );
    assert_eq!(count_rows(&t, "sessions"), 0);
}

#[test]
fn moving_a_session_keeps_the_time_of_day_of_set_agenda_times_and_the_history() {
    let mut t = TestStore::new();
    let id = new_session(&mut t.store, "2026-05-27 10:00");
    let mut signing = agenda_item("Подписание соглашений", 30);
    signing.fixed_start = Some("15:00".to_owned());
    let item = t
        .store
        .add_agenda_item(&id, &signing, &AgendaPlace::default())
        .unwrap();
    assert_eq!(item.start.venue.text(), "2026-05-27 15:00");

    let mut input = t.store.session(&id).unwrap().to_input();
    input.starts_at = "2026-06-02 09:00".to_owned();
    t.store.update_session(&id, &input).unwrap();
    let agenda = t.store.agenda(&id, None).unwrap();
    assert_eq!(agenda.entries[0].start.venue.text(), "2026-06-02 15:00");
    let last = t.store.session_events(&id).unwrap().pop().unwrap();
    assert_eq!(last.from_status, Some(S::Draft));
    assert_eq!(
        last.old_starts_at.as_deref(),
        Some("2026-05-27T05:00:00.000Z")
    );
}

#[test]
fn trash_restore_and_history() {
    let mut t = TestStore::new();
    let id = new_session(&mut t.store, "2026-05-27 10:00");
    t.store.delete_session(&id).unwrap();
    assert!(
        t.store
            .list_sessions(&SessionFilter::default())
            .unwrap()
            .is_empty()
    );
    let trash = SessionFilter {
        deleted: true,
        ..SessionFilter::default()
    };
    assert_eq!(t.store.list_sessions(&trash).unwrap().len(), 1);
    let error = t
        .store
        .change_session_status(&id, &change(S::Scheduled))
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::NotFound);
    t.store.restore_session(&id).unwrap();
    assert_eq!(
        t.store.restore_session(&id).unwrap_err().code,
        ErrorCode::NotInTrash
    );
    t.store
        .change_session_status(&id, &change(S::Scheduled))
        .unwrap();
    let actions: Vec<AuditAction> = t
        .store
        .history("session", &id)
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        vec![
            AuditAction::Create,
            AuditAction::Delete,
            AuditAction::Restore,
            AuditAction::Update
        ]
    );
}

/// Reported by an officer: a session dated next April was confirmed and then marked held today with one click each.
#[test]
fn a_session_cannot_be_marked_held_before_its_day_but_may_be_confirmed() {
    let mut t = TestStore::new();
    let today = t.store.secretariat_today().unwrap();
    let april = today + chrono::Days::new(130);
    let id = new_session(&mut t.store, &format!("{april} 10:00"));
    t.store
        .change_session_status(&id, &change(S::Scheduled))
        .unwrap();
    t.store
        .change_session_status(&id, &change(S::Confirmed))
        .unwrap();
    let refused = t
        .store
        .change_session_status(&id, &change(S::Held))
        .unwrap_err();
    assert_eq!(
        (refused.code, refused.arg.as_str(), refused.field),
        (
            ErrorCode::SessionNotStarted,
            april.to_string().as_str(),
            Some("status")
        )
    );
    assert!(
        refused
            .message(council_core::Lang::En)
            .contains(&april.to_string())
    );
    assert_eq!(t.store.session(&id).unwrap().status, S::Confirmed);
}

/// Reported by an officer: the session page of a confirmed session dated next April still offered "Mark as held".
#[test]
fn a_future_session_is_not_offered_held_and_one_of_today_is() {
    let mut t = TestStore::new();
    let today = t.store.secretariat_today().unwrap();
    let ahead = new_session(
        &mut t.store,
        &format!("{} 10:00", today + chrono::Days::new(130)),
    );
    let now = new_session(&mut t.store, &format!("{today} 00:05"));
    for id in [&ahead, &now] {
        for step in [S::Scheduled, S::Confirmed] {
            t.store.change_session_status(id, &change(step)).unwrap();
        }
    }
    let offered = |store: &council_core::Store, id: &str| store.session(id).unwrap().next_statuses;
    assert!(!offered(&t.store, &ahead).contains(&S::Held));
    assert!(offered(&t.store, &ahead).contains(&S::Postponed));
    assert!(offered(&t.store, &now).contains(&S::Held));
    let listed = t
        .store
        .list_sessions(&council_core::session::SessionFilter::default())
        .unwrap();
    let listed_ahead = listed.iter().find(|s| s.id.to_string() == ahead).unwrap();
    assert!(!listed_ahead.next_statuses.contains(&S::Held));
}

/// Reported by an officer: the dashboard's "next sessions" listed a session already held.
#[test]
fn the_dashboard_never_lists_a_held_session_among_the_next() {
    let mut t = TestStore::new();
    let today = t.store.secretariat_today().unwrap();
    let held = new_session(&mut t.store, &format!("{today} 00:05"));
    for step in [S::Scheduled, S::Confirmed, S::Held] {
        t.store.change_session_status(&held, &change(step)).unwrap();
    }
    let ahead = new_session(
        &mut t.store,
        &format!("{} 10:00", today + chrono::Days::new(30)),
    );
    t.store
        .change_session_status(&ahead, &change(S::Scheduled))
        .unwrap();
    t.store
        .change_session_status(&ahead, &change(S::Confirmed))
        .unwrap();
    let listed: Vec<String> = t
        .store
        .dashboard(today)
        .unwrap()
        .next_sessions
        .iter()
        .map(|s| s.id.to_string())
        .collect();
    assert_eq!(listed, vec![ahead]);
}
