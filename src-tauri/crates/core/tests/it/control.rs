//! The weekly queries of execution control against a small data set whose answers were worked out by hand.
#![allow(clippy::many_single_char_names)] // a, b, c are the bodies of the hand-worked example

use council_core::control::{InstructionFilter, RateBy};
use council_core::instruction::{ExecutorRole, InstructionInput, InstructionState};
use council_core::{Country, Pairing};

use crate::support::{TestStore, day, given, ministry, pairing, report};

struct World {
    t: TestStore,
    a: String,
    b: String,
    c: String,
    p1: Pairing,
    p2: Pairing,
    /// Instruction numbers 1..=8 as given below.
    n: Vec<String>,
}

/// Eight instructions, created on 2026-01-10, asked about on 2026-06-10:
/// 1 A, due 05-01, removed 04-28 (on time), P1      5 B, due 07-30, open, no pairing
/// 2 A, due 05-15, removed 05-20 (late), P1         6 C, due 05-10, cancelled
/// 3 A, due 06-01, in progress (overdue), P2        7 C, due 06-17, open (due in 7 days)
/// 4 B, due 06-12, open (due in 7 days), P2, co-executor A
/// 8 B, due 08-01, removed 06-01 (early, on time)
fn world() -> World {
    let mut t = TestStore::new();
    let a = ministry(&mut t.store, "А: Минэкономики", Country::Uz);
    let b = ministry(&mut t.store, "Б: Минтранс", Country::Ru);
    let c = ministry(&mut t.store, "В: Минкультуры", Country::Ru);
    let p1 = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let p2 = t.store.create_pairing(&pairing("UZ-TK", "RU-MOW")).unwrap();
    let created = day("2026-01-10");
    let specs: [(&council_core::body::Body, &str, Option<&Pairing>); 8] = [
        (&a, "2026-05-01", Some(&p1)),
        (&a, "2026-05-15", Some(&p1)),
        (&a, "2026-06-01", Some(&p2)),
        (&b, "2026-06-12", Some(&p2)),
        (&b, "2026-07-30", None),
        (&c, "2026-05-10", None),
        (&c, "2026-06-17", None),
        (&b, "2026-08-01", None),
    ];
    let mut n = Vec::new();
    for (lead, due, pairing) in specs {
        let input = InstructionInput {
            pairing_id: pairing.map(|p| p.id.to_string()),
            ..given(lead, due)
        };
        n.push(t.store.create_instruction(&input, created).unwrap().number);
    }
    let s = &mut t.store;
    let mut co = given(&b, "2026-06-12");
    co.pairing_id = Some(p2.id.to_string());
    co.co_executor_ids = vec![a.id.to_string()];
    s.update_instruction(&n[3], &co, created).unwrap();
    for (i, reported, removed) in [
        (0, "2026-04-27", "2026-04-28"),
        (1, "2026-05-19", "2026-05-20"),
        (7, "2026-05-30", "2026-06-01"),
    ] {
        s.add_execution_report(&n[i], &report(reported), created)
            .unwrap();
        s.move_instruction(&n[i], InstructionState::Removed, "", day(removed))
            .unwrap();
    }
    s.move_instruction(&n[2], InstructionState::InProgress, "", created)
        .unwrap();
    s.move_instruction(
        &n[5],
        InstructionState::Cancelled,
        "Отменено решением",
        created,
    )
    .unwrap();
    World {
        t,
        a: a.id.to_string(),
        b: b.id.to_string(),
        c: c.id.to_string(),
        p1,
        p2,
        n,
    }
}

fn numbers(w: &World, filter: &InstructionFilter) -> Vec<usize> {
    w.t.store
        .list_instructions(filter, day("2026-06-10"))
        .unwrap()
        .iter()
        .map(|i| w.n.iter().position(|n| *n == i.number).unwrap() + 1)
        .collect()
}

