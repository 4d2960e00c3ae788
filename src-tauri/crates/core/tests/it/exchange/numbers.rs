//! Numbers people cite across sites: a session's numbering site gives its decisions and instructions their
//! numbers; a record made elsewhere waits with its number pending until the numbering site has received it
//! and the number has come back.

use council_core::decision::{Decision, DecisionInput};
use council_core::instruction::Instruction;
use council_core::{Country, ErrorCode, LocalizedText};

use super::{dump, meet, named, send};
use crate::support::{TestStore, new_session};
use crate::support::{day, given, ministry};

fn adopt(t: &mut TestStore, session: &str, ru: &str) -> Decision {
    t.store
        .adopt_decision(
            session,
            &DecisionInput {
                agenda_item_id: None,
                text: LocalizedText {
                    ru: ru.to_owned(),
                    uz: "Qaror maʼqullansin".to_owned(),
                    en: "Approve".to_owned(),
                },
                adopted_on: None,
            },
        )
        .unwrap()
}

fn give(t: &mut TestStore, decision: &Decision, lead: &str) -> Instruction {
    let lead = t.store.body(lead).unwrap();
    t.store
        .create_instruction(
            &council_core::instruction::InstructionInput {
                decision_id: Some(decision.id.to_string()),
                ..given(&lead, "2027-03-01")
            },
            day("2026-05-27"),
        )
        .unwrap()
}

/// Tashkent and Moscow, met, with a Tashkent-hosted session both know and a body both know.
fn two_sites() -> (TestStore, TestStore, String, String) {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    named(&mut tashkent, "Tashkent", Country::Uz);
    named(&mut moscow, "Moscow", Country::Ru);
    meet(&mut [&mut tashkent, &mut moscow]);
    let session = new_session(&mut tashkent.store, "2026-05-27 10:00");
    let lead = ministry(&mut tashkent.store, "Минэкономики", Country::Ru)
        .id
        .to_string();
    send(&mut tashkent.store, &mut moscow.store);
    (tashkent, moscow, session, lead)
}

fn numbers(t: &TestStore, session: &str) -> Vec<(String, bool)> {
    t.store
        .list_decisions(session, false)
        .unwrap()
        .into_iter()
        .map(|d| (d.number, d.number_pending))
        .collect()
}

#[test]
fn a_decision_recorded_away_from_its_numbering_site_waits_for_its_number_and_gets_the_next_one() {
    let (mut tashkent, mut moscow, session, lead) = two_sites();
    for ru in ["Первое", "Второе", "Третье"] {
        adopt(&mut tashkent, &session, ru);
    }
    send(&mut tashkent.store, &mut moscow.store);

    let ours = adopt(&mut moscow, &session, "Четвёртое, записано в Москве");
    assert!(ours.number_pending);
    assert_eq!(ours.number, "", "a placeholder is never shown");
    let task = give(&mut moscow, &ours, &lead);
    assert!(task.number_pending);
    assert_eq!(task.number, "");
    assert!(
        moscow.store.search("pending", 20).unwrap().is_empty(),
        "search never finds a placeholder"
    );

    let report = send(&mut moscow.store, &mut tashkent.store);
    assert_eq!(report.numbered, 2);
    let there = tashkent.store.decision(&ours.id.to_string()).unwrap();
    assert_eq!(
        (there.number.as_str(), there.number_pending),
        ("1/4", false)
    );
    let task_there = tashkent
        .store
        .instruction(&task.id.to_string(), day("2026-05-27"))
        .unwrap();
    assert_eq!(task_there.number, "1/4.1");

    // The number travels back: Moscow shows it, and both registers are the same.
    send(&mut tashkent.store, &mut moscow.store);
    let back = moscow.store.decision(&ours.id.to_string()).unwrap();
    assert_eq!((back.number.as_str(), back.number_pending), ("1/4", false));
    assert_eq!(
        moscow
            .store
            .instruction(&task.id.to_string(), day("2026-05-27"))
            .unwrap()
            .number,
        "1/4.1"
    );
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
}

#[test]
fn decisions_recorded_on_both_sites_before_they_exchange_get_distinct_numbers_without_gaps() {
    let (mut tashkent, mut moscow, session, lead) = two_sites();
    let first_moscow = adopt(&mut moscow, &session, "Москва, первое");
    let first_tashkent = adopt(&mut tashkent, &session, "Ташкент, первое");
    let second_moscow = adopt(&mut moscow, &session, "Москва, второе");
    let ours = give(&mut tashkent, &first_tashkent, &lead);
    let theirs = give(&mut moscow, &first_moscow, &lead);
    assert_eq!(first_tashkent.number, "1/1");
    assert_eq!(ours.number, "1/1.1");

    send(&mut moscow.store, &mut tashkent.store);
    send(&mut tashkent.store, &mut moscow.store);

    for site in [&tashkent, &moscow] {
        assert_eq!(
            numbers(site, &session),
            vec![
                ("1/1".to_owned(), false),
                ("1/2".to_owned(), false),
                ("1/3".to_owned(), false)
            ]
        );
        // Moscow's decisions in the order they were made.
        assert_eq!(
            site.store
                .decision(&first_moscow.id.to_string())
                .unwrap()
                .number,
            "1/2"
        );
        assert_eq!(
            site.store
                .decision(&second_moscow.id.to_string())
                .unwrap()
                .number,
            "1/3"
        );
        assert_eq!(
            site.store
                .instruction(&theirs.id.to_string(), day("2026-05-27"))
                .unwrap()
                .number,
            "1/2.1"
        );
    }
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
}

