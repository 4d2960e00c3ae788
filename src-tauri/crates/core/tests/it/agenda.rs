//! Agendas: numbering, computed times, nesting, moves, trash, locking and versions, standing items;
//! what changed between two versions (in `compare`); inline edits of a duration or a set start (in `inline`);
//! and (in `props`) a property test of numbering and times under random adds, moves, deletes and restores.

mod compare;
mod inline;
mod props;

use council_core::agenda::{Agenda, AgendaItemKind, AgendaPlace, PresenterInput, PresenterKind};
use council_core::{AuditAction, Country, ErrorCode, Store};

use crate::support::{TestStore, agenda_item, body_input, new_session, person_input};

fn at(parent: Option<&str>, position: Option<i64>) -> AgendaPlace {
    AgendaPlace {
        parent_id: parent.map(str::to_owned),
        position,
    }
}

fn add(store: &mut Store, session: &str, title: &str, minutes: i64, place: AgendaPlace) -> String {
    store
        .add_agenda_item(session, &agenda_item(title, minutes), &place)
        .unwrap()
        .item
        .id
        .to_string()
}

/// `number title start–end` of every entry, on the venue's clock.
fn outline(agenda: &Agenda) -> Vec<String> {
    agenda
        .entries
        .iter()
        .map(|e| {
            format!(
                "{} {} {}-{}",
                e.number, e.item.title.en, e.start.venue.time, e.end.venue.time
            )
        })
        .collect()
}

/// `number title` of every entry of the current agenda.
fn numbered(store: &Store, session: &str) -> Vec<String> {
    store
        .agenda(session, None)
        .unwrap()
        .entries
        .iter()
        .map(|e| format!("{} {}", e.number, e.item.title.en))
        .collect()
}

#[test]
fn items_are_numbered_and_timed_in_reading_order() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    add(&mut t.store, &s, "Opening", 10, at(None, None));
    let energy = add(&mut t.store, &s, "Energy", 5, at(None, None));
    add(&mut t.store, &s, "Closing", 5, at(None, None));
    add(&mut t.store, &s, "Grid", 20, at(Some(&energy), None));
    add(&mut t.store, &s, "Gas", 15, at(Some(&energy), Some(0)));
    let agenda = t.store.agenda(&s, None).unwrap();
    assert_eq!(
        outline(&agenda),
        vec![
            "1 Opening 10:00-10:10",
            "2 Energy 10:10-10:50",
            "2.1 Gas 10:15-10:30",
            "2.2 Grid 10:30-10:50",
            "3 Closing 10:50-10:55",
        ]
    );
    assert_eq!(agenda.total_min, 55);
    assert_eq!(agenda.end.venue.time, "10:55");
    assert_eq!(agenda.end.moscow.time, "08:55");
}

#[test]
fn a_fixed_start_holds_and_an_overrun_is_flagged() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let talks = add(&mut t.store, &s, "Talks", 60, at(None, None));
    let mut lunch = agenda_item("Lunch", 60);
    lunch.kind = AgendaItemKind::Break;
    lunch.fixed_start = Some("12:00".to_owned());
    t.store
        .add_agenda_item(&s, &lunch, &at(None, None))
        .unwrap();
    let agenda = t.store.agenda(&s, None).unwrap();
    assert_eq!(outline(&agenda)[1], "2 Lunch 12:00-13:00");
    assert!(!agenda.entries[1].overrun);

    let mut longer = agenda_item("Talks", 150);
    longer.description.en = "Extended".to_owned();
    t.store.update_agenda_item(&talks, &longer).unwrap();
    let agenda = t.store.agenda(&s, None).unwrap();
    assert_eq!(outline(&agenda)[1], "2 Lunch 12:00-13:00");
    assert!(agenda.entries[1].overrun);
}

#[test]
fn sub_items_of_sub_items_are_refused() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let parent = add(&mut t.store, &s, "Parent", 5, at(None, None));
    let child = add(&mut t.store, &s, "Child", 5, at(Some(&parent), None));
    let other = add(&mut t.store, &s, "Other", 5, at(None, None));
    let error = t
        .store
        .add_agenda_item(&s, &agenda_item("Grandchild", 5), &at(Some(&child), None))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NestingTooDeep, Some("parent_id"))
    );
    // A parent cannot become a sub-item while it has sub-items.
    let error = t
        .store
        .move_agenda_item(&parent, &at(Some(&other), None))
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::NestingTooDeep);
    let error = t
        .store
        .move_agenda_item(&other, &at(Some(&other), None))
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidValue);
    assert_eq!(t.store.agenda(&s, None).unwrap().entries.len(), 3);
}

