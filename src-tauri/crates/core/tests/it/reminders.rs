//! Reminder letters to the executing bodies: which instructions a window picks, one letter per lead body
//! with its co-executors in copy, the language of each letter, and the reminders recorded in the history.
#![allow(clippy::many_single_char_names)] // a, b, c are the bodies of the hand-worked example

use council_core::body::Body;
use council_core::control::InstructionFilter;
use council_core::instruction::InstructionState;
use council_core::person::PersonInput;
use council_core::reminder::{
    LetterLang, ReminderChannel, ReminderLetter, ReminderQuery, ReminderRecord, SentLetter,
};
use council_core::{Country, ErrorCode, LocalizedText, Store};

use crate::support::{TestStore, day, dump, given, ministry, official, report};

/// Asked on 2026-12-07. A (Uzbek) leads 1 (due 12-01, overdue, extended from 11-20, co-executor C,
/// controlled) and 2 (due 12-10); B (Russian) leads 3 (due 12-20), 4 (due 11-30, reported on 11-29: awaiting
/// review) and 5 (due 11-25, cancelled).
struct World {
    t: TestStore,
    a: Body,
    b: Body,
    c: Body,
    n: Vec<String>,
}

const TODAY: &str = "2026-12-07";

fn member(store: &mut Store, body: &Body, name: &str, email: &str) {
    store
        .create_person(&PersonInput {
            full_name: LocalizedText {
                ru: name.to_owned(),
                uz: name.to_owned(),
                en: name.to_owned(),
            },
            position: LocalizedText::default(),
            body_id: Some(body.id.to_string()),
            country: body.country,
            phone: String::new(),
            email: email.to_owned(),
        })
        .unwrap();
}

fn world() -> World {
    let mut t = TestStore::new();
    let s = &mut t.store;
    let a = ministry(s, "Минэкономики", Country::Uz);
    let b = ministry(s, "Минтранс", Country::Ru);
    let c = ministry(s, "Минкультуры", Country::Ru);
    member(s, &a, "Karimov", "karimov@mineco.uz");
    member(s, &a, "Without mail", "");
    member(s, &c, "Петрова", "petrova@culture.ru");
    let controller = official(s, "Контролёр");
    let created = day("2026-11-01");
    let mut n = Vec::new();
    for (lead, due) in [
        (&a, "2026-11-20"),
        (&a, "2026-12-10"),
        (&b, "2026-12-20"),
        (&b, "2026-11-30"),
        (&b, "2026-11-25"),
    ] {
        n.push(
            s.create_instruction(&given(lead, due), created)
                .unwrap()
                .number,
        );
    }
    let mut first = given(&a, "2026-11-20");
    first.co_executor_ids = vec![c.id.to_string()];
    first.controller_person_id = Some(controller.id.to_string());
    s.update_instruction(&n[0], &first, created).unwrap();
    s.extend_instruction(&n[0], "2026-12-01", "Просьба министерства", created)
        .unwrap();
    s.add_execution_report(&n[3], &report("2026-11-29"), day("2026-11-29"))
        .unwrap();
    s.move_instruction(&n[4], InstructionState::Cancelled, "Не актуально", created)
        .unwrap();
    World { t, a, b, c, n }
}

fn letters(
    w: &World,
    overdue: bool,
    within: Option<u32>,
    lang: Option<LetterLang>,
) -> Vec<ReminderLetter> {
    w.t.store
        .reminder_letters(
            &ReminderQuery {
                overdue,
                due_within_days: within,
                lang,
            },
            day(TODAY),
        )
        .unwrap()
}

/// Each letter as its body's Russian name and its instruction numbers.
fn shape(letters: &[ReminderLetter]) -> Vec<(String, Vec<String>)> {
    letters
        .iter()
        .map(|l| {
            (
                l.body.ru.clone(),
                l.items.iter().map(|i| i.number.clone()).collect(),
            )
        })
        .collect()
}