#[test]
fn a_site_that_does_not_number_a_session_cannot_hand_its_numbering_over() {
    let (tashkent, mut moscow, session, _) = two_sites();
    let tashkent_id = tashkent.store.site_id().to_owned();
    let refused = moscow
        .store
        .hand_over_numbering(&session, moscow.store.site_id().to_owned().as_str())
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::NumberingElsewhere);
    assert!(
        refused
            .message(council_core::Lang::Ru)
            .contains("передать нумерацию")
    );
    assert!(
        refused
            .message(council_core::Lang::Uz)
            .contains("raqamlashni")
    );
    assert_eq!(
        moscow.store.session_numbering_site(&session).unwrap(),
        tashkent_id
    );
}

#[test]
fn the_numbering_of_a_session_handed_to_the_venue_laptop_and_back_numbers_each_decision_once() {
    let (mut tashkent, mut moscow, session, _) = two_sites();
    let mut laptop = TestStore::new();
    named(&mut laptop, "Laptop at the venue", Country::Uz);
    meet(&mut [&mut tashkent, &mut moscow, &mut laptop]);
    adopt(&mut tashkent, &session, "Первое, до передачи");
    send(&mut tashkent.store, &mut laptop.store);

    let laptop_id = laptop.store.site_id().to_owned();
    tashkent
        .store
        .hand_over_numbering(&session, &laptop_id)
        .unwrap();
    assert_eq!(
        tashkent.store.session_numbering_site(&session).unwrap(),
        laptop_id
    );
    // Handed over: Tashkent no longer numbers, nor hands over again.
    let waiting = adopt(&mut tashkent, &session, "Второе, записано в Ташкенте");
    assert!(waiting.number_pending);
    let refused = tashkent
        .store
        .hand_over_numbering(&session, moscow.store.site_id())
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::NumberingElsewhere);

    // The laptop numbers what was pending when the hand-over reaches it, then its own work directly.
    let report = send(&mut tashkent.store, &mut laptop.store);
    assert_eq!(report.numbered, 1);
    assert_eq!(
        laptop
            .store
            .decision(&waiting.id.to_string())
            .unwrap()
            .number,
        "1/2"
    );
    let at_venue = adopt(&mut laptop, &session, "Третье, на месте");
    assert_eq!(at_venue.number, "1/3");

    // Handed back: Tashkent numbers again once it has received it.
    let tashkent_id = tashkent.store.site_id().to_owned();
    laptop
        .store
        .hand_over_numbering(&session, &tashkent_id)
        .unwrap();
    send(&mut laptop.store, &mut tashkent.store);
    assert_eq!(
        tashkent
            .store
            .decision(&waiting.id.to_string())
            .unwrap()
            .number,
        "1/2"
    );
    let home = adopt(&mut tashkent, &session, "Четвёртое, дома");
    assert_eq!((home.number.as_str(), home.number_pending), ("1/4", false));

    // Moscow, through Tashkent, ends with the same numbers.
    send(&mut tashkent.store, &mut moscow.store);
    assert_eq!(
        numbers(&moscow, &session)
            .into_iter()
            .map(|(n, _)| n)
            .collect::<Vec<_>>(),
        ["1/1", "1/2", "1/3", "1/4"]
    );
}

/// Regression: two desks that both numbered a council session before they ever met. The second desk's
/// package breaks the unique ordinal; it must be refused with a message (the process once crashed here).
#[test]
fn two_desks_that_numbered_council_sessions_before_meeting_refuse_rather_than_crash() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    named(&mut tashkent, "Tashkent", Country::Uz);
    named(&mut moscow, "Moscow", Country::Ru);
    new_session(&mut tashkent.store, "2026-05-27 10:00");
    new_session(&mut moscow.store, "2026-06-27 10:00");
    meet(&mut [&mut tashkent, &mut moscow]);
    let (number, receipts, entries) = super::package(&moscow.store, &tashkent.store);
    let from = moscow.store.site_id().to_owned();
    let before = dump(&tashkent.path);
    let outcome = tashkent
        .store
        .receive_package(&from, number, &receipts, false, |receiving| {
            entries.into_iter().try_for_each(|e| receiving.entry(e))
        });
    let refused = outcome.expect_err("the second ordinal 1 is refused");
    assert_eq!(refused.code, ErrorCode::PackageRefused);
    assert!(refused.arg.contains("sessions"), "{refused:?}");
    assert_eq!(dump(&tashkent.path), before);
}

/// The register's ordinals stay with the desk that has been giving them, whichever site id is the lesser.
#[test]
fn the_desk_that_numbered_the_councils_sessions_keeps_numbering_them_after_meeting() {
    // Made first, so its id (time-ordered) is the lesser: by ids alone Moscow would number.
    let mut moscow = TestStore::new();
    let mut tashkent = TestStore::new();
    named(&mut moscow, "Moscow", Country::Ru);
    named(&mut tashkent, "Tashkent", Country::Uz);
    assert!(moscow.store.site_id() < tashkent.store.site_id());
    new_session(&mut tashkent.store, "2026-05-27 10:00");
    meet(&mut [&mut tashkent, &mut moscow]);
    send(&mut tashkent.store, &mut moscow.store);
    send(&mut moscow.store, &mut tashkent.store);
    let next = new_session(&mut tashkent.store, "2027-05-27 10:00");
    assert_eq!(tashkent.store.session(&next).unwrap().ordinal, Some(2));
    let elsewhere = new_session(&mut moscow.store, "2028-05-27 10:00");
    assert_eq!(moscow.store.session(&elsewhere).unwrap().ordinal, None);
}