#[test]
fn moves_deletes_and_restores_renumber_the_siblings() {
    let mut t = TestStore::new();
    let session = new_session(&mut t.store, "2026-05-27 10:00");
    let first = add(&mut t.store, &session, "A", 10, at(None, None));
    let second = add(&mut t.store, &session, "B", 10, at(None, None));
    let third = add(&mut t.store, &session, "C", 10, at(None, None));
    let numbers = |store: &Store| numbered(store, &session);
    t.store
        .move_agenda_item(&third, &at(None, Some(0)))
        .unwrap();
    assert_eq!(numbers(&t.store), vec!["1 C", "2 A", "3 B"]);
    let moved = t
        .store
        .move_agenda_item(&second, &at(Some(&first), None))
        .unwrap();
    assert_eq!(moved.number, "2.1");
    assert_eq!(numbers(&t.store), vec!["1 C", "2 A", "2.1 B"]);

    let deleted = t.store.delete_agenda_item(&third).unwrap();
    assert!(deleted.deleted_at.is_some());
    assert_eq!(numbers(&t.store), vec!["1 A", "1.1 B"]);
    assert_eq!(
        t.store.agenda_trash(&session).unwrap()[0].id.to_string(),
        third
    );
    let restored = t.store.restore_agenda_item(&third).unwrap();
    assert_eq!(restored.number, "1");
    assert_eq!(numbers(&t.store), vec!["1 C", "2 A", "2.1 B"]);

    // A parent in the trash takes its sub-items with it and brings them back.
    t.store.delete_agenda_item(&first).unwrap();
    assert_eq!(numbers(&t.store), vec!["1 C"]);
    assert_eq!(
        t.store.delete_agenda_item(&second).unwrap_err().code,
        ErrorCode::NotFound
    );
    t.store.restore_agenda_item(&first).unwrap();
    assert_eq!(numbers(&t.store), vec!["1 C", "2 A", "2.1 B"]);
    t.store
        .move_agenda_item(&second, &at(None, Some(0)))
        .unwrap();
    assert_eq!(numbers(&t.store), vec!["1 B", "2 C", "3 A"]);

    let history: Vec<AuditAction> = t
        .store
        .history("agenda_item", &third)
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        history,
        vec![
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
            AuditAction::Restore
        ]
    );
}

#[test]
fn presenters_keep_their_order_and_must_exist() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let minister = t
        .store
        .create_person(&person_input("Mirziyoyeva", Country::Uz))
        .unwrap();
    let ministry = t
        .store
        .create_body(&body_input("Minenergo", Country::Ru))
        .unwrap();
    let mut input = agenda_item("Energy", 15);
    input.presenters = vec![
        PresenterInput {
            kind: PresenterKind::Body,
            id: ministry.id.to_string(),
        },
        PresenterInput {
            kind: PresenterKind::Person,
            id: minister.id.to_string(),
        },
    ];
    input.sector_code = Some("energy".to_owned());
    let entry = t
        .store
        .add_agenda_item(&s, &input, &at(None, None))
        .unwrap();
    let presenters: Vec<(PresenterKind, String)> = entry
        .item
        .presenters
        .iter()
        .map(|p| (p.kind, p.name.en.clone()))
        .collect();
    assert_eq!(
        presenters,
        vec![
            (PresenterKind::Body, "Minenergo".to_owned()),
            (PresenterKind::Person, "Mirziyoyeva".to_owned())
        ]
    );
    input.presenters[0].kind = PresenterKind::Person;
    let error = t
        .store
        .add_agenda_item(&s, &input, &at(None, None))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("presenters"))
    );
    input.presenters.clear();
    input.sector_code = Some("astrology".to_owned());
    let error = t
        .store
        .add_agenda_item(&s, &input, &at(None, None))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::SectorNotFound, Some("sector_code"))
    );
    assert_eq!(t.store.agenda(&s, None).unwrap().entries.len(), 1);
}

