//! Series of working-group meetings: expansion into real sessions, moving and cancelling one meeting,
//! skipping a date, deleting the series.

use council_core::scheduling::{DayOfWeek, MonthWeek, RecurrenceRule, Repeat, SeriesEnd};
use council_core::session::{SessionFilter, SessionKind, SessionStatus, StatusChange};
use council_core::{AuditAction, ErrorCode, SeriesInput};

use crate::support::{TestStore, count_rows, session_input};

/// A working group meeting on Tuesdays 15:00–17:00 in Tashkent, from `first`.
fn tuesdays(first: &str, end: SeriesEnd) -> SeriesInput {
    let mut session = session_input(&format!("{first} 15:00"), "Asia/Tashkent");
    session.kind = SessionKind::WorkingGroup;
    session.ends_at = Some(format!("{first} 17:00"));
    SeriesInput {
        session,
        rule: RecurrenceRule {
            repeat: Repeat::Weekly {
                every_weeks: 1,
                weekday: DayOfWeek::Tuesday,
            },
            end,
        },
        exceptions: Vec::new(),
    }
}

fn starts(series: &council_core::SessionSeries) -> Vec<String> {
    series
        .occurrences
        .iter()
        .map(|o| o.session.start.venue.text())
        .collect()
}

#[test]
fn a_weekly_series_creates_real_sessions_on_each_date_with_the_times_of_the_first() {
    let mut t = TestStore::new();
    let mut input = tuesdays(
        "2027-01-05",
        SeriesEnd::Until {
            date: "2027-02-02".into(),
        },
    );
    input.exceptions = vec!["2027-01-19".into()];
    assert_eq!(
        input
            .dates()
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["2027-01-05", "2027-01-12", "2027-01-26", "2027-02-02"]
    );
    let series = t.store.create_series(&input).unwrap();
    assert_eq!(
        starts(&series),
        [
            "2027-01-05 15:00",
            "2027-01-12 15:00",
            "2027-01-26 15:00",
            "2027-02-02 15:00"
        ]
    );
    let first = &series.occurrences[0].session;
    assert_eq!(first.kind, SessionKind::WorkingGroup);
    assert_eq!(first.status, SessionStatus::Draft);
    assert_eq!(first.end.as_ref().unwrap().venue.text(), "2027-01-05 17:00");
    assert_eq!(series.exceptions.len(), 1);
    let listed = t.store.list_sessions(&SessionFilter::default()).unwrap();
    assert_eq!(listed.len(), 4);
    assert_eq!(
        t.store
            .history("session_series", &series.id.to_string())
            .unwrap()[0]
            .action,
        AuditAction::Create
    );
}

#[test]
fn the_last_thursday_of_each_month_in_moscow() {
    let mut t = TestStore::new();
    let mut input = tuesdays("2027-01-01", SeriesEnd::Count { count: 3 });
    input.session.time_zone = "Europe/Moscow".to_owned();
    input.session.starts_at = "2027-01-01 11:00".to_owned();
    input.session.ends_at = None;
    input.rule.repeat = Repeat::MonthlyWeekday {
        week: MonthWeek::Last,
        weekday: DayOfWeek::Thursday,
    };
    let series = t.store.create_series(&input).unwrap();
    assert_eq!(
        starts(&series),
        ["2027-01-28 11:00", "2027-02-25 11:00", "2027-03-25 11:00"]
    );
    assert_eq!(
        series.occurrences[0].session.start.tashkent.text(),
        "2027-01-28 13:00"
    );
}

#[test]
fn a_meeting_keeps_its_wall_clock_time_when_the_venue_changes_to_summer_time() {
    let mut t = TestStore::new();
    let mut input = tuesdays("2027-03-23", SeriesEnd::Count { count: 2 });
    input.session.time_zone = "Europe/Berlin".to_owned();
    input.session.starts_at = "2027-03-23 15:00".to_owned();
    input.session.ends_at = Some("2027-03-23 17:00".to_owned());
    let series = t.store.create_series(&input).unwrap();
    // Berlin moves to summer time on 28 March 2027: 15:00 is 14:00 UTC before and 13:00 UTC after;
    // Tashkent and Moscow keep one offset all year, so their clocks show the shift.
    let utc: Vec<&str> = series
        .occurrences
        .iter()
        .map(|o| o.session.starts_at.as_str())
        .collect();
    assert_eq!(
        utc,
        ["2027-03-23T14:00:00.000Z", "2027-03-30T13:00:00.000Z"]
    );
    assert_eq!(starts(&series), ["2027-03-23 15:00", "2027-03-30 15:00"]);
    assert_eq!(
        series.occurrences[1].session.start.tashkent.text(),
        "2027-03-30 18:00"
    );
}

