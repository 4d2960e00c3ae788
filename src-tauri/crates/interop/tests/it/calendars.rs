//! Calendar files as Outlook, Exchange, Google Calendar and Thunderbird write them (CRLF, folded lines, X-MS
//! properties, alarms, zones defined in the file), each event checked on the venue's clock and on Tashkent's
//! and Moscow's.

use council_core::import::{ImportReport, NoteCode};
use council_core::session::Session;
use council_core::{ErrorCode, Lang};
use council_interop::Outcome;
use council_interop::ics::{IcsImportOptions, import_calendar};

use crate::support::TestStore;

const OUTLOOK: &str = include_str!("calendars/outlook.ics");
const OUTLOOK_RU: &str = include_str!("calendars/outlook-ru.ics");
const EXCHANGE: &str = include_str!("calendars/exchange.ics");
const GOOGLE: &str = include_str!("calendars/google.ics");
const THUNDERBIRD: &str = include_str!("calendars/thunderbird.ics");

/// What one imported event must be: its venue's zone, its start on the venue's, Tashkent's and Moscow's
/// clocks, its end on the venue's clock, and what the report says was assumed.
struct Expected {
    zone: &'static str,
    venue: &'static str,
    tashkent: &'static str,
    moscow: &'static str,
    end: &'static str,
    notes: &'static [NoteCode],
}

fn import(calendar: &str, lang: Lang) -> (TestStore, ImportReport) {
    let mut store = TestStore::new();
    let options = IcsImportOptions {
        default_zone: chrono_tz::Asia::Tashkent,
        lang,
        dry_run: false,
    };
    let report = import_calendar(&mut store.store, calendar, &options).unwrap();
    (store, report)
}

fn check(test: &TestStore, report: &ImportReport, expected: &[Expected]) -> Vec<Session> {
    assert!(report.applied, "{report:#?}");
    assert_eq!(report.rows.len(), expected.len());
    let mut sessions = Vec::new();
    for (row, want) in report.rows.iter().zip(expected) {
        assert_eq!(row.outcome, Outcome::Taken, "{row:?}");
        let session = test
            .store
            .session(row.record_id.as_deref().unwrap())
            .unwrap();
        let seen = (
            session.time_zone.as_str(),
            session.start.venue.text(),
            session.start.tashkent.text(),
            session.start.moscow.text(),
            session.end.as_ref().map(|end| end.venue.text()),
        );
        let wanted = (
            want.zone,
            want.venue.to_owned(),
            want.tashkent.to_owned(),
            want.moscow.to_owned(),
            Some(want.end.to_owned()),
        );
        assert_eq!(seen, wanted, "line {} «{}»", row.row, row.label);
        let notes: Vec<NoteCode> = row.notes.iter().map(|n| n.code).collect();
        assert_eq!(notes, want.notes, "line {}: {:?}", row.row, row.notes);
        sessions.push(session);
    }
    sessions
}

