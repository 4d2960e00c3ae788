//! Property test: numbers, positions and computed times hold under any sequence of adds, moves, deletes and
//! restores, and every refused change leaves the agenda as it was.

use council_core::agenda::{Agenda, AgendaEntry, AgendaPlace};
use council_core::{ErrorCode, Store};
use proptest::prelude::*;

use crate::support::{TestStore, agenda_item, new_session};

/// One random change of an agenda; indexes pick among what exists at that moment.
#[derive(Debug, Clone)]
enum Op {
    Add {
        parent: Option<usize>,
        position: Option<usize>,
        minutes: i64,
        fixed: Option<i64>,
    },
    Move {
        item: usize,
        parent: Option<usize>,
        position: Option<usize>,
    },
    Delete {
        item: usize,
    },
    Restore {
        item: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let index = || prop::option::of(0usize..6);
    prop_oneof![
        3 => (index(), index(), 0i64..90, prop::option::weighted(0.2, 0i64..300)).prop_map(
            |(parent, position, minutes, fixed)| Op::Add { parent, position, minutes, fixed }
        ),
        2 => (0usize..12, index(), index())
            .prop_map(|(item, parent, position)| Op::Move { item, parent, position }),
        1 => (0usize..12).prop_map(|item| Op::Delete { item }),
        1 => (0usize..12).prop_map(|item| Op::Restore { item }),
    ]
}

fn pick<T: Clone>(list: &[T], index: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[index % list.len()].clone())
}

/// Where an added or moved item must land: at the asked place, or last when none (or past the end).
fn check_place(
    store: &Store,
    session: &str,
    entry: &AgendaEntry,
    asked: Option<i64>,
) -> Result<(), TestCaseError> {
    let agenda = store.agenda(session, None).unwrap();
    let siblings = agenda
        .entries
        .iter()
        .filter(|e| e.item.parent_id == entry.item.parent_id)
        .count() as i64;
    let expected = asked.map_or(siblings - 1, |p| p.min(siblings - 1));
    prop_assert_eq!(entry.item.position, expected);
    Ok(())
}

fn apply(store: &mut Store, session: &str, op: &Op) -> Result<(), TestCaseError> {
    let agenda = store.agenda(session, None).unwrap();
    let ids: Vec<String> = agenda
        .entries
        .iter()
        .map(|e| e.item.id.to_string())
        .collect();
    let tops: Vec<String> = agenda
        .entries
        .iter()
        .filter(|e| e.depth == 0)
        .map(|e| e.item.id.to_string())
        .collect();
    let place = |parent: &Option<usize>, p: &Option<usize>| AgendaPlace {
        parent_id: parent.and_then(|i| pick(&tops, i)),
        position: p.map(|p| p as i64),
    };
    // Refusals (nesting too deep, a trashed parent) are part of the game; they must change nothing.
    let result = match op {
        Op::Add {
            parent,
            position,
            minutes,
            fixed,
        } => {
            let mut input = agenda_item("x", *minutes);
            input.fixed_start = fixed.map(|m| format!("{:02}:{:02}", 10 + m / 60, m % 60));
            let place = place(parent, position);
            store
                .add_agenda_item(session, &input, &place)
                .map(|entry| check_place(store, session, &entry, place.position))
        }
        Op::Move {
            item,
            parent,
            position,
        } => match pick(&ids, *item) {
            Some(id) => {
                let place = place(parent, position);
                store
                    .move_agenda_item(&id, &place)
                    .map(|entry| check_place(store, session, &entry, place.position))
            }
            None => Ok(Ok(())),
        },
        Op::Delete { item } => match pick(&ids, *item) {
            Some(id) => store.delete_agenda_item(&id).map(|deleted| {
                // Everything else keeps its order.
                let gone = |e: &&AgendaEntry| {
                    e.item.id == deleted.id || e.item.parent_id == Some(deleted.id)
                };
                let expected: Vec<_> = agenda
                    .entries
                    .iter()
                    .filter(|e| !gone(e))
                    .map(|e| e.item.id)
                    .collect();
                let after: Vec<_> = store
                    .agenda(session, None)
                    .unwrap()
                    .entries
                    .iter()
                    .map(|e| e.item.id)
                    .collect();
                prop_assert_eq!(after, expected);
                Ok(())
            }),
            None => Ok(Ok(())),
        },
        Op::Restore { item } => {
            let trash = store.agenda_trash(session).unwrap();
            match pick(&trash, *item) {
                Some(entry) => store
                    .restore_agenda_item(&entry.id.to_string())
                    .map(|_| Ok(())),
                None => Ok(Ok(())),
            }
        }
    };
    match result {
        Ok(checked) => checked,
        Err(error) => {
            prop_assert!(
                matches!(
                    error.code,
                    ErrorCode::NestingTooDeep | ErrorCode::NotFound | ErrorCode::InvalidValue
                ),
                "{:?}: {}",
                op,
                error
            );
            prop_assert_eq!(
                store.agenda(session, None).unwrap(),
                agenda,
                "{:?} was refused",
                op
            );
            Ok(())
        }
    }
}

fn check_invariants(agenda: &Agenda) -> Result<(), TestCaseError> {
    let mut top = 0;
    let mut sub = 0;
    let mut cursor = chrono::DateTime::parse_from_rfc3339(&agenda.starts_at).unwrap();
    for entry in &agenda.entries {
        let expected = if entry.depth == 0 {
            top += 1;
            sub = 0;
            top.to_string()
        } else {
            sub += 1;
            format!("{top}.{sub}")
        };
        prop_assert_eq!(&entry.number, &expected);
        let position = if entry.depth == 0 { top - 1 } else { sub - 1 };
        prop_assert_eq!(entry.item.position, position);
        let start = chrono::DateTime::parse_from_rfc3339(&entry.starts_at).unwrap();
        if let Some(fixed) = &entry.item.fixed_start {
            let fixed = chrono::DateTime::parse_from_rfc3339(fixed).unwrap();
            prop_assert_eq!(start, fixed);
            prop_assert_eq!(entry.overrun, fixed < cursor);
        } else {
            prop_assert_eq!(start, cursor);
            prop_assert!(!entry.overrun);
        }
        cursor = start + chrono::TimeDelta::minutes(entry.item.duration_min);
    }
    let total: i64 = agenda.entries.iter().map(|e| e.item.duration_min).sum();
    prop_assert_eq!(agenda.total_min, total);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn numbers_positions_and_times_hold_under_any_changes(ops in prop::collection::vec(op(), 1..16)) {
        let mut t = TestStore::new();
        let s = new_session(&mut t.store, "2026-05-27 10:00");
        for op in &ops {
            apply(&mut t.store, &s, op)?;
            check_invariants(&t.store.agenda(&s, None).unwrap())?;
        }
    }
}
