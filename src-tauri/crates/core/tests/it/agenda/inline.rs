//! Inline edits of one agenda item: its duration or its set start alone, every other field kept.

use council_core::agenda::{AgendaItem, AgendaPlace, PresenterInput, PresenterKind};
use council_core::{AuditAction, Country, ErrorCode, LocalizedText, Store};

use crate::support::{TestStore, agenda_item, body_input, person_input, session_input};

/// A session at 10:00 on the clock of `zone`, with one item that has every field set: a description, a set
/// start at 11:00, a person and a body presenting, a sector; the session and the item.
fn session_with_item(store: &mut Store, zone: &str) -> (String, AgendaItem) {
    let session = store
        .create_session(&session_input("2026-05-27 10:00", zone))
        .unwrap()
        .id
        .to_string();
    let person = store
        .create_person(&person_input("Karimova", Country::Uz))
        .unwrap();
    let body = store
        .create_body(&body_input("Minenergo", Country::Ru))
        .unwrap();
    let mut input = agenda_item("Energy", 20);
    input.description = LocalizedText {
        ru: "Доклад".to_owned(),
        uz: "Ma\u{02BC}ruza".to_owned(),
        en: "Report".to_owned(),
    };
    input.fixed_start = Some("11:00".to_owned());
    input.presenters = vec![
        PresenterInput {
            kind: PresenterKind::Body,
            id: body.id.to_string(),
        },
        PresenterInput {
            kind: PresenterKind::Person,
            id: person.id.to_string(),
        },
    ];
    input.sector_code = Some(store.reference().unwrap().sectors[0].code.clone());
    let item = store
        .add_agenda_item(&session, &input, &AgendaPlace::default())
        .unwrap()
        .item;
    (session, item)
}

/// The item without the fields an edit always changes (its duration, set start and time of change).
fn kept(item: &AgendaItem) -> AgendaItem {
    AgendaItem {
        duration_min: 0,
        fixed_start: None,
        updated_at: String::new(),
        ..item.clone()
    }
}

#[test]
fn a_duration_edit_keeps_every_other_field() {
    let mut t = TestStore::new();
    let (_, before) = session_with_item(&mut t.store, "Asia/Tashkent");
    let id = before.id.to_string();
    let entry = t.store.set_agenda_item_duration(&id, 45).unwrap();
    assert_eq!(entry.item.duration_min, 45);
    assert_eq!(entry.end.venue.time, "11:45");
    let after = t.store.agenda_item(&id).unwrap();
    assert_eq!(after.fixed_start, before.fixed_start);
    assert_eq!(kept(&after), kept(&before));
    let history: Vec<AuditAction> = t
        .store
        .history("agenda_item", &id)
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(history, vec![AuditAction::Create, AuditAction::Update]);
}

#[test]
fn bad_values_are_refused_on_their_field_and_change_nothing() {
    let mut t = TestStore::new();
    let (_, before) = session_with_item(&mut t.store, "Asia/Tashkent");
    let id = before.id.to_string();
    for minutes in [-1, 24 * 60 + 1] {
        let error = t.store.set_agenda_item_duration(&id, minutes).unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::InvalidValue, Some("duration_min"))
        );
    }
    for text in ["25:00", "tomorrow", "2026-02-30 10:00"] {
        let error = t.store.set_agenda_item_start(&id, Some(text)).unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::InvalidDateTime, Some("fixed_start")),
            "{text}"
        );
        assert!(error.message(council_core::Lang::Ru).contains(text.trim()));
    }
    let unknown = t
        .store
        .set_agenda_item_duration("0190e0a0-0000-7000-8000-000000000000", 10)
        .unwrap_err();
    assert_eq!(
        (unknown.code, unknown.field),
        (ErrorCode::NotFound, Some("id"))
    );
    assert_eq!(t.store.agenda_item(&id).unwrap(), before);
    assert_eq!(t.store.history("agenda_item", &id).unwrap().len(), 1);
}

#[test]
fn a_start_typed_on_the_venue_clock_lands_at_its_instant() {
    // Kamchatka is UTC+12 all year: unlike the machine's zone and the capitals', and a day ahead of UTC
    // in the morning, so "09:30" on the session's first day is still the day before in UTC.
    let mut t = TestStore::new();
    let (_, before) = session_with_item(&mut t.store, "Asia/Kamchatka");
    let id = before.id.to_string();
    let entry = t.store.set_agenda_item_start(&id, Some(" 09:30 ")).unwrap();
    assert_eq!(
        entry.item.fixed_start.as_deref(),
        Some("2026-05-26T21:30:00.000Z")
    );
    assert_eq!(entry.start.venue.time, "09:30");
    assert_eq!(entry.item.duration_min, 20);
    let later = t
        .store
        .set_agenda_item_start(&id, Some("2026-05-28 14:05"))
        .unwrap();
    assert_eq!(
        later.item.fixed_start.as_deref(),
        Some("2026-05-28T02:05:00.000Z")
    );
    let cleared = t.store.set_agenda_item_start(&id, None).unwrap();
    assert_eq!(cleared.item.fixed_start, None);
    assert_eq!(kept(&cleared.item), kept(&before));
}

#[test]
fn an_approved_agenda_takes_no_inline_edit() {
    let mut t = TestStore::new();
    let (session, before) = session_with_item(&mut t.store, "Asia/Tashkent");
    t.store.approve_agenda(&session).unwrap();
    let id = before.id.to_string();
    assert_eq!(
        t.store.set_agenda_item_duration(&id, 30).unwrap_err().code,
        ErrorCode::AgendaLocked
    );
    assert_eq!(
        t.store
            .set_agenda_item_start(&id, Some("12:00"))
            .unwrap_err()
            .code,
        ErrorCode::AgendaLocked
    );
    assert_eq!(t.store.agenda_item(&id).unwrap(), before);
}