#[test]
fn outlook_display_name_zones_defined_in_the_file_are_read_on_their_cities_clocks() {
    let (test, report) = import(OUTLOOK, Lang::En);
    assert_eq!(
        report.source.as_deref(),
        Some("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    );
    let sessions = check(
        &test,
        &report,
        &[
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-11-12 14:00",
                tashkent: "2026-11-12 14:00",
                moscow: "2026-11-12 12:00",
                end: "2026-11-12 15:30",
                notes: &[NoteCode::ZoneFromFile],
            },
            Expected {
                zone: "Europe/Moscow",
                venue: "2026-11-18 10:00",
                tashkent: "2026-11-18 12:00",
                moscow: "2026-11-18 10:00",
                end: "2026-11-18 12:00",
                notes: &[NoteCode::ZoneFromFile],
            },
        ],
    );
    assert_eq!(
        sessions[0].title.ru,
        "Рабочая группа по транспорту и логистике"
    );
    assert_eq!(
        report.rows[0].notes[0].message,
        "The time zone “(UTC+05:00) Ashgabat, Tashkent” is defined in the file: times were read by that \
         definition, and the venue's zone is Asia/Tashkent (the same offsets)."
    );
}

#[test]
fn a_russian_outlook_names_its_zone_in_russian_and_windows_names_still_read() {
    let (test, report) = import(OUTLOOK_RU, Lang::Ru);
    check(
        &test,
        &report,
        &[
            Expected {
                zone: "Europe/Moscow",
                venue: "2026-11-19 15:00",
                tashkent: "2026-11-19 17:00",
                moscow: "2026-11-19 15:00",
                end: "2026-11-19 17:00",
                notes: &[NoteCode::ZoneFromFile],
            },
            Expected {
                zone: "Europe/Moscow",
                venue: "2026-11-20 10:00",
                tashkent: "2026-11-20 12:00",
                moscow: "2026-11-20 10:00",
                end: "2026-11-20 11:00",
                notes: &[NoteCode::ZoneWindowsName],
            },
        ],
    );
    assert_eq!(
        report.rows[0].notes[0].message,
        "Часовой пояс «(UTC+03:00) Москва, Санкт-Петербург» описан в самом файле: время прочитано по этому \
         описанию, часовой пояс места — Europe/Moscow (те же смещения)."
    );
    assert_eq!(
        report.rows[1].notes[0].message,
        "«Russian Standard Time» — название часового пояса Windows; принято как Europe/Moscow."
    );
}

#[test]
fn exchange_zones_in_other_languages_all_day_events_and_untitled_events_come_in() {
    let (test, report) = import(EXCHANGE, Lang::Ru);
    assert_eq!(
        report.source.as_deref(),
        Some("Microsoft Exchange Server 2010")
    );
    let sessions = check(
        &test,
        &report,
        &[
            Expected {
                zone: "America/Sao_Paulo",
                venue: "2026-11-24 09:00",
                tashkent: "2026-11-24 17:00",
                moscow: "2026-11-24 15:00",
                end: "2026-11-24 10:30",
                notes: &[NoteCode::ZoneFromFile],
            },
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-12-01 00:00",
                tashkent: "2026-12-01 00:00",
                moscow: "2026-11-30 22:00",
                end: "2026-12-02 00:00",
                notes: &[NoteCode::AllDay, NoteCode::EndIsStart],
            },
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-11-26 11:00",
                tashkent: "2026-11-26 11:00",
                moscow: "2026-11-26 09:00",
                end: "2026-11-26 12:00",
                notes: &[NoteCode::TitleMissing, NoteCode::ZoneFromFile],
            },
        ],
    );
    assert_eq!(sessions[1].title.ru, "День делегации Самаркандской области");
    assert_eq!(
        sessions[2].title,
        council_core::LocalizedText::default(),
        "no title is made up: every language is missing, as screens flag it"
    );
    assert!(
        report.rows[2].notes[0]
            .message
            .contains("нет названия (SUMMARY)"),
        "{:?}",
        report.rows[2].notes
    );
}

#[test]
fn google_utc_times_repeating_events_and_events_without_a_title_are_said_in_the_report() {
    let (test, report) = import(GOOGLE, Lang::Uz);
    assert_eq!(
        report.source.as_deref(),
        Some("-//Google Inc//Google Calendar 70.9054//EN")
    );
    check(
        &test,
        &report,
        &[
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-11-20 10:00",
                tashkent: "2026-11-20 10:00",
                moscow: "2026-11-20 08:00",
                end: "2026-11-20 11:30",
                notes: &[NoteCode::UtcTimes],
            },
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-11-24 15:00",
                tashkent: "2026-11-24 15:00",
                moscow: "2026-11-24 13:00",
                end: "2026-11-24 16:00",
                notes: &[NoteCode::Repeats],
            },
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-11-27 10:00",
                tashkent: "2026-11-27 10:00",
                moscow: "2026-11-27 08:00",
                end: "2026-11-27 11:00",
                notes: &[NoteCode::TitleMissing],
            },
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-11-25 00:00",
                tashkent: "2026-11-25 00:00",
                moscow: "2026-11-24 22:00",
                end: "2026-11-26 00:00",
                notes: &[NoteCode::AllDay],
            },
        ],
    );
    assert_eq!(
        report.rows[1].notes[0].message,
        "Tadbir takrorlanadi (FREQ=WEEKLY;COUNT=4;BYDAY=TU): bitta majlis sifatida — birinchisi import qilindi."
    );
}

