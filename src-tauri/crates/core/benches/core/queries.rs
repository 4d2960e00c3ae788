//! Reads: each core call next to its raw twin, after checking once that both give the same records.

use std::hint::black_box;

use council_core::Store;
use council_core::control::{InstructionFilter, RateBy};
use council_core::instruction::InstructionState;
use council_core::session::SessionFilter;
use council_core::store::{RawControl, RawRow};
use criterion::Criterion;

use crate::clock::Clock;
use rusqlite::types::Value;

use crate::data::{TODAY, ten_years};

/// One page of the control screen, as the UI asks for it (a page and one row to know there is a next).
const PAGE: u32 = 101;

fn open() -> Store {
    Store::open(&ten_years()).expect("the ten-year database opens")
}

/// The text of the first column of each raw row.
fn keys(rows: &[RawRow]) -> Vec<Option<String>> {
    rows.iter()
        .map(|row| match row.first() {
            Some(Value::Text(text)) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// Times `core` and `raw` as the two functions of the group `name`.
fn pair<C, R>(
    c: &mut Criterion<Clock>,
    name: &str,
    mut core: impl FnMut() -> C,
    mut raw: impl FnMut() -> R,
) {
    let mut group = c.benchmark_group(name);
    group.bench_function("core", |b| b.iter(|| black_box(core())));
    group.bench_function("raw", |b| b.iter(|| black_box(raw())));
    group.finish();
}

fn page_filter(raw: &RawControl) -> InstructionFilter {
    let mut filter = InstructionFilter {
        limit: Some(PAGE),
        ..InstructionFilter::default()
    };
    match raw {
        RawControl::Open => filter.open_only = true,
        RawControl::All => {}
        RawControl::State(state) => filter.states = vec![*state],
        RawControl::Body(body) => {
            filter.open_only = true;
            filter.body = Some(body.clone());
        }
        RawControl::Overdue => {
            filter.open_only = true;
            filter.overdue = true;
        }
        RawControl::DueWithin(days) => {
            filter.open_only = true;
            filter.due_within_days = Some(*days);
        }
    }
    filter
}

/// The first page of the control list with each filter the screen offers.
pub fn control_screen(c: &mut Criterion<Clock>) {
    let store = open();
    let body = store
        .execution_rates(RateBy::Body, TODAY)
        .expect("rates")
        .into_iter()
        .max_by_key(|rate| rate.counted)
        .and_then(|rate| rate.id)
        .expect("a body with instructions");
    let mut filters = vec![
        ("open", RawControl::Open),
        ("all", RawControl::All),
        ("body", RawControl::Body(body)),
        ("overdue", RawControl::Overdue),
        ("due_7_days", RawControl::DueWithin(7)),
        ("due_30_days", RawControl::DueWithin(30)),
    ];
    for state in [
        InstructionState::Assigned,
        InstructionState::InProgress,
        InstructionState::Reported,
        InstructionState::Removed,
        InstructionState::Cancelled,
    ] {
        filters.push((state.code(), RawControl::State(state)));
    }
    for (name, raw) in filters {
        let filter = page_filter(&raw);
        let core_rows = store.list_instructions(&filter, TODAY).expect("core page");
        let raw_rows = store
            .raw_instruction_page(&raw, TODAY, PAGE)
            .expect("raw page");
        let core_ids: Vec<_> = core_rows.iter().map(|i| Some(i.id.to_string())).collect();
        assert_eq!(
            core_ids,
            keys(&raw_rows),
            "control/{name}: core and raw differ"
        );
        pair(
            c,
            &format!("control/{name}"),
            || store.list_instructions(&filter, TODAY).unwrap(),
            || store.raw_instruction_page(&raw, TODAY, PAGE).unwrap(),
        );
    }
}

/// What the dashboard asks for on opening, and the execution report per body and per pairing.
pub fn dashboard(c: &mut Criterion<Clock>) {
    let store = open();
    let summary = store.control_summary(TODAY).expect("summary");
    let raw = store.raw_control_summary(TODAY).expect("raw summary");
    assert_eq!(
        raw[0],
        vec![
            Value::Integer(summary.open.into()),
            Value::Integer(summary.overdue.into()),
            Value::Integer(summary.due_within_7_days.into())
        ],
        "dashboard/summary: core and raw differ"
    );
    pair(
        c,
        "dashboard/summary",
        || store.control_summary(TODAY).unwrap(),
        || store.raw_control_summary(TODAY).unwrap(),
    );

    // The ten most overdue.
    let filter = InstructionFilter {
        open_only: true,
        overdue: true,
        limit: Some(10),
        ..InstructionFilter::default()
    };
    pair(
        c,
        "dashboard/overdue_top10",
        || store.list_instructions(&filter, TODAY).unwrap(),
        || {
            store
                .raw_instruction_page(&RawControl::Overdue, TODAY, 10)
                .unwrap()
        },
    );

    // The coming sessions.
    let from = SessionFilter {
        from: Some(TODAY.to_string()),
        ..SessionFilter::default()
    };
    let core: Vec<_> = store
        .list_sessions(&from)
        .expect("sessions")
        .iter()
        .map(|s| Some(s.id.to_string()))
        .collect();
    assert_eq!(
        core,
        keys(&store.raw_sessions_from(TODAY).expect("raw sessions")),
        "dashboard/sessions: core and raw differ"
    );
    pair(
        c,
        "dashboard/next_sessions",
        || store.list_sessions(&from).unwrap(),
        || store.raw_sessions_from(TODAY).unwrap(),
    );

    for (name, by) in [("body", RateBy::Body), ("pairing", RateBy::Pairing)] {
        let core: Vec<_> = store
            .execution_rates(by, TODAY)
            .expect("rates")
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(
            core,
            keys(&store.raw_execution_rates(by, TODAY).expect("raw rates")),
            "execution/{name}: core and raw differ"
        );
        pair(
            c,
            &format!("execution_report/{name}"),
            || store.execution_rates(by, TODAY).unwrap(),
            || store.raw_execution_rates(by, TODAY).unwrap(),
        );
    }
}

/// The session page: a session and its full agenda, for the session with the longest agenda.
pub fn session_agenda(c: &mut Criterion<Clock>) {
    let store = open();
    let sessions = store
        .list_sessions(&SessionFilter::default())
        .expect("sessions");
    let (id, _) = sessions
        .iter()
        .map(|s| {
            let agenda = store.agenda(&s.id.to_string(), None).expect("agenda");
            (s.id.to_string(), agenda.entries.len())
        })
        .max_by_key(|(_, n)| *n)
        .expect("a session");
    let agenda = store.agenda(&id, None).expect("agenda");
    let (_, items) = store.raw_session_agenda(&id).expect("raw agenda");
    let core: Vec<_> = agenda
        .entries
        .iter()
        .map(|e| Some(e.item.id.to_string()))
        .collect();
    assert_eq!(core, keys(&items), "session_agenda: core and raw differ");
    pair(
        c,
        "session_agenda",
        || {
            let session = store.session(&id).unwrap();
            (session, store.agenda(&id, None).unwrap())
        },
        || store.raw_session_agenda(&id).unwrap(),
    );
}

/// Search for a common and a rare word, in Cyrillic and in Latin script, and the first letters of a word.
pub fn search(c: &mut Criterion<Clock>) {
    let store = open();
    for (name, query) in [
        ("common_cyrillic", "развитие"),
        ("common_latin", "loyihalar"),
        ("rare_cyrillic", "Сурхандарьинская"),
        ("rare_latin", "Surxondaryo"),
        // What the search box asks while a word is being typed (it searches from the first letter; one
        // letter is a whole word, which the ten-year data set does not have: the answer is empty).
        ("typing_one_letter", "т"),
        ("typing_latin", "loy"),
        ("typing_cyrillic", "раз"),
    ] {
        let core: Vec<_> = store
            .search(query, 50)
            .expect("search")
            .into_iter()
            .map(|hit| format!("{} {} {}", hit.entity, hit.record_id, hit.rank))
            .collect();
        assert!(
            !core.is_empty() || name == "typing_one_letter",
            "search/{name}: {query} finds nothing"
        );
        let raw: Vec<_> = store
            .raw_search(query, 50)
            .expect("raw search")
            .iter()
            .map(|row| match (&row[0], &row[1], &row[5]) {
                (Value::Text(entity), Value::Text(record), Value::Real(rank)) => {
                    format!("{entity} {record} {rank}")
                }
                other => panic!("search/{name}: unexpected raw row {other:?}"),
            })
            .collect();
        assert_eq!(core, raw, "search/{name}: core and raw differ");
        pair(
            c,
            &format!("search/{name}"),
            || store.search(query, 50).unwrap(),
            || store.raw_search(query, 50).unwrap(),
        );
    }
}
