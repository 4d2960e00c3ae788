//! iCalendar export read back by Python's icalendar package, and imports of our own and foreign files.

use council_core::session::{SessionFilter, SessionKind, SessionStatus, StatusChange};
use council_core::{Lang, Store};
use council_interop::Outcome;
use council_interop::ics::{IcsImportOptions, export_sessions, import_calendar};

use crate::support::{TestStore, agenda_item, icalendar_events, session_input, text};

fn change(store: &mut Store, id: &str, to: SessionStatus, reason: &str) {
    store
        .change_session_status(
            id,
            &StatusChange {
                to,
                new_start: None,
                reason: reason.to_owned(),
            },
        )
        .unwrap();
}

/// A confirmed council session in Tashkent with a three-item agenda, and a cancelled working group in Moscow.
fn two_sessions(store: &mut Store) -> (String, String) {
    let council = store
        .create_session(&session_input(
            SessionKind::CouncilSession,
            "2026-05-27 10:00",
            "2026-05-27 13:00",
            "Asia/Tashkent",
        ))
        .unwrap()
        .id
        .to_string();
    agenda_item(
        store,
        &council,
        text("Открытие, приветствие", "Ochilish, tabrik soʻzi", "Opening"),
        30,
        None,
    );
    let main = agenda_item(
        store,
        &council,
        text("Доклады регионов", "Hududlar maʼruzalari", "Reports"),
        0,
        None,
    );
    agenda_item(
        store,
        &council,
        text(
            "Самарканд; Свердловская область",
            "Samarqand; Sverdlovsk",
            "Samarkand",
        ),
        20,
        Some(&main),
    );
    change(store, &council, SessionStatus::Scheduled, "");
    change(store, &council, SessionStatus::Confirmed, "");
    let mut group = session_input(
        SessionKind::WorkingGroup,
        "2026-06-10 15:00",
        "2026-06-10 17:30",
        "Europe/Moscow",
    );
    group.title = text(
        "Рабочая группа по энергетике",
        "Energetika boʻyicha ishchi guruh",
        "Energy working group",
    );
    let group = store.create_session(&group).unwrap().id.to_string();
    change(store, &group, SessionStatus::Cancelled, "перенос визита");
    (council, group)
}

fn export_to(test: &TestStore, lang: Lang, name: &str) -> std::path::PathBuf {
    let sessions = test.store.list_sessions(&SessionFilter::default()).unwrap();
    let calendar = export_sessions(&test.store, &sessions, lang).unwrap();
    let file = test.dir.path().join(name);
    std::fs::write(&file, calendar).unwrap();
    file
}

#[test]
fn icalendar_reads_every_field_of_the_export() {
    let mut test = TestStore::new();
    let (council, group) = two_sessions(&mut test.store);
    let file = export_to(&test, Lang::Ru, "ru.ics");
    let events = icalendar_events(&file);
    assert_eq!(events.len(), 2);
    let e = &events[0];
    assert_eq!(e["uid"], council.as_str());
    assert!(
        e["sequence"].as_i64().unwrap() >= 2,
        "created, agenda, scheduled, confirmed: {e}"
    );
    assert_eq!(e["dtstart_tzid"], "Asia/Tashkent");
    assert_eq!(e["dtstart"], "2026-05-27T10:00:00+05:00");
    assert_eq!(e["dtstart_utc"], "2026-05-27T05:00:00+00:00");
    assert_eq!(e["dtend"], "2026-05-27T13:00:00+05:00");
    assert_eq!(
        e["summary"],
        "Заседание Совета регионов; пленарное, итоговое"
    );
    assert_eq!(e["location"], "Конгресс-центр «Шёлковый путь», Самарканд");
    let description = e["description"].as_str().unwrap();
    assert_eq!(
        description.lines().collect::<Vec<_>>(),
        [
            "1. 10:00–10:30 Открытие, приветствие",
            "2. 10:30–10:50 Доклады регионов",
            "   2.1. 10:30–10:50 Самарканд; Свердловская область",
        ]
    );
    assert_eq!(e["status"], "CONFIRMED");
    let zones = e["zones"].as_array().unwrap();
    assert!(
        zones.iter().any(|z| z == "Asia/Tashkent") && zones.iter().any(|z| z == "Europe/Moscow")
    );
    let g = &events[1];
    assert_eq!(g["uid"], group.as_str());
    assert_eq!(g["dtstart"], "2026-06-10T15:00:00+03:00");
    assert_eq!(g["dtstart_tzid"], "Europe/Moscow");
    assert_eq!(g["dtend"], "2026-06-10T17:30:00+03:00");
    assert_eq!(g["status"], "CANCELLED");
    assert_eq!(g["description"], "", "no agenda, no description");

    let events = icalendar_events(&export_to(&test, Lang::Uz, "uz.ics"));
    assert_eq!(
        events[0]["summary"],
        "Hududlar Kengashi majlisi, Oʻzbekiston va Rossiya"
    );
    assert!(
        events[0]["description"]
            .as_str()
            .unwrap()
            .contains("Ochilish, tabrik soʻzi")
    );
    assert_eq!(events[1]["summary"], "Energetika boʻyicha ishchi guruh");
    assert_eq!(events[1]["status"], "CANCELLED");
}

