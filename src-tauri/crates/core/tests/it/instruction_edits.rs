//! Edits of an instruction appear in its history timeline, field by field, with names instead of ids.

use council_core::instruction::{EditedField, InstructionInput};
use council_core::{Country, LocalizedText};

use crate::support::{TestStore, day, given, ministry, official, pairing};

fn ru(text: &LocalizedText) -> &str {
    &text.ru
}

#[test]
fn an_edit_on_the_control_screen_shows_in_the_timeline_with_old_and_new_names() {
    let mut t = TestStore::new();
    let health = ministry(&mut t.store, "Минздрав", Country::Uz);
    let transport = ministry(&mut t.store, "Минтранс", Country::Ru);
    let culture = ministry(&mut t.store, "Минкультуры", Country::Ru);
    let karimova = official(&mut t.store, "Каримова");
    let petrov = official(&mut t.store, "Петров");
    let today = day("2026-03-01");
    let first = InstructionInput {
        co_executor_ids: vec![culture.id.to_string()],
        controller_person_id: Some(karimova.id.to_string()),
        ..given(&health, "2026-04-01")
    };
    let i = t.store.create_instruction(&first, today).unwrap();

    let mut edited = first.clone();
    edited.text.ru = "Подготовить план".into();
    edited.lead_body_id = transport.id.to_string();
    edited.co_executor_ids = vec![culture.id.to_string(), health.id.to_string()];
    edited.controller_person_id = Some(petrov.id.to_string());
    t.store
        .update_instruction(&i.number, &edited, today)
        .unwrap();
    // Saving the form again without a change adds nothing.
    t.store
        .update_instruction(&i.number, &edited, today)
        .unwrap();
    edited.controller_person_id = None;
    t.store
        .update_instruction(&i.number, &edited, today)
        .unwrap();

    let history = t.store.instruction_history(&i.number, today).unwrap();
    assert_eq!(history.edits.len(), 2, "{:#?}", history.edits);
    let edit = &history.edits[0];
    assert!(!edit.os_user.is_empty());
    let changes: Vec<(EditedField, &str, &str)> = edit
        .changes
        .iter()
        .map(|c| (c.field, ru(&c.old), ru(&c.new)))
        .collect();
    assert_eq!(
        changes,
        vec![
            (
                EditedField::TextRu,
                "Подготовить предложения",
                "Подготовить план"
            ),
            (EditedField::LeadBody, "Минздрав", "Минтранс"),
            (
                EditedField::CoExecutors,
                "Минкультуры",
                "Минздрав, Минкультуры"
            ),
            (EditedField::Controller, "Каримова", "Петров"),
        ]
    );
    // Names come in every language, so the timeline reads in the officer's.
    assert_eq!(edit.changes[1].new.uz, "Минтранс (uz)");
    assert_eq!(edit.changes[3].old.en, "Каримова (en)");
    let removed = &history.edits[1].changes;
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].field, EditedField::Controller);
    assert_eq!(ru(&removed[0].old), "Петров");
    assert_eq!(ru(&removed[0].new), "", "no controller any more");
}

#[test]
fn a_new_pairing_is_named_by_its_regions() {
    let mut t = TestStore::new();
    let health = ministry(&mut t.store, "Минздрав", Country::Uz);
    let p = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let today = day("2026-03-01");
    let input = given(&health, "2026-04-01");
    let i = t.store.create_instruction(&input, today).unwrap();
    let moved = InstructionInput {
        pairing_id: Some(p.id.to_string()),
        ..input
    };
    t.store
        .update_instruction(&i.number, &moved, today)
        .unwrap();
    let history = t.store.instruction_history(&i.number, today).unwrap();
    let change = &history.edits[0].changes[0];
    assert_eq!(change.field, EditedField::Pairing);
    assert_eq!(change.old.ru, "");
    assert!(
        change.new.ru.contains(" — ") && !change.new.ru.contains(&p.id.to_string()),
        "{}",
        change.new.ru
    );
}

/// An edit starts from the instruction as it is: its input gives back every field the form shows.
#[test]
fn an_instruction_gives_back_the_input_it_was_given() {
    let mut t = TestStore::new();
    let health = ministry(&mut t.store, "Минздрав", Country::Uz);
    let culture = ministry(&mut t.store, "Минкультуры", Country::Ru);
    let karimova = official(&mut t.store, "Каримова");
    let input = InstructionInput {
        co_executor_ids: vec![culture.id.to_string()],
        controller_person_id: Some(karimova.id.to_string()),
        ..given(&health, "2026-04-01")
    };
    let i = t
        .store
        .create_instruction(&input, day("2026-03-01"))
        .unwrap();
    assert_eq!(i.to_input(), input);
}
