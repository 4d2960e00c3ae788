//! Decisions: numbering in order of adoption, the link to the agenda, amendments and rescissions, trash.

use council_core::agenda::AgendaPlace;
use council_core::decision::{DecisionInput, DecisionStatus, RevisionKind};
use council_core::session::SessionKind;
use council_core::{AuditAction, ErrorCode, LocalizedText};

use crate::support::{TestStore, agenda_item, new_session, session_input};

fn text(ru: &str) -> LocalizedText {
    LocalizedText {
        ru: ru.to_owned(),
        uz: "Qaror loyihasi maʼqullansin, qoʻshma ishchi guruh tuzilsin".to_owned(),
        en: "Approve the draft".to_owned(),
    }
}

fn input(ru: &str) -> DecisionInput {
    DecisionInput {
        agenda_item_id: None,
        text: text(ru),
        adopted_on: None,
    }
}

#[test]
fn decisions_are_numbered_by_session_ordinal_in_order_of_adoption() {
    let mut t = TestStore::new();
    new_session(&mut t.store, "2026-01-10 10:00");
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let first = t.store.adopt_decision(&s, &input("Первое")).unwrap();
    let second = t.store.adopt_decision(&s, &input("Второе")).unwrap();
    assert_eq!(
        (first.number.as_str(), second.number.as_str()),
        ("2/1", "2/2")
    );
    assert_eq!(first.status, DecisionStatus::InForce);
    assert_eq!(first.adopted_on.to_string(), "2026-05-27");
    assert_eq!(
        first.text.uz,
        "Qaror loyihasi ma\u{02BC}qullansin, qo\u{02BB}shma ishchi guruh tuzilsin"
    );

    // A number in the trash stays taken.
    t.store.delete_decision(&second.id.to_string()).unwrap();
    let third = t.store.adopt_decision(&s, &input("Третье")).unwrap();
    assert_eq!(third.number, "2/3");
    let numbers: Vec<String> = t
        .store
        .list_decisions(&s, false)
        .unwrap()
        .into_iter()
        .map(|d| d.number)
        .collect();
    assert_eq!(numbers, vec!["2/1", "2/3"]);
    assert_eq!(t.store.list_decisions(&s, true).unwrap()[0].number, "2/2");

    let restored = t.store.restore_decision(&second.id.to_string()).unwrap();
    assert_eq!(restored.number, "2/2");
    let found = t.store.decision(&third.id.to_string()).unwrap();
    assert_eq!(found.session_id.to_string(), s);
}

#[test]
fn sessions_without_an_ordinal_number_decisions_by_their_local_date() {
    let mut t = TestStore::new();
    // 23:30 in Moscow is already 28 May in Tashkent: the venue's date counts.
    let mut group = session_input("2026-05-27 23:30", "Europe/Moscow");
    group.kind = SessionKind::WorkingGroup;
    let moscow = t.store.create_session(&group).unwrap().id.to_string();
    group.time_zone = "Asia/Tashkent".to_owned();
    group.starts_at = "2026-05-28 01:30".to_owned();
    let tashkent = t.store.create_session(&group).unwrap().id.to_string();

    let in_moscow = t.store.adopt_decision(&moscow, &input("Решение")).unwrap();
    let in_tashkent = t
        .store
        .adopt_decision(&tashkent, &input("Решение"))
        .unwrap();
    assert_eq!(in_moscow.number, "20260527/1");
    assert_eq!(in_moscow.adopted_on.to_string(), "2026-05-27");
    assert_eq!(in_tashkent.number, "20260528/1");

    let mut dated = input("Позже");
    dated.adopted_on = Some("2026-06-01".to_owned());
    assert_eq!(
        t.store
            .adopt_decision(&moscow, &dated)
            .unwrap()
            .adopted_on
            .to_string(),
        "2026-06-01"
    );
    dated.adopted_on = Some("2026-06-31".to_owned());
    let error = t.store.adopt_decision(&moscow, &dated).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidDate, Some("adopted_on"))
    );
}

