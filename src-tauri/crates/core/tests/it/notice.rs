//! The deadline notice: what is overdue and what falls due soon, and the control list that shows exactly those.

use council_core::control::{InstructionFilter, NoticeSettings};
use council_core::instruction::InstructionState;
use council_core::{Country, ErrorCode};

use crate::support::{TestStore, day, given, ministry, report};

/// Asked on 2026-06-10: 05-20 in progress (overdue), 05-25 reported on 05-24 (awaiting review, not overdue),
/// 06-05 reported late on 06-08 (overdue), 06-10 (due today), 06-14, 06-30, 08-01 open, 06-02 removed.
fn world() -> (TestStore, Vec<String>) {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Министерство транспорта", Country::Ru);
    let created = day("2026-01-10");
    let mut numbers = Vec::new();
    for due in [
        "2026-05-20",
        "2026-05-25",
        "2026-06-05",
        "2026-06-10",
        "2026-06-14",
        "2026-06-30",
        "2026-08-01",
        "2026-06-02",
    ] {
        let number = t
            .store
            .create_instruction(&given(&lead, due), created)
            .unwrap()
            .number;
        numbers.push(number);
    }
    let s = &mut t.store;
    s.move_instruction(&numbers[0], InstructionState::InProgress, "", created)
        .unwrap();
    s.add_execution_report(&numbers[1], &report("2026-05-24"), created)
        .unwrap();
    s.add_execution_report(&numbers[2], &report("2026-06-08"), created)
        .unwrap();
    s.add_execution_report(&numbers[7], &report("2026-06-01"), created)
        .unwrap();
    s.move_instruction(&numbers[7], InstructionState::Removed, "", created)
        .unwrap();
    (t, numbers)
}

fn listed(t: &TestStore, numbers: &[String], filter: &InstructionFilter) -> Vec<usize> {
    t.store
        .list_instructions(filter, day("2026-06-10"))
        .unwrap()
        .iter()
        .map(|i| numbers.iter().position(|n| *n == i.number).unwrap() + 1)
        .collect()
}

#[test]
fn the_notice_counts_what_is_overdue_and_what_falls_due_within_a_week() {
    let (t, numbers) = world();
    let notice = t.store.deadline_notice(day("2026-06-10")).unwrap();
    assert_eq!(notice.settings, NoticeSettings::default());
    assert_eq!(notice.settings.within_days, 7);
    assert_eq!((notice.overdue, notice.due_soon), (2, 2));
    let named: Vec<&str> = notice.first.iter().map(|i| i.number.as_str()).collect();
    assert_eq!(
        named,
        [&numbers[0], &numbers[2], &numbers[3], &numbers[4]],
        "the most overdue first; the one reported on time awaits review"
    );
}

#[test]
fn the_notices_link_lists_exactly_the_instructions_it_counted() {
    let (t, numbers) = world();
    let notice = t.store.deadline_notice(day("2026-06-10")).unwrap();
    let shown = listed(&t, &numbers, &notice.filter);
    assert_eq!(shown, vec![1, 3, 4, 5]);
    assert_eq!(
        shown.len(),
        (notice.overdue + notice.due_soon) as usize,
        "as many as the notice says"
    );
    // The control screen's two filters, each alone, still mean what they meant.
    let overdue = InstructionFilter {
        due_within_days: None,
        ..notice.filter.clone()
    };
    assert_eq!(listed(&t, &numbers, &overdue), vec![1, 3]);
    let due_soon = InstructionFilter {
        overdue: false,
        ..notice.filter
    };
    assert_eq!(listed(&t, &numbers, &due_soon), vec![4, 5]);
}

#[test]
fn a_longer_window_chosen_in_settings_is_remembered_and_widens_the_notice() {
    let (mut t, numbers) = world();
    let chosen = NoticeSettings {
        within_days: 30,
        desktop: false,
    };
    assert_eq!(t.store.set_notice_settings(chosen).unwrap(), chosen);
    assert_eq!(t.store.notice_settings().unwrap(), chosen);
    let notice = t.store.deadline_notice(day("2026-06-10")).unwrap();
    assert_eq!(notice.settings, chosen);
    assert_eq!((notice.overdue, notice.due_soon), (2, 3));
    assert_eq!(listed(&t, &numbers, &notice.filter), vec![1, 3, 4, 5, 6]);
    assert_eq!(notice.first.len(), 5, "five are named, the rest counted");
}

#[test]
fn a_window_outside_one_to_sixty_days_is_refused_and_changes_nothing() {
    let (mut t, _) = world();
    let kept = NoticeSettings {
        within_days: 14,
        desktop: false,
    };
    t.store.set_notice_settings(kept).unwrap();
    for wrong in [0, 61, 365] {
        let error = t
            .store
            .set_notice_settings(NoticeSettings {
                within_days: wrong,
                desktop: true,
            })
            .unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidValue);
        assert_eq!(error.field, Some("within_days"));
        assert_eq!(t.store.notice_settings().unwrap(), kept);
    }
}
