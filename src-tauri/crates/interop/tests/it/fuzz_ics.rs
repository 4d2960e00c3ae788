//! The calendar reader and importer under arbitrary bytes and under shuffled pieces of real files (zones with
//! rules, alarms, broken components): no panic, and a dry run never writes.
//!
//! `make test` runs a bounded number of cases; `COUNCIL_FUZZ_CASES=200000 cargo test -p council-interop
//! --test it fuzz_ics` runs longer (docs/ARCHITECTURE.md).

use std::cell::RefCell;

use council_core::Lang;
use council_core::session::SessionFilter;
use council_interop::ics::{IcsImportOptions, import_calendar, read_calendar};
use proptest::prelude::*;

use crate::support::TestStore;

/// The number of cases: `default` unless `COUNCIL_FUZZ_CASES` asks for more (or fewer).
fn cases(default: u32) -> u32 {
    std::env::var("COUNCIL_FUZZ_CASES")
        .ok()
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(default)
}

const PIECES: [&str; 44] = [
    "BEGIN:VCALENDAR\r\n",
    "END:VCALENDAR\r\n",
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n",
    "BEGIN:VTIMEZONE\r\n",
    "END:VTIMEZONE\r\n",
    "TZID:(UTC+05:00) Ashgabat, Tashkent\r\n",
    "TZID:custom_America/New_York\r\n",
    "TZID:MyTimezone\r\n",
    "TZID:(UTC-03:00) Brasília\r\n",
    "BEGIN:STANDARD\r\n",
    "END:STANDARD\r\n",
    "BEGIN:DAYLIGHT\r\n",
    "END:DAYLIGHT\r\n",
    "DTSTART:16010101T000000\r\n",
    "DTSTART:99991231T235959\r\n",
    "DTSTART:00000101T000000\r\n",
    "TZOFFSETFROM:+2359\r\n",
    "TZOFFSETTO:-0500\r\n",
    "TZOFFSETTO:+053000\r\n",
    "TZOFFSETFROM:-9999\r\n",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
    "RRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=-5MO;COUNT=0;INTERVAL=100\r\n",
    "RRULE:FREQ=YEARLY;BYMONTHDAY=8,31;BYDAY=SU;BYMONTH=2;UNTIL=00010101T000000Z\r\n",
    "RRULE:FREQ=YEARLY;BYDAY=+9XX\r\n",
    "RDATE:20141026T020000,x/y\r\n",
    "BEGIN:VEVENT\r\n",
    "END:VEVENT\r\n",
    "BEGIN:VALARM\r\n",
    "END:VALARM\r\n",
    "DTSTART;TZID=\"(UTC+05:00) Ashgabat, Tashkent\":20261112T140000\r\n",
    "DTSTART;TZID=MyTimezone:20260308T023000\r\n",
    "DTSTART;TZID=custom_America/New_York:99991231T235959\r\n",
    "DTEND;TZID=\"(UTC-03:00) Brasília\":00000101T000000\r\n",
    "DTSTART;VALUE=DATE:20261116\r\n",
    "DTEND;VALUE=DATE:20261116\r\n",
    "DTSTART:20261120T050000Z\r\n",
    "DURATION:-P99999W\r\n",
    "RRULE:FREQ=WEEKLY;COUNT=4\r\n",
    "RECURRENCE-ID:20261116\r\n",
    "SUMMARY;LANGUAGE=uz:\u{1b}[31mOʻzbekiston\\, \r\n ",
    "UID:040000008200E00074C5B7101A82E008\r\n",
    "STATUS:CANCELLED\r\n",
    " folded\r\n",
    "\r",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(&PIECES[..]).prop_map(str::to_owned),
        1 => "[\\PC\r\n:;=,\"\\\\ ]{0,30}",
    ]
}

thread_local! {
    static STORE: RefCell<TestStore> = RefCell::new(TestStore::new());
}

fn dry_run(text: &str) -> Result<(), TestCaseError> {
    STORE.with(|test| {
        let store = &mut test.borrow_mut().store;
        let options = IcsImportOptions {
            default_zone: chrono_tz::Asia::Tashkent,
            lang: Lang::Uz,
            dry_run: true,
        };
        let report = import_calendar(store, text, &options).unwrap();
        prop_assert!(!report.applied);
        prop_assert!(
            store
                .list_sessions(&SessionFilter::default())
                .unwrap()
                .is_empty()
        );
        Ok(())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn the_calendar_reader_takes_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let (text, _) = council_interop::decode_text(&bytes);
        let _ = read_calendar(&text);
        dry_run(&text)?;
    }

    #[test]
    fn calendars_of_real_pieces_in_any_order_import_as_a_dry_run_without_panic(
        pieces in prop::collection::vec(piece(), 0..40),
    ) {
        dry_run(&pieces.concat())?;
    }
}