#[test]
fn the_file_has_crlf_lines_of_at_most_75_octets() {
    let mut test = TestStore::new();
    two_sessions(&mut test.store);
    let bytes = std::fs::read(export_to(&test, Lang::Ru, "ru.ics")).unwrap();
    let file = String::from_utf8(bytes).expect("folding never splits a UTF-8 character");
    assert!(file.ends_with("END:VCALENDAR\r\n"));
    assert!(!file.replace("\r\n", "").contains('\n'), "bare line feeds");
    let lines: Vec<&str> = file.split("\r\n").collect();
    assert!(lines.iter().all(|line| line.len() <= 75));
    assert!(
        lines.iter().any(|line| line.starts_with(' ')),
        "the Cyrillic description is folded"
    );
}

#[test]
fn a_session_changed_twice_has_a_larger_sequence() {
    let mut test = TestStore::new();
    let mut input = session_input(
        SessionKind::WorkingGroup,
        "2026-09-01 10:00",
        "2026-09-01 12:00",
        "Asia/Tashkent",
    );
    let id = test.store.create_session(&input).unwrap().id.to_string();
    let sequence = |test: &TestStore, name: &str| {
        icalendar_events(&export_to(test, Lang::En, name))[0]["sequence"]
            .as_i64()
            .unwrap()
    };
    let first = sequence(&test, "a.ics");
    input.title.en = "Energy working group, second reading".to_owned();
    test.store.update_session(&id, &input).unwrap();
    let second = sequence(&test, "b.ics");
    input.starts_at = "2026-09-02 10:00".to_owned();
    input.ends_at = Some("2026-09-02 12:00".to_owned());
    test.store.update_session(&id, &input).unwrap();
    let third = sequence(&test, "c.ics");
    assert!(first < second && second < third, "{first} {second} {third}");
}

fn options(dry_run: bool) -> IcsImportOptions {
    IcsImportOptions {
        default_zone: chrono_tz::Asia::Tashkent,
        lang: Lang::En,
        dry_run,
    }
}

