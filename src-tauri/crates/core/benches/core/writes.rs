//! Writes, each in its own transaction with its audit row, on a private copy of the ten-year database:
//! adding and moving an agenda item, an instruction's state change (next to its raw twin), and a backup.

use std::collections::VecDeque;
use std::time::Duration;

use council_core::agenda::{AgendaItemInput, AgendaItemKind, AgendaPlace};
use council_core::instruction::InstructionState;
use council_core::session::SessionFilter;
use council_core::{LocalizedText, Store};
use criterion::{Criterion, SamplingMode};

use crate::clock::Clock;

use crate::data::{TODAY, ten_years, writable_copy};

fn item() -> AgendaItemInput {
    AgendaItemInput {
        kind: AgendaItemKind::Report,
        title: LocalizedText {
            ru: "О ходе реализации совместных проектов".to_owned(),
            uz: "Qoʻshma loyihalarning amalga oshirilishi toʻgʻrisida".to_owned(),
            en: "On the progress of joint projects".to_owned(),
        },
        description: LocalizedText::default(),
        duration_min: 15,
        fixed_start: None,
        presenters: Vec::new(),
        pairing_id: None,
        sector_code: None,
    }
}

/// The draft (unapproved) session with the longest agenda: where an officer adds and moves items.
fn draft_session(store: &Store) -> String {
    store
        .list_sessions(&SessionFilter::default())
        .expect("sessions")
        .into_iter()
        .filter(|s| s.agenda_approved_at.is_none())
        .map(|s| {
            let id = s.id.to_string();
            let n = store.agenda(&id, None).expect("agenda").entries.len();
            (id, n)
        })
        .max_by_key(|(_, n)| *n)
        .expect("a draft session")
        .0
}

/// Adding an item at the end of a draft agenda, and moving its first item to the end.
pub fn agenda(c: &mut Criterion<Clock>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open(&writable_copy(dir.path())).expect("the copy opens");
    let session = draft_session(&store);
    let clock = Clock::from_env();
    let mut group = c.benchmark_group("agenda");
    // Only the insertion is timed; the item then goes to the trash so the agenda keeps its length.
    group.bench_function("insert_item", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let started = clock.now();
                let entry = store
                    .add_agenda_item(&session, &item(), &AgendaPlace::default())
                    .unwrap();
                spent += clock.now().saturating_sub(started);
                store
                    .delete_agenda_item(&entry.item.id.to_string())
                    .unwrap();
            }
            spent
        });
    });
    let mut top: VecDeque<String> = store
        .agenda(&session, None)
        .expect("agenda")
        .entries
        .iter()
        .filter(|e| e.depth == 0)
        .map(|e| e.item.id.to_string())
        .collect();
    group.bench_function("move_item", |b| {
        b.iter(|| {
            let first = top.pop_front().unwrap();
            let to = AgendaPlace {
                parent_id: None,
                position: None,
            };
            let entry = store.move_agenda_item(&first, &to).unwrap();
            top.push_back(first);
            entry
        });
    });
    group.finish();
}

/// Starting work on an assigned instruction: the state, its history row and the audit row. Each iteration
/// takes the next assigned instruction; core and raw use different halves.
pub fn instruction_state(c: &mut Criterion<Clock>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open(&writable_copy(dir.path())).expect("the copy opens");
    let ids = store
        .raw_instruction_ids(InstructionState::Assigned, 40_000)
        .expect("assigned instructions");
    let (core_ids, raw_ids) = ids.split_at(ids.len() / 2);
    let mut core_ids = core_ids.iter();
    let mut raw_ids = raw_ids.iter();
    let mut group = c.benchmark_group("instruction_state");
    group.bench_function("core", |b| {
        b.iter(|| {
            let id = core_ids.next().expect("enough assigned instructions");
            store
                .move_instruction(id, InstructionState::InProgress, "", TODAY)
                .unwrap()
        });
    });
    group.bench_function("raw", |b| {
        b.iter(|| {
            let id = raw_ids.next().expect("enough assigned instructions");
            store.raw_start_instruction(id).unwrap();
        });
    });
    group.finish();
}

/// A backup of the ten-year database (online copy, SHA-256 manifest, tar), as `council backup` makes one.
pub fn backup(c: &mut Criterion<Clock>) {
    let store = Store::open(&ten_years()).expect("the ten-year database opens");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("bench.council-backup");
    let mut group = c.benchmark_group("backup");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("ten_years", |b| b.iter(|| store.backup_to(&out).unwrap()));
    group.finish();
}