#[test]
fn a_google_calendar_kept_in_moscow_reads_its_utc_and_whole_day_events_on_moscow_s_clock() {
    let moscow = GOOGLE.replace("X-WR-TIMEZONE:Asia/Tashkent", "X-WR-TIMEZONE:Europe/Moscow");
    let (test, report) = import(&moscow, Lang::En);
    assert!(report.applied, "{report:#?}");
    let first = test
        .store
        .session(report.rows[0].record_id.as_deref().unwrap())
        .unwrap();
    assert_eq!(
        (
            first.time_zone.as_str(),
            first.start.venue.text(),
            first.start.tashkent.text()
        ),
        (
            "Europe/Moscow",
            "2026-11-20 08:00".to_owned(),
            "2026-11-20 10:00".to_owned()
        )
    );
    assert_eq!(
        report.rows[0].notes[0].message,
        "The times are given in UTC; the venue's zone is taken as Europe/Moscow."
    );
    let day = test
        .store
        .session(report.rows[3].record_id.as_deref().unwrap())
        .unwrap();
    assert_eq!(day.start.venue.text(), "2026-11-25 00:00");
    assert_eq!(day.start.moscow.text(), "2026-11-25 00:00");
}

#[test]
fn thunderbird_and_custom_zones_keep_the_instant_and_a_zone_nobody_names_gets_the_nearest_known_one()
 {
    let (test, report) = import(THUNDERBIRD, Lang::En);
    assert_eq!(
        report.source.as_deref(),
        Some("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN")
    );
    let sessions = check(
        &test,
        &report,
        &[
            Expected {
                zone: "Europe/Moscow",
                venue: "2026-12-03 10:00",
                tashkent: "2026-12-03 12:00",
                moscow: "2026-12-03 10:00",
                end: "2026-12-03 11:30",
                notes: &[],
            },
            Expected {
                zone: "America/New_York",
                venue: "2026-07-15 09:00",
                tashkent: "2026-07-15 18:00",
                moscow: "2026-07-15 16:00",
                end: "2026-07-15 10:00",
                notes: &[NoteCode::ZoneFromFile],
            },
            Expected {
                zone: "America/New_York",
                venue: "2026-12-08 09:00",
                tashkent: "2026-12-08 19:00",
                moscow: "2026-12-08 17:00",
                end: "2026-12-08 10:00",
                notes: &[NoteCode::ZoneFromFile],
            },
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-12-09 09:00",
                tashkent: "2026-12-09 09:00",
                moscow: "2026-12-09 07:00",
                end: "2026-12-09 10:00",
                notes: &[NoteCode::ZoneSameOffset],
            },
            Expected {
                zone: "Asia/Tashkent",
                venue: "2026-12-10 00:00",
                tashkent: "2026-12-10 00:00",
                moscow: "2026-12-09 22:00",
                end: "2026-12-11 00:00",
                notes: &[NoteCode::AllDay],
            },
        ],
    );
    assert_eq!(sessions[0].title.en, "Komissiya yigʻilishi");
    assert_eq!(sessions[0].venue_place.ru, "Казань, Кремль");
    assert_eq!(
        report.rows[3].notes[0].message,
        "The time zone “MyTimezone” defined in the file matches no zone the app knows: the times are kept \
         exact, and the venue's zone is Asia/Tashkent, the nearest known zone with the same offset (UTC+05:00)."
    );
}

#[test]
fn a_second_import_of_an_outlook_file_finds_its_meetings() {
    let (mut test, _) = import(OUTLOOK, Lang::En);
    let options = IcsImportOptions {
        default_zone: chrono_tz::Europe::Moscow,
        lang: Lang::En,
        dry_run: false,
    };
    let again = import_calendar(&mut test.store, OUTLOOK, &options).unwrap();
    assert_eq!((again.taken, again.already_present), (0, 2));
}