#[test]
fn round_trip_into_a_fresh_database_gives_the_same_sessions() {
    let mut source = TestStore::new();
    two_sessions(&mut source.store);
    let mut extra = session_input(
        SessionKind::Forum,
        "2026-10-05 09:30",
        "2026-10-06 18:00",
        "Europe/Moscow",
    );
    extra.title.ru = "Форум регионов: «Новые горизонты», 2026".to_owned();
    source.store.create_session(&extra).unwrap();
    let calendar = std::fs::read_to_string(export_to(&source, Lang::Ru, "ru.ics")).unwrap();
    // The cancelled one is not brought back as a draft; the others are.
    let wanted: Vec<_> = source
        .store
        .list_sessions(&SessionFilter::default())
        .unwrap()
        .into_iter()
        .filter(|s| s.status != SessionStatus::Cancelled)
        .collect();
    let calendar = calendar.replace("STATUS:CANCELLED", "STATUS:TENTATIVE");

    let mut target = TestStore::new();
    let report = import_calendar(&mut target.store, &calendar, &options(false)).unwrap();
    assert!(report.applied, "{report:?}");
    assert_eq!(report.taken, 3);
    let imported = target
        .store
        .list_sessions(&SessionFilter::default())
        .unwrap();
    assert_eq!(imported.len(), 3);
    for session in &wanted {
        let copy = imported
            .iter()
            .find(|s| s.id == session.id)
            .expect("same id");
        assert_eq!(copy.title.ru, session.title.ru);
        assert_eq!(copy.kind, session.kind);
        assert_eq!(copy.starts_at, session.starts_at);
        assert_eq!(copy.ends_at, session.ends_at);
        assert_eq!(copy.time_zone, session.time_zone);
        assert_eq!(copy.venue_city.ru, session.venue_city.ru);
        assert_eq!(copy.venue_place.ru, session.venue_place.ru);
        assert_eq!(copy.status, SessionStatus::Draft);
    }

    let again = import_calendar(&mut target.store, &calendar, &options(false)).unwrap();
    assert_eq!(
        (again.taken, again.already_present, again.refused),
        (0, 3, 0)
    );
    assert!(
        again
            .rows
            .iter()
            .all(|r| r.outcome == Outcome::AlreadyPresent)
    );
    assert_eq!(
        target
            .store
            .list_sessions(&SessionFilter::default())
            .unwrap()
            .len(),
        3
    );
}

/// An Outlook-style file: Windows zone names, a floating time, an all-day event, and four broken events.
const OUTLOOK: &str = "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E00800000000A1\r\n\
DTSTART;TZID=\"West Asia Standard Time\":20261112T140000\r\nDTEND;TZID=\"West Asia Standard Time\":20261112T153000\r\n\
SUMMARY;LANGUAGE=ru-RU:Рабочая группа по транспорту\\, логистике\r\nLOCATION:Ташкент\\, Хокимият\\, зал 2\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:outlook-2\r\nDTSTART:20261113T090000\r\nDURATION:PT2H\r\nSUMMARY:Preparatory call\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:outlook-3\r\nSUMMARY:Нет начала\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:outlook-4\r\nDTSTART:20261114T120000Z\r\nDTEND:20261114T110000Z\r\nSUMMARY:Backwards\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:outlook-5\r\nDTSTART;TZID=Mars/Olympus:20261115T100000\r\nSUMMARY:Far away\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:outlook-6\r\nDTSTART;VALUE=DATE:20261116\r\nDTEND;VALUE=DATE:20261117\r\nSUMMARY:Day of the delegation\r\n\
STATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn a_foreign_file_with_refused_events_is_reported_per_event_and_changes_nothing() {
    let mut test = TestStore::new();
    let report = import_calendar(&mut test.store, OUTLOOK, &options(false)).unwrap();
    assert!(!report.applied);
    let outcome: Vec<_> = report
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.outcome))
        .collect();
    assert_eq!(
        outcome,
        [
            ("Рабочая группа по транспорту, логистике", Outcome::Taken),
            ("Preparatory call", Outcome::Taken),
            ("Нет начала", Outcome::Refused),
            ("Backwards", Outcome::Refused),
            ("Far away", Outcome::Refused),
            ("Day of the delegation", Outcome::Refused),
        ]
    );
    let problem = |row: usize| {
        (
            report.rows[row].problems[0].column.clone().unwrap(),
            report.rows[row].problems[0].code.as_str(),
        )
    };
    assert_eq!(problem(2), ("DTSTART".to_owned(), "required"));
    assert_eq!(problem(3), ("DTEND".to_owned(), "end_before_start"));
    assert_eq!(problem(4), ("DTSTART".to_owned(), "invalid_time_zone"));
    assert_eq!(problem(5), ("STATUS".to_owned(), "invalid_value"));
    assert!(
        report.rows[3].problems[0]
            .message
            .contains("end is before the start")
    );
    assert!(
        test.store
            .list_sessions(&SessionFilter::default())
            .unwrap()
            .is_empty()
    );

    // Without the broken events, the rest goes in as drafts.
    let good: String = OUTLOOK
        .split("BEGIN:VEVENT\r\nUID:outlook-3")
        .next()
        .unwrap()
        .to_owned()
        + "END:VCALENDAR\r\n";
    let report = import_calendar(&mut test.store, &good, &options(false)).unwrap();
    assert!(report.applied, "{report:?}");
    let sessions = test.store.list_sessions(&SessionFilter::default()).unwrap();
    assert_eq!(sessions.len(), 2);
    let transport = &sessions[0];
    assert_eq!(
        transport.title.ru,
        "Рабочая группа по транспорту, логистике"
    );
    assert_eq!(transport.kind, SessionKind::WorkingGroup);
    assert_eq!(transport.time_zone, "Asia/Tashkent");
    assert_eq!(transport.start.venue.text(), "2026-11-12 14:00");
    assert_eq!(
        transport.end.as_ref().unwrap().venue.text(),
        "2026-11-12 15:30"
    );
    assert_eq!(
        (
            transport.venue_place.ru.as_str(),
            transport.venue_city.ru.as_str()
        ),
        ("Ташкент, Хокимият, зал 2", ""),
        "a foreign LOCATION is kept whole as the place"
    );
    let call = &sessions[1];
    assert_eq!(call.title.en, "Preparatory call");
    assert_eq!(
        call.start.venue.text(),
        "2026-11-13 09:00",
        "a floating time is read on the default zone's clock"
    );
    assert_eq!(call.end.as_ref().unwrap().venue.text(), "2026-11-13 11:00");
}

