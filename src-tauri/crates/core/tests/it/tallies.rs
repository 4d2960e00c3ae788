//! The execution tallies (migration 0007) under random sequences of what officers do to instructions: after
//! every sequence, the rates and the weekly counts equal a recount of the instructions done here in Rust, and
//! the full database check finds the tallies in agreement.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use council_core::body::Body;
use council_core::control::{ExecutionRate, RateBy};
use council_core::instruction::{Instruction, InstructionInput, InstructionState};
use council_core::{Country, Pairing, Store};
use proptest::prelude::*;

use crate::support::{TestStore, day, given, ministry, pairing, report};

/// One thing an officer does; indexes pick among what exists, and refused actions are part of the test.
#[derive(Debug, Clone)]
enum Act {
    Give {
        lead: usize,
        pairing: usize,
        due: u64,
    },
    Start(usize),
    Report(usize),
    Remove(usize),
    Return(usize),
    Cancel(usize),
    Extend {
        which: usize,
        by: u64,
    },
    Reassign {
        which: usize,
        lead: usize,
        pairing: usize,
    },
    Trash(usize),
    Restore(usize),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        3 => (0..2usize, 0..3usize, 0..60u64).prop_map(|(lead, pairing, due)| Act::Give { lead, pairing, due }),
        1 => (0..16usize).prop_map(Act::Start),
        2 => (0..16usize).prop_map(Act::Report),
        2 => (0..16usize).prop_map(Act::Remove),
        1 => (0..16usize).prop_map(Act::Return),
        1 => (0..16usize).prop_map(Act::Cancel),
        1 => (0..16usize, 1..30u64).prop_map(|(which, by)| Act::Extend { which, by }),
        1 => (0..16usize, 0..2usize, 0..3usize)
            .prop_map(|(which, lead, pairing)| Act::Reassign { which, lead, pairing }),
        1 => (0..16usize).prop_map(Act::Trash),
        1 => (0..16usize).prop_map(Act::Restore),
    ]
}

struct Desk {
    t: TestStore,
    bodies: Vec<Body>,
    pairings: Vec<Pairing>,
    numbers: Vec<String>,
}

impl Desk {
    fn new() -> Desk {
        let mut t = TestStore::new();
        let bodies = vec![
            ministry(&mut t.store, "Минэкономики", Country::Uz),
            ministry(&mut t.store, "Минтранс", Country::Ru),
        ];
        let pairings = vec![
            t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap(),
            t.store.create_pairing(&pairing("UZ-TK", "RU-MOW")).unwrap(),
        ];
        Desk {
            t,
            bodies,
            pairings,
            numbers: Vec::new(),
        }
    }

    fn input(&self, lead: usize, pairing: usize, due: NaiveDate) -> InstructionInput {
        InstructionInput {
            pairing_id: self.pairings.get(pairing).map(|p| p.id.to_string()),
            ..given(&self.bodies[lead], &due.to_string())
        }
    }

    /// Does `act` on `on`; refusals (a state change the rules forbid) are expected and ignored.
    fn apply(&mut self, act: &Act, on: NaiveDate) {
        let s = &mut self.t.store;
        let pick = |i: usize| {
            (!self.numbers.is_empty()).then(|| self.numbers[i % self.numbers.len()].clone())
        };
        let _ = match act.clone() {
            Act::Give { lead, pairing, due } => {
                let input = self.input(lead, pairing, on + Days::new(due));
                let made = self.t.store.create_instruction(&input, on).unwrap();
                self.numbers.push(made.number);
                return;
            }
            Act::Start(i) => pick(i).map(|n| {
                s.move_instruction(&n, InstructionState::InProgress, "", on)
                    .map(drop)
            }),
            Act::Report(i) => pick(i).map(|n| {
                s.add_execution_report(&n, &report(&on.to_string()), on)
                    .map(drop)
            }),
            Act::Remove(i) => pick(i).map(|n| {
                s.move_instruction(&n, InstructionState::Removed, "", on)
                    .map(drop)
            }),
            Act::Return(i) => pick(i).map(|n| {
                s.move_instruction(&n, InstructionState::InProgress, "Мало", on)
                    .map(drop)
            }),
            Act::Cancel(i) => pick(i).map(|n| {
                s.move_instruction(&n, InstructionState::Cancelled, "Отменено", on)
                    .map(drop)
            }),
            Act::Extend { which, by } => pick(which).and_then(|n| {
                let due = s.instruction(&n, on).ok()?.due_on + Days::new(by);
                Some(
                    s.extend_instruction(&n, &due.to_string(), "Ожидается ответ", on)
                        .map(drop),
                )
            }),
            Act::Reassign {
                which,
                lead,
                pairing,
            } => pick(which).and_then(|n| {
                let due = s.instruction(&n, on).ok()?.due_on;
                let input = InstructionInput {
                    pairing_id: self.pairings.get(pairing).map(|p| p.id.to_string()),
                    ..given(&self.bodies[lead], &due.to_string())
                };
                Some(s.update_instruction(&n, &input, on).map(drop))
            }),
            Act::Trash(i) => pick(i).map(|n| s.delete_instruction(&n, on).map(drop)),
            Act::Restore(i) => pick(i).map(|n| s.restore_instruction(&n, on).map(drop)),
        };
    }