fn sent(letter: &ReminderLetter, number: &str, on: &str) -> ReminderRecord {
    ReminderRecord {
        sent_on: on.to_owned(),
        channel: ReminderChannel::Letter,
        letters: vec![SentLetter {
            body_id: letter.body_id.to_string(),
            letter_number: number.to_owned(),
            instruction_ids: letter
                .items
                .iter()
                .map(|i| i.instruction_id.to_string())
                .collect(),
        }],
    }
}

#[test]
fn the_window_picks_overdue_due_soon_or_both_and_never_what_awaits_review_or_left_control() {
    let w = world();
    let (a, b) = (w.a.name.ru.clone(), w.b.name.ru.clone());
    let n = &w.n;
    assert_eq!(
        shape(&letters(&w, true, None, None)),
        [(a.clone(), vec![n[0].clone()])]
    );
    assert_eq!(
        shape(&letters(&w, false, Some(7), None)),
        [(a.clone(), vec![n[1].clone()])]
    );
    assert_eq!(
        shape(&letters(&w, true, Some(7), None)),
        [(a.clone(), vec![n[0].clone(), n[1].clone()])]
    );
    assert_eq!(
        shape(&letters(&w, true, Some(14), None)),
        [
            (a, vec![n[0].clone(), n[1].clone()]),
            (b, vec![n[2].clone()])
        ]
    );
    let refused =
        w.t.store
            .reminder_letters(&ReminderQuery::default(), day(TODAY))
            .unwrap_err();
    assert_eq!(
        (refused.code, refused.field),
        (ErrorCode::Required, Some("window"))
    );
}

#[test]
fn a_letter_lists_due_dates_controller_and_copies_with_their_addresses() {
    let w = world();
    let letter = &letters(&w, true, None, None)[0];
    assert_eq!(
        letter
            .to
            .iter()
            .map(|m| m.email.as_str())
            .collect::<Vec<_>>(),
        ["karimov@mineco.uz"]
    );
    assert_eq!(letter.copies.len(), 1);
    assert_eq!(letter.copies[0].body_id, w.c.id);
    assert_eq!(letter.copies[0].addresses[0].email, "petrova@culture.ru");
    let item = &letter.items[0];
    assert!(item.overdue);
    assert_eq!(item.due_on, day("2026-12-01"));
    assert_eq!(item.earlier_due_dates, [day("2026-11-20")]);
    assert_eq!(item.controller.as_ref().unwrap().ru, "Контролёр");
    assert!(!letter.repeated);
}

#[test]
fn each_body_is_written_in_its_countrys_language_unless_the_officer_chooses_one() {
    let w = world();
    let by_country: Vec<_> = letters(&w, true, Some(14), None)
        .iter()
        .map(|l| (l.country, l.lang))
        .collect();
    assert_eq!(
        by_country,
        [(Country::Uz, LetterLang::Uz), (Country::Ru, LetterLang::Ru)]
    );
    for chosen in [LetterLang::En, LetterLang::RuUz] {
        assert!(
            letters(&w, true, Some(14), Some(chosen))
                .iter()
                .all(|l| l.lang == chosen)
        );
    }
}

