//! Instructions: giving, numbering, the state machine with its refusals, extensions, reports, history.

use council_core::instruction::{InstructionInput, InstructionState};
use council_core::{Country, ErrorCode};

use crate::support::{TestStore, count_rows, day, given, ministry, official, report, translated};

#[test]
fn a_standalone_instruction_is_numbered_by_year_and_never_reuses_a_number() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минэкономики", Country::Uz);
    let today = day("2026-03-01");
    let first = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), today)
        .unwrap();
    assert_eq!(first.number, "S-2026-1");
    assert_eq!(first.state, InstructionState::Assigned);
    assert_eq!(first.lead_body.ru, "Минэкономики");
    t.store.delete_instruction(&first.number, today).unwrap();
    let second = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), today)
        .unwrap();
    assert_eq!(second.number, "S-2026-2");
    let sub = t
        .store
        .create_instruction(
            &InstructionInput {
                parent_id: Some(second.id.to_string()),
                ..given(&lead, "2026-03-20")
            },
            today,
        )
        .unwrap();
    assert_eq!(sub.number, "S-2026-2.1");
    assert_eq!(sub.parent_id, Some(second.id));
}

#[test]
fn references_must_exist_and_a_refusal_changes_nothing() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минтранс", Country::Ru);
    let today = day("2026-03-01");
    let before = count_rows(&t, "audit_log");
    let mut input = given(&lead, "2026-04-01");
    input.co_executor_ids = vec!["01234567-89ab-7def-8123-456789abcdef".into()];
    let error = t.store.create_instruction(&input, today).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("co_executor_ids"))
    );
    let mut input = given(&lead, "2026-04-31");
    assert_eq!(
        t.store.create_instruction(&input, today).unwrap_err().code,
        ErrorCode::InvalidDate
    );
    input = given(&lead, "2026-04-01");
    input.controller_person_id = Some(lead.id.to_string());
    let error = t.store.create_instruction(&input, today).unwrap_err();
    assert_eq!(error.field, Some("controller_person_id"));
    assert_eq!(count_rows(&t, "instructions"), 0);
    assert_eq!(count_rows(&t, "audit_log"), before);
}

#[test]
fn removal_from_control_needs_an_execution_report() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минфин", Country::Uz);
    let today = day("2026-03-10");
    let i = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), today)
        .unwrap();
    let error = t
        .store
        .move_instruction(&i.number, InstructionState::Removed, "", today)
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::ReportRequired);
    assert!(
        error
            .message(council_core::Lang::Ru)
            .contains("отчёта об исполнении")
    );
    assert_eq!(
        t.store.instruction(&i.number, today).unwrap().state,
        InstructionState::Assigned
    );

    t.store
        .move_instruction(&i.number, InstructionState::InProgress, "", today)
        .unwrap();
    t.store
        .add_execution_report(&i.number, &report("2026-03-25"), today)
        .unwrap();
    let reported = t.store.instruction(&i.number, today).unwrap();
    assert_eq!(reported.state, InstructionState::Reported);
    assert_eq!(reported.last_report_on, Some(day("2026-03-25")));
    let removed = t
        .store
        .move_instruction(&i.number, InstructionState::Removed, "", day("2026-03-28"))
        .unwrap();
    assert_eq!(removed.state, InstructionState::Removed);
    assert_eq!(removed.removed_on, Some(day("2026-03-28")));
    // Terminal: nothing moves it, no report or extension is taken.
    let error = t
        .store
        .move_instruction(&i.number, InstructionState::InProgress, "", today)
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidTransition);
    let error = t
        .store
        .add_execution_report(&i.number, &report("2026-03-29"), today)
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidTransition);
}

#[test]
fn cancelling_needs_a_reason_and_is_final() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минкультуры", Country::Ru);
    let today = day("2026-03-10");
    let i = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), today)
        .unwrap();
    let error = t
        .store
        .move_instruction(&i.number, InstructionState::Cancelled, " ", today)
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("reason"))
    );
    let cancelled = t
        .store
        .move_instruction(
            &i.number,
            InstructionState::Cancelled,
            "Утратило актуальность",
            today,
        )
        .unwrap();
    assert_eq!(cancelled.state_reason, "Утратило актуальность");
    let error = t
        .store
        .extend_instruction(&i.number, "2026-05-01", "Нужно время", today)
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidTransition);
}