#[test]
fn a_body_filter_says_per_row_whether_the_body_leads_or_only_co_executes() {
    let w = world();
    let by_body = InstructionFilter {
        body: Some(w.a.to_uppercase()),
        ..InstructionFilter::default()
    };
    let roles: Vec<(usize, Option<ExecutorRole>)> =
        w.t.store
            .list_instructions(&by_body, day("2026-06-10"))
            .unwrap()
            .iter()
            .map(|i| {
                (
                    w.n.iter().position(|n| *n == i.number).unwrap() + 1,
                    i.body_role,
                )
            })
            .collect();
    let (lead, co) = (Some(ExecutorRole::Lead), Some(ExecutorRole::CoExecutor));
    assert_eq!(roles, vec![(1, lead), (2, lead), (3, lead), (4, co)]);
    let unfiltered =
        w.t.store
            .list_instructions(&InstructionFilter::default(), day("2026-06-10"))
            .unwrap();
    assert!(unfiltered.iter().all(|i| i.body_role.is_none()));
}

#[test]
fn the_control_list_filters_as_the_screen_does() {
    let w = world();
    let all = InstructionFilter::default();
    assert_eq!(
        numbers(&w, &all),
        vec![1, 6, 2, 3, 4, 7, 5, 8],
        "by due date"
    );
    let by_body = InstructionFilter {
        body: Some(w.a.clone()),
        ..all.clone()
    };
    assert_eq!(
        numbers(&w, &by_body),
        vec![1, 2, 3, 4],
        "lead or co-executor"
    );
    let open_a = InstructionFilter {
        open_only: true,
        ..by_body
    };
    assert_eq!(numbers(&w, &open_a), vec![3, 4]);
    let overdue = InstructionFilter {
        overdue: true,
        ..all.clone()
    };
    assert_eq!(numbers(&w, &overdue), vec![3]);
    let due_soon = InstructionFilter {
        due_within_days: Some(7),
        ..all.clone()
    };
    assert_eq!(
        numbers(&w, &due_soon),
        vec![4, 7],
        "today to today + 7, inclusive"
    );
    let by_pairing = InstructionFilter {
        pairing: Some(w.p2.id.to_string()),
        ..all.clone()
    };
    assert_eq!(numbers(&w, &by_pairing), vec![3, 4]);
    let removed = InstructionFilter {
        states: vec![InstructionState::Removed],
        ..all.clone()
    };
    assert_eq!(numbers(&w, &removed), vec![1, 2, 8]);
    let page = InstructionFilter {
        limit: Some(2),
        offset: 1,
        ..all
    };
    assert_eq!(numbers(&w, &page), vec![6, 2]);
}

#[test]
fn the_summary_counts_open_overdue_and_due_this_week() {
    let w = world();
    let summary = w.t.store.control_summary(day("2026-06-10")).unwrap();
    assert_eq!(
        (summary.open, summary.overdue, summary.due_within_7_days),
        (4, 1, 2)
    );
}