#[test]
fn a_recorded_reminder_shows_in_the_history_and_the_control_list_and_the_next_letter_says_it_repeats()
 {
    let mut w = world();
    let letter = letters(&w, true, None, None).remove(0);
    let record = sent(&letter, "01-12/5", "2026-12-03");
    assert_eq!(w.t.store.record_reminders(&record, day(TODAY)).unwrap(), 1);

    let history = w.t.store.instruction_history(&w.n[0], day(TODAY)).unwrap();
    assert_eq!(history.reminders.len(), 1);
    let reminder = &history.reminders[0];
    assert_eq!(
        (
            reminder.sent_on,
            reminder.letter_number.as_str(),
            reminder.channel,
            reminder.body_id
        ),
        (
            day("2026-12-03"),
            "01-12/5",
            ReminderChannel::Letter,
            w.a.id
        )
    );
    let row = |store: &Store| {
        store
            .list_instructions(&InstructionFilter::default(), day(TODAY))
            .unwrap()
            .into_iter()
            .find(|i| i.number == w.n[0])
            .unwrap()
    };
    let listed = row(&w.t.store);
    assert_eq!(
        (listed.reminder_count, listed.last_reminded_on),
        (1, Some(day("2026-12-03")))
    );

    // The next letter to the same body about it is a repeated reminder, naming the first.
    let again = letters(&w, true, None, None).remove(0);
    assert!(again.repeated);
    assert_eq!(again.items[0].earlier_reminders[0].letter_number, "01-12/5");
    let record = sent(&again, "01-12/9", "2026-12-07");
    w.t.store.record_reminders(&record, day(TODAY)).unwrap();
    let listed = row(&w.t.store);
    assert_eq!(
        (listed.reminder_count, listed.last_reminded_on),
        (2, Some(day(TODAY)))
    );
    // The same letter sent again by e-mail is the same reminder, not a third.
    let mut by_mail = record.clone();
    by_mail.channel = ReminderChannel::Email;
    w.t.store.record_reminders(&by_mail, day(TODAY)).unwrap();
    assert_eq!(row(&w.t.store).reminder_count, 2);
    let channels: Vec<_> =
        w.t.store
            .instruction_history(&w.n[0], day(TODAY))
            .unwrap()
            .reminders
            .iter()
            .map(|r| r.channel)
            .collect();
    assert_eq!(
        channels,
        [
            ReminderChannel::Letter,
            ReminderChannel::Letter,
            ReminderChannel::Email
        ]
    );
}

#[test]
fn a_record_naming_a_missing_instruction_or_body_or_without_a_number_changes_nothing() {
    let mut w = world();
    let letter = letters(&w, true, Some(7), None).remove(0);
    let before = dump(&w.t.path);
    let mut bad = sent(&letter, "01-12/5", "2026-12-03");
    bad.letters[0].instruction_ids.push("S-1999-1".to_owned());
    assert_eq!(
        w.t.store
            .record_reminders(&bad, day(TODAY))
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    let mut bad = sent(&letter, "01-12/5", "2026-12-03");
    bad.letters[0].body_id = uuid::Uuid::nil().to_string();
    assert_eq!(
        w.t.store
            .record_reminders(&bad, day(TODAY))
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    let bad = sent(&letter, " ", "2026-12-03");
    assert_eq!(
        w.t.store
            .record_reminders(&bad, day(TODAY))
            .unwrap_err()
            .field,
        Some("letter_number")
    );
    let bad = sent(&letter, "01-12/5", "3 Dec");
    assert_eq!(
        w.t.store
            .record_reminders(&bad, day(TODAY))
            .unwrap_err()
            .code,
        ErrorCode::InvalidDate
    );
    assert_eq!(dump(&w.t.path), before);
}

#[test]
fn a_letter_names_the_decision_and_session_an_instruction_follows_from() {
    let t = TestStore::demo(7);
    let today = day("2026-11-29");
    let letters = t
        .store
        .reminder_letters(
            &ReminderQuery {
                overdue: true,
                due_within_days: Some(30),
                lang: None,
            },
            today,
        )
        .unwrap();
    assert!(letters.len() > 1);
    let mut from_decisions = 0;
    for item in letters.iter().flat_map(|l| &l.items) {
        let instruction = t.store.instruction(&item.number, today).unwrap();
        assert_eq!(
            item.decision_number.is_some(),
            instruction.decision_id.is_some()
        );
        assert_eq!(
            item.session_title.is_some(),
            instruction.session_id.is_some()
        );
        from_decisions += usize::from(item.decision_number.is_some());
    }
    assert!(from_decisions > 0);
    // Every lead body has one letter.
    let mut bodies: Vec<_> = letters.iter().map(|l| l.body_id).collect();
    bodies.sort();
    bodies.dedup();
    assert_eq!(bodies.len(), letters.len());
}