#[test]
fn a_dry_run_reports_what_would_be_taken_and_writes_nothing() {
    let mut test = TestStore::new();
    let good: String = OUTLOOK
        .split("BEGIN:VEVENT\r\nUID:outlook-3")
        .next()
        .unwrap()
        .to_owned()
        + "END:VCALENDAR\r\n";
    let report = import_calendar(&mut test.store, &good, &options(true)).unwrap();
    assert!(report.dry_run && !report.applied);
    assert_eq!(report.taken, 2);
    assert!(
        test.store
            .list_sessions(&SessionFilter::default())
            .unwrap()
            .is_empty()
    );
}

/// Item 15 of the hardening review: text typed or imported with terminal escapes does not reach the file.
#[test]
fn control_characters_of_a_title_never_reach_the_exported_file() {
    let mut test = TestStore::new();
    let mut input = session_input(
        SessionKind::WorkingGroup,
        "2026-09-01 10:00",
        "2026-09-01 12:00",
        "Asia/Tashkent",
    );
    input.title.ru = "Рабочая группа\u{1b}]0;pwned\u{7}\u{1b}[2J по энергетике\u{9b}1m".to_owned();
    input.venue_place.ru = "Зал\u{0}\u{7f} 2".to_owned();
    test.store.create_session(&input).unwrap();
    let file = export_to(&test, Lang::Ru, "ru.ics");
    let written = std::fs::read_to_string(&file).unwrap();
    let controls: Vec<char> = written
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\r' | '\n'))
        .collect();
    assert!(controls.is_empty(), "{controls:?}");
    let events = icalendar_events(&file);
    assert_eq!(
        events[0]["summary"],
        "Рабочая группа]0;pwned[2J по энергетике1m"
    );
    assert!(events[0]["location"].as_str().unwrap().starts_with("Зал 2"));
}