#[test]
fn one_meeting_moves_or_is_cancelled_on_its_own() {
    let mut t = TestStore::new();
    let series = t
        .store
        .create_series(&tuesdays("2027-01-05", SeriesEnd::Count { count: 3 }))
        .unwrap();
    let second = series.occurrences[1].session.id.to_string();
    let mut moved = series.occurrences[1].session.to_input();
    moved.starts_at = "2027-01-13 10:00".to_owned();
    moved.ends_at = Some("2027-01-13 12:00".to_owned());
    t.store.update_session(&second, &moved).unwrap();
    let third = series.occurrences[2].session.id.to_string();
    t.store
        .change_session_status(
            &third,
            &StatusChange {
                to: SessionStatus::Cancelled,
                new_start: None,
                reason: "отпуск".to_owned(),
            },
        )
        .unwrap();
    let after = t.store.series(&series.id.to_string()).unwrap();
    assert_eq!(
        after.occurrences[0].session.start.venue.text(),
        "2027-01-05 15:00"
    );
    assert_eq!(after.occurrences[1].date.to_string(), "2027-01-12");
    assert_eq!(
        after.occurrences[1].session.start.venue.text(),
        "2027-01-13 10:00"
    );
    assert_eq!(
        after.occurrences[2].session.status,
        SessionStatus::Cancelled
    );
}

#[test]
fn skipping_a_date_cancels_its_meeting_and_an_unknown_date_is_refused() {
    let mut t = TestStore::new();
    let series = t
        .store
        .create_series(&tuesdays("2027-01-05", SeriesEnd::Count { count: 3 }))
        .unwrap();
    let id = series.id.to_string();
    let refused = t
        .store
        .skip_series_date(&id, "2027-01-13", "праздник")
        .unwrap_err();
    assert_eq!(
        (refused.code, refused.field),
        (ErrorCode::InvalidValue, Some("date"))
    );
    let skipped = t
        .store
        .skip_series_date(&id, "2027-01-12", "праздник")
        .unwrap();
    assert_eq!(
        skipped
            .exceptions
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["2027-01-12"]
    );
    let meeting = &skipped.occurrences[1].session;
    assert_eq!(
        (meeting.status, meeting.status_reason.as_str()),
        (SessionStatus::Cancelled, "праздник")
    );
}

#[test]
fn deleting_a_series_trashes_its_future_drafts_and_keeps_the_others() {
    let mut t = TestStore::new();
    let series = t
        .store
        .create_series(&tuesdays("2027-01-05", SeriesEnd::Count { count: 3 }))
        .unwrap();
    let confirmed = series.occurrences[0].session.id.to_string();
    for to in [SessionStatus::Scheduled, SessionStatus::Confirmed] {
        t.store
            .change_session_status(
                &confirmed,
                &StatusChange {
                    to,
                    new_start: None,
                    reason: String::new(),
                },
            )
            .unwrap();
    }
    t.store.delete_series(&series.id.to_string()).unwrap();
    let live = t.store.list_sessions(&SessionFilter::default()).unwrap();
    assert_eq!(live.len(), 1);
    assert_eq!(live[0].id.to_string(), confirmed);
    assert!(t.store.list_series().unwrap().is_empty());
    let trash = t.store.trash().unwrap();
    assert_eq!(trash.iter().filter(|e| e.entity == "session").count(), 2);
    assert!(trash.iter().any(|e| e.entity == "session_series"));
}