#[test]
fn an_approved_agenda_is_locked_until_revised_and_every_version_stays_readable() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let first = add(&mut t.store, &s, "First", 10, at(None, None));
    let approved = t.store.approve_agenda(&s).unwrap();
    assert_eq!(approved.version, 1);
    assert!(approved.approved_at.is_some());
    assert!(t.store.session(&s).unwrap().agenda_approved_at.is_some());

    let locked = [
        t.store
            .add_agenda_item(&s, &agenda_item("Late", 5), &at(None, None))
            .unwrap_err(),
        t.store
            .update_agenda_item(&first, &agenda_item("Renamed", 5))
            .unwrap_err(),
        t.store
            .move_agenda_item(&first, &at(None, Some(0)))
            .unwrap_err(),
        t.store.delete_agenda_item(&first).unwrap_err(),
        t.store.add_standing_items(&s).unwrap_err(),
        t.store.approve_agenda(&s).unwrap_err(),
    ];
    for error in locked {
        assert_eq!(error.code, ErrorCode::AgendaLocked);
    }
    assert_eq!(t.store.agenda(&s, None).unwrap(), approved);

    let draft = t.store.revise_agenda(&s).unwrap();
    assert_eq!((draft.version, draft.approved_at.clone()), (2, None));
    t.store
        .update_agenda_item(&first, &agenda_item("Renamed", 5))
        .unwrap();
    add(&mut t.store, &s, "Second", 10, at(None, None));

    let old = t.store.agenda(&s, Some(1)).unwrap();
    assert!(!old.current);
    assert_eq!(outline(&old), vec!["1 First 10:00-10:10"]);
    let live = t.store.agenda(&s, Some(2)).unwrap();
    assert_eq!(
        outline(&live),
        vec!["1 Renamed 10:00-10:05", "2 Second 10:05-10:15"]
    );
    let error = t.store.agenda(&s, Some(3)).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("version"))
    );
    let error = t.store.revise_agenda(&s).unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidTransition);
    let versions: Vec<(i64, bool)> = t
        .store
        .agenda_versions(&s)
        .unwrap()
        .iter()
        .map(|v| (v.version, v.approved_at.is_some()))
        .collect();
    assert_eq!(versions, vec![(1, true), (2, false)]);
    assert_eq!(t.store.history("agenda", &s).unwrap().len(), 2);
}

#[test]
fn standing_items_come_in_one_step_in_three_languages_and_only_once() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    add(&mut t.store, &s, "Energy", 30, at(None, None));
    let agenda = t.store.add_standing_items(&s).unwrap();
    let kinds: Vec<AgendaItemKind> = agenda.entries.iter().map(|e| e.item.kind).collect();
    assert_eq!(
        kinds,
        vec![
            AgendaItemKind::Opening,
            AgendaItemKind::InstructionsReview,
            AgendaItemKind::Report,
            AgendaItemKind::Closing
        ]
    );
    let review = &agenda.entries[1].item.title;
    assert!(review.ru.contains("поручений"));
    assert!(review.uz.contains("to\u{02BB}g\u{02BB}risida"));
    assert!(review.en.contains("instructions"));
    assert_eq!(t.store.add_standing_items(&s).unwrap().entries.len(), 4);
}

#[test]
fn a_new_item_goes_before_the_closing_item_unless_a_position_is_given() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    t.store.add_standing_items(&s).unwrap();
    add(&mut t.store, &s, "Energy", 30, at(None, None));
    add(&mut t.store, &s, "Tourism", 20, at(None, None));
    let titles = |store: &Store| numbered(store, &s);
    assert_eq!(
        titles(&t.store),
        vec![
            "1 Opening of the session",
            "2 Status of the instructions of the previous session",
            "3 Energy",
            "4 Tourism",
            "5 Closing of the session",
        ]
    );
    // An explicit position still wins, and a sub-item goes last under its parent.
    add(&mut t.store, &s, "Afterword", 5, at(None, Some(5)));
    let energy = t.store.agenda(&s, None).unwrap().entries[2]
        .item
        .id
        .to_string();
    add(&mut t.store, &s, "Grid", 10, at(Some(&energy), None));
    assert_eq!(
        titles(&t.store)[2..],
        [
            "3 Energy",
            "3.1 Grid",
            "4 Tourism",
            "5 Closing of the session",
            "6 Afterword"
        ]
    );
}