#[test]
fn execution_rates_per_body_count_on_time_late_and_overdue() {
    let w = world();
    let rates =
        w.t.store
            .execution_rates(RateBy::Body, day("2026-06-10"))
            .unwrap();
    let ids: Vec<_> = rates.iter().map(|r| r.id.clone().unwrap()).collect();
    assert_eq!(
        ids,
        vec![w.a.clone(), w.b.clone(), w.c.clone()],
        "worst first, none-yet last"
    );
    let a = &rates[0];
    assert_eq!((a.counted, a.on_time, a.late, a.overdue), (3, 1, 1, 1));
    assert!((a.rate.unwrap() - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(a.label.ru, "А: Минэкономики");
    let b = &rates[1];
    assert_eq!((b.counted, b.on_time, b.rate), (1, 1, Some(1.0)));
    let c = &rates[2];
    assert_eq!(
        (c.counted, c.rate),
        (0, None),
        "the cancelled one never counts"
    );
}

#[test]
fn execution_rates_per_pairing_gather_the_unpaired_too() {
    let w = world();
    let rates =
        w.t.store
            .execution_rates(RateBy::Pairing, day("2026-06-10"))
            .unwrap();
    let summary: Vec<_> = rates
        .iter()
        .map(|r| (r.id.clone(), r.counted, r.on_time, r.overdue))
        .collect();
    assert_eq!(
        summary,
        vec![
            (Some(w.p2.id.to_string()), 1, 0, 1),
            (Some(w.p1.id.to_string()), 2, 1, 0),
            (None, 1, 1, 0),
        ]
    );
    assert!(
        rates[1].label.ru.contains("Самаркандская") && rates[1].label.ru.contains("Свердловская")
    );
}

#[test]
fn open_instructions_before_a_session_are_those_of_earlier_sessions() {
    let t = TestStore::demo(5);
    let today = day("2026-11-29");
    let conn = rusqlite::Connection::open(&t.path).unwrap();
    let sessions: Vec<(String, String)> = conn
        .prepare("SELECT id, starts_at FROM sessions ORDER BY starts_at")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let (last, last_start) = sessions.last().unwrap();
    let previous = t.store.open_before_session(last, today).unwrap();
    assert!(!previous.is_empty());
    let starts: std::collections::HashMap<&str, &str> = sessions
        .iter()
        .map(|(id, at)| (id.as_str(), at.as_str()))
        .collect();
    let all_open = t
        .store
        .list_instructions(
            &InstructionFilter {
                open_only: true,
                ..InstructionFilter::default()
            },
            today,
        )
        .unwrap();
    let expected: std::collections::BTreeSet<String> = all_open
        .iter()
        .filter(|i| starts[i.session_id.unwrap().to_string().as_str()] < last_start.as_str())
        .map(|i| i.number.clone())
        .collect();
    let got: std::collections::BTreeSet<String> =
        previous.iter().map(|i| i.number.clone()).collect();
    assert_eq!(got, expected);
    let first = &sessions[0].0;
    assert!(
        t.store
            .open_before_session(first, today)
            .unwrap()
            .is_empty(),
        "nothing before the first"
    );
}

/// Reported by an officer: five of eight "overdue" rows had their execution report in on or before the due date; the body did
/// its part and waits for the secretariat's review.
#[test]
fn reported_on_time_awaits_review_and_is_counted_apart_from_overdue() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Хокимият Самаркандской области", Country::Uz);
    let created = day("2026-01-10");
    let today = day("2026-06-10");
    let mut number = |due: &str| {
        t.store
            .create_instruction(&given(&lead, due), created)
            .unwrap()
            .number
    };
    let on_time = number("2026-05-01");
    let late_report = number("2026-05-02");
    let silent = number("2026-05-03");
    let s = &mut t.store;
    s.add_execution_report(&on_time, &report("2026-04-30"), created)
        .unwrap();
    s.add_execution_report(&late_report, &report("2026-05-20"), created)
        .unwrap();

    let shown = s.instruction(&on_time, today).unwrap();
    assert!(shown.awaiting_review && !shown.overdue);
    let shown = s.instruction(&late_report, today).unwrap();
    assert!(!shown.awaiting_review && shown.overdue);
    assert!(s.instruction(&silent, today).unwrap().overdue);

    let summary = s.control_summary(today).unwrap();
    assert_eq!(
        (summary.open, summary.overdue, summary.awaiting_review),
        (3, 2, 1)
    );
    let overdue: Vec<String> = s
        .list_instructions(
            &InstructionFilter {
                overdue: true,
                ..InstructionFilter::default()
            },
            today,
        )
        .unwrap()
        .into_iter()
        .map(|i| i.number)
        .collect();
    assert_eq!(overdue, [late_report.clone(), silent.clone()]);
    let dashboard = s.dashboard(today).unwrap();
    assert_eq!(dashboard.summary.awaiting_review, 1);
    assert!(dashboard.most_overdue.iter().all(|i| i.number != on_time));

    // Sent back to work, it is overdue again: the review found the report wanting.
    s.move_instruction(
        &on_time,
        InstructionState::InProgress,
        "Отчёт неполный",
        today,
    )
    .unwrap();
    assert!(s.instruction(&on_time, today).unwrap().overdue);
    assert_eq!(s.control_summary(today).unwrap().overdue, 3);
}