    fn all(&self, today: NaiveDate) -> Vec<Instruction> {
        self.numbers
            .iter()
            .map(|n| self.t.store.instruction(n, today).unwrap())
            .collect()
    }
}

/// (counted, on time, late, overdue) per key, recounted from the instructions by the rules of the rate.
fn recount(
    all: &[Instruction],
    today: NaiveDate,
    key: impl Fn(&Instruction) -> Option<String>,
) -> BTreeMap<Option<String>, (u32, u32, u32, u32)> {
    let mut counts = BTreeMap::new();
    for i in all
        .iter()
        .filter(|i| i.deleted_at.is_none() && i.state != InstructionState::Cancelled)
    {
        let removed = i.state == InstructionState::Removed;
        let c = counts.entry(key(i)).or_insert((0, 0, 0, 0));
        c.0 += u32::from(removed || i.due_on <= today);
        c.1 += u32::from(removed && i.removed_on.is_some_and(|r| r <= i.due_on));
        c.2 += u32::from(removed && i.removed_on.is_some_and(|r| r > i.due_on));
        c.3 += u32::from(!removed && i.due_on < today && !i.awaiting_review);
    }
    counts
}

fn reported(rates: &[ExecutionRate]) -> BTreeMap<Option<String>, (u32, u32, u32, u32)> {
    rates
        .iter()
        .map(|r| (r.id.clone(), (r.counted, r.on_time, r.late, r.overdue)))
        .collect()
}

fn agrees(store: &Store, all: &[Instruction], today: NaiveDate) {
    let by_body = store.execution_rates(RateBy::Body, today).unwrap();
    assert_eq!(
        reported(&by_body),
        recount(all, today, |i| Some(i.lead_body_id.to_string()))
    );
    let by_pairing = store.execution_rates(RateBy::Pairing, today).unwrap();
    assert_eq!(
        reported(&by_pairing),
        recount(all, today, |i| i.pairing_id.map(|p| p.to_string()))
    );
    let open: Vec<&Instruction> = all
        .iter()
        .filter(|i| {
            i.deleted_at.is_none()
                && !matches!(
                    i.state,
                    InstructionState::Removed | InstructionState::Cancelled
                )
        })
        .collect();
    let week = today + Days::new(7);
    let summary = store.control_summary(today).unwrap();
    assert_eq!(
        (
            summary.open,
            summary.overdue,
            summary.due_within_7_days,
            summary.awaiting_review
        ),
        (
            open.len() as u32,
            // Reported on time, an instruction awaits review and is not overdue.
            open.iter()
                .filter(|i| i.due_on < today && !i.awaiting_review)
                .count() as u32,
            open.iter()
                .filter(|i| i.due_on >= today && i.due_on <= week)
                .count() as u32,
            open.iter().filter(|i| i.awaiting_review).count() as u32,
        )
    );
    let check = store.check(true).unwrap();
    assert!(check.ok, "{:?}", check.messages);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn tallies_follow_every_change_of_an_instruction(
        acts in proptest::collection::vec((act(), 0..5u64), 1..40),
        asked in 0..120u64,
    ) {
        let mut desk = Desk::new();
        let mut on = day("2026-01-10");
        for (act, days_later) in &acts {
            on = on + Days::new(*days_later);
            desk.apply(act, on);
        }
        let today = day("2026-01-10") + Days::new(asked);
        agrees(&desk.t.store, &desk.all(today), today);
    }
}

#[test]
fn a_recount_that_disagrees_is_reported_by_the_full_check() {
    let mut desk = Desk::new();
    for lead in 0..2 {
        desk.apply(
            &Act::Give {
                lead,
                pairing: lead,
                due: 10,
            },
            day("2026-01-10"),
        );
    }
    assert!(desk.t.store.check(true).unwrap().ok);
    // Only a hand edit of the file can make them disagree: the triggers keep them in every write of the app.
    let conn = rusqlite::Connection::open(&desk.t.path).unwrap();
    conn.execute(
        "UPDATE execution_tallies SET open = open + 1 WHERE grouping = 'body'",
        [],
    )
    .unwrap();
    drop(conn);
    let check = desk.t.store.check(true).unwrap();
    assert!(!check.ok);
    assert_eq!(
        check
            .messages
            .iter()
            .filter(|m| m.starts_with("execution tallies: body"))
            .count(),
        2,
        "{:?}",
        check.messages
    );
}