#[test]
fn a_decision_is_tied_only_to_an_item_of_its_own_session() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let other = new_session(&mut t.store, "2026-06-27 10:00");
    let item = t
        .store
        .add_agenda_item(&s, &agenda_item("Energy", 15), &AgendaPlace::default())
        .unwrap()
        .item
        .id
        .to_string();
    let mut tied = input("По пункту");
    tied.agenda_item_id = Some(item.clone());
    let decision = t.store.adopt_decision(&s, &tied).unwrap();
    assert_eq!(decision.agenda_item_id.map(|id| id.to_string()), Some(item));

    let error = t.store.adopt_decision(&other, &tied).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidValue, Some("agenda_item_id"))
    );
    tied.agenda_item_id = Some("0190f0e0-0000-7000-8000-000000000000".to_owned());
    let error = t.store.adopt_decision(&s, &tied).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("agenda_item_id"))
    );
    let empty = t
        .store
        .adopt_decision(&s, &DecisionInput::default())
        .unwrap_err();
    assert_eq!(
        (empty.code, empty.field),
        (ErrorCode::Required, Some("text"))
    );
    assert!(t.store.list_decisions(&other, false).unwrap().is_empty());
    // The refused adoptions used no number.
    assert_eq!(
        t.store.adopt_decision(&s, &input("Ещё")).unwrap().number,
        "1/2"
    );
}

#[test]
fn amendments_and_rescission_keep_the_history_and_a_rescinded_decision_stays_rescinded() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let id = t
        .store
        .adopt_decision(&s, &input("Исходный текст"))
        .unwrap()
        .id
        .to_string();

    let error = t
        .store
        .amend_decision(&id, &text("Новый"), " ")
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::Required, Some("reason"))
    );
    let amended = t
        .store
        .amend_decision(&id, &text("Новый текст"), "Уточнение сроков")
        .unwrap();
    assert_eq!(amended.status, DecisionStatus::Amended);
    assert_eq!(amended.text.ru, "Новый текст");
    assert_eq!(amended.revisions.len(), 1);
    assert_eq!(amended.revisions[0].old_text.ru, "Исходный текст");
    assert_eq!(amended.revisions[0].reason, "Уточнение сроков");

    let rescinded = t
        .store
        .rescind_decision(&id, "Утратило актуальность")
        .unwrap();
    assert_eq!(rescinded.status, DecisionStatus::Rescinded);
    assert_eq!(rescinded.text.ru, "Новый текст");
    let kinds: Vec<RevisionKind> = rescinded.revisions.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, vec![RevisionKind::Amended, RevisionKind::Rescinded]);

    let error = t
        .store
        .amend_decision(&id, &text("Ещё"), "Попытка")
        .unwrap_err();
    assert_eq!(
        (error.code, error.arg.as_str()),
        (ErrorCode::InvalidTransition, "rescinded → amended")
    );
    let error = t.store.rescind_decision(&id, "Снова").unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidTransition);
    assert_eq!(t.store.decision(&id).unwrap(), rescinded);

    t.store.delete_decision(&id).unwrap();
    t.store.restore_decision(&id).unwrap();
    let actions: Vec<AuditAction> = t
        .store
        .history("decision", &id)
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        vec![
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
}

#[test]
fn two_sessions_on_one_day_never_share_decision_or_instruction_numbers() {
    let mut t = TestStore::new();
    let mut group = session_input("2026-03-14 10:00", "Asia/Tashkent");
    group.kind = SessionKind::WorkingGroup;
    let morning = t.store.create_session(&group).unwrap().id.to_string();
    group.starts_at = "2026-03-14 15:00".to_owned();
    let afternoon = t.store.create_session(&group).unwrap().id.to_string();

    let first = t.store.adopt_decision(&morning, &input("Утро")).unwrap();
    let second = t.store.adopt_decision(&afternoon, &input("День")).unwrap();
    let third = t
        .store
        .adopt_decision(&morning, &input("Утро, второе"))
        .unwrap();
    assert_eq!(
        (
            first.number.as_str(),
            second.number.as_str(),
            third.number.as_str()
        ),
        ("20260314/1", "20260314-2/1", "20260314/2")
    );

    let lead = t
        .store
        .create_body(&crate::support::body_input(
            "Минэкономики",
            council_core::Country::Uz,
        ))
        .unwrap();
    let today = "2026-03-15".parse().unwrap();
    let mut numbers = Vec::new();
    for decision in [&first, &second] {
        let instruction = t
            .store
            .create_instruction(
                &council_core::instruction::InstructionInput {
                    decision_id: Some(decision.id.to_string()),
                    text: text("Подготовить"),
                    lead_body_id: lead.id.to_string(),
                    due_on: "2026-04-01".to_owned(),
                    ..Default::default()
                },
                today,
            )
            .unwrap();
        assert_eq!(instruction.session_id, Some(decision.session_id));
        numbers.push(instruction.number);
    }
    assert_eq!(numbers, ["20260314/1.1", "20260314-2/1.1"]);
}