/// Item 10 of the hardening review: a component left open must not swallow the events after it.
#[test]
fn an_alarm_without_end_is_reported_and_the_events_after_it_are_still_imported() {
    let broken = GOOGLE.replacen(
        "TRIGGER:-P0DT0H30M0S\r\nEND:VALARM\r\n",
        "TRIGGER:-P0DT0H30M0S\r\n",
        1,
    );
    assert_ne!(broken, GOOGLE);
    let (test, report) = import(&broken, Lang::En);
    assert!(report.applied, "{report:#?}");
    assert_eq!(report.rows.len(), 4, "no event is swallowed");
    let notes: Vec<_> = report.rows[0].notes.iter().map(|n| n.code).collect();
    assert_eq!(notes, [NoteCode::ComponentNotClosed, NoteCode::UtcTimes]);
    assert!(
        report.rows[0].notes[0]
            .message
            .starts_with("The VALARM from line 32 has no END:VALARM"),
        "{}",
        report.rows[0].notes[0].message
    );
    assert_eq!(
        test.store
            .list_sessions(&council_core::session::SessionFilter::default())
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn an_event_without_end_is_refused_at_its_line_and_the_rest_is_still_read() {
    let broken = OUTLOOK.replacen("END:VALARM\r\nEND:VEVENT\r\n", "END:VALARM\r\n", 1);
    let (test, report) = import(&broken, Lang::En);
    assert!(!report.applied);
    let outcomes: Vec<_> = report.rows.iter().map(|r| r.outcome).collect();
    assert_eq!(outcomes, [Outcome::Refused, Outcome::Taken]);
    assert_eq!(
        report.rows[0].problems[0].code,
        ErrorCode::ComponentNotClosed
    );
    assert_eq!(
        report.rows[0].problems[0].message,
        "The VEVENT has no END:VEVENT line, so its data may be cut short."
    );
    assert!(
        test.store
            .list_sessions(&council_core::session::SessionFilter::default())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_file_cut_short_is_refused_whole() {
    let cut = &THUNDERBIRD[..THUNDERBIRD.find("END:VCALENDAR").unwrap()];
    let (_, report) = import(cut, Lang::Ru);
    assert!(!report.applied);
    assert_eq!(
        report.file_problems[0].message,
        "VCALENDAR не закрыт: нет строки END:VCALENDAR, данные могут быть неполными."
    );
}

/// Item 12 of the hardening review: one line may not take the machine's memory.
#[test]
fn a_line_past_one_mebibyte_refuses_the_file_with_its_line_number() {
    let long = OUTLOOK.replacen(
        "DESCRIPTION:Reminder",
        &format!(
            "DESCRIPTION:{}",
            "x".repeat(council_interop::ics::MAX_LINE_OCTETS)
        ),
        1,
    );
    let (test, report) = import(&long, Lang::Uz);
    assert!(!report.applied && report.rows.is_empty());
    assert_eq!(report.file_problems[0].code, ErrorCode::LineTooLong);
    assert_eq!(
        report.file_problems[0].message,
        "Faylning 56-qatori 1 MiB dan uzun; fayl oʻqilmadi. Hech narsa oʻzgartirilmadi."
    );
    assert!(
        test.store
            .list_sessions(&council_core::session::SessionFilter::default())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_calendar_file_past_the_size_limit_is_refused_before_it_is_read() {
    let test = TestStore::new();
    let path = test.dir.path().join("huge.ics");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len((council_interop::files::MAX_CALENDAR_MIB << 20) + 1)
        .unwrap();
    let error = council_interop::files::read_calendar_file(&path).unwrap_err();
    assert_eq!(error.code, ErrorCode::FileTooLarge);
    assert_eq!(
        error.message(Lang::En),
        "The file is larger than 32 MB and cannot be imported. Nothing was changed."
    );
}
