//! Arbitrary input never panics the readers, and a refused or dry import never writes.

use std::cell::RefCell;

use chrono::NaiveDate;
use council_core::Lang;
use council_core::session::SessionFilter;
use council_interop::csv_import::{CsvImportOptions, CsvKind, import_csv};
use council_interop::ics::{IcsImportOptions, import_calendar, read_calendar, unfold};
use proptest::prelude::*;

use crate::support::TestStore;

/// Pieces that make inputs look like the real thing, so fuzzing reaches past the first line.
fn ics_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("BEGIN:VEVENT\r\n".to_owned()),
        Just("END:VEVENT\r\n".to_owned()),
        Just("BEGIN:VALARM\n".to_owned()),
        Just("DTSTART;TZID=Asia/Tashkent:20260527T100000\r\n".to_owned()),
        Just("DTSTART;VALUE=DATE:2026".to_owned()),
        Just("DTEND:20260527T0500Z\r\n".to_owned()),
        Just("DURATION:PT99999999999H\r\n".to_owned()),
        Just("SUMMARY;LANGUAGE=uz:Oʻzbekiston\\, \\\r\n ".to_owned()),
        Just("LOCATION:\"a:b\";c\r\n".to_owned()),
        Just("X-COUNCIL-CITY:Самарканд\r\n".to_owned()),
        "[\\PC\r\n:;=\"\\\\ ]{0,30}",
    ]
}

fn csv_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("country;kind;name_ru;region\n".to_owned()),
        Just("full_name_ru,body,country,email\r\n".to_owned()),
        Just("UZ;ministry;Вазирлик;\n".to_owned()),
        Just("\"unterminated".to_owned()),
        Just(";;;;;;".to_owned()),
        "[\\PC\r\n;,\"]{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_calendar_reader_takes_any_text(pieces in prop::collection::vec(ics_piece(), 0..20)) {
        let text = pieces.concat();
        let _ = unfold(&text);
        let _ = read_calendar(&text);
    }

    #[test]
    fn the_csv_decoder_takes_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let (text, _) = council_interop::decode_text(&bytes);
        let _ = council_interop::csv_import::separator(&text);
    }
}

thread_local! {
    static STORE: RefCell<TestStore> = RefCell::new(TestStore::new());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn importing_anything_as_a_dry_run_never_panics_or_writes(
        ics in prop::collection::vec(ics_piece(), 0..20),
        csv in prop::collection::vec(csv_piece(), 0..12),
        raw in prop::collection::vec(any::<u8>(), 0..100),
    ) {
        STORE.with(|test| {
            let store = &mut test.borrow_mut().store;
            let options = IcsImportOptions { default_zone: chrono_tz::Asia::Tashkent, lang: Lang::Ru, dry_run: true };
            import_calendar(store, &ics.concat(), &options).unwrap();
            let options = CsvImportOptions {
                lang: Lang::Uz,
                dry_run: true,
                today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            };
            for kind in [CsvKind::Bodies, CsvKind::People, CsvKind::Instructions] {
                import_csv(store, kind, csv.concat().as_bytes(), &options).unwrap();
                import_csv(store, kind, &raw, &options).unwrap();
            }
            prop_assert!(store.list_sessions(&SessionFilter::default()).unwrap().is_empty());
            prop_assert!(store.list_bodies(None, false).unwrap().is_empty());
            Ok(())
        })?;
    }
}