#[test]
fn extensions_keep_every_earlier_due_date_and_reason() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минэнерго", Country::Ru);
    let today = day("2026-03-10");
    let i = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), today)
        .unwrap();
    let error = t
        .store
        .extend_instruction(&i.number, "2026-03-31", "Раньше", today)
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidValue, Some("new_due_on"))
    );
    let error = t
        .store
        .extend_instruction(&i.number, "2026-05-01", "", today)
        .unwrap_err();
    assert_eq!(error.field, Some("reason"));
    t.store
        .extend_instruction(&i.number, "2026-05-01", "Ожидается ответ партнёров", today)
        .unwrap();
    let extended = t
        .store
        .extend_instruction(&i.number, "2026-06-15", "Перенос заседания", today)
        .unwrap();
    assert_eq!(extended.due_on, day("2026-06-15"));
    assert_eq!(extended.original_due_on, day("2026-04-01"));
    assert_eq!(extended.extension_count, 2);

    t.store
        .add_execution_report(&i.number, &report("2026-06-01"), today)
        .unwrap();
    t.store
        .move_instruction(
            &i.number,
            InstructionState::InProgress,
            "Отчёт неполный",
            today,
        )
        .unwrap();
    let history = t.store.instruction_history(&i.number, today).unwrap();
    let dues: Vec<_> = history
        .extensions
        .iter()
        .map(|e| (e.old_due_on, e.new_due_on))
        .collect();
    assert_eq!(
        dues,
        vec![
            (day("2026-04-01"), day("2026-05-01")),
            (day("2026-05-01"), day("2026-06-15"))
        ]
    );
    assert_eq!(history.extensions[1].reason, "Перенос заседания");
    assert_eq!(history.reports.len(), 1);
    let states: Vec<_> = history.changes.iter().map(|c| c.to_state).collect();
    assert_eq!(
        states,
        vec![
            InstructionState::Assigned,
            InstructionState::Reported,
            InstructionState::InProgress
        ]
    );
    assert_eq!(history.changes[2].note, "Отчёт неполный");
}

#[test]
fn overdue_is_computed_at_the_given_today() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минздрав", Country::Uz);
    let created = day("2026-03-01");
    let i = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), created)
        .unwrap();
    assert!(
        !t.store
            .instruction(&i.number, day("2026-04-01"))
            .unwrap()
            .overdue,
        "due today is not overdue"
    );
    assert!(
        t.store
            .instruction(&i.number, day("2026-04-02"))
            .unwrap()
            .overdue
    );
    t.store
        .add_execution_report(&i.number, &report("2026-04-03"), created)
        .unwrap();
    assert!(
        t.store
            .instruction(&i.number, day("2026-04-05"))
            .unwrap()
            .overdue,
        "reported is still open"
    );
    t.store
        .move_instruction(&i.number, InstructionState::Removed, "", day("2026-04-05"))
        .unwrap();
    assert!(
        !t.store
            .instruction(&i.number, day("2026-04-06"))
            .unwrap()
            .overdue
    );
}

#[test]
fn every_change_is_audited_and_the_trash_restores() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минсельхоз", Country::Ru);
    let controller = official(&mut t.store, "Каримов А. А.");
    let today = day("2026-03-01");
    let mut input = given(&lead, "2026-04-01");
    input.controller_person_id = Some(controller.id.to_string());
    let i = t.store.create_instruction(&input, today).unwrap();
    assert_eq!(i.controller_person_id, Some(controller.id));
    t.store
        .extend_instruction(&i.number, "2026-05-01", "Причина", today)
        .unwrap();
    t.store.delete_instruction(&i.number, today).unwrap();
    let trash = t.store.trash().unwrap();
    assert_eq!(
        (trash[0].entity.as_str(), trash[0].id.clone()),
        ("instruction", i.id.to_string())
    );
    assert!(trash[0].label.ru.starts_with("S-2026-1 Подготовить"));
    assert!(
        t.store
            .instruction(&i.number, today)
            .unwrap()
            .deleted_at
            .is_some()
    );
    t.store.restore_instruction(&i.number, today).unwrap();
    let history = t.store.history("instruction", &i.id.to_string()).unwrap();
    assert_eq!(history.len(), 4);
    assert_eq!(history[1].before.as_ref().unwrap()["due_on"], "2026-04-01");
    assert_eq!(history[1].after.as_ref().unwrap()["due_on"], "2026-05-01");
}