#[test]
fn the_warnings_of_a_series_are_given_per_date() {
    let t = TestStore::new();
    // Tuesdays from 2026-12-01 to 2026-12-15: 8 December is Constitution Day in Uzbekistan.
    let input = tuesdays(
        "2026-12-01",
        SeriesEnd::Until {
            date: "2026-12-15".into(),
        },
    );
    let preview = t.store.preview_series(&input).unwrap();
    assert_eq!(preview.dates.len(), 3);
    let found = preview.conflicts;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].date.to_string(), "2026-12-08");
    assert_eq!(
        found[0].conflicts[0].holiday.as_ref().unwrap().country,
        council_core::Country::Uz
    );
}

#[test]
fn a_new_rule_changes_only_future_untouched_meetings() {
    let mut t = TestStore::new();
    let series = t
        .store
        .create_series(&tuesdays("2027-01-05", SeriesEnd::Count { count: 6 }))
        .unwrap();
    let id = series.id.to_string();
    let session = |i: usize| series.occurrences[i].session.id.to_string();
    // 19 January moves to the afternoon after; 26 January is scheduled.
    let mut moved = series.occurrences[2].session.to_input();
    moved.starts_at = "2027-01-20 15:00".to_owned();
    moved.ends_at = Some("2027-01-20 17:00".to_owned());
    t.store.update_session(&session(2), &moved).unwrap();
    t.store
        .change_session_status(
            &session(3),
            &StatusChange {
                to: SessionStatus::Scheduled,
                new_start: None,
                reason: String::new(),
            },
        )
        .unwrap();

    let every_second = RecurrenceRule {
        repeat: Repeat::Weekly {
            every_weeks: 2,
            weekday: DayOfWeek::Tuesday,
        },
        end: SeriesEnd::Count { count: 4 },
    };
    let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 12).unwrap();
    let after = t
        .store
        .change_series_rule(&id, &every_second, today)
        .unwrap();
    let dates: Vec<String> = after
        .occurrences
        .iter()
        .map(|o| o.date.to_string())
        .collect();
    // Kept: the past 5th, the moved 19th, the scheduled 26th, the 2nd that the new rule also gives.
    // Trashed: the untouched 12th and 9th. Created: the 16th of February.
    assert_eq!(
        dates,
        [
            "2027-01-05",
            "2027-01-19",
            "2027-01-26",
            "2027-02-02",
            "2027-02-16"
        ]
    );
    assert_eq!(
        after.occurrences[1].session.start.venue.text(),
        "2027-01-20 15:00"
    );
    assert_eq!(
        after.occurrences[4].session.start.venue.text(),
        "2027-02-16 15:00"
    );
    assert_eq!(after.rule, every_second);
    let trashed: Vec<String> = t.store.trash().unwrap().into_iter().map(|e| e.id).collect();
    assert!(trashed.contains(&session(1)) && trashed.contains(&session(5)));

    // Changing back trashes the untouched 16 February and does not bring the trashed dates back.
    let weekly = tuesdays("2027-01-05", SeriesEnd::Count { count: 6 }).rule;
    let again = t.store.change_series_rule(&id, &weekly, today).unwrap();
    let dates: Vec<String> = again
        .occurrences
        .iter()
        .map(|o| o.date.to_string())
        .collect();
    assert_eq!(
        dates,
        ["2027-01-05", "2027-01-19", "2027-01-26", "2027-02-02"]
    );
}

#[test]
fn a_series_that_cannot_be_created_writes_nothing() {
    let mut t = TestStore::new();
    let mut bad = tuesdays("2027-01-05", SeriesEnd::Count { count: 3 });
    bad.session.co_chairs = vec!["0190c9f4-0000-7000-8000-000000000000".to_owned()];
    assert_eq!(
        t.store.create_series(&bad).unwrap_err().code,
        ErrorCode::NotFound
    );
    let mut empty = tuesdays(
        "2027-01-05",
        SeriesEnd::Until {
            date: "2027-01-05".into(),
        },
    );
    empty.exceptions = vec!["2027-01-05".into()];
    assert_eq!(
        t.store.create_series(&empty).unwrap_err().field,
        Some("rule")
    );
    for table in ["sessions", "session_series"] {
        assert_eq!(count_rows(&t, table), 0, "{table}");
    }
}
