//! The council's work gathered around one pairing, and the session a record belongs to.

use council_core::agenda::AgendaPlace;
use council_core::decision::DecisionInput;
use council_core::instruction::InstructionInput;
use council_core::{Country, ErrorCode, LocalizedText};

use crate::support::{TestStore, agenda_item, day, given, ministry, pairing, session_input};

fn decision(text: &str, agenda_item_id: Option<String>) -> DecisionInput {
    DecisionInput {
        agenda_item_id,
        text: LocalizedText {
            ru: text.to_owned(),
            uz: text.to_owned(),
            en: text.to_owned(),
        },
        adopted_on: None,
    }
}

#[test]
fn a_pairing_lists_its_sessions_and_the_decisions_about_it() {
    let mut t = TestStore::new();
    let s = &mut t.store;
    let samarkand = s.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let tashkent = s.create_pairing(&pairing("UZ-TO", "RU-MOS")).unwrap();
    let p1 = samarkand.id.to_string();
    let p2 = tashkent.id.to_string();
    let mut first = session_input("2026-03-10 10:00", "Asia/Tashkent");
    first.pairings = vec![p1.clone()];
    let first = s.create_session(&first).unwrap().id.to_string();
    let mut second = session_input("2026-05-27 10:00", "Asia/Tashkent");
    second.pairings = vec![p2.clone()];
    let second = s.create_session(&second).unwrap().id.to_string();
    let mut trashed = session_input("2026-06-01 10:00", "Asia/Tashkent");
    trashed.pairings = vec![p1.clone()];
    let trashed = s.create_session(&trashed).unwrap().id.to_string();
    s.delete_session(&trashed).unwrap();

    // In the second session an agenda item is about Samarkand: its decision is Samarkand's.
    let mut item = agenda_item("Samarkand", 15);
    item.pairing_id = Some(p1.clone());
    let item = s
        .add_agenda_item(&second, &item, &AgendaPlace::default())
        .unwrap()
        .item
        .id
        .to_string();
    let on_item = s
        .adopt_decision(&second, &decision("О Самарканде", Some(item.clone())))
        .unwrap();
    // In the first session a decision gives Samarkand an instruction; another decision is about nothing.
    let giving = s
        .adopt_decision(&first, &decision("Поручить", None))
        .unwrap();
    let other = s.adopt_decision(&first, &decision("Прочее", None)).unwrap();
    let lead = ministry(s, "Минэкономики", Country::Uz);
    let instruction = s
        .create_instruction(
            &InstructionInput {
                decision_id: Some(giving.id.to_string()),
                pairing_id: Some(p1.clone()),
                ..given(&lead, "2026-09-01")
            },
            day("2026-03-10"),
        )
        .unwrap();

    let sessions: Vec<String> = s
        .pairing_sessions(&p1)
        .unwrap()
        .iter()
        .map(|x| x.id.to_string())
        .collect();
    assert_eq!(sessions, vec![first.clone()]);
    let numbers: Vec<String> = s
        .pairing_decisions(&p1)
        .unwrap()
        .into_iter()
        .map(|d| d.number)
        .collect();
    assert_eq!(numbers, vec![giving.number.clone(), on_item.number.clone()]);
    assert!(!numbers.contains(&other.number));
    assert!(s.pairing_decisions(&p2).unwrap().is_empty());

    // A decision in the trash is no longer listed.
    s.delete_decision(&on_item.id.to_string()).unwrap();
    assert_eq!(s.pairing_decisions(&p1).unwrap().len(), 1);

    // Each record opens in its session.
    assert_eq!(
        s.session_of("agenda_item", &item).unwrap(),
        Some(second.clone())
    );
    assert_eq!(
        s.session_of("decision", &giving.id.to_string()).unwrap(),
        Some(first.clone())
    );
    assert_eq!(
        s.session_of("instruction", &instruction.id.to_string())
            .unwrap(),
        Some(first.clone())
    );
    assert_eq!(
        s.session_of("session", &second).unwrap(),
        Some(second.clone())
    );
    assert_eq!(
        s.session_of("region", &p1).unwrap_err().code,
        ErrorCode::InvalidValue
    );
    assert_eq!(
        s.session_of("decision", &p1).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(
        s.pairing_sessions(&item).unwrap_err().code,
        ErrorCode::NotFound
    );
}