/// Reported by an officer: an execution report dated today was accepted for an instruction of a session next April.
#[test]
fn a_report_dated_before_the_instruction_was_given_is_refused() {
    use council_core::decision::DecisionInput;
    let mut t = TestStore::new();
    let today = t.store.secretariat_today().unwrap();
    let session_day = today + chrono::Days::new(130);
    let session = crate::support::new_session(&mut t.store, &format!("{session_day} 10:00"));
    let decision = t
        .store
        .adopt_decision(
            &session,
            &DecisionInput {
                agenda_item_id: None,
                text: translated("Одобрить"),
                adopted_on: None,
            },
        )
        .unwrap();
    let lead = ministry(&mut t.store, "Минэкономразвития", Country::Ru);
    let due = session_day + chrono::Days::new(60);
    let mut input = given(&lead, &due.to_string());
    input.decision_id = Some(decision.id.to_string());
    let i = t.store.create_instruction(&input, today).unwrap();
    let refused = t
        .store
        .add_execution_report(&i.number, &report(&today.to_string()), today)
        .unwrap_err();
    assert_eq!(
        (refused.code, refused.arg.clone(), refused.field),
        (
            ErrorCode::ReportBeforeInstruction,
            session_day.to_string(),
            Some("reported_on")
        )
    );
    assert_eq!(count_rows(&t, "execution_reports"), 0);
    let later = session_day + chrono::Days::new(5);
    t.store
        .add_execution_report(&i.number, &report(&later.to_string()), later)
        .unwrap();
}

/// Reported by an officer: instruction due dates on a weekend or a public holiday got no warning.
#[test]
fn a_due_date_on_a_weekend_or_a_holiday_comes_back_with_a_warning() {
    let mut t = TestStore::new();
    let lead = ministry(&mut t.store, "Минтранс", Country::Ru);
    let today = day("2026-11-02");
    // 2027-05-09: Victory Day in Russia, a Sunday; 2027-05-08: a Saturday; 2027-05-11: a working Tuesday.
    let holiday = t
        .store
        .create_instruction(&given(&lead, "2027-05-09"), today)
        .unwrap();
    let warning = holiday.due_warning.expect("a warning on 9 May");
    assert!(
        warning.en.starts_with(
            "The due date 2027-05-09 is a day off: a Sunday, a public holiday in Russia"
        ),
        "{}",
        warning.en
    );
    assert!(warning.ru.contains("воскресенье") && warning.uz.contains("yakshanba"));
    let saturday = t
        .store
        .create_instruction(&given(&lead, "2027-05-08"), today)
        .unwrap();
    assert_eq!(
        saturday.due_warning.map(|w| w.en).as_deref(),
        Some("The due date 2027-05-08 is a day off: a Saturday.")
    );
    let tuesday = t
        .store
        .create_instruction(&given(&lead, "2027-05-11"), today)
        .unwrap();
    assert!(tuesday.due_warning.is_none());
    // The control list carries the same warning, and an extension to a working day clears it.
    let listed = t
        .store
        .list_instructions(&council_core::control::InstructionFilter::default(), today)
        .unwrap();
    assert_eq!(listed.iter().filter(|i| i.due_warning.is_some()).count(), 2);
    let moved = t
        .store
        .extend_instruction(&saturday.number, "2027-05-12", "Перенос", today)
        .unwrap();
    assert!(moved.due_warning.is_none());
}

/// A session's instructions come by number, each part by its value, whatever their due dates: the minutes
/// and the session page listed 2/2.2 above 2/2.1 and 2/1.1 (sorted by due date), and 2/2.10 above 2/2.9.
#[test]
fn a_sessions_instructions_are_listed_by_number_in_numeric_order() {
    let mut t = TestStore::new();
    let today = day("2026-11-29");
    crate::support::new_session(&mut t.store, "2026-01-10 10:00");
    let session = crate::support::new_session(&mut t.store, "2026-05-27 10:00");
    let lead = ministry(&mut t.store, "Минэкономразвития", Country::Ru);
    let decision = |t: &mut TestStore| {
        let input = council_core::decision::DecisionInput {
            agenda_item_id: None,
            text: translated("Решение"),
            adopted_on: None,
        };
        t.store
            .adopt_decision(&session, &input)
            .unwrap()
            .id
            .to_string()
    };
    let (first, second) = (decision(&mut t), decision(&mut t));
    // Later numbers fall due earlier; the first decision's only instruction falls due last.
    for n in 1..=10 {
        let input = InstructionInput {
            decision_id: Some(second.clone()),
            ..given(&lead, &format!("2027-03-{:02}", 21 - n))
        };
        t.store.create_instruction(&input, today).unwrap();
    }
    let input = InstructionInput {
        decision_id: Some(first),
        ..given(&lead, "2027-12-01")
    };
    t.store.create_instruction(&input, today).unwrap();
    let filter = council_core::control::InstructionFilter {
        session: Some(session.clone()),
        ..Default::default()
    };
    let numbers: Vec<String> = t
        .store
        .list_instructions(&filter, today)
        .unwrap()
        .into_iter()
        .map(|i| i.number)
        .collect();
    let mut expected = vec!["2/1.1".to_owned()];
    expected.extend((1..=10).map(|n| format!("2/2.{n}")));
    assert_eq!(numbers, expected);
}
